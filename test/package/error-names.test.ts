import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/paths.js";

// `error.name` is the name the package exports a class under (the profile's prefix), so logs say what users import;
// `instanceof` works with either name.

const sdk = await import(join(ROOT, "generated/2.11/src/index.ts"));

describe("error names of the built 2.11 package", () => {
  it.each([
    [
      "an unmapped status",
      () => sdk.SdkApiError.from(418, new Headers(), undefined),
      "IntercomApiError",
      sdk.IntercomApiError,
    ],
    ["a 404", () => sdk.SdkApiError.from(404, new Headers(), undefined), "NotFoundError", sdk.NotFoundError],
    [
      "a timeout",
      () => new sdk.IntercomTimeoutError("Request timed out after 1 ms"),
      "IntercomTimeoutError",
      sdk.IntercomConnectionError,
    ],
    [
      "a request it cannot send",
      () => new sdk.IntercomRequestError("Missing credential"),
      "IntercomRequestError",
      sdk.SdkRequestError,
    ],
    [
      "a validation failure",
      () => new sdk.IntercomValidationError([], { operation: "x" }, new Response(), {}),
      "IntercomValidationError",
      sdk.SdkValidationError,
    ],
  ])("%s: %s", (_what, make, name, Class) => {
    const error = make();
    expect(error.name).toBe(name);
    expect(String(error)).toMatch(new RegExp(`^${name}: `));
    expect(error).toBeInstanceOf(Class);
    expect(error).toBeInstanceOf(sdk.IntercomError);
  });
});

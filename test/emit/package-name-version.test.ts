// The package's npm name and version, as package.json and the client's User-Agent show them: the profile's
// `packageName` with `{version}` filled in by the API version's slug, and the version of the last release, else one
// derived from the API version (`2.11` → 2.11.0, `v1` → 1.0.0, anything else a pre-release of 0.0.0).
import { describe, expect, it } from "vitest";
import { emitPackage } from "../../generator/emit/emit-package.js";
import { TEMPLATES_DIR } from "../../generator/paths.js";
import { modelFrom } from "../helpers/emit-document.js";

/** An API whose profile names its package `tiny-{version}`, at the given API version. */
const tiny = (version: string) => ({
  openapi: "3.0.3",
  info: { title: "Tiny", version },
  "x-sdk-profile": { packageName: "tiny-{version}" },
  paths: { "/things": { get: { operationId: "listThings", responses: { "204": { description: "ok" } } } } },
});

function published(version: string, packageVersion?: string) {
  const model = modelFrom(tiny(version));
  const files = emitPackage(packageVersion ? { ...model, packageVersion } : model, TEMPLATES_DIR);
  const { name, version: v } = JSON.parse(files.get("package.json")!) as { name: string; version: string };
  return { name, version: v, files };
}

describe("package name and version from the API version", () => {
  it.each([
    ["major.minor", "2.11", "tiny-2.11", "2.11.0"],
    ["a minor of two digits", "1.23", "tiny-1.23", "1.23.0"],
    ["major.minor.patch", "1.2.3", "tiny-1.2.3", "1.2.3"],
    ["a patch of two digits", "1.2.34", "tiny-1.2.34", "1.2.34"],
    ["a `v` prefix", "v1", "tiny-v1", "1.0.0"],
    ["an upper-case `V`: the name is lower case", "V3.1", "tiny-v3.1", "3.1.0"],
    ["leading zeros", "01.02", "tiny-01.02", "1.2.0"],
    ["blanks around it", " 2.0 ", "tiny-2.0", "2.0.0"],
    ["a date", "2024-01-01", "tiny-2024-01-01", "0.0.0-2024-01-01"],
    ["four parts: a pre-release, its dots as dashes", "1.2.3.4", "tiny-1.2.3.4", "0.0.0-1-2-3-4"],
    ["letters after the numbers", "1.2beta", "tiny-1.2beta", "0.0.0-1-2beta"],
    ["a number after a word", "beta 2", "tiny-beta-2", "0.0.0-beta-2"],
    ["words and brackets: one dash per run", "Preview (beta)", "tiny-preview-beta", "0.0.0-preview-beta"],
    ["nothing usable", "!!", "tiny-api", "0.0.0-api"],
  ])("%s: %j → %s@%s", (_what, apiVersion, name, version) => {
    expect(published(apiVersion)).toMatchObject({ name, version });
  });

  it("a released version wins over the API version's", () => {
    const { name, version, files } = published("2.11", "2.11.4");
    expect([name, version]).toEqual(["tiny-2.11", "2.11.4"]);
    expect(files.get("src/client.ts")).toContain('"userAgent": "tiny-2.11/2.11.4"');
  });

  it("the README's title and imports use the name; the client's User-Agent name and version", () => {
    const { files } = published("Preview (beta)");
    expect(files.get("README.md")!.split("\n")[0]).toBe("# tiny-preview-beta");
    expect(files.get("README.md")).toContain('import { Tiny } from "tiny-preview-beta";');
    expect(files.get("src/client.ts")).toContain('"userAgent": "tiny-preview-beta/0.0.0-preview-beta"');
  });
});

import { describe, expect, it } from "vitest";
import { modelOf, printedTypes } from "../helpers/model.js";

// test/fixtures/model/openapi-31.yaml: what OpenAPI 3.1 changed in schemas, read as openapi-typescript reads it.
describe("OpenAPI 3.1 schemas", () => {
  // Read inside each test: work done while the file is collected is no test's (see MUTATION.md).
  const read = () => modelOf("model/openapi-31.yaml");
  const cases: [string, string, string][] = [
    ["a type array is a union without repeats", "Numberish", "number | string"],
    ["a type array with null; examples are documentation", "MaybeName", "string | null"],
    ["const is a literal", "Kind", '"circle"'],
    ["prefixItems + items: false is a closed tuple", "Pair", "[number, string]"],
    ["prefixItems + items is a tuple with a rest", "OpenPair", "[number, ...boolean[]]"],
    ["items: false alone is the empty tuple", "Empty", "[]"],
  ];
  it.each(cases)("%s: %s = %s", (_why, name, printed) => {
    expect(printedTypes(read().model)[name]).toBe(printed);
  });

  it("200 and 201 with one schema return it once", () => {
    expect(read().model.resources[0]!.operations[0]!.response.type).toEqual({ kind: "ref", name: "Point" });
  });

  it("is valid: no diagnostics", () => {
    expect(read().diagnostics).toEqual([]);
  });
});

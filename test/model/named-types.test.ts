// generator/model/named-types.ts: request-side variants of types with readOnly properties.
import { describe, expect, it } from "vitest";
import { printedTypes } from "../helpers/model.js";
import { brief, build, str } from "./rows.js";

describe("model documents: request-side variants of types with readOnly properties", () => {
  it("through refs declared later, arrays, tuples, unions, intersections and index signatures; names kept unique", () => {
    const ref = (n: string) => ({ $ref: `#/components/schemas/${n}` });
    const { model, diagnostics } = build({
      components: {
        schemas: {
          Outer: { type: "object", properties: { middle: ref("Middle") } },
          Middle: { type: "object", properties: { list: { type: "array", items: ref("Leaf") } } },
          Leaf: { type: "object", properties: { id: { type: "string", readOnly: true }, name: str } },
          InTuple: { type: "array", prefixItems: [str], items: ref("Leaf") },
          InClosedTuple: { type: "array", prefixItems: [ref("Leaf")], items: false },
          InUnion: { oneOf: [str, ref("Leaf")] },
          InAllOf: { allOf: [ref("Plain"), ref("Leaf")] },
          InMap: { type: "object", additionalProperties: ref("Leaf") },
          Plain: { type: "object", properties: { a: str }, additionalProperties: str },
          PlainTuple: { type: "array", prefixItems: [str], items: false },
          LeafInput: { type: "string" },
        },
      },
    });
    expect(Object.fromEntries(model.types.map((t) => [t.name, t.inputName ?? "-"]))).toEqual({
      Outer: "OuterInput",
      Middle: "MiddleInput",
      Leaf: "LeafInput2",
      InTuple: "InTupleInput",
      InClosedTuple: "InClosedTupleInput",
      InUnion: "InUnionInput",
      InAllOf: "InAllOfInput",
      InMap: "InMapInput",
      Plain: "-",
      PlainTuple: "-",
      LeafInput: "-",
    });
    expect(diagnostics.map(brief)).toEqual([]);
    const printed = printedTypes(model);
    expect([printed["LeafInput2"], printed["OuterInput"], printed["MiddleInput"]]).toEqual([
      "{ name?: string; }",
      "{ middle?: MiddleInput; }",
      "{ list?: LeafInput2[]; }",
    ]);
  });
});

// validators.ts: the schemas `validate: "warn" | "throw"` checks response bodies against, as the emitted file holds
// them (tuples, null, anything, binary, index signatures, recursive types, only the types responses reach), and the
// request side of the same compiler (used by the evidence check of request examples): read-only fields not required.
import { describe, expect, it } from "vitest";
import { compileTable } from "../../generator/emit/schema-table.js";
import { emitFrom, modelFrom } from "../helpers/emit-document.js";

type Json = Record<string, unknown>;
const s = (type: string) => ({ type });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function api(openapi: string, thing: Json, more: Json = {}): Json {
  return {
    openapi,
    info: { title: "Tiny", version: "1" },
    paths: {
      "/things": {
        get: {
          operationId: "getThing",
          tags: ["things"],
          responses: { "200": { description: "ok", content: { "application/json": { schema: ref("Thing") } } } },
        },
      },
    },
    components: { schemas: { Thing: thing, ...more } },
  };
}

/** The argument of `responseValidator(…)` in the emitted validators.ts. */
function schemas(document: Json): unknown {
  const text = emitFrom(document).get("src/validators.ts")!;
  return JSON.parse(/responseValidator\((.*)\);/.exec(text)![1]!);
}

describe("the response schemas of validators.ts", () => {
  it("3.1 forms, anything, binary, index signatures; recursive types once; unreached types left out", () => {
    const document = api(
      "3.1.0",
      {
        type: "object",
        required: ["id"],
        additionalProperties: false,
        properties: {
          id: { type: "string", readOnly: true },
          pair: { type: "array", prefixItems: [s("number"), s("string")], items: false },
          open: { type: "array", prefixItems: [s("number")], items: s("boolean") },
          nothing: { type: ["null"] },
          loose: {},
          file: { type: "string", format: "binary" },
          extra: { type: "object", additionalProperties: s("integer") },
          node: ref("Node"),
        },
      },
      {
        Node: { type: "object", properties: { children: { type: "array", items: ref("Node") } } },
        Unused: { type: "object", properties: { a: s("string") } },
      },
    );
    expect(schemas(document)).toEqual({
      types: {
        Thing: {
          o: {
            id: "s",
            pair: { t: ["n", "s"], y: false },
            open: { t: ["n"], y: "b" },
            nothing: "0",
            loose: "*",
            file: "*",
            extra: { o: {}, x: "i" },
            node: "Node",
          },
          r: ["id"],
        },
        Node: { o: { children: { a: "Node" } } },
      },
      operations: { "GET /things": ["things.get", "Thing"] },
    });
  });

  it("nullable: `z` around the schema, except around anything", () => {
    const document = api("3.0.3", {
      type: "object",
      properties: {
        maybe: { type: "string", nullable: true },
        loose: { nullable: true },
        blob: { type: "string", format: "binary", nullable: true },
      },
    });
    expect(schemas(document)).toMatchObject({ types: { Thing: { o: { maybe: { z: "s" }, loose: "*", blob: "*" } } } });
  });
});

describe("the request side (compileTable with `input`)", () => {
  it("a required read-only field is required in responses only", () => {
    const { types } = modelFrom(
      api("3.0.3", {
        type: "object",
        required: ["id", "name"],
        properties: { id: { type: "string", readOnly: true }, name: s("string") },
      }),
    );
    expect(compileTable(types, "input")).toEqual({ Thing: { o: { id: "s", name: "s" }, r: ["name"] } });
    expect(compileTable(types, "output")).toEqual({ Thing: { o: { id: "s", name: "s" }, r: ["id", "name"] } });
  });
});

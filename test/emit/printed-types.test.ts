// The TypeScript types a package declares for schemas of forms Intercom's descriptions do not use: OpenAPI 3.1 tuples
// (`prefixItems`, `items: false`), index signatures beside named properties, intersections whose parts lose every
// field on the request side, a binary request body. Read from the emitted models.ts and resource file, on one line.
import { describe, expect, it } from "vitest";
import { emitFrom } from "../helpers/emit-document.js";
import { oneLine } from "../helpers/model.js";

const s = (type: string) => ({ type });
const map = (required: string[], properties: Record<string, unknown>) => ({
  type: "object",
  required,
  properties,
  additionalProperties: s("string"),
});
const readOnly = (name: string) => ({ type: "object", properties: { [name]: { type: "string", readOnly: true } } });

/** Schemas beside one operation that sends the first (`Both`) as JSON and a binary body, and returns `Holder`. */
const document = {
  openapi: "3.1.0",
  info: { title: "Tiny", version: "1" },
  paths: {
    "/things": {
      post: {
        operationId: "createThing",
        tags: ["things"],
        requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/Both" } } } },
        responses: {
          "200": {
            description: "ok",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Holder" } } },
          },
        },
      },
    },
    "/files": {
      put: {
        operationId: "putFile",
        tags: ["things"],
        requestBody: { content: { "application/octet-stream": { schema: { type: "string", format: "binary" } } } },
        responses: { "204": { description: "ok" } },
      },
    },
  },
  components: {
    schemas: {
      Fits: map(["a"], { a: s("string") }),
      Optional: map([], { a: s("string") }),
      Other: map(["a"], { a: s("integer") }),
      OneOfTwo: map(["a", "b"], { a: s("string"), b: s("integer") }),
      Strings: { type: "object", additionalProperties: s("string") },
      Holder: {
        type: "object",
        properties: {
          fits: map(["a"], { a: s("string") }),
          optional: map([], { a: s("string") }),
          oneOfTwo: map(["a", "b"], { a: s("string"), b: s("integer") }),
          pair: { type: "array", prefixItems: [s("number"), s("string")], items: false },
          open: {
            type: "array",
            prefixItems: [s("number")],
            items: { type: "object", properties: { x: s("string") } },
          },
          openAny: { type: "array", prefixItems: [s("number")] },
          none: { type: "array", items: false },
          nullPair: { type: ["array", "null"], prefixItems: [s("number")], items: false },
        },
      },
      Base: { type: "object", properties: { name: s("string") } },
      Stamp: readOnly("id"),
      Both: { allOf: [{ $ref: "#/components/schemas/Base" }, { $ref: "#/components/schemas/Stamp" }] },
      Stamps: { allOf: [{ $ref: "#/components/schemas/Stamp" }, readOnly("at")] },
      AllRead: { allOf: [readOnly("id"), readOnly("at")] },
    },
  },
};

const models = () => oneLine(emitFrom(document).get("src/models.ts")!);

describe("index signatures beside named properties", () => {
  it.each([
    [
      "every property required and of the signature's type: the signature keeps it",
      "Fits",
      "[key: string]: string; a: string;",
    ],
    ["an optional property widens it to unknown", "Optional", "[key: string]: unknown; a?: string;"],
    ["a property of another type widens it to unknown", "Other", "[key: string]: unknown; a: number;"],
    [
      "one property of another type among fitting ones widens it",
      "OneOfTwo",
      "[key: string]: unknown; a: string; b: number;",
    ],
    ["no named property: the signature alone", "Strings", "[key: string]: string;"],
  ])("%s (interface %s)", (_what, name, members) => {
    expect(models()).toContain(`export interface ${name} { ${members} }`);
  });

  it("inline objects follow the same rule", () => {
    expect(models()).toContain(
      "fits?: { a: string; [key: string]: string; }; optional?: { a?: string; [key: string]: unknown; }; " +
        "oneOfTwo?: { a: string; b: number; [key: string]: unknown; };",
    );
  });
});

describe("OpenAPI 3.1 tuples", () => {
  it("prefixItems with items: false is a closed tuple; other items are its rest; no items at all, a rest of unknown", () => {
    expect(models()).toContain(
      "pair?: [number, string]; open?: [number, ...Array<{ x?: string; }>]; openAny?: [number, ...unknown[]]; " +
        "none?: []; nullPair?: [number] | null;",
    );
  });
});

describe("the request side of an intersection", () => {
  it("a part left without fields is dropped; the type is the empty object when every part is", () => {
    const text = models();
    expect(text).toContain("export type BothInput = Base & StampInput;");
    expect(text).toContain("export type StampsInput = StampInput;");
    expect(text).toContain("export type AllReadInput = Record<string, never>;");
    expect(text).toContain("export type AllRead = { id?: string; } & { at?: string; };");
  });
});

describe("a binary request body", () => {
  it("takes a stream as well as bytes", () => {
    expect(oneLine(emitFrom(document).get("src/resources/things.ts")!)).toContain(
      "export type ThingsPutFileParams = { body?: Blob | Uint8Array | ArrayBuffer | ReadableStream; };",
    );
  });
});

// generator/model/schema.ts and refs.ts: schemas become types; refs, discriminators and docs.
import { describe, expect, it } from "vitest";
import { printedTypes } from "../helpers/model.js";
import { brief, build, type Doc, rows } from "./rows.js";

describe("model documents: schemas → types", () => {
  const types = (schemas: Doc, options: { lenient?: boolean } = {}) => {
    const { model, diagnostics } = build({ components: { schemas } }, options);
    return { printed: printedTypes(model), model, diagnostics: diagnostics.map(brief) };
  };

  rows(
    [
      ["3.1 type lists", { type: ["string", "integer"] }, "string | number"],
      ["3.1 type list with null", { type: ["boolean", "null"] }, "boolean | null"],
      ["null type", { type: "null" }, "null"],
      ["nullable on null adds nothing", { type: "null", nullable: true }, "null"],
      ["nullable on an enum with null adds nothing", { enum: ["a", null], nullable: true }, `"a" | null`],
      ["nullable on anything adds nothing", { nullable: true }, "unknown"],
      ["nullable string", { type: "string", nullable: true }, "string | null"],
      ["binary string", { type: "string", format: "binary" }, "Blob | Uint8Array"],
      ["integer", { type: "integer", format: "int64" }, "number"],
      ["enum of objects only: unknown", { enum: [{ a: 1 }, [1]] }, "unknown"],
      ["enum repeats once", { enum: ["a", "a", 1, true, { x: 1 }] }, `"a" | 1 | true`],
      ["const", { const: 0 }, "0"],
      ["items: true", { type: "array", items: true }, "unknown[]"],
      [
        "items as a list",
        { type: "array", items: [{ type: "string" }, { type: "integer" }] },
        "Array<string | number>",
      ],
      ["no type, items", { items: { type: "boolean" } }, "boolean[]"],
      ["items: false alone: the empty tuple", { type: "array", items: false }, "[]"],
      [
        "prefixItems closed",
        { type: "array", prefixItems: [{ type: "string" }, { type: "integer" }], items: false },
        "[string, number]",
      ],
      [
        "prefixItems with a rest",
        { type: "array", prefixItems: [{ type: "string" }], items: { type: "boolean" } },
        "[string, ...boolean[]]",
      ],
      ["prefixItems, any rest", { prefixItems: [{ type: "string" }] }, "[string, ...unknown[]]"],
      ["additionalProperties: {}", { type: "object", additionalProperties: {} }, "{ [key: string]: unknown; }"],
      ["additionalProperties: false alone", { type: "object", additionalProperties: false }, "Record<string, never>"],
      ["object keywords without type", { additionalProperties: { type: "integer" } }, "{ [key: string]: number; }"],
      ["a union with unknown is unknown", { oneOf: [{ type: "string" }, {}] }, "unknown"],
      [
        "nested unions flatten",
        { anyOf: [{ oneOf: [{ type: "string" }, { type: "integer" }] }, { type: "boolean" }] },
        "string | number | boolean",
      ],
      [
        "a nullable inner union stays whole",
        { anyOf: [{ oneOf: [{ type: "string" }, { type: "integer" }], nullable: true }, { type: "boolean" }] },
        "string | number | null | boolean",
      ],
      ["allOf of nothing", { allOf: [{}, {}] }, "unknown"],
      ["allOf of one", { allOf: [{}, { type: "string" }] }, "string"],
      [
        "allOf with properties beside",
        { allOf: [{ type: "object", properties: { a: { type: "string" } } }], properties: { b: { type: "integer" } } },
        "{ b?: number; } & { a?: string; }",
      ],
      [
        "oneOf with additionalProperties beside",
        { oneOf: [{ type: "string" }, { type: "integer" }], additionalProperties: false },
        "(string | number)",
      ],
    ] as const,
    (schema) => {
      const { printed, diagnostics } = types({ T: schema });
      return { got: printed["T"], diagnostics };
    },
  );

  it("refs: to components by name, elsewhere inlined, with constraining siblings intersected", () => {
    const { printed, diagnostics } = types({
      A: {
        type: "object",
        properties: { b: { type: "integer" }, self: { $ref: "#/components/schemas/A/properties/b" } },
      },
      Inline: { $ref: "#/components/schemas/A/properties/b" },
      Described: { $ref: "#/components/schemas/A", description: "docs only", nullable: true, readOnly: true },
      Narrowed: { $ref: "#/components/schemas/A", properties: { c: { type: "string" } }, required: ["c"] },
      Enumerated: { $ref: "#/components/schemas/S", enum: ["x"] },
      S: { type: "string" },
      Loop: {
        type: "object",
        properties: {
          next: { $ref: "#/components/schemas/Loop/properties/child" },
          child: { type: "object", properties: { again: { $ref: "#/components/schemas/Loop/properties/child" } } },
        },
      },
    });
    expect(printed).toEqual({
      A: "{ b?: number; self?: number; }",
      Inline: "number",
      Described: "A | null",
      Narrowed: "A & { c: string; }",
      Enumerated: `S & "x"`,
      S: "string",
      Loop: "{ next?: { again?: unknown; }; child?: { again?: { again?: unknown; }; }; }",
    });
    const loop = [
      "warning",
      "recursive-inline-ref",
      "/components/schemas/Loop/properties/child/properties/again/$ref",
      "`#/components/schemas/Loop/properties/child` refers to itself and is not a component schema; typed `unknown` there",
      "move the schema under components/schemas",
    ];
    // once per place the inlined schema is used (through `next` and as `child` itself), at the same pointer
    expect(diagnostics).toEqual([loop, loop]);
  });

  it("discriminators: mapped values (bare names too), the schema key without mapping, unmapped branches unchanged", () => {
    const { printed } = types({
      Cat: { type: "object", properties: { kind: { type: "string" } } },
      Dog: { type: "object", properties: { kind: { type: "string" } } },
      Mapped: {
        oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }, { type: "string" }],
        discriminator: { propertyName: "kind", mapping: { cat: "Cat", kitten: "#/components/schemas/Cat" } },
      },
      Unmapped: {
        anyOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }],
        discriminator: { propertyName: "kind" },
      },
      NoDiscriminator: { oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }] },
    });
    expect([printed["Mapped"], printed["Unmapped"], printed["NoDiscriminator"]]).toEqual([
      `(Cat & { kind: "cat" | "kitten"; }) | Dog | string`,
      `(Cat & { kind: "Cat"; }) | (Dog & { kind: "Dog"; })`,
      "Cat | Dog",
    ]);
  });

  it("required-only branches ask for the parent's named fields; names that are not properties are dropped", () => {
    const { printed } = types({
      Who: {
        type: "object",
        properties: { id: { type: "string" }, email: { type: "string" } },
        oneOf: [
          { required: ["id"], description: "by id" },
          { required: ["email", "phone"], title: "by email" },
        ],
      },
      NoParent: { oneOf: [{ required: ["id"] }, { type: "string" }] },
    });
    expect([printed["Who"], printed["NoParent"]]).toEqual([
      "{ id?: string; email?: string; } & ({ id: string; } | { email: string; })",
      "unknown",
    ]);
  });

  it("property docs: description (not blank), deprecated, default, readOnly, Unix timestamps also through a $ref", () => {
    const { model } = types({
      Stamp: { type: "integer", format: "unix-time" },
      E: {
        type: "object",
        properties: {
          a: { type: "string", description: "A.", deprecated: true, default: "x", readOnly: true },
          blank: { type: "string", description: "  " },
          at: { $ref: "#/components/schemas/Stamp" },
          n: { type: "number", format: "timestamp" },
          iso: { type: "string", format: "date-time" },
          plain: { type: "integer", format: "int32" },
        },
      },
    });
    const e = model.types.find((t) => t.name === "E")!;
    if (e.type.kind !== "object") throw new Error("E is not an object");
    expect(Object.fromEntries(e.type.properties.map((p) => [p.name, [p.docs, p.readOnly]]))).toEqual({
      a: [{ description: "A.", deprecated: true, default: "x", readOnly: true }, true],
      blank: [{}, false],
      at: [{ formatNote: "Unix timestamp in seconds." }, false],
      n: [{ formatNote: "Unix timestamp in seconds." }, false],
      iso: [{}, false],
      plain: [{}, false],
    });
    expect(model.types.find((t) => t.name === "Stamp")!.docs).toEqual({ formatNote: "Unix timestamp in seconds." });
  });

  it("a schema's title and description are the named type's docs", () => {
    const { model } = types({ T: { type: "string", title: "Tee", description: "A tee." }, U: { type: "string" } });
    expect(model.types.map((t) => [t.name, t.schemaKey, t.docs])).toEqual([
      ["T", "T", { title: "Tee", description: "A tee." }],
      ["U", "U", {}],
    ]);
  });

  it("lenient: a nested schema's defect names its pointer (allOf part, required-only branch, tuple, items, map)", () => {
    const bad = (name: string) => ({ type: "object", properties: { v: { type: "string" } }, required: [name] });
    const { diagnostics } = build(
      {
        openapi: "3.1.0",
        components: {
          schemas: {
            All: { allOf: [bad("a")] },
            Req: { type: "object", properties: { p: bad("b") }, anyOf: [{ required: ["p"] }] },
            Tup: { type: "array", prefixItems: [bad("c")], items: bad("d") },
            Map: { type: "object", additionalProperties: bad("e") },
            Old: { type: "array", items: [bad("f")] },
          },
        },
      },
      { lenient: true },
    );
    const warning = (pointer: string, name: string) => [
      "warning",
      "required-not-a-property",
      pointer,
      `\`${name}\` is required but not among the properties; ignored`,
      "add the property or remove it from `required`",
    ];
    expect(diagnostics.map(brief)).toEqual([
      warning("/components/schemas/All/allOf/0/required", "a"),
      warning("/components/schemas/Req/anyOf/0/required/required", "b"),
      warning("/components/schemas/Req/properties/p/required", "b"),
      warning("/components/schemas/Tup/items/required", "d"),
      warning("/components/schemas/Tup/prefixItems/0/required", "c"),
      warning("/components/schemas/Map/additionalProperties/required", "e"),
      warning("/components/schemas/Old/items/0/required", "f"),
    ]);
  });

  it("refs by where they point, typed ref siblings, mixed required-only branches, an untagged inline branch", () => {
    const { model, diagnostics } = build(
      {
        "x-defs": { Item: { type: "integer" } },
        components: {
          schemas: {
            Item: { type: "object", properties: { id: { type: "string" } } },
            Elsewhere: { $ref: "#/x-defs/Item" },
            Broken: { type: "object", properties: { a: { $ref: "#/components/schemas/Nope/Item" } } },
            Typed: { type: "object", properties: { a: { $ref: "#/components/schemas/Item", type: "object" } } },
            Mixed: {
              type: "object",
              properties: { id: { type: "string" }, x: { type: "string" } },
              oneOf: [{ required: ["id"] }, { type: "object", properties: { y: { type: "string" } }, required: ["y"] }],
            },
            Titled: {
              type: "object",
              properties: { id: { type: "string" } },
              oneOf: [{ required: ["id"] }, { title: "free", type: "object", properties: { z: { type: "string" } } }],
            },
            Tagged: {
              oneOf: [{ $ref: "#/components/schemas/Item" }, { type: "object", properties: { k: { type: "string" } } }],
              discriminator: { propertyName: "kind" },
            },
            One: { allOf: [{ $ref: "#/components/schemas/Item" }] },
          },
        },
      },
      { lenient: true },
    );
    expect(printedTypes(model)).toEqual({
      Item: "{ id?: string; }",
      Elsewhere: "number",
      Broken: "{ a?: unknown; }",
      Typed: "{ a?: Item; }",
      Mixed: "{ id?: string; x?: string; } & ({ id: string; } | { y: string; })",
      Titled: "{ id?: string; } & ({ id: string; } | { z?: string; })",
      Tagged: '(Item & { kind: "Item"; }) | { k?: string; }',
      One: "Item",
    });
    expect(model.types.find((t) => t.name === "One")!.type).toEqual({ kind: "ref", name: "Item" });
    expect(diagnostics.map(brief)).toEqual([
      [
        "warning",
        "missing-ref",
        "/components/schemas/Broken/properties/a/$ref",
        "`$ref: #/components/schemas/Nope/Item` points to nothing; emitted as `unknown`",
        "define the target in the description to get a precise type",
      ],
    ]);
  });

  it("lenient: a null branch beside a required-only one under a discriminator is ignored with a warning", () => {
    const { printed, diagnostics } = types(
      {
        U: {
          type: "object",
          properties: { id: { type: "string" } },
          oneOf: [null, { required: ["id"] }],
          discriminator: { propertyName: "id" },
        },
      },
      { lenient: true },
    );
    expect(printed).toEqual({ U: "{ id?: string; }" });
    expect(diagnostics).toEqual([
      [
        "warning",
        "wrong-type",
        "/components/schemas/U/oneOf/0",
        "a schema must be a mapping; found null; ignored",
        "write it as a mapping, or remove it",
      ],
    ]);
  });

  it("3.1: an array with `items: false` and no prefixItems is the empty tuple", () => {
    const { model, diagnostics } = build({
      openapi: "3.1.0",
      components: { schemas: { None: { type: "array", items: false } } },
    });
    expect(model.types[0]!.type).toEqual({ kind: "tuple", items: [], rest: false });
    expect(diagnostics).toEqual([]);
  });
});

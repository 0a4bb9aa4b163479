// How the diff compares and shows the shapes of types: nulls, enums, tuples, maps, intersections (`allOf`), union
// alternatives (`oneOf`), and references followed (operations) or compared by name (models). Each row is two small
// in-memory descriptions in, every change `npm run diff` reports for them out (kind and message), whole.
import { describe, expect, it } from "vitest";
import type { ChangeKind } from "../../generator/diff/diff-models.js";
import { body, changes, create, description, find, type Json, object, response, str } from "./documents.js";

const int = { type: "integer" };
const bool = { type: "boolean" };
const nil = { type: "null" };
const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const array = (items: Json, extra: Json = {}): Json => ({ type: "array", items, ...extra });
const oneOf = (...variants: Json[]): Json => ({ oneOf: variants });
const allOf = (...parts: Json[]): Json => ({ allOf: parts });
const nullable = (schema: Json): Json => ({ ...schema, nullable: true });
const values = (...v: unknown[]): Json => ({ enum: v });
const tuple = (...items: Json[]): Json => ({ type: "array", prefixItems: items, items: false });

/** Field `f` of the response of `things.find` (the user reads it); OpenAPI 3.1 when `openapi` says so. */
const read = (f: Json, schemas: Json = {}, openapi?: string) =>
  description(find(response(object({ id: str, f }))), schemas, openapi);
/** Field `f` of the body of `things.create` (the user writes it). */
const written = (f: Json, schemas: Json = {}, openapi?: string) =>
  description(create(body(object({ f }))), schemas, openapi);
const V31 = "3.1.0";

type Expected = [ChangeKind, string][];
const response_ = (what: string) => `things.find: response field \`f\` ${what}`;

describe("types as the report shows them", () => {
  const changedType = (from: string, to: string): Expected => [
    ["type-changed", `BREAKING ${response_(`changed type from \`${from}\` to \`${to}\``)}`],
  ];
  it.each<[string, Json, Json, Expected]>([
    [
      "an array of nullable items",
      read(array(nullable(str))),
      read(int),
      changedType("Array<string | null>", "integer"),
    ],
    ["an array of untyped items", read(array({})), read(int), changedType("unknown[]", "integer")],
    ["binary data", read({ type: "string", format: "binary" }), read(str), changedType("binary", "string")],
    [
      "a closed tuple and an open one",
      read({ type: "array", prefixItems: [str, int], items: false }, {}, V31),
      read({ type: "array", prefixItems: [str, int], items: bool }, {}, V31),
      changedType("[string, integer]", "[string, integer, ...boolean[]]"),
    ],
    [
      "an empty closed object",
      read({ type: "object", additionalProperties: false }),
      read(str),
      changedType("{}", "string"),
    ],
    [
      "an object of exactly three fields",
      read(object({ a: str, b: str, c: str })),
      read(str),
      changedType("{ a, b, c }", "string"),
    ],
    [
      "an intersection with a union part and a nullable part",
      read(allOf(object({ a: str }), oneOf(object({ b: str }), object({ c: str })), nullable(object({ d: str })))),
      read(str),
      changedType("{ a } & ({ b } | { c }) & ({ d } | null)", "string"),
    ],
    [
      "an enum of exactly five values",
      read({ type: "string", enum: ["a", "b", "c", "d", "e"] }),
      read(str),
      [["type-widened", `BREAKING ${response_('widened from `"a" | "b" | "c" | "d" | "e"` to `string`')}`]],
    ],
  ])("%s", (_what, before, after, expected) => {
    expect(changes(before, after)).toEqual(expected);
  });
});

describe("null and untyped values", () => {
  it.each<[string, Json, Json, Expected]>([
    [
      "only null → a string: the type changes and null is no longer possible",
      read(nil, {}, V31),
      read(str, {}, V31),
      [
        ["made-non-nullable", `non-breaking ${response_("is no longer nullable")}`],
        ["type-changed", `BREAKING ${response_("changed type from `null` to `string`")}`],
      ],
    ],
    [
      "only null → a nullable string",
      read(nil, {}, V31),
      read({ type: ["string", "null"] }, {}, V31),
      [["type-changed", `BREAKING ${response_("changed type from `null` to `string | null`")}`]],
    ],
    [
      "a string → only null",
      read(str, {}, V31),
      read(nil, {}, V31),
      [
        ["made-nullable", `BREAKING ${response_("is now nullable")}`],
        ["type-changed", `BREAKING ${response_("changed type from `string` to `null`")}`],
      ],
    ],
    ["only null on both sides: nothing", read(nil, {}, V31), read(nil, {}, V31), []],
    [
      "an enum of only null is null",
      read(values(null), {}, V31),
      read(str, {}, V31),
      [
        ["made-non-nullable", `non-breaking ${response_("is no longer nullable")}`],
        ["type-changed", `BREAKING ${response_("changed type from `null` to `string`")}`],
      ],
    ],
    [
      "a `null` alternative makes a union nullable",
      read(str, {}, V31),
      read(oneOf(str, nil), {}, V31),
      [["made-nullable", `BREAKING ${response_("is now nullable")}`]],
    ],
    ["untyped on both sides: nothing", read({}), read({}), []],
    [
      "a nullable union loses an alternative (body): narrowed, shown without the null",
      written(nullable(oneOf(str, int))),
      written(nullable(str)),
      [["type-narrowed", "BREAKING things.create: body field `f` narrowed from `string | integer` to `string`"]],
    ],
    [
      "a nullable string gains an alternative (response): widened, shown without the null",
      read(nullable(str)),
      read(nullable(oneOf(str, int))),
      [["type-widened", `BREAKING ${response_("widened from `string` to `string | integer`")}`]],
    ],
  ])("%s", (_what, before, after, expected) => {
    expect(changes(before, after)).toEqual(expected);
  });
});

describe("enums and their primitives", () => {
  it.each<[string, Json, Json, Expected]>([
    [
      "an enum with a value that is not a string → string is a change, not a widening",
      read(values("a", 1)),
      read(str),
      [["type-changed", `BREAKING ${response_('changed type from `"a" | 1` to `string`')}`]],
    ],
    [
      "a string → an enum of numbers is a change, not a narrowing",
      written(str),
      written(values(1)),
      [["type-changed", "BREAKING things.create: body field `f` changed type from `string` to `1`"]],
    ],
    [
      "a string → an enum with one value that is not a string is a change, not a narrowing",
      written(str),
      written(values("a", 1)),
      [["type-changed", 'BREAKING things.create: body field `f` changed type from `string` to `"a" | 1`']],
    ],
    [
      "enum alternatives of a union are one enum",
      read(oneOf(values("a"), values("b"), int)),
      read(oneOf(values("a"), int)),
      [["enum-values-removed", `non-breaking ${response_('lost values "b"')}`]],
    ],
    [
      "an enum alternative with a value its primitive does not take is lost",
      written(oneOf(values("a", 1), bool)),
      written(oneOf(str, bool)),
      [
        [
          "type-changed",
          'BREAKING things.create: body field `f` changed type from `"a" | 1 | boolean` to `string | boolean`',
        ],
      ],
    ],
  ])("%s", (_what, before, after, expected) => {
    expect(changes(before, after)).toEqual(expected);
  });
});

describe("untyped values take null too", () => {
  it.each<[string, Json, Json, Expected]>([
    [
      "untyped → a nullable string (response): narrowed, no nullability change",
      read({}),
      read(nullable(str)),
      [["type-narrowed", `non-breaking ${response_("narrowed from `unknown` to `string | null`")}`]],
    ],
    [
      "a nullable string → untyped (body): widened, old calls still fit",
      written(nullable(str)),
      written({}),
      [["type-widened", "non-breaking things.create: body field `f` widened from `string | null` to `unknown`"]],
    ],
  ])("%s", (_what, before, after, expected) => {
    expect(changes(before, after)).toEqual(expected);
  });
});

describe("intersections (`allOf`) are compared by their fields when every part has fields", () => {
  const base = { Base: object({ id: str }) };
  it.each<[string, Json, Json, Expected]>([
    [
      "a field added to a part beside a reference",
      read(allOf(ref("Base"), object({ x: str })), base),
      read(allOf(ref("Base"), object({ x: str, y: str })), base),
      [["field-added", `non-breaking things.find: response field \`f.y\` added (optional)`]],
    ],
    [
      "a field of the referenced part changes type (the operation follows the reference, the model too)",
      read(allOf(ref("Base"), object({ x: str })), base),
      read(allOf(ref("Base"), object({ x: str })), { Base: object({ id: int }) }),
      [
        ["type-changed", "BREAKING things.find: response field `f.id` changed type from `string` to `integer`"],
        ["type-changed", "BREAKING Base: property `id` changed type from `string` to `integer`"],
      ],
    ],
    [
      "a field moved from a referenced part to an inline one changes nothing for the operation",
      read(allOf(ref("Base"), object({ x: str })), { Base: object({ id: str, name: str }) }),
      read(allOf(ref("Base"), object({ x: str, id: str })), { Base: object({ name: str }) }),
      [["field-removed", "BREAKING Base: property `id` removed"]],
    ],
    [
      "a nullable referenced part: the parts are compared one by one",
      read(allOf(ref("Base"), object({ x: str })), { Base: nullable(object({ id: str, name: str })) }),
      read(allOf(ref("Base"), object({ x: str, id: str })), { Base: nullable(object({ name: str })) }),
      [
        ["field-removed", "BREAKING things.find: response field `f.id` removed"],
        ["field-added", "non-breaking things.find: response field `f.id` added (optional)"],
        ["field-removed", "BREAKING Base: property `id` removed"],
      ],
    ],
    [
      "a field moved from one part to another changes nothing",
      read(allOf(object({ a: str }), object({ b: str }))),
      read(allOf(object({ a: str, b: str }), object({ c: str }))),
      [["field-added", "non-breaking things.find: response field `f.c` added (optional)"]],
    ],
    [
      "a field required by the second part is required (the second part no longer requires it)",
      read(allOf(object({ id: str }), object({ id: str }, { required: ["id"] }))),
      read(allOf(object({ id: str }), object({ id: str }))),
      [["made-optional", "BREAKING things.find: response field `f.id` is now optional"]],
    ],
    [
      "a field required by the first part is required (the first part no longer requires it)",
      read(allOf(object({ id: str }, { required: ["id"] }), object({ id: str }))),
      read(allOf(object({ id: str }), object({ id: str }))),
      [["made-optional", "BREAKING things.find: response field `f.id` is now optional"]],
    ],
    [
      "a tag (an enum) is more precise than the branch's own property, after it",
      read(allOf(object({ kind: str }), object({ kind: values("cat") }))),
      read(allOf(object({ kind: str }), object({ kind: values("cat", "dog") }))),
      [["enum-values-added", `BREAKING things.find: response field \`f.kind\` has new values "dog"`]],
    ],
    [
      "a tag (an enum) is more precise than the branch's own property, before it",
      read(allOf(object({ kind: values("cat") }), object({ kind: str }))),
      read(allOf(object({ kind: values("cat", "dog") }), object({ kind: str }))),
      [["enum-values-added", `BREAKING things.find: response field \`f.kind\` has new values "dog"`]],
    ],
    [
      "a tag keeps the requiredness of the branch's own property (no longer required there)",
      read(allOf(object({ kind: str }, { required: ["kind"] }), object({ kind: values("cat") }))),
      read(allOf(object({ kind: str }), object({ kind: values("cat") }))),
      [["made-optional", "BREAKING things.find: response field `f.kind` is now optional"]],
    ],
    [
      "a field typed by two parts: the first part's type is compared",
      read(allOf(object({ n: str }), object({ n: int }))),
      read(allOf(object({ n: int }), object({ n: int }))),
      [["type-changed", "BREAKING things.find: response field `f.n` changed type from `string` to `integer`"]],
    ],
    [
      "a field that is an enum in two parts: the first part's values are compared",
      read(allOf(object({ k: values("a") }), object({ k: values("a", "b") }))),
      read(allOf(object({ k: values("a", "c") }), object({ k: values("a", "b") }))),
      [["enum-values-added", `BREAKING things.find: response field \`f.k\` has new values "c"`]],
    ],
    [
      "the additional properties of a part",
      read(allOf(object({ id: str }), { type: "object", additionalProperties: str })),
      read(allOf(object({ id: str }), { type: "object", additionalProperties: int })),
      [["type-changed", "BREAKING things.find: response field `f[key]` changed type from `string` to `integer`"]],
    ],
    [
      "the first part with additional properties decides them",
      read(allOf({ type: "object", additionalProperties: str }, { type: "object", additionalProperties: int })),
      read(allOf({ type: "object", additionalProperties: str }, { type: "object", additionalProperties: bool })),
      [],
    ],
    [
      "a part that is a union: the parts are compared one by one",
      read(allOf(object({ a: str }), oneOf(object({ b: str }), object({ c: int })))),
      read(allOf(object({ a: str, d: str }), oneOf(object({ b: str }), object({ c: int })))),
      [["field-added", "non-breaking things.find: response field `f.d` added (optional)"]],
    ],
    [
      "a nullable part: the parts are compared one by one",
      read(allOf(object({ a: str }), nullable(object({ b: str })))),
      read(allOf(object({ a: str }), nullable(object({ b: int })))),
      [["type-changed", "BREAKING things.find: response field `f.b` changed type from `string` to `integer`"]],
    ],
    [
      "a part more: the whole type changed",
      read(allOf(object({ a: str }), oneOf(object({ b: str }), object({ c: int })))),
      read(allOf(object({ a: str }), oneOf(object({ b: str }), object({ c: int })), object({ z: str }))),
      [
        [
          "type-changed",
          "BREAKING things.find: response field `f` changed type from `{ a } & ({ b } | { c })` to `{ a } & ({ b } | { c }) & { z }`",
        ],
      ],
    ],
    [
      "a string → an intersection with a union part: the whole type changed",
      read(str),
      read(allOf(object({ a: str }), oneOf(object({ b: str }), object({ c: str })))),
      [["type-changed", `BREAKING ${response_("changed type from `string` to `{ a } & ({ b } | { c })`")}`]],
    ],
  ])("%s", (_what, before, after, expected) => {
    expect(changes(before, after)).toEqual(expected);
  });
});

describe("references: operations compare what they point to, models compare names", () => {
  const thing = { Thing: object({ id: str }) };
  it.each<[string, Json, Json, Expected]>([
    [
      "a response that refers to another model of the same shape: nothing for the operation",
      description(find(response(ref("A"))), { A: object({ id: str }), B: object({ id: str }) }),
      description(find(response(ref("B"))), { A: object({ id: str }), B: object({ id: str }) }),
      [],
    ],
    [
      "a nullable reference → another model of the same shape: nothing for the operation",
      read(oneOf(ref("A"), nil), { A: object({ id: str }), B: object({ id: str }) }, V31),
      read(oneOf(ref("B"), nil), { A: object({ id: str }), B: object({ id: str }) }, V31),
      [],
    ],
    [
      "a reference made nullable",
      read(ref("Thing"), thing),
      read(nullable(ref("Thing")), thing),
      [["made-nullable", `BREAKING ${response_("is now nullable")}`]],
    ],
    [
      "two inline fields that became one model: each field compared, at its own path",
      read(object({ a: object({ id: str }), b: object({ id: str }) })),
      read(object({ a: ref("Thing"), b: ref("Thing") }), { Thing: object({ id: int }) }),
      [
        ["type-changed", "BREAKING things.find: response field `f.a.id` changed type from `string` to `integer`"],
        ["type-changed", "BREAKING things.find: response field `f.b.id` changed type from `string` to `integer`"],
        ["model-added", "non-breaking Thing: model added"],
      ],
    ],
    [
      "one model that became two inline fields: each field compared, at its own path",
      read(object({ a: ref("Thing"), b: ref("Thing") }), { Thing: object({ id: int }) }),
      read(object({ a: object({ id: str }), b: object({ id: str }) })),
      [
        ["type-changed", "BREAKING things.find: response field `f.a.id` changed type from `integer` to `string`"],
        ["type-changed", "BREAKING things.find: response field `f.b.id` changed type from `integer` to `string`"],
        ["model-removed", "BREAKING Thing: model removed"],
      ],
    ],
    [
      "a nullable reference → an inline object with one more field",
      read(oneOf(ref("Thing"), nil), thing, V31),
      read(oneOf(object({ id: str, x: str }), nil), thing, V31),
      [["field-added", "non-breaking things.find: response field `f.x` added (optional)"]],
    ],
    [
      "an inline nullable object → a reference without one of its fields",
      read(oneOf(object({ id: str, x: str }), nil), thing, V31),
      read(oneOf(ref("Thing"), nil), thing, V31),
      [["field-removed", "BREAKING things.find: response field `f.x` removed"]],
    ],
    [
      "a union alternative that refers to a model whose field changed",
      read(oneOf(ref("Thing"), str), thing),
      read(oneOf(ref("Thing"), str), { Thing: object({ id: int }) }),
      [
        ["type-changed", "BREAKING things.find: response field `f.id` changed type from `string` to `integer`"],
        ["type-changed", "BREAKING Thing: property `id` changed type from `string` to `integer`"],
      ],
    ],
    [
      "a model's property: a reference → an equal inline type is still another name",
      description(find(response(ref("Holder"))), { Holder: object({ p: ref("Thing") }), ...thing }),
      description(find(response(ref("Holder"))), { Holder: object({ p: object({ id: str }) }), ...thing }),
      [["type-changed", "BREAKING Holder: property `p` changed type from `Thing` to `{ id }`"]],
    ],
    [
      "a model's property: an inline type → an equal reference",
      description(find(response(ref("Holder"))), { Holder: object({ p: object({ id: str }) }), ...thing }),
      description(find(response(ref("Holder"))), { Holder: object({ p: ref("Thing") }), ...thing }),
      [["type-changed", "BREAKING Holder: property `p` changed type from `{ id }` to `Thing`"]],
    ],
    [
      "a model's union property: references are matched by name only",
      description(find(response(ref("Holder"))), {
        Holder: object({ p: oneOf(ref("A"), str) }),
        A: object({ id: str }),
        B: object({ id: str }),
      }),
      description(find(response(ref("Holder"))), {
        Holder: object({ p: oneOf(ref("B"), str) }),
        A: object({ id: str }),
        B: object({ id: str }),
      }),
      [
        ["type-changed", "BREAKING things.find: response field `p` changed type from `A | string` to `B | string`"],
        ["type-changed", "BREAKING Holder: property `p` changed type from `A | string` to `B | string`"],
      ],
    ],
  ])("%s", (_what, before, after, expected) => {
    expect(changes(before, after)).toEqual(expected);
  });
});

describe("union alternatives are paired by content", () => {
  const ab = { A: object({ id: str }), B: object({ name: str }) };
  it.each<[string, Json, Json, Expected]>([
    [
      "the only object on each side is paired with the other, whatever its fields",
      read(oneOf(object({ a: str }), str)),
      read(oneOf(object({ b: str }), str)),
      [
        ["field-removed", "BREAKING things.find: response field `f.a` removed"],
        ["field-added", "non-breaking things.find: response field `f.b` added (optional)"],
      ],
    ],
    [
      "the only object and the only intersection are paired",
      read(oneOf(object({ a: str }), str)),
      read(oneOf(allOf(object({ a: str }), object({ b: str })), str)),
      [["field-added", "non-breaking things.find: response field `f.b` added (optional)"]],
    ],
    [
      "the only object of each side is paired, beside a primitive that changed",
      read(oneOf(object({ a: str }), str)),
      read(oneOf(object({ b: str }), int)),
      [
        ["field-removed", "BREAKING things.find: response field `f.a` removed"],
        ["field-added", "non-breaking things.find: response field `f.b` added (optional)"],
        ["type-changed", `BREAKING ${response_("changed type from `{ a } | string` to `{ b } | integer`")}`],
      ],
    ],
    [
      "primitives are matched by name only, never paired as the last of their kind",
      read(oneOf(object({ a: str }), str)),
      read(oneOf(object({ a: str }), int)),
      [["type-changed", `BREAKING ${response_("changed type from `{ a } | string` to `{ a } | integer`")}`]],
    ],
    [
      "two objects without shared fields for one: both lost, the type changed",
      read(oneOf(object({ a: str }), object({ b: str }), str)),
      read(oneOf(object({ c: str }), str)),
      [["type-changed", `BREAKING ${response_("changed type from `{ a } | { b } | string` to `{ c } | string`")}`]],
    ],
    [
      "arrays are paired by their items' likeness, whatever their order",
      read(oneOf(array(object({ a: str, b: str })), array(object({ c: str, d: str })))),
      read(oneOf(array(object({ c: str, d: str, e: str })), array(object({ a: str, b: str, f: str })))),
      [
        ["field-added", "non-breaking things.find: response field `f[].f` added (optional)"],
        ["field-added", "non-breaking things.find: response field `f[].e` added (optional)"],
      ],
    ],
    [
      "arrays whose items were made nullable are paired by their items",
      read(oneOf(array(ref("A")), array(ref("B"))), ab),
      read(oneOf(array(nullable(ref("B"))), array(nullable(ref("A")))), ab),
      [
        ["made-nullable", "BREAKING things.find: response field `f[]` is now nullable"],
        ["made-nullable", "BREAKING things.find: response field `f[]` is now nullable"],
      ],
    ],
    [
      "arrays of primitives whose items were made nullable are paired by their items",
      read(oneOf(array(str), array(int))),
      read(oneOf(array(nullable(int)), array(nullable(str)))),
      [
        ["made-nullable", "BREAKING things.find: response field `f[]` is now nullable"],
        ["made-nullable", "BREAKING things.find: response field `f[]` is now nullable"],
      ],
    ],
    [
      "intersections are paired by the parts they share",
      read(oneOf(allOf(ref("A"), object({ x: str })), allOf(ref("B"), object({ y: str }))), ab),
      read(oneOf(allOf(ref("B"), object({ y: str, z: str })), allOf(ref("A"), object({ x: str, w: str }))), ab),
      [
        ["field-added", "non-breaking things.find: response field `f.w` added (optional)"],
        ["field-added", "non-breaking things.find: response field `f.z` added (optional)"],
      ],
    ],
    [
      "arrays of arrays whose inner arrays were made nullable are paired by their items",
      read(oneOf(array(array(str)), array(array(int)))),
      read(oneOf(array(nullable(array(int))), array(nullable(array(str))))),
      [
        ["made-nullable", "BREAKING things.find: response field `f[]` is now nullable"],
        ["made-nullable", "BREAKING things.find: response field `f[]` is now nullable"],
      ],
    ],
    [
      "arrays of primitives → an array of mutually recursive unions of them: a widening",
      read(oneOf(array(str), array(int))),
      read(array(ref("A")), { A: oneOf(str, ref("B")), B: oneOf(int, ref("A")) }),
      [
        ["type-widened", `BREAKING ${response_("widened from `string[] | integer[]` to `A[]`")}`],
        ["model-added", "non-breaking A: model added"],
        ["model-added", "non-breaking B: model added"],
      ],
    ],
    [
      "arrays of references → an array of their union: a widening",
      read(oneOf(array(ref("A")), array(ref("B"))), ab),
      read(array(oneOf(ref("A"), ref("B"))), ab),
      [["type-widened", `BREAKING ${response_("widened from `A[] | B[]` to `Array<A | B>`")}`]],
    ],
    [
      "arrays of primitives → an array of a named union of them: a widening",
      read(oneOf(array(str), array(int)), { U: oneOf(str, int) }),
      read(array(ref("U")), { U: oneOf(str, int) }),
      [["type-widened", `BREAKING ${response_("widened from `string[] | integer[]` to `U[]`")}`]],
    ],
    [
      "an inline array item → a model of the same shape is not the same alternative",
      read(oneOf(array(object({ id: str })), array(str)), { A: object({ id: str }) }),
      read(array(oneOf(ref("A"), str)), { A: object({ id: str }) }),
      [
        [
          "type-changed",
          `BREAKING ${response_("changed type from `Array<{ id }> | string[]` to `Array<A | string>`")}`,
        ],
      ],
    ],
    [
      "arrays with nullable items → an array of their items, nullable: a widening",
      read(oneOf(array(nullable(str)), array(int))),
      read(array(nullable(oneOf(str, int)))),
      [
        [
          "type-widened",
          `BREAKING ${response_("widened from `Array<string | null> | integer[]` to `Array<string | integer | null>`")}`,
        ],
      ],
    ],
    [
      "an array of an enum within an array of a wider enum: a widening",
      read(oneOf(array(values("a")), array(int))),
      read(array(oneOf(values("a", "b"), int))),
      [
        [
          "type-widened",
          `BREAKING ${response_('widened from `Array<"a"> | integer[]` to `Array<"a" | "b" | integer>`')}`,
        ],
      ],
    ],
    [
      "an array of an enum not within the new enum: changed",
      read(oneOf(array(values("a", "c")), array(int))),
      read(array(oneOf(values("a", "b"), int))),
      [
        [
          "type-changed",
          `BREAKING ${response_('changed type from `Array<"a" | "c"> | integer[]` to `Array<"a" | "b" | integer>`')}`,
        ],
      ],
    ],
    [
      "a primitive alternative lost beside an array (body): narrowed",
      written(oneOf(str, array(int))),
      written(array(int)),
      [["type-narrowed", "BREAKING things.create: body field `f` narrowed from `string | integer[]` to `integer[]`"]],
    ],
    [
      "tuples are not paired by likeness: two changed tuples on each side change the type",
      read(oneOf(tuple(str, int), tuple(int, str)), {}, V31),
      read(oneOf(tuple(str, bool), tuple(bool, str)), {}, V31),
      [
        [
          "type-changed",
          `BREAKING ${response_("changed type from `[string, integer] | [integer, string]` to `[string, boolean] | [boolean, string]`")}`,
        ],
      ],
    ],
    [
      "arrays of enums are paired with each other whatever their values",
      read(oneOf(array(values("a")), array(object({ x: str })))),
      read(oneOf(array(values("a", "b")), array(object({ y: str })))),
      [
        ["enum-values-added", 'BREAKING things.find: response field `f[]` has new values "b"'],
        ["field-removed", "BREAKING things.find: response field `f[].x` removed"],
        ["field-added", "non-breaking things.find: response field `f[].y` added (optional)"],
      ],
    ],
    [
      "an alternative whose fields differ only in their descriptions is still the identical one",
      read(oneOf(object({ a: str, b: int, c: str }), object({ a: str, b: { ...str, description: "old" } }))),
      read(oneOf(object({ a: str, b: { ...str, description: "new" } }), object({ a: str, b: int, d: str }))),
      [
        ["field-removed", "BREAKING things.find: response field `f.c` removed"],
        ["field-added", "non-breaking things.find: response field `f.d` added (optional)"],
      ],
    ],
  ])("%s", (_what, before, after, expected) => {
    expect(changes(before, after)).toEqual(expected);
  });
});

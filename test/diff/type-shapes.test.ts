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

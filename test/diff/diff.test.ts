import { describe, expect, it } from "vitest";
import { type Change, diffModels } from "../../generator/diff/diff-models.js";
import type { ApiModel, NamedType, Operation, TypeNode } from "../../generator/model/types.js";
import { modelOf } from "../helpers/model.js";

const lenient = { lenient: true };
// The two fixture models are loaded once; the diff runs inside each test, so that a mutation run knows which tests
// cover which code (work done while tests are collected, or in beforeAll, is attributed to none of them).
let fixtureModels: [ApiModel, ApiModel] | undefined;
const fixtureChanges = (): Change[] => {
  fixtureModels ??= [modelOf("diff/old.yaml", lenient).model, modelOf("diff/new.yaml", lenient).model];
  return diffModels(...fixtureModels);
};
const row = (c: Change) => [c.subject, c.location, c.path, c.kind, c.severity];

// Every change between the two fixture specs: [subject, location, path, kind, severity]. The list is exhaustive.
const expected: (readonly [string, Change["location"], string, Change["kind"], Change["severity"]])[] = [
  // operations added / removed / renamed / moved
  ["companies.delete", "operation", "", "operation-removed", "breaking"],
  ["notes.list", "operation", "", "operation-removed", "breaking"],
  ["notes.all", "operation", "", "operation-added", "non-breaking"],
  ["tags.list", "operation", "", "operation-added", "non-breaking"],
  ["contacts.archive", "operation", "", "route-changed", "non-breaking"],
  ["companies.find", "operation", "", "operation-deprecated", "non-breaking"],
  ["companies.list", "operation", "", "pagination-added", "breaking"],
  // parameters (the user writes them)
  ["companies.find", "parameter", "include", "field-removed", "breaking"],
  ["companies.find", "parameter", "fields", "field-added", "non-breaking"],
  ["companies.find", "parameter", "view", "enum-values-removed", "breaking"],
  ["companies.find", "parameter", "locale", "parameter-moved", "non-breaking"],
  ["companies.list", "parameter", "page", "type-changed", "breaking"],
  ["companies.list", "parameter", "per_page", "made-required", "breaking"],
  ["pets.find", "parameter", "ref", "type-narrowed", "breaking"],
  // body fields (the user writes them)
  ["companies.create", "body", "name", "made-nullable", "non-breaking"],
  ["companies.create", "body", "email", "made-non-nullable", "breaking"],
  ["companies.create", "body", "size", "made-optional", "non-breaking"],
  ["companies.create", "body", "plan_id", "made-required", "breaking"],
  ["companies.create", "body", "tags", "field-removed", "breaking"],
  ["companies.create", "body", "industry", "field-added", "breaking"],
  ["companies.create", "body", "website", "field-added", "non-breaking"],
  ["companies.create", "body", "status", "enum-values-added", "non-breaking"],
  // response fields (the user reads them), through `$ref`s, arrays, maps and a recursive model
  ...(["companies.find:", "companies.create:", "companies.list:data[]."] as const).flatMap((at) => {
    const [op, prefix] = at.split(":") as [string, string];
    return [
      [op, "response", `${prefix}type`, "enum-values-added", "breaking"],
      [op, "response", `${prefix}plan.name`, "field-removed", "breaking"],
      [op, "response", `${prefix}plan.price`, "type-changed", "breaking"],
      [op, "response", `${prefix}industry`, "made-nullable", "breaking"],
      [op, "response", `${prefix}website`, "made-non-nullable", "non-breaking"],
      [op, "response", `${prefix}tags`, "made-optional", "breaking"],
      [op, "response", `${prefix}size`, "type-changed", "breaking"],
      [op, "response", `${prefix}category.slug`, "field-added", "non-breaking"],
      [op, "response", `${prefix}custom_attributes[key]`, "type-changed", "breaking"],
      [op, "response", `${prefix}user_count`, "field-added", "non-breaking"],
    ] as const;
  }),
  ["companies.list", "response", "pages", "field-added", "non-breaking"],
  ["pets.find", "response", "", "type-widened", "breaking"],
  ["pets.find", "response", "meows", "field-removed", "breaking"],
  // models
  ["Segment", "model", "", "model-removed", "breaking"],
  ["Tag", "model", "", "model-added", "non-breaking"],
  ["Bird", "model", "", "model-added", "non-breaking"],
  ["CompanyInput", "model", "", "model-added", "non-breaking"],
  ["CompanyListInput", "model", "", "model-added", "non-breaking"],
  ["Company", "model", "type", "enum-values-added", "breaking"],
  ["Company", "model", "industry", "made-nullable", "breaking"],
  ["Company", "model", "website", "made-non-nullable", "non-breaking"],
  ["Company", "model", "tags", "made-optional", "breaking"],
  ["Company", "model", "size", "type-changed", "breaking"],
  ["Company", "model", "custom_attributes[key]", "type-changed", "breaking"],
  ["Company", "model", "user_count", "field-added", "non-breaking"],
  ["Plan", "model", "name", "field-removed", "breaking"],
  ["Plan", "model", "price", "type-changed", "breaking"],
  ["CompanyList", "model", "pages", "field-added", "non-breaking"],
  ["Category", "model", "slug", "field-added", "non-breaking"],
  ["Pet", "model", "", "type-widened", "breaking"],
  ["Cat", "model", "meows", "field-removed", "breaking"],
  ["IdOrName", "model", "", "type-narrowed", "breaking"],
];

describe("diffModels on the fixture specs", () => {
  it.each(expected.map((e) => [e.slice(0, 4).join(" "), e] as const))("%s", (_name, want) => {
    const changes = fixtureChanges();
    expect(
      changes
        .filter((c) => c.subject === want[0] && c.location === want[1] && c.path === want[2] && c.kind === want[3])
        .map(row),
    ).toEqual([want]);
  });

  it("reports nothing else", () => {
    expect(fixtureChanges().length).toBe(expected.length);
  });

  it("writes one line per change, with the severity and the subject first", () => {
    const changes = fixtureChanges();
    const lines = changes.map((c) => c.message);
    expect(lines).toContain("BREAKING companies.find: response field `plan.name` removed");
    expect(lines).toContain(
      "BREAKING companies.list: response field `data[].plan.price` changed type from `number` to `string`",
    );
    expect(lines).toContain('BREAKING companies.find: parameter `view` lost values "full"');
    expect(lines).toContain("non-breaking companies.create: body field `website` added (optional)");
    expect(lines).toContain("BREAKING notes.list: operation removed (`GET /notes` is now `notes.all`)");
    expect(lines).toContain("BREAKING IdOrName: type narrowed from `string | integer` to `string`");
    expect(changes.find((c) => c.subject === "contacts.archive")?.detail).toMatch(
      /from `POST \/contacts\/\{id\}\/archive` to `POST \/contacts\/\{id\}\/archival`/,
    );
  });

  it("finds no change between a spec and itself", () => {
    const { model } = modelOf("diff/new.yaml", lenient);
    expect(diffModels(model, model)).toEqual([]);
  });
});

// Severity depends on who writes and who reads the type: small hand-built models, one named type `T`.
const str: TypeNode = { kind: "primitive", name: "string" };
const obj = (props: Record<string, [TypeNode, boolean]>): TypeNode => ({
  kind: "object",
  properties: Object.entries(props).map(([name, [type, required]]) => ({
    name,
    type,
    required,
    readOnly: false,
    docs: {},
  })),
  additional: false,
});

function apiWith(type: TypeNode, use: { param?: boolean; response?: boolean }): ApiModel {
  const t: NamedType = { name: "T", schemaKey: "T", type, docs: {} };
  const ref: TypeNode = { kind: "ref", name: "T" };
  const op: Operation = {
    operationId: "op",
    resource: "things",
    method: "op",
    functionName: "thingsOp",
    paramsTypeName: "ThingsOpParams",
    httpMethod: "GET",
    path: "/things",
    pointer: "/paths/~1things/get",
    docs: {},
    params: use.param ? [{ name: "t", in: "query", required: true, type: ref, docs: {} }] : [],
    argument: { type: { kind: "object", properties: [], additional: false }, optional: true, nonNull: false },
    response: use.response
      ? { kind: "json", type: ref, mayBeEmpty: false }
      : { kind: "none", type: { kind: "unknown" }, mayBeEmpty: true },
  };
  return {
    title: "T",
    version: "1",
    profile: { clientName: "T", packageName: "t", tokenEnv: "T_TOKEN", regions: [], errorPrefix: "T" },
    types: [t],
    resources: [{ name: "things", path: "things", className: "Things", operations: [op], resources: [] }],
  };
}

const sides = {
  input: { param: true },
  output: { response: true },
  both: { param: true, response: true },
  unused: {},
} as const;

describe("diffModels severity by side", () => {
  const cases: [string, TypeNode, TypeNode, keyof typeof sides, Change["kind"], Change["severity"]][] = [
    [
      "required field added, written",
      obj({ a: [str, true] }),
      obj({ a: [str, true], b: [str, true] }),
      "input",
      "field-added",
      "breaking",
    ],
    [
      "required field added, read",
      obj({ a: [str, true] }),
      obj({ a: [str, true], b: [str, true] }),
      "output",
      "field-added",
      "non-breaking",
    ],
    [
      "optional field added, written and read",
      obj({}),
      obj({ b: [str, false] }),
      "both",
      "field-added",
      "non-breaking",
    ],
    [
      "field made optional, written",
      obj({ a: [str, true] }),
      obj({ a: [str, false] }),
      "input",
      "made-optional",
      "non-breaking",
    ],
    [
      "field made optional, written and read",
      obj({ a: [str, true] }),
      obj({ a: [str, false] }),
      "both",
      "made-optional",
      "breaking",
    ],
    [
      "field made required, read",
      obj({ a: [str, false] }),
      obj({ a: [str, true] }),
      "output",
      "made-required",
      "non-breaking",
    ],
    [
      "field made required, in no operation (strictest)",
      obj({ a: [str, false] }),
      obj({ a: [str, true] }),
      "unused",
      "made-required",
      "breaking",
    ],
    [
      "enum widened to string, written",
      { kind: "literal", values: ["a", "b"] },
      str,
      "input",
      "type-widened",
      "non-breaking",
    ],
    [
      "enum widened to string, read",
      { kind: "literal", values: ["a", "b"] },
      str,
      "output",
      "type-widened",
      "breaking",
    ],
    [
      "string narrowed to an enum, read",
      str,
      { kind: "literal", values: ["a"] },
      "output",
      "type-narrowed",
      "non-breaking",
    ],
    ["unknown becomes a string, read", { kind: "unknown" }, str, "output", "type-narrowed", "non-breaking"],
    ["null accepted, written", str, { ...str, nullable: true }, "input", "made-nullable", "non-breaking"],
    [
      "null dropped from an enum, read",
      { kind: "literal", values: ["a", null] },
      { kind: "literal", values: ["a"] },
      "output",
      "made-non-nullable",
      "non-breaking",
    ],
    [
      "union gains a variant, written",
      str,
      { kind: "union", variants: [str, { kind: "primitive", name: "number" }] },
      "input",
      "type-widened",
      "non-breaking",
    ],
    [
      "array of strings becomes a string, read",
      { kind: "array", items: str },
      str,
      "output",
      "type-changed",
      "breaking",
    ],
  ];

  it.each(cases)("%s", (_name, before, after, side, kind, severity) => {
    const changes = diffModels(apiWith(before, sides[side]), apiWith(after, sides[side]));
    const model = changes.filter((c) => c.scope === "model");
    expect(model.map((c) => [c.kind, c.severity])).toEqual([[kind, severity]]);
    // The operation that uses the type reports it too: as a parameter (written) and/or in the response (read).
    const ops = changes.filter((c) => c.scope === "operation");
    expect(ops.map((c) => c.location).sort()).toEqual([
      ...("param" in sides[side] ? ["parameter"] : []),
      ...("response" in sides[side] ? ["response"] : []),
    ]);
    for (const c of ops) expect(c.kind).toBe(kind);
    if (side === "input" || side === "output") expect(ops[0]?.severity).toBe(severity);
    if (side === "both") expect(ops.map((c) => c.severity)).toContain(severity);
  });

  it("walks a recursive type once and terminates", () => {
    const node = (extra: Record<string, [TypeNode, boolean]>): TypeNode =>
      obj({
        children: [{ kind: "array", items: { kind: "ref", name: "T" } }, false],
        next: [{ kind: "ref", name: "T", nullable: true }, false],
        ...extra,
      });
    const changes = diffModels(apiWith(node({ a: [str, false] }), sides.output), apiWith(node({}), sides.output));
    expect(changes.map((c) => `${c.subject} ${c.path} ${c.kind}`)).toEqual([
      "things.op a field-removed",
      "T a field-removed",
    ]);
  });
});

// Union alternatives are matched by what they are, never by their position.
const num: TypeNode = { kind: "primitive", name: "number" };
const union = (...variants: TypeNode[]): TypeNode => ({ kind: "union", variants });
const arr = (items: TypeNode): TypeNode => ({ kind: "array", items });

describe("diffModels on union alternatives", () => {
  const kinds = (before: TypeNode, after: TypeNode, side: keyof typeof sides = "both") =>
    diffModels(apiWith(before, sides[side]), apiWith(after, sides[side])).map(
      (c) => `${c.subject} ${c.path} ${c.kind} ${c.severity}`,
    );
  const person = obj({ name: [str, true], age: [num, false] });
  const place = obj({ city: [str, true], zip: [str, false] });

  it.each([
    ["two objects", union(person, place), union(place, person)],
    ["two arrays", union(arr(str), arr(num)), union(arr(num), arr(str))],
    [
      "objects, arrays and primitives",
      union(arr(person), str, place, arr(place)),
      union(place, arr(place), str, arr(person)),
    ],
  ])("reordering %s reports nothing", (_name, before, after) => {
    expect(kinds(before, after)).toEqual([]);
  });

  it("pairs a changed object with the one most like it, wherever it moved", () => {
    const grown = obj({ name: [str, true], age: [num, false], email: [str, false] });
    expect(kinds(union(person, place), union(place, grown), "output")).toEqual([
      "things.op email field-added non-breaking",
      "T email field-added non-breaking",
    ]);
  });

  it("sees `string[] | number[]` → `Array<string | number>` as a widening, and the reverse as a narrowing", () => {
    const split = union(str, arr(str), arr(num));
    const mixed = union(str, arr(union(str, num)));
    expect(kinds(split, mixed, "input")).toEqual([
      "things.op t type-widened non-breaking",
      "T  type-widened non-breaking",
    ]);
    expect(kinds(mixed, split, "input")).toEqual(["things.op t type-narrowed breaking", "T  type-narrowed breaking"]);
  });
});

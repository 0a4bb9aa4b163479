import { afterEach, describe, expect, it, vi } from "vitest";
import { SdkValidationError } from "../../templates/runtime/errors.js";
import {
  responseValidator,
  type Schema,
  type SchemaTable,
  type ValidationInfo,
  type ValidationIssue,
  validate,
} from "../../templates/runtime/validate.js";
import { warnOnce } from "../../templates/runtime/validating.js";
import { expectExactly } from "./helpers.js";

// validate.ts construct by construct: every issue compared whole (path, message, code, schema), so a changed
// message, code or place fails. client-validation.test.ts covers the client's modes over HTTP.

const T: SchemaTable = {
  Pet: {
    o: { kind: { e: ["cat", "dog"] }, name: "s", age: "n", good: "b", nick: { z: "s" }, owner: "Owner", any: "*" },
    r: ["kind", "name"],
  },
  Owner: { o: { id: "s" }, r: ["id"] },
  MaybeOwner: { z: "Owner" },
  Holder: { o: { owner: "MaybeOwner", ids: { a: "s" }, pair: "Pair" } },
  Pair: { t: ["s", "n"], y: false },
  Open: { t: ["s"], y: "n" },
  Loose: { t: ["s"] },
  Circle: { o: { type: { e: ["circle"] }, r: "n" }, r: ["type", "r"] },
  Square: { o: { type: { e: ["square"] }, side: "n" }, r: ["type", "side"] },
  Dict: { o: {}, x: "n" },
};

const issue = (path: string, code: ValidationIssue["code"], message: string, schema = ""): ValidationIssue => ({
  path,
  message,
  code,
  schema,
});

const cases: [string, unknown, Schema, ValidationIssue[]][] = [
  // primitives, and the kind each wrong value is named by
  ["string fits", "x", "s", []],
  ["number fits", 1.5, "n", []],
  ["boolean fits", false, "b", []],
  ["string, got number", 1, "s", [issue("", "type", "expected string, got number")]],
  ["string, got array", [], "s", [issue("", "type", "expected string, got array")]],
  ["string, got object", {}, "s", [issue("", "type", "expected string, got object")]],
  ["number, got undefined", undefined, "n", [issue("", "type", "expected number, got undefined")]],
  ["boolean, got string", "true", "b", [issue("", "type", "expected boolean, got string")]],
  ["primitive, got null", null, "n", [issue("", "null", "not nullable, got null")]],
  ["anything", { deep: [null] }, "*", []],
  ["null fits null", null, "0", []],
  ["null, got number", 0, "0", [issue("", "type", "expected null, got number")]],
  ["unknown name: unchecked", { any: 1 }, "Missing", []],
  // objects: required, nullable, extra keys
  ["object fits", { kind: "cat", name: "Tom", extra: [1] }, "Pet", []],
  [
    "required keys absent or undefined",
    { name: undefined },
    "Pet",
    [
      issue("kind", "required", "required, absent", "Pet.kind"),
      issue("name", "required", "required, absent", "Pet.name"),
    ],
  ],
  ["optional key undefined is absent", { kind: "dog", name: "Rex", age: undefined }, "Pet", []],
  [
    "property of the wrong type",
    { kind: "cat", name: "Tom", age: "3", good: 1 },
    "Pet",
    [
      issue("age", "type", "expected number, got string", "Pet.age"),
      issue("good", "type", "expected boolean, got number", "Pet.good"),
    ],
  ],
  ["nullable property", { kind: "cat", name: "Tom", nick: null }, "Pet", []],
  [
    "nullable property, wrong type",
    { kind: "cat", name: "Tom", nick: 7 },
    "Pet",
    [issue("nick", "type", "expected string, got number", "Pet.nick")],
  ],
  [
    "null on a non-nullable named type: the property's issue",
    { kind: "cat", name: "Tom", owner: null },
    "Pet",
    [issue("owner", "null", "not nullable, got null", "Pet.owner")],
  ],
  ["null on a nullable named type", { owner: null }, "Holder", []],
  [
    "nested named type: the inner type's place",
    { kind: "cat", name: "Tom", owner: {} },
    "Pet",
    [issue("owner.id", "required", "required, absent", "Owner.id")],
  ],
  ["object, got null", null, { o: {} }, [issue("", "null", "not nullable, got null")]],
  ["object, got string", "x", { o: {} }, [issue("", "type", "expected object, got string")]],
  ["object, got array", [], "Owner", [issue("", "type", "expected object, got array", "Owner")]],
  ["extra keys typed by x", { a: 1, b: 2 }, "Dict", []],
  [
    "extra key of the wrong type",
    { a: 1, b: "2" },
    "Dict",
    [issue("b", "type", "expected number, got string", "Dict.b")],
  ],
  // enums
  ["enum fits", "dog", { e: ["cat", "dog"] }, []],
  ["enum with null listed", null, { e: ["a", null] }, []],
  ["enum, got null", null, { e: ["a"] }, [issue("", "null", "not nullable, got null")]],
  ["enum, other value", 3, { e: [1, "two", true] }, [issue("", "enum", '3 is not one of 1, "two", true')]],
  [
    "enum in an object",
    { kind: "bird", name: "Tweety" },
    "Pet",
    [issue("kind", "enum", '"bird" is not one of "cat", "dog"', "Pet.kind")],
  ],
  // arrays and tuples
  ["array fits", ["a", "b"], { a: "s" }, []],
  ["array, got object", {}, { a: "s" }, [issue("", "type", "expected array, got object")]],
  ["array, got null", null, { a: "s" }, [issue("", "null", "not nullable, got null")]],
  [
    "array items: path [n], schema []",
    { ids: ["a", 2, "c", 4] },
    "Holder",
    [
      issue("ids[1]", "type", "expected string, got number", "Holder.ids[]"),
      issue("ids[3]", "type", "expected string, got number", "Holder.ids[]"),
    ],
  ],
  ["tuple fits", ["a", 1], "Pair", []],
  ["tuple shorter: fine", ["a"], "Pair", []],
  [
    "closed tuple, one item too many",
    ["a", 1, 2],
    "Pair",
    [issue("", "type", "expected at most 2 items, got 3", "Pair")],
  ],
  [
    "tuple positions: path [n], schema [n] of the named tuple",
    { pair: [1, "b"] },
    "Holder",
    [
      issue("pair[0]", "type", "expected string, got number", "Pair[0]"),
      issue("pair[1]", "type", "expected number, got string", "Pair[1]"),
    ],
  ],
  ["tuple, got object", {}, "Pair", [issue("", "type", "expected array, got object", "Pair")]],
  ["open tuple: rest typed by y", ["a", 1, 2], "Open", []],
  [
    "open tuple: rest of the wrong type",
    ["a", "b"],
    "Open",
    [issue("[1]", "type", "expected number, got string", "Open[1]")],
  ],
  ["open tuple: position before rest", [1], "Open", [issue("[0]", "type", "expected string, got number", "Open[0]")]],
  ["tuple without y: rest unchecked", ["a", { any: 1 }, null], "Loose", []],
  // unions and intersections
  ["union: a later variant fits", { type: "square", side: 2 }, { u: ["Circle", "Square"] }, []],
  [
    "union: the closest variant's issues",
    { type: "square", side: "2" },
    { u: ["Circle", "Square"] },
    [issue("side", "type", "expected number, got string", "Square.side")],
  ],
  [
    "union: first of equally close variants",
    { type: "oval" },
    { u: ["Circle", "Square"] },
    [
      issue("r", "required", "required, absent", "Circle.r"),
      issue("type", "enum", '"oval" is not one of "circle"', "Circle.type"),
    ],
  ],
  ["union of nothing: no issue", 1, { u: [] }, []],
  ["union with null", null, { u: ["s", "0"] }, []],
  [
    "all of: every part's issues",
    { id: 1 },
    { i: ["Owner", { o: { n: "n" }, r: ["n"] }] },
    [issue("id", "type", "expected string, got number", "Owner.id"), issue("n", "required", "required, absent", "n")],
  ],
];

describe("validate: each construct, whole issues", () => {
  it.each(cases)("%s", (_name, value, schema, want) => {
    expect(validate(value, schema, T)).toEqual(want);
  });
});

describe("validate: the named types seen", () => {
  it("collects the types checked, through refs, arrays and the fitting union variant only", () => {
    const seen = new Set<string>();
    validate({ owner: { id: "o" }, pair: ["a", 1] }, "Holder", T, seen);
    expect([...seen].sort()).toEqual(["Holder", "MaybeOwner", "Owner", "Pair"]);
    const union = new Set<string>();
    expect(validate({ type: "square", side: 1 }, { u: ["Circle", "Square"] }, T, union)).toEqual([]);
    expect([...union]).toEqual(["Square"]);
  });

  it("a failing union reports the types of its closest variant", () => {
    const seen = new Set<string>();
    validate({ type: "square" }, { u: ["Circle", "Square"] }, T, seen);
    expect([...seen]).toEqual(["Square"]);
  });
});

describe("warnOnce: the default handler", () => {
  afterEach(() => vi.restoreAllMocks());
  const info = (operation: string): ValidationInfo => ({
    operation,
    method: "GET",
    path: "/x",
    status: 200,
    requestId: undefined,
  });

  it("prints one exact line per operation and response: the count and the first three paths; a repeat is silent", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const many = ["data[0].id", "data[0].email", "data[1].id", "data[1].email", "data[2].id"].map((p) =>
      issue(p, "type", "expected string, got number"),
    );
    warnOnce(many, info("a.list"));
    // the same properties in other items: the same defect, not printed again
    warnOnce([issue("data[10].id", "type", "x"), issue("data[11].email", "type", "x")], info("a.list"));
    warnOnce([issue("data[12].id", "type", "expected string, got number")], info("b.list"));
    warnOnce([issue("", "type", "expected object, got string")], info("a.find"));
    // a key named like the index-free form is another property
    warnOnce([issue("data.id", "type", "expected string, got number")], info("a.list"));
    expect(warn.mock.calls.map((c) => c[0])).toEqual([
      "[response validation] a.list: 5 issues in the response (data[0].id, data[0].email, data[1].id, …): the API and its description disagree",
      "[response validation] b.list: 1 issue in the response (data[12].id): the API and its description disagree",
      "[response validation] a.find: 1 issue in the response (body): the API and its description disagree",
      "[response validation] a.list: 1 issue in the response (data.id): the API and its description disagree",
    ]);
  });

  it("tells an indexed path from a key of the same name, and paths apart however they split; three paths, no `…`", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    warnOnce([issue("data[0].id", "type", "x")], info("c.list"));
    warnOnce([issue("data.id", "type", "x")], info("c.list"));
    warnOnce([issue("ab", "type", "x"), issue("c", "type", "x")], info("c.find"));
    warnOnce([issue("a", "type", "x"), issue("bc", "type", "x")], info("c.find"));
    warnOnce(
      ["x", "y", "z"].map((p) => issue(p, "type", "x")),
      info("c.all"),
    );
    expect(warn.mock.calls.map((c) => (c[0] as string).replace(/: the API.*/, ""))).toEqual([
      "[response validation] c.list: 1 issue in the response (data[0].id)",
      "[response validation] c.list: 1 issue in the response (data.id)",
      "[response validation] c.find: 2 issues in the response (ab, c)",
      "[response validation] c.find: 2 issues in the response (a, bc)",
      "[response validation] c.all: 3 issues in the response (x, y, z)",
    ]);
  });
});

describe("responseValidator: called as the client calls it", () => {
  const check = responseValidator({ types: T, operations: { "GET /owners/{id}": ["owners.find", "Owner"] } });
  const op = { method: "GET", path: "/owners/{id}" };
  const response = (headers: Record<string, string> = {}): Response => new Response(null, { status: 200, headers });
  const base = { operation: "owners.find", method: "GET", path: "/owners/{id}", status: 200 };
  const wrongId = [issue("id", "type", "expected string, got number", "Owner.id")];

  it("no body (undefined), an operation without a schema and a fitting body: nothing is reported", () => {
    expect(check(op, undefined, response())).toBeUndefined();
    expect(check({ method: "GET", path: "/other" }, { id: 1 }, response())).toBeUndefined();
    expect(check(op, { id: "o1" }, response())).toBeUndefined();
  });

  it("the issues and the info; the request id from the body when it is a string, else the header", () => {
    expect(check(op, { id: 1, request_id: "body-id" }, response({ "x-request-id": "hdr-id" }))).toEqual({
      issues: wrongId,
      info: { ...base, requestId: "body-id" },
    });
    expect(check(op, { id: 1, request_id: 42 }, response())).toEqual({
      issues: wrongId,
      info: { ...base, requestId: undefined },
    });
    expect(check(op, null, response({ "x-request-id": "hdr-id" }))).toEqual({
      issues: [issue("", "null", "not nullable, got null")],
      info: { ...base, requestId: "hdr-id" },
    });
    expect(check(op, { id: 1 }, response({ "x-request-id": "hdr-id" }))).toEqual({
      issues: wrongId,
      info: { ...base, requestId: "hdr-id" },
    });
  });

  it("SdkValidationError: the message names the operation, the first issue, how many more and the request id", () => {
    const thrown = (body: unknown, headers: Record<string, string> = {}, against = check, at = op) => {
      const found = against(at, body, response(headers))!;
      return new SdkValidationError(found.issues, found.info, response(headers), body);
    };
    const one = thrown({ id: 1 });
    expectExactly(one, SdkValidationError);
    expect([one.name, one.message, one.requestId, one.operation, one.body, one.issues]).toEqual([
      "SdkValidationError",
      "owners.find: the response does not match its schema: id: expected string, got number",
      undefined,
      "owners.find",
      { id: 1 },
      wrongId,
    ]);
    const root = thrown("text", { "x-request-id": "r-9" });
    expect([root.message, root.requestId]).toEqual([
      "owners.find: the response does not match its schema: body: expected object, got string (request_id r-9)",
      "r-9",
    ]);
    const pets = responseValidator({ types: T, operations: { "GET /pets": ["pets.get", "Pet"] } });
    expect(thrown({ age: "1" }, {}, pets, { method: "GET", path: "/pets" }).message).toBe(
      "pets.get: the response does not match its schema: kind: required, absent (and 2 more)",
    );
  });
});

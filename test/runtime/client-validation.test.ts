import { afterEach, describe, expect, it, vi } from "vitest";
import { SdkError, SdkValidationError, type OperationSpec } from "../../templates/runtime/index.js";
import {
  responseValidator,
  type ResponseSchemas,
  type SchemaTable,
  validate,
} from "../../templates/runtime/validate.js";
import {
  ValidatingCore,
  type ValidationOptions,
  type ValidatorLoader,
  warnOnce,
} from "../../templates/runtime/validating.js";
import type { ClientOptions } from "../../templates/runtime/options.js";
import { DEFAULTS, makeClient, rejection, TOKEN } from "./helpers.js";
import { script, startServer } from "./server.js";

// The runtime validator: its rules on data (table-driven), then the client's opt-in modes over a real HTTP server.

const table: SchemaTable = {
  Company: {
    o: {
      type: { e: ["company"] },
      id: "s",
      website: "s",
      size: "n",
      seats: "i",
      plan: { z: "Plan" },
      tags: { a: "Tag" },
    },
    r: ["type", "id"],
  },
  Plan: { o: { name: "s" }, r: ["name"] },
  Tag: { o: { id: "s" }, r: ["id"] },
  List: { o: { data: { a: "Company" }, total: "n" }, r: ["data"] },
  Ints: { a: "i" },
};

describe("validate: the rules", () => {
  const cases: [string, { value: unknown; schema: string; want: [string, string][] }][] = [
    ["a fitting value", { value: { type: "company", id: "1", plan: null, extra: 1 }, schema: "Company", want: [] }],
    [
      "unknown extra properties are fine",
      { value: { type: "company", id: "1", new_field: {} }, schema: "Company", want: [] },
    ],
    ["missing required", { value: { type: "company" }, schema: "Company", want: [["id", "required, absent"]] }],
    [
      "wrong type",
      { value: { type: "company", id: 1 }, schema: "Company", want: [["id", "expected string, got number"]] },
    ],
    [
      "null where not nullable",
      {
        value: { type: "company", id: "1", website: null },
        schema: "Company",
        want: [["website", "not nullable, got null"]],
      },
    ],
    [
      "null on a non-nullable ref is the property's",
      { value: { data: null }, schema: "List", want: [["data", "not nullable, got null"]] },
    ],
    [
      "unknown enum value",
      { value: { type: "firm", id: "1" }, schema: "Company", want: [["type", '"firm" is not one of "company"']] },
    ],
    [
      "nested paths through arrays and refs",
      {
        value: {
          data: [
            { type: "company", id: "1" },
            { type: "company", id: "2", tags: [{ id: "t" }, {}] },
          ],
        },
        schema: "List",
        want: [["data[1].tags[1].id", "required, absent"]],
      },
    ],
    [
      "an integer fits an integer",
      { value: { type: "company", id: "1", seats: 3, size: 2.5 }, schema: "Company", want: [] },
    ],
    [
      "a fraction is a number but not an integer",
      {
        value: { type: "company", id: "1", seats: 1.5 },
        schema: "Company",
        want: [["seats", "expected integer, got 1.5"]],
      },
    ],
    [
      "a numeric string is not an integer",
      {
        value: { type: "company", id: "1", seats: "3" },
        schema: "Company",
        want: [["seats", "expected integer, got string"]],
      },
    ],
    [
      "NaN and Infinity are not integers",
      {
        value: [Number.NaN, Number.POSITIVE_INFINITY, -0, 1e21],
        schema: "Ints",
        want: [
          ["[0]", "expected integer, got NaN"],
          ["[1]", "expected integer, got Infinity"],
        ],
      },
    ],
    [
      "null on an integer",
      {
        value: { type: "company", id: "1", seats: null },
        schema: "Company",
        want: [["seats", "not nullable, got null"]],
      },
    ],
    ["root of the wrong kind", { value: [], schema: "Company", want: [["", "expected object, got array"]] }],
  ];
  it.each(cases)("%s", (_name, { value, schema, want }) => {
    expect(validate(value, schema, table).map((i) => [i.path, i.message])).toEqual(want);
  });

  it("unions: any variant fits; otherwise the closest variant's issues; additional properties typed", () => {
    const u = { u: ["Company", "List"] };
    expect(validate({ data: [] }, u, table)).toEqual([]);
    expect(validate({ type: "company", id: 2 }, u, table).map((i) => i.path)).toEqual(["id"]);
    const map = { o: {}, x: { z: "n" } };
    expect(validate({ a: 1, b: null }, map, table)).toEqual([]);
    expect(validate({ a: "x" }, map, table).map((i) => `${i.path}: ${i.message}`)).toEqual([
      "a: expected number, got string",
    ]);
    expect(validate({ id: "1" }, { i: ["Tag", { o: { n: "n" }, r: ["n"] }] }, table).map((i) => i.path)).toEqual(["n"]);
  });

  it("names the schema property of each issue, for grouping", () => {
    const [issue] = validate({ data: [{ type: "company", id: "1", size: "9" }] }, "List", table);
    expect(issue).toMatchObject({ path: "data[0].size", schema: "Company.size", code: "type" });
  });
});

const schemas: ResponseSchemas = {
  types: table,
  operations: { "GET /companies/{id}": ["companies.find", "Company"], "GET /companies": ["companies.list", "List"] },
};
const find: OperationSpec = { method: "GET", path: "/companies/{id}", pathParams: ["id"], response: "json" };
const list: OperationSpec = { method: "GET", path: "/companies", response: "json" };
const bad = { type: "company", id: "c1", website: null, size: "12" };

/** A validating client on `baseUrl`, its checker loaded (asynchronously, like the generated `import()`) from `schemas`. */
function validating(
  baseUrl: string,
  options: ClientOptions & ValidationOptions = {},
  load: ValidatorLoader = async () => responseValidator(schemas),
): ValidatingCore {
  return new ValidatingCore({ token: TOKEN, baseUrl, ...options }, DEFAULTS, load);
}

describe("client: opt-in validation over HTTP", () => {
  afterEach(() => vi.restoreAllMocks());

  it("throw: rejects with SdkValidationError naming each property, the operation and the request id", async () => {
    const s = await startServer(script({ body: { ...bad, request_id: "req-7" } }));
    const client = validating(s.url, { validate: "throw" });
    const err = await rejection(client.request(find, { id: "c1" }));
    await s.close();
    expect(err).toBeInstanceOf(SdkValidationError);
    expect(err).toBeInstanceOf(SdkError);
    const e = err as SdkValidationError;
    expect(e.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      "website: not nullable, got null",
      "size: expected number, got string",
    ]);
    expect(e).toMatchObject({ operation: "companies.find", requestId: "req-7", body: { ...bad, request_id: "req-7" } });
    expect(e.response.status).toBe(200);
    expect(e.message).toContain("companies.find");
    expect(e.message).not.toContain(TOKEN);
  });

  it("warn: resolves with the body as received and tells onValidationIssues", async () => {
    const s = await startServer(script({ body: { data: [bad] } }));
    const seen: unknown[] = [];
    const client = validating(s.url, {
      validate: "warn",
      onValidationIssues: (issues, info) => seen.push([issues.map((i) => i.path), info.operation, info.status]),
    });
    expect(await client.request(list, {})).toEqual({ data: [bad] });
    await s.close();
    expect(seen).toEqual([[["data[0].website", "data[0].size"], "companies.list", 200]]);
  });

  it("warn, default handler: one console line per operation and property, once", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const s = await startServer(script({ body: { data: [bad, bad] } }));
    const client = validating(s.url, { validate: "warn" });
    await client.request(list, {});
    await client.request(list, {});
    await s.close();
    const lines = warn.mock.calls.map((c) => String(c[0]));
    expect(lines).toHaveLength(1); // one response's issues on one line; the second, identical response is not news
    expect(lines[0]).toContain("companies.list: 4 issues in the response (data[0].");
    expect(lines[0]).toContain("data[0].website");
    warnOnce([{ path: "data[5].website", message: "x", code: "null", schema: "" }], {
      operation: "companies.list",
      method: "GET",
      path: "/companies",
      status: 200,
      requestId: undefined,
    });
    expect(warn).toHaveBeenCalledTimes(2); // another set of properties: printed
  });

  it("off (the default): the checker is not even loaded, nothing printed", async () => {
    const warn = vi.spyOn(console, "warn");
    const loads: string[] = [];
    const load: ValidatorLoader = async () => {
      loads.push("loaded");
      return responseValidator(schemas);
    };
    const s = await startServer(script({ body: bad }));
    expect(await validating(s.url, {}, load).request(find, { id: "c1" })).toEqual(bad);
    expect(await validating(s.url, { validate: "off" }, load).request(find, { id: "c1" })).toEqual(bad);
    const perCall = validating(s.url, { validate: "throw" }, load);
    expect(await perCall.request(find, { id: "c1" }, { validate: "off" })).toEqual(bad);
    expect(loads).toEqual([]);
    // The first call that validates loads it, once; later calls reuse it.
    await rejection(perCall.request(find, { id: "c1" }));
    await rejection(perCall.request(find, { id: "c1" }));
    await s.close();
    expect(loads).toEqual(["loaded"]);
    expect(warn).not.toHaveBeenCalled();
  });

  it("per request: the second argument overrides the client's mode both ways", async () => {
    const s = await startServer(script({ body: bad }));
    const strict = validating(s.url, { validate: "throw" });
    expect(await strict.request(find, { id: "c1" }, { validate: "off" })).toEqual(bad);
    const lax = validating(s.url);
    expect(await rejection(lax.request(find, { id: "c1" }, { validate: "throw" }))).toBeInstanceOf(SdkValidationError);
    await s.close();
  });

  it("a fitting body, an empty body and an operation without a schema raise nothing", async () => {
    const s = await startServer((req) =>
      req.url === "/empty" ? { status: 204 } : { body: { type: "company", id: "c1", plan: null } },
    );
    const client = validating(s.url, { validate: "throw" });
    expect(await client.request(find, { id: "c1" })).toMatchObject({ id: "c1" });
    expect(await client.request({ method: "GET", path: "/empty", response: "json" }, {})).toBeUndefined();
    expect(await client.request({ method: "GET", path: "/other", response: "json" }, {})).toMatchObject({ id: "c1" });
    await s.close();
  });

  it("an API error is the call's error, validated or not; .withResponse() gives the checked body", async () => {
    const s = await startServer(
      script({ status: 404, body: { type: "error.list" } }, { body: { id: "c1", type: "company" } }),
    );
    const client = validating(s.url, { validate: "throw", maxRetries: 0 });
    expect(await rejection(client.request(find, { id: "c1" }))).toMatchObject({ status: 404 });
    const { data, response } = await client.request(find, { id: "c1" }).withResponse();
    await s.close();
    expect([data, response.status]).toEqual([{ id: "c1", type: "company" }, 200]);
  });

  it("a checker that fails to load fails the call, and is loaded again on the next one", async () => {
    const s = await startServer(script({ body: bad }));
    let attempts = 0;
    const client = validating(s.url, { validate: "throw" }, async () => {
      if (++attempts === 1) throw new Error("chunk failed to load");
      return responseValidator(schemas);
    });
    expect(await rejection(client.request(find, { id: "c1" }))).toMatchObject({ message: "chunk failed to load" });
    expect(await rejection(client.request(find, { id: "c1" }))).toBeInstanceOf(SdkValidationError);
    await s.close();
    expect(attempts).toBe(2);
  });

  it("ClientCore (createClient's base) has no validation: whatever the call asks, the body is returned", async () => {
    const s = await startServer(script({ body: bad }));
    const { client } = makeClient(s.url);
    expect(await client.request(find, { id: "c1" }, { validate: "throw" })).toEqual(bad);
    await s.close();
  });
});

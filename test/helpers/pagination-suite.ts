// Every paginated operation of a generated client, walked through its pages over real HTTP: one generic test per
// operation, driven by the model (style, where the items are, which argument carries the next page and whether it
// travels in the query or the JSON body). The server answers each style the way its declaration says the API does.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";
import type { Operation, Pagination } from "../../generator/model/types.js";
import { loadSpec, sdkOperations } from "../contract/spec-examples.js";
import { startServer, type RecordedRequest, type TestServer } from "../runtime/server.js";
import { type GeneratedPackage, resourceAt } from "./client-suite.js";

const PER_PAGE = 2;
const TOTAL = 5; // pages of 2, 2 and 1 item(s)

type Obj = Record<string, unknown>;

const get = (value: unknown, path: string): unknown =>
  (path ? path.split(".") : []).reduce<unknown>((node, key) => (node as Obj | undefined)?.[key], value);

/** `value` at the dotted `path` of `target` ("" is the target itself). */
function put(target: Obj, path: string, value: unknown): void {
  const keys = path.split(".");
  const last = keys.pop()!;
  let node = target;
  for (const key of keys) node = (node[key] ??= {}) as Obj;
  node[last] = value;
}

function drop(target: Obj, path: string): void {
  const keys = path.split(".");
  const last = keys.pop()!;
  const parent = get(target, keys.join("."));
  if (parent && typeof parent === "object") delete (parent as Obj)[last];
}

/** The argument that carries the next page, and where the request sends it. */
const pageArgument = (p: Pagination): string => (p.style === "page" ? p.pageParam : p.cursorParam);

/** What the request says about the page it wants: the page argument, read from the query or the JSON body. */
function requested(req: RecordedRequest, op: Operation): string | undefined {
  const name = pageArgument(op.pagination!);
  if (op.params.some((p) => p.in === "query" && p.name === name))
    return new URL(req.url, "http://x").searchParams.get(name) ?? undefined;
  const value = req.body ? get(JSON.parse(req.body), name) : undefined;
  return value === undefined ? undefined : String(value);
}

/** The response for the page the request asks for: items at `items`, and the style's "what comes next". */
function pageOf(req: RecordedRequest, op: Operation): Obj {
  const p = op.pagination!;
  const asked = requested(req, op);
  // Page numbers count from 1; a cursor `cN` starts at item N; a last-item cursor `iN` after item N.
  const start =
    p.style === "page"
      ? (Number(asked ?? 1) - 1) * PER_PAGE
      : p.style === "last-item"
        ? asked === undefined
          ? 0
          : Number(asked.slice(1)) + 1
        : Number(asked?.replace(/^c/, "") ?? 0);
  const items = Array.from({ length: TOTAL }, (_, i) => ({ type: "item", id: `i${i}` })).slice(start, start + PER_PAGE);
  const body: Obj = { type: "list" };
  put(body, typeof p.items === "string" ? p.items : p.items[0]!, items); // the first of alternatives
  const next = start + PER_PAGE;
  if (p.style === "page") {
    const pages = {
      type: "pages",
      page: start / PER_PAGE + 1,
      per_page: PER_PAGE,
      total_pages: Math.ceil(TOTAL / PER_PAGE),
    };
    if (p.pages) put(body, p.pages, pages);
    else Object.assign(body, pages); // page numbers at the top of the body
  } else if (p.style === "last-item") {
    put(body, p.hasMore, next < TOTAL);
  } else if (p.style === "cursor") {
    if (next < TOTAL) put(body, p.nextCursor, `c${next}`);
  } else {
    put(body, p.nextCursor, `c${next}`); // a scroll ends with an empty page, not a missing cursor
  }
  return body;
}

/** `/contacts/{contact_id}/companies` → a pattern of the paths it stands for. */
const routeOf = (path: string) => new RegExp(`^${path.replace(/\{[^}]+\}/g, "[^/]+")}$`);

/** The model's paginated operations and the example arguments of each, from a curated description. */
function paginatedOf(spec: string): { operations: Operation[]; args: Map<string, Obj> } {
  const { model } = buildModel(loadDocument(spec));
  const operations = model.resources.flatMap((r) => r.operations).filter((o) => o.pagination);
  const bodyKeys = new Map(
    operations.flatMap((o) => (o.body?.bodyKey ? [[`${o.resource}.${o.method}`, o.body.bodyKey] as const] : [])),
  );
  const args = new Map(sdkOperations(loadSpec(spec), bodyKeys).map((o) => [`${o.resource}.${o.sdkMethod}`, o.args]));
  return { operations, args };
}

/**
 * `spec` is the curated description; a function when it exists only once an earlier test made it (add-version),
 * in which case the operations are walked in one test instead of one test each.
 */
export function describePaginatedOperations(
  label: string,
  load: () => Promise<GeneratedPackage>,
  spec: string | (() => string),
): void {
  describe(`${label}: every paginated operation walks its pages over HTTP`, () => {
    let server: TestServer;
    let sdk: GeneratedPackage;
    let routes: { op: Operation; route: RegExp }[] = [];
    beforeAll(async () => {
      sdk = await load();
      server = await startServer((req) => {
        const path = new URL(req.url, "http://x").pathname;
        const hit = routes.find(({ op, route }) => op.httpMethod === req.method && route.test(path));
        return hit
          ? { body: pageOf(req, hit.op) }
          : { status: 404, body: { type: "error.list", errors: [{ code: "not_found" }] } };
      });
    });
    afterAll(() => server?.close());

    /** Literal routes first, so `/conversations/deleted` is not taken for `/conversations/{id}`. */
    const serve = (operations: Operation[]) => {
      routes = operations
        .map((op) => ({ op, route: routeOf(op.path) }))
        .sort((a, b) => (a.op.path.match(/\{/g)?.length ?? 0) - (b.op.path.match(/\{/g)?.length ?? 0));
    };

    async function walk(op: Operation, args: Map<string, Obj>): Promise<void> {
      const name = `${op.resource}.${op.method}`;
      const params = structuredClone(args.get(name)) as Obj;
      drop(params, pageArgument(op.pagination!)); // start at the first page
      const client = new sdk.Intercom({ token: "t", baseUrl: server.url, maxRetries: 0 });
      const resource = resourceAt(client, op.resource);
      const method = resource[op.method] as (p: Obj) => AsyncIterable<{ id: string }>;
      const before = server.requests.length;
      const ids: string[] = [];
      for await (const item of method.call(resource, params)) ids.push(item.id);
      expect(ids, name).toEqual(["i0", "i1", "i2", "i3", "i4"]);
      const sent = server.requests.slice(before);
      // Page number: 3 pages. Cursor: 3 pages, the last without a next cursor. Scroll: 3 pages and the empty one.
      expect(sent, name).toHaveLength(op.pagination!.style === "scroll" ? 4 : 3);
      expect(
        sent.every((r) => r.method === op.httpMethod && routeOf(op.path).test(new URL(r.url, "http://x").pathname)),
        name,
      ).toBe(true);
      const style = op.pagination!.style;
      const expected =
        style === "page"
          ? [undefined, "2", "3"]
          : style === "last-item"
            ? [undefined, "i1", "i3"]
            : [undefined, "c2", "c4"];
      expect(
        sent.slice(0, 3).map((r) => requested(r, op)),
        name,
      ).toEqual(expected);
    }

    if (typeof spec === "function") {
      it("every paginated operation (one test: the description is made by an earlier test)", async () => {
        const { operations, args } = paginatedOf(spec());
        expect(operations.length).toBeGreaterThan(0);
        serve(operations);
        for (const op of operations) await walk(op, args);
      });
      return;
    }
    const { operations, args } = paginatedOf(spec);
    serve(operations);
    it("there are paginated operations (the test is not vacuous)", () => {
      expect(operations.length).toBeGreaterThan(0);
    });
    it.each(operations.map((op) => [`${op.resource}.${op.method} (${op.pagination!.style})`, op] as const))(
      "%s",
      (_name, op) => walk(op, args),
    );
  });
}

/**
 * One operation per resource (its first), sent over real HTTP with arguments from the description's examples: the
 * method, the path with every path argument in place (encoded), every query argument, and the JSON body exactly as
 * the model splits the arguments (spread fields, or the one under `bodyKey`).
 */
export function describeWireOperations(label: string, load: () => Promise<GeneratedPackage>, spec: string): void {
  const { model } = buildModel(loadDocument(spec));
  const all = model.resources.flatMap((r) => r.operations);
  const bodyKeys = new Map(
    all.flatMap((o) => (o.body?.bodyKey ? [[`${o.resource}.${o.method}`, o.body.bodyKey] as const] : [])),
  );
  const args = new Map(sdkOperations(loadSpec(spec), bodyKeys).map((o) => [`${o.resource}.${o.sdkMethod}`, o.args]));
  const firsts = model.resources.filter((r) => r.operations.length > 0).map((r) => r.operations[0]!);

  describe(`${label}: one operation of every resource on the wire`, () => {
    let server: TestServer;
    let sdk: GeneratedPackage;
    beforeAll(async () => {
      sdk = await load();
      server = await startServer(() => ({ body: { type: "list", data: [] } }));
    });
    afterAll(() => server?.close());

    it("covers every resource with operations", () => {
      expect(new Set(firsts.map((o) => o.resource))).toEqual(
        new Set(model.resources.filter((r) => r.operations.length).map((r) => r.path)),
      );
    });

    it.each(firsts.map((op) => [`${op.resource}.${op.method}`, op] as const))("%s", async (name, op) => {
      const params = structuredClone(args.get(name)) as Obj;
      const client = new sdk.Intercom({ token: "t", baseUrl: server.url, maxRetries: 0 });
      const resource = resourceAt(client, op.resource);
      const result = (resource[op.method] as (p: Obj) => PromiseLike<unknown>).call(resource, params);
      await result;
      const req = server.requests.at(-1)!;
      const url = new URL(req.url, "http://x");
      expect(req.method).toBe(op.httpMethod);
      const path = op.path.replace(/\{([^}]+)\}/g, (_, p: string) => encodeURIComponent(String(params[p])));
      expect(url.pathname).toBe(path);
      for (const q of op.params.filter(
        (p) => p.in === "query" && params[p.name] !== undefined && typeof params[p.name] !== "object",
      ))
        expect(url.searchParams.get(q.name), q.name).toBe(String(params[q.name]));
      const declared = new Set(op.params.map((p) => p.name));
      const body = op.body?.bodyKey
        ? params[op.body.bodyKey]
        : Object.fromEntries(Object.entries(params).filter(([k]) => !declared.has(k)));
      if (op.body?.mediaType === "json" && body !== undefined && Object.keys(body as Obj).length > 0)
        expect(JSON.parse(req.body)).toEqual(body);
      else if (!op.body) expect(req.body).toBe("");
    });
  });
}

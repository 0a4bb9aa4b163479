// The generated client end to end against a real local HTTP server: method, path, query, body, headers, result,
// and every paginated operation walked through its pages. Run against every committed version and against the
// versions test/versions/official-descriptions.test.ts adds, so one curation is proven on each of them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RecordedRequest, type TestServer } from "../runtime/server.js";

/** The generated package's public surface, as the committed 2.11 package types it. */
export type GeneratedPackage = typeof import("../../generated/2.11/src/index.js");

const company = { type: "company", id: "c1", name: "Blue Sun", company_id: "b1", app_id: "a" };
const contact = (id: string) => ({ type: "contact", id, role: "user" });
const company_ = (id: string) => ({ ...company, id });
const PER_PAGE = 2;
const TOTAL = 5; // three pages of 2, 2, 1

/** A page-number list as Intercom sends it: `next` only while more pages follow. */
function pageList(req: RecordedRequest, items: string, make: (id: string) => object) {
  const page = Number(new URL(req.url, "http://x").searchParams.get("page") ?? 1);
  const ids = Array.from({ length: TOTAL }, (_, i) => `p${i}`).slice((page - 1) * PER_PAGE, page * PER_PAGE);
  const totalPages = Math.ceil(TOTAL / PER_PAGE);
  const pages = {
    type: "pages",
    page,
    per_page: PER_PAGE,
    total_pages: totalPages,
    ...(page < totalPages ? { next: { page: page + 1 } } : {}),
  };
  return { body: { type: "list", [items]: ids.map(make), total_count: TOTAL, pages } };
}

/** A cursor list: the cursor is the index of the next item. */
function cursorList(after: string | null | undefined) {
  const start = Number(after ?? 0);
  const ids = Array.from({ length: TOTAL }, (_, i) => `k${i}`).slice(start, start + PER_PAGE);
  const next =
    start + PER_PAGE < TOTAL ? { page: start / PER_PAGE + 2, starting_after: String(start + PER_PAGE) } : undefined;
  return {
    body: {
      type: "list",
      data: ids.map(contact),
      total_count: TOTAL,
      pages: { type: "pages", per_page: PER_PAGE, ...(next ? { next } : {}) },
    },
  };
}

/** The resource at a dotted path of a client (`helpCenters.collections`): nested resources are properties. */
export function resourceAt(client: object, path: string): Record<string, unknown> {
  const resource = path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], client);
  if (typeof resource !== "object" || resource === null) throw new Error(`the client has no resource \`${path}\``);
  return resource as Record<string, unknown>;
}

export function describeGeneratedClient(label: string, load: () => Promise<GeneratedPackage>, version: string): void {
  describe(`generated client ${label} over HTTP`, () => {
    let server: TestServer;
    let sdk: GeneratedPackage;

    beforeAll(async () => {
      sdk = await load();
      server = await startServer((req) => {
        const url = new URL(req.url, "http://x");
        const path = url.pathname;
        if (path === "/contacts/missing")
          return {
            status: 404,
            body: { type: "error.list", request_id: "r-1", errors: [{ code: "not_found", message: "User Not Found" }] },
          };
        if (path === "/companies/list") return pageList(req, "data", company_);
        if (path === "/companies/c1/contacts") return pageList(req, "data", contact);
        if (path === "/contacts/k/companies" && req.method === "GET") return pageList(req, "data", company_);
        if (path === "/contacts" && req.method === "GET") return cursorList(url.searchParams.get("starting_after"));
        if (path === "/contacts/search")
          return cursorList(
            (JSON.parse(req.body) as { pagination?: { starting_after?: string } }).pagination?.starting_after,
          );
        if (path === "/companies/scroll") {
          const step = Number(url.searchParams.get("scroll_param")?.slice(1) ?? 0);
          const ids = Array.from({ length: TOTAL }, (_, i) => `s${i}`).slice(step * PER_PAGE, (step + 1) * PER_PAGE);
          return {
            body: {
              type: "list",
              data: ids.map(company_),
              pages: null,
              total_count: null,
              scroll_param: `s${step + 1}`,
            },
          };
        }
        if (path === "/contacts/x/companies") return { body: { ...company, id: "attached" } };
        if (path === "/companies/drifted") return { body: { ...company, website: 7 } };
        return { body: company };
      });
    });
    afterAll(() => server.close());

    const client = () => new sdk.Intercom({ token: "tok_123", baseUrl: server.url });
    const last = () => server.requests.at(-1)!;
    const sent = (n: number) =>
      server.requests.slice(-n).map((r) => `${r.method} ${r.url}${r.body ? ` ${r.body}` : ""}`);
    const collect = async <T>(items: AsyncIterable<T>) => {
      const out: T[] = [];
      for await (const item of items) out.push(item);
      return out;
    };

    it("find: GET with an encoded path parameter, auth, accept and version headers, typed result", async () => {
      const result = await client()
        .companies.find({ company_id: "a b/c" })
        .catch((e: unknown) => e);
      // `/` inside a path parameter is refused before any request, with the SDK's error for requests it cannot send.
      expect((result as Error).constructor).toBe(sdk.IntercomRequestError);
      expect((result as Error).message).toMatch(/company_id/);
      const before = server.requests.length;
      const found = await client().companies.find({ company_id: "a b" });
      expect(server.requests.length).toBe(before + 1);
      expect(found.name).toBe("Blue Sun");
      expect(last()).toMatchObject({ method: "GET", url: "/companies/a%20b", body: "" });
      expect(last().headers).toMatchObject({
        authorization: "Bearer tok_123",
        accept: "application/json",
        "intercom-version": version,
      });
    });

    it("retrieve: query parameters, absent ones left out", async () => {
      await client().companies.retrieve({ name: "Blue Sun", per_page: 5 });
      expect(last()).toMatchObject({ method: "GET", url: "/companies?name=Blue%20Sun&per_page=5" });
    });

    it("attachContact: path parameter in the path, the other fields as the JSON body", async () => {
      const attached = await client().companies.attachContact({ contact_id: "x", id: "c9" });
      expect(attached.id).toBe("attached");
      expect(last()).toMatchObject({ method: "POST", url: "/contacts/x/companies" });
      expect(last().headers["content-type"]).toMatch(/^application\/json/);
      expect(JSON.parse(last().body)).toEqual({ id: "c9" });
    });

    it("detachContact: two path parameters under the curation's names", async () => {
      await client().companies.detachContact({ contact_id: "k 1", company_id: "c_2" });
      expect(last()).toMatchObject({ method: "DELETE", url: "/contacts/k%201/companies/c_2", body: "" });
    });

    it("update: the body fields a version may not declare (curation fix) are sent", async () => {
      await client().companies.update({ company_id: "c1", name: "New", custom_attributes: { paid: true, seats: 3 } });
      expect(last()).toMatchObject({ method: "PUT", url: "/companies/c1" });
      expect(JSON.parse(last().body)).toEqual({ name: "New", custom_attributes: { paid: true, seats: 3 } });
    });

    it("archive: no body when the operation declares none", async () => {
      await client().contacts.archive({ contact_id: "k" });
      expect(last()).toMatchObject({ method: "POST", url: "/contacts/k/archive", body: "" });
      expect(last().headers["content-type"]).toBeUndefined();
    });

    it("standalone functions send the same request as the methods", async () => {
      await sdk.companiesFind(client(), { company_id: "c1" });
      expect(last()).toMatchObject({ method: "GET", url: "/companies/c1" });
    });

    it("validation: the class and createValidatingClient load the schemas themselves; createClient has none", async () => {
      const options = { token: "tok_123", baseUrl: server.url, validate: "throw" } as const;
      const strict = await new sdk.Intercom(options).companies.find({ company_id: "drifted" }).catch((e: unknown) => e);
      expect(strict).toBeInstanceOf(sdk.IntercomValidationError);
      expect(strict).toMatchObject({ operation: "companies.find" });
      expect((strict as { issues: { path: string; message: string }[] }).issues).toContainEqual(
        expect.objectContaining({ path: "website", message: "expected string, got number" }),
      );
      const standalone = sdk.createValidatingClient(options);
      expect(await sdk.companiesFind(standalone, { company_id: "drifted" }).catch((e: unknown) => e)).toBeInstanceOf(
        sdk.IntercomValidationError,
      );
      expect(await sdk.companiesFind(standalone, { company_id: "drifted" }, { validate: "off" })).toMatchObject({
        website: 7,
      });
      const plain = sdk.createClient({ token: "tok_123", baseUrl: server.url });
      expect(await sdk.companiesFind(plain, { company_id: "drifted" }, { validate: "throw" })).toMatchObject({
        website: 7,
      });
    });

    it("a non-2xx becomes the typed error with status, request id and errors", async () => {
      const error = await client()
        .contacts.find({ contact_id: "missing" })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(sdk.NotFoundError);
      expect(error).toMatchObject({
        status: 404,
        requestId: "r-1",
        errors: [{ code: "not_found", message: "User Not Found" }],
      });
    });

    describe("pagination: for await walks every page of every paginated operation", () => {
      it("companies.list (page number, POST with query)", async () => {
        const items = await collect(client().companies.list({ per_page: PER_PAGE }));
        expect(items.map((c) => c.id)).toEqual(["p0", "p1", "p2", "p3", "p4"]);
        expect(sent(3)).toEqual([
          "POST /companies/list?per_page=2",
          "POST /companies/list?page=2&per_page=2",
          "POST /companies/list?page=3&per_page=2",
        ]);
      });

      it("companies.listAttachedContacts (page number; the parameters the curation declares)", async () => {
        const items = await collect(client().companies.listAttachedContacts({ company_id: "c1", per_page: PER_PAGE }));
        expect(items.map((c) => c.id)).toEqual(["p0", "p1", "p2", "p3", "p4"]);
        expect(sent(3)).toEqual([
          "GET /companies/c1/contacts?per_page=2",
          "GET /companies/c1/contacts?page=2&per_page=2",
          "GET /companies/c1/contacts?page=3&per_page=2",
        ]);
      });

      it("contacts.listAttachedCompanies (page number, items under `data` as the recorded example has them)", async () => {
        const items = await collect(client().contacts.listAttachedCompanies({ contact_id: "k", per_page: PER_PAGE }));
        expect(items.map((c) => c.id)).toEqual(["p0", "p1", "p2", "p3", "p4"]);
        expect(sent(3)).toEqual([
          "GET /contacts/k/companies?per_page=2",
          "GET /contacts/k/companies?page=2&per_page=2",
          "GET /contacts/k/companies?page=3&per_page=2",
        ]);
      });

      it("contacts.list (cursor in the query)", async () => {
        const items = await collect(client().contacts.list({ per_page: PER_PAGE }));
        expect(items.map((c) => c.id)).toEqual(["k0", "k1", "k2", "k3", "k4"]);
        expect(sent(3)).toEqual([
          "GET /contacts?per_page=2",
          "GET /contacts?per_page=2&starting_after=2",
          "GET /contacts?per_page=2&starting_after=4",
        ]);
      });

      it("contacts.search (cursor in the body)", async () => {
        const query = { field: "role", operator: "=", value: "user" } as const;
        const items = await collect(client().contacts.search({ query, pagination: { per_page: PER_PAGE } }));
        expect(items.map((c) => c.id)).toEqual(["k0", "k1", "k2", "k3", "k4"]);
        const bodies = server.requests.slice(-3).map((r) => JSON.parse(r.body) as { pagination: object });
        expect(bodies.map((b) => b.pagination)).toEqual([
          { per_page: 2 },
          { per_page: 2, starting_after: "2" },
          { per_page: 2, starting_after: "4" },
        ]);
      });

      it("companies.scroll (scroll_param, ends on an empty page)", async () => {
        const items = await collect(client().companies.scroll());
        expect(items.map((c) => c.id)).toEqual(["s0", "s1", "s2", "s3", "s4"]);
        expect(sent(4)).toEqual([
          "GET /companies/scroll",
          "GET /companies/scroll?scroll_param=s1",
          "GET /companies/scroll?scroll_param=s2",
          "GET /companies/scroll?scroll_param=s3",
        ]);
      });
    });
  });
}

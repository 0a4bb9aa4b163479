import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { companiesFind, Intercom, NotFoundError } from "../generated/2.11/src/index.js";
import { startServer, type TestServer } from "./runtime/server.js";

// The generated client end to end against a real local HTTP server: method, path, query, body, headers, result.
let server: TestServer;
const company = { type: "company", id: "c1", name: "Blue Sun", company_id: "b1", app_id: "a" };

beforeAll(async () => {
  server = await startServer((req) => {
    const url = new URL(req.url, "http://x");
    if (url.pathname === "/contacts/missing") return { status: 404, body: { type: "error.list", request_id: "r-1", errors: [{ code: "not_found", message: "User Not Found" }] } };
    if (url.pathname === "/companies/list") {
      const page = Number(url.searchParams.get("page") ?? 1);
      return { body: { type: "list", data: [{ ...company, id: `c${page}` }], total_count: 2, pages: { type: "pages", page, per_page: 1, total_pages: 2, ...(page < 2 ? { next: { page: page + 1 } } : {}) } } };
    }
    if (url.pathname === "/contacts/x/companies") return { body: { ...company, id: "attached" } };
    return { body: company };
  });
});
afterAll(() => server.close());

const client = () => new Intercom({ token: "tok_123", baseUrl: server.url });
const last = () => server.requests.at(-1)!;

describe("generated client over HTTP", () => {
  it("find: GET with an encoded path parameter, auth, accept and version headers, typed result", async () => {
    const result = await client().companies.find({ company_id: "a b/c" }).catch((e: unknown) => e);
    expect(result).toBeInstanceOf(Error); // `/` inside a path parameter is refused before any request
    const found = await client().companies.find({ company_id: "a b" });
    expect(found.name).toBe("Blue Sun");
    expect(last()).toMatchObject({ method: "GET", url: "/companies/a%20b", body: "" });
    expect(last().headers).toMatchObject({ authorization: "Bearer tok_123", accept: "application/json", "intercom-version": "2.11" });
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

  it("update: the body fields the 2.11 description forgot (curation fix) are sent", async () => {
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
    await companiesFind(client(), { company_id: "c1" });
    expect(last()).toMatchObject({ method: "GET", url: "/companies/c1" });
  });

  it("list: for await walks every page", async () => {
    const ids: string[] = [];
    for await (const c of client().companies.list({ per_page: 1 })) ids.push(c.id);
    expect(ids).toEqual(["c1", "c2"]);
    expect(server.requests.slice(-2).map((r) => `${r.method} ${r.url}`)).toEqual(["POST /companies/list?per_page=1", "POST /companies/list?page=2&per_page=1"]);
  });

  it("a non-2xx becomes the typed error with status, request id and errors", async () => {
    const error = await client().contacts.find({ contact_id: "missing" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, requestId: "r-1", errors: [{ code: "not_found", message: "User Not Found" }] });
  });
});

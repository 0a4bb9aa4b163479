// `contacts.listAttachedCompanies` declares `items: [companies, data]`: the seed's "Contact Attached Companies" object
// (and the schema) put the list under `companies`, the description's one example under `data`. Whichever a server
// sends, `for await` must yield every company: reading the wrong one yields nothing and no error.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type TestServer } from "../runtime/server.js";
import { type GeneratedPackage, resourceAt } from "./client-suite.js";

const TOTAL = 5;
const PER_PAGE = 2;

/** The seed's shape: `{ type: "list", companies: [...], total_count, pages: { next: "<url>", page, total_pages } }`. */
function attachedCompanies(under: "companies" | "data", url: URL): Record<string, unknown> {
  const page = Number(url.searchParams.get("page") ?? 1);
  const totalPages = Math.ceil(TOTAL / PER_PAGE);
  const start = (page - 1) * PER_PAGE;
  const companies = Array.from({ length: Math.min(PER_PAGE, TOTAL - start) }, (_, i) => ({
    type: "company",
    id: `co${start + i}`,
  }));
  const next = page < totalPages ? `http://example.com${url.pathname}?page=${page + 1}` : null;
  return {
    type: "list",
    [under]: companies,
    total_count: TOTAL,
    pages: { type: "pages", page, next, per_page: PER_PAGE, total_pages: totalPages },
  };
}

export function describeAttachedCompanies(label: string, load: () => Promise<GeneratedPackage>): void {
  describe(`${label}: contacts.listAttachedCompanies yields every company wherever the server puts the list`, () => {
    let server: TestServer;
    let sdk: GeneratedPackage;
    let under: "companies" | "data" = "companies";
    beforeAll(async () => {
      sdk = await load();
      server = await startServer((req) => ({ body: attachedCompanies(under, new URL(req.url, "http://x")) }));
    });
    afterAll(() => server?.close());

    it.each(["companies", "data"] as const)("under `%s`", async (key) => {
      under = key;
      const before = server.requests.length;
      const client = new sdk.Intercom({ token: "t", baseUrl: server.url, maxRetries: 0 });
      const contacts = resourceAt(client, "contacts");
      const list = contacts["listAttachedCompanies"] as (p: object) => AsyncIterable<{ id: string }>;
      const ids: string[] = [];
      for await (const company of list.call(contacts, { contact_id: "c 1" })) ids.push(company.id);
      expect(ids).toEqual(["co0", "co1", "co2", "co3", "co4"]);
      expect(server.requests.slice(before).map((r) => r.url)).toEqual([
        "/contacts/c%201/companies",
        "/contacts/c%201/companies?page=2",
        "/contacts/c%201/companies?page=3",
      ]);
    });
  });
}

// A tiny in-memory stand-in for the Intercom API (node:http, no dependencies), so the example runs offline.
// It implements just what index.js calls and records every request it receives.
import { createServer } from "node:http";

const COMPANY_DEFAULTS = { type: "company", app_id: "example-app", created_at: 1719492732, updated_at: 1719492732 };
const CONTACTS = ["Ada", "Grace", "Alan", "Edsger", "Barbara"].map((name, i) => ({
  type: "contact",
  id: `contact-${i + 1}`,
  role: "user",
  name,
  email: `${name.toLowerCase()}@example.com`,
}));

/** @param {import("node:http").ServerResponse} res @param {number} status @param {unknown} body */
function send(res, status, body) {
  res.writeHead(status, { "content-type": "application/json", "x-request-id": `req-${Date.now()}` });
  res.end(JSON.stringify(body));
}

/** @param {string} code @param {string} message */
const errorList = (code, message) => ({ type: "error.list", request_id: "req-example", errors: [{ code, message }] });

/** Starts the fake on a free loopback port. */
export async function startFakeIntercom() {
  /** @type {Map<string, Record<string, unknown>>} */
  const companies = new Map();
  /** @type {string[]} */
  const requests = [];

  const server = createServer((req, res) => {
    let raw = "";
    req.on("data", (chunk) => (raw += chunk));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://localhost");
      requests.push(`${req.method} ${url.pathname}${url.search}`);
      if (req.headers.authorization !== "Bearer example-token")
        return send(res, 401, errorList("unauthorized", "Access Token Invalid"));

      const companyMatch = /^\/companies\/([^/]+)$/.exec(url.pathname);
      if (req.method === "POST" && url.pathname === "/companies") {
        const input = JSON.parse(raw || "{}");
        const company = { ...COMPANY_DEFAULTS, id: `company-${companies.size + 1}`, ...input };
        companies.set(company.id, company);
        return send(res, 200, company);
      }
      if (req.method === "GET" && companyMatch) {
        const company = companies.get(decodeURIComponent(companyMatch[1] ?? ""));
        return company ? send(res, 200, company) : send(res, 404, errorList("company_not_found", "Company Not Found"));
      }
      if (req.method === "GET" && url.pathname === "/contacts") {
        // Cursor pagination as Intercom does it: pages.next.starting_after points at the next page.
        const perPage = Number(url.searchParams.get("per_page") ?? 50);
        const after = url.searchParams.get("starting_after");
        const start = after ? CONTACTS.findIndex((c) => c.id === after) + 1 : 0;
        const data = CONTACTS.slice(start, start + perPage);
        const last = data.at(-1);
        const more = start + perPage < CONTACTS.length && last !== undefined;
        const pages = {
          type: "pages",
          page: Math.floor(start / perPage) + 1,
          per_page: perPage,
          total_pages: Math.ceil(CONTACTS.length / perPage),
          ...(more ? { next: { per_page: perPage, starting_after: last.id } } : {}),
        };
        return send(res, 200, { type: "list", data, total_count: CONTACTS.length, pages });
      }
      send(res, 404, errorList("not_found", `No route for ${req.method} ${url.pathname}`));
    });
  });

  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const address = /** @type {import("node:net").AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    /** @returns {Promise<void>} */
    close: () => new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

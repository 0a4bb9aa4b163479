// A fake Intercom on 127.0.0.1 for the request and pagination benchmarks: node server.mjs <totalItems>
// Prints {"port": n} once listening. Pages hold `per_page` items (default 50) out of <totalItems>.
import { createServer } from "node:http";

const TOTAL = Number(process.argv[2] ?? 100_000);

const company = (i) => ({
  type: "company",
  id: `6762f0${String(i).padStart(18, "0")}`,
  name: `Company ${i}`,
  app_id: "this_is_an_id",
  company_id: `remote_${i}`,
  remote_created_at: 1734537242,
  created_at: 1734537242,
  updated_at: 1734537242,
  monthly_spend: 100,
  session_count: 3,
  user_count: 2,
  plan: { type: "plan", id: "269315", name: "Pro" },
  tags: { type: "tag.list", tags: [] },
  segments: { type: "segment.list", segments: [] },
  custom_attributes: { industry: "Software", seats: i % 97 },
});

/** Items [offset, offset + perPage) as a JSON array body fragment. */
const items = (offset, perPage) =>
  Array.from({ length: Math.max(0, Math.min(perPage, TOTAL - offset)) }, (_, k) => company(offset + k));

function route(method, url) {
  const q = url.searchParams;
  const perPage = Number(q.get("per_page") ?? 50);
  const pages = Math.ceil(TOTAL / perPage);
  if (method === "GET" && url.pathname.startsWith("/companies/") && url.pathname !== "/companies/scroll") {
    return company(1);
  }
  if (method === "POST" && url.pathname === "/companies/list") {
    const page = Number(q.get("page") ?? 1);
    const next = page < pages ? `${url.origin}/companies/list?page=${page + 1}&per_page=${perPage}` : null;
    return {
      type: "list",
      data: items((page - 1) * perPage, perPage),
      pages: { type: "pages", next, page, per_page: perPage, total_pages: pages },
      total_count: TOTAL,
    };
  }
  if (method === "GET" && url.pathname === "/contacts") {
    const offset = Number((q.get("starting_after") ?? "c0").slice(1));
    const end = offset + perPage;
    const next = end < TOTAL ? { per_page: perPage, starting_after: `c${end}` } : undefined;
    return {
      type: "list",
      data: items(offset, perPage).map((c) => ({
        ...c,
        type: "contact",
        role: "user",
        email: `${c.company_id}@example.com`,
      })),
      total_count: TOTAL,
      pages: {
        type: "pages",
        ...(next && { next }),
        page: offset / perPage + 1,
        per_page: perPage,
        total_pages: pages,
      },
    };
  }
  if (method === "GET" && url.pathname === "/companies/scroll") {
    const offset = Number((q.get("scroll_param") ?? "s0").slice(1));
    return {
      type: "list",
      data: items(offset, perPage),
      pages: null,
      total_count: null,
      scroll_param: `s${offset + perPage}`,
    };
  }
  return undefined;
}

const server = createServer((req, res) => {
  req.resume();
  req.on("end", () => {
    const body = route(req.method, new URL(req.url, `http://${req.headers.host}`));
    const text = JSON.stringify(body ?? { type: "error.list", errors: [{ code: "not_found", message: "no route" }] });
    res.writeHead(body ? 200 : 404, { "Content-Type": "application/json", "Content-Length": Buffer.byteLength(text) });
    res.end(text);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => console.log(JSON.stringify({ port: server.address().port })));

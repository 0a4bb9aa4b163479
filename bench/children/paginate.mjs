// Walks every item of one pagination style, with the generated client or a hand-written fetch loop, and
// samples memory. Run with --expose-gc: node --expose-gc paginate.mjs <baseUrl> <dist/index.js> <page|cursor|scroll> <sdk|fetch> <total>
// Prints {"ms", "items", "peakHeap", "peakRss", "growth"} (bytes; peaks relative to the start, growth = heap
// after a full GC at the end minus after a full GC at 10 % of the items).
import { pathToFileURL } from "node:url";

const [baseUrl, dist, style, impl, totalArg] = process.argv.slice(2);
const TOTAL = Number(totalArg);
const PER_PAGE = 50;
const { Intercom } = await import(pathToFileURL(dist).href);
const intercom = new Intercom({ token: "bench-token", baseUrl });
const headers = {
  Accept: "application/json",
  "Intercom-Version": "2.11",
  "User-Agent": "bench",
  Authorization: "Bearer bench-token",
};

async function get(path, method = "GET") {
  const res = await fetch(`${baseUrl}${path}`, { method, headers });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.json();
}

/** The same pages, by hand: what a user would write without a client. */
async function* byHand() {
  if (style === "page") {
    for (let page = 1; ; page++) {
      const body = await get(`/companies/list?page=${page}&per_page=${PER_PAGE}`, "POST");
      yield* body.data;
      if (body.data.length === 0 || page >= body.pages.total_pages) return;
    }
  }
  if (style === "cursor") {
    let after = "";
    do {
      const body = await get(
        `/contacts?per_page=${PER_PAGE}${after && `&starting_after=${encodeURIComponent(after)}`}`,
      );
      yield* body.data;
      after = body.pages?.next?.starting_after ?? "";
    } while (after);
  }
  if (style === "scroll") {
    let param = "";
    for (;;) {
      const body = await get(`/companies/scroll${param && `?scroll_param=${encodeURIComponent(param)}`}`);
      if (body.data.length === 0) return;
      yield* body.data;
      param = body.scroll_param;
    }
  }
}

const viaClient = {
  page: () => intercom.companies.list({ per_page: PER_PAGE }),
  cursor: () => intercom.contacts.list({ per_page: PER_PAGE }),
  scroll: () => intercom.companies.scroll(),
};

globalThis.gc();
const start = process.memoryUsage();
let peakHeap = start.heapUsed;
let peakRss = start.rss;
let heapAt10 = 0;
let items = 0;
let checksum = 0;
const started = performance.now();
for await (const item of impl === "sdk" ? viaClient[style]() : byHand()) {
  items++;
  checksum += item.id.length; // touch every item
  if (items % PER_PAGE === 0) {
    const m = process.memoryUsage();
    if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
    if (m.rss > peakRss) peakRss = m.rss;
  }
  if (items === TOTAL / 10) (globalThis.gc(), (heapAt10 = process.memoryUsage().heapUsed));
}
const elapsed = performance.now() - started;
globalThis.gc();
const end = process.memoryUsage().heapUsed;
if (items !== TOTAL || checksum !== TOTAL * 24)
  throw new Error(`${impl} ${style}: got ${items} items, expected ${TOTAL}`);
console.log(
  JSON.stringify({
    ms: elapsed,
    items,
    peakHeap: peakHeap - start.heapUsed,
    peakRss: peakRss - start.rss,
    growth: end - heapAt10,
  }),
);

// Table 4: 100 000 items through each pagination style, generated client vs a hand-written fetch loop,
// each run in its own `node --expose-gc` process, with time and memory.
import { join } from "node:path";
import { CHILDREN, log, mb, median, ms, NODE, PKG, ratio, runJson, type Section, startServer, table } from "./lib.js";

const TOTAL = 100_000;
const RUNS = 3;
/** "Flat": the heap after a full GC at the end is within this of the heap after a full GC at 10 % of the items. */
const FLAT_BYTES = 2 * 1024 * 1024;

const STYLES = [
  { style: "page", op: "`companies.list` (page number)" },
  { style: "cursor", op: "`contacts.list` (cursor)" },
  { style: "scroll", op: "`companies.scroll` (scroll)" },
] as const;

interface Sample {
  ms: number;
  peakHeap: number;
  peakRss: number;
  growth: number;
}

export async function benchPagination(): Promise<Section> {
  const server = await startServer(TOTAL);
  const samples = new Map<string, Sample[]>();
  try {
    for (let round = 0; round < RUNS; round++) {
      for (const { style } of STYLES) {
        for (const impl of round % 2 ? ["fetch", "sdk"] : ["sdk", "fetch"]) {
          const args = [
            "--expose-gc",
            join(CHILDREN, "paginate.mjs"),
            server.url,
            join(PKG, "dist", "index.js"),
            style,
            impl,
            String(TOTAL),
          ];
          const s = await runJson<Sample>(NODE, args);
          samples.set(`${style}/${impl}`, [...(samples.get(`${style}/${impl}`) ?? []), s]);
        }
      }
      log(`pagination: round ${round + 1}/${RUNS} done`);
    }
  } finally {
    server.stop();
  }
  const med = (key: string, field: keyof Sample) => median(samples.get(key)!.map((s) => s[field]));
  const rows: string[][] = [];
  let worstGrowth = 0;
  let worstTime = 0;
  for (const { style, op } of STYLES) {
    for (const impl of ["sdk", "fetch"]) {
      const key = `${style}/${impl}`;
      // Paired: each sdk run against the fetch run right next to it (same round), so load drift cancels out.
      const fetchRuns = samples.get(`${style}/fetch`)!;
      const time = median(samples.get(key)!.map((s, i) => s.ms / fetchRuns[i]!.ms));
      if (impl === "sdk")
        ((worstGrowth = Math.max(worstGrowth, med(key, "growth"))), (worstTime = Math.max(worstTime, time)));
      rows.push([
        impl === "sdk" ? op : "↳ hand-written fetch loop",
        ms(med(key, "ms")),
        ratio(time),
        mb(med(key, "peakHeap")),
        mb(med(key, "peakRss")),
        mb(med(key, "growth")),
      ]);
    }
  }
  const body = [
    `${TOTAL.toLocaleString("en-US")} items in pages of 50 (2 000 requests per run) from the local fake server; each`,
    `run is a separate \`node --expose-gc\` process touching every item; medians of ${RUNS} runs, sdk/fetch order`,
    "alternating. Memory is sampled (`process.memoryUsage()`) after every page: peaks are relative to the heap/RSS after a",
    'full GC at the start; "growth" is the heap after a full GC at the end minus after a full GC at 10 % of the items',
    "(what a leak would show; ≈ 0 means flat).",
    "",
    table(
      [
        "operation",
        "median time",
        "÷ fetch loop (paired median)",
        "peak heap Δ",
        "peak RSS Δ",
        "heap growth 10 % → 100 % (after GC)",
      ],
      rows,
    ),
  ].join("\n");
  const flat = worstGrowth <= FLAT_BYTES;
  const verdict =
    `Target: memory flat (growth ≤ ${mb(FLAT_BYTES)}): worst growth ${mb(worstGrowth)} — ${flat ? "met" : "missed"}; ` +
    `time is up to ${ratio(worstTime)} the hand-written loop's.`;
  return { title: "4. Pagination: 100 000 items", body, verdict };
}

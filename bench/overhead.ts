// Table 3: per-request overhead of the generated client vs raw fetch, against a local node:http server.
import { join } from "node:path";
import { CHILDREN, fmt, log, median, NODE, PKG, runJson, type Section, startServer, table } from "./lib.js";

const ROUNDS = 20;
const PER_BATCH = 500;
const TARGET = 0.05;

export async function benchOverhead(): Promise<Section> {
  const server = await startServer(1);
  let result: { raw: number[]; sdk: number[] };
  try {
    const args = [
      join(CHILDREN, "overhead.mjs"),
      server.url,
      join(PKG, "dist", "index.js"),
      String(ROUNDS),
      String(PER_BATCH),
    ];
    result = await runJson(NODE, args);
  } finally {
    server.stop();
  }
  log("overhead: done");
  const raw = median(result.raw);
  const sdk = median(result.sdk);
  // Paired: each round's sdk batch against the raw batch run right next to it, so load drift cancels out.
  const paired = median(result.sdk.map((s, i) => s / result.raw[i]!)) - 1;
  const pct = (x: number) => `${x >= 0 ? "+" : ""}${(x * 100).toFixed(1)} %`;
  const rows = [
    ["raw `fetch` + `res.json()`", fmt(raw, 1), fmt(Math.min(...result.raw), 1), "", ""],
    [
      "`new Intercom({ token, baseUrl }).companies.find`",
      fmt(sdk, 1),
      fmt(Math.min(...result.sdk), 1),
      fmt(sdk - raw, 1),
      pct(paired),
    ],
  ];
  const body = [
    `Server and client in separate processes on 127.0.0.1, one request at a time, keep-alive (undici's default).`,
    `${ROUNDS} rounds of ${PER_BATCH} \`GET /companies/{id}\` per variant after 3 × 500 warm-up requests each; batches`,
    `alternate (raw/sdk, then sdk/raw…). Both send the same headers and parse the same ~500-byte JSON body. The overhead`,
    `is the median of the per-round ratios sdk ÷ raw (paired, robust to drift); the server's time is in both.`,
    "",
    table(["variant", "median µs/request", "best batch µs/request", "overhead µs", "overhead (paired median)"], rows),
  ].join("\n");
  const verdict =
    `Target ≤ ${TARGET * 100} % overhead: ${pct(paired)} (${fmt(sdk - raw, 1)} µs/request)` +
    (paired <= TARGET ? " — met." : " — missed.");
  return { title: "3. Per-request overhead", body, verdict };
}

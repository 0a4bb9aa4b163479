// Table 3: per-request overhead of the generated client and of the peers' clients vs raw fetch, one run, against
// the same route of a local node:http server.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { FULL_OUTPUTS, patchedFullSpec } from "./generate.js";
import { CHILDREN, fmt, log, median, NODE, PKG, run, runJson, type Section, startServer, table, TMP } from "./lib.js";

const ROUNDS = 20;
const PER_BATCH = 500;
const TARGET = 0.05;

const VARIANTS: [key: string, name: string][] = [
  ["raw", "raw `fetch` + `res.json()`"],
  ["sdk", "ours: `new Intercom({ token, baseUrl }).companies.find`"],
  ["openapi-fetch", 'openapi-fetch 0.17: `client.GET("/companies/{company_id}")`'],
  ["hey", "@hey-api/openapi-ts 0.95 fetch client: `retrieveACompanyById`"],
  ["official", "intercom-client 7.0.3 (official): `companies.find`"],
];

/** hey-api's output is TypeScript: bundled to one ES module for node (its client included). */
async function heyBundle(): Promise<string> {
  if (!existsSync(FULL_OUTPUTS.hey)) {
    log("overhead: generating the hey-api client first");
    await run(NODE, [join(CHILDREN, "heyapi.mjs"), patchedFullSpec(), FULL_OUTPUTS.hey]);
  }
  const dir = join(TMP, "overhead");
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, "hey-entry.ts");
  writeFileSync(
    entry,
    `export { client } from ${JSON.stringify(join(FULL_OUTPUTS.hey, "client.gen.ts"))};\n` +
      `export { retrieveACompanyById } from ${JSON.stringify(join(FULL_OUTPUTS.hey, "sdk.gen.ts"))};\n`,
  );
  const out = join(dir, "hey.mjs");
  await build({ entryPoints: [entry], outfile: out, bundle: true, format: "esm", platform: "node", logLevel: "error" });
  return out;
}

export async function benchOverhead(): Promise<Section> {
  const hey = await heyBundle();
  const server = await startServer(1);
  let result: Record<string, number[]>;
  try {
    const args = [join(CHILDREN, "overhead.mjs"), server.url, join(PKG, "dist", "index.js"), hey];
    result = await runJson(NODE, [...args, String(ROUNDS), String(PER_BATCH)]);
  } finally {
    server.stop();
  }
  log("overhead: done");
  const raw = result["raw"]!;
  // Paired: each round's batch against the raw batch of the same round, so load drift cancels out.
  const paired = (key: string) => median(result[key]!.map((s, i) => s / raw[i]!)) - 1;
  const pct = (x: number) => `${x >= 0 ? "+" : ""}${(x * 100).toFixed(1)} %`;
  const rows = VARIANTS.map(([key, name]) => {
    const xs = result[key]!;
    return [
      name,
      fmt(median(xs), 1),
      fmt(Math.min(...xs), 1),
      key === "raw" ? "" : fmt(median(xs) - median(raw), 1),
      key === "raw" ? "" : pct(paired(key)),
    ];
  });
  const body = [
    `Server and client in separate processes on 127.0.0.1, one request at a time, keep-alive (undici's default).`,
    `${ROUNDS} rounds of ${PER_BATCH} \`GET /companies/{id}\` per variant after 1,500 warm-up requests each, all`,
    `variants in one process, interleaved request by request (each step calls every variant once, the order rotating`,
    `every step), so that load from other processes hits every variant alike. All send the same headers and parse the same ~500-byte`,
    `JSON body; the peers run with their defaults (the official client: retries and timeouts on, like ours). The`,
    `overhead is the median of the per-round ratios variant ÷ raw (paired, robust to drift); the server's time is in all.`,
    "",
    table(["variant", "median µs/request", "best round µs/request", "overhead µs", "overhead (paired median)"], rows),
  ].join("\n");
  const ours = paired("sdk");
  const peers = VARIANTS.slice(2).map(([key]) => [key, paired(key)] as const);
  const beaten = peers.filter(([, p]) => ours < p).map(([k]) => k);
  const verdict =
    `Target ≤ ${TARGET * 100} % overhead and below every peer: ${pct(ours)} (${fmt(median(result["sdk"]!) - median(raw), 1)} µs/request)` +
    ` — ${ours <= TARGET && beaten.length === peers.length ? "met" : "missed"}; peers: ${peers.map(([k, p]) => `${k} ${pct(p)}`).join(", ")}.`;
  return { title: "3. Per-request overhead", body, verdict };
}

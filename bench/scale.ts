// Table 6: scale — GitHub's current description (from @octokit/openapi, installed on demand): generation time and
// peak memory beside openapi-typescript, and tsc time of each output.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { NO_CACHE, OURS, TIMING_HEAD, timeTools, timingRows, type Tool } from "./generate.js";
import {
  installPeers,
  log,
  median,
  ms,
  NODE,
  PEERS,
  PEERS_DIR,
  ratio,
  ROOT,
  run,
  type Section,
  table,
  TMP,
  TSC,
} from "./lib.js";
import { COMPILER_OPTIONS } from "./typecheck.js";

const RUNS = 3;
const COLD_RUNS = 2;
const TSC_RUNS = 2;

export async function benchScale(): Promise<Section> {
  await installPeers();
  const spec = join(PEERS_DIR, "node_modules", "@octokit", "openapi", "generated", "api.github.com.json");
  const out = (name: string) => join(TMP, "gen", name);
  const oatFile = join(out("github-oat"), "schema.ts");
  const tools: Tool[] = [
    {
      key: "cold",
      name: "ours (`--lenient --no-build`), caches off",
      runs: COLD_RUNS,
      out: out("github-ours-cold"),
      args: [...OURS, "--spec", spec, "--out", out("github-ours-cold"), "--lenient", "--no-build"],
      env: NO_CACHE,
      noWarmUp: true,
    },
    {
      key: "ours",
      name: "ours, the same, caches warm",
      runs: RUNS,
      out: out("github-ours"),
      args: [...OURS, "--spec", spec, "--out", out("github-ours"), "--lenient", "--no-build"],
    },
    {
      key: "oat",
      name: "openapi-typescript 7.13 (CLI)",
      runs: RUNS,
      out: out("github-oat"),
      args: [join(ROOT, "node_modules", "openapi-typescript", "bin", "cli.js"), spec, "-o", oatFile],
    },
  ];
  const results = await timeTools("scale", tools, RUNS);
  const med = (key: string) => {
    const xs = results.get(tools.find((t) => t.key === key)!)!.ms;
    return xs.length ? median(xs) : NaN;
  };
  const peak = (key: string) => median(results.get(tools.find((t) => t.key === key)!)!.peakRss);

  // tsc of each output, interleaved, against an empty project.
  const dir = join(TMP, "tsc");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "empty.ts"), "export {};\n");
  const targets = [
    { key: "empty", name: "empty project (baseline)", include: join(dir, "empty.ts") },
    { key: "ours", name: "ours (`src/`)", include: join(out("github-ours"), "src") },
    { key: "oat", name: "openapi-typescript output (types only)", include: oatFile },
  ].map((t) => {
    const config = join(dir, `github-${t.key}.json`);
    const include = [relative(dir, t.include) + (t.include.endsWith(".ts") ? "" : "/**/*.ts")];
    writeFileSync(config, JSON.stringify({ compilerOptions: COMPILER_OPTIONS, include }, null, 2));
    return { ...t, config, times: [] as number[], errors: 0 };
  });
  for (let round = 0; round < TSC_RUNS; round++)
    for (const t of targets) {
      const r = await run(NODE, [TSC, "-p", t.config]);
      t.errors = (r.stdout.match(/error TS\d+/g) ?? []).length;
      t.times.push(r.ms);
    }
  log("scale: tsc done");
  const tsc = (key: string) => median(targets.find((t) => t.key === key)!.times);
  const empty = tsc("empty");
  const tscRows = targets.map((t) => [
    t.name,
    ms(tsc(t.key)),
    ms(tsc(t.key) - empty),
    t.key === "empty" ? "" : ratio((tsc(t.key) - empty) / (tsc("ours") - empty)),
    `${t.errors}`,
  ]);
  const body = [
    `Input: \`api.github.com.json\` from @octokit/openapi ${PEERS["@octokit/openapi"]} (installed on demand into`,
    "`.tmp/bench/peers`, not a dependency of `npm ci`), unchanged. Generation as in table 1 (one process per run,",
    `interleaved, warm-up round discarded; ${COLD_RUNS} runs with the caches off).`,
    "",
    table(TIMING_HEAD, timingRows(tools, results, med("cold"))),
    "",
    `Type-checking each output: \`tsc -p\` with the compilerOptions of table 2, ${TSC_RUNS} runs each, interleaved.`,
    "",
    table(["project", "median", "over baseline", "over baseline ÷ ours", "type errors"], tscRows),
  ].join("\n");
  const verdict =
    `Target: like for like (caches off), at most 1.5× openapi-typescript's time — ` +
    `${med("cold") <= 1.5 * med("oat") ? "met" : "missed"}: ours takes ${ratio(med("cold") / med("oat"))} of it, ` +
    `and ${ratio(med("ours") / med("oat"))} with warm caches; peak memory ${ratio(peak("cold") / peak("oat"))} ` +
    `of theirs (caches off); tsc of our output ${ratio((tsc("ours") - empty) / (tsc("oat") - empty))} of theirs over the baseline.`;
  return { title: "6. Scale: GitHub's description", body, verdict };
}

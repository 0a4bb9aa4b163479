// Table 1: generation time of the full 2.11 description, ours vs openapi-typescript, @hey-api/openapi-ts and orval.
// Every run is its own process, tools interleaved round by round, one warm-up round discarded.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  CHILDREN,
  installPeers,
  mb,
  PEERS,
  PEERS_DIR,
  CURATED_SPEC,
  FULL_SPEC,
  kb,
  log,
  median,
  ms,
  NODE,
  ratio,
  ROOT,
  run,
  type Section,
  sizeOf,
  table,
  TMP,
} from "./lib.js";
import { CODE_CACHE } from "../generator/code-cache.mjs";

const RUNS = 5;
/** The slowest row: fewer runs, and no warm-up of its own. */
const RUNS_WITH_BUILD = 2;

/**
 * The official description `$ref`s `#/components/schemas/custom_attributes` without defining it; the peers
 * refuse such input. Every tool (ours included) gets the same copy with `custom_attributes: { type: object }`.
 */
export function patchedFullSpec(): string {
  const text = readFileSync(FULL_SPEC, "utf8");
  const out = join(TMP, "input", "intercom-2.11.patched.yaml");
  mkdirSync(join(TMP, "input"), { recursive: true });
  const anchor = "\ncomponents:\n  schemas:\n";
  if (!text.includes(anchor)) throw new Error(`${FULL_SPEC}: no components.schemas to patch`);
  const missing = !/\n {4}custom_attributes:\n/.test(text.slice(text.indexOf(anchor)));
  writeFileSync(out, missing ? text.replace(anchor, `${anchor}    custom_attributes:\n      type: object\n`) : text);
  return out;
}

export interface Tool {
  key: string;
  name: string;
  runs: number;
  out: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /** Skip the warm-up round (round 0). */
  noWarmUp?: boolean;
  /** Run before each of its runs (outside the timing). */
  before?: () => void;
}

export interface Timings {
  ms: number[];
  peakRss: number[];
  failure?: string;
}

/** package.json's `npm run generate`. */
const GENERATE_SCRIPT = (
  JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
    scripts: Record<string, string>;
  }
).scripts["generate"]!;
/** Our generator as `npm run generate` runs it: node's flags from package.json, then the compiled module (launch.mjs). */
export const OURS = ((): string[] => {
  const [node, ...args] = GENERATE_SCRIPT.split(/\s+/);
  if (node !== "node")
    throw new Error(`package.json's "generate" script does not start with \`node\`: ${GENERATE_SCRIPT}`);
  return args.map((arg) => (arg.startsWith("-") ? arg : join(ROOT, arg)));
})();
/** Our caches (parse, emit, prettier) off: what a first run, or a run after every input changed, costs. */
export const NO_CACHE = { ...process.env, INTERCOM_SDK_CACHE: "0" };

/** Runs the tools interleaved, round by round; round 0 is a discarded warm-up (disk cache, and our caches). */
export async function timeTools(label: string, tools: Tool[], rounds: number): Promise<Map<Tool, Timings>> {
  const results = new Map<Tool, Timings>(tools.map((t) => [t, { ms: [], peakRss: [] }]));
  for (let round = 0; round <= rounds; round++) {
    for (const tool of tools) {
      const r0 = results.get(tool)!;
      if (round > tool.runs || r0.failure || (round === 0 && tool.noWarmUp)) continue;
      tool.before?.();
      const r = await run(NODE, tool.args, tool.env ? { env: tool.env } : {});
      if (r.code !== 0) {
        r0.failure = (r.stderr || r.stdout).trim().split("\n").slice(0, 3).join(" ").slice(0, 200);
        log(`${label}: ${tool.name} FAILED: ${r0.failure}`);
        continue;
      }
      if (round > 0) (r0.ms.push(r.ms), r0.peakRss.push(r.peakRss));
    }
    log(`${label}: round ${round}/${rounds} done`);
  }
  return results;
}

/** Table rows: tool, runs, median, min – max, ÷ base, peak memory, output size. */
export function timingRows(tools: Tool[], results: Map<Tool, Timings>, base: number): string[][] {
  return tools.map((t) => {
    const { ms: xs, peakRss, failure } = results.get(t)!;
    if (failure || xs.length === 0) return [t.name, "—", "—", "—", "—", "—", `failed: ${failure ?? "no run"}`];
    const size = t.out ? sizeOf(t.out) : undefined;
    return [
      t.name,
      `${xs.length}`,
      ms(median(xs)),
      `${ms(Math.min(...xs))} – ${ms(Math.max(...xs))}`,
      ratio(median(xs) / base),
      mb(median(peakRss)),
      size ? `${size.files} file${size.files === 1 ? "" : "s"}, ${kb(size.bytes)}` : "",
    ];
  });
}

export const TIMING_HEAD = ["tool", "runs", "median", "min – max", "÷ ours", "peak RSS (median)", "output"];

const out = (name: string) => join(TMP, "gen", name);
/** Where the full-2.11 outputs land, for the type-check and bundle tables. */
export const FULL_OUTPUTS = { ours: out("ours-full"), oat: join(out("oat"), "schema.ts"), hey: out("hey") };

export async function benchGenerate(): Promise<Section> {
  await installPeers();
  const spec = patchedFullSpec();
  const full = (dir: string) => ["--spec", spec, "--out", out(dir), "--lenient"];
  const tools: Tool[] = [
    {
      key: "cold",
      name: "ours, full 2.11 (`--lenient --no-build`), caches off (a first run)",
      runs: RUNS,
      out: out("ours-full-cold"),
      args: [...OURS, ...full("ours-full-cold"), "--no-build"],
      env: NO_CACHE,
    },
    {
      key: "first",
      name: "ours, the same, and no compiled package code saved (the first run after `npm ci`)",
      runs: RUNS,
      out: out("ours-full-first"),
      args: [...OURS, ...full("ours-full-first"), "--no-build"],
      env: NO_CACHE,
      before: () => rmSync(CODE_CACHE, { recursive: true, force: true }),
    },
    {
      key: "ours",
      name: "ours, the same, caches warm (every later run of an unchanged input)",
      runs: RUNS,
      out: out("ours-full"),
      args: [...OURS, ...full("ours-full"), "--no-build"],
    },
    {
      key: "built",
      name: "ours, full 2.11 (`--lenient`, with tsc build), caches warm",
      runs: RUNS_WITH_BUILD,
      out: out("ours-full-built"),
      args: [...OURS, ...full("ours-full-built")],
      noWarmUp: true,
    },
    {
      key: "oat",
      name: "openapi-typescript 7.13 (CLI)",
      runs: RUNS,
      out: out("oat"),
      args: [join(ROOT, "node_modules", "openapi-typescript", "bin", "cli.js"), spec, "-o", FULL_OUTPUTS.oat],
    },
    {
      key: "hey",
      name: "@hey-api/openapi-ts 0.95 (`createClient`, default plugins)",
      runs: RUNS,
      out: out("hey"),
      args: [join(CHILDREN, "heyapi.mjs"), spec, out("hey")],
    },
    {
      key: "orval",
      name: `orval ${PEERS.orval} (CLI, default fetch client)`,
      runs: RUNS,
      out: out("orval"),
      args: [
        join(PEERS_DIR, "node_modules", "orval", "dist", "bin", "orval.mjs"),
        "--input",
        spec,
        "--output",
        join(out("orval"), "api.ts"),
      ],
    },
    {
      key: "curated",
      name: "ours, curated spec/2.11 (`--no-build`), caches warm",
      runs: RUNS,
      out: out("ours-curated"),
      args: [...OURS, "--spec", CURATED_SPEC, "--out", out("ours-curated"), "--no-build"],
    },
    {
      key: "node",
      name: "(reference) `node` of an empty script",
      runs: RUNS,
      out: "",
      args: ["-e", ""],
    },
  ];
  const results = await timeTools("generate", tools, RUNS);
  const med = (key: string) => {
    const xs = results.get(tools.find((t) => t.key === key)!)!.ms;
    return xs.length ? median(xs) : NaN;
  };
  // The headline is like for like: the peers keep no cache between runs, so neither does ours.
  const base = med("cold");
  const peers = [
    ["openapi-typescript", med("oat")],
    ["hey-api", med("hey")],
    ["orval", med("orval")],
  ] as const;
  const fastest = Math.min(...peers.map(([, t]) => t));
  const build = Number.isNaN(med("built"))
    ? "The run with the tsc build fails (see table)"
    : `The tsc build adds ${ms(med("built") - med("ours"))}`;
  const verdict =
    `Target: like for like (caches off, as the peers run), no slower than the fastest peer — ` +
    `${base <= fastest ? "met" : "missed"} (${peers.map(([n, t]) => `${ratio(base / t)} ${n}`).join(", ")}), ` +
    `and ours formats every file as Prettier would (the peers do not format). With warm caches ` +
    `${med("ours") <= fastest ? "met" : "missed"} (${peers.map(([n, t]) => `${ratio(med("ours") / t)} ${n}`).join(", ")}). ${build}.`;
  const body = [
    "Input: `../shared/specs/intercom-2.11.yaml` (108 operations, 213 schemas), **patched identically for every tool**:",
    "it `$ref`s `#/components/schemas/custom_attributes` without defining it, which openapi-typescript and hey-api reject,",
    "so a temp copy adds `custom_attributes: { type: object }` under `components.schemas`. Wall-clock of one process per",
    "run (spawn → exit), tools interleaved round by round after one discarded warm-up round; peak RSS is the largest",
    `node process of the run. Ours runs as \`npm run generate\` does (\`${GENERATE_SCRIPT}\`, from package.json: the`,
    "generator compiled once per source change into node_modules/.cache, beside V8's compiled code of its packages;",
    "a new input is read and modelled in a second thread while the first loads ts-morph).",
    '"Caches warm": the parse, emit and Prettier results of an',
    "unchanged input are reused from node_modules/.cache (keyed by content hashes), as on every run after the first;",
    '"caches off" (`INTERCOM_SDK_CACHE=0`) does all the work on the input, like the peers: it is the like-for-like row',
    "and the base of the ratios. The packages' compiled code belongs to the install, as Python's byte code does (on",
    "node 22, `NODE_COMPILE_CACHE` keeps it for any tool; node 20 lacks it): the row without it is what the first run",
    "after `npm ci` pays. Ours formats its TypeScript and its Markdown code blocks to Prettier's output: most of it printed",
    "in Prettier's shape by the generator itself (generator/write/typescript-shape.ts, markdown-shape.ts), the rest by",
    "Prettier. The peers run with their defaults (no formatter).",
    `orval ${PEERS.orval} is installed on demand into .tmp/bench/peers (it declares node >= 22.18 and runs on 20 here).`,
    "Output sizes exclude `dist/`.",
    "",
    table(TIMING_HEAD, timingRows(tools, results, base)),
  ].join("\n");
  return { title: "1. Generation time", body, verdict };
}

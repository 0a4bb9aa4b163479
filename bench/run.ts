// `npm run bench`: runs the five benchmarks side by side and writes BENCHMARKS.md.
// `npm run bench -- overhead bundle` runs a subset and writes .tmp/bench/BENCHMARKS.partial.md instead.
// Timings are reported, never asserted.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { cpus, totalmem, type, release } from "node:os";
import { join } from "node:path";
import { buildPackage } from "../generator/write/build.js";
import { benchBundle } from "./bundle.js";
import { benchGenerate, FULL_OUTPUTS } from "./generate.js";
import { FULL_SPEC, log, PEERS, PKG, ROOT, type Section, TMP } from "./lib.js";
import { benchOverhead } from "./overhead.js";
import { benchPagination } from "./pagination.js";
import { benchScale } from "./scale.js";
import { benchTypecheck } from "./typecheck.js";
import { benchValidationSize } from "./validation-size.js";
import { benchWatch } from "./watch.js";

const BENCHES: Record<string, () => Promise<Section>> = {
  generate: benchGenerate,
  typecheck: () => benchTypecheck(FULL_OUTPUTS),
  overhead: benchOverhead,
  pagination: benchPagination,
  bundle: () => benchBundle(FULL_OUTPUTS),
  scale: benchScale,
  watch: benchWatch,
  "validation-size": benchValidationSize,
};

/** Newest modification time under a directory. */
function newest(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => statSync(join(e.parentPath, e.name)).mtimeMs),
  );
}

/** generated/2.11/dist is gitignored: build it on a fresh clone, or when src/ changed since. */
function ensureDist(): void {
  const entry = join(PKG, "dist", "index.js");
  if (existsSync(entry) && statSync(entry).mtimeMs >= newest(join(PKG, "src"))) return;
  log("building generated/2.11/dist");
  buildPackage(PKG);
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const unknown = only.filter((name) => !(name in BENCHES));
  if (unknown.length)
    throw new Error(`unknown bench ${unknown.join(", ")}; choose from ${Object.keys(BENCHES).join(", ")}`);
  if (!existsSync(FULL_SPEC)) throw new Error(`missing ${FULL_SPEC} (the official description, next to the repo)`);
  mkdirSync(TMP, { recursive: true });
  const started = performance.now();
  ensureDist();
  const sections: Section[] = [];
  for (const [name, bench] of Object.entries(BENCHES)) {
    if (only.length && !only.includes(name)) continue;
    log(`${name}…`);
    sections.push(await bench());
  }
  const minutes = (performance.now() - started) / 60_000;
  const cpu = cpus();
  const doc = [
    "# Benchmarks",
    "",
    "Written by `npm run bench` (bench/); do not edit by hand. Numbers are medians of several runs on the machine below,",
    "compared side by side in the same run; read the ratios rather than the absolute times. Nothing here is asserted in tests.",
    "",
    `- Date: ${new Date().toISOString().replace(/\.\d+Z$/, "Z")}`,
    `- Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${type()} ${release()}`,
    `- Node ${process.version}; TypeScript 5.9, esbuild 0.28, openapi-typescript 7.13, @hey-api/openapi-ts 0.95, openapi-fetch 0.17, intercom-client 7.0.3, orval ${PEERS.orval}, @octokit/openapi ${PEERS["@octokit/openapi"]}`,
    `- Whole bench: ${minutes.toFixed(1)} min`,
    "",
    "## Targets, and where we miss",
    "",
    ...sections.map((s) => `- **${s.title}.** ${s.verdict}`),
    "",
    ...sections.flatMap((s) => [`## ${s.title}`, "", s.body, ""]),
  ].join("\n");
  const file = only.length ? join(TMP, "BENCHMARKS.partial.md") : join(ROOT, "BENCHMARKS.md");
  writeFileSync(file, doc);
  log(`wrote ${file} (${minutes.toFixed(1)} min)`);
  if (only.length && existsSync(join(ROOT, "BENCHMARKS.md"))) {
    const when = `${new Date().toISOString().replace(/\.\d+Z$/, "Z")} (${minutes.toFixed(1)} min)`;
    writeFileSync(
      join(ROOT, "BENCHMARKS.md"),
      updated(readFileSync(join(ROOT, "BENCHMARKS.md"), "utf8"), sections, when),
    );
    log("updated those sections in BENCHMARKS.md");
  }
}

/**
 * BENCHMARKS.md with the sections of a partial run (`npm run bench -- generate scale`) in place of the old ones,
 * their target lines too, and a line saying when they were re-run; the other sections stay as the last full run
 * wrote them.
 */
function updated(doc: string, sections: Section[], when: string): string {
  let out = doc;
  for (const s of sections) {
    const heading = `## ${s.title}\n`;
    const start = out.indexOf(heading);
    if (start < 0) continue;
    const next = out.indexOf("\n## ", start + heading.length);
    out = `${out.slice(0, start)}${heading}\n${s.body}\n${next < 0 ? "" : out.slice(next)}`;
    out = out.replace(
      new RegExp(`^- \\*\\*${escape(s.title)}\\.\\*\\* .*$`, "m"),
      () => `- **${s.title}.** ${s.verdict}`,
    );
  }
  const note = `- Sections re-run alone (${sections.map((s) => s.title.split(".")[0]).join(", ")}): ${when}`;
  return /^- Sections re-run alone .*$/m.test(out)
    ? out.replace(/^- Sections re-run alone .*$/m, () => note)
    : out.replace(/^(- Whole bench: .*)$/m, (line) => `${line}\n${note}`);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

await main();

// Table 7: watch mode — how long a change to the curated spec or to the curation takes to be regenerated, built
// and type-checked by a running `npm run generate -- --watch` (warm: after its first build).
import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { OURS } from "./generate.js";
import { log, median, ms, NODE, ROOT, type Section, table, TMP } from "./lib.js";

const EDITS = 6;
const TARGET_MS = 500;

/** Runs a watcher in a scratch copy of spec/2.11; each edit waits for its "… in N ms" line. */
export async function benchWatch(): Promise<Section> {
  const dir = join(TMP, "watch");
  rmSync(dir, { recursive: true, force: true });
  const specDir = join(dir, "spec", "2.11");
  mkdirSync(specDir, { recursive: true });
  cpSync(join(ROOT, "spec", "2.11", "openapi.yaml"), join(specDir, "openapi.yaml"));
  const curation = readFileSync(join(ROOT, "spec", "2.11", "curation.yaml"), "utf8");
  // The copy names its source absolutely, as it no longer sits beside the official description.
  const source = resolve(ROOT, "spec", "2.11", /^source: (.*)$/m.exec(curation)![1]!);
  writeFileSync(join(specDir, "curation.yaml"), curation.replace(/^source: .*$/m, `source: ${source}`));
  const child: ChildProcess = spawn(NODE, [...OURS, "--watch"], { cwd: dir, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (d: Buffer) => (output += d));
  child.stderr!.on("data", (d: Buffer) => (output += d));
  const next = async (pattern: RegExp, from: number): Promise<RegExpExecArray> => {
    for (let waited = 0; waited < 120_000; waited += 20) {
      const match = pattern.exec(output.slice(from));
      if (match) return match;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error(`watch bench: no ${pattern} in:\n${output.slice(-2000)}`);
  };
  const times = { spec: [] as number[], curation: [] as number[] };
  /** The watcher's own milliseconds per pipeline stage, per kind of edit (from its report line). */
  const stages = { spec: new Map<string, number[]>(), curation: new Map<string, number[]>() };
  // Texts no earlier run has seen: the Prettier cache (node_modules/.cache) holds what earlier bench runs formatted.
  const run = Date.now().toString(36);
  try {
    await next(/watching/, 0);
    for (let i = 0; i < EDITS; i++) {
      // A description edit in the curated spec, then one in the curation (which re-curates first).
      for (const [kind, file, before, after] of [
        ["spec", "openapi.yaml", "The time the company was created by you.", `Created by you (${run}-${i}).`],
        ["curation", "curation.yaml", "\nfixes:\n", `\n# edit ${run}-${i}\nfixes:\n`],
      ] as const) {
        const path = join(specDir, file);
        const from = output.length;
        const started = performance.now();
        const text = readFileSync(path, "utf8");
        writeFileSync(
          path,
          text.includes(before) ? text.replace(before, after) : text.replace(/Created by you \([\w-]+\)\./, after),
        );
        const line = await next(/generated\/2\.11: .* in \d+ ms \((.*)\)/, from);
        // Wall clock from the save, less the watcher's debounce, and the generator's own report.
        times[kind].push(performance.now() - started);
        for (const [, stage, t] of line[1]!.matchAll(/([a-z ]+) (\d+)(?:, |$)/g))
          stages[kind].set(stage!, [...(stages[kind].get(stage!) ?? []), Number(t)]);
      }
    }
  } finally {
    child.kill();
  }
  log("watch: done");
  const rows = (Object.keys(times) as (keyof typeof times)[]).map((k) => [
    k === "spec"
      ? "a description changed in `spec/2.11/openapi.yaml`"
      : "a comment added to `spec/2.11/curation.yaml` (re-curates)",
    `${times[k].length}`,
    ms(median(times[k])),
    `${ms(Math.min(...times[k]))} – ${ms(Math.max(...times[k]))}`,
  ]);
  const stageRows = (Object.keys(stages) as (keyof typeof stages)[]).map((k) => [k, stageMedians(stages[k])]);
  const body = [
    "`npm run generate -- --watch` on a scratch copy of `spec/2.11` (with the build: regenerated, formatted, written,",
    `compiled and type-checked). ${EDITS} edits of each kind after the watcher's first build; time from the save to the`,
    "watcher's report line, including its 50 ms debounce of file events. The description edit changes `src/models.ts`",
    "to a text no earlier run formatted; the curation edit re-curates `openapi.yaml` from the official description,",
    "which undoes the description edit before it (`src/models.ts` changes back to a text formatted before).",
    "",
    table(["change", "edits", "median", "min – max"], rows),
    "",
    "Medians per stage, as the watcher reports them (`write and build` includes the incremental type-check and compile):",
    "",
    table(["change", "stages"], stageRows),
  ].join("\n");
  const spec = median(times.spec);
  const cur = median(times.curation);
  const verdict =
    `Target < ${TARGET_MS} ms warm: a spec change ${ms(spec)} — ${spec < TARGET_MS ? "met" : "missed"}; a curation change ` +
    `${ms(cur)} — ${cur < TARGET_MS ? "met" : "missed"} (both including the 50 ms debounce). Where a spec change's time ` +
    `goes (the watcher's own medians): ${stageMedians(stages.spec)}.`;
  return { title: "7. Watch: rebuild after a change", body, verdict };
}

function stageMedians(stages: Map<string, number[]>): string {
  return [...stages].map(([stage, t]) => `${stage} ${ms(median(t))}`).join(", ");
}

// Table 2: `tsc --noEmit` time of each generated output, with one shared tsconfig, vs an empty project.
import { mkdirSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { log, median, ms, NODE, PKG, ratio, run, type Section, table, TMP, TSC } from "./lib.js";

const RUNS = 5;

/** The same flags for everyone: strict + skipLibCheck, bundler resolution (accepts every peer's import style). */
export const COMPILER_OPTIONS = {
  target: "ES2022",
  lib: ["ES2022", "DOM", "DOM.Iterable"],
  module: "ESNext",
  moduleResolution: "Bundler",
  strict: true,
  skipLibCheck: true,
  noEmit: true,
  types: [],
};

export async function benchTypecheck(outputs: { ours: string; oat: string; hey: string }): Promise<Section> {
  const dir = join(TMP, "tsc");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "empty.ts"), "export {};\n");
  const targets = [
    { key: "empty", name: "empty project (baseline)", include: [join(dir, "empty.ts")] },
    { key: "ours", name: "ours, full 2.11 package (`src/`)", include: [join(outputs.ours, "src")] },
    { key: "oat", name: "openapi-typescript output (types only)", include: [outputs.oat] },
    { key: "hey", name: "@hey-api/openapi-ts output (types + sdk + client)", include: [outputs.hey] },
    { key: "curated", name: "ours, curated `generated/2.11/src`", include: [join(PKG, "src")] },
  ].map((t) => {
    const config = join(dir, `${t.key}.json`);
    const include = t.include.map((p) => relative(dir, p) + (p.endsWith(".ts") ? "" : "/**/*.ts"));
    writeFileSync(config, JSON.stringify({ compilerOptions: COMPILER_OPTIONS, include }, null, 2));
    return { ...t, config, times: [] as number[], errors: 0 };
  });
  for (let round = 0; round <= RUNS; round++) {
    for (const t of round === 0 ? targets.slice(0, 1) : targets) {
      const r = await run(NODE, [TSC, "-p", t.config]);
      t.errors = (r.stdout.match(/error TS\d+/g) ?? []).length;
      if (round > 0) t.times.push(r.ms);
    }
    log(`typecheck: round ${round}/${RUNS} done`);
  }
  const empty = median(targets[0]!.times);
  const med = (key: string) => median(targets.find((t) => t.key === key)!.times);
  const rows = targets.map((t) => [
    t.name,
    ms(median(t.times)),
    ms(median(t.times) - empty),
    ratio(median(t.times) / empty),
    t.key === "empty" ? "" : ratio((median(t.times) - empty) / (med("ours") - empty)),
    `${t.errors}`,
  ]);
  const body = [
    `\`node typescript/bin/tsc -p <config>\`, ${RUNS} runs each, interleaved, after one warm-up run of the empty project. Shared compilerOptions:`,
    `\`${JSON.stringify(COMPILER_OPTIONS)}\`. "over baseline" subtracts the empty project (tsc start-up + lib.d.ts).`,
    "",
    table(["project", "median", "over baseline", "÷ empty", "over baseline ÷ ours", "type errors"], rows),
  ].join("\n");
  const oursErrors = targets.find((t) => t.key === "ours")!.errors;
  const verdict =
    `No target set. Over the empty baseline ours costs ${ms(med("ours") - empty)}, ` +
    `${ratio((med("ours") - empty) / (med("oat") - empty))} openapi-typescript's types-only file and ` +
    `${ratio((med("ours") - empty) / (med("hey") - empty))} hey-api's output` +
    (oursErrors ? `; our full package has ${oursErrors} type errors under these flags (see table).` : ".");
  return { title: "2. Type-checking the generated code", body, verdict };
}

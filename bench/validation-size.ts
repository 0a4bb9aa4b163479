// Table 8: what response validation costs in a consumer's bundle, measured like table 5 (bench/bundle.ts).
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildPackage } from "../generator/write/build.js";
import { bundleSize, type BundleSize, standaloneConsumer } from "./bundle.js";
import { fmt, kb, log, PKG, ROOT, type Section, table, TMP } from "./lib.js";

/** The most validation turned on for the whole curated package may add (gzipped). */
const TARGET = 5 * 1024;

/**
 * The commit before validation left ClientCore (its clients carried a validator call site and the `validate`
 * default): its generated/2.11 is taken from git history, built and bundled like today's.
 */
const BEFORE = "421fbc2";

/** generated/2.11 at `commit`, built to dist/ (once per commit); undefined when the history lacks the commit. */
function packageAt(commit: string): string | undefined {
  const root = join(TMP, "validation-size", `at-${commit}`);
  const pkg = join(root, "generated", "2.11");
  if (existsSync(join(pkg, "dist", "index.js"))) return pkg;
  if (spawnSync("git", ["cat-file", "-e", `${commit}^{commit}`], { cwd: ROOT }).status !== 0) return undefined;
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  execFileSync("sh", ["-c", `git -C "${ROOT}" archive ${commit} generated/2.11 | tar -x -C "${root}"`]);
  buildPackage(pkg);
  return pkg;
}

/** Input modules that exist only for validation. */
const VALIDATION_MODULE = /(^|\/)(validate|validating|validators)\.js$/;

export async function benchValidationSize(): Promise<Section> {
  const pkg = JSON.stringify(join(PKG, "dist", "index.js"));
  const call = `console.log(await`;
  const consumers: { key: string; name: string; code: string }[] = [
    {
      key: "off",
      name: "`createClient` + `companiesFind` (no validation)",
      code: standaloneConsumer(join(PKG, "dist", "index.js")),
    },
    {
      key: "standalone-on",
      name: '`createValidatingClient({ validate: "throw" })` + `companiesFind`',
      code: `import { createValidatingClient, companiesFind } from ${pkg};
${call} companiesFind(createValidatingClient({ token: "t", validate: "throw" }), { company_id: "1" }));`,
    },
    {
      key: "class-off",
      name: "`new Intercom().companies.find` (validation off)",
      code: `import { Intercom } from ${pkg};
${call} new Intercom({ token: "t" }).companies.find({ company_id: "1" }));`,
    },
    {
      key: "class-on",
      name: '`new Intercom({ validate: "throw" }).companies.find`',
      code: `import { Intercom } from ${pkg};
${call} new Intercom({ token: "t", validate: "throw" }).companies.find({ company_id: "1" }));`,
    },
  ];
  const dir = join(TMP, "validation-size");
  mkdirSync(dir, { recursive: true });
  const sizes = new Map<string, BundleSize>();
  for (const c of consumers) {
    const entry = join(dir, `${c.key}.ts`);
    writeFileSync(entry, `${c.code}\n`);
    sizes.set(c.key, await bundleSize(entry, join(dir, "out", c.key)));
  }
  const before = packageAt(BEFORE);
  if (before) {
    const entry = join(dir, "off-before.ts");
    writeFileSync(entry, `${standaloneConsumer(join(before, "dist", "index.js"))}\n`);
    sizes.set("off-before", await bundleSize(entry, join(dir, "out", "off-before")));
  }
  log("validation-size: done");
  const of = (key: string) => sizes.get(key)!;
  const validationBytes = (s: BundleSize) =>
    s.inputs.filter(([file]) => VALIDATION_MODULE.test(file)).reduce((n, [, bytes]) => n + bytes, 0);
  const rows = consumers.map((c) => {
    const s = of(c.key);
    return [c.name, fmt(s.gz), s.lazyGz ? fmt(s.lazyGz) : "—", fmt(validationBytes(s))];
  });
  const off = of("off");
  const previous = sizes.get("off-before");
  const whole = of("class-on");
  const classOff = of("class-off");
  // What turning validation on adds for the whole package: the chunk it loads (checker + every response schema),
  // plus whatever the bundle loaded at start grows by.
  const extra = whole.lazyGz + Math.max(0, whole.gz - classOff.gz);
  const grew = previous === undefined ? undefined : off.gz - previous.gz;
  const body = [
    "Gzipped bytes (level 9), bundled as in table 5 (`--splitting`: the schemas are an `import()`, loaded on the first",
    'call that validates). "Validation code at start" is the minified bytes of `runtime/validate.js`,',
    "`runtime/validating.js` and `validators.js` in the chunks loaded at start (esbuild's metafile).",
    "",
    table(["consumer", "gzipped at start", "gzipped lazy", "validation code at start (minified)"], rows),
    "",
    previous === undefined
      ? `- No validation: \`createClient\` + \`companiesFind\` is ${fmt(off.gz)} B (${BEFORE} is not in this clone's history: no comparison).`
      : `- No validation: \`createClient\` + \`companiesFind\` is ${fmt(off.gz)} B; the same consumer of ${BEFORE}'s generated/2.11 ` +
        `(built from git history; its ClientCore had a validator call site) is ${fmt(previous.gz)} B: ${grew! > 0 ? "+" : ""}${fmt(grew!)} B.`,
    `  Validation code in it: ${fmt(validationBytes(off))} B.`,
    `- Validation on, every response schema of the curated 2.11 package: ${fmt(extra)} B more than the class with`,
    `  validation off (${fmt(whole.lazyGz)} B chunk loaded on the first validating call, ${fmt(Math.max(0, whole.gz - classOff.gz))} B at start).`,
  ].join("\n");
  const verdict =
    `No-validation bundle must not grow: ${fmt(off.gz)} B` +
    (previous ? ` vs ${fmt(previous.gz)} B at ${BEFORE}` : "") +
    `, ${fmt(validationBytes(off))} B of validation code — ` +
    `${(grew ?? 0) <= 0 && validationBytes(off) === 0 ? "met" : "missed"}. Validation on for the whole curated 2.11 ` +
    `package ≤ ${kb(TARGET)} gzipped extra: ${kb(extra)} — ${extra <= TARGET ? "met" : "missed"}` +
    (extra > TARGET ? " (the schemas of every operation; none of it is loaded until a call validates)" : "") +
    ".";
  return { title: "8. Response validation: bundle cost", body, verdict };
}

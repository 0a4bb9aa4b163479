// Table 8: what response validation costs in a consumer's bundle, measured like table 5 (bench/bundle.ts).
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bundleSize, type BundleSize } from "./bundle.js";
import { fmt, kb, log, PKG, type Section, table, TMP } from "./lib.js";

/** The most validation turned on for the whole curated package may add (gzipped). */
const TARGET = 5 * 1024;

/**
 * `createClient` + `companiesFind` before validation left ClientCore (commit 421fbc2: a validator call site and the
 * `validate` default in every client), measured by this bench on that commit's generated/2.11 (built with tsc). Kept
 * as a constant: that runtime is no longer in the repo.
 */
const BEFORE = { commit: "421fbc2", gz: 3488 };

/** Input modules that exist only for validation. */
const VALIDATION_MODULE = /(^|\/)(validate|validating|validators)\.js$/;

export async function benchValidationSize(): Promise<Section> {
  const pkg = JSON.stringify(join(PKG, "dist", "index.js"));
  const call = `console.log(await`;
  const consumers: { key: string; name: string; code: string }[] = [
    {
      key: "off",
      name: "`createClient` + `companiesFind` (no validation)",
      code: `import { createClient, companiesFind } from ${pkg};
const client = createClient({ token: "t" });
${call} companiesFind(client, { company_id: "1" }));`,
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
  log("validation-size: done");
  const of = (key: string) => sizes.get(key)!;
  const validationBytes = (s: BundleSize) =>
    s.inputs.filter(([file]) => VALIDATION_MODULE.test(file)).reduce((n, [, bytes]) => n + bytes, 0);
  const rows = consumers.map((c) => {
    const s = of(c.key);
    return [c.name, fmt(s.gz), s.lazyGz ? fmt(s.lazyGz) : "—", fmt(validationBytes(s))];
  });
  const off = of("off");
  const whole = of("class-on");
  const classOff = of("class-off");
  // What turning validation on adds for the whole package: the chunk it loads (checker + every response schema),
  // plus whatever the bundle loaded at start grows by.
  const extra = whole.lazyGz + Math.max(0, whole.gz - classOff.gz);
  const body = [
    "Gzipped bytes (level 9), bundled as in table 5 (`--splitting`: the schemas are an `import()`, loaded on the first",
    'call that validates). "Validation code at start" is the minified bytes of `runtime/validate.js`,',
    "`runtime/validating.js` and `validators.js` in the chunks loaded at start (esbuild's metafile).",
    "",
    table(["consumer", "gzipped at start", "gzipped lazy", "validation code at start (minified)"], rows),
    "",
    `- No validation: \`createClient\` + \`companiesFind\` is ${fmt(off.gz)} B, ${fmt(BEFORE.gz)} B before validation left`,
    `  the client (${BEFORE.commit}, a validator call site in ClientCore): ${off.gz <= BEFORE.gz ? "" : "+"}${fmt(off.gz - BEFORE.gz)} B, with`,
    `  ${fmt(validationBytes(off))} B of validation code in it.`,
    `- Validation on, every response schema of the curated 2.11 package: ${fmt(extra)} B more than the class with`,
    `  validation off (${fmt(whole.lazyGz)} B chunk loaded on the first validating call, ${fmt(Math.max(0, whole.gz - classOff.gz))} B at start).`,
  ].join("\n");
  const verdict =
    `No-validation bundle must not grow: ${fmt(off.gz)} B vs ${fmt(BEFORE.gz)} B before, ${fmt(validationBytes(off))} B of validation code — ` +
    `${off.gz <= BEFORE.gz && validationBytes(off) === 0 ? "met" : "missed"}. Validation on for the whole curated 2.11 ` +
    `package ≤ ${kb(TARGET)} gzipped extra: ${kb(extra)} — ${extra <= TARGET ? "met" : "missed"}` +
    (extra > TARGET ? " (the schemas of all 108 operations; none of it is loaded until a call validates)" : "") +
    ".";
  return { title: "8. Response validation: bundle cost", body, verdict };
}

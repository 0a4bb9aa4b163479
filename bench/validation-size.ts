// What response validation costs in a consumer's bundle: esbuild bundle + minify, gzip -9 (as bench/bundle.ts).
// usage: tsx bench/validation-size.ts [<dist of a package without validation, to compare>]
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { PKG, TMP } from "./lib.js";

const consumers = (dist: string): Record<string, string> => {
  const pkg = JSON.stringify(join(dist, "index.js"));
  return {
    "`createClient` + `companiesFind`, validation off": `import { createClient, companiesFind } from ${pkg};
console.log(await companiesFind(createClient({ token: "t" }), { company_id: "1" }));`,
    "`createClient({ validate, validator })` + `companiesFind`": `import { createClient, companiesFind, validator } from ${pkg};
console.log(await companiesFind(createClient({ token: "t", validate: "throw", validator }), { company_id: "1" }));`,
    "`new Intercom().companies.find`": `import { Intercom } from ${pkg};
console.log(await new Intercom({ token: "t" }).companies.find({ company_id: "1" }));`,
    "the whole package (`export *`)": `export * from ${pkg};`,
  };
};

async function gzipped(code: string, name: string): Promise<number | undefined> {
  const dir = join(TMP, "validation-size");
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, `${name}.ts`);
  writeFileSync(entry, code);
  try {
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: "esm",
      platform: "browser",
      target: "es2022",
      write: false,
      logLevel: "silent",
    });
    return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length;
  } catch {
    return undefined; // e.g. `validator` does not exist in the package compared with
  }
}

const before = process.argv[2];
const now = consumers(join(PKG, "dist"));
const then = before ? consumers(before) : {};
const rows: string[] = [];
let i = 0;
for (const [name, code] of Object.entries(now)) {
  const after = await gzipped(code, `now${i}`);
  const base = then[name] ? await gzipped(then[name], `before${i}`) : undefined;
  rows.push(`| ${name} | ${base ?? "—"} | ${after ?? "—"} | ${base && after ? after - base : "—"} |`);
  i++;
}
console.log(["| consumer (gzipped bytes) | before | now | Δ |", "|---|---|---|---|", ...rows].join("\n"));

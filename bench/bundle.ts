// Table 5: bundle size of a consumer (esbuild bundle + minify, gzip -9) — ours vs openapi-fetch vs intercom-client.
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { kb, log, PKG, ratio, type Section, table, TMP } from "./lib.js";

const TARGET = 3 * 1024;

export async function benchBundle(outputs: { oat: string; hey: string }): Promise<Section> {
  const ours = JSON.stringify(join(PKG, "dist", "index.js"));
  const call = `console.log(await`;
  const consumers: { key: string; name: string; code: string }[] = [
    {
      key: "standalone",
      name: "ours: `companiesFind` + `createClient()`",
      code: `import { createClient, companiesFind } from ${ours};
const client = createClient({ token: "t" });
${call} companiesFind(client, { company_id: "1" }));`,
    },
    {
      key: "standalone-intercom",
      name: "ours: `companiesFind` + `new Intercom()`",
      code: `import { Intercom, companiesFind } from ${ours};
${call} companiesFind(new Intercom({ token: "t" }), { company_id: "1" }));`,
    },
    {
      key: "class",
      name: "ours: `new Intercom().companies.find`",
      code: `import { Intercom } from ${ours};
${call} new Intercom({ token: "t" }).companies.find({ company_id: "1" }));`,
    },
    { key: "whole", name: "ours: the whole curated package (`export *`)", code: `export * from ${ours};` },
    {
      key: "openapi-fetch",
      name: "openapi-fetch 0.17 + openapi-typescript types",
      code: `import createClient from "openapi-fetch";
import type { paths } from ${JSON.stringify(outputs.oat)};
const client = createClient<paths>({ baseUrl: "https://api.intercom.io", headers: { Authorization: "Bearer t", "Intercom-Version": "2.11" } });
${call} client.GET("/companies/{company_id}", { params: { path: { company_id: "1" } } }));`,
    },
    {
      key: "hey",
      name: "@hey-api/openapi-ts output (`retrieveACompanyById`)",
      code: `import { client } from ${JSON.stringify(join(outputs.hey, "client.gen.ts"))};
import { retrieveACompanyById } from ${JSON.stringify(join(outputs.hey, "sdk.gen.ts"))};
client.setConfig({ headers: { Authorization: "Bearer t", "Intercom-Version": "2.11" } });
${call} retrieveACompanyById({ path: { company_id: "1" } }));`,
    },
    {
      key: "official",
      name: "intercom-client 7.0.3 (official, Fern)",
      code: `import { IntercomClient } from "intercom-client";
${call} new IntercomClient({ token: "t" }).companies.find({ company_id: "1" }));`,
    },
  ];
  const dir = join(TMP, "bundle");
  mkdirSync(dir, { recursive: true });
  const sizes = new Map<string, { min: number; gz: number } | string>();
  let heaviest = "";
  for (const c of consumers) {
    const entry = join(dir, `${c.key}.ts`);
    writeFileSync(entry, `${c.code}\n`);
    if (c.key === "hey" && !existsSync(outputs.hey)) {
      sizes.set(c.key, "no hey-api output (run the generate bench first)");
      continue;
    }
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
        metafile: true,
      });
      const bytes = result.outputFiles[0]!.contents;
      if (c.key === "standalone") {
        const inputs = Object.entries(Object.values(result.metafile.outputs)[0]!.inputs);
        heaviest = inputs
          .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
          .slice(0, 5)
          .map(([file, { bytesInOutput }]) => `\`${file.replace(/^.*dist\//, "")}\` ${kb(bytesInOutput)}`)
          .join(", ");
      }
      sizes.set(c.key, { min: bytes.length, gz: gzipSync(bytes, { level: 9 }).length });
    } catch (e) {
      sizes.set(c.key, `failed: ${(e as Error).message.split("\n")[0]}`);
    }
  }
  log("bundle: done");
  const gz = (key: string) => {
    const s = sizes.get(key);
    return typeof s === "object" ? s.gz : NaN;
  };
  const rows = consumers.map((c) => {
    const s = sizes.get(c.key)!;
    if (typeof s === "string") return [c.name, "—", "—", "—", s];
    return [c.name, kb(s.min), kb(s.gz), ratio(s.gz / gz("class")), ""];
  });
  const body = [
    "Each consumer makes one `GET /companies/{company_id}` call (the last row of ours exports everything instead).",
    "`esbuild --bundle --minify --format=esm --platform=browser --target=es2022`, then gzip level 9 (node:zlib).",
    "Ours is the committed curated package (`generated/2.11/dist`, `sideEffects: false`).",
    "",
    table(["consumer", "minified", "gzipped", "gzip ÷ ours (class)", "note"], rows),
    "",
    `Heaviest modules of ours, standalone (minified bytes in the bundle): ${heaviest}.`,
  ].join("\n");
  const best = Math.min(gz("standalone"), gz("class"));
  const verdict =
    `Target ≤ ${kb(TARGET)} gzipped for one call: ${kb(gz("class"))} with the \`Intercom\` class, ${kb(gz("standalone"))} ` +
    `standalone — ${best <= TARGET ? "met" : "missed"}` +
    (gz("class") > TARGET && gz("standalone") <= TARGET ? " only by the standalone function on `createClient()`" : "") +
    `; openapi-fetch is ${kb(gz("openapi-fetch"))}, the official client ${kb(gz("official"))}.`;
  return { title: "5. Bundle size", body, verdict };
}

import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseDocument } from "yaml";
import { runJob } from "./cli.js";
import { curateVersion } from "./curate/cli.js";
import { readCuration } from "./curate/curation.js";
import { formatDiagnostic, GeneratorError } from "./diagnostics.js";

/** Close to how curation.yaml is written by hand. */
const YAML_STYLE = { lineWidth: 118, flowCollectionPadding: false } as const;

const USAGE = "usage: npm run add-version -- <version> <official description> [--from <existing version>]";

/**
 * Adds an API version: spec/<version>/curation.yaml (the curation of an existing version, pointed at the new
 * official file, without the operations that version lacks), spec/<version>/openapi.yaml, generated/<version>/.
 */
export async function addVersion(version: string, officialFile: string, from = latestVersion()): Promise<string[]> {
  if (!/^[\w.-]+$/.test(version)) throw new Error(`"${version}" is not a version folder name`);
  if (!from) throw new Error("no existing spec/<version>/curation.yaml to start from");
  const folder = join("spec", version);
  mkdirSync(folder, { recursive: true });
  const target = join(folder, "curation.yaml");
  const doc = parseDocument(readFileSync(join("spec", from, "curation.yaml"), "utf8"));
  doc.set("source", relative(folder, resolve(officialFile)));
  writeFileSync(target, doc.toString(YAML_STYLE));

  const missing = curateVersion(target, { allowMissing: true });
  if (missing.length > 0) {
    // Keep the curation reproducible: it lists only what this version has.
    const names = new Set(missing.map((m) => m.split(" ")[0]!));
    for (const name of names) {
      doc.deleteIn(["operations", name]);
      doc.deleteIn(["pagination", name]);
    }
    writeFileSync(target, doc.toString(YAML_STYLE));
    readCuration(target);
  }
  const ok = await runJob({ spec: join(folder, "openapi.yaml"), out: join("generated", version) });
  if (!ok) throw new Error(`generation of generated/${version} failed (see above)`);
  return missing;
}

function latestVersion(): string | undefined {
  const versions = existsSync("spec")
    ? readdirSync("spec").filter((v) => existsSync(join("spec", v, "curation.yaml")))
    : [];
  return versions.sort((a, b) => a.localeCompare(b, "en", { numeric: true })).at(-1);
}

async function main(argv: string[]): Promise<number> {
  const fromAt = argv.indexOf("--from");
  const from = fromAt >= 0 ? argv.splice(fromAt, 2)[1] : undefined;
  const [version, file] = argv;
  if (!version || !file) return (console.error(USAGE), 2);
  try {
    const missing = await addVersion(version, file, from);
    console.log(
      `spec/${version} and generated/${version} added.${missing.length ? `\nNot in ${version}, left out: ${missing.join(", ")}` : ""}`,
    );
    return 0;
  } catch (error) {
    console.error(
      error instanceof GeneratorError ? error.diagnostics.map(formatDiagnostic).join("\n") : (error as Error).message,
    );
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));

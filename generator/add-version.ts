import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { parseCommand, reportFailure, reportWarnings } from "./command.js";
import { curateVersion } from "./curate/curate-version.js";
import { readCuration } from "./curate/curation.js";
import { removeEntries, setTopLevelScalar } from "./curate/edit-yaml.js";
import { type Diagnostic, GeneratorError } from "./diagnostics.js";
import { runJob } from "./jobs.js";
import { SPEC_DIR, specFile, versionsWith } from "./versions.js";

const USAGE = "usage: npm run add-version -- <version> <official description> [--from <existing version>]";

/**
 * Adds an API version: spec/<version>/curation.yaml (the curation of an existing version, pointed at the new
 * official file, without the operations that version lacks), spec/<version>/openapi.yaml, generated/<version>/.
 * All or nothing: on any failure neither spec/<version> nor generated/<version> is left behind.
 */
export async function addVersion(
  version: string,
  officialFile: string,
  from = versionsWith("curation.yaml").at(-1),
): Promise<string[]> {
  if (!/^[\w.-]+$/.test(version)) throw new Error(`"${version}" is not a version folder name (letters, digits, . _ -)`);
  if (!from) throw new Error("no spec/<version>/curation.yaml to start from; write the first curation by hand");
  const source = specFile(from, "curation.yaml");
  if (!existsSync(source)) throw new Error(`--from ${from}: ${source} does not exist`);
  if (!existsSync(officialFile))
    throw new Error(`${officialFile} does not exist; give the path of the official description`);
  const folder = join(SPEC_DIR, version);
  const out = join("generated", version);
  for (const taken of [folder, out])
    if (existsSync(taken))
      throw new Error(`${taken} already exists; remove it first, or re-curate it with \`npm run curate\``);

  try {
    mkdirSync(folder, { recursive: true });
    const target = join(folder, "curation.yaml");
    const text = setTopLevelScalar(readFileSync(source, "utf8"), "source", relative(folder, resolve(officialFile)));
    writeFileSync(target, text);
    const { missing, warnings } = curateVersion(target, { allowMissing: true });
    reportWarnings(warnings);
    if (missing.length > 0) {
      // Keep the curation reproducible: it lists only what this version has.
      const names = new Set(missing.map((m) => m.split(" ")[0]!));
      let kept = text;
      for (const section of ["operations", "pagination", "parameters"]) kept = removeEntries(kept, section, names);
      writeFileSync(target, removeEntries(kept, "fixes", names, "operation"));
      readCuration(target);
    }
    const ok = await runJob({ spec: join(folder, "openapi.yaml"), out });
    if (!ok) throw new Error(`generation of ${out} failed (see above)`);
    return missing;
  } catch (error) {
    rmSync(folder, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
    // The copy is gone: what to change is the curation it was copied from.
    if (error instanceof GeneratorError)
      throw new GeneratorError(error.diagnostics.map((d) => inSource(d, folder, source)));
    throw error;
  }
}

function inSource(d: Diagnostic, folder: string, source: string): Diagnostic {
  return resolve(d.file) === resolve(folder, "curation.yaml") ? { ...d, file: source } : d;
}

async function main(argv: string[]): Promise<number> {
  const parsed = parseCommand(USAGE, { args: argv, allowPositionals: true, options: { from: { type: "string" } } });
  if (!parsed) return 2;
  const [version, file, ...extra] = parsed.positionals;
  if (!version || !file || extra.length > 0) return (console.error(USAGE), 2);
  try {
    const missing = await addVersion(version, file, parsed.values.from);
    console.log(
      `spec/${version} and generated/${version} added.${missing.length ? `\nNot in ${version}, left out: ${missing.join(", ")}` : ""}`,
    );
    return 0;
  } catch (error) {
    reportFailure(error, { subject: `add-version ${version}`, outcome: "nothing was added." });
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));

import { isEntryPoint, parseCommand, reportFailure, reportWarnings } from "../command.js";
import { selectVersions, specFile } from "../versions.js";
import { curateVersion } from "./curate-version.js";

const USAGE =
  "usage: npm run curate -- [<version> | spec/<version>/curation.yaml …] [--source <official description>] [--allow-missing]\n" +
  "  without a version: every spec/<version>/curation.yaml";

/** Curates the named versions, or every version; exit 0 ok, 1 a curation does not fit, 2 usage. */
function main(argv: string[]): number {
  const args = parseCommand(USAGE, {
    args: argv,
    allowPositionals: true,
    options: { source: { type: "string" }, "allow-missing": { type: "boolean", default: false } },
  });
  if (!args) return 2;
  const { values, positionals } = args;
  let versions: string[];
  try {
    versions = selectVersions(positionals, "curation.yaml");
  } catch (error) {
    return (console.error(`${(error as Error).message}\n${USAGE}`), 2);
  }
  if (versions.length === 0) return (console.error(USAGE), 2);
  for (const version of versions) {
    const curation = specFile(version, "curation.yaml");
    try {
      const { file, missing, warnings } = curateVersion(curation, {
        ...(values.source ? { source: values.source } : {}),
        allowMissing: values["allow-missing"],
      });
      reportWarnings(warnings);
      console.log(`${file}: curated${missing.length ? `; not in this version: ${missing.join(", ")}` : ""}`);
    } catch (error) {
      reportFailure(error, { subject: curation, outcome: "its openapi.yaml was not written." });
      return 1;
    }
  }
  return 0;
}

if (isEntryPoint(import.meta.url)) process.exitCode = main(process.argv.slice(2));

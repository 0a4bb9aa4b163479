import { existsSync } from "node:fs";
import { parseCommand, reportFailure } from "../command.js";
import { GeneratorError } from "../diagnostics.js";
import { loadDocument } from "../load/load-document.js";
import { buildModel } from "../model/build-model.js";
import type { ApiModel } from "../model/types.js";
import { diffModels } from "./diff-models.js";
import { type DiffSide, formatJson, formatText } from "./report.js";
import { specFile } from "../versions.js";

const USAGE = `usage: npm run diff -- <old> <new> [--json] [--fail-on-breaking]
  <old>, <new>: OpenAPI files, or curated versions by name (\`2.11\` is spec/2.11/openapi.yaml).
  Compares the SDK surface the two descriptions generate (operations, parameters, bodies, responses, models).
  Exit code: 0, or 1 with --fail-on-breaking when a change is breaking; 2 for bad arguments or an unreadable spec.`;

/** Arguments in, report out; the diff itself is diffModels. */
function main(argv: string[]): number {
  const parsed = parseCommand(USAGE, {
    args: argv,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      "fail-on-breaking": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (!parsed) return 2;
  const { values, positionals } = parsed;
  if (values.help) return (console.log(USAGE), 0);
  if (positionals.length !== 2)
    return (console.error(`expected two spec files, got ${positionals.length}\n${USAGE}`), 2);
  const [oldFile, newFile] = positionals.map(specFileOf) as [string, string];

  let sides: [{ side: DiffSide; model: ApiModel }, { side: DiffSide; model: ApiModel }];
  try {
    sides = [modelOf(oldFile), modelOf(newFile)];
  } catch (error) {
    reportFailure(error, { subject: "diff", outcome: "nothing was compared." });
    return 2;
  }
  const changes = diffModels(sides[0].model, sides[1].model);
  const report = { old: sides[0].side, new: sides[1].side, changes };
  process.stdout.write(values.json ? formatJson(report) : formatText(report));
  return values["fail-on-breaking"] && changes.some((c) => c.severity === "breaking") ? 1 : 0;
}

/** A curated version's name stands for its spec (`2.16` → spec/2.16/openapi.yaml); anything else is a file. */
function specFileOf(arg: string): string {
  const curated = specFile(arg, "openapi.yaml");
  return !existsSync(arg) && existsSync(curated) ? curated : arg;
}

/** Loads and models one description, leniently: defects become `unknown` types and a count on stderr. */
function modelOf(file: string): { side: DiffSide; model: ApiModel } {
  const spec = loadDocument(file, { lenient: true });
  const { model, diagnostics } = buildModel(spec, { lenient: true });
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) throw new GeneratorError(diagnostics);
  const warnings = diagnostics.length - errors.length;
  if (warnings > 0)
    console.error(`${file}: ${warnings} warning(s) while modelling it leniently (\`npm run generate\` lists them)`);
  return { side: { file, title: model.title, version: model.version }, model };
}

process.exitCode = main(process.argv.slice(2));

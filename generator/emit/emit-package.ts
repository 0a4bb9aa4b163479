import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  type CodeBlockWriter,
  printStructure,
  type StatementStructures,
  StructureKind,
  type WriterFunction,
} from "ts-morph";
import type { ApiModel } from "../model/types.js";
import { clientStatements } from "./client.js";
import { modelStatements } from "./models.js";
import { clientVariable } from "./package-info.js";
import { packageFiles } from "./package-files.js";
import { resourceStatements } from "./resources.js";
import { validatorStatements } from "./validators.js";
import { webhookStatements } from "./webhooks.js";

/** Relative path → file content, before formatting. */
export type FileMap = Map<string, string>;

const GENERATED =
  "// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.\n";

/** ApiModel → the files of the package. Pure apart from reading the runtime templates. */
export function emitPackage(model: ApiModel, templatesDir: string): FileMap {
  const files: FileMap = new Map();
  // Printed straight from the structures: a source file in a Project would also be parsed, for nothing.
  const addSource = (path: string, statements: (StatementStructures | WriterFunction)[]) =>
    files.set(
      path,
      GENERATED + printStructure({ kind: StructureKind.SourceFile, statements: withBlankLines(statements) }),
    );
  addSource("src/models.ts", modelStatements(model.types));
  for (const resource of model.resources)
    addSource(
      `src/resources/${resource.path}.ts`,
      resourceStatements(resource, model.types, clientVariable(model), model.security),
    );
  addSource("src/client.ts", clientStatements(model));
  addSource("src/validators.ts", validatorStatements(model));
  if (model.profile.webhooks) addSource("src/webhooks.ts", webhookStatements(model));
  files.set(
    "src/index.ts",
    GENERATED +
      [
        "./client.js",
        "./models.js",
        ...model.resources.map((r) => `./resources/${r.path}.js`),
        "./runtime/index.js",
        "./validators.js",
        ...(model.profile.webhooks ? ["./webhooks.js"] : []),
      ]
        .map((m) => `export * from "${m}";`)
        .join("\n") +
      "\n",
  );
  for (const [path, text] of runtimeFiles(templatesDir)) files.set(path, text);
  for (const [path, text] of packageFiles(model)) files.set(path, text);
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

/** A blank line between declarations (imports stay together), as a person would write them. */
function withBlankLines(
  statements: (StatementStructures | WriterFunction)[],
): (StatementStructures | WriterFunction)[] {
  const isImport = (s: StatementStructures | WriterFunction | undefined) =>
    typeof s === "object" && s.kind === StructureKind.ImportDeclaration;
  return statements.flatMap((s, i) =>
    i > 0 && !(isImport(s) && isImport(statements[i - 1])) ? [(w: CodeBlockWriter) => w.blankLineIfLastNot(), s] : [s],
  );
}

/** The hand-written runtime, copied verbatim under `src/runtime/` with a header naming its source. */
function runtimeFiles(templatesDir: string): [string, string][] {
  const dir = join(templatesDir, "runtime");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .sort()
    .map((f) => [
      `src/runtime/${f}`,
      `// Copied from templates/runtime/${f}. Do not edit here: edit the template and regenerate.\n${readFileSync(join(dir, f), "utf8")}`,
    ]);
}

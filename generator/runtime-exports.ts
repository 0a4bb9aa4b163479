// The names the hand-written runtime (templates/runtime/) exports, read from its source: the model keeps every name
// it hands out clear of them, so a schema can never shadow a runtime export in the package's index. Read here, beside
// the model and the emitter rather than in either, because the runtime is an input to both.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Node, Project, type SourceFile } from "ts-morph";
import { TEMPLATES_DIR } from "./paths.js";

let runtimeNames: ReadonlySet<string> | undefined;
let coreMembers: ReadonlySet<string> | undefined;
const runtime = new Project({ useInMemoryFileSystem: true, compilerOptions: { noLib: true } });

/** A runtime template, parsed (syntax only). */
function runtimeSource(file: string): SourceFile {
  const text = readFileSync(join(TEMPLATES_DIR, "runtime", file), "utf8");
  return runtime.getSourceFile(file) ?? runtime.createSourceFile(file, text);
}

/**
 * What the runtime exports, read from `templates/runtime/index.ts` (following `export *`), so a model can never
 * shadow one of them in the package's index.
 */
export function runtimeExports(): ReadonlySet<string> {
  if (runtimeNames) return runtimeNames;
  const names = new Set<string>();
  const collect = (file: string): void => {
    const source = runtimeSource(file);
    for (const declaration of source.getExportDeclarations()) {
      const module = declaration.getModuleSpecifierValue()?.replace(/\.js$/, ".ts").replace(/^\.\//, "");
      const named = declaration.getNamedExports();
      if (named.length > 0) named.forEach((e) => names.add(e.getAliasNode()?.getText() ?? e.getName()));
      else if (module) collect(module);
    }
    // Read from the syntax (`export` before a declaration): asking the type checker costs 0.1-0.2 s per run.
    for (const statement of source.getStatements()) {
      if (!Node.isExportable(statement) || !statement.hasExportKeyword() || statement.hasDefaultKeyword()) continue;
      if (Node.isVariableStatement(statement)) statement.getDeclarations().forEach((d) => names.add(d.getName()));
      else if (Node.hasName(statement)) names.add(statement.getName());
    }
  };
  collect("index.ts");
  names.delete("default");
  return (runtimeNames = names);
}

/** The public members of the runtime's `ClientCore` (`request`), which no resource property on the client may take. */
export function clientCoreMembers(): ReadonlySet<string> {
  const members = runtimeSource("client.ts").getClassOrThrow("ClientCore").getInstanceMembers();
  return (coreMembers ??= new Set(members.map((m) => m.getName()).filter((n) => !n.startsWith("#"))));
}

import ts from "typescript";

export const STRICT_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  verbatimModuleSyntax: true,
  skipLibCheck: true,
  noEmit: true,
  types: [],
};

/**
 * Installed files (TypeScript's lib.*.d.ts above all, lib.dom being 1 MB), parsed once per process and shared by every
 * program: a file under node_modules does not change during a run. Files from each test are always read afresh.
 */
const installed = new Map<string, ts.SourceFile>();

function hostSharingInstalledFiles(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, onError, create) => {
    if (!/[\\/]node_modules[\\/]/.test(fileName)) return getSourceFile(fileName, languageVersion, onError, create);
    const key = `${fileName}\0${JSON.stringify(languageVersion)}`;
    let file = installed.get(key);
    if (!file) {
      file = getSourceFile(fileName, languageVersion, onError, create);
      if (file) installed.set(key, file);
    }
    return file;
  };
  return host;
}

/**
 * Type-checks files with the strict flags; returns the formatted errors (empty when it compiles). `only: "given"`
 * reports the given files' errors and not those of what they import (a package type-checked by its own test), which
 * spares checking every file of that package again.
 */
export function typeErrors(
  files: string[],
  options: ts.CompilerOptions = STRICT_OPTIONS,
  { only = "all" }: { only?: "all" | "given" } = {},
): string[] {
  const program = ts.createProgram(files, options, hostSharingInstalledFiles(options));
  const diagnostics =
    only === "all"
      ? ts.getPreEmitDiagnostics(program)
      : [
          ...program.getOptionsDiagnostics(),
          ...program.getGlobalDiagnostics(),
          ...files.flatMap((f) => {
            const file = program.getSourceFile(f);
            if (!file) throw new Error(`${f} is not part of the program`);
            return [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)];
          }),
        ];
  return diagnostics.map((d) => {
    const where =
      d.file && d.start !== undefined
        ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: `
        : "";
    return where + ts.flattenDiagnosticMessageText(d.messageText, "\n");
  });
}

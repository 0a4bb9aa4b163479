import ts from "typescript";
import { STRICT_OPTIONS } from "../helpers/typecheck.js";

export { STRICT_OPTIONS };

const ROOT = "/fuzz/";

/**
 * Type-checks in-memory files (paths relative to a virtual package root) and returns the diagnostics as text.
 * Parsed files are cached across calls by path + content, so the lib files and the unchanged runtime are parsed once
 * per process and only the generated files are parsed again.
 */
export class InMemoryChecker {
  private readonly cache = new Map<string, ts.SourceFile>();
  private readonly defaultHost: ts.CompilerHost;

  constructor(private readonly options: ts.CompilerOptions = STRICT_OPTIONS) {
    this.defaultHost = ts.createCompilerHost(options);
  }

  check(files: ReadonlyMap<string, string>, roots: readonly string[]): string[] {
    const host: ts.CompilerHost = {
      ...this.defaultHost,
      fileExists: (f) => (f.startsWith(ROOT) ? files.has(f.slice(ROOT.length)) : this.defaultHost.fileExists(f)),
      readFile: (f) => (f.startsWith(ROOT) ? files.get(f.slice(ROOT.length)) : this.defaultHost.readFile(f)),
      directoryExists: (d) =>
        d.startsWith(ROOT) || `${d}/` === ROOT ? true : (this.defaultHost.directoryExists?.(d) ?? true),
      getCurrentDirectory: () => ROOT,
      writeFile: () => {},
      getSourceFile: (fileName, languageVersion) => {
        const text = fileName.startsWith(ROOT)
          ? files.get(fileName.slice(ROOT.length))
          : this.defaultHost.readFile(fileName);
        if (text === undefined) return undefined;
        const key = `${fileName}\0${text}`;
        let file = this.cache.get(key);
        if (!file) {
          file = ts.createSourceFile(fileName, text, languageVersion);
          // Generated files change every run; only keep what is shared (lib, runtime).
          if (!fileName.startsWith(ROOT) || fileName.includes("/runtime/")) this.cache.set(key, file);
        }
        return file;
      },
    };
    const program = ts.createProgram(
      roots.map((r) => ROOT + r),
      this.options,
      host,
    );
    const diagnostics = [
      ...program.getSyntacticDiagnostics(),
      ...program.getSemanticDiagnostics(),
      ...program.getOptionsDiagnostics(),
    ];
    return diagnostics.map((d) => {
      const where =
        d.file && d.start !== undefined
          ? `${d.file.fileName.replace(ROOT, "")}:${d.file.getLineAndCharacterOfPosition(d.start).line + 1}: `
          : "";
      return `${where}${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
    });
  }
}

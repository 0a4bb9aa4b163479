import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import type * as TS from "typescript";

// Loaded on first use: the compiler takes most of a second to load, and --no-build never needs it.
const typescript = (): typeof TS => createRequire(import.meta.url)("typescript") as typeof TS;

/** Compiles a generated package (`src/` → `dist/`, ESM + .d.ts) with its own tsconfig; throws on type errors. */
export function buildPackage(dir: string): void {
  const ts = typescript();
  const parsed = readConfig(ts, dir);
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  const result = program.emit();
  throwOnDiagnostics(ts, dir, [...ts.getPreEmitDiagnostics(program), ...result.diagnostics]);
}

/**
 * A `buildPackage` that keeps its state between calls, for watch mode: the parsed source files (lib.d.ts above
 * all), the previous program (only files affected by a change are checked and emitted again, as `tsc --watch`
 * does) and every emitted file, since each call builds into a fresh folder.
 */
export function incrementalBuilder(): (dir: string) => void {
  const ts = typescript();
  const emitted = new Map<string, string>(); // path relative to the package → text
  let previous: TS.EmitAndSemanticDiagnosticsBuilderProgram | undefined;
  let host: TS.CompilerHost | undefined;
  return (dir) => {
    const parsed = readConfig(ts, dir);
    host ??= cachingHost(ts, parsed.options);
    const program = ts.createEmitAndSemanticDiagnosticsBuilderProgram(parsed.fileNames, parsed.options, host, previous);
    const diagnostics = [
      ...program.getConfigFileParsingDiagnostics(),
      ...program.getSyntacticDiagnostics(),
      ...program.getGlobalDiagnostics(),
      ...program.getSemanticDiagnostics(),
    ];
    const result = program.emit(undefined, (file, text) => emitted.set(relative(dir, file), text));
    throwOnDiagnostics(ts, dir, [...diagnostics, ...result.diagnostics]);
    previous = program;
    const sources = new Set(parsed.fileNames.map((f) => relative(dir, f).replace(/\.ts$/, "")));
    for (const [path, text] of emitted) {
      // Outputs of a source that is gone (e.g. a removed resource) are dropped.
      const source = path.replace(/^dist\//, "src/").replace(/\.(d\.ts|js)(\.map)?$/, "");
      if (!sources.has(source)) emitted.delete(path);
      else (mkdirSync(dirname(join(dir, path)), { recursive: true }), writeFileSync(join(dir, path), text));
    }
  };
}

/**
 * A compiler host that keeps every parsed file: one of the package is parsed again only when its text changed,
 * and installed ones (lib.d.ts and the like, under node_modules) are read only once.
 *
 * The builder re-checks the importers of a changed file when the hash of its declarations (its .d.ts) changed; a
 * changed description changes only a doc comment there, which no importer's check depends on, yet models.ts is
 * imported by every file. So that hash is taken of the declarations' tokens, comments left out. The version of a
 * source file, which decides whether it is itself checked and emitted again, stays a hash of its whole text.
 */
function cachingHost(ts: typeof TS, options: TS.CompilerOptions): TS.CompilerHost {
  const host = ts.createIncrementalCompilerHost(options);
  host.createHash = (text) => createHash("sha256").update(withoutComments(ts, text)).digest("hex");
  const parsed = new Map<string, { text: string; file: TS.SourceFile }>();
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language, onError, create) => {
    const known = parsed.get(fileName);
    if (known && /[\\/]node_modules[\\/]/.test(fileName)) return known.file;
    const text = host.readFile(fileName);
    if (text !== undefined && known?.text === text) return known.file;
    const file = getSourceFile(fileName, language, onError, create);
    if (file)
      (file as TS.SourceFile & { version: string }).version = createHash("sha256").update(file.text).digest("hex"); // whole: see createHash above
    if (file && text !== undefined) parsed.set(fileName, { text, file });
    return file;
  };
  return host;
}

/**
 * The tokens of a declaration file, space-separated: its text without comments and layout. A text with template
 * literals (whose parts a plain scan would misread) stays whole.
 */
function withoutComments(ts: typeof TS, text: string): string {
  if (text.includes("`")) return text;
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, /* skipTrivia */ true, ts.LanguageVariant.Standard, text);
  const tokens: string[] = [];
  while (scanner.scan() !== ts.SyntaxKind.EndOfFileToken) tokens.push(scanner.getTokenText());
  return tokens.join(" ");
}

function readConfig(ts: typeof TS, dir: string): TS.ParsedCommandLine {
  const configPath = join(dir, "tsconfig.json");
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config.config, ts.sys, dir);
}

function throwOnDiagnostics(ts: typeof TS, dir: string, diagnostics: readonly TS.Diagnostic[]): void {
  if (diagnostics.length === 0) return;
  const host = { getCanonicalFileName: (f: string) => f, getCurrentDirectory: () => dir, getNewLine: () => "\n" };
  throw new Error(`the generated package does not compile:\n${ts.formatDiagnostics(diagnostics.slice(0, 20), host)}`);
}

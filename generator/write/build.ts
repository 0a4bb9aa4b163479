import { createRequire } from "node:module";
import { join } from "node:path";

/** Compiles a generated package (`src/` → `dist/`, ESM + .d.ts) with its own tsconfig; throws on type errors. */
export function buildPackage(dir: string): void {
  // Loaded on first use: the compiler takes most of a second to load, and --no-build never needs it.
  const ts = createRequire(import.meta.url)("typescript") as typeof import("typescript");
  const configPath = join(dir, "tsconfig.json");
  const config = ts.readConfigFile(configPath, ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, dir);
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  const result = program.emit();
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
  if (diagnostics.length > 0) {
    const host = { getCanonicalFileName: (f: string) => f, getCurrentDirectory: () => dir, getNewLine: () => "\n" };
    throw new Error(`the generated package does not compile:\n${ts.formatDiagnostics(diagnostics.slice(0, 20), host)}`);
  }
}

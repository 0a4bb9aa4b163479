import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { type Diagnostic, FailureAfterWarnings, formatDiagnostic, GeneratorError } from "./diagnostics.js";

/** What every command shares: reading its arguments, and printing warnings and failures (on stderr). */

/** `parseArgs`; on bad arguments, prints the problem and the usage and gives undefined (the command exits 2). */
export function parseCommand<T extends ParseArgsConfig>(
  usage: string,
  config: T,
): ReturnType<typeof parseArgs<T>> | undefined {
  try {
    return parseArgs(config);
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return undefined;
  }
}

/** Warnings, one diagnostic each. A command prints them whether it succeeds or fails. */
export function reportWarnings(warnings: readonly Diagnostic[]): void {
  for (const warning of warnings) console.warn(formatDiagnostic(warning));
}

/**
 * A failed command's report: a GeneratorError as a line counting its errors, then every diagnostic (warnings too)
 * in order; any other error as its message, after the warnings it carries. `subject` is what failed (a file, a
 * command), `outcome` what that means for the user's files ("nothing was written.").
 */
export function reportFailure(error: unknown, { subject, outcome }: { subject: string; outcome: string }): void {
  if (error instanceof GeneratorError) {
    const errors = error.diagnostics.filter((d) => d.severity === "error").length;
    console.error(`${subject}: ${errors} error(s); ${outcome}\n${error.diagnostics.map(formatDiagnostic).join("\n")}`);
    return;
  }
  if (error instanceof FailureAfterWarnings) {
    reportWarnings(error.warnings);
    return reportFailure(error.cause, { subject, outcome });
  }
  console.error(`${subject}: ${error instanceof Error ? error.message : String(error)}\n${outcome}`);
}

/**
 * Diagnostics as a command that must stay readable prints them: the errors first, in full; then the warnings, in
 * full with `verbose`, else counted per kind on one line.
 */
export function reportSummarised(diagnostics: readonly Diagnostic[], verbose: boolean): void {
  const errors = diagnostics.filter((d) => d.severity === "error");
  const warnings = diagnostics.filter((d) => d.severity === "warning");
  for (const error of errors) console.error(formatDiagnostic(error));
  if (warnings.length === 0) return;
  if (verbose) return reportWarnings(warnings);
  console.warn(`${warnings.length} warning(s): ${countsPerKind(warnings.map((w) => w.code))} (--verbose lists them)`);
}

/** `3 operation-not-found, 1 pagination-proposed`, most frequent first. */
export function countsPerKind(kinds: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([kind, n]) => `${n} ${kind}`)
    .join(", ");
}

/** Whether the module at `url` is the script node was started with (also when started through a symlink). */
export function isEntryPoint(url: string): boolean {
  const script = process.argv[1];
  return script !== undefined && url === pathToFileURL(realpathSync(script)).href;
}

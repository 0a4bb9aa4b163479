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

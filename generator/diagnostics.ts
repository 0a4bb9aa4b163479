/** A problem found in the input, reported as data so one run can show every problem at once. */
export interface Diagnostic {
  code: string;
  severity: "error" | "warning";
  /** The file the problem is in. */
  file: string;
  /** JSON pointer into that file ("" for the whole document). */
  pointer: string;
  /** 1-based line:column when known (parse errors). */
  line?: number;
  column?: number;
  message: string;
  /** What to do about it. */
  fix?: string;
}

/** Thrown by a stage whose input cannot go further; carries every diagnostic found so far. */
export class GeneratorError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(
      diagnostics
        .filter((d) => d.severity === "error")
        .map(formatDiagnostic)
        .join("\n"),
    );
    this.name = "GeneratorError";
  }
}

/** A stage failed after earlier stages found warnings: the failure (`cause`) with them, so both are printed. */
export class FailureAfterWarnings extends Error {
  constructor(
    readonly warnings: readonly Diagnostic[],
    override readonly cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
    this.name = "FailureAfterWarnings";
  }
}

/** `error` with the warnings found before it: in its diagnostics for a GeneratorError, else around it. */
export function withWarnings(error: unknown, warnings: readonly Diagnostic[]): unknown {
  if (warnings.length === 0) return error;
  if (error instanceof GeneratorError) return new GeneratorError([...warnings, ...error.diagnostics]);
  return new FailureAfterWarnings(warnings, error);
}

/** What a lenient run does instead of stopping: `outcome` ends the warning ("ignored"), `fix` may differ. */
export interface Fallback {
  message: string;
  fix: string;
  outcome: string;
  lenientFix?: string;
}

/**
 * Collects diagnostics for one file. `lenient`: a defect that a documented fallback can stand in for is a warning
 * (the run carries on) instead of an error; `fallback` is the one place that decides.
 */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  constructor(
    readonly file: string,
    readonly lenient = false,
  ) {}

  /** An error, or in lenient mode a warning that says what was done instead; true when the caller falls back. */
  fallback(code: string, pointer: string, { message, fix, outcome, lenientFix }: Fallback): boolean {
    if (this.lenient) this.warn(code, pointer, `${message}; ${outcome}`, lenientFix ?? fix);
    else this.error(code, pointer, message, fix);
    return this.lenient;
  }

  error(code: string, pointer: string, message: string, fix?: string): void {
    this.diagnostics.push({ code, severity: "error", file: this.file, pointer, message, ...(fix ? { fix } : {}) });
  }

  warn(code: string, pointer: string, message: string, fix?: string): void {
    this.diagnostics.push({ code, severity: "warning", file: this.file, pointer, message, ...(fix ? { fix } : {}) });
  }

  get hasErrors(): boolean {
    return this.diagnostics.some((d) => d.severity === "error");
  }

  /** Stops the run when an error was reported. */
  throwIfErrors(): void {
    if (this.hasErrors) throw new GeneratorError(this.diagnostics);
  }
}

const MAX_MESSAGE = 300;
const MAX_POINTER = 200;
const ESCAPES: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/**
 * Makes text from the input safe to print on one terminal line: control characters (newlines, ANSI escapes) are
 * shown escaped, and text longer than `max` keeps its start and end around an ellipsis.
 */
export function printable(text: string, max: number): string {
  const safe = text.replace(
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
  if (safe.length <= max) return safe;
  const tail = Math.floor(max / 4);
  return `${safe.slice(0, max - tail - 1)}…${safe.slice(-tail)}`;
}

/** Three lines per diagnostic: `file:line:col#/pointer`, `severity code: message`, `fix: …`; each stays short. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.file}${d.line !== undefined ? `:${d.line}:${d.column ?? 1}` : ""}${d.pointer ? `#${printable(d.pointer, MAX_POINTER)}` : ""}`;
  return `${where}\n  ${d.severity} ${d.code}: ${printable(d.message, MAX_MESSAGE)}${d.fix ? `\n  fix: ${printable(d.fix, MAX_MESSAGE)}` : ""}`;
}

/** JSON pointer helpers (RFC 6901). */
export function pointerOf(...segments: (string | number)[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

export function splitPointer(pointer: string): string[] {
  if (pointer === "" || pointer === "#") return [];
  // A `#…` pointer is a URI fragment, percent-encoded (`~1%7Bid%7D` is `/{id}`, as DigitalOcean writes them).
  const fragment = pointer.startsWith("#");
  return pointer
    .replace(/^#/, "")
    .slice(1)
    .split("/")
    .map((s) => (fragment ? percentDecoded(s) : s).replace(/~1/g, "/").replace(/~0/g, "~"));
}

function percentDecoded(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a lone `%` is a literal
  }
}

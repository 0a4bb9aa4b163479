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
    super(diagnostics.filter((d) => d.severity === "error").map(formatDiagnostic).join("\n"));
    this.name = "GeneratorError";
  }
}

/** Collects diagnostics for one file. */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  constructor(readonly file: string) {}

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

/** One line per diagnostic: `file#/pointer (line:col) severity code: message. Fix: …` */
export function formatDiagnostic(d: Diagnostic): string {
  const where = `${d.file}${d.line !== undefined ? `:${d.line}:${d.column ?? 1}` : ""}${d.pointer ? `#${d.pointer}` : ""}`;
  const message = d.message.length > MAX_MESSAGE ? `${d.message.slice(0, MAX_MESSAGE)}…` : d.message;
  return `${where}\n  ${d.severity} ${d.code}: ${message}${d.fix ? `\n  fix: ${d.fix}` : ""}`;
}

/** JSON pointer helpers (RFC 6901). */
export function pointerOf(...segments: (string | number)[]): string {
  return segments.map((s) => `/${String(s).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");
}

export function splitPointer(pointer: string): string[] {
  if (pointer === "" || pointer === "#") return [];
  return pointer
    .replace(/^#/, "")
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

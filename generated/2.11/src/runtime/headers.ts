// Copied from templates/runtime/headers.ts. Do not edit here: edit the template and regenerate.
import { IntercomError } from "./errors.js";

/** Sets a header, refusing CR/LF/NUL (header injection). The value is never echoed: it may be a secret. */
export function setHeader(h: Headers, name: string, value: string): void {
  if (/[\r\n\0]/.test(value) || /[\r\n\0]/.test(name)) {
    throw new IntercomError(
      `Invalid value for header "${name.replace(/[\r\n\0]/g, "")}": must not contain CR, LF or NUL`,
    );
  }
  h.set(name, value);
}

export function setHeaders(h: Headers, extra: Record<string, string> | undefined): void {
  for (const [k, v] of Object.entries(extra ?? {})) setHeader(h, k, v);
}

/** Plain copy for hooks, with the credential blanked out. */
export function redact(h: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  h.forEach((v, k) => (out[k] = k === "authorization" ? "Bearer [REDACTED]" : v));
  return out;
}

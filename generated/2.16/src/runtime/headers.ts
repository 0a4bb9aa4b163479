// Copied from templates/runtime/headers.ts. Do not edit here: edit the template and regenerate.
import { SdkRequestError } from "./errors.js";

/**
 * Request headers as a plain object with lower-case names: cheaper than `Headers` on the hot path (fetch converts
 * once). Every name goes through `setHeader`, which refuses `__proto__`, so a plain object is safe.
 */
export type HeaderMap = Record<string, string>;

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** Sets a header, refusing CR/LF/NUL (header injection) and invalid names. The value is never echoed: it may be a secret. */
export function setHeader(h: HeaderMap, name: string, value: string): void {
  if (!TOKEN.test(name) || name.toLowerCase() === "__proto__" || /[\r\n\0]/.test(value)) {
    throw new SdkRequestError(
      `Invalid header "${name.replace(/[^\x21-\x7e]/g, "")}": names must be tokens; values must not contain CR, LF or NUL`,
    );
  }
  h[name.toLowerCase()] = value;
}

export function setHeaders(h: HeaderMap, extra: Record<string, string> | undefined): void {
  if (extra) for (const k of Object.keys(extra)) setHeader(h, k, extra[k]!);
}

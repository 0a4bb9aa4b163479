// Copied from templates/runtime/path.ts. Do not edit here: edit the template and regenerate.
import { SdkError } from "./errors.js";

// Decode until stable so double-encoded traversal (%252e%252e) is caught too; without a "%" there is nothing to decode.
function fullyDecode(s: string): string {
  for (let i = 0; i < 5 && s.includes("%"); i++) {
    try {
      s = decodeURIComponent(s);
    } catch {
      return s; // malformed escapes are sent encoded, i.e. literally
    }
  }
  return s;
}

/**
 * Substitutes `{name}` segments. Values that could change which resource is addressed
 * (empty, ".", "..", or containing a slash once decoded) are rejected before any request.
 */
export function buildPath(
  template: string,
  names: readonly string[] | undefined,
  params: Record<string, unknown>,
): string {
  let path = template;
  for (const name of names ?? []) {
    const v = params[name];
    if (v === undefined || v === null) throw new SdkError(`Missing required path parameter "${name}"`);
    const raw = String(v);
    const decoded = fullyDecode(raw);
    if (decoded === "" || decoded === "." || decoded === ".." || /[/\\]/.test(decoded)) {
      throw new SdkError(`Invalid path parameter "${name}": must be non-empty, not "." or "..", and contain no "/"`);
    }
    path = path.replace(`{${name}}`, encodeURIComponent(raw));
  }
  return path;
}

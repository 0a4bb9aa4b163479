// Copied from templates/runtime/path.ts. Do not edit here: edit the template and regenerate.
import { SdkRequestError } from "./errors.js";

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
 * Substitutes `{name}` segments. Values that could change which resource is addressed (empty, ".", "..", or
 * containing a slash once decoded) are rejected before any request. A parameter in `multiSegment` (the description's
 * `x-multi-segment`) may hold `/`: each of its segments is checked and encoded alike.
 */
export function buildPath(
  template: string,
  names: readonly string[] | undefined,
  params: Record<string, unknown>,
  multiSegment?: readonly string[],
): string {
  let path = template;
  for (const name of names ?? []) {
    const v = params[name];
    if (v === undefined || v === null) throw new SdkRequestError(`Missing required path parameter "${name}"`);
    const segments = multiSegment?.includes(name) ? String(v).split("/") : [String(v)];
    for (const raw of segments) {
      const decoded = fullyDecode(raw);
      if (decoded === "" || decoded === "." || decoded === ".." || /[/\\]/.test(decoded)) {
        throw new SdkRequestError(
          `Invalid path parameter "${name}": must be non-empty, not "." or "..", and contain no "/"`,
        );
      }
    }
    path = path.replace(`{${name}}`, segments.map(encodeURIComponent).join("/"));
  }
  return path;
}

import type { QueryParamSpec } from "./operation.js";

export const enc = encodeURIComponent;

export const text = (v: unknown): string =>
  v instanceof Date ? v.toISOString() : typeof v === "object" ? JSON.stringify(v) : String(v);

const present = (v: unknown): boolean => v !== undefined && v !== null;

export const isObject = (v: unknown): v is object => typeof v === "object" && v !== null && !(v instanceof Date);

// deepObject: a[b]=1, nested a[b][c]=1, arrays repeat the key.
function deep(out: string[], key: string, v: unknown): void {
  if (Array.isArray(v)) for (const x of v) deep(out, key, x);
  else if (isObject(v)) for (const [k, x] of Object.entries(v)) deep(out, `${key}[${enc(k)}]`, x);
  else if (present(v)) out.push(`${key}=${enc(text(v))}`);
}

const DELIM = { form: ",", spaceDelimited: "%20", pipeDelimited: "|" } as const;

/** Serializes the query params per OpenAPI style/explode; undefined/null values are skipped. */
export function buildQuery(
  specs: readonly (string | QueryParamSpec)[] | undefined,
  params: Record<string, unknown>,
): string {
  const out: string[] = [];
  for (const s of specs ?? []) {
    const { name, style = "form", explode = style === "form" } = typeof s === "string" ? { name: s } : s;
    const v = params[name];
    if (style === "deepObject") {
      deep(out, enc(name), v);
      continue;
    }
    // Objects give [key, value] pairs (explode drops the param name, per OpenAPI); scalars and arrays [name, item].
    const obj = isObject(v) && !Array.isArray(v);
    const pairs = (obj ? Object.entries(v) : [v].flat().map((x): [string, unknown] => [name, x])).filter(([, x]) =>
      present(x),
    );
    if (explode) for (const [k, x] of pairs) out.push(`${enc(k)}=${enc(text(x))}`);
    else if (pairs.length) {
      const values = obj ? pairs.flat() : pairs.map(([, x]) => x);
      out.push(`${enc(name)}=${values.map((x) => enc(text(x))).join(DELIM[style])}`);
    }
  }
  return out.join("&");
}

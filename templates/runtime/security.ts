import { readEnv } from "./env.js";
import { SdkError, SdkRequestError } from "./errors.js";
import { type HeaderMap, setHeader } from "./headers.js";

/**
 * One security scheme of the description, as the generator emits it into the package's table: where its credential
 * goes on the wire, and the environment variable read when the client is given none.
 * - `apiKey`: the value as it is, in a header, query parameter or cookie named `name`.
 * - `basic`: `Authorization: Basic …` from `{ username, password }` (or `"username:password"`).
 * - `bearer`: `Authorization: Bearer <token>` (http bearer, oauth2, openIdConnect). With `grant`, an oauth2
 *   clientCredentials flow: `{ clientId, clientSecret }` are exchanged at `tokenUrl` for the token.
 */
export type SecurityScheme = { env: string } & (
  | { type: "apiKey"; in: "header" | "query" | "cookie"; name: string }
  | { type: "basic" }
  | { type: "bearer"; tokenUrl?: string; grant?: TokenGrant }
);

/** Alternatives (any one suffices) of combinations (every scheme of one is sent). `[]` in it: none needed. */
export type SecurityRequirements = readonly (readonly string[])[];

export interface BasicCredentials {
  username: string;
  password: string;
}

export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
  /** Sent as `scope`, space-separated. */
  scopes?: readonly string[];
}

type Value = string | BasicCredentials;

/**
 * A credential: a string (API key, token, or `username:password` for basic), `{ username, password }`, an oauth2
 * scheme's `{ clientId, clientSecret }`, or a (possibly async) function called before every attempt.
 */
export type Credential = Value | ClientCredentials | (() => Value | Promise<Value>);

/** Fetches (and caches) tokens for an oauth2 flow; `fresh` skips the cache (after a 401). */
export type TokenGrant = (
  tokenUrl: string,
  credentials: ClientCredentials,
  fetchFn: () => typeof fetch,
) => (fresh?: boolean) => Promise<string>;

/** What the client holds per scheme: a credential, resolved once; a token source for a grant. */
export type Resolved = Value | ((fresh?: boolean) => Value | Promise<Value>);

/** The credential of each scheme: passed (`token` fills the one bearer scheme), else from its environment variable. */
export function resolveCredentials(
  schemes: Readonly<Record<string, SecurityScheme>>,
  given: Readonly<Record<string, Credential | undefined>> | undefined,
  token: Credential | undefined,
  fetchFn: () => typeof fetch,
): Record<string, Resolved> {
  const bearers = Object.keys(schemes).filter((k) => schemes[k]!.type === "bearer");
  if (token !== undefined && bearers.length !== 1)
    throw new SdkError("`token` is for an API with one bearer scheme: pass `credentials` by scheme name");
  const out: Record<string, Resolved> = {};
  for (const name of Object.keys(schemes)) {
    const scheme = schemes[name]!;
    const v = given?.[name] ?? (name === bearers[0] ? token : undefined) ?? readEnv(scheme.env);
    if (!v) continue;
    // A string is checked now (CR/LF: fail fast, without echoing it); a function's result on each call.
    if (typeof v === "string") setHeader({}, "Authorization", v);
    out[name] =
      typeof v === "object" && "clientId" in v
        ? scheme.type === "bearer" && scheme.grant && scheme.tokenUrl
          ? scheme.grant(scheme.tokenUrl, v, fetchFn)
          : fail(`\`${name}\` has no clientCredentials flow: pass its token`)
        : v;
  }
  return out;
}

function fail(message: string): never {
  throw new SdkRequestError(message);
}

/** What one attempt sends for its credentials. */
export interface Applied {
  /** `[name, value]` query parameters. */
  query: [string, string][];
  /** A scheme with a token grant was used: a 401 may be answered by fetching a fresh token. */
  granted: boolean;
}

/**
 * Sets the credentials of the first requirement whose schemes all have one (headers into `h`, cookies appended to
 * its `cookie`). Throws SdkRequestError naming the schemes when none can be met; nothing is sent then.
 */
export async function applyCredentials(
  h: HeaderMap,
  schemes: Readonly<Record<string, SecurityScheme>>,
  requirements: SecurityRequirements,
  held: Readonly<Record<string, Resolved>>,
  fresh: boolean,
): Promise<Applied> {
  const out: Applied = { query: [], granted: false };
  if (!requirements.length) return out;
  // A credential header the caller set through `headers` counts as given (and is kept).
  const preset = (name: string) => {
    const header = headerOf(schemes[name]);
    return header !== undefined && h[header] !== undefined;
  };
  const met = requirements.find((r) => r.every((name) => held[name] !== undefined || preset(name)));
  if (!met) {
    const need = requirements
      .map((r) => r.map((name) => `\`${name}\` (or ${schemes[name]?.env})`).join(" and "))
      .join("; or ");
    fail(`Missing credentials: pass \`credentials\` for ${need}`);
  }
  for (const name of met) {
    const scheme = schemes[name]!;
    const source = held[name];
    if (source === undefined || preset(name)) continue;
    const v = typeof source === "function" ? await source(fresh) : source;
    if (typeof v === "string" ? !v : !(v as BasicCredentials | null)?.username)
      fail(`The credential function of \`${name}\` returned no credential`);
    out.granted ||= scheme.type === "bearer" && !!scheme.grant && typeof source === "function";
    if (scheme.type === "apiKey") {
      const text = String(v);
      if (scheme.in === "query") out.query.push([scheme.name, text]);
      else if (scheme.in === "header") setHeader(h, scheme.name, text);
      else setHeader(h, "cookie", `${h["cookie"] ? `${h["cookie"]}; ` : ""}${scheme.name}=${text}`);
    } else if (scheme.type === "basic") {
      const pair = typeof v === "string" ? v : `${v.username}:${v.password}`;
      setHeader(h, "Authorization", `Basic ${base64(pair)}`);
    } else setHeader(h, "Authorization", `Bearer ${String(v)}`);
  }
  return out;
}

/** The header a scheme's credential goes in (lower-case), if any. */
function headerOf(s: SecurityScheme | undefined): string | undefined {
  return !s ? undefined : s.type !== "apiKey" ? "authorization" : s.in === "header" ? s.name.toLowerCase() : undefined;
}

/** UTF-8, then base64 (btoa alone takes Latin-1 only). */
function base64(s: string): string {
  return btoa(String.fromCharCode(...new TextEncoder().encode(s)));
}

/**
 * Names that carry credentials, for redaction: `authorization` always (whoever set it), every apiKey header, `cookie`
 * when a scheme uses one, and the apiKey query parameters.
 */
export function secretNames(schemes: Readonly<Record<string, SecurityScheme>>): { headers: string[]; query: string[] } {
  const headers = ["authorization"];
  const query: string[] = [];
  for (const s of Object.values(schemes))
    if (s.type === "apiKey")
      (s.in === "query" ? query : headers).push(s.in === "cookie" ? "cookie" : s.name.toLowerCase());
  return { headers, query };
}

/** A copy of the headers for hooks: each credential's value replaced, an auth scheme's word (`Bearer`) kept. */
export function redactHeaders(h: HeaderMap, names: readonly string[]): HeaderMap {
  const out = { ...h };
  for (const n of names) if (out[n]) out[n] = out[n].replace(/^(Bearer |Basic )?[^]*$/i, "$1[REDACTED]");
  return out;
}

/** The URL for hooks: the values of credential query parameters replaced. */
export function redactUrl(url: string, names: readonly string[]): string {
  for (const n of names) {
    const key = encodeURIComponent(n).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    url = url.replace(new RegExp(`([?&]${key}=)[^&#]*`, "g"), "$1[REDACTED]");
  }
  return url;
}

// Copied from templates/runtime/security.ts. Do not edit here: edit the template and regenerate.
import { readEnv } from "./env.js";
import { SdkRequestError } from "./errors.js";
import { type HeaderMap, setHeader } from "./headers.js";

/**
 * One security scheme of the description, as the generator emits it into the package's table: how its credential
 * goes on the wire (`set`: `bearer`, `basic` or `apiKey`, imported only by packages that use it) and the environment
 * variable read when the client is given none. http bearer, oauth2 and openIdConnect are all bearer tokens.
 */
export interface SecurityScheme {
  env: string;
  set: Applier;
  /** The header the credential goes in, lower-case (none for an apiKey in a query parameter or cookie). */
  header?: string;
  /** An apiKey outside the headers: where, and under which name. */
  in?: "query" | "cookie";
  name?: string;
  /** The API's one bearer-like scheme: the `token` option fills it. */
  token?: true;
  /** oauth2 clientCredentials: `{ clientId, clientSecret }` are exchanged at `tokenUrl` for tokens by `grant`. */
  tokenUrl?: string;
  grant?: TokenGrant;
}

/** Puts one credential on the request: headers into `h`, query parameters into `q`. */
export type Applier = (h: HeaderMap, q: [string, string][], v: Value, s: SecurityScheme) => void;

export const bearer: Applier = (h, _q, v) => setHeader(h, "Authorization", `Bearer ${v as string}`);

/** UTF-8, then base64 (btoa alone takes Latin-1 only). */
export const basic: Applier = (h, _q, v) =>
  setHeader(
    h,
    "Authorization",
    `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(typeof v === "string" ? v : `${v.username}:${v.password}`)))}`,
  );

export const apiKey: Applier = (h, q, v, s) => {
  if (s.header) setHeader(h, s.header, v as string);
  else if (s.in === "query") q.push([s.name!, v as string]);
  else setHeader(h, "cookie", `${h["cookie"] ? `${h["cookie"]}; ` : ""}${s.name}=${v as string}`);
};

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
  /** The client's server: a relative `tokenUrl` is resolved against it. */
  baseUrl: string,
) => (fresh?: boolean) => Promise<string>;

/** What the client holds per scheme: a credential, or a grant's token source. */
export type Resolved = Value | ((fresh?: boolean) => Value | Promise<Value>);

/**
 * The credential of each scheme: passed (`token` fills the API's one bearer scheme), else from its environment
 * variable. A string is checked now (CR/LF: fail fast, without echoing it); a function's result on each call.
 */
export function resolveCredentials(
  schemes: Readonly<Record<string, SecurityScheme>>,
  given: Readonly<Record<string, Credential | undefined>> | undefined,
  token: Credential | undefined,
  fetchFn: () => typeof fetch,
  baseUrl: string,
): Record<string, Resolved> {
  const out: Record<string, Resolved> = {};
  for (const name in schemes) {
    const s = schemes[name]!;
    const v = given?.[name] ?? (s.token && token) ?? readEnv(s.env);
    if (typeof v === "string") setHeader({}, "Authorization", v);
    if (v)
      out[name] =
        s.grant && typeof v === "object"
          ? s.grant(s.tokenUrl!, v as ClientCredentials, fetchFn, baseUrl)
          : (v as Resolved);
  }
  return out;
}

/** The request as sent once credentials are applied. */
export interface Applied {
  /** The URL to send: the one given, with any credential query parameters added. */
  url: string;
  /** The same URL for hooks: each credential query parameter's value redacted. */
  shown: string;
  /** A token grant was used: a 401 may be answered with a fresh token. */
  granted?: boolean;
}

/**
 * Puts the credentials an operation's requirements ask for on the request, once per attempt. The generated client
 * names one (DEFAULTS' `authenticate`): `applyCredentials` for any table, or `applySoleScheme` when one header
 * scheme is the only requirement, which keeps the general search out of that package's bundle.
 */
export type Authenticate = (
  h: HeaderMap,
  url: string,
  schemes: Readonly<Record<string, SecurityScheme>>,
  requirements: SecurityRequirements,
  held: Readonly<Record<string, Resolved>>,
  fresh: boolean,
) => Promise<Applied>;

/**
 * Sets the credentials of the first requirement whose schemes all have one (a credential header the caller set
 * through `headers` counts, and is kept). Throws SdkRequestError naming the schemes when no requirement can be
 * met: nothing is sent.
 */
export const applyCredentials: Authenticate = async (h, url, schemes, requirements, held, fresh) => {
  const query: [string, string][] = [];
  let granted = false;
  const preset = (name: string) => h[schemes[name]?.header!] !== undefined;
  const met = requirements.length
    ? requirements.find((r) => r.every((name) => held[name] !== undefined || preset(name)))
    : [];
  if (!met) {
    const each = requirements.map((r) => r.map((n) => `\`${n}\` (or ${schemes[n]?.env})`).join(" and "));
    throw missing(each.join("; or "));
  }
  for (const name of met) {
    const s = schemes[name]!;
    const source = held[name];
    if (source === undefined || preset(name)) continue;
    if (typeof source === "function" && s.grant) granted = true;
    s.set(h, query, await valueOf(name, source, fresh), s);
  }
  const withQuery = (redact: boolean) =>
    query.reduce(
      (u, [k, v], i) =>
        `${u}${i || url.includes("?") ? "&" : "?"}${encodeURIComponent(k)}=${redact ? "[REDACTED]" : encodeURIComponent(v)}`,
      url,
    );
  return { url: withQuery(false), shown: withQuery(true), granted };
};

/** `applyCredentials` for a table whose one header scheme (no token grant) every operation requires. */
export const applySoleScheme: Authenticate = async (h, url, schemes, requirements, held, fresh) => {
  const name = requirements[0]![0]!;
  const s = schemes[name]!;
  const source = held[name];
  if (h[s.header!] === undefined) {
    if (source === undefined) throw missing(`\`${name}\` (or ${s.env})`);
    s.set(h, [], await valueOf(name, source, fresh), s);
  }
  return { url, shown: url };
};

function missing(schemes: string): SdkRequestError {
  return new SdkRequestError(`Missing credentials: ${schemes}`);
}

/** A held credential's value for this attempt: a function is called (and must return one). */
async function valueOf(name: string, source: Resolved, fresh: boolean): Promise<Value> {
  const v = typeof source === "function" ? await source(fresh) : source;
  if (typeof v === "string" ? !v : !(v as BasicCredentials | null)?.username)
    throw new SdkRequestError(`The credential function of \`${name}\` returned none`);
  return v;
}

/**
 * A copy of the headers for hooks: `authorization`, `cookie` and every apiKey header of the table redacted, whoever
 * set them; an auth scheme's word (`Bearer`) is kept.
 */
export function redactHeaders(h: HeaderMap, schemes: Readonly<Record<string, SecurityScheme>>): HeaderMap {
  const out = { ...h };
  for (const n of ["authorization", "cookie", ...Object.values(schemes).map((s) => s.header)])
    if (out[n!]) out[n!] = out[n!]!.replace(/^(Bearer |Basic )?[^]*$/i, "$1[REDACTED]");
  return out;
}

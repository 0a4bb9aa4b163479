// Copied from templates/runtime/webhooks.ts. Do not edit here: edit the template and regenerate.
import { SdkError } from "./errors.js";

/** How the API signs its webhook notifications: declared by the vendor profile, handed over by the package. */
export interface WebhookScheme {
  /** The header carrying the signature (looked up case-insensitively). */
  header: string;
  /** The HMAC's hash, as WebCrypto names it. */
  algorithm: "SHA-1" | "SHA-256" | "SHA-512";
  /** What precedes the hex digest in the header (`sha1=`). */
  prefix: string;
  /** The name the package exports the error under (`error.name`). */
  errorName: string;
}

/** A verified notification: its topic, and under `data.item` the object it is about. */
export type WebhookNotification<Topic extends string, Item> = {
  topic: Topic;
  data: { item: Item; [key: string]: unknown };
  [key: string]: unknown;
};

/** Request headers as servers hand them over: a `Headers` (fetch) or a plain object (Node's `IncomingMessage`). */
export type WebhookHeaders = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

/** A notification whose signature is missing or wrong, or whose body is not JSON. The message never holds the secret. */
export class SdkWebhookError extends SdkError {
  constructor(message: string, name: string) {
    super(message);
    this.name = name;
  }
}

/**
 * Checks the signature of a notification's raw body (as received: before any parsing, which would change its bytes)
 * with the app's secret, in constant time, then parses it. WebCrypto only: Node ≥ 20, browsers, edge runtimes.
 */
export async function verifySignature(
  scheme: WebhookScheme,
  rawBody: string | Uint8Array | ArrayBuffer,
  headers: WebhookHeaders,
  secret: string,
): Promise<unknown> {
  const fail = (message: string) => new SdkWebhookError(message, scheme.errorName);
  if (typeof secret !== "string" || secret === "") throw fail("No webhook secret: pass the app's secret");
  const given = headerValue(headers, scheme.header);
  if (given === undefined) throw fail(`Missing ${scheme.header} header: the notification is not signed`);
  const hex = given.trim();
  if (!hex.startsWith(scheme.prefix) || !/^[0-9a-f]+$/i.test(hex.slice(scheme.prefix.length)))
    throw fail(`Malformed ${scheme.header} header: expected ${scheme.prefix}<hex digest>`);
  const body = typeof rawBody === "string" ? new TextEncoder().encode(rawBody) : new Uint8Array(rawBody);
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey(
    "raw",
    encoder.encode(secret),
    { name: "HMAC", hash: scheme.algorithm },
    false,
    ["sign"],
  );
  const expected = new Uint8Array(await crypto.subtle.sign("HMAC", key, body));
  if (!sameDigest(expected, hex.slice(scheme.prefix.length).toLowerCase()))
    throw fail(`${scheme.header} does not match the body: a wrong secret, or a body changed since it was signed`);
  try {
    return JSON.parse(typeof rawBody === "string" ? rawBody : new TextDecoder().decode(body));
  } catch {
    throw fail("The signed body is not JSON");
  }
}

function headerValue(headers: WebhookHeaders, name: string): string | undefined {
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers))
    if (key.toLowerCase() === wanted) return typeof value === "string" ? value : value?.[0];
  return undefined;
}

/** Compares every byte whatever the first difference (the time says nothing about the digest); lengths are public. */
function sameDigest(expected: Uint8Array, hex: string): boolean {
  if (hex.length !== expected.length * 2) return false;
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= expected[i]! ^ parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return diff === 0;
}

/**
 * Naming rules, decided once here: every emitted identifier comes through these functions, and these are the names
 * no identifier may take. Which name a declaration gets in the package is the name registry's (name-registry.ts).
 */

/** Names no emitted identifier may take: TypeScript/JavaScript globals (the runtime's: ../runtime-exports.ts). */
const GLOBAL_NAMES = new Set([
  // globals and built-in types
  "Array",
  "ArrayBuffer",
  "Awaited",
  "BigInt",
  "Blob",
  "Boolean",
  "DataView",
  "Date",
  "Error",
  "EvalError",
  "File",
  "FormData",
  "Function",
  "Headers",
  "Infinity",
  "Intl",
  "Iterable",
  "JSON",
  "Map",
  "Math",
  "NaN",
  "Number",
  "Object",
  "Omit",
  "Partial",
  "Pick",
  "Promise",
  "Proxy",
  "RangeError",
  "Readonly",
  "Record",
  "ReferenceError",
  "Reflect",
  "RegExp",
  "Request",
  "Required",
  "Response",
  "Set",
  "String",
  "Symbol",
  "SyntaxError",
  "TypeError",
  "URIError",
  "URL",
  "URLSearchParams",
  "Uint8Array",
  "WeakMap",
  "WeakSet",
  "Exclude",
  "Extract",
  "NonNullable",
  "ReturnType",
  // reserved words and primitive type names
  "any",
  "boolean",
  "never",
  "null",
  "number",
  "object",
  "string",
  "symbol",
  "undefined",
  "unknown",
  "void",
]);

const RESERVED_WORDS = new Set(
  (
    "break case catch class const continue debugger default delete do else enum export extends false finally for " +
    "function if import in instanceof new null return super switch this throw true try typeof var void while with " +
    "as implements interface let package private protected public static yield await"
  ).split(" "),
);

/** Splits `company_list`, `RetrieveACompanyById`, `Data Attributes`, `pt-BR` into words. */
export function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

const DIGITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

/**
 * `company_list` → `CompanyList`. A leading number reads as a word: one digit is spelled out (`1-Click Apps` →
 * `OneClickApps`, `2fa` → `TwoFa`), a longer number moves to the end (`365 Days` → `Days365`).
 */
export function pascalCase(text: string): string {
  const parts = words(text);
  const lead = /^(\d+)(.*)$/.exec(parts[0] ?? "");
  if (lead) {
    const [, number = "", rest = ""] = lead;
    parts.shift();
    if (rest) parts.unshift(rest);
    if (number.length === 1) parts.unshift(DIGITS[+number]!);
    else parts.push(number);
  }
  const name = parts.map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
  return /^[0-9]/.test(name) ? `N${name}` : name || "Unnamed";
}

/** `Data Attributes` → `dataAttributes`, `AI Content` → `aiContent`. */
export function camelCase(text: string): string {
  return lowerFirstWord(pascalCase(text));
}

/**
 * `RetrieveACompanyById` → `retrieveACompanyById`, `AIAgentReply` → `aiAgentReply`, `sshKeys_list` → `sshKeysList`,
 * `repos/get` → `reposGet`; ids of letters and digits only keep the rest of their casing.
 */
export function methodNameFromOperationId(operationId: string): string {
  return /^[A-Za-z][A-Za-z0-9]*$/.test(operationId) ? lowerFirstWord(operationId) : camelCase(operationId);
}

/**
 * The method without the resource's name in it: each of the resource's words, in order, singular or plural
 * (`repos` + `reposGet` → `get`, `customers` + `getCustomers` → `get`, `cdnEndpoints` + `cdnListEndpoints` →
 * `list`, `domainRecords` + `domainsGetRecord` → `get`), unless a word is missing or nothing is left.
 */
export function withoutResourceName(method: string, resource: string): string {
  const parts = words(method);
  const stem = (w: string) => w.toLowerCase().replace(/s$/, "");
  const dropped = new Set<number>();
  for (const word of words(resource)) {
    const at = parts.findIndex((p, i) => i > Math.max(-1, ...dropped) && stem(p) === stem(word));
    if (at < 0) return method;
    dropped.add(at);
  }
  const rest = parts.filter((_, i) => !dropped.has(i));
  // `retrieveAThingById` stays: without its noun the article would dangle.
  const dangling = [...dropped].some((i) => /^(a|an|the)$/i.test(parts[i - 1] ?? ""));
  if (rest.length === 0 || dangling || /^[0-9]/.test(rest[0]!)) return method;
  return lowerFirstWord(rest.map((w, i) => (i === 0 ? w : w[0]!.toUpperCase() + w.slice(1))).join(""));
}

/** Lower-cases a leading capital, or a leading acronym (`URLFor` → `urlFor`, `URL` → `url`). */
function lowerFirstWord(name: string): string {
  const acronym = /^[A-Z]+(?=[A-Z][a-z]|[^A-Za-z]|$)/.exec(name)?.[0];
  if (acronym && acronym.length > 1) return acronym.toLowerCase() + name.slice(acronym.length);
  return name[0]!.toLowerCase() + name.slice(1);
}

/** `get /contacts/{id}/notes` → `getContactsIdNotes`, for operations without an operationId. */
export function methodNameFromRoute(httpMethod: string, path: string): string {
  return camelCase(`${httpMethod.toLowerCase()} ${path}`);
}

export function isIdentifier(name: string): boolean {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);
}

export function isReservedWord(name: string): boolean {
  return RESERVED_WORDS.has(name);
}

/** A TypeScript/JavaScript global, built-in type or keyword: no emitted identifier may take it. */
export function isGlobalOrKeyword(name: string): boolean {
  return GLOBAL_NAMES.has(name) || RESERVED_WORDS.has(name);
}

/** Members every emitted resource class has, which no method may be named. */
export const RESOURCE_MEMBERS: ReadonlySet<string> = new Set(["client", "constructor"]);

/** What the emitted client module declares beside the client class. */
export const CLIENT_MODULE_NAMES = {
  region: "Region",
  scheme: "SchemeName",
  defaults: "DEFAULTS",
  createClient: "createClient",
  createValidatingClient: "createValidatingClient",
  validator: "validator",
  verifyWebhook: "verifyWebhook",
  webhookEvent: "WebhookEvent",
} as const;

/**
 * The prefix of the runtime's own error classes. The package exports them under the profile's prefix too
 * (`GitHubApiError`), as aliases of the same classes, so `instanceof` works with either name.
 */
export const RUNTIME_ERROR_PREFIX = "Sdk";

/** The error classes the package exports under a prefix (`Intercom` → `IntercomError`, `IntercomApiError`…). */
export function errorClassNames(prefix: string): string[] {
  return [
    "Error",
    "ApiError",
    "RequestError",
    "ConnectionError",
    "TimeoutError",
    "ParseError",
    "ValidationError",
    "WebhookError",
  ].map((n) => prefix + n);
}

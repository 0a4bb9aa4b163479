/** Naming rules, decided once here: every emitted identifier comes through these functions. */

/** Names a type may not take: TypeScript/JavaScript globals and the runtime's own exports. */
const RESERVED_TYPE_NAMES = new Set([
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
  // the runtime's public names
  "Intercom",
  "ClientCore",
  "ClientOptions",
  "ClientDefaults",
  "RequestOptions",
  "ApiPromise",
  "OperationSpec",
  "Page",
  "PagePromise",
  "PaginationSpec",
  "IntercomError",
  "IntercomApiError",
  "IntercomConnectionError",
  "IntercomTimeoutError",
  "IntercomParseError",
  "BadRequestError",
  "UnauthorizedError",
  "ForbiddenError",
  "NotFoundError",
  "ConflictError",
  "UnprocessableEntityError",
  "RateLimitError",
  "InternalServerError",
  "IntercomValidationError",
  "ResponseValidator",
  "ValidateMode",
  "ValidationInfo",
  "ValidationIssue",
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

export function pascalCase(text: string): string {
  const name = words(text)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");
  return /^[0-9]/.test(name) ? `T${name}` : name || "Unnamed";
}

/** `Data Attributes` → `dataAttributes`, `AI Content` → `aiContent`. */
export function camelCase(text: string): string {
  return lowerFirstWord(pascalCase(text));
}

/**
 * `RetrieveACompanyById` → `retrieveACompanyById`, `AIAgentReply` → `aiAgentReply`; ids that are already
 * identifiers keep the rest of their casing.
 */
export function methodNameFromOperationId(operationId: string): string {
  return isIdentifier(operationId) ? lowerFirstWord(operationId) : camelCase(operationId);
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

/**
 * Hands out unique names in one namespace. Rule: a reserved or global name gets the suffix `Model`
 * (`Error` → `ErrorModel`); a name already taken gets the next free number (`Company2`).
 */
export class NameRegistry {
  private readonly taken = new Set<string>();

  claim(desired: string): string {
    let base = desired;
    if (RESERVED_TYPE_NAMES.has(base) || RESERVED_WORDS.has(base)) base = `${base}Model`;
    let name = base;
    for (let n = 2; this.taken.has(name); n++) name = `${base}${n}`;
    this.taken.add(name);
    return name;
  }
}

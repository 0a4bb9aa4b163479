// Copied from templates/runtime/validate.ts. Do not edit here: edit the template and regenerate.
// One validator for two jobs: the generator checks the description's examples with it, and the client (opt-in)
// checks response bodies. Both read the same data-only schema table, compiled from the model that makes the types.

/**
 * A type as data. A string is a primitive — `s` string, `n` number, `i` integer, `b` boolean, `0` null, `*` anything — or the
 * name of a table entry (names are PascalCase, so they never clash with the one-character primitives).
 * `e` one of these values; `a` array of; `o` object (`r` required keys, `x` the type of other keys, which are
 * otherwise allowed unchecked: the API may add fields); `u` one of (any variant); `i` all of; `z` this or null.
 */
export type Schema =
  | string
  | { readonly e: readonly (string | number | boolean | null)[] }
  | { readonly a: Schema }
  | { readonly t: readonly Schema[]; readonly y?: Schema | false }
  | { readonly o: Readonly<Record<string, Schema>>; readonly r?: readonly string[]; readonly x?: Schema }
  | { readonly u: readonly Schema[] }
  | { readonly i: readonly Schema[] }
  | { readonly z: Schema };

/** Named schemas, by type name. */
export type SchemaTable = Readonly<Record<string, Schema>>;

export interface ValidationIssue {
  /** Where in the value: `website`, `data[3].id`; "" for the value itself. */
  path: string;
  message: string;
  /** What is wrong, for grouping. */
  code: "required" | "null" | "type" | "enum";
  /** Where in the schemas: the named type and the property path inside it (`Company.website`, `CompanyList.data[]`). */
  schema: string;
}

const PRIMITIVE: Readonly<Record<string, string>> = { s: "string", n: "number", i: "integer", b: "boolean" };

const kindOf = (v: unknown): string => (v === null ? "null" : Array.isArray(v) ? "array" : typeof v);

const join = (base: string, key: string): string => (base ? `${base}.${key}` : key);

/**
 * The ways `value` disagrees with `schema` (empty when it fits). `seen`, when given, collects the names of the table
 * entries the value was checked against (the evidence stage counts examples per type with it).
 */
export function validate(value: unknown, schema: Schema, table: SchemaTable, seen?: Set<string>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  check(value, schema, "", "", table, issues, seen);
  return issues;
}

function check(
  value: unknown,
  schema: Schema,
  path: string,
  at: string,
  table: SchemaTable,
  out: ValidationIssue[],
  seen: Set<string> | undefined,
): void {
  const issue = (code: ValidationIssue["code"], message: string) => out.push({ path, message, code, schema: at });
  if (typeof schema === "string") {
    if (schema === "*") return;
    if (schema === "0") return value === null ? undefined : void issue("type", `expected null, got ${kindOf(value)}`);
    const primitive = PRIMITIVE[schema];
    if (primitive) {
      if (value === null) return void issue("null", "not nullable, got null");
      // An integer is a number without a fractional part: 1.5 is a number, not an integer.
      if (schema === "i" ? Number.isInteger(value) : typeof value === primitive) return;
      const got = schema === "i" && typeof value === "number" ? String(value) : kindOf(value);
      return void issue("type", `expected ${primitive}, got ${got}`);
    }
    const named = table[schema];
    if (named === undefined) return;
    // A null where the named type takes none belongs to the property holding it, not to the type.
    if (value === null) return void (validate(null, named, table).length && issue("null", "not nullable, got null"));
    seen?.add(schema);
    return check(value, named, path, schema, table, out, seen);
  }
  if ("z" in schema) return value === null ? undefined : check(value, schema.z, path, at, table, out, seen);
  if ("e" in schema) {
    if (schema.e.includes(value as never)) return;
    if (value === null) return void issue("null", "not nullable, got null");
    const listed = schema.e.map((v) => JSON.stringify(v)).join(", ");
    return void issue("enum", `${JSON.stringify(value)} is not one of ${listed}`);
  }
  if ("i" in schema) return schema.i.forEach((part) => check(value, part, path, at, table, out, seen));
  if ("u" in schema) {
    // The closest variant's issues tell the most (e.g. the one whose `type` tag matched).
    let best: [ValidationIssue[], Set<string> | undefined] | undefined;
    for (const variant of schema.u) {
      const found: ValidationIssue[] = [];
      const tried = seen && new Set<string>();
      check(value, variant, path, at, table, found, tried);
      if (!best || found.length < best[0].length) best = [found, tried];
      if (found.length === 0) break;
    }
    best?.[1]?.forEach((name) => seen?.add(name));
    return void out.push(...(best?.[0] ?? []));
  }
  if (value === null) return void issue("null", "not nullable, got null");
  if ("a" in schema || "t" in schema) {
    if (!Array.isArray(value)) return void issue("type", `expected array, got ${kindOf(value)}`);
    // A tuple (`t`) checks each position, then its rest (`y`: false allows no more items).
    if ("t" in schema && schema.y === false && value.length > schema.t.length)
      issue("type", `expected at most ${schema.t.length} items, got ${value.length}`);
    return value.forEach((item, n) => {
      const s = "a" in schema ? schema.a : (schema.t[n] ?? schema.y);
      if (s) check(item, s, `${path}[${n}]`, `${at}[${"a" in schema ? "" : n}]`, table, out, seen);
    });
  }
  if (kindOf(value) !== "object") return void issue("type", `expected object, got ${kindOf(value)}`);
  const obj = value as Record<string, unknown>;
  for (const key of schema.r ?? []) {
    if (obj[key] === undefined)
      out.push({ path: join(path, key), message: "required, absent", code: "required", schema: join(at, key) });
  }
  for (const [key, v] of Object.entries(obj)) {
    const s = Object.hasOwn(schema.o, key) ? schema.o[key] : schema.x;
    if (s !== undefined && v !== undefined) check(v, s, join(path, key), join(at, key), table, out, seen);
  }
}

/** `off` (default): nothing runs. `warn`: the body is returned as received and the issues reported. `throw`: rejected. */
export type ValidateMode = "off" | "warn" | "throw";

/** What `onValidationIssues` is told besides the issues. */
export interface ValidationInfo {
  /** The SDK name of the call, e.g. `companies.find`. */
  operation: string;
  method: string;
  path: string;
  status: number;
  requestId: string | undefined;
}

/** The response schemas of a package: its types, and per operation (`METHOD /path`) the SDK name and body schema. */
export interface ResponseSchemas {
  types: SchemaTable;
  operations: Readonly<Record<string, readonly [name: string, body: Schema]>>;
}

/**
 * Checks one response body: its issues and what `onValidationIssues` is told, or undefined when it fits (or the
 * operation has no schema). The validating client decides what to do with them per `validate` mode. No import from the
 * rest of the runtime: loaded on its own, the checker and its schemas share no module with the client's code.
 */
export type ResponseValidator = (
  op: { method: string; path: string },
  body: unknown,
  response: Response,
) => { issues: ValidationIssue[]; info: ValidationInfo } | undefined;

/** Binds the checker to a package's schemas; what the generated `validators.ts` exports. */
export function responseValidator(schemas: ResponseSchemas): ResponseValidator {
  return (op, body, response) => {
    const entry = schemas.operations[`${op.method} ${op.path}`];
    if (!entry || body === undefined) return;
    const issues = validate(body, entry[1], schemas.types);
    if (issues.length === 0) return;
    const requestId =
      (body as { request_id?: unknown } | null)?.request_id ?? response.headers.get("x-request-id") ?? undefined;
    const info: ValidationInfo = {
      operation: entry[0],
      method: op.method,
      path: op.path,
      status: response.status,
      requestId: typeof requestId === "string" ? requestId : undefined,
    };
    return { issues, info };
  };
}

/** The one-character primitives of a `Schema`: the generator writes them (typed by this), `check` reads them. */
export type PrimitiveCode = "s" | "n" | "i" | "b" | "0" | "*";

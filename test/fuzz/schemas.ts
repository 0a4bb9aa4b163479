import fc from "fast-check";

/**
 * Random component schemas and, for each, values that conform to it.
 *
 * Generation is in two steps: fast-check draws a `Draft` (a small schema language whose references are just
 * numbers), then `finalize` turns a list of drafts into a `Universe`: references get real targets chosen so
 * that every schema has a finite value and TypeScript can express it (see `finalize`), and each schema is written
 * as OpenAPI. Values are drawn from the finalized schemas with a seeded PRNG, so they shrink with the schemas.
 */

export type Literal = string | number | boolean | null;

interface Meta {
  nullable?: "keyword" | "type-array";
  description?: string;
  title?: string;
  deprecated?: boolean;
  default?: unknown;
  readOnly?: boolean;
}

export type Draft = Meta &
  (
    | { t: "string"; format?: string }
    | { t: "integer"; format?: string }
    | { t: "number" }
    | { t: "boolean" }
    | { t: "unknown" }
    | { t: "multi"; types: Scalar[] }
    | { t: "enum"; values: Literal[]; typed: boolean }
    | { t: "const"; value: Literal }
    | { t: "ref"; target: number }
    | { t: "array"; items: Draft }
    | { t: "object"; props: DraftProp[]; additional?: boolean | Draft; typed: boolean }
    | { t: "oneOf" | "anyOf"; variants: Draft[] }
    | { t: "allOf"; parts: Draft[]; siblings?: boolean }
    | {
        t: "discriminated";
        propertyName: string;
        variants: DraftProp[][];
        mapping: "none" | "bare" | "pointer";
        tags: string[];
      }
  );

export type Scalar = "string" | "integer" | "number" | "boolean";

export interface DraftProp {
  name: string;
  schema: Draft;
  required: boolean;
}

export interface DraftComponent {
  key: string;
  schema: Draft;
}

// ---------------------------------------------------------------------------------------------------------------
// Pools of awkward names and values.

/** Component keys: reserved and global names, names that collide once PascalCased, pointer characters. */
export const COMPONENT_KEYS = [
  "Root",
  "Error",
  "delete",
  "pt-BR",
  "123",
  "company",
  "Company",
  "company_list",
  "CompanyList",
  "Back-office",
  "a/b",
  "a~b",
  "Object",
  "Record",
  "Array",
  "Promise",
  "string",
  "Intercom",
  "ClientCore",
  "Page",
  "x",
  "_",
  "$",
  "RootInput",
  "Input",
  "default",
  "Node",
  "Date",
  "Partial",
  "Unnamed",
  "void",
  "1.0",
];

/**
 * Property names: not identifiers, reserved words, comment closers. Not the members of Object.prototype
 * (`constructor`, `toString`): TypeScript checks an object literal against Object's own member for them (an
 * optional `constructor?: string` can never be left out, a `toString` value loses its contextual type), a
 * TypeScript limitation no declaration can type around.
 */
export const PROPERTY_NAMES = [
  "pt-BR",
  "@type",
  "123",
  "0",
  "-1",
  "1.5",
  "Error",
  "delete",
  "type",
  "id",
  "a b",
  "",
  "$ref",
  "x.y",
  "class",
  "default",
  "null",
  "π",
  "*/",
  'a"b',
  "\\",
  "key",
  "data",
  "name",
  "_",
  "$",
  "enum",
  "items",
];

/** A template-literal hole, which emitted code must escape; split so that it reads as data, not as a typo. */
const HOLE = "$" + "{x}";

export const ENUM_STRINGS = [
  "=",
  "!=",
  "Back-office",
  "1.0",
  "",
  "a b",
  "null",
  "true",
  "*/",
  '"',
  "\\",
  "constructor",
  HOLE,
  "`",
  "é",
  "open",
];
export const ENUM_NUMBERS = [0, 1, -1, 1.5, 1e21, 2 ** 53, -0.5];

const DESCRIPTIONS = [
  "Plain text.",
  "Ends a comment */ early.",
  "/* nested */ and */ twice */",
  '{% admonition type="warning" name="Careful" %}\n  Indented body.\n{% /admonition %}',
  "Line one.\n\n\n\nLine two.",
  "@deprecated is only text here",
  "Backtick `code` and <b>html</b>",
  "   ",
  "*",
  "\\u2028 and \u2028 line separator",
  "See http://example.com/a // not a comment",
  "It's an `unbalanced quote and a \" too",
];
const DEFAULTS: unknown[] = ["*/", { a: "*/" }, 1, null, [1, "x"], "", true];

// ---------------------------------------------------------------------------------------------------------------
// fast-check arbitraries

const meta: fc.Arbitrary<Meta> = fc
  .record(
    {
      nullable: fc.constantFrom("keyword" as const, "type-array" as const),
      description: fc.constantFrom(...DESCRIPTIONS),
      title: fc.constantFrom("Title", "*/ title"),
      deprecated: fc.constant(true),
      default: fc.constantFrom(...DEFAULTS),
      readOnly: fc.constant(true),
    },
    { requiredKeys: [] },
  )
  // Each annotation on about one node in five.
  .map((m) => Object.fromEntries(Object.entries(m).filter(([k]) => hash(k, m) % 5 === 0)) as Meta);

/** A cheap deterministic thinning, so that `meta` keeps shrinking well. */
function hash(key: string, m: Meta): number {
  return [...key, ...JSON.stringify(m)].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
}

const literal: fc.Arbitrary<Literal> = fc.oneof(
  fc.constantFrom(...ENUM_STRINGS),
  fc.constantFrom(...ENUM_NUMBERS),
  fc.boolean(),
  fc.constant(null),
);

const leaf: fc.Arbitrary<Draft> = fc.oneof(
  fc.constantFrom<Draft>(
    { t: "string" },
    { t: "string", format: "uuid" },
    { t: "integer" },
    { t: "integer", format: "date-time" },
    { t: "number" },
    { t: "boolean" },
    { t: "unknown" },
  ),
  fc.record({
    t: fc.constant("enum" as const),
    values: fc.uniqueArray(fc.constantFrom(...ENUM_STRINGS), { minLength: 1, maxLength: 5 }),
    typed: fc.boolean(),
  }),
  fc.record({
    t: fc.constant("enum" as const),
    values: fc.uniqueArray(literal, { minLength: 1, maxLength: 5, selector: (v) => JSON.stringify(v) }),
    typed: fc.constant(false),
  }),
  fc.record({ t: fc.constant("const" as const), value: literal }),
  fc.record({
    t: fc.constant("multi" as const),
    types: fc.uniqueArray(fc.constantFrom<Scalar>("string", "integer", "number", "boolean"), {
      minLength: 2,
      maxLength: 3,
    }),
  }),
  fc.record({ t: fc.constant("ref" as const), target: fc.nat(50) }),
);

const propertyName = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PROPERTY_NAMES) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);

const drafts = fc.letrec<{ node: Draft; compound: Draft }>((tie) => ({
  node: fc
    .tuple(
      fc.oneof(
        { maxDepth: 3, depthIdentifier: "schema" },
        { weight: 2, arbitrary: leaf },
        { weight: 3, arbitrary: tie("compound") },
      ),
      meta,
    )
    .map(([d, m]) => ({ ...m, ...d }) as Draft),
  compound: fc.oneof(
    fc.record({ t: fc.constant("array" as const), items: tie("node") }),
    fc.record(
      {
        t: fc.constant("object" as const),
        props: fc.uniqueArray(fc.record({ name: propertyName, schema: tie("node"), required: fc.boolean() }), {
          maxLength: 5,
          selector: (p) => p.name,
        }),
        additional: fc.oneof(fc.boolean(), tie("node")),
        typed: fc.boolean(),
      },
      { requiredKeys: ["t", "props", "typed"] },
    ),
    fc.record({
      t: fc.constant("object" as const),
      props: fc.uniqueArray(fc.record({ name: propertyName, schema: tie("node"), required: fc.boolean() }), {
        minLength: 1,
        maxLength: 6,
        selector: (p) => p.name,
      }),
      typed: fc.constant(true),
    }),
    fc.record({
      t: fc.constantFrom("oneOf" as const, "anyOf" as const),
      variants: fc.array(tie("node"), { minLength: 1, maxLength: 4 }),
    }),
    fc.record({
      t: fc.constant("allOf" as const),
      parts: fc.array(tie("node"), { minLength: 1, maxLength: 3 }),
      siblings: fc.boolean(),
    }),
    fc.record({
      t: fc.constant("discriminated" as const),
      propertyName: fc.constantFrom("type", "kind", "@type", "pt-BR", "object"),
      variants: fc.array(
        fc.uniqueArray(fc.record({ name: propertyName, schema: tie("node"), required: fc.boolean() }), {
          maxLength: 3,
          selector: (p) => p.name,
        }),
        { minLength: 1, maxLength: 3 },
      ),
      mapping: fc.constantFrom("none" as const, "bare" as const, "pointer" as const),
      tags: fc.uniqueArray(fc.constantFrom(...ENUM_STRINGS), { minLength: 3, maxLength: 3 }),
    }),
  ),
}));

/** A list of uniquely named component schemas (1 to `max`). */
export function componentsArbitrary(max = 8): fc.Arbitrary<DraftComponent[]> {
  const key = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...COMPONENT_KEYS) },
    { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 6 }) },
  );
  return fc.uniqueArray(fc.record({ key, schema: drafts.node }), {
    minLength: 1,
    maxLength: max,
    selector: (c) => c.key,
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Finalized schemas

export type Final = Meta &
  (
    | { t: "string"; format?: string }
    | { t: "integer"; format?: string }
    | { t: "number" }
    | { t: "boolean" }
    | { t: "unknown" }
    | { t: "multi"; types: Scalar[] }
    | { t: "enum"; values: Literal[]; typed: boolean }
    | { t: "const"; value: Literal }
    | { t: "ref"; target: number }
    | { t: "array"; items: Final }
    | { t: "object"; props: FinalProp[]; additional?: boolean | Final; typed: boolean }
    | { t: "oneOf" | "anyOf"; variants: Final[]; discriminator?: Discriminator }
    | { t: "allOf"; parts: Final[]; siblings?: boolean }
  );

/** A oneOf over component references, tagged by `propertyName`. */
export interface Discriminator {
  propertyName: string;
  /** Per variant: its mapping key, or undefined when the mapping leaves it out (or there is none). */
  tags: (string | undefined)[];
  mapping: "none" | "bare" | "pointer";
}

export interface FinalProp {
  name: string;
  schema: Final;
  required: boolean;
}

export interface Universe {
  keys: string[];
  schemas: Final[];
}

/**
 * Gives every reference a target and makes the schemas valid:
 * - a reference that must produce a value (the root, a required property, an allOf part, a union's first
 *   branch) or that is not inside an object or array points to an earlier component, so values are finite and
 *   no type alias refers to itself directly (`type A = string | A` is no type); others may point anywhere,
 *   the component itself included (recursion through optional properties and array items);
 * - allOf parts are objects without additional properties whose property names do not overlap (anything else
 *   has no value, or none TypeScript can write), and are never null;
 * - the branches of a discriminated oneOf become components of their own (appended after the drafted ones),
 *   objects with the tag as a required string property; their references follow the rules of the component
 *   that uses them.
 */
export function finalize(components: readonly DraftComponent[]): Universe {
  const n = components.length;
  const schemas: Final[] = [];
  const keys = components.map((c) => c.key);
  const extra: { key: string; schema: Final }[] = [];
  const freshKey = (base: string): string => {
    let key = base;
    while (keys.includes(key) || extra.some((e) => e.key === key)) key += "_";
    return key;
  };
  const fin = (d: Draft, i: number, mustHaveValue: boolean, guarded: boolean): Final => {
    switch (d.t) {
      case "ref": {
        const { target, ...rest } = d;
        if (mustHaveValue || !guarded)
          return i === 0 ? { ...rest, t: "string" } : { ...rest, t: "ref", target: target % i };
        return { ...rest, t: "ref", target: target % n };
      }
      case "array":
        return { ...d, items: fin(d.items, i, false, true) };
      case "object": {
        const { additional, ...rest } = d;
        const props = d.props.map((p) => ({
          ...p,
          schema: fin(p.schema, i, mustHaveValue && p.required && !d.nullable, true),
        }));
        return {
          ...rest,
          props,
          ...(additional === undefined
            ? {}
            : { additional: typeof additional === "boolean" ? additional : fin(additional, i, false, true) }),
        };
      }
      case "discriminated": {
        const { propertyName, variants, mapping, tags, t: _t, ...rest } = d;
        const refs: Final[] = variants.map((props, k) => {
          const object = fin(
            { t: "object", typed: true, props: props.filter((p) => p.name !== propertyName) },
            i,
            mustHaveValue && k === 0,
            true,
          );
          if (object.t !== "object") throw new Error("unreachable");
          object.props.unshift({ name: propertyName, required: true, schema: { t: "string" } });
          extra.push({ key: freshKey(`${keys[i]}-${k}`), schema: object });
          return { t: "ref", target: n + extra.length - 1 };
        });
        // With a mapping, the last branch is left out of it when there are several (it keeps its implicit tag).
        const tagged = (k: number) => mapping !== "none" && (k < variants.length - 1 || variants.length === 1);
        return {
          ...rest,
          t: "oneOf",
          variants: refs,
          discriminator: { propertyName, mapping, tags: variants.map((_, k) => (tagged(k) ? tags[k] : undefined)) },
        };
      }
      case "oneOf":
      case "anyOf":
        return {
          ...d,
          variants: d.variants.map((v, k) => fin(v, i, mustHaveValue && k === 0 && !d.nullable, guarded)),
        };
      case "allOf": {
        const { siblings, ...rest } = d;
        // Parts are never null: drop `nullable` before finalizing, as it would let required references recurse.
        const parts = allOfParts(d.parts.map(({ nullable: _n, ...p }) => fin(p as Draft, i, true, false)));
        // `properties` beside `allOf` (or beside a `$ref`): the first part must be an inline object to move there.
        const first = parts[0]!;
        const movable = siblings && parts.length >= 2 && first.t === "object" && first.props.length > 0;
        return { ...rest, parts, ...(movable ? { siblings: true } : {}) };
      }
      default:
        return d;
    }
  };
  const allOfParts = (parts: Final[]): Final[] => {
    const taken = new Set<string>();
    const out: Final[] = [];
    for (const part of parts) {
      const names = objectNames(part, schemas);
      if (!names || [...names].some((x) => taken.has(x))) {
        if (part.t === "object") {
          // Keep the inline object, without additional properties and the names already taken.
          const { additional: _a, nullable: _n, ...rest } = part;
          const props = part.props.filter((p) => !taken.has(p.name));
          props.forEach((p) => taken.add(p.name));
          out.push({ ...rest, props });
        }
        continue;
      }
      names.forEach((x) => taken.add(x));
      out.push(part);
    }
    return out.length > 0 ? out : [{ t: "object", props: [], typed: true }];
  };
  components.forEach((c, i) => schemas.push(fin(c.schema, i, true, false)));
  return { keys: [...keys, ...extra.map((e) => e.key)], schemas: [...schemas, ...extra.map((e) => e.schema)] };
}

/** The property names of an allOf-able object (no additional properties, not nullable), or undefined. */
function objectNames(f: Final, schemas: readonly Final[], seen = new Set<number>()): Set<string> | undefined {
  if (f.nullable) return undefined;
  if (f.t === "object") return f.additional === undefined ? new Set(f.props.map((p) => p.name)) : undefined;
  if (f.t === "ref") {
    const target = schemas[f.target];
    if (!target || seen.has(f.target)) return undefined;
    return objectNames(target, schemas, new Set([...seen, f.target]));
  }
  if (f.t === "allOf") {
    const all = new Set<string>();
    for (const part of f.parts) {
      const names = objectNames(part, schemas, seen);
      if (!names) return undefined;
      names.forEach((x) => all.add(x));
    }
    return all;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// OpenAPI

const SCHEMA_PREFIX = "#/components/schemas/";
const escapePointer = (s: string) => s.replace(/~/g, "~0").replace(/\//g, "~1");

/** A finalized schema as an OpenAPI 3.0 schema object. */
export function toOpenApi(f: Final, keys: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const typed = (type: string) => (f.nullable === "type-array" ? [type, "null"] : type);
  const ref = (index: number) => SCHEMA_PREFIX + escapePointer(keys[index]!);
  switch (f.t) {
    case "string":
    case "integer":
      out["type"] = typed(f.t);
      if (f.format) out["format"] = f.format;
      break;
    case "number":
    case "boolean":
      out["type"] = typed(f.t);
      break;
    case "unknown":
      break;
    case "enum":
      if (f.typed) out["type"] = "string";
      out["enum"] = f.values;
      break;
    case "multi":
      out["type"] = f.nullable === "type-array" ? [...f.types, "null"] : f.types;
      break;
    case "const":
      out["const"] = f.value;
      break;
    case "ref":
      out["$ref"] = ref(f.target);
      break;
    case "array":
      out["type"] = typed("array");
      out["items"] = toOpenApi(f.items, keys);
      break;
    case "object":
      if (f.typed || f.props.length === 0) out["type"] = typed("object");
      if (f.props.length > 0)
        out["properties"] = Object.fromEntries(f.props.map((p) => [p.name, toOpenApi(p.schema, keys)]));
      if (f.props.some((p) => p.required)) out["required"] = f.props.filter((p) => p.required).map((p) => p.name);
      if (f.additional !== undefined)
        out["additionalProperties"] = typeof f.additional === "boolean" ? f.additional : toOpenApi(f.additional, keys);
      break;
    case "oneOf":
    case "anyOf": {
      out[f.t] = f.variants.map((v) => toOpenApi(v, keys));
      const d = f.discriminator;
      if (d) {
        const mapping = Object.fromEntries(
          f.variants.flatMap((v, k) =>
            d.tags[k] !== undefined && v.t === "ref"
              ? [[d.tags[k], d.mapping === "bare" ? keys[v.target]! : ref(v.target)]]
              : [],
          ),
        );
        out["discriminator"] = {
          propertyName: d.propertyName,
          ...(Object.keys(mapping).length > 0 ? { mapping } : {}),
        };
      }
      break;
    }
    case "allOf": {
      const [first, ...others] = f.parts;
      if (f.siblings && first?.t === "object") {
        const own = toOpenApi(first, keys);
        delete own["type"];
        if (others.length === 1 && others[0]!.t === "ref") Object.assign(out, { $ref: ref(others[0]!.target) });
        else out["allOf"] = others.map((p) => toOpenApi(p, keys));
        Object.assign(out, {
          properties: own["properties"],
          ...(own["required"] ? { required: own["required"] } : {}),
        });
      } else {
        out["allOf"] = f.parts.map((p) => toOpenApi(p, keys));
      }
      break;
    }
  }
  if (f.nullable === "keyword" || (f.nullable === "type-array" && typeof out["type"] !== "object"))
    out["nullable"] = true;
  if (f.description !== undefined) out["description"] = f.description;
  if (f.title !== undefined) out["title"] = f.title;
  if (f.deprecated) out["deprecated"] = true;
  if (f.default !== undefined) out["default"] = f.default;
  if (f.readOnly) out["readOnly"] = true;
  return out;
}

/** A document with the components and one GET per component returning it. */
export function documentOf(universe: Universe): Record<string, unknown> {
  const { keys, schemas } = universe;
  return {
    openapi: "3.0.3",
    info: { title: "Fuzz", version: "1.0" },
    paths: Object.fromEntries(
      keys.map((key, i) => [
        `/c${i}`,
        {
          get: {
            responses: {
              "200": {
                description: "ok",
                content: { "application/json": { schema: { $ref: SCHEMA_PREFIX + escapePointer(key) } } },
              },
            },
          },
        },
      ]),
    ),
    components: { schemas: Object.fromEntries(keys.map((key, i) => [key, toOpenApi(schemas[i]!, keys)])) },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Values

/** mulberry32: a small seeded PRNG. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STRINGS = ["", "x", "pt-BR", 'a"b', "\\", "\u2028", "</script>", "😀", "\u0000", "*/", HOLE];
const NUMBERS = [0, -1, 42, 1.5, -0.25, 1e21, 2 ** 53];

/**
 * A JSON value that conforms to component `index`. `side: "input"` leaves readOnly properties out (the shape of
 * the request-side `<Name>Input` types).
 */
export function sampleValue(
  universe: Universe,
  index: number,
  seed: number,
  side: "output" | "input" = "output",
): unknown {
  return conforming(universe, seed, side)(universe.schemas[index]!, 4);
}

/** The value generator behind `sampleValue`: a conforming value of any finalized schema, within `budget` levels. */
function conforming(universe: Universe, seed: number, side: "output" | "input"): (f: Final, budget: number) => unknown {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const value = (f: Final, budget: number): unknown => {
    if (f.nullable && (budget <= 0 || random() < 0.2)) return null;
    switch (f.t) {
      case "string":
        return pick(STRINGS);
      case "integer":
        return pick(NUMBERS.filter(Number.isInteger));
      case "number":
        return pick(NUMBERS);
      case "boolean":
        return random() < 0.5;
      case "multi":
        return value({ t: pick(f.types) }, budget);
      case "unknown":
        return budget <= 0 ? null : pick<unknown>([null, 1, "s", [], { "a-b": [true] }]);
      case "enum":
        return pick(f.values);
      case "const":
        return f.value;
      case "ref":
        return value(universe.schemas[f.target]!, budget - 1);
      case "array": {
        const length = budget <= 0 ? 0 : Math.floor(random() * 3);
        return Array.from({ length }, () => value(f.items, budget - 1));
      }
      case "object": {
        const out: Record<string, unknown> = {};
        for (const p of f.props) {
          if (side === "input" && p.schema.readOnly) continue;
          if (p.required || (budget > 0 && random() < 0.6)) defineKey(out, p.name, value(p.schema, budget - 1));
        }
        const additional = f.additional;
        if (additional !== undefined && additional !== false && budget > 0) {
          for (const key of ["extra", "pt-BR", "9"]) {
            if (random() < 0.4 && !f.props.some((p) => p.name === key))
              defineKey(out, key, additional === true ? "any" : value(additional, budget - 1));
          }
        }
        // `type: object` with no properties is any object.
        if (f.props.length === 0 && f.additional === undefined && budget > 0 && random() < 0.5) out["any-key"] = [1];
        return out;
      }
      case "oneOf":
      case "anyOf": {
        const k = budget <= 0 ? 0 : Math.floor(random() * f.variants.length);
        const chosen = value(f.variants[k]!, budget);
        const d = f.discriminator;
        const branch = f.variants[k]!;
        // The tag: the mapping key, or the component's name when the mapping does not list it.
        if (d && branch.t === "ref")
          defineKey(chosen as Record<string, unknown>, d.propertyName, d.tags[k] ?? universe.keys[branch.target]!);
        return chosen;
      }
      case "allOf": {
        const out: Record<string, unknown> = {};
        for (const { nullable: _n, ...part } of f.parts)
          Object.entries(value(part as Final, budget) as object).forEach(([k, v]) => defineKey(out, k, v));
        return out;
      }
    }
  };
  return value;
}

/**
 * A JSON value that does NOT conform to component `index` in a way its TypeScript type must reject (so the checker
 * reports an unused `@ts-expect-error` when a type is too wide, e.g. `unknown` where a string or a literal belongs),
 * or undefined when the schema accepts anything or no mismatch is certain to be a type error.
 * Only mismatches TypeScript can see are produced: the wrong kind (a number for a string, a string for an array), a
 * string outside an enum or const, and an object with one such property; never range or format violations.
 */
export function wrongValue(universe: Universe, index: number, seed: number): { value: unknown } | undefined {
  const sample = conforming(universe, seed, "output");
  const random = prng(seed ^ 0x5bd1e995);
  const OUTSIDE = "\u0001 not a member";
  const wrong = (f: Final, budget: number): { value: unknown } | undefined => {
    if (budget < 0) return undefined;
    switch (f.t) {
      case "string":
        return { value: 42 };
      case "integer":
      case "number":
      case "boolean":
        return { value: "x" };
      case "multi":
        return { value: [] };
      case "enum":
      case "const":
        return { value: OUTSIDE };
      case "ref":
        return wrong(universe.schemas[f.target]!, budget - 1);
      case "array":
        return { value: "not an array" };
      case "object": {
        // One property (declared, not read-only on this output side) gets a wrong value; the rest conform.
        const candidates = f.props.flatMap((p) => {
          const w = wrong(p.schema, budget - 1);
          return w ? [{ p, w }] : [];
        });
        if (candidates.length === 0) return undefined;
        const { p, w } = candidates[Math.floor(random() * candidates.length)]!;
        const out: Record<string, unknown> = {};
        for (const q of f.props) if (q.required && q !== p) defineKey(out, q.name, sample(q.schema, 2));
        defineKey(out, p.name, w.value);
        return { value: out };
      }
      case "allOf": {
        // Inline object parts only: a property of one part gets a wrong value inside an otherwise conforming value.
        const parts = f.parts.filter(
          (x): x is Extract<Final, { t: "object" }> => x.t === "object" && x.props.length > 0,
        );
        const part = parts[Math.floor(random() * parts.length)];
        if (!part) return undefined;
        const w = wrong(part, budget);
        if (!w) return undefined;
        const { nullable: _n, ...nonNull } = f;
        const out = sample(nonNull, 2) as Record<string, unknown>;
        for (const [k, v] of Object.entries(w.value as object)) defineKey(out, k, v);
        return { value: out };
      }
      default:
        // unknown accepts anything; a union's wrong value would have to be wrong for every branch.
        return undefined;
    }
  };
  return wrong(universe.schemas[index]!, 3);
}

/** Sets a key even when it is `__proto__`-like, as JSON.parse does. */
function defineKey(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

import type { ApiModel, NamedType, Operation, Parameter, Property, TypeNode } from "../model/types.js";
import { describe, describeAll, describeLiterals } from "./describe.js";
import { mergeUsage, usageOf } from "./usage.js";

/**
 * The API-surface diff: what a user of the generated SDK must change between two versions of a description.
 * Works on two ApiModels (never on YAML text), so it sees exactly the names and types the SDK exposes.
 *
 * Severity follows TypeScript assignability, from the user's side of each type:
 * - request side (parameters, body): the user writes the values, so anything that rejects code that compiled
 *   before is breaking: a field removed or made required, a type narrowed, null no longer accepted;
 * - response side: the user reads the values, so anything the old code does not handle is breaking: a field
 *   removed or made optional, a type widened (new enum values included), null now possible;
 * - a model used on both sides (or on neither) gets the stricter of the two.
 *
 * Operations are matched by their SDK name (`resource.method`), models by type name, fields by wire name.
 * Operation diffs follow `ref`s into the named types (each pair of named types is walked once per
 * parameter list, body or response, which also stops recursion); model diffs compare references by name.
 */

export type Severity = "breaking" | "non-breaking";

export type ChangeKind =
  | "operation-added"
  | "operation-removed"
  | "route-changed"
  | "operation-deprecated"
  | "parameter-moved"
  | "body-added"
  | "body-removed"
  | "body-moved"
  | "body-media-type-changed"
  | "response-kind-changed"
  | "response-may-be-empty"
  | "response-always-present"
  | "pagination-added"
  | "pagination-removed"
  | "pagination-changed"
  | "model-added"
  | "model-removed"
  | TypeChangeKind;

/** Changes of a field or type, whose severity depends on whether the user writes or reads it. */
export type TypeChangeKind =
  | "field-added"
  | "field-removed"
  | "made-required"
  | "made-optional"
  | "made-nullable"
  | "made-non-nullable"
  | "type-changed"
  | "type-widened"
  | "type-narrowed"
  | "enum-values-added"
  | "enum-values-removed"
  | "additional-properties-added"
  | "additional-properties-removed";

/** Where in the operation (or model) the change is. */
export type ChangeLocation = "operation" | "parameter" | "body" | "response" | "model";

export interface Change {
  kind: ChangeKind;
  severity: Severity;
  scope: "operation" | "model";
  /** `companies.find` for an operation, the type name (`Company`) for a model. */
  subject: string;
  /** `GET /companies/{id}` for operations: the new route, or the old one when the operation was removed. */
  route?: string;
  location: ChangeLocation;
  /** Dotted path of the field inside the location: `plan.name`, `tags[].id`, `metadata[key]`; "" for the whole. */
  path: string;
  /** Old and new type, shortly printed, for type changes. */
  from?: string;
  to?: string;
  /** The change without severity and subject: "response field `plan.name` removed". */
  detail: string;
  /** One line: "BREAKING companies.find: response field `plan.name` removed". */
  message: string;
}

/** Which side of the SDK a type is on: written by the user (input), read (output), or both. */
export type Direction = "input" | "output" | "both";

export function diffModels(before: ApiModel, after: ApiModel): Change[] {
  const changes: Change[] = [];
  const oldTypes = new Map(before.types.map((t) => [t.name, t]));
  const newTypes = new Map(after.types.map((t) => [t.name, t]));
  const types = { old: oldTypes, new: newTypes };

  // Operations, in the old order, then the new ones.
  const oldOps = operationsOf(before);
  const newOps = operationsOf(after);
  const newByRoute = new Map([...newOps.values()].map((op) => [routeOf(op), op]));
  for (const [name, op] of oldOps) {
    const next = newOps.get(name);
    if (next) {
      diffOperation(op, next, types, changes);
      continue;
    }
    const renamed = newByRoute.get(routeOf(op));
    const hint = renamed && !oldOps.has(sdkName(renamed)) ? ` (\`${routeOf(op)}\` is now \`${sdkName(renamed)}\`)` : "";
    changes.push(
      change("operation-removed", "breaking", operationSubject(op), "operation", "", `operation removed${hint}`),
    );
  }
  for (const [name, op] of newOps) {
    if (!oldOps.has(name))
      changes.push(
        change(
          "operation-added",
          "non-breaking",
          operationSubject(op),
          "operation",
          "",
          `operation added (\`${routeOf(op)}\`)`,
        ),
      );
  }

  // Named types.
  const usage = mergeUsage(usageOf(before), usageOf(after));
  for (const t of before.types) {
    if (!newTypes.has(t.name))
      changes.push(change("model-removed", "breaking", modelSubject(t.name), "model", "", "model removed"));
  }
  for (const t of after.types) {
    const old = oldTypes.get(t.name);
    if (!old) {
      changes.push(change("model-added", "non-breaking", modelSubject(t.name), "model", "", "model added"));
      continue;
    }
    const dir = usage.get(t.name) ?? "both";
    new Walker(types, dir, false, modelSubject(t.name), "model", changes).compare(old.type, t.type, "");
  }
  // The request-side variants (`<Name>Input`) come and go with read-only fields; users may import them too.
  const inputs = (model: ApiModel) => new Set(model.types.flatMap((t) => (t.inputName ? [t.inputName] : [])));
  const [oldInputs, newInputs] = [inputs(before), inputs(after)];
  for (const name of oldInputs) {
    if (!newInputs.has(name))
      changes.push(
        change(
          "model-removed",
          "breaking",
          modelSubject(name),
          "model",
          "",
          "request-side variant removed (no read-only fields left)",
        ),
      );
  }
  for (const name of newInputs) {
    if (!oldInputs.has(name))
      changes.push(
        change(
          "model-added",
          "non-breaking",
          modelSubject(name),
          "model",
          "",
          "request-side variant added (without the read-only fields)",
        ),
      );
  }
  return changes;
}

// ---------------------------------------------------------------------------------------------------------------
// Operations

interface Subject {
  scope: "operation" | "model";
  name: string;
  route?: string;
}

interface TypeIndex {
  old: ReadonlyMap<string, NamedType>;
  new: ReadonlyMap<string, NamedType>;
}

function operationsOf(model: ApiModel): Map<string, Operation> {
  return new Map(model.resources.flatMap((r) => r.operations.map((op) => [sdkName(op), op] as const)));
}

const sdkName = (op: Operation): string => `${op.resource}.${op.method}`;
const routeOf = (op: Operation): string => `${op.httpMethod} ${op.path}`;
const operationSubject = (op: Operation): Subject => ({ scope: "operation", name: sdkName(op), route: routeOf(op) });
const modelSubject = (name: string): Subject => ({ scope: "model", name });

function diffOperation(before: Operation, after: Operation, types: TypeIndex, out: Change[]): void {
  const subject = operationSubject(after);
  const push = (kind: ChangeKind, severity: Severity, location: ChangeLocation, detail: string) =>
    out.push(change(kind, severity, subject, location, "", detail));

  if (routeOf(before) !== routeOf(after)) {
    push(
      "route-changed",
      "non-breaking",
      "operation",
      `route changed from \`${routeOf(before)}\` to \`${routeOf(after)}\` (calls keep compiling and reach the new route)`,
    );
  }
  if (!before.docs.deprecated && after.docs.deprecated)
    push("operation-deprecated", "non-breaking", "operation", "operation deprecated");

  diffParameters(before.params, after.params, types, subject, out);
  diffBody(before, after, types, subject, out);
  diffResponse(before, after, types, subject, out);

  const [p, q] = [before.pagination, after.pagination];
  if (!p && q)
    push(
      "pagination-added",
      "breaking",
      "operation",
      "now paginated: the call returns a `PagePromise` that resolves to a `Page`",
    );
  if (p && !q)
    push("pagination-removed", "breaking", "operation", "no longer paginated: the call resolves to the response body");
  if (p && q && (p.style !== q.style || p.items !== q.items)) {
    push(
      "pagination-changed",
      "non-breaking",
      "operation",
      `pagination changed from ${p.style} over \`${p.items}\` to ${q.style} over \`${q.items}\``,
    );
  }
}

function diffParameters(
  before: Parameter[],
  after: Parameter[],
  types: TypeIndex,
  subject: Subject,
  out: Change[],
): void {
  const walker = new Walker(types, "input", true, subject, "parameter", out);
  const next = new Map(after.map((p) => [p.name, p]));
  const old = new Map(before.map((p) => [p.name, p]));
  for (const p of before) {
    const q = next.get(p.name);
    if (!q) {
      walker.emit("field-removed", p.name);
      continue;
    }
    if (p.in !== q.in)
      walker.push(
        "parameter-moved",
        "non-breaking",
        p.name,
        `parameter \`${p.name}\` moved from the ${p.in} to the ${q.in}`,
      );
    walker.requiredness(p.required, q.required, p.name);
    walker.compare(p.type, q.type, p.name);
  }
  for (const q of after) if (!old.has(q.name)) walker.emit("field-added", q.name, { required: q.required });
}

function diffBody(before: Operation, after: Operation, types: TypeIndex, subject: Subject, out: Change[]): void {
  const [a, b] = [before.body, after.body];
  const walker = new Walker(types, "input", true, subject, "body", out);
  if (!a && !b) return;
  if (!a && b) {
    walker.push(
      "body-added",
      b.required ? "breaking" : "non-breaking",
      "",
      `${b.required ? "required" : "optional"} request body added`,
    );
    return;
  }
  if (a && !b) {
    walker.push("body-removed", "breaking", "", "request body removed");
    return;
  }
  if (!a || !b) return;
  if (a.merged !== b.merged || a.bodyKey !== b.bodyKey) {
    const where = (body: typeof a) =>
      body.merged ? "its fields spread into the arguments" : `the \`${body.bodyKey}\` argument`;
    walker.push("body-moved", "breaking", "", `request body moved from ${where(a)} to ${where(b)}`);
    return;
  }
  if (a.mediaType !== b.mediaType)
    walker.push(
      "body-media-type-changed",
      "non-breaking",
      "",
      `request body is now sent as ${b.mediaType} (was ${a.mediaType})`,
    );
  walker.requiredness(a.required, b.required, "");
  walker.compare(a.type, b.type, "");
}

function diffResponse(before: Operation, after: Operation, types: TypeIndex, subject: Subject, out: Change[]): void {
  const [a, b] = [before.response, after.response];
  const walker = new Walker(types, "output", true, subject, "response", out);
  if (a.kind !== b.kind) {
    walker.push(
      "response-kind-changed",
      a.kind === "none" ? "non-breaking" : "breaking",
      "",
      `response changed from ${responseKindName(a.kind)} to ${responseKindName(b.kind)}`,
    );
    return;
  }
  if (!a.mayBeEmpty && b.mayBeEmpty)
    walker.push("response-may-be-empty", "breaking", "", "response may now be empty (`undefined`)");
  if (a.mayBeEmpty && !b.mayBeEmpty)
    walker.push("response-always-present", "non-breaking", "", "response is never empty any more");
  if (a.kind === "json") walker.compare(a.type, b.type, "");
}

function responseKindName(kind: Operation["response"]["kind"]): string {
  return { json: "JSON", text: "text", binary: "binary", none: "no body" }[kind];
}

// ---------------------------------------------------------------------------------------------------------------
// Types

/** Compares two types of one location, reporting into `out`. */
class Walker {
  /** Pairs of named types already compared in this walk (stops recursion and repeats). */
  private readonly visited = new Set<string>();

  constructor(
    private readonly types: TypeIndex,
    private readonly dir: Direction,
    /** Operations compare what references point to; models compare references by name. */
    private readonly followRefs: boolean,
    private readonly subject: Subject,
    private readonly location: ChangeLocation,
    private readonly out: Change[],
  ) {}

  push(
    kind: ChangeKind,
    severity: Severity,
    path: string,
    detail: string,
    extra: { from?: string; to?: string } = {},
  ): void {
    this.out.push(change(kind, severity, this.subject, this.location, path, detail, extra));
  }

  /** A change whose severity depends on the side of the type. */
  emit(kind: TypeChangeKind, path: string, extra: RuleExtra = {}): void {
    const noun = nounOf(this.location, path);
    const rule = RULES[kind];
    const breaks = (this.dir !== "input" && rule.readers(extra)) || (this.dir !== "output" && rule.writers(extra));
    const detail = rule.text(noun, extra);
    this.push(kind, breaks ? "breaking" : "non-breaking", path, detail, {
      ...(extra.from !== undefined ? { from: extra.from } : {}),
      ...(extra.to !== undefined ? { to: extra.to } : {}),
    });
  }

  requiredness(before: boolean, after: boolean, path: string): void {
    if (!before && after) this.emit("made-required", path);
    if (before && !after) this.emit("made-optional", path);
  }

  compare(a: TypeNode, b: TypeNode, path: string): void {
    if (this.followRefs && (a.kind === "ref" || b.kind === "ref")) {
      // Each pair of named types is walked once; a pair with an inline side once per path (the inline side is finite).
      const key = `${a.kind === "ref" && b.kind === "ref" ? "" : `${path}|`}${refName(a)}→${refName(b)}`;
      if (this.visited.has(key)) return;
      this.visited.add(key);
      return this.compare(this.resolve(a, "old"), this.resolve(b, "new"), path);
    }
    const x = this.normalize(a);
    const y = this.normalize(b);
    if (!x.nullable && y.nullable) this.emit("made-nullable", path);
    if (x.nullable && !y.nullable) this.emit("made-non-nullable", path);
    const xUnknown = x.variants.some((v) => v.kind === "unknown");
    const yUnknown = y.variants.some((v) => v.kind === "unknown");
    if (xUnknown || yUnknown) {
      if (xUnknown && !yUnknown) this.emit("type-narrowed", path, { from: "unknown", to: describeAll(y.variants) });
      if (!xUnknown && yUnknown) this.emit("type-widened", path, { from: describeAll(x.variants), to: "unknown" });
      return;
    }
    if (x.variants.length === 0 || y.variants.length === 0) {
      // Only `null` on one side.
      if (x.variants.length !== y.variants.length)
        this.emit("type-changed", path, {
          from: describeAll(x.variants, x.nullable),
          to: describeAll(y.variants, y.nullable),
        });
      return;
    }
    if (x.variants.length === 1 && y.variants.length === 1)
      return this.compareVariant(x.variants[0]!, y.variants[0]!, path, true);

    const xs = keyed(x.variants);
    const ys = keyed(y.variants);
    const removed = [...xs.keys()].filter((k) => !ys.has(k));
    const added = [...ys.keys()].filter((k) => !xs.has(k));
    // String literals → string is a widening, not a removal plus an addition (and back).
    const absorbed = (lits: TypeNode | undefined, other: Map<string, TypeNode>) =>
      lits?.kind === "literal" && lits.values.every((v) => v !== null && other.has(`primitive:${typeof v}`));
    const literalWidened = removed.includes("literal") && absorbed(xs.get("literal"), ys);
    const literalNarrowed = added.includes("literal") && absorbed(ys.get("literal"), xs);
    const lost = removed.filter((k) => !(k === "literal" && literalWidened));
    const gained = added.filter((k) => !(k === "literal" && literalNarrowed));
    for (const [k, v] of xs) if (ys.has(k)) this.compareVariant(v, ys.get(k)!, path, false);
    const extra = { from: describeAll(x.variants), to: describeAll(y.variants) };
    if (lost.length > 0 && gained.length > 0) this.emit("type-changed", path, extra);
    else if (lost.length > 0 || literalNarrowed) this.emit("type-narrowed", path, extra);
    else if (gained.length > 0 || literalWidened) this.emit("type-widened", path, extra);
  }

  /** Two single types (a union's matched variants, or the only type of each side). */
  private compareVariant(a: TypeNode, b: TypeNode, path: string, only: boolean): void {
    if (this.followRefs && (a.kind === "ref" || b.kind === "ref")) return this.compare(a, b, path);
    if (a.kind === "ref" || b.kind === "ref") {
      if (a.kind === "ref" && b.kind === "ref" && a.name === b.name) return;
      // A model replaced by an equal inline type (or the reverse) is still a different name for the user.
      return this.emit("type-changed", path, { from: describe(a), to: describe(b) });
    }
    const fa = this.fieldsOf(a, "old");
    const fb = this.fieldsOf(b, "new");
    if (fa && fb) return this.compareFields(fa, fb, path);
    if (a.kind === "array" && b.kind === "array") return this.compare(a.items, b.items, `${path}[]`);
    if (a.kind === "literal" && b.kind === "literal") return this.compareLiterals(a.values, b.values, path);
    if (only && a.kind === "literal" && b.kind === "primitive" && a.values.every((v) => typeof v === b.name)) {
      return this.emit("type-widened", path, { from: describe(a), to: describe(b) });
    }
    if (only && a.kind === "primitive" && b.kind === "literal" && b.values.every((v) => typeof v === a.name)) {
      return this.emit("type-narrowed", path, { from: describe(a), to: describe(b) });
    }
    if (a.kind === "intersection" && b.kind === "intersection" && a.parts.length === b.parts.length) {
      // Intersections that are not plain objects (e.g. with a union part): compare part by part.
      return a.parts.forEach((p, i) => this.compare(p, b.parts[i]!, path));
    }
    if (describe(a) !== describe(b)) this.emit("type-changed", path, { from: describe(a), to: describe(b) });
  }

  private compareLiterals(a: Literal[], b: Literal[], path: string): void {
    const key = (v: unknown) => JSON.stringify(v);
    const gone = a.filter((v) => !b.some((w) => key(w) === key(v)));
    const come = b.filter((v) => !a.some((w) => key(w) === key(v)));
    if (come.length > 0)
      this.emit("enum-values-added", path, {
        values: come.map(key).join(", "),
        from: describeLiterals(a),
        to: describeLiterals(b),
      });
    if (gone.length > 0)
      this.emit("enum-values-removed", path, {
        values: gone.map(key).join(", "),
        from: describeLiterals(a),
        to: describeLiterals(b),
      });
  }

  private compareFields(a: Fields, b: Fields, path: string): void {
    const skip = (p: Property) => this.dir === "input" && p.readOnly;
    for (const [name, p] of a.properties) {
      if (skip(p)) continue;
      const q = b.properties.get(name);
      const at = join(path, name);
      if (!q || skip(q)) {
        this.emit("field-removed", at);
        continue;
      }
      this.requiredness(p.required, q.required, at);
      this.compare(p.type, q.type, at);
    }
    for (const [name, q] of b.properties) {
      const p = a.properties.get(name);
      if (!skip(q) && (!p || skip(p))) this.emit("field-added", join(path, name), { required: q.required });
    }
    if (a.additional === false && b.additional !== false) this.emit("additional-properties-added", path);
    else if (a.additional !== false && b.additional === false) this.emit("additional-properties-removed", path);
    else if (a.additional !== false && b.additional !== false) this.compare(a.additional, b.additional, `${path}[key]`);
  }

  /** The type without its nulls, as a list of alternatives. */
  private normalize(node: TypeNode): { nullable: boolean; variants: TypeNode[] } {
    let nullable = false;
    const variants: TypeNode[] = [];
    const add = (n: TypeNode): void => {
      if (n.nullable) nullable = true;
      if (n.kind === "primitive" && n.name === "null") nullable = true;
      else if (n.kind === "union") n.variants.forEach(add);
      else if (n.kind === "literal") {
        if (n.values.includes(null)) nullable = true;
        const values = n.values.filter((v) => v !== null);
        if (values.length > 0) variants.push({ kind: "literal", values });
      } else variants.push(stripNull(n));
    };
    add(node);
    // All the literal alternatives together form one enum.
    const literals = variants.filter((v): v is Extract<TypeNode, { kind: "literal" }> => v.kind === "literal");
    if (literals.length > 1) {
      const merged: TypeNode = { kind: "literal", values: literals.flatMap((l) => l.values) };
      return { nullable, variants: [...variants.filter((v) => v.kind !== "literal"), merged] };
    }
    return { nullable, variants };
  }

  private resolve(node: TypeNode, side: "old" | "new"): TypeNode {
    if (node.kind !== "ref") return node;
    const target = this.types[side].get(node.name);
    if (!target) return { kind: "unknown" };
    return node.nullable ? { ...target.type, nullable: true } : target.type;
  }

  /** The properties of an object-like type (object, intersection of objects, reference to one), or undefined. */
  private fieldsOf(node: TypeNode, side: "old" | "new", seen = new Set<string>()): Fields | undefined {
    switch (node.kind) {
      case "object":
        return { properties: new Map(node.properties.map((p) => [p.name, p])), additional: node.additional };
      case "ref": {
        if (seen.has(node.name)) return undefined;
        const target = this.types[side].get(node.name);
        return target && !target.type.nullable
          ? this.fieldsOf(target.type, side, new Set([...seen, node.name]))
          : undefined;
      }
      case "intersection": {
        const parts = node.parts.map((p) => (p.nullable ? undefined : this.fieldsOf(p, side, seen)));
        if (parts.some((p) => p === undefined)) return undefined;
        const properties = new Map<string, Property>();
        let additional: TypeNode | false = false;
        for (const part of parts as Fields[]) {
          for (const [name, p] of part.properties) {
            const prior = properties.get(name);
            // A discriminator tag (a literal) is more precise than the branch's own property.
            const keep = prior && !(p.type.kind === "literal" && prior.type.kind !== "literal") ? prior : p;
            properties.set(name, { ...keep, required: keep.required || (prior?.required ?? false) || p.required });
          }
          if (part.additional !== false && additional === false) additional = part.additional;
        }
        return { properties, additional };
      }
      default:
        return undefined;
    }
  }
}

type Literal = string | number | boolean | null;

interface Fields {
  properties: Map<string, Property>;
  additional: TypeNode | false;
}

type RuleExtra = { required?: boolean; from?: string; to?: string; values?: string };
interface Rule {
  /** Breaks code that reads values of the type (responses). */
  readers: (extra: RuleExtra) => boolean;
  /** Breaks code that writes values of the type (parameters, bodies). */
  writers: (extra: RuleExtra) => boolean;
  text: (noun: string, extra: RuleExtra) => string;
}

const yes = () => true;
const no = () => false;
const fromTo = (e: RuleExtra) => `from \`${e.from}\` to \`${e.to}\``;

const RULES: Record<TypeChangeKind, Rule> = {
  "field-added": {
    readers: no,
    writers: (e) => e.required === true,
    text: (n, e) => `${n} added (${e.required ? "required" : "optional"})`,
  },
  "field-removed": { readers: yes, writers: yes, text: (n) => `${n} removed` },
  "made-required": { readers: no, writers: yes, text: (n) => `${n} is now required` },
  "made-optional": { readers: yes, writers: no, text: (n) => `${n} is now optional` },
  "made-nullable": { readers: yes, writers: no, text: (n) => `${n} is now nullable` },
  "made-non-nullable": { readers: no, writers: yes, text: (n) => `${n} is no longer nullable` },
  "type-changed": { readers: yes, writers: yes, text: (n, e) => `${n} changed type ${fromTo(e)}` },
  "type-widened": { readers: yes, writers: no, text: (n, e) => `${n} widened ${fromTo(e)}` },
  "type-narrowed": { readers: no, writers: yes, text: (n, e) => `${n} narrowed ${fromTo(e)}` },
  "enum-values-added": { readers: yes, writers: no, text: (n, e) => `${n} has new values ${e.values}` },
  "enum-values-removed": { readers: no, writers: yes, text: (n, e) => `${n} lost values ${e.values}` },
  "additional-properties-added": { readers: no, writers: no, text: (n) => `${n} now allows additional properties` },
  "additional-properties-removed": {
    readers: yes,
    writers: yes,
    text: (n) => `${n} no longer allows additional properties`,
  },
};

/** "response field `plan.name`", "parameter `page`", "request body", "property `tags[]`". */
function nounOf(location: ChangeLocation, path: string): string {
  switch (location) {
    case "parameter":
      return `parameter \`${path}\``;
    case "body":
      return path ? `body field \`${path}\`` : "request body";
    case "response":
      return path ? `response field \`${path}\`` : "response";
    default:
      return path ? `property \`${path}\`` : "type";
  }
}

function change(
  kind: ChangeKind,
  severity: Severity,
  subject: Subject,
  location: ChangeLocation,
  path: string,
  detail: string,
  extra: { from?: string; to?: string } = {},
): Change {
  return {
    kind,
    severity,
    scope: subject.scope,
    subject: subject.name,
    ...(subject.route ? { route: subject.route } : {}),
    location,
    path,
    ...extra,
    detail,
    message: `${severity === "breaking" ? "BREAKING" : "non-breaking"} ${subject.name}: ${detail}`,
  };
}

function join(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}

function refName(node: TypeNode): string {
  return node.kind === "ref" ? node.name : "·";
}

function stripNull(node: TypeNode): TypeNode {
  if (!node.nullable) return node;
  const { nullable: _n, ...rest } = node;
  return rest as TypeNode;
}

/** Groups union alternatives by what they are, so the two sides can be matched. */
function keyed(variants: TypeNode[]): Map<string, TypeNode> {
  const out = new Map<string, TypeNode>();
  let objects = 0;
  let arrays = 0;
  for (const v of variants) {
    const key =
      v.kind === "ref"
        ? `ref:${v.name}`
        : v.kind === "primitive"
          ? `primitive:${v.name}`
          : v.kind === "object" || v.kind === "intersection"
            ? `object#${objects++}`
            : v.kind === "array"
              ? `array#${arrays++}`
              : v.kind;
    out.set(key, v);
  }
  return out;
}

import type { NamedType, Property, TypeNode } from "../model/types.js";
import { isValueOf } from "../model/walk.js";
import { change } from "./changes.js";
import { describe, describeAll, describeLiterals } from "./describe.js";
import { covers, type Fields, fieldsOf, type Literal, matchVariants, normalize } from "./shapes.js";
import type { Change, ChangeKind, FactsByKind, Place } from "./types.js";

/** The named types of both sides. */
export interface TypeIndex {
  old: ReadonlyMap<string, NamedType>;
  new: ReadonlyMap<string, NamedType>;
}

export interface WalkerOptions {
  types: TypeIndex;
  /** Who the changes are about and whose values these are. */
  place: Place;
  /** Operations compare what references point to; models compare references by name. */
  followRefs: boolean;
  out: Change[];
}

/** Compares the two types of one place (a parameter list, a body, a response, a model), reporting into `out`. */
export class TypeWalker {
  /** Pairs of named types already compared in this walk (stops recursion and repeats). */
  private readonly visited = new Set<string>();

  constructor(private readonly options: WalkerOptions) {}

  report<K extends ChangeKind>(kind: K, path: string, facts: FactsByKind[K]): void {
    this.options.out.push(change({ kind, place: this.options.place, path, facts }));
  }

  requiredness(before: boolean, after: boolean, path: string): void {
    if (!before && after) this.report("made-required", path, {});
    if (before && !after) this.report("made-optional", path, {});
  }

  compare(a: TypeNode, b: TypeNode, path: string): void {
    if (this.options.followRefs && (a.kind === "ref" || b.kind === "ref")) {
      // Each pair of named types is walked once; a pair with an inline side once per path (the inline side is finite).
      const key = `${a.kind === "ref" && b.kind === "ref" ? "" : `${path}|`}${refName(a)}→${refName(b)}`;
      if (this.visited.has(key)) return;
      this.visited.add(key);
      return this.compare(this.resolve(a, "old"), this.resolve(b, "new"), path);
    }
    const x = normalize(a);
    const y = normalize(b);
    const fromTo = (nullable: boolean) => ({
      from: describeAll(x.variants, nullable && x.nullable),
      to: describeAll(y.variants, nullable && y.nullable),
    });
    const xUnknown = x.variants.some((v) => v.kind === "unknown");
    const yUnknown = y.variants.some((v) => v.kind === "unknown");
    if (xUnknown || yUnknown) {
      // `unknown` takes null too: only the type narrows or widens, never its nullability.
      if (xUnknown && !yUnknown) this.report("type-narrowed", path, fromTo(true));
      if (!xUnknown && yUnknown) this.report("type-widened", path, fromTo(true));
      return;
    }
    if (!x.nullable && y.nullable) this.report("made-nullable", path, {});
    if (x.nullable && !y.nullable) this.report("made-non-nullable", path, {});
    if (x.variants.length === 0 || y.variants.length === 0) {
      // Only `null` on one side.
      if (x.variants.length !== y.variants.length) this.report("type-changed", path, fromTo(true));
      return;
    }
    if (x.variants.length === 1 && y.variants.length === 1)
      return this.compareVariant(x.variants[0]!, y.variants[0]!, path, true);

    const { pairs, lost, gained } = matchVariants(x.variants, y.variants);
    for (const [v, w] of pairs) this.compareVariant(v, w, path, false);
    // An alternative that left is lost only when the other side takes none of its values (`"a"` → `string` widens).
    const { old: before, new: after } = this.options.types;
    const lostValues = lost.some((v) => !y.variants.some((w) => covers(w, v, { outer: after, inner: before })));
    const newValues = gained.some((w) => !x.variants.some((v) => covers(v, w, { outer: before, inner: after })));
    if (lostValues && newValues) this.report("type-changed", path, fromTo(false));
    else if (lostValues) this.report("type-narrowed", path, fromTo(false));
    else if (newValues) this.report("type-widened", path, fromTo(false));
  }

  /** Two single types (a union's matched variants, or the only type of each side). */
  private compareVariant(a: TypeNode, b: TypeNode, path: string, only: boolean): void {
    if (this.options.followRefs && (a.kind === "ref" || b.kind === "ref")) return this.compare(a, b, path);
    const changed = () => this.report("type-changed", path, { from: describe(a), to: describe(b) });
    if (a.kind === "ref" || b.kind === "ref") {
      // A model replaced by an equal inline type (or the reverse) is still a different name for the user.
      return a.kind === "ref" && b.kind === "ref" && a.name === b.name ? undefined : changed();
    }
    const fa = fieldsOf(a, this.options.types.old);
    const fb = fieldsOf(b, this.options.types.new);
    if (fa && fb) return this.compareFields(fa, fb, path);
    if (a.kind === "array" && b.kind === "array") return this.compare(a.items, b.items, `${path}[]`);
    if (a.kind === "literal" && b.kind === "literal") return this.compareLiterals(a.values, b.values, path);
    if (only && a.kind === "literal" && b.kind === "primitive" && a.values.every((v) => isValueOf(v, b.name)))
      return this.report("type-widened", path, { from: describe(a), to: describe(b) });
    if (only && a.kind === "primitive" && b.kind === "literal" && b.values.every((v) => isValueOf(v, a.name)))
      return this.report("type-narrowed", path, { from: describe(a), to: describe(b) });
    if (a.kind === "intersection" && b.kind === "intersection" && a.parts.length === b.parts.length) {
      // Intersections that are not plain objects (e.g. with a union part): compare part by part.
      return a.parts.forEach((p, i) => this.compare(p, b.parts[i]!, path));
    }
    if (describe(a) !== describe(b)) changed();
  }

  private compareLiterals(a: Literal[], b: Literal[], path: string): void {
    const key = (v: unknown) => JSON.stringify(v);
    const gone = a.filter((v) => !b.some((w) => key(w) === key(v)));
    const come = b.filter((v) => !a.some((w) => key(w) === key(v)));
    const fromTo = { from: describeLiterals(a), to: describeLiterals(b) };
    if (come.length > 0) this.report("enum-values-added", path, { values: come.map(key).join(", "), ...fromTo });
    if (gone.length > 0) this.report("enum-values-removed", path, { values: gone.map(key).join(", "), ...fromTo });
  }

  private compareFields(a: Fields, b: Fields, path: string): void {
    const skip = (p: Property) => this.options.place.direction === "input" && p.readOnly;
    for (const [name, p] of a.properties) {
      if (skip(p)) continue;
      const q = b.properties.get(name);
      const at = join(path, name);
      if (!q || skip(q)) {
        this.report("field-removed", at, {});
        continue;
      }
      this.requiredness(p.required, q.required, at);
      this.compare(p.type, q.type, at);
    }
    for (const [name, q] of b.properties) {
      const p = a.properties.get(name);
      if (!skip(q) && (!p || skip(p))) this.report("field-added", join(path, name), { required: q.required });
    }
    if (a.additional === false && b.additional !== false) this.report("additional-properties-added", path, {});
    else if (a.additional !== false && b.additional === false) this.report("additional-properties-removed", path, {});
    else if (a.additional !== false && b.additional !== false) this.compare(a.additional, b.additional, `${path}[key]`);
  }

  private resolve(node: TypeNode, side: "old" | "new"): TypeNode {
    if (node.kind !== "ref") return node;
    const target = this.options.types[side].get(node.name);
    if (!target) return { kind: "unknown" };
    return node.nullable ? { ...target.type, nullable: true } : target.type;
  }
}

function join(path: string, name: string): string {
  return path ? `${path}.${name}` : name;
}

function refName(node: TypeNode): string {
  return node.kind === "ref" ? node.name : "·";
}

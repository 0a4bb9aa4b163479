import type { ApiModel, NamedType, TypeNode } from "../model/types.js";
import { innerTypes } from "../model/walk.js";
import type { Direction } from "./types.js";

// Usage: which named types the user writes (parameters, bodies) and which they read (responses).

export function usageOf(model: ApiModel): { input: Set<string>; output: Set<string> } {
  const byName = new Map(model.types.map((t) => [t.name, t]));
  const input = new Set<string>();
  const output = new Set<string>();
  for (const op of model.resources.flatMap((r) => r.operations)) {
    for (const p of op.params) reach(p.type, byName, input);
    if (op.body) reach(op.body.type, byName, input);
    reach(op.response.type, byName, output);
    if (op.pagination) reach(op.pagination.itemType, byName, output);
  }
  return { input, output };
}

export function mergeUsage(...usages: { input: Set<string>; output: Set<string> }[]): Map<string, Direction> {
  const out = new Map<string, Direction>();
  for (const u of usages) {
    for (const name of u.input)
      out.set(name, out.get(name) === "output" || out.get(name) === "both" ? "both" : "input");
    for (const name of u.output)
      out.set(name, out.get(name) === "input" || out.get(name) === "both" ? "both" : "output");
  }
  return out;
}

function reach(node: TypeNode, byName: ReadonlyMap<string, NamedType>, into: Set<string>): void {
  if (node.kind !== "ref") return innerTypes(node).forEach((inner) => reach(inner, byName, into));
  if (into.has(node.name)) return;
  into.add(node.name);
  const target = byName.get(node.name);
  if (target) reach(target.type, byName, into);
}

import type { ApiModel, Operation } from "../model/types.js";
import { change } from "./changes.js";
import { diffOperation, operationSubject, routeOf, sdkName } from "./operations.js";
import type { Change, Place } from "./types.js";
import { mergeUsage, usageOf } from "./usage.js";
import { TypeWalker } from "./walker.js";

export type { Change, ChangeKind, ChangeLocation, Direction, Severity } from "./types.js";

/**
 * The API-surface diff: what a user of the generated SDK must change between two versions of a description.
 * Works on two ApiModels (never on YAML text), so it sees exactly the names and types the SDK exposes.
 *
 * Operations are matched by their SDK name (`resource.method`), models by type name, fields by wire name, union
 * alternatives by content. Operation diffs follow `ref`s into the named types (each pair of named types is walked
 * once per parameter list, body or response, which also stops recursion); model diffs compare references by name.
 * What is breaking for whom is decided in `changes.ts`, the words in `format.ts`.
 */
export function diffModels(before: ApiModel, after: ApiModel): Change[] {
  return [...diffOperations(before, after), ...diffNamedTypes(before, after)];
}

const typeIndex = (before: ApiModel, after: ApiModel) => ({
  old: new Map(before.types.map((t) => [t.name, t])),
  new: new Map(after.types.map((t) => [t.name, t])),
});

/** Operations, in the old order, then the new ones. */
function diffOperations(before: ApiModel, after: ApiModel): Change[] {
  const out: Change[] = [];
  const types = typeIndex(before, after);
  const oldOps = operationsOf(before);
  const newOps = operationsOf(after);
  const newByRoute = new Map([...newOps.values()].map((op) => [routeOf(op), op]));
  const place = (op: Operation): Place => ({ subject: operationSubject(op), location: "operation", direction: "both" });
  for (const [name, op] of oldOps) {
    const next = newOps.get(name);
    if (next) {
      diffOperation(op, next, types, out);
      continue;
    }
    const renamed = newByRoute.get(routeOf(op));
    const renamedTo = renamed && !oldOps.has(sdkName(renamed)) ? sdkName(renamed) : undefined;
    out.push(change({ kind: "operation-removed", place: place(op), facts: { route: routeOf(op), renamedTo } }));
  }
  for (const [name, op] of newOps)
    if (!oldOps.has(name))
      out.push(change({ kind: "operation-added", place: place(op), facts: { route: routeOf(op) } }));
  return out;
}

/** Named types, then their request-side variants (`<Name>Input`, which users may import too). */
function diffNamedTypes(before: ApiModel, after: ApiModel): Change[] {
  const out: Change[] = [];
  const types = typeIndex(before, after);
  const usage = mergeUsage(usageOf(before), usageOf(after));
  const place = (name: string, direction = usage.get(name) ?? "both"): Place => ({
    subject: { scope: "model", name },
    location: "model",
    direction,
  });
  for (const t of before.types)
    if (!types.new.has(t.name)) out.push(change({ kind: "model-removed", place: place(t.name), facts: {} }));
  for (const t of after.types) {
    const old = types.old.get(t.name);
    if (!old) out.push(change({ kind: "model-added", place: place(t.name), facts: {} }));
    else new TypeWalker({ types, place: place(t.name), followRefs: false, out }).compare(old.type, t.type, "");
  }
  const inputs = (model: ApiModel) => new Set(model.types.flatMap((t) => (t.inputName ? [t.inputName] : [])));
  const [oldInputs, newInputs] = [inputs(before), inputs(after)];
  const facts = { inputVariant: true };
  for (const name of oldInputs)
    if (!newInputs.has(name)) out.push(change({ kind: "model-removed", place: place(name, "both"), facts }));
  for (const name of newInputs)
    if (!oldInputs.has(name)) out.push(change({ kind: "model-added", place: place(name, "both"), facts }));
  return out;
}

function operationsOf(model: ApiModel): Map<string, Operation> {
  return new Map(model.resources.flatMap((r) => r.operations.map((op) => [sdkName(op), op] as const)));
}

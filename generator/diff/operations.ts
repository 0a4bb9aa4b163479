import type { Operation, Parameter } from "../model/types.js";
import { itemsText } from "../model/pagination-styles.js";
import { change } from "./changes.js";
import type { Change, Place, Subject } from "./types.js";
import { type TypeIndex, TypeWalker } from "./walker.js";

/** The diff of one operation kept under the same SDK name: route, parameters, body, response, pagination. */

export const sdkName = (op: Operation): string => `${op.resource}.${op.method}`;
export const routeOf = (op: Operation): string => `${op.httpMethod} ${op.path}`;
export const operationSubject = (op: Operation): Subject => ({
  scope: "operation",
  name: sdkName(op),
  route: routeOf(op),
});

export function diffOperation(before: Operation, after: Operation, types: TypeIndex, out: Change[]): void {
  const subject = operationSubject(after);
  const walker = (location: "parameter" | "body" | "response") =>
    new TypeWalker({
      types,
      place: { subject, location, direction: location === "response" ? "output" : "input" },
      followRefs: true,
      out,
    });
  const place: Place = { subject, location: "operation", direction: "both" };

  if (routeOf(before) !== routeOf(after))
    out.push(change({ kind: "route-changed", place, facts: { was: routeOf(before), now: routeOf(after) } }));
  if (!before.docs.deprecated && after.docs.deprecated)
    out.push(change({ kind: "operation-deprecated", place, facts: {} }));

  diffParameters(before.params, after.params, walker("parameter"));
  diffBody(before, after, walker("body"));
  diffResponse(before, after, walker("response"));

  const [p, q] = [before.pagination, after.pagination];
  if (!p && q) out.push(change({ kind: "pagination-added", place, facts: {} }));
  if (p && !q) out.push(change({ kind: "pagination-removed", place, facts: {} }));
  const [was, now] = [p, q].map((x) => x && { style: x.style, items: itemsText(x.items) });
  if (was && now && (was.style !== now.style || was.items !== now.items))
    out.push(change({ kind: "pagination-changed", place, facts: { was, now } }));
}

function diffParameters(before: Parameter[], after: Parameter[], walker: TypeWalker): void {
  const next = new Map(after.map((p) => [p.name, p]));
  const old = new Map(before.map((p) => [p.name, p]));
  for (const p of before) {
    const q = next.get(p.name);
    if (!q) {
      walker.report("field-removed", p.name, {});
      continue;
    }
    if (p.in !== q.in) walker.report("parameter-moved", p.name, { was: p.in, now: q.in });
    walker.requiredness(p.required, q.required, p.name);
    walker.compare(p.type, q.type, p.name);
  }
  for (const q of after) if (!old.has(q.name)) walker.report("field-added", q.name, { required: q.required });
}

function diffBody(before: Operation, after: Operation, walker: TypeWalker): void {
  const [a, b] = [before.body, after.body];
  if (!a && !b) return;
  if (!a || !b) {
    if (b) walker.report("body-added", "", { required: b.required });
    else walker.report("body-removed", "", {});
    return;
  }
  if (a.merged !== b.merged || a.bodyKey !== b.bodyKey) return walker.report("body-moved", "", { was: a, now: b });
  if (a.mediaType !== b.mediaType) walker.report("body-media-type-changed", "", { was: a.mediaType, now: b.mediaType });
  walker.requiredness(a.required, b.required, "");
  walker.compare(a.type, b.type, "");
}

function diffResponse(before: Operation, after: Operation, walker: TypeWalker): void {
  const [a, b] = [before.response, after.response];
  if (a.kind !== b.kind) return walker.report("response-kind-changed", "", { was: a.kind, now: b.kind });
  if (!a.mayBeEmpty && b.mayBeEmpty) walker.report("response-may-be-empty", "", {});
  if (a.mayBeEmpty && !b.mayBeEmpty) walker.report("response-always-present", "", {});
  if (a.kind === "json") walker.compare(a.type, b.type, "");
}

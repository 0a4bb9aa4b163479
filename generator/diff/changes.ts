import { detailOf, messageOf } from "./report.js";
import type { Change, ChangeKind, FactsByKind, Place } from "./types.js";

/**
 * The change list: every kind of change, its severity, and the one function that makes a `Change`.
 *
 * Severity follows TypeScript assignability, from the user's side of each type:
 * - request side (parameters, body): the user writes the values, so anything that rejects code that compiled
 *   before is breaking: a field removed or made required, a type narrowed, null no longer accepted;
 * - response side: the user reads the values, so anything the old code does not handle is breaking: a field
 *   removed or made optional, a type widened (new enum values included), null now possible;
 * - a model used on both sides (or on neither), and the operation itself, get the stricter of the two.
 */
interface Rule<F> {
  /** Breaks code that reads the values (responses). */
  readers: (facts: F) => boolean;
  /** Breaks code that writes the values (parameters, bodies). */
  writers: (facts: F) => boolean;
}

const always = { readers: () => true, writers: () => true };
const never = { readers: () => false, writers: () => false };
const forReaders = { readers: () => true, writers: () => false };
const forWriters = { readers: () => false, writers: () => true };

const SEVERITY: { [K in ChangeKind]: Rule<FactsByKind[K]> } = {
  "operation-added": never,
  "operation-removed": always,
  "route-changed": never,
  "operation-deprecated": never,
  "parameter-moved": never,
  "body-added": { readers: () => false, writers: (f) => f.required },
  "body-removed": always,
  "body-moved": always,
  "body-media-type-changed": never,
  "response-kind-changed": { readers: (f) => f.was !== "none", writers: () => false },
  "response-may-be-empty": forReaders,
  "response-always-present": never,
  "pagination-added": always,
  "pagination-removed": always,
  "pagination-changed": never,
  "model-added": never,
  "model-removed": always,
  "field-added": { readers: () => false, writers: (f) => f.required },
  "field-removed": always,
  "made-required": forWriters,
  "made-optional": forReaders,
  "made-nullable": forReaders,
  "made-non-nullable": forWriters,
  "type-changed": always,
  "type-widened": forReaders,
  "type-narrowed": forWriters,
  "enum-values-added": forReaders,
  "enum-values-removed": forWriters,
  "additional-properties-added": never,
  "additional-properties-removed": always,
};

/** One change at `place` (`path` inside it), its severity and text computed from its facts. */
export function change<K extends ChangeKind>(c: {
  kind: K;
  place: Place;
  path?: string;
  facts: FactsByKind[K];
}): Change {
  const { kind, place, facts } = c;
  const path = c.path ?? "";
  const rule: Rule<FactsByKind[K]> = SEVERITY[kind];
  const { direction } = place;
  const breaks = (direction !== "input" && rule.readers(facts)) || (direction !== "output" && rule.writers(facts));
  const severity = breaks ? "breaking" : "non-breaking";
  const detail = detailOf(kind, place.location, path, facts);
  const types = "from" in facts && "to" in facts ? { from: facts.from, to: facts.to } : {};
  return {
    kind,
    severity,
    scope: place.subject.scope,
    subject: place.subject.name,
    ...(place.subject.route ? { route: place.subject.route } : {}),
    location: place.location,
    path,
    ...types,
    detail,
    message: messageOf(severity, place.subject.name, detail),
  };
}

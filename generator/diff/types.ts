import type { Operation, RequestBody } from "../model/types.js";

/** The public shape of the API-surface diff: what a change is, where it is, and the facts its message is made of. */

export type Severity = "breaking" | "non-breaking";

/** Which side of the SDK a type is on: written by the user (input), read (output), or both. */
export type Direction = "input" | "output" | "both";

/** Where in the operation (or model) the change is. */
export type ChangeLocation = "operation" | "parameter" | "body" | "response" | "model";

/** Printed old and new type; kept on the change (`from`, `to`). */
interface TypeFacts {
  from: string;
  to: string;
}
interface Moved<T> {
  was: T;
  now: T;
}
type Nothing = Record<never, never>;

/** What each kind of change knows; its severity and its text are computed from these, in one table each. */
export interface FactsByKind {
  "operation-added": { route: string };
  "operation-removed": { route: string; renamedTo?: string | undefined };
  "route-changed": Moved<string>;
  "operation-deprecated": Nothing;
  "parameter-moved": Moved<string>;
  "body-added": { required: boolean };
  "body-removed": Nothing;
  "body-moved": Moved<Pick<RequestBody, "merged" | "bodyKey">>;
  "body-media-type-changed": Moved<string>;
  "response-kind-changed": Moved<Operation["response"]["kind"]>;
  "response-may-be-empty": Nothing;
  "response-always-present": Nothing;
  "pagination-added": Nothing;
  "pagination-removed": Nothing;
  "pagination-changed": Moved<{ style: string; items: string }>;
  /** `inputVariant`: the request-side variant (`<Name>Input`), which comes and goes with read-only fields. */
  "model-added": { inputVariant?: boolean };
  "model-removed": { inputVariant?: boolean };
  // Changes of a field or type, whose severity depends on whether the user writes or reads it.
  "field-added": { required: boolean };
  "field-removed": Nothing;
  "made-required": Nothing;
  "made-optional": Nothing;
  "made-nullable": Nothing;
  "made-non-nullable": Nothing;
  "type-changed": TypeFacts;
  "type-widened": TypeFacts;
  "type-narrowed": TypeFacts;
  "enum-values-added": TypeFacts & { values: string };
  "enum-values-removed": TypeFacts & { values: string };
  "additional-properties-added": Nothing;
  "additional-properties-removed": Nothing;
}

export type ChangeKind = keyof FactsByKind;

/** Who a change is about: an operation (`companies.find`, with its route) or a model (`Company`). */
export interface Subject {
  scope: "operation" | "model";
  name: string;
  route?: string;
}

/** Where a change is, and whose values those are (which decides its severity). */
export interface Place {
  subject: Subject;
  location: ChangeLocation;
  direction: Direction;
}

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

import type { LoadedSpec } from "../load/load-document.js";
import type { ApiModel } from "../model/types.js";
import { compileSchema, compileTable } from "../emit/schema-table.js";
import { validate, type ValidationIssue } from "../../templates/runtime/validate.js";
import { collectExamples } from "./examples.js";

/** One schema property on which the examples and the schema disagree, in one way. */
export interface DriftEntry {
  /** `company.website`: the schema (component key) and the property path inside it. */
  property: string;
  code: ValidationIssue["code"];
  /** A message of one of the issues (e.g. `expected number, got string`). */
  message: string;
  /** Examples showing it, out of the examples that contain the schema. */
  count: number;
  of: number;
  /** JSON pointers of those examples. */
  examples: string[];
}

export interface DriftReport {
  /** Examples checked. */
  examples: number;
  entries: DriftEntry[];
}

/**
 * Checks every example of the description with the runtime's validator against the type the package declares,
 * and groups the disagreements per schema property: evidence for the curation, not one line per example.
 */
export function exampleDrift(spec: LoadedSpec, model: ApiModel): DriftReport {
  const keyOf = new Map(model.types.map((t) => [t.name, t.schemaKey]));
  const tables = { output: compileTable(model.types, "output"), input: compileTable(model.types, "input") };
  const examples = collectExamples(spec, model);
  /** An entry can gather issues from several owners (`company.size` inside a company, and its own `example`). */
  const groups = new Map<string, DriftEntry & { owners: Set<string> }>();
  /** Per owner (a named type, or an inline schema's place): the examples that contain it. */
  const containing = new Map<string, Set<number>>();
  const contains = (owner: string, n: number) => containing.set(owner, (containing.get(owner) ?? new Set()).add(n));

  examples.forEach((example, n) => {
    const seen = new Set<string>();
    const issues = validate(example.value, compileSchema(example.type, example.side), tables[example.side], seen);
    seen.forEach((name) => contains(name, n));
    contains(example.where, n);
    for (const issue of issues) {
      // `Company.website` → owner Company; an issue outside any named type belongs to the example's own schema.
      const head = issue.schema.split(/[.[]/)[0]!;
      const owner = keyOf.has(head) ? head : example.where;
      const rest = owner === head ? issue.schema.slice(head.length) : issue.schema.replace(/^(?=[^[])/, ".");
      const property = `${keyOf.get(owner) ?? owner}${rest}`;
      const id = `${property}\u0000${issue.code}`;
      const entry = groups.get(id) ?? {
        property,
        code: issue.code,
        message: issue.message,
        count: 0,
        of: 0,
        examples: [],
        owners: new Set<string>(),
      };
      groups.set(id, entry);
      entry.owners.add(owner);
      contains(owner, n); // showing an issue in a schema is containing it, even where the value never entered it
      if (!entry.examples.includes(example.pointer)) entry.examples.push(example.pointer);
    }
  });
  const entries = [...groups.values()].map(({ owners, ...entry }) => ({
    ...entry,
    count: entry.examples.length,
    of: new Set([...owners].flatMap((owner) => [...(containing.get(owner) ?? [])])).size,
  }));
  entries.sort((a, b) => a.property.localeCompare(b.property) || a.code.localeCompare(b.code));
  return { examples: examples.length, entries };
}

const WHAT: Readonly<Record<DriftEntry["code"], (e: DriftEntry) => string>> = {
  required: (e) => `required, absent from ${e.count} of ${e.of} examples`,
  null: (e) => `not nullable, null in ${e.count} of ${e.of} examples`,
  enum: (e) => `enum value not listed (${e.message}) in ${e.count} of ${e.of} examples`,
  type: (e) => `wrong type (${e.message}) in ${e.count} of ${e.of} examples`,
};

/** "`company.website`: required, absent from 9 of 9 examples". */
export function formatDriftEntry(entry: DriftEntry): string {
  return `\`${entry.property}\`: ${WHAT[entry.code](entry)}`;
}

/** One line for the default output. */
export function driftSummary(report: DriftReport): string {
  const n = report.entries.length;
  if (n === 0) return `${report.examples} examples checked, all match their schemas`;
  const by = (code: DriftEntry["code"]) => report.entries.filter((e) => e.code === code).length;
  return (
    `${report.examples} examples checked; ${n} schema propert${n === 1 ? "y disagrees" : "ies disagree"} with them ` +
    `(${by("required")} required but absent, ${by("null")} null but not nullable, ${by("type")} wrong type, ${by("enum")} unlisted enum value)`
  );
}

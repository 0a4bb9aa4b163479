import type { Change, ChangeKind, ChangeLocation, FactsByKind, Severity } from "./types.js";

// The words of the diff: one text per kind of change, then the report around them.

type Text<F> = (noun: string, facts: F) => string;

const fromTo = (e: { from: string; to: string }) => `from \`${e.from}\` to \`${e.to}\``;
const requiredness = (required: boolean) => (required ? "required" : "optional");
const bodyPlace = (body: { merged: boolean; bodyKey?: string }) =>
  body.merged ? "its fields spread into the arguments" : `the \`${body.bodyKey}\` argument`;
const RESPONSE_KIND = { json: "JSON", text: "text", binary: "binary", none: "no body" } as const;

const DETAIL: { [K in ChangeKind]: Text<FactsByKind[K]> } = {
  "operation-added": (_, f) => `operation added (\`${f.route}\`)`,
  "operation-removed": (_, f) => `operation removed${f.renamedTo ? ` (\`${f.route}\` is now \`${f.renamedTo}\`)` : ""}`,
  "route-changed": (_, f) =>
    `route changed from \`${f.was}\` to \`${f.now}\` (calls keep compiling and reach the new route)`,
  "operation-deprecated": () => "operation deprecated",
  "parameter-moved": (n, f) => `${n} moved from the ${f.was} to the ${f.now}`,
  "body-added": (_, f) => `${requiredness(f.required)} request body added`,
  "body-removed": () => "request body removed",
  "body-moved": (_, f) => `request body moved from ${bodyPlace(f.was)} to ${bodyPlace(f.now)}`,
  "body-media-type-changed": (_, f) => `request body is now sent as ${f.now} (was ${f.was})`,
  "response-kind-changed": (_, f) => `response changed from ${RESPONSE_KIND[f.was]} to ${RESPONSE_KIND[f.now]}`,
  "response-may-be-empty": () => "response may now be empty (`undefined`)",
  "response-always-present": () => "response is never empty any more",
  "pagination-added": () => "now paginated: the call returns a `PagePromise` that resolves to a `Page`",
  "pagination-removed": () => "no longer paginated: the call resolves to the response body",
  "pagination-changed": (_, { was, now }) =>
    `pagination changed from ${was.style} over \`${was.items}\` to ${now.style} over \`${now.items}\``,
  "model-added": (_, f) =>
    f.inputVariant ? "request-side variant added (without the read-only fields)" : "model added",
  "model-removed": (_, f) =>
    f.inputVariant ? "request-side variant removed (no read-only fields left)" : "model removed",
  "field-added": (n, f) => `${n} added (${requiredness(f.required)})`,
  "field-removed": (n) => `${n} removed`,
  "made-required": (n) => `${n} is now required`,
  "made-optional": (n) => `${n} is now optional`,
  "made-nullable": (n) => `${n} is now nullable`,
  "made-non-nullable": (n) => `${n} is no longer nullable`,
  "type-changed": (n, f) => `${n} changed type ${fromTo(f)}`,
  "type-widened": (n, f) => `${n} widened ${fromTo(f)}`,
  "type-narrowed": (n, f) => `${n} narrowed ${fromTo(f)}`,
  "enum-values-added": (n, f) => `${n} has new values ${f.values}`,
  "enum-values-removed": (n, f) => `${n} lost values ${f.values}`,
  "additional-properties-added": (n) => `${n} now allows additional properties`,
  "additional-properties-removed": (n) => `${n} no longer allows additional properties`,
};

/** The change without severity and subject: "response field `plan.name` removed". */
export function detailOf<K extends ChangeKind>(
  kind: K,
  location: ChangeLocation,
  path: string,
  facts: FactsByKind[K],
): string {
  const text: Text<FactsByKind[K]> = DETAIL[kind];
  return text(nounOf(location, path), facts);
}

/** "BREAKING companies.find: response field `plan.name` removed". */
export function messageOf(severity: Severity, subject: string, detail: string): string {
  return `${severity === "breaking" ? "BREAKING" : "non-breaking"} ${subject}: ${detail}`;
}

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

/** One side of the comparison, as named in the report. */
export interface DiffSide {
  file: string;
  title: string;
  version: string;
}

export interface DiffReport {
  old: DiffSide;
  new: DiffSide;
  changes: Change[];
}

/**
 * Markdown-ish text: a summary of the calls that stop compiling first, then every change, breaking ones first,
 * operations before models, one line per change (`BREAKING companies.find: response field \`plan.name\` removed`).
 */
export function formatText(report: DiffReport): string {
  const { changes } = report;
  const breaking = changes.filter((c) => c.severity === "breaking");
  const other = changes.filter((c) => c.severity !== "breaking");
  const lines = [`# API diff: ${sideName(report.old)} → ${sideName(report.new)}`, ""];
  if (changes.length === 0) return [...lines, "No changes to the SDK surface.", ""].join("\n");
  lines.push(`${count(breaking.length, "breaking change")}, ${count(other.length, "non-breaking change")}.`);
  lines.push(...summaryOf(changes));
  for (const [title, group] of [
    ["Breaking changes", breaking],
    ["Non-breaking changes", other],
  ] as const) {
    if (group.length === 0) continue;
    lines.push("", `## ${title} (${group.length})`);
    for (const [heading, scope] of [
      ["Operations", "operation"],
      ["Models", "model"],
    ] as const) {
      const items = group.filter((c) => c.scope === scope);
      if (items.length === 0) continue;
      lines.push("", `### ${heading}`, "", ...items.map((c) => `- ${c.message}`));
    }
  }
  return lines.join("\n") + "\n";
}

/**
 * What an upgrade breaks in the calls themselves, one line per operation: operations removed, pagination changed,
 * and arguments (parameters and body fields) whose type or presence changes. Responses and models are the
 * type-level details listed after it.
 */
function summaryOf(changes: readonly Change[]): string[] {
  const calls = new Map<string, string[]>();
  for (const c of changes)
    if (c.severity === "breaking" && c.scope === "operation" && c.location !== "response") {
      const details = calls.get(c.subject) ?? [];
      if (!details.includes(c.detail)) details.push(c.detail);
      calls.set(c.subject, details);
    }
  const title = `## Calls that stop compiling (${count(calls.size, "operation")})`;
  if (calls.size === 0)
    return ["", title, "", "None: every call compiles as it did; the changes are in what responses and models hold."];
  return ["", title, "", ...[...calls].map(([subject, details]) => `- \`${subject}\`: ${details.join("; ")}`)];
}

/** Machine output: both sides, counts, and every change with its kind, location and path. */
export function formatJson(report: DiffReport): string {
  const breaking = report.changes.filter((c) => c.severity === "breaking").length;
  return (
    JSON.stringify(
      {
        old: report.old,
        new: report.new,
        summary: { breaking, nonBreaking: report.changes.length - breaking },
        changes: report.changes,
      },
      null,
      2,
    ) + "\n"
  );
}

function sideName(side: DiffSide): string {
  return `${side.file} (${side.title} ${side.version})`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? "" : "s"}`;
}

import type { Change } from "./diff-models.js";

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
 * Markdown-ish text: breaking changes first, operations before models, one line per change
 * (`BREAKING companies.find: response field \`plan.name\` removed`).
 */
export function formatText(report: DiffReport): string {
  const { changes } = report;
  const breaking = changes.filter((c) => c.severity === "breaking");
  const other = changes.filter((c) => c.severity !== "breaking");
  const lines = [`# API diff: ${sideName(report.old)} → ${sideName(report.new)}`, ""];
  if (changes.length === 0) return [...lines, "No changes to the SDK surface.", ""].join("\n");
  lines.push(`${count(breaking.length, "breaking change")}, ${count(other.length, "non-breaking change")}.`);
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

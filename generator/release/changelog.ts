import type { Change } from "../diff/diff-models.js";

/**
 * One release's entry of `CHANGELOG.md`, in a consumer's words: what to change in calling code first (each change
 * with the call or model it is about), then what is new.
 */
export function changelogEntry(release: {
  title: string;
  version: string;
  previous: string | undefined;
  date: string;
  changes: Change[];
}): string {
  const { version, previous, date, changes } = release;
  const lines = [`## ${version} (${date})`, ""];
  if (!previous) return [...lines, "First release.", ""].join("\n");
  const breaking = changes.filter((c) => c.severity === "breaking");
  const other = changes.filter((c) => c.severity !== "breaking");
  if (changes.length === 0)
    return [...lines, `No change to the API since ${previous}: documentation, runtime or build only.`, ""].join("\n");
  if (breaking.length > 0)
    lines.push(
      `### Breaking changes (${breaking.length}): code written for ${previous} may need these changes`,
      "",
      ...breaking.map(item),
      "",
    );
  if (other.length > 0)
    lines.push(`### Additions and other compatible changes (${other.length})`, "", ...other.map(item), "");
  return lines.join("\n");
}

/** "- `companies.find` (`GET /companies/{id}`): response field `plan.name` removed". */
function item(change: Change): string {
  return `- \`${change.subject}\`${change.route ? ` (\`${change.route}\`)` : ""}: ${change.detail}`;
}

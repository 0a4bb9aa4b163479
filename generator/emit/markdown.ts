/**
 * Markdown printed in the shape Prettier gives it (printWidth 120, proseWrap "preserve"), so that the format stage
 * can leave it alone: tables with every column padded to its widest cell. Whether a text really is in that shape is
 * decided in one place, `markdownInFinalShape` (generator/write/markdown-shape.ts), which checks what it is given.
 */

/**
 * Columns as wide as their widest cell (at least 3), cells padded on the right, a `---` delimiter row: Prettier's
 * table. Cells are Markdown inline text; widths count code points, which is Prettier's width for the characters the
 * shape check lets through (ASCII and a few one-column symbols).
 */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = head.map((cell, i) => Math.max(3, width(cell), ...rows.map((row) => width(row[i] ?? ""))));
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => cell + " ".repeat(widths[i]! - width(cell))).join(" | ")} |`;
  return [line(head), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)];
}

/** Re-prints every pipe table of a Markdown text (outside code fences) with `table`. */
export function alignTables(markdown: string): string {
  const lines = markdown.split("\n");
  const out: string[] = [];
  let fence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith("```")) fence = !fence;
    if (fence || !line.startsWith("|") || !/^\|(\s*-+\s*\|)+$/.test(lines[i + 1] ?? "")) {
      out.push(line);
      continue;
    }
    let end = i + 2;
    while (end < lines.length && lines[end]!.startsWith("|")) end++;
    const rows = lines.slice(i, end).map(tableCells);
    out.push(...table(rows[0]!, rows.slice(2)));
    i = end - 1;
  }
  return out.join("\n");
}

/** The cells of a table row `| a | b \| c |`: split at pipes that are not escaped, trimmed. */
export function tableCells(row: string): string[] {
  return row
    .replace(/^\|/, "")
    .replace(/\|$/, "")
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());
}

function width(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

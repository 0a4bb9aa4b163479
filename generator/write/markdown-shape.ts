import { table, tableCells } from "../emit/markdown.js";

/**
 * Whether Prettier (markdown parser, printWidth 120, proseWrap "preserve") would print a Markdown text exactly as it
 * is, apart from its TypeScript code blocks: then the format stage formats only those (with the babel-ts parser, as
 * it formats the .ts files; Prettier's Markdown printer uses the typescript parser, which prints this code the same,
 * as the full-output test checks) and skips parsing and printing the Markdown, which was the costliest part of a run.
 *
 * The check accepts a deliberately small language, where Prettier provably changes nothing: blocks separated by one
 * blank line, each an ATX heading, a paragraph, a tight `- ` list (not right after another list, where Prettier
 * would switch to `*`), a pipe table already padded as Prettier pads it, or a
 * fence ```` ```ts ```` … ```` ``` ````; inline text made of words and punctuation that Markdown gives no meaning to,
 * code spans, `**strong**` words and `[links](plain-url)`. Anything else (emphasis marks, HTML, escapes, entities,
 * double spaces, other characters) is rejected and the text goes to Prettier. Tests compare the shortcut with
 * Prettier on the full output and on generated texts.
 *
 * Returns the text split at its code blocks: even items are Markdown kept as it is (each ending in "```ts\n" or
 * "\n```" where a block starts or ends), odd items the code of a `ts` block; or undefined when Prettier is needed.
 */
export function markdownInFinalShape(text: string): string[] | undefined {
  if (!text.endsWith("\n") || text.endsWith("\n\n") || text.startsWith("\n")) return undefined;
  const lines = text.slice(0, -1).split("\n");
  const parts: string[] = [];
  let kept: string[] = [];
  let block: string[] = [];
  let previous: "list" | "other" | undefined;
  const endBlock = (): boolean => {
    if (block.length === 0) return false;
    const kind = blockKind(block);
    if (kind === undefined || (kind === "list" && previous === "list")) return false;
    previous = kind;
    kept.push(...block, "");
    block = [];
    return true;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith("```")) {
      if (line !== "```ts" || block.length > 0) return undefined;
      const close = lines.indexOf("```", i + 1);
      if (close < 0) return undefined;
      const code = lines.slice(i + 1, close).join("\n");
      if (/`{3}|~{3}/.test(code) || code.trim() === "") return undefined;
      kept.push("```ts");
      parts.push(kept.join("\n") + "\n", code);
      kept = ["", "```"];
      previous = "other";
      i = close;
      if (i + 1 < lines.length && lines[i + 1] !== "") return undefined;
      if (i + 1 < lines.length) (kept.push(""), i++);
      continue;
    }
    if (line === "") {
      if (!endBlock()) return undefined;
      continue;
    }
    block.push(line);
  }
  if (block.length > 0 && !endBlock()) return undefined;
  if (kept.at(-1) === "") kept.pop();
  parts.push(kept.join("\n") + "\n");
  return parts;
}

function blockKind(lines: string[]): "list" | "other" | undefined {
  const first = lines[0]!;
  if (first.startsWith("#"))
    return lines.length === 1 && /^#{1,6} \S/.test(first) && inline(first.replace(/^#+ /, "")) ? "other" : undefined;
  if (first.startsWith("|")) return isTable(lines) ? "other" : undefined;
  if (first.startsWith("- ")) {
    // Items on one line, or continued on lines indented by two spaces.
    const ok = lines.every((l) =>
      l.startsWith("- ")
        ? lineStart(l.slice(2)) && inline(l.slice(2))
        : l.startsWith("  ") && paragraphLine(l.slice(2)),
    );
    return ok ? "list" : undefined;
  }
  return lines.every(paragraphLine) ? "other" : undefined;
}

function paragraphLine(line: string): boolean {
  return lineStart(line) && inline(line);
}

/** A line that cannot open any other block (a list, heading, quote, table, HTML, setext underline…). */
function lineStart(line: string): boolean {
  return !/^(?:[\s#>+=|<~[$:{!-]|\*(?!\*[^\s*])|\d+[.)]|`{3})/.test(line);
}

function isTable(lines: string[]): boolean {
  if (lines.length < 3) return false;
  const rows = lines.map(tableCells);
  const columns = rows[0]!.length;
  if (!lines.every((l) => l.startsWith("| ") && l.endsWith(" |"))) return false;
  if (!rows.every((row) => row.length === columns)) return false;
  if (!rows[1]!.every((cell) => /^-{3,}$/.test(cell))) return false;
  const cells = [rows[0]!, ...rows.slice(2)];
  if (!cells.every((row) => row.every((cell) => cell !== "" && inline(cell, true)))) return false;
  return table(rows[0]!, rows.slice(2)).join("\n") === lines.join("\n");
}

// Characters that have no meaning in Markdown inline text and one column of width: printable ASCII without
// \ ` * _ [ ] < > & | ~ ! $ { } #, and a few symbols (· … → ≥ ≤ — –).
const PLAIN = String.raw`[A-Za-z0-9 .,:;?'"()/=+%@^-]|(?<=[A-Za-z0-9])_(?=[A-Za-z0-9])|[·…→≥≤—–]`;
const CODE_CHAR = String.raw`[\x21-\x5b\x5d-\x5f\x61-\x7e]|[·…→≥≤—–]`; // printable, no space, backslash or backtick
const inlineOutside = new RegExp(
  String.raw`^(?:(?:${PLAIN})|\x60(?:${CODE_CHAR})(?:(?:${CODE_CHAR})| (?! ))*(?<! )\x60(?!\x60)|(?<![^ ])\*\*(?! )(?:${PLAIN})+(?<! )\*\*(?![^ .,;:)])|\[(?! )(?:${PLAIN})+(?<! )\]\([A-Za-z0-9./#:-]+\))*$`,
);
const inlineInTable = new RegExp(
  String.raw`^(?:(?:${PLAIN})|\x60(?:\\\||${CODE_CHAR})(?:\\\||(?:${CODE_CHAR})| (?! ))*(?<! )\x60(?!\x60)|(?<![^ ])\*\*(?! )(?:${PLAIN})+(?<! )\*\*(?![^ .,;:)])|\[(?! )(?:${PLAIN})+(?<! )\]\([A-Za-z0-9./#:-]+\))*$`,
);

/**
 * Inline text Prettier prints as it is, never empty: plain characters, code spans (no backtick inside, no space at either end,
 * no two spaces in a row; in a table, pipes escaped), `**strong**` words and `[word](url)` links; no double space,
 * and no space at either end.
 */
function inline(text: string, inTable = false): boolean {
  if (text === "" || text !== text.trim() || text.includes("  ")) return false;
  return (inTable ? inlineInTable : inlineOutside).test(text);
}

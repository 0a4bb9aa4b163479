// Parts of an emitted file's text, as a reader finds them: a line, a README section, a declaration's TSDoc example.

/** The lines (trimmed) that start with `prefix`. */
export function linesStarting(text: string, prefix: string): string[] {
  return text
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l.startsWith(prefix));
}

/** The one line (trimmed) that starts with `prefix`; fails when there is none or more than one. */
export function lineStarting(text: string, prefix: string): string {
  const lines = linesStarting(text, prefix);
  if (lines.length !== 1) throw new Error(`${lines.length} lines start with ${JSON.stringify(prefix)}`);
  return lines[0]!;
}

/** A Markdown section: from its heading line to the next heading of the same level (or the end), trimmed. */
export function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`${heading}\n`);
  if (start < 0) throw new Error(`no section ${JSON.stringify(heading)}`);
  const level = /^#+ /.exec(heading)![0];
  const next = markdown.indexOf(`\n${level}`, start + heading.length);
  return markdown.slice(start, next < 0 ? undefined : next).trim();
}

/** Table rows with their padding removed (`| a   |` → `| a |`, `| --- |` whatever its width), as Prettier pads them. */
export function unpadded(markdown: string): string {
  return markdown.replace(/ {2,}\|/g, " |").replace(/\| -{3,} /g, "| --- ");
}

/**
 * The code lines of the `@example` in the TSDoc just above the declaration `export <declaration>` (e.g.
 * `function createClient`, `class Tiny`), without the comment's ` * ` margin.
 */
export function example(source: string, declaration: string): string[] {
  const at = source.search(new RegExp(`\\nexport (?:async )?${declaration}\\b`));
  if (at < 0) throw new Error(`no declaration ${declaration}`);
  const comment = source.slice(source.lastIndexOf("/**", at), at);
  const code = /@example\n \* ```ts\n([\s\S]*?)\n \* ```/.exec(comment);
  if (!code) throw new Error(`no @example above ${declaration}`);
  return code[1]!.split("\n").map((l) => l.replace(/^ \* ?/, ""));
}

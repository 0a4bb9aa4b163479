import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { keyWhenCaching, readCache, writeCache } from "../cache.js";
import type { FileMap } from "../emit/emit-package.js";
import { markdownInFinalShape } from "./markdown-shape.js";

// babel-ts prints the same as the typescript parser on this code, in about half the time.
const PARSERS: Record<string, string> = { ts: "babel-ts", json: "json", md: "markdown" };

export const PRETTIER_OPTIONS = { printWidth: 120, proseWrap: "preserve" } as const;

/**
 * Formats every emitted file with prettier, so the committed output reads like hand-written code. The runtime
 * copies are left as they are: templates/ is kept formatted with the same options (a test checks it).
 *
 * Prettier's output depends only on its version, its options and the input, so each result is cached by the hash
 * of those: a file whose unformatted text was seen before is not formatted again, and when every file hits,
 * prettier (0.4 s to load) is not loaded at all. A file that misses is formatted by its top-level parts
 * (`chunks`), each cached too: after a small change only the changed declaration or section is formatted again.
 * Prettier runs in this thread: worker threads cost more (each loads and warms up prettier) than they saved on two
 * cores, and held 70 MB more.
 *
 * TypeScript and JSON in the emitters' language are printed by typescript-shape.ts, Prettier's layout algorithm on
 * the same layout documents, in a fraction of Prettier's time; Prettier formats only the parts outside that
 * language, and when none is, it is not loaded at all.
 */
export async function formatFiles(files: FileMap): Promise<FileMap> {
  const out: FileMap = new Map();
  const space = `prettier-${prettierVersion()}`;
  const cached = (parser: string, text: string) => {
    const key = keyWhenCaching(() => [parser, PRETTIER_OPTIONS, text]);
    return { key, hit: readCache(space, key) };
  };
  const misses: { path: string; parser: string; text: string; key: string | undefined }[] = [];
  for (const [path, text] of files) {
    const parser = PARSERS[path.split(".").pop() ?? ""];
    if (!parser || path.startsWith("src/runtime/")) {
      out.set(path, text);
      continue;
    }
    const { key, hit } = cached(parser, text);
    if (hit !== undefined) out.set(path, hit);
    else misses.push({ path, parser, text, key });
  }
  const prettier = async (parser: string, text: string) =>
    (await import("prettier")).format(text, { parser, ...PRETTIER_OPTIONS });
  const batch = new TypeScriptBatch(prettier);
  const format = async (parser: string, text: string): Promise<string> => {
    const { key, hit } = cached(parser, text);
    if (hit !== undefined) return hit;
    const shaped = await inPrettierShape(parser, text);
    const formatted = shaped ?? (await (parser === "babel-ts" ? batch.format(text) : prettier(parser, text)));
    writeCache(space, key, formatted);
    return formatted;
  };
  await Promise.all(
    misses.map(async ({ path, parser, text, key }) => {
      const parts = chunks(parser, text);
      const formatPart = (part: string) =>
        parser === "markdown" ? formatMarkdown(part, format) : format(parser, part);
      let formatted: string;
      try {
        // Prettier ends each part with one newline and keeps one blank line between top-level statements or sections.
        formatted = (await Promise.all(parts.map(formatPart))).join("\n");
      } catch (error) {
        if (parts.length === 1) throw error;
        formatted = await format(parser, text); // a part that is no whole statement (a multi-line string, say)
      }
      out.set(path, formatted);
      writeCache(space, key, formatted);
    }),
  );
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

type Format = (parser: string, text: string) => Promise<string>;

/** TypeScript and JSON printed here as Prettier prints them; undefined for what is left to Prettier. */
async function inPrettierShape(parser: string, text: string): Promise<string | undefined> {
  if (parser !== "babel-ts" && parser !== "json") return undefined;
  const { printJsonLikePrettier, printLikePrettier } = await import("./typescript-shape.js");
  return parser === "json" ? printJsonLikePrettier(text) : printLikePrettier(text);
}

/**
 * A Markdown part already in Prettier's shape (`markdownInFinalShape`) keeps its text; only its TypeScript code
 * blocks are formatted. Any other part is formatted by Prettier whole.
 */
async function formatMarkdown(text: string, format: Format): Promise<string> {
  const parts = markdownInFinalShape(text);
  if (!parts) {
    // Only the sections (down to `######`) not in that shape go to Prettier, each alone, as `chunks` does.
    const pieces = sections(text, /^#{2,6} /);
    if (pieces.length === 1) return format("markdown", text);
    const last = pieces.length - 1;
    return (await Promise.all(pieces.map((p, i) => formatMarkdown(i < last ? `${p}\n` : p, format)))).join("\n");
  }
  let codes: string[];
  try {
    codes = await Promise.all(parts.filter((_, i) => i % 2 === 1).map((code) => format("babel-ts", code)));
  } catch {
    return format("markdown", text); // a block that does not parse: Prettier keeps it as it is
  }
  return parts.map((part, i) => (i % 2 ? codes[(i - 1) / 2]!.replace(/\n$/, "") : part)).join("");
}

/**
 * TypeScript texts (the parts of every file, the code blocks of the Markdown) formatted as Prettier formats each
 * alone, but together: each call costs besides its text (1-3 ms here, for about 200 texts). The texts asked for in
 * one turn of the event loop are joined by `import "…";` lines, which are a syntax error anywhere but between two
 * complete top-level statements, so no text can run into the next. When a call fails, or its result does not split
 * back into as many texts, each of its texts is formatted alone.
 */
class TypeScriptBatch {
  private pending: { text: string; resolve: (text: string) => void; reject: (error: unknown) => void }[] = [];

  constructor(private readonly prettier: Format) {}

  format(text: string): Promise<string> {
    if (this.pending.length === 0) setImmediate(() => void this.flush());
    return new Promise((resolve, reject) => this.pending.push({ text, resolve, reject }));
  }

  private async flush(): Promise<void> {
    const jobs = this.pending;
    this.pending = [];
    // Calls of up to ~200 KB: much larger ones keep so much alive at once that collecting garbage costs more.
    for (let start = 0, end = 0; start < jobs.length; start = end) {
      for (let size = 0; end < jobs.length && (end === start || size + jobs[end]!.text.length <= 200_000); end++)
        size += jobs[end]!.text.length;
      const batch = jobs.slice(start, end);
      const joined = await this.together(batch.map((job) => job.text)).catch(() => undefined);
      if (joined) batch.forEach((job, i) => job.resolve(joined[i]!));
      else for (const job of batch) await this.prettier("babel-ts", job.text).then(job.resolve, job.reject);
    }
  }

  private async together(texts: string[]): Promise<string[] | undefined> {
    if (texts.length === 1) return [await this.prettier("babel-ts", texts[0]!)];
    const separator = (i: number) => `import "prettier-part-${i}";`;
    // Blank lines at either end would stay beside a separator; alone, Prettier drops them.
    const trimmed = texts.map((text) => text.replace(/^(?:[ \t]*\n)+/, "").replace(/(?:\n[ \t]*)+$/, ""));
    const lines = (await this.prettier("babel-ts", trimmed.map((t, i) => `${t}\n${separator(i)}\n`).join(""))).split(
      "\n",
    );
    const out: string[] = [];
    let start = 0;
    for (const [i, line] of lines.entries()) {
      if (line !== separator(out.length)) continue;
      out.push(`${lines.slice(start, i).join("\n")}\n`);
      start = i + 1;
    }
    // An empty text formats to "" alone, but to "\n" here: such a batch is formatted text by text.
    const whole = out.length === texts.length && lines.slice(start).join("") === "" && !out.includes("\n");
    return whole ? out : undefined;
  }
}

/**
 * The top-level parts of an emitted file that prettier formats the same alone as within the file: TypeScript split
 * before each blank-line-separated statement that starts in column 0 (the emitters indent everything nested and put
 * a blank line between declarations), Markdown before each `## ` heading outside a code fence. A Markdown file with
 * link reference definitions (which reach across sections) or HTML is kept whole. Tests compare the result with
 * prettier on whole files.
 */
export function chunks(parser: string, text: string): string[] {
  if (parser === "babel-ts") return groups(text.split(/\n\n(?=[^\s})\]])/));
  if (parser !== "markdown") return [text];
  return groups(sections(text, /^## /));
}

/**
 * A Markdown text split before each heading (matching `heading`) that follows a blank line outside a code fence;
 * whole when it has link reference definitions (which reach across sections) or HTML.
 */
function sections(text: string, heading: RegExp): string[] {
  if (/^ {0,3}(\[[^\]]*\]:|<)/m.test(text)) return [text];
  const out: string[] = [];
  let fence: string | undefined;
  let start = 0;
  let offset = 0;
  for (const line of text.split("\n")) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === undefined || (marker[0] === fence[0] && marker.length >= fence.length)))
      fence = fence ? undefined : marker;
    else if (fence === undefined && heading.test(line) && text.slice(offset - 2, offset) === "\n\n") {
      out.push(text.slice(start, offset - 2));
      start = offset;
    }
    offset += line.length + 1;
  }
  return [...out, text.slice(start)];
}

/**
 * Parts (split at blank lines) joined into groups of about eight: each prettier call costs ~1 ms besides its text.
 * A group ends after a part chosen by its content (a hash), not by position, so that an edit to one part changes only
 * its own group and the others are still cached.
 */
function groups(parts: string[]): string[] {
  const out: string[] = [];
  let group: string[] = [];
  for (const [i, part] of parts.entries()) {
    group.push(part);
    if (i === parts.length - 1 || (hash(part) & 7) === 0) (out.push(`${group.join("\n\n")}\n`), (group = []));
  }
  out[out.length - 1] = out.at(-1)!.slice(0, -1); // the file's own ending
  return out;
}

/** FNV-1a of a string: cheap, and the same on every run. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function prettierVersion(): string {
  const manifest = createRequire(import.meta.url).resolve("prettier/package.json");
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
}

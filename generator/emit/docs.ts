import type { JSDocStructure, OptionalKind } from "ts-morph";
import type { Docs, Operation } from "../model/types.js";
import { sampleStatement } from "./samples.js";

/**
 * Spec prose → TSDoc text: Markdoc admonitions become plain paragraphs, and `*\/` cannot close the comment early.
 * `/*` is escaped too: ts-morph's writer takes it for the start of a nested comment and closes it with a stray `*\/`.
 * Prose loses its leading indentation (Markdown would read it as code); fenced code blocks keep theirs, and since a
 * backslash shows literally inside them, their comment markers are split with a zero-width space instead.
 */
export function docText(text: string): string {
  const plain = text
    .replace(/\{%\s*admonition\b([^%]*)%\}/g, (_m, attrs: string) => {
      const name = /name="([^"]*)"/.exec(attrs)?.[1];
      const type = /type="([^"]*)"/.exec(attrs)?.[1];
      const label = type ? type[0]!.toUpperCase() + type.slice(1) : "Note";
      return name ? `${label}: ${name}.` : `${label}:`;
    })
    .replace(/\{%\s*\/admonition\s*%\}/g, "")
    .replace(/\{%[^%]*%\}/g, "");
  // Odd parts are fenced code blocks (``` or ~~~ to the matching fence), even parts prose.
  return plain
    .split(/^([ \t]*(?:```|~~~)[^\n]*\n[\s\S]*?^[ \t]*(?:```|~~~)[ \t]*$)/m)
    .map((part, i) => (i % 2 ? code(part) : prose(part)))
    .join("")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function prose(text: string): string {
  return text
    .replace(/\*\//g, "*\\/")
    .replace(/\/\*/g, "/\\*")
    .replace(/^[ \t]+/gm, "");
}

/** A fenced block: the indentation common to its lines goes, the rest stays. */
function code(block: string): string {
  const lines = block.split("\n");
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0].length));
  return lines
    .map((l) => l.slice(indent))
    .join("\n")
    .replace(/\*\//g, "*\u200b/")
    .replace(/\/\*/g, "/\u200b*");
}

/** The JSDoc of a model, property or parameter; empty when there is nothing to say. */
export function jsDocs(docs: Docs, extra: string[] = []): OptionalKind<JSDocStructure>[] {
  const paragraphs = [
    docs.title && docs.description?.startsWith(docs.title) ? undefined : docs.title,
    docs.description,
    docs.formatNote,
    ...extra,
  ]
    .filter((p): p is string => Boolean(p))
    .map(docText)
    .filter(Boolean);
  const tags: { tagName: string; text?: string }[] = [];
  if (docs.default !== undefined) tags.push({ tagName: "default", text: docText(JSON.stringify(docs.default)) });
  if (docs.readOnly) tags.push({ tagName: "readonly" });
  if (docs.deprecated) tags.push({ tagName: "deprecated" });
  if (paragraphs.length === 0 && tags.length === 0) return [];
  return [{ description: paragraphs.join("\n\n"), tags }];
}

/** The same documentation as a comment string, for members of inline object types. */
export function inlineDoc(docs: Docs): string {
  const [doc] = jsDocs(docs);
  if (!doc) return "";
  const lines = [
    ...String(doc.description ?? "").split("\n"),
    ...(doc.tags ?? []).map((t) => `@${t.tagName}${t.text ? ` ${t.text}` : ""}`),
  ].filter((l, i, all) => l !== "" || (i > 0 && i < all.length - 1));
  if (lines.length === 1) return `/** ${lines[0]} */\n`;
  return `/**\n${lines.map((l) => ` * ${l}`.trimEnd()).join("\n")}\n */\n`;
}

/**
 * An operation's TSDoc: summary, description and route, then `@throws` for each declared error response and an
 * `@example` with the sample call (`call`: how the call is written, method or standalone function).
 */
export function operationDocs(op: Operation, call: string): OptionalKind<JSDocStructure>[] {
  const [doc] = jsDocs({ ...op.docs, ...(op.summary ? { title: op.summary } : {}) }, [
    `\`${op.httpMethod} ${op.path}\``,
  ]);
  const throws = (op.throws ?? []).map((t) => ({
    tagName: "throws",
    text: docText(
      `{@link ${t.className}} ${t.status}${t.description ? `: ${t.description.replace(/\s+/g, " ")}` : ""}`,
    ),
  }));
  const example = { tagName: "example", text: `\n${docText(`\`\`\`ts\n${sampleStatement(call, op)}\n\`\`\``)}` };
  return [{ description: doc?.description ?? "", tags: [...(doc?.tags ?? []), ...throws, example] }];
}

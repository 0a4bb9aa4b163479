/**
 * Layout documents and the algorithm that prints them, the same as Prettier's (Wadler's "prettier printer" with
 * Prettier's groups, conditional groups and if-break parts), for the commands typescript-shape.ts builds. A text
 * printed from the documents Prettier would build is the text Prettier prints.
 */
export type Doc = string | Doc[] | Group | Indent | Line | IfBreak | LineSuffix | { kind: "break-parent" };

export interface Group {
  kind: "group";
  contents: Doc;
  break: boolean;
  /** A conditional group: its states from flattest to most expanded (contents is the first). */
  states?: Doc[];
  id?: symbol;
  /** A layout we only know flat: printing it broken throws `Unsupported`. */
  flatOnly?: boolean;
  /** Memos: `willBreak` of the group, and whether `propagateBreaks` has been through it. */
  breaks?: boolean;
  propagated?: boolean;
}
interface Indent {
  kind: "indent";
  contents: Doc;
  /** Spaces to add; undefined for one indentation level. */
  align?: number;
}
interface Line {
  kind: "line";
  soft?: boolean;
  hard?: boolean;
  /** A hard line that keeps the spaces before it (Prettier's literal line, at the current indentation). */
  keepSpaces?: boolean;
}
interface IfBreak {
  kind: "if-break";
  broken: Doc;
  flat: Doc;
  groupId?: symbol;
}
interface LineSuffix {
  kind: "line-suffix";
  contents: Doc;
}

/** Thrown while building or printing a document for code outside the known subset. */
export class Unsupported extends Error {}

export const line: Doc = { kind: "line" };
export const softline: Doc = { kind: "line", soft: true };
export const breakParent: Doc = { kind: "break-parent" };
export const hardline: Doc = [{ kind: "line", hard: true }, breakParent];
export const hardlineKeepingSpaces: Doc = [{ kind: "line", hard: true, keepSpaces: true }, breakParent];

export const group = (contents: Doc, options: { shouldBreak?: boolean; id?: symbol } = {}): Group => ({
  kind: "group",
  contents,
  break: options.shouldBreak ?? false,
  ...(options.id ? { id: options.id } : {}),
});
export const conditionalGroup = (states: Doc[]): Group => ({
  kind: "group",
  contents: states[0]!,
  break: false,
  states,
});
export const flatOnly = (contents: Doc): Group => ({ kind: "group", contents, break: false, flatOnly: true });
export const indent = (contents: Doc): Doc => ({ kind: "indent", contents });
export const align = (spaces: number, contents: Doc): Doc => ({ kind: "indent", contents, align: spaces });
export const ifBreak = (broken: Doc, flat: Doc = "", groupId?: symbol): Doc => ({
  kind: "if-break",
  broken,
  flat,
  ...(groupId ? { groupId } : {}),
});
export const indentIfBreak = (contents: Doc, groupId: symbol): Doc => ifBreak(indent(contents), contents, groupId);
export const lineSuffix = (contents: Doc): Doc => ({ kind: "line-suffix", contents });
export const join = (separator: Doc, docs: Doc[]): Doc[] => docs.flatMap((d, i) => (i === 0 ? [d] : [separator, d]));

/** Whether a document breaks wherever it is (a hard line or a group that must break), as Prettier's `willBreak`. */
export function willBreak(doc: Doc): boolean {
  if (typeof doc === "string") return false;
  if (Array.isArray(doc)) return doc.some(willBreak);
  if (doc.kind !== "group") return computeWillBreak(doc);
  return (doc.breaks ??= computeWillBreak(doc));
}

function computeWillBreak(doc: Exclude<Doc, string>): boolean {
  if (Array.isArray(doc)) return doc.some(willBreak);
  switch (doc.kind) {
    case "group":
      return doc.break || willBreak(doc.contents);
    case "line":
      return doc.hard === true;
    case "break-parent":
      return true;
    case "if-break":
      return willBreak(doc.broken) || willBreak(doc.flat);
    default:
      return willBreak(doc.contents);
  }
}

/** Whether a document has any place it could break, as Prettier's `canBreak`. */
export function canBreak(doc: Doc): boolean {
  if (typeof doc === "string") return false;
  if (Array.isArray(doc)) return doc.some(canBreak);
  switch (doc.kind) {
    case "line":
      return true;
    case "break-parent":
      return false;
    case "if-break":
      return canBreak(doc.broken) || canBreak(doc.flat);
    case "group":
      return canBreak(doc.contents) || (doc.states ?? []).some(canBreak);
    default:
      return canBreak(doc.contents);
  }
}

/** Marks every group that holds a hard break as broken (conditional groups excepted), as Prettier does first. */
function propagateBreaks(doc: Doc): boolean {
  if (typeof doc === "string") return false;
  if (Array.isArray(doc)) {
    let any = false;
    for (const d of doc) any = propagateBreaks(d) || any;
    return any;
  }
  switch (doc.kind) {
    case "break-parent":
      return true;
    case "line":
      return false;
    case "if-break":
      return propagateBreaks(doc.broken) || propagateBreaks(doc.flat);
    case "group": {
      if (doc.propagated) return doc.break;
      doc.propagated = true;
      let inner = false;
      for (const state of doc.states ?? [doc.contents]) inner = propagateBreaks(state) || inner;
      if (inner && !doc.states) doc.break = true;
      return doc.break;
    }
    default:
      return propagateBreaks(doc.contents);
  }
}

type Mode = "break" | "flat";
interface Command {
  indent: string;
  mode: Mode;
  doc: Doc;
}

/** Prettier's `getStringWidth` for the characters accepted here; others (wide, combining) are unsupported. */
export function width(text: string): number {
  const n = widthOrUnknown(text);
  return n < 0 ? unsupportedWidth() : n;
}

function unsupportedWidth(): never {
  throw new Unsupported();
}

const EMOJI = new RegExp(String.raw`\p{RGI_Emoji}`, "gv");

/** The width, or -1 for a character whose width is not known here (emoji, East Asian, combining marks). */
function widthOrUnknown(text: string): number {
  let narrow = true; // every character one column wide, as most text is
  for (let i = 0; i < text.length && narrow; i++) {
    const c = text.charCodeAt(i);
    narrow =
      (c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c < 0x300) || (c >= 0x370 && c < 0x1100) || (c >= 0x2010 && c < 0x2300);
  }
  if (narrow) return text.length;
  let n = 0;
  // An emoji counts two columns, as in Prettier (which finds them with the emoji-regex package).
  for (const ch of text.replace(EMOJI, "  ")) {
    const code = ch.codePointAt(0)!;
    if (code < 0x20 || (code >= 0x7f && code < 0xa0) || (code >= 0x300 && code < 0x370)) return -1;
    if (code >= 0x1100 && !(code >= 0x2010 && code < 0x2300)) return -1;
    n++;
  }
  return n;
}

function fits(next: Command, rest: Command[], room: number, modes: Map<symbol, Mode>): boolean {
  let restIndex = rest.length;
  const cmds: { mode: Mode; doc: Doc }[] = [next];
  let pendingSpace = false; // a flat line's space counts only when text follows it
  while (room >= 0) {
    if (cmds.length === 0) {
      if (restIndex === 0) return true;
      cmds.push(rest[--restIndex]!);
      continue;
    }
    const { mode, doc } = cmds.pop()!;
    if (typeof doc === "string") {
      if (doc !== "" && pendingSpace) (room--, (pendingSpace = false));
      room -= width(doc);
    } else if (Array.isArray(doc)) for (let i = doc.length - 1; i >= 0; i--) cmds.push({ mode, doc: doc[i]! });
    else
      switch (doc.kind) {
        case "indent":
          cmds.push({ mode, doc: doc.contents });
          break;
        case "group": {
          const groupMode = doc.break ? "break" : mode;
          cmds.push({ mode: groupMode, doc: doc.states && groupMode === "break" ? doc.states.at(-1)! : doc.contents });
          break;
        }
        case "if-break": {
          const groupMode = doc.groupId ? (modes.get(doc.groupId) ?? "flat") : mode;
          cmds.push({ mode, doc: groupMode === "break" ? doc.broken : doc.flat });
          break;
        }
        case "line":
          if (mode === "break" || doc.hard) return true;
          if (!doc.soft) pendingSpace = true;
          break;
        default:
          break; // a line suffix is not measured
      }
  }
  return false;
}

/** Prints a document at `printWidth` columns, indenting by two spaces, as Prettier's `printDocToString`. */
export function printDoc(doc: Doc, printWidth: number): string {
  propagateBreaks(doc);
  const modes = new Map<symbol, Mode>();
  const out: string[] = [];
  let suffixes: Command[] = [];
  let pos = 0;
  let remeasure = false;
  const cmds: Command[] = [{ indent: "", mode: "break", doc }];
  while (cmds.length > 0 || suffixes.length > 0) {
    // Line suffixes still waiting at the end of the document are printed there.
    if (cmds.length === 0) (cmds.push(...suffixes.reverse()), (suffixes = []));
    const cmd = cmds.pop()!;
    const { indent: ind, mode, doc } = cmd;
    if (typeof doc === "string") {
      out.push(doc);
      // A text of unknown width (an emoji in a comment) is fine as long as nothing on its line is measured.
      const n = widthOrUnknown(doc);
      pos = n < 0 ? Number.NaN : pos + n;
      continue;
    }
    if (Array.isArray(doc)) {
      for (let i = doc.length - 1; i >= 0; i--) cmds.push({ indent: ind, mode, doc: doc[i]! });
      continue;
    }
    switch (doc.kind) {
      case "indent":
        cmds.push({ indent: ind + " ".repeat(doc.align ?? 2), mode, doc: doc.contents });
        break;
      case "group": {
        if (mode === "flat" && !remeasure) {
          cmds.push({ indent: ind, mode: doc.break ? "break" : "flat", doc: doc.contents });
        } else {
          remeasure = false;
          if (Number.isNaN(pos)) throw new Unsupported();
          const next: Command = { indent: ind, mode: "flat", doc: doc.contents };
          const room = printWidth - pos;
          if (!doc.break && fits(next, cmds, room, modes)) cmds.push(next);
          else if (doc.states) {
            const mostExpanded: Command = { indent: ind, mode: "break", doc: doc.states.at(-1)! };
            const state = doc.break
              ? undefined
              : doc.states
                  .slice(1, -1)
                  .map((s): Command => ({ indent: ind, mode: "flat", doc: s }))
                  .find((c) => fits(c, cmds, room, modes));
            cmds.push(state ?? mostExpanded);
          } else {
            if (doc.flatOnly) throw new Unsupported();
            cmds.push({ indent: ind, mode: "break", doc: doc.contents });
          }
        }
        if (doc.id) modes.set(doc.id, cmds.at(-1)!.mode);
        break;
      }
      case "if-break": {
        const groupMode = doc.groupId ? modes.get(doc.groupId) : mode;
        if (groupMode === "break") cmds.push({ indent: ind, mode, doc: doc.broken });
        else if (groupMode === "flat") cmds.push({ indent: ind, mode, doc: doc.flat });
        break;
      }
      case "line-suffix":
        suffixes.push({ indent: ind, mode, doc: doc.contents });
        break;
      case "break-parent":
        break;
      case "line":
        if (mode === "flat" && !doc.hard) {
          if (!doc.soft) (out.push(" "), (pos += 1));
          break;
        }
        if (mode === "flat") remeasure = true;
        if (suffixes.length > 0) {
          cmds.push(cmd, ...suffixes.reverse());
          suffixes = [];
          break;
        }
        if (!doc.keepSpaces) trimEnd(out);
        out.push(`\n${ind}`);
        pos = ind.length;
        break;
    }
  }
  return out.join("");
}

/** Drops the spaces and tabs at the end of the output, before a newline. */
function trimEnd(out: string[]): void {
  while (out.length > 0) {
    const trimmed = out.at(-1)!.replace(/[ \t]+$/, "");
    if (trimmed !== "") return void (out[out.length - 1] = trimmed);
    out.pop(); // an empty text too: the spaces may be before it
  }
}

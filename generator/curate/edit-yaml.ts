import { isMap, isScalar, isSeq, parseDocument, type Node } from "yaml";

// Edits of a hand-written YAML file that keep every other byte as it was (comments, flow style, folding), so a
// curation copied for another version stays recognisably the same file.

/** Replaces the value of the top-level scalar `key`. */
export function setTopLevelScalar(text: string, key: string, value: string): string {
  const node = parseDocument(text).get(key, true);
  if (!isScalar(node) || !node.range) throw new Error(`no \`${key}:\` scalar to replace`);
  const printed = /^[\w./-]+$/.test(value) ? value : JSON.stringify(value);
  return text.slice(0, node.range[0]) + printed + text.slice(node.range[1]);
}

/**
 * Removes whole entries: from the mapping `section` (a top-level key, or a path such as `profile.webhooks.topics`),
 * the keys in `names`; from the list `section`, the items whose `field` is one of `names`.
 */
export function removeEntries(text: string, section: string, names: ReadonlySet<string>, field?: string): string {
  const collection = parseDocument(text).getIn(section.split("."), true);
  const cuts: [number, number][] = [];
  const cut = (first: Node, last: Node | null) => cuts.push(lineRange(text, first, last));
  if (isMap(collection) && field === undefined) {
    for (const pair of collection.items)
      if (isScalar(pair.key) && names.has(String(pair.key.value))) cut(pair.key, pair.value as Node | null);
  } else if (isSeq(collection) && field !== undefined) {
    for (const item of collection.items) if (isMap(item) && names.has(String(item.get(field)))) cut(item as Node, null);
  }
  return cuts.reverse().reduce((out, [from, to]) => out.slice(0, from) + out.slice(to), text);
}

/** Removes the items at `indices` of the top-level list `section`. */
export function removeItems(text: string, section: string, indices: ReadonlySet<number>): string {
  const collection = parseDocument(text).get(section, true);
  if (!isSeq(collection)) return text;
  const cuts = collection.items.flatMap((item, i) => (indices.has(i) ? [lineRange(text, item as Node, null)] : []));
  return cuts.reverse().reduce((out, [from, to]) => out.slice(0, from) + out.slice(to), text);
}

/** Replaces the value of `key` in the top-level mapping `section` with `value`, written in flow style. */
export function setEntry(text: string, section: string, key: string, value: Record<string, unknown>): string {
  const collection = parseDocument(text).get(section, true);
  const pair = isMap(collection) ? collection.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
  const node = pair?.value as Node | null | undefined;
  if (!node?.range) throw new Error(`no \`${section}: ${key}\` entry to replace`);
  // From the key on, as a block value starts on the next line; up to the value's last character, as a block value's
  // range takes in the line break after it.
  const end = node.range[0] + text.slice(node.range[0], node.range[1]).trimEnd().length;
  return `${text.slice(0, (pair!.key as Node).range![1])}: ${flow(value)}${text.slice(end)}`;
}

/** `{ style: page, items: [companies, data], pages: "" }`: plain where YAML reads it back as the same string. */
export function flow(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flow).join(", ")}]`;
  if (typeof value === "object" && value !== null)
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${flow(v)}`)
      .join(", ")} }`;
  const text = String(value);
  return typeof value === "string" &&
    /^[A-Za-z_][\w.\-/{}]*$/.test(text) &&
    !/^(true|false|null|yes|no|on|off)$/i.test(text)
    ? text
    : JSON.stringify(value);
}

/** Removes the top-level `key` and its value, with the comment lines right above it. */
export function removeSection(text: string, key: string): string {
  const doc = parseDocument(text);
  const pair = isMap(doc.contents) ? doc.contents.items.find((p) => isScalar(p.key) && p.key.value === key) : undefined;
  if (!pair || !isScalar(pair.key)) return text;
  let [from, to] = lineRange(text, pair.key as Node, (pair.value as Node | null) ?? null);
  while (from > 0) {
    const above = text.lastIndexOf("\n", from - 2) + 1;
    if (!text.slice(above, from).startsWith("#")) break;
    from = above;
  }
  return text.slice(0, from) + text.slice(to);
}

/** The whole lines from `first` to `last` (or the end of `first`). */
function lineRange(text: string, first: Node, last: Node | null): [number, number] {
  const start = text.lastIndexOf("\n", first.range![0] - 1) + 1;
  const end = text.indexOf("\n", Math.max(start, (last ?? first).range![1] - 1));
  return [start, end === -1 ? text.length : end + 1];
}

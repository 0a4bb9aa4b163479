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
 * Removes whole entries: from the top-level mapping `section`, the keys in `names`; from the top-level list
 * `section`, the items whose `field` is one of `names`.
 */
export function removeEntries(text: string, section: string, names: ReadonlySet<string>, field?: string): string {
  const collection = parseDocument(text).get(section, true);
  const cuts: [number, number][] = [];
  const cut = (first: Node, last: Node | null) => {
    const start = text.lastIndexOf("\n", first.range![0] - 1) + 1;
    const end = text.indexOf("\n", Math.max(start, (last ?? first).range![1] - 1));
    cuts.push([start, end === -1 ? text.length : end + 1]);
  };
  if (isMap(collection) && field === undefined) {
    for (const pair of collection.items)
      if (isScalar(pair.key) && names.has(String(pair.key.value))) cut(pair.key, pair.value as Node | null);
  } else if (isSeq(collection) && field !== undefined) {
    for (const item of collection.items) if (isMap(item) && names.has(String(item.get(field)))) cut(item as Node, null);
  }
  return cuts.reverse().reduce((out, [from, to]) => out.slice(0, from) + out.slice(to), text);
}

// The edits add-version makes to a copied curation.yaml: whole lines taken out or one value replaced, every other
// byte (comments, flow style, blank lines) as the user wrote it.
import { describe, expect, it } from "vitest";
import { flow, removeEntries, removeItems, removeSection, setEntry } from "../../generator/curate/edit-yaml.js";

const curation = `# Things.
source: official.yaml

operations:
  things.list: GET /things
  # Not everywhere.
  things.delete: DELETE /things/{id}
  things.find: GET /things/{id}

parameters:
  things.delete:
    why: Old.
    add:
      - { name: force, in: query }
  things.find:
    why: Kept.
    add: [{ name: q, in: query }]

profile:
  webhooks:
    topics:
      thing.created: thing
      gizmo.created: gizmo
`;

describe("removeEntries: the keys of a mapping, or the items of a list whose field matches, line by line", () => {
  it.each([
    [
      "one key of a top-level mapping (a comment above it stays with the line before)",
      curation,
      "operations",
      ["things.delete"],
      undefined,
      curation.replace("  things.delete: DELETE /things/{id}\n", ""),
    ],
    [
      "a key whose value spans lines, and a key that is not there",
      curation,
      "parameters",
      ["things.delete", "things.absent"],
      undefined,
      curation.replace("  things.delete:\n    why: Old.\n    add:\n      - { name: force, in: query }\n", ""),
    ],
    [
      "two keys at once",
      curation,
      "operations",
      ["things.list", "things.find"],
      undefined,
      curation.replace("  things.list: GET /things\n", "").replace("  things.find: GET /things/{id}\n", ""),
    ],
    [
      "a mapping at a dotted path",
      curation,
      "profile.webhooks.topics",
      ["gizmo.created"],
      undefined,
      curation.replace("      gizmo.created: gizmo\n", ""),
    ],
    [
      "the last line of a file without a final newline",
      "operations:\n  a.b: GET /a\n  a.c: GET /c",
      "operations",
      ["a.c"],
      undefined,
      "operations:\n  a.b: GET /a\n",
    ],
    [
      "list items by a field",
      "fixes:\n  - { name: a, op: add }\n  - name: b\n    op: remove\n  - { name: c, op: add }\nafter: 1\n",
      "fixes",
      ["b", "c"],
      "name",
      "fixes:\n  - { name: a, op: add }\nafter: 1\n",
    ],
    ["a mapping, when a field is given: nothing", curation, "operations", ["things.list"], "name", curation],
    [
      "a list, when no field is given: nothing",
      "fixes:\n  - { name: a }\n",
      "fixes",
      ["a"],
      undefined,
      "fixes:\n  - { name: a }\n",
    ],
    ["a section that is not there: nothing", curation, "pagination", ["things.list"], undefined, curation],
    ["a list section that is not there: nothing", curation, "fixes", ["a"], "name", curation],
  ])("%s", (_, text, section, names, field, expected) => {
    expect(removeEntries(text, section, new Set(names), field)).toBe(expected);
  });
});

describe("removeItems: the items at the given indices of a top-level list", () => {
  const fixes = "fixes:\n  - a\n  - why: two\n    op: add\n  - c\n  - d\nnext: x\n";
  it.each([
    ["one item", fixes, [2], "fixes:\n  - a\n  - why: two\n    op: add\n  - d\nnext: x\n"],
    ["a one-letter item, and one spanning lines", fixes, [0, 1], "fixes:\n  - c\n  - d\nnext: x\n"],
    ["items apart from each other", fixes, [1, 3], "fixes:\n  - a\n  - c\nnext: x\n"],
    ["the last line of a file without a final newline", "fixes:\n  - a\n  - b", [1], "fixes:\n  - a\n"],
    ["none", fixes, [], fixes],
    ["a mapping, not a list: nothing", "fixes:\n  a: 1\n", [0], "fixes:\n  a: 1\n"],
    ["a section that is not there: nothing", "source: x\n", [0], "source: x\n"],
  ])("%s", (_, text, indices, expected) => {
    expect(removeItems(text, "fixes", new Set(indices))).toBe(expected);
  });
});

describe("setEntry: one value of a top-level mapping, written in flow style", () => {
  const text =
    "pagination:\n  a.list: { style: page }\n  # kept\n  b.list:\n    style: cursor\n    items: data\nnext: 1\n";
  it("replaces the value of the key named, wherever it is in the mapping, and nothing else", () => {
    expect(setEntry(text, "pagination", "b.list", { style: "page", items: ["data", "x"], pages: "" })).toBe(
      'pagination:\n  a.list: { style: page }\n  # kept\n  b.list: { style: page, items: [data, x], pages: "" }\nnext: 1\n',
    );
    expect(setEntry(text, "pagination", "a.list", { style: "offset" })).toBe(
      text.replace("{ style: page }", "{ style: offset }"),
    );
  });

  it.each([
    ["a key the mapping does not have", "pagination", "c.list"],
    ["a section that is not a mapping", "next", "c.list"],
    ["a section that is not there", "parameters", "a.list"],
  ])("refuses %s", (_, section, key) => {
    expect(() => setEntry(text, section, key, {})).toThrow(new Error(`no \`${section}: ${key}\` entry to replace`));
  });
});

describe("flow: plain where YAML reads the same string back, quoted otherwise", () => {
  it.each([
    [
      { style: "page", items: ["companies", "data"], pages: "" },
      '{ style: page, items: [companies, data], pages: "" }',
    ],
    [{ a: { b: [1, true, null] } }, "{ a: { b: [1, true, null] } }"],
    [[], "[]"],
    ["data.items/{id}", "data.items/{id}"],
    ["_x-y", "_x-y"],
    ["truex", "truex"],
    ["xtrue", "xtrue"],
    ["true", '"true"'],
    ["Off", '"Off"'],
    ["yes", '"yes"'],
    ["null", '"null"'],
    ["1st", '"1st"'],
    ["a b", '"a b"'],
    ["a:b", '"a:b"'],
    [null, "null"],
    [3, "3"],
    [false, "false"],
  ])("%j → %s", (value, expected) => {
    expect(flow(value)).toBe(expected);
  });
});

describe("removeSection: a top-level key, its value and the comment lines right above it", () => {
  const text =
    "# Head.\nsource: x\n\n# What changed.\n# Twice.\nadapted:\n  - { kind: a }\n  - { kind: b }\n\n# Tail.\nlast: 1\n";
  it.each([
    ["a section in the middle", "adapted", "# Head.\nsource: x\n\n\n# Tail.\nlast: 1\n"],
    [
      "the first section, its comment at the start of the file",
      "source",
      "\n# What changed.\n# Twice.\nadapted:\n  - { kind: a }\n  - { kind: b }\n\n# Tail.\nlast: 1\n",
    ],
    [
      "the last section",
      "last",
      "# Head.\nsource: x\n\n# What changed.\n# Twice.\nadapted:\n  - { kind: a }\n  - { kind: b }\n\n",
    ],
    ["a section that is not there: nothing", "fixes", text],
  ])("%s", (_, key, expected) => {
    expect(removeSection(text, key)).toBe(expected);
  });

  it("a file that is not a mapping is left as it is", () => {
    expect(removeSection("- a\n- b\n", "a")).toBe("- a\n- b\n");
  });
});

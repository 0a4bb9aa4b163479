// How add-version adapts the curation it copies from another version, in memory: `source` pointed at the new
// official file, and the operations the new version lacks removed from every section that names them (operations,
// pagination, declared parameters, fixes by `operation`), every other byte kept (comments, flow style, folding).
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { removeEntries, setTopLevelScalar } from "../../generator/curate/edit-yaml.js";

const curation = `# Our curation.
source: ../../../shared/specs/intercom-2.11.yaml

operations:
  contacts.list: GET /contacts
  # archived contacts come back with unarchive
  contacts.archive: POST /contacts/{contact_id}/archive
  contacts.find: GET /contacts/{contact_id}

pagination:
  contacts.list: { style: cursor, items: data, cursorParam: starting_after, nextCursor: pages.next.starting_after }
  contacts.archive:
    style: page
    items: data

parameters:
  contacts.archive:
    why: >-
      folded text
      over two lines
    add:
      - { name: page, in: query }
  contacts.list:
    why: kept
    add: [{ name: per_page, in: query }]

fixes:
  - why: a document-wide fix
    op: add
    path: /components/schemas/x
    value: { type: object }
  - why: >-
      a fix of the archived operation
    operation: contacts.archive
    op: replace
    path: /deprecated
    value: true
  - why: a fix of another operation
    operation: contacts.find
    op: add
    path: /deprecated
    value: false
`;

/** The copy for a version without `contacts.archive`, as add-version writes it. */
function adapted(text: string, lacking: string[]): string {
  const names = new Set(lacking);
  let out = text;
  for (const section of ["operations", "pagination", "parameters"]) out = removeEntries(out, section, names);
  return removeEntries(out, "fixes", names, "operation");
}

describe("the copied curation without the operations a version lacks", () => {
  // Computed inside each test (not while tests are collected), so that a mutation run knows which tests cover it.
  const lacking = () => adapted(curation, ["contacts.archive"]);

  it.each([
    ["operations", ["contacts.list", "contacts.find"]],
    ["pagination", ["contacts.list"]],
    ["parameters", ["contacts.list"]],
  ])("%s: the entry is gone, the others kept in order", (section, keys) => {
    const doc = parse(lacking()) as Record<string, unknown>;
    expect(Object.keys(doc[section] as object)).toEqual(keys);
  });

  it("fixes: the one naming the operation is gone; a document-wide fix and another operation's stay", () => {
    const doc = parse(lacking()) as Record<string, unknown>;
    expect((doc["fixes"] as { why: string }[]).map((f) => f.why)).toEqual([
      "a document-wide fix",
      "a fix of another operation",
    ]);
  });

  it("nothing else changed: the text is the original without exactly those entries' lines", () => {
    const entries = [
      "  contacts.archive: POST /contacts/{contact_id}/archive\n",
      "  contacts.archive:\n    style: page\n    items: data\n",
      "  contacts.archive:\n    why: >-\n      folded text\n      over two lines\n    add:\n      - { name: page, in: query }\n",
      "  - why: >-\n      a fix of the archived operation\n    operation: contacts.archive\n    op: replace\n    path: /deprecated\n    value: true\n",
    ];
    const out = lacking();
    for (const entry of entries) expect(curation).toContain(entry);
    expect(out).toBe(entries.reduce((text, entry) => text.replace(entry, ""), curation));
    // Comments and flow style stay where they were.
    expect(out).toContain("  # archived contacts come back with unarchive\n  contacts.find:");
  });

  it("a version lacking nothing gets the text unchanged", () => {
    expect(adapted(curation, [])).toBe(curation);
    expect(adapted(curation, ["not.there"])).toBe(curation);
  });

  it("several operations at once, the last entry of a section included", () => {
    const both = parse(adapted(curation, ["contacts.archive", "contacts.find"])) as Record<
      string,
      Record<string, unknown>
    >;
    expect(Object.keys(both["operations"]!)).toEqual(["contacts.list"]);
    expect((both["fixes"] as unknown as unknown[]).length).toBe(1);
  });
});

describe("source pointed at the new official file", () => {
  it.each([
    [
      "a plain path, written as it is",
      "../../../shared/specs/intercom-2.14.yaml",
      "source: ../../../shared/specs/intercom-2.14.yaml\n",
    ],
    ["a path with a space, quoted", "../specs/intercom 2.14.yaml", 'source: "../specs/intercom 2.14.yaml"\n'],
    ["a path with a colon, quoted", "C:/specs/2.14.yaml", 'source: "C:/specs/2.14.yaml"\n'],
  ])("%s", (_what, value, line) => {
    const out = setTopLevelScalar(curation, "source", value);
    expect(out).toContain(line);
    expect((parse(out) as { source: string }).source).toBe(value);
    expect(out.replace(line, "")).toBe(curation.replace("source: ../../../shared/specs/intercom-2.11.yaml\n", ""));
  });

  it("a curation without `source:` is refused, naming the key", () => {
    expect(() => setTopLevelScalar("operations: {}\n", "source", "x.yaml")).toThrow("no `source:` scalar to replace");
  });
});

// The adaptation add-version makes, one of each kind, on a compact made-up version (test/fixtures/adapt); the real
// official descriptions are added in test/versions/official-descriptions.test.ts. Each test adapts its own copy
// inside `it` (see MUTATION.md: work done while collecting is attributed to no test).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { adaptCuration } from "../../generator/curate/adapt.js";
import { curateVersion, loadOfficial } from "../../generator/curate/curate-version.js";
import { readCuration } from "../../generator/curate/curation.js";
import { ROOT } from "../helpers/paths.js";

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Copies the fixture (its curation text edited by `edit`) and adapts it from 9.0 to 9.1. */
function adapt(edit: (text: string) => string = (t) => t) {
  const dir = mkdtempSync(join(tmpdir(), "adapt-"));
  dirs.push(dir);
  cpSync(join(ROOT, "test/fixtures/adapt"), dir, { recursive: true });
  const file = join(dir, "curation.yaml");
  writeFileSync(file, edit(readFileSync(file, "utf8")));
  const official = loadOfficial(join(dir, "official.yaml"));
  const { adaptations, fixOrigin } = adaptCuration(file, "spec/9.0/curation.yaml", official, "9.1");
  return { file, official, adaptations, fixOrigin, text: readFileSync(file, "utf8") };
}
const from = (entry: string) => `spec/9.0/curation.yaml#${entry}`;

describe("adaptCuration", () => {
  it("adapts each entry that does not fit, with its why", () => {
    const { adaptations } = adapt();
    expect(adaptations).toEqual([
      {
        kind: "fix-not-applicable",
        from: from("/fixes/0"),
        why: "not applicable in 9.1: `#/components/schemas/datetime` absent",
      },
      {
        kind: "fix-not-applicable",
        from: from("/fixes/1"),
        why: "not applicable in 9.1: its operation things.delete absent",
      },
      {
        kind: "fix-not-applicable",
        from: from("/fixes/2"),
        why: "not applicable in 9.1: `/components/schemas/gone/type` absent",
      },
      {
        kind: "operation-absent",
        from: from("/operations/things.delete"),
        why: "not in 9.1: no `DELETE /things/{thing_id}` (matched by method and route shape)",
      },
      {
        kind: "webhook-topic-absent",
        from: from("/profile/webhooks/topics/gizmo.created"),
        why: "not in 9.1: no `gizmo` schema for the `gizmo.created` notification's item",
      },
      {
        kind: "pagination-rederived",
        from: from("/pagination/things.list"),
        why: expect.stringMatching(
          /^re-derived for 9\.1: `items: things` is not an array in the response; the response shape gives page-number pagination \(items `data`, `page`/,
        ),
      },
      {
        kind: "pagination-dropped",
        from: from("/pagination/things.find"),
        why: "not applicable in 9.1: `items: data` is not an array in the response, and no pagination style fits the response shape; the operation is not paginated",
      },
    ]);
  });

  it("writes the curation that fits: what is left out is gone, the re-derived declaration in place, the rest byte for byte", () => {
    const { file, text, fixOrigin } = adapt();
    const curation = readCuration(file);
    expect(curation.operations.map((o) => o.sdkName)).toEqual(["things.list", "things.find"]);
    expect(curation.pagination).toEqual({
      "things.list": { style: "page", items: "data", pageParam: "page", pages: "pages" },
    });
    expect(curation.fixes.map((f) => f.why)).toEqual(["Fits every version."]);
    expect(curation.profile).toMatchObject({ webhooks: { topics: { "thing.created": "thing" } } });
    expect(text).not.toContain("gizmo.created:");
    expect(fixOrigin).toEqual([3]);
    expect(text).toContain("# The curation of an older version of the Things API.\n");
    expect(text).toContain(
      "  # 9.1 puts the list under `data`.\n  things.list: { style: page, items: data, pageParam: page, pages: pages }\n",
    );
  });

  it("records the adaptations under `adapted:`, in place of the record of the curation it started from", () => {
    const { text, adaptations } = adapt();
    expect(text.match(/^adapted:/gm)).toHaveLength(1);
    expect(text).not.toContain("spec/0.9/");
    expect(parse(text).adapted).toEqual(adaptations.map((a) => ({ ...a, why: a.why })));
  });

  it("the adapted curation curates without an error, and adapting it again changes nothing", () => {
    const { file, text, official } = adapt();
    expect(curateVersion(file).warnings).toEqual([]);
    const again = adaptCuration(file, "spec/9.1/curation.yaml", official, "9.1");
    expect(again.adaptations).toEqual([]);
    expect(readFileSync(file, "utf8")).toBe(text.slice(0, text.indexOf("\n\n# What `npm run add-version`")) + "\n");
  });
});

describe("adaptCuration, the sections an absent operation is named in", () => {
  const withEntries = (text: string) =>
    text
      .replace(
        "\nfixes:\n",
        "\nparameters:\n  things.list:\n    why: Kept.\n    add: [{ name: q, in: query }]\n  things.delete:\n    why: Gone with it.\n    add: [{ name: force, in: query }]\n\nfixes:\n",
      )
      .replace(
        "  things.find: { style: page",
        "  things.delete: { style: page, items: data, pageParam: page, pages: pages }\n  things.find: { style: page",
      );

  it("leaves out its pagination and parameters entries, and keeps those of the operations 9.1 has", () => {
    const { file, text } = adapt(withEntries);
    const curation = readCuration(file);
    expect(Object.keys(curation.parameters)).toEqual(["things.list"]);
    expect(Object.keys(curation.pagination)).toEqual(["things.list"]);
    expect(text).toContain(
      "\nparameters:\n  things.list:\n    why: Kept.\n    add: [{ name: q, in: query }]\n\nfixes:\n",
    );
    expect(text).not.toContain("things.delete:");
  });

  it("a curation without webhook topics adapts the same way, with nothing to say about topics", () => {
    const { adaptations, text } = adapt((t) => t.replace(/\nprofile:\n[\s\S]*?\n\n/, "\n"));
    expect(adaptations.map((a) => a.kind)).toEqual([
      "fix-not-applicable",
      "fix-not-applicable",
      "fix-not-applicable",
      "operation-absent",
      "pagination-rederived",
      "pagination-dropped",
    ]);
    expect(text).not.toContain("profile:");
  });

  it("a curation that already fits is written back unchanged, without an `adapted:` section", () => {
    const first = adapt();
    const before = first.text.slice(0, first.text.indexOf("\n\n# What `npm run add-version`")) + "\n";
    writeFileSync(first.file, before);
    const again = adaptCuration(first.file, "spec/9.1/curation.yaml", first.official, "9.1");
    expect(again).toEqual({ adaptations: [], fixOrigin: [0] });
    expect(readFileSync(first.file, "utf8")).toBe(before);
  });
});

describe("adaptCuration, one kind of misfit at a time", () => {
  const dropFixes = (t: string) =>
    t.replace(
      /\nfixes:\n[\s\S]*?\n\n/,
      "\nfixes:\n  - why: Fits every version.\n    op: add\n    path: /components/schemas/thing/description\n    value: A thing\n\n",
    );
  const dropDelete = (t: string) =>
    t
      .replace("  # Not in 9.1.\n  things.delete: DELETE /things/{thing_id}\n", "")
      .replace(/  - why: An operation 9.1 does not have\.\n(    .*\n){4}/, "");
  const kinds = (adaptations: { kind: string; from: string }[]) =>
    adaptations.map((a) => `${a.kind} ${a.from.split("#")[1]}`);
  const rest = [
    "webhook-topic-absent /profile/webhooks/topics/gizmo.created",
    "pagination-rederived /pagination/things.list",
    "pagination-dropped /pagination/things.find",
  ];

  it("only an operation 9.1 lacks", () => {
    const { adaptations, fixOrigin } = adapt(dropFixes);
    expect(kinds(adaptations)).toEqual(["operation-absent /operations/things.delete", ...rest]);
    expect(fixOrigin).toEqual([0]);
  });

  it("only fixes that do not apply", () => {
    const { adaptations, fixOrigin, file } = adapt(dropDelete);
    expect(kinds(adaptations)).toEqual(["fix-not-applicable /fixes/0", "fix-not-applicable /fixes/1", ...rest]);
    expect(fixOrigin).toEqual([2]);
    expect(readCuration(file).fixes.map((f) => f.why)).toEqual(["Fits every version."]);
  });

  it("fixes past the tenth, and fixes of an operation 9.1 has, keep their places", () => {
    const fits =
      "  - why: Fits.\n    operation: things.list\n    op: add\n    path: /description\n    value: Lists things.\n";
    const { adaptations, fixOrigin, file } = adapt((t) => t.replace("\nfixes:\n", `\nfixes:\n${fits.repeat(10)}`));
    expect(kinds(adaptations)).toEqual([
      "fix-not-applicable /fixes/10",
      "fix-not-applicable /fixes/11",
      "fix-not-applicable /fixes/12",
      "operation-absent /operations/things.delete",
      ...rest,
    ]);
    expect(fixOrigin).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 13]);
    expect(readCuration(file).fixes).toHaveLength(11);
  });

  it("a fix the curation check refuses (not a misfit of this version) is left for it, not adapted away", () => {
    const bad =
      "  - why: Names a list item.\n    op: replace\n    path: /paths/~1things/get/parameters/page\n    value: x\n";
    const { adaptations, fixOrigin, file } = adapt((t) => dropDelete(t).replace("\nfixes:\n", `\nfixes:\n${bad}`));
    expect(kinds(adaptations)).toEqual(["fix-not-applicable /fixes/1", "fix-not-applicable /fixes/2", ...rest]);
    expect(fixOrigin).toEqual([0, 3]);
    expect(readCuration(file).fixes.map((f) => f.why)).toEqual(["Names a list item.", "Fits every version."]);
  });

  it("webhooks with no topics: nothing to adapt there", () => {
    const { adaptations, text } = adapt((t) => t.replace(/    topics:\n[\s\S]*?gizmo\n/, "    topics:\n"));
    expect(kinds(adaptations)).not.toContain(rest[0]);
    expect(text).toContain("    topics:\n\noperations:");
  });
});

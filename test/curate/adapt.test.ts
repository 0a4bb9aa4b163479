// The adaptation add-version makes, one of each kind, on a compact made-up version (test/fixtures/adapt); the real
// official descriptions are added in test/versions/official-descriptions.test.ts.
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { adaptCuration } from "../../generator/curate/adapt.js";
import { curateVersion, loadOfficial } from "../../generator/curate/curate-version.js";
import { readCuration } from "../../generator/curate/curation.js";
import { ROOT } from "../helpers/paths.js";

const dir = mkdtempSync(join(tmpdir(), "adapt-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
cpSync(join(ROOT, "test/fixtures/adapt"), dir, { recursive: true });
const file = join(dir, "curation.yaml");
const official = loadOfficial(join(dir, "official.yaml"));
const { adaptations, fixOrigin } = adaptCuration(file, "spec/9.0/curation.yaml", official, "9.1");
const text = readFileSync(file, "utf8");
const from = (entry: string) => `spec/9.0/curation.yaml#${entry}`;

describe("adaptCuration", () => {
  it("adapts each entry that does not fit, with its why", () => {
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
    expect(text.match(/^adapted:/gm)).toHaveLength(1);
    expect(text).not.toContain("spec/0.9/");
    expect(parse(text).adapted).toEqual(adaptations.map((a) => ({ ...a, why: a.why })));
  });

  it("the adapted curation curates without an error, and adapting it again changes nothing", () => {
    expect(curateVersion(file).warnings).toEqual([]);
    const again = adaptCuration(file, "spec/9.1/curation.yaml", official, "9.1");
    expect(again.adaptations).toEqual([]);
    expect(readFileSync(file, "utf8")).toBe(text.slice(0, text.indexOf("\n\n# What `npm run add-version`")) + "\n");
  });
});

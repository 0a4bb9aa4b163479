// `add-version` in process (generator/add-version.ts): a new spec/<version> from the nearest curation, pointed at
// the new official file and adapted to it, then its package; each refusal says why before touching anything, and a
// failure leaves neither spec/<version> nor generated/<version>. A compact made-up API (test/fixtures/adapt, 9.0 →
// 9.1); the real descriptions and the command line are tested in test/versions/.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { addVersion } from "../../generator/add-version.js";
import { GeneratorError } from "../../generator/diagnostics.js";
import { ROOT } from "../helpers/paths.js";

const FIXTURE = join(ROOT, "test/fixtures/adapt");
let root: string;
let official: string;

/** A project whose spec/ holds the fixture's curation under each of `versions`, and the new official file. */
function project(...versions: string[]): void {
  for (const v of versions) {
    mkdirSync(join(root, "spec", v), { recursive: true });
    cpSync(join(FIXTURE, "curation.yaml"), join(root, "spec", v, "curation.yaml"));
  }
  cpSync(join(FIXTURE, "official.yaml"), official);
}

/** Every file under the project, to show that a refusal or a failure changed nothing. */
const files = (): string[] => (readdirSync(root, { recursive: true, encoding: "utf8" }) as string[]).sort();

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "add-version-"));
  official = join(root, "official-9.1.yaml");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("addVersion", () => {
  it("copies the nearest curation, points it at the official file, adapts it and curates it (no package asked)", async () => {
    project("2.0", "9.0");
    const added = await addVersion("9.1", official, { root, generate: false });
    const curation = join(root, "spec/9.1/curation.yaml");
    expect(added.from).toBe(join("spec", "9.0", "curation.yaml"));
    expect(added.adaptations.map((a) => `${a.kind} ${a.from}`)).toEqual([
      "fix-not-applicable spec/9.0/curation.yaml#/fixes/0",
      "fix-not-applicable spec/9.0/curation.yaml#/fixes/1",
      "fix-not-applicable spec/9.0/curation.yaml#/fixes/2",
      "operation-absent spec/9.0/curation.yaml#/operations/things.delete",
      "webhook-topic-absent spec/9.0/curation.yaml#/profile/webhooks/topics/gizmo.created",
      "pagination-rederived spec/9.0/curation.yaml#/pagination/things.list",
      "pagination-dropped spec/9.0/curation.yaml#/pagination/things.find",
    ]);
    // The one adaptation a user must know about: that list is one page now.
    expect(added.warnings).toEqual([
      {
        code: "pagination-dropped",
        severity: "warning",
        file: curation,
        pointer: "/adapted",
        message:
          "not applicable in 9.1: `items: data` is not an array in the response, and no pagination style fits the response shape; the operation is not paginated",
      },
    ]);
    expect(added.spec).toBe(join(root, "spec/9.1/openapi.yaml"));
    expect(added.operations).toBeUndefined();
    expect(Object.keys(added.stages)).toEqual(["load", "adapt", "curate"]);
    expect(readFileSync(curation, "utf8")).toMatch(/^source: \.\.\/\.\.\/official-9\.1\.yaml$/m);
    expect(readFileSync(added.spec, "utf8")).toContain("title: Things API");
    expect(existsSync(join(root, "generated"))).toBe(false);
  });

  it("--from picks the curation to start from; the package is generated with it", async () => {
    project("2.0", "9.0");
    const added = await addVersion("9.1", official, { root, from: "2.0", build: false });
    expect(added.from).toBe(join("spec", "2.0", "curation.yaml"));
    expect(added.adaptations[0]!.from).toBe("spec/2.0/curation.yaml#/fixes/0");
    expect(added.operations).toBe(2);
    expect(Object.keys(added.stages)).toEqual([
      "load",
      "adapt",
      "curate",
      "load curated",
      "model",
      "emit",
      "format",
      "write and build",
    ]);
    expect(added.warnings.map((w) => w.code)).toEqual(["pagination-dropped"]);
    expect(readFileSync(join(root, "generated/9.1/src/client.ts"), "utf8")).toContain('"9.1"');
    expect(existsSync(join(root, "generated/9.1/dist"))).toBe(false);
  });

  it.each([
    [
      "a version that is no folder name",
      "../9.1",
      {},
      () => project("9.0"),
      '"../9.1" is not a version folder name (letters, digits, . _ -)',
    ],
    [
      "no curation to start from",
      "9.1",
      {},
      () => cpSync(join(FIXTURE, "official.yaml"), official),
      "no spec/<version>/curation.yaml to start from; write the first curation by hand",
    ],
    [
      "--from a version without a curation",
      "9.1",
      { from: "8.0" },
      () => project("9.0"),
      `--from 8.0: ${join("spec", "8.0", "curation.yaml")} does not exist`,
    ],
    [
      "an official file that does not exist",
      "9.1",
      {},
      () => (project("9.0"), rmSync(official)),
      "OFFICIAL does not exist; give the path of the official description",
    ],
    [
      "a version that is already there",
      "9.0",
      {},
      () => project("9.0"),
      `${join("spec", "9.0")} already exists; remove it first, or re-curate it with \`npm run curate\``,
    ],
    [
      "a package that is already there",
      "9.1",
      {},
      () => (project("9.0"), mkdirSync(join(root, "generated/9.1"), { recursive: true })),
      `${join("generated", "9.1")} already exists; remove it first, or re-curate it with \`npm run curate\``,
    ],
  ] as const)("refuses %s, and changes nothing", async (_what, version, options, given, message) => {
    given();
    const before = files();
    await expect(addVersion(version, official, { root, generate: false, ...options })).rejects.toThrow(
      message.replace("OFFICIAL", official),
    );
    expect(files()).toEqual(before);
  });

  it("a curation error leaves nothing behind and names the curation to change, not the copy", async () => {
    project("9.0");
    const curation = join(root, "spec/9.0/curation.yaml");
    writeFileSync(
      curation,
      readFileSync(curation, "utf8").replace(
        "\n# What",
        "  - op: add\n    path: /info/description\n    value: no why\n\n# What",
      ),
    );
    const before = files();
    const error = await addVersion("9.1", official, { root, generate: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GeneratorError);
    expect((error as GeneratorError).diagnostics.map((d) => `${d.file}#${d.pointer} ${d.code}`)).toEqual([
      `${curation}#/fixes/4 bad-fix`,
    ]);
    expect(files()).toEqual(before);
  });

  it("a package that cannot be written leaves no spec/<version> behind either", async () => {
    project("9.0");
    writeFileSync(join(root, "generated"), "a file where the packages' folder should be");
    const before = files();
    await expect(addVersion("9.1", official, { root, build: false })).rejects.toThrow(/ENOTDIR|EEXIST/);
    expect(files()).toEqual(before);
  });
});

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { generate } from "../../generator/generate.js";
import { ROOT } from "../helpers/paths.js";

// Outside CI, `toMatchFileSnapshot` writes a missing file and passes. So a deleted snapshot would pass silently
// once: these checks make a missing expected file a failure everywhere (CI also runs with CI=true, see .ci/run).

/** Every test file of the repository, with its text. */
function testFiles(dir = join(ROOT, "test")): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === "fixtures" || e.name === "__snapshots__" ? [] : testFiles(path);
    return e.name.endsWith(".test.ts") ? [{ path, text: readFileSync(path, "utf8") }] : [];
  });
}

describe("expected snapshot files exist", () => {
  // Snapshots named by a literal path, relative to the test file (Prettier may wrap it, with a trailing comma).
  const literal = testFiles().flatMap(({ path, text }) =>
    [...text.matchAll(/toMatchFileSnapshot\(\s*["'`]([^"'`$]+)["'`]\s*,?\s*\)/g)].map((m) =>
      resolve(dirname(path), m[1]!),
    ),
  );

  it("finds the literal snapshot paths (the scan itself works)", () => {
    expect(literal.map((p) => p.slice(ROOT.length))).toEqual(
      expect.arrayContaining([
        "test/emit/__snapshots__/constructs/things.ts",
        "test/emit/__snapshots__/constructs/models.ts",
      ]),
    );
  });

  it("every literal snapshot path is a committed file", () => {
    expect(literal.filter((p) => !existsSync(p)).map((p) => p.slice(ROOT.length))).toEqual([]);
  });

  // The committed package of each version is the snapshot of what the generator emits from its curated spec.
  const versions = readdirSync(join(ROOT, "spec")).filter((v) => existsSync(join(ROOT, "spec", v, "openapi.yaml")));
  // Through generate's emit cache, which test/write/committed-packages.test.ts fills with the same generation.
  it.each(versions)("generated/%s holds every file the generator emits, each as emitted", async (version) => {
    const out = join(ROOT, "generated", version);
    const result = await generate({ spec: join(ROOT, "spec", version, "openapi.yaml"), out, check: true });
    const emitted = [...result.files.keys()];
    expect(emitted.length).toBeGreaterThan(0);
    expect(emitted.filter((path) => !existsSync(join(ROOT, "generated", version, path)))).toEqual([]);
    expect(result.stale).toEqual([]);
  });
});

// What `generate --check` compares (generator/write/stale-files.ts), on a small folder: the files that are missing,
// changed or extra, and whether dist/ was built from the sources on disk. stale-build.test.ts runs the command itself.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { staleBuild, staleFiles, stampBuild } from "../../generator/write/stale-files.js";

let dir = "";
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function folder(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), "stale-files-"));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe("stale files", () => {
  it("lists the missing, changed and extra files, sorted; dist/ and node_modules/ are not the generator's", () => {
    const out = folder({
      "src/a.ts": "a",
      "src/b.ts": "old",
      "src/old.ts": "x",
      "dist/a.js": "built",
      "node_modules/x/index.js": "installed",
    });
    const files = new Map([
      ["src/a.ts", "a"],
      ["src/b.ts", "new"],
      ["README.md", "r"],
    ]);
    expect(staleFiles(out, files)).toEqual(["changed  src/b.ts", "extra    src/old.ts", "missing  README.md"]);
    expect(staleFiles(join(out, "none"), new Map([["a.ts", "a"]]))).toEqual(["missing  a.ts"]);
    expect(
      staleFiles(
        out,
        new Map([
          ["src/a.ts", "a"],
          ["src/b.ts", "old"],
          ["src/old.ts", "x"],
        ]),
      ),
    ).toEqual([]);
  });

  it("a dist/ is stale unless its stamp is of the sources on disk now; no dist/ is never stale", () => {
    const out = folder({ "src/a.ts": "a", "package.json": "{}" });
    expect(staleBuild(out)).toBe(false);
    mkdirSync(join(out, "dist"));
    expect(staleBuild(out)).toBe(true); // built before builds were stamped
    stampBuild(out);
    expect(staleBuild(out)).toBe(false);
    writeFileSync(join(out, "dist/a.js"), "rebuilt output"); // dist/ itself is not what it was built from
    expect(staleBuild(out)).toBe(false);
    writeFileSync(join(out, "src/a.ts"), "b");
    expect(staleBuild(out)).toBe(true);
    writeFileSync(join(out, "src/a.ts"), "a");
    expect(staleBuild(out)).toBe(false);
    // The same bytes under another name, or moved between files, are other sources.
    writeFileSync(join(out, "src/b.ts"), "");
    expect(staleBuild(out)).toBe(true);
  });

  it("tells apart sources whose names and contents run together differently", () => {
    // Each pair is the same characters in a row: file "ab" holding "c" against file "a" holding "bc", and so on.
    const pairs: [Record<string, string>, Record<string, string>][] = [
      [{ ab: "c" }, { a: "bc" }],
      [
        { a: "x", bc: "y" },
        { a: "xb", c: "y" },
      ],
    ];
    for (const [before, after] of pairs) {
      const out = folder({ ...before, "dist/index.js": "" });
      stampBuild(out);
      expect(staleBuild(out)).toBe(false);
      for (const path of Object.keys(before)) rmSync(join(out, path));
      for (const [path, text] of Object.entries(after)) writeFileSync(join(out, path), text);
      expect(staleBuild(out), JSON.stringify(after)).toBe(true);
      rmSync(out, { recursive: true, force: true });
    }
  });
});

// The write stage swaps a finished package in whole: a failed build, or a run killed before or between its two
// renames, leaves the last good output in place and no temporary folder behind.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { writeAtomically } from "../../generator/write/write-atomic.js";

let parent: string;
let out: string;
beforeEach(() => {
  parent = mkdtempSync(join(tmpdir(), "write-atomic-"));
  out = join(parent, "2.11");
});
afterEach(() => rmSync(parent, { recursive: true, force: true }));

/** Every file under `dir`, path → text. */
function tree(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(
    files.map((e) => {
      const path = join(e.parentPath, e.name);
      return [path.slice(dir.length + 1), readFileSync(path, "utf8")];
    }),
  );
}

const files = (entries: Record<string, string>) => new Map(Object.entries(entries));
const siblings = () => readdirSync(parent).sort();

describe("writeAtomically", () => {
  it("writes every file, in nested folders, into a folder that did not exist (nor did its parent)", () => {
    const nested = join(parent, "generated", "2.11");
    writeAtomically(nested, files({ "package.json": "{}\n", "src/resources/a.ts": "export {};\n" }));
    expect(tree(nested)).toEqual({ "package.json": "{}\n", "src/resources/a.ts": "export {};\n" });
    expect(readdirSync(join(parent, "generated"))).toEqual(["2.11"]);
  });

  it("replaces the whole package: a file the new one lacks is gone, nothing is left beside it", () => {
    writeAtomically(out, files({ "a.ts": "old\n", "gone.ts": "old\n" }));
    writeAtomically(out, files({ "a.ts": "new\n" }));
    expect(tree(out)).toEqual({ "a.ts": "new\n" });
    expect(siblings()).toEqual(["2.11"]);
  });

  it("lets `prepare` finish the package before the swap (it sees the new files, its output is kept)", () => {
    const seen: Record<string, string>[] = [];
    writeAtomically(out, files({ "a.ts": "new\n" }), (dir) => {
      seen.push(tree(dir));
      expect(dir).not.toBe(out);
      writeFileSync(join(dir, "built.js"), "built\n");
    });
    expect(seen).toEqual([{ "a.ts": "new\n" }]);
    expect(tree(out)).toEqual({ "a.ts": "new\n", "built.js": "built\n" });
  });

  it("a failed `prepare` (the build) leaves the last good output exactly as it was and throws its error", () => {
    writeAtomically(out, files({ "a.ts": "good\n" }));
    const failure = new Error("type errors");
    expect(() =>
      writeAtomically(out, files({ "a.ts": "bad\n" }), () => {
        throw failure;
      }),
    ).toThrow(failure);
    expect(tree(out)).toEqual({ "a.ts": "good\n" });
    expect(siblings()).toEqual(["2.11"]);
  });

  it("a failed first write leaves no folder at all", () => {
    expect(() =>
      writeAtomically(out, files({ "a.ts": "x\n" }), () => {
        throw new Error("no compiler");
      }),
    ).toThrow("no compiler");
    expect(siblings()).toEqual([]);
  });

  it("a run killed before its swap: its unfinished folder is removed by the next run", () => {
    writeAtomically(out, files({ "a.ts": "good\n" }));
    mkdirSync(join(parent, "2.11.tmp-99999"));
    writeFileSync(join(parent, "2.11.tmp-99999", "a.ts"), "half\n");
    writeAtomically(out, files({ "a.ts": "next\n" }));
    expect(tree(out)).toEqual({ "a.ts": "next\n" });
    expect(siblings()).toEqual(["2.11"]);
  });

  it("a run killed between its renames: the last good output is put back, then replaced as asked", () => {
    mkdirSync(join(parent, "2.11.old-99999"));
    writeFileSync(join(parent, "2.11.old-99999", "a.ts"), "good\n");
    const seen: Record<string, string>[] = [];
    writeAtomically(out, files({ "a.ts": "next\n" }), () => {
      seen.push(tree(out)); // recovered before the new package is swapped in
    });
    expect(seen).toEqual([{ "a.ts": "good\n" }]);
    expect(tree(out)).toEqual({ "a.ts": "next\n" });
    expect(siblings()).toEqual(["2.11"]);
  });

  it("an old copy beside a package that exists is stale, and removed; other packages' folders are kept", () => {
    writeAtomically(out, files({ "a.ts": "good\n" }));
    mkdirSync(join(parent, "2.11.old-99999"));
    mkdirSync(join(parent, "2.16.tmp-99999"));
    writeAtomically(out, files({ "a.ts": "next\n" }), () => {
      expect(tree(out)).toEqual({ "a.ts": "good\n" });
    });
    expect(siblings()).toEqual(["2.11", "2.16.tmp-99999"]);
  });

  it("when the swap itself fails, the old package is put back and the new one removed", () => {
    writeAtomically(out, files({ "a.ts": "good\n" }));
    // `prepare` removes the new folder, so renaming it onto `out` fails.
    expect(() =>
      writeAtomically(out, files({ "a.ts": "next\n" }), (dir) => {
        rmSync(dir, { recursive: true, force: true });
      }),
    ).toThrow();
    expect(tree(out)).toEqual({ "a.ts": "good\n" });
    expect(existsSync(`${out}.tmp-${process.pid}`)).toBe(false);
    expect(siblings()).toEqual(["2.11"]);
  });

  it("a `prepare` that removes its folder and fails throws its own error", () => {
    const failure = new Error("build failed after cleaning up");
    expect(() =>
      writeAtomically(out, files({ "a.ts": "x\n" }), (dir) => {
        rmSync(dir, { recursive: true, force: true });
        throw failure;
      }),
    ).toThrow(failure);
    expect(siblings()).toEqual([]);
  });

  it("a failed swap throws the swap's own error, with or without an old package to put back", () => {
    const swapError = /rename '[^']*2\.11\.tmp-\d+' -> /;
    const removingPrepare = (dir: string) => rmSync(dir, { recursive: true, force: true });
    expect(() => writeAtomically(out, files({ "a.ts": "x\n" }), removingPrepare)).toThrow(swapError);
    expect(siblings()).toEqual([]);
    writeAtomically(out, files({ "a.ts": "good\n" }));
    expect(() => writeAtomically(out, files({ "a.ts": "x\n" }), removingPrepare)).toThrow(swapError);
    expect(tree(out)).toEqual({ "a.ts": "good\n" });
  });
});

// The incremental compiler of watch mode (generator/write/build.ts): what it writes and reports after each change.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildPackage, incrementalBuilder } from "../../generator/write/build.js";

const dir = mkdtempSync(join(tmpdir(), "builder-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (path: string, text: string) => (
  mkdirSync(join(dir, "src"), { recursive: true }),
  writeFileSync(join(dir, path), text)
);

const TSCONFIG = JSON.stringify({
  compilerOptions: {
    target: "ES2022",
    module: "ESNext",
    moduleResolution: "Bundler",
    strict: true,
    declaration: true,
    rootDir: "src",
    outDir: "dist",
    types: [],
    lib: ["ES2022"],
    skipLibCheck: true,
  },
  include: ["src"],
});

describe("incremental builder", () => {
  const build = incrementalBuilder();
  // What is tested is the incremental build of these files: no DOM library to load, no library to check.
  write("tsconfig.json", TSCONFIG);
  write("src/models.ts", "/** The first description. */\nexport interface Company {\n  name: string;\n}\n");
  write(
    "src/use.ts",
    'import type { Company } from "./models.js";\nexport const nameOf = (c: Company): string => c.name;\n',
  );

  it("builds, then after a changed doc comment emits the new comment (its importers need no new check)", () => {
    build(dir);
    expect(readFileSync(join(dir, "dist/models.d.ts"), "utf8")).toContain("The first description.");
    write("src/models.ts", "/** The second description. */\nexport interface Company {\n  name: string;\n}\n");
    build(dir);
    expect(readFileSync(join(dir, "dist/models.d.ts"), "utf8")).toContain("The second description.");
    expect(readFileSync(join(dir, "dist/use.js"), "utf8")).toContain("c.name");
  });

  it("still checks the importers when the declarations themselves change", () => {
    write("src/models.ts", "/** The second description. */\nexport interface Company {\n  name: number;\n}\n");
    expect(() => build(dir)).toThrow(/use\.ts.*Type 'number' is not assignable to type 'string'/s);
  });

  it("still checks the importers after a comment change followed by a declaration change in one edit", () => {
    write("src/models.ts", "/** A third description. */\nexport interface Company {\n  title: string;\n}\n");
    expect(() => build(dir)).toThrow(/use\.ts.*Property 'name' does not exist/s);
  });
});

/** A fresh package folder with this tsconfig and these sources (path under src/ → text). */
function sources(files: Record<string, string>): string {
  const pkg = mkdtempSync(join(dir, "pkg-"));
  mkdirSync(join(pkg, "src"));
  writeFileSync(join(pkg, "tsconfig.json"), TSCONFIG);
  for (const [path, text] of Object.entries(files)) writeFileSync(join(pkg, "src", path), text);
  return pkg;
}

describe("building a package", () => {
  it("compiles src/ to dist/ (JavaScript and declarations)", () => {
    const pkg = sources({ "a.ts": "export const a: number = 1;\n" });
    buildPackage(pkg);
    expect(readFileSync(join(pkg, "dist/a.js"), "utf8")).toContain("export const a = 1;");
    expect(readFileSync(join(pkg, "dist/a.d.ts"), "utf8")).toContain("export declare const a: number;");
  });

  it("throws on type errors: the first twenty, one a line, each at its file relative to the package", () => {
    const bad = Array.from({ length: 25 }, (_, i) => `export const n${i}: number = "${i}";`).join("\n");
    const pkg = sources({ "bad.ts": `${bad}\n` });
    for (const build of [buildPackage, incrementalBuilder()]) {
      let message = "";
      try {
        build(pkg);
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/^the generated package does not compile:\n/);
      expect(message.match(/^src\/bad\.ts\(\d+,\d+\): error TS2322: /gm)).toHaveLength(20);
    }
  });

  it("writes the outputs of sources named with .ts or .js inside, and not those of a source gone since", () => {
    const build = incrementalBuilder();
    const files = {
      "a.ts": "export const a = 1;\n",
      "data.tsv.ts": "export const d = 2;\n",
      "format.json.ts": "export {};\n",
    };
    const first = sources(files);
    build(first);
    const outputs = ["a", "data.tsv", "format.json"].flatMap((name) => [`dist/${name}.js`, `dist/${name}.d.ts`]);
    for (const path of outputs) expect(existsSync(join(first, path)), path).toBe(true);
    // The next build goes to a fresh folder, as watch mode's do: a removed source's outputs are not written there.
    const second = sources({ "a.ts": files["a.ts"] });
    build(second);
    expect(existsSync(join(second, "dist/a.js"))).toBe(true);
    expect(existsSync(join(second, "dist/data.tsv.js"))).toBe(false);
    expect(existsSync(join(second, "dist/format.json.d.ts"))).toBe(false);
  });
});

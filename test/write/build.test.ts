// The incremental compiler of watch mode (generator/write/build.ts): what it writes and reports after each change.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { incrementalBuilder } from "../../generator/write/build.js";

const dir = mkdtempSync(join(tmpdir(), "builder-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (path: string, text: string) => (
  mkdirSync(join(dir, "src"), { recursive: true }),
  writeFileSync(join(dir, path), text)
);

describe("incremental builder", () => {
  const build = incrementalBuilder();
  write(
    "tsconfig.json",
    JSON.stringify({
      compilerOptions: {
        target: "ES2022",
        module: "ESNext",
        moduleResolution: "Bundler",
        strict: true,
        declaration: true,
        rootDir: "src",
        outDir: "dist",
        types: [],
        // What is tested is the incremental build of these two files: no DOM library to load, no library to check.
        lib: ["ES2022"],
        skipLibCheck: true,
      },
      include: ["src"],
    }),
  );
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

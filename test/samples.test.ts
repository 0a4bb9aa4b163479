import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { GENERATED, ROOT } from "./helpers/paths.js";
import { STRICT_OPTIONS, typeErrors } from "./helpers/typecheck.js";

// Every ```ts block of the READMEs and api.md compiles under strict + exactOptionalPropertyTypes +
// noUncheckedIndexedAccess, as a user's module importing the package by its name: a first hour without casts.

const PACKAGE = JSON.parse(readFileSync(join(GENERATED, "package.json"), "utf8")) as { name: string };

/** api.md blocks use `intercom` without declaring it; they get the README's first line. */
const PREAMBLE = `import { Intercom } from "${PACKAGE.name}";\nconst intercom = new Intercom({ token: process.env.INTERCOM_API_KEY });\n`;

function blocks(file: string): string[] {
  return [...readFileSync(file, "utf8").matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((m) => m[1]!);
}

const docs: [string, string][] = [
  ["README.md", join(ROOT, "README.md")],
  ["generated README.md", join(GENERATED, "README.md")],
  ["generated api.md", join(GENERATED, "api.md")],
];

describe.each(docs)("code samples of %s", (_name, file) => {
  it("type-check under the strictest flags", () => {
    const samples = blocks(file);
    expect(samples.length).toBeGreaterThan(0);
    const dir = mkdtempSync(join(tmpdir(), "samples-"));
    try {
      const files = samples.map((code, i) => {
        const path = join(dir, `sample${i}.mts`);
        const declares = /\bconst intercom\b/.test(code);
        writeFileSync(path, `${declares || !code.includes("intercom.") ? "" : PREAMBLE}${code}\nexport {};\n`);
        return path;
      });
      const errors = typeErrors(files, {
        ...STRICT_OPTIONS,
        types: ["node"],
        typeRoots: [join(ROOT, "node_modules/@types")],
        paths: { [PACKAGE.name]: [join(GENERATED, "src/index.ts")] },
      });
      expect(errors.map((e) => e.replace(dir, ""))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

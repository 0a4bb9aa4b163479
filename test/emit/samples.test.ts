import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { clientVariable } from "../../generator/emit/package-info.js";
import { generate } from "../../generator/generate.js";
import { fixture } from "../helpers/model.js";
import { GENERATED, ROOT } from "../helpers/paths.js";
import { STRICT_OPTIONS, typeErrors } from "../helpers/typecheck.js";

// Every ```ts block of the READMEs and api.md compiles under strict + exactOptionalPropertyTypes +
// noUncheckedIndexedAccess, as a user's module importing the package by its name: a first hour without casts.

function blocks(file: string): string[] {
  return [...readFileSync(file, "utf8").matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((m) => m[1]!);
}

interface Package {
  /** The package folder (`src/index.ts` inside). */
  dir: string;
  /** The client class and the variable api.md's blocks use without declaring it. */
  clientName: string;
  variable: string;
  tokenEnv: string;
}

/**
 * Type-checks each block as a user's module importing the package by its name; the errors per document. All the
 * documents of one package share one program (creating it is most of the cost).
 */
function sampleErrors(documents: Record<string, string[]>, pkg: Package): Record<string, string[]> {
  const name = (JSON.parse(readFileSync(join(pkg.dir, "package.json"), "utf8")) as { name: string }).name;
  // api.md blocks use the client variable without declaring it; they get the README's first lines.
  const preamble = `import { ${pkg.clientName} } from "${name}";\nconst ${pkg.variable} = new ${pkg.clientName}({ token: process.env.${pkg.tokenEnv} });\n`;
  const dir = mkdtempSync(join(tmpdir(), "samples-"));
  try {
    const files = Object.entries(documents).flatMap(([doc, samples], d) =>
      samples.map((code, i) => {
        const path = join(dir, `doc${d}-sample${i}.mts`);
        const declares = new RegExp(`\\bconst ${pkg.variable}\\b`).test(code);
        writeFileSync(path, `${declares || !code.includes(`${pkg.variable}.`) ? "" : preamble}${code}\nexport {};\n`);
        return { doc, path };
      }),
    );
    // The samples' own errors: the package itself is type-checked by test/write/committed-packages.test.ts.
    const errors = typeErrors(
      files.map((f) => f.path),
      {
        ...STRICT_OPTIONS,
        types: ["node"],
        typeRoots: [join(ROOT, "node_modules/@types")],
        paths: { [name]: [join(pkg.dir, "src/index.ts")] },
      },
      { only: "given" },
    );
    return Object.fromEntries(
      Object.keys(documents).map((doc) => {
        const own = files.filter((f) => f.doc === doc).map((f) => f.path);
        return [doc, errors.filter((e) => own.some((p) => e.startsWith(p))).map((e) => e.replace(dir, ""))];
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const INTERCOM: Package = {
  dir: GENERATED,
  clientName: "Intercom",
  variable: "intercom",
  tokenEnv: "INTERCOM_API_KEY",
};
const docs: [string, string][] = [
  ["README.md", join(ROOT, "README.md")],
  ["generated README.md", join(GENERATED, "README.md")],
  ["generated api.md", join(GENERATED, "api.md")],
];

// One program for the three documents, made by the first test that needs it.
let intercomErrors: Record<string, string[]> | undefined;
const errorsOf = (name: string) =>
  (intercomErrors ??= sampleErrors(Object.fromEntries(docs.map(([doc, file]) => [doc, blocks(file)])), INTERCOM))[name];

describe.each(docs)("code samples of %s", (name, file) => {
  it("type-check under the strictest flags", () => {
    expect(blocks(file).length).toBeGreaterThan(0);
    expect(errorsOf(name)).toEqual([]);
  });
});

describe("code samples of a package for an API without pagination or path parameters", () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

  // Generated inside each test, so that a mutation run knows which test covers which emitter code.
  it.each(["README.md", "api.md"])("%s: only calls the package has, and they type-check", async (file) => {
    const out = mkdtempSync(join(tmpdir(), "samples-pkg-"));
    dirs.push(out);
    const { model } = await generate({ spec: fixture("profile/no-pagination.yaml"), out, build: false });
    const pkg: Package = {
      dir: out,
      clientName: model.profile.clientName,
      variable: clientVariable(model),
      tokenEnv: model.profile.tokenEnv,
    };
    const text = readFileSync(join(out, file), "utf8");
    expect(text).not.toMatch(/companies|Pagination/);
    const samples = blocks(join(out, file));
    expect(samples.length).toBeGreaterThan(0);
    expect(sampleErrors({ [file]: samples }, pkg)[file]).toEqual([]);
  });
});

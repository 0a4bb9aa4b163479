// Bad input corpus (issue 7): every defective description must stop the generator with a short message that names
// the file, the place in it (JSON pointer or line:column) and a fix — and must leave the previous output untouched.
// Most cases run in-process through `generate()`; a handful run the real CLI as child processes to prove exit codes.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { curateVersion } from "../../generator/curate/curate-version.js";
import { type Diagnostic, formatDiagnostic, GeneratorError } from "../../generator/diagnostics.js";
import { generate } from "../../generator/generate.js";
import { buildPackage } from "../../generator/write/build.js";
import { writeAtomically } from "../../generator/write/write-atomic.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const FIXTURES = join(ROOT, "test/fixtures/invalid");
const GENERATED = join(ROOT, "generated/2.11");
const MAX_LINES = 25;
const MAX_LINE_LENGTH = 400;

let tmp: string;
/** A copy of generated/2.11: the output folder every failing run is pointed at. */
let out: string;
let before: Map<string, string>;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "invalid-"));
  out = join(tmp, "out", "2.11");
  cpSync(GENERATED, out, { recursive: true, filter: (src) => basename(src) !== "node_modules" });
  before = hashTree(out);
  // 1 MiB descriptions, a 1 MiB pagination style and a 1 MiB path, filled in from a tiny template.
  const huge = "x".repeat(1 << 20);
  writeFileSync(
    join(tmp, "huge-description.yaml"),
    readFileSync(join(FIXTURES, "huge-description.yaml"), "utf8").replaceAll("__HUGE__", huge),
  );
  mkdirSync(join(tmp, "a-directory"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** sha256 of every file under `dir`, by relative path. */
function hashTree(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else hashes.set(relative(dir, path), createHash("sha256").update(readFileSync(path)).digest("hex"));
    }
  };
  walk(dir);
  return new Map([...hashes].sort(([a], [b]) => a.localeCompare(b)));
}

/** Siblings a write leaves behind when it does not clean up (`<out>.tmp-<pid>`, `<out>.old-<pid>`). */
const leftovers = (dir: string): string[] => readdirSync(dirname(dir)).filter((name) => name !== basename(dir));

/** What a case is given: a fixture name, or a path computed once the temp folder exists. */
type Given = string | (() => string);
const specPath = (given: Given): string => (typeof given === "function" ? given() : join(FIXTURES, given));

interface Want {
  code: string;
  /** Where the error is: a JSON pointer (`#/paths/…`), a position (`:7:1`), or "" for the whole file. */
  at: string;
  /** Something the message must say. */
  says?: RegExp;
}

// [name, { given, want }]: each must fail with `want.code` at `want.at`.
const cases: [string, { given: Given; want: Want }][] = [
  [
    "invalid YAML gives line:column",
    { given: "invalid-yaml.yaml", want: { code: "syntax", at: ":7:1", says: /invalid YAML/ } },
  ],
  [
    "malformed JSON gives line:column",
    { given: "malformed-json.json", want: { code: "syntax", at: ":7:1", says: /invalid JSON/ } },
  ],
  ["an empty file", { given: "empty-file.yaml", want: { code: "empty-file", at: "", says: /empty/ } }],
  [
    "a Swagger 2.0 document",
    { given: "swagger-2.yaml", want: { code: "swagger-2", at: "#/swagger", says: /Swagger 2\.0.*OpenAPI 3/ } },
  ],
  ["a document without paths", { given: "missing-paths.yaml", want: { code: "missing-paths", at: "#/paths" } }],
  [
    "a $ref to a schema that does not exist",
    {
      given: "missing-ref-schema.yaml",
      want: {
        code: "missing-ref",
        at: "#/paths/~1contacts/get/responses/200/content/application~1json/schema/$ref",
        says: /ContactList.*points to nothing/,
      },
    },
  ],
  [
    "a $ref to another file that does not exist",
    {
      given: "missing-ref-file.yaml",
      want: {
        code: "missing-ref-file",
        at: "#/paths/~1contacts/get/responses/200/content/application~1json/schema/$ref",
        says: /does-not-exist\.yaml/,
      },
    },
  ],
  [
    "a schema that is only a $ref to itself",
    {
      given: "ref-self-cycle.yaml",
      want: { code: "ref-cycle", at: "#/components/schemas/Loop/$ref", says: /only refers to itself/ },
    },
  ],
  [
    "two operations with the same operationId",
    {
      given: "duplicate-operation-id.yaml",
      want: { code: "duplicate-operation-id", at: "#/paths/~1companies/get/operationId", says: /listThings/ },
    },
  ],
  [
    "a TRACE operation, which fetch cannot send",
    { given: "trace-operation.yaml", want: { code: "unsupported-method", at: "#/paths/~1debug/trace", says: /TRACE/ } },
  ],
  [
    "two operations with the same x-sdk-resource/x-sdk-method",
    {
      given: "duplicate-sdk-name.yaml",
      want: { code: "duplicate-sdk-name", at: "#/paths/~1contacts~1search/post", says: /contacts\.list/ },
    },
  ],
  [
    "a path parameter that is not in the path template",
    {
      given: "path-param-not-in-template.yaml",
      want: { code: "path-param-not-in-template", at: "#/paths/~1contacts/get/parameters/0", says: /contact_id/ },
    },
  ],
  [
    "a parameter without schema",
    {
      given: "parameter-without-schema.yaml",
      want: { code: "parameter-without-schema", at: "#/paths/~1contacts/get/parameters/0", says: /per_page/ },
    },
  ],
  [
    "1 MiB descriptions, pagination style and path: no crash, every line stays short",
    {
      given: () => join(tmp, "huge-description.yaml"),
      want: {
        code: "bad-pagination",
        at: "#/paths/~1contacts/get/x-pagination",
        says: /unknown pagination style "x+…x+"/,
      },
    },
  ],
  [
    "latin1 bytes (not UTF-8) give line:column",
    { given: "latin1.yaml", want: { code: "not-utf8", at: ":2:20", says: /not valid UTF-8/ } },
  ],
  [
    "a YAML list instead of a description",
    { given: "yaml-list.yaml", want: { code: "not-an-object", at: "", says: /a list/ } },
  ],
  [
    "openapi: 4.0.0",
    { given: "openapi-4.yaml", want: { code: "not-openapi-3", at: "#/openapi", says: /4\.0\.0.*not supported/ } },
  ],
  [
    "no openapi version at all",
    { given: "missing-version.yaml", want: { code: "not-openapi-3", at: "#/openapi", says: /missing/ } },
  ],
  [
    "x-pagination whose items are not an array in the response",
    {
      given: "bad-pagination.yaml",
      want: { code: "bad-pagination", at: "#/paths/~1contacts/get/x-pagination", says: /items: contacts/ },
    },
  ],
  [
    "fields of the wrong type (operationId: 123, required: true on a schema, parameters: a string)",
    {
      given: "wrong-types.yaml",
      want: { code: "wrong-type", at: "#/paths/~1contacts/get/operationId", says: /must be a string; found 123/ },
    },
  ],
  [
    "a Swagger-2 style `in: body` parameter",
    {
      given: "parameter-in-body.yaml",
      want: { code: "wrong-type", at: "#/paths/~1contacts/post/parameters/0/in", says: /found "body"/ },
    },
  ],
  ["a YAML alias bomb", { given: "alias-bomb.yaml", want: { code: "too-many-aliases", at: "", says: /aliases/ } }],
  [
    "a file that does not exist",
    { given: () => join(tmp, "no-such-file.yaml"), want: { code: "unreadable", at: "", says: /ENOENT/ } },
  ],
  [
    "a directory instead of a file",
    { given: () => join(tmp, "a-directory"), want: { code: "unreadable", at: "", says: /EISDIR/ } },
  ],
];

/** The diagnostics as the CLI prints them. */
const render = (diagnostics: readonly Diagnostic[]): string => diagnostics.map(formatDiagnostic).join("\n");

const failures = new Map<string, Promise<GeneratorError>>();

/** Runs the generator in-process (once per spec); the GeneratorError it must throw (any other error is a crash). */
function failure(spec: string): Promise<GeneratorError> {
  if (!failures.has(spec)) failures.set(spec, fail(spec));
  return failures.get(spec)!;
}

async function fail(spec: string): Promise<GeneratorError> {
  try {
    await generate({ spec, out });
  } catch (error) {
    if (error instanceof GeneratorError) return error;
    throw new Error(`the generator crashed instead of reporting: ${(error as Error).stack}`);
  }
  throw new Error("expected the generator to fail");
}

/** The checks every failure shares: short, names file + place + fix, output untouched, nothing left behind. */
function expectGoodReport(text: string, spec: string, want: Want): void {
  const lines = text.split("\n");
  expect(lines.length).toBeLessThanOrEqual(MAX_LINES);
  for (const line of lines) expect(line.length).toBeLessThanOrEqual(MAX_LINE_LENGTH);
  // The first line of the diagnostic is `file[:line:col][#pointer]`, the second the message, the third the fix.
  const i = lines.indexOf(`${spec}${want.at}`);
  expect(i, `no line \`${spec}${want.at}\` in:\n${text}`).toBeGreaterThanOrEqual(0);
  expect(lines[i + 1]).toMatch(new RegExp(`^  error ${want.code}: `));
  if (want.says) expect(lines[i + 1]).toMatch(want.says);
  expect(lines[i + 2]).toMatch(/^  fix: \S/);
}

function expectOutputUntouched(): void {
  expect(hashTree(out)).toEqual(before);
  expect(leftovers(out)).toEqual([]);
}

describe("bad input stops the generator with a one-screen report and leaves the output untouched", () => {
  it.each(cases)("%s", async (_name, { given, want }) => {
    const spec = specPath(given);
    const error = await failure(spec);
    expect(error.diagnostics.some((d) => d.severity === "error" && d.code === want.code)).toBe(true);
    expectGoodReport(render(error.diagnostics), spec, want);
    expectOutputUntouched();
  });

  it("every mistyped field is reported in one run; --lenient drops them with warnings instead", async () => {
    const spec = join(FIXTURES, "wrong-types.yaml");
    const pointers = (await failure(spec)).diagnostics.filter((d) => d.code === "wrong-type").map((d) => d.pointer);
    expect(pointers).toEqual([
      "/paths/~1contacts/get/operationId",
      "/paths/~1contacts/get/parameters",
      "/components/schemas/Contact/properties/id/required",
    ]);
    const lenient = await generate({ spec, out: join(tmp, "lenient"), lenient: true, check: true });
    expect(lenient.warnings.filter((d) => d.code === "wrong-type").map((d) => d.pointer)).toEqual(pointers);
  });

  it("the 1 MiB pointer is shortened too (start and end kept)", async () => {
    const spec = join(tmp, "huge-description.yaml");
    const text = render((await failure(spec)).diagnostics);
    expect(text).toMatch(/#\/paths\/~1contacts~1x+…x+\/get\/parameters\/0\n {2}error path-param-not-in-template: /);
  });

  it("input text is printed with control characters escaped (no terminal escape sequences from the spec)", async () => {
    const spec = join(tmp, "escape.yaml");
    writeFileSync(
      spec,
      readFileSync(join(FIXTURES, "path-param-not-in-template.yaml"), "utf8").replace(
        "/contacts:",
        '"/contacts\\e[2J\\nfake: line":',
      ),
    );
    const text = render((await failure(spec)).diagnostics);
    expect(text).not.toMatch(/\u001b/);
    expect(text).toContain("/contacts\\u001b[2J\\nfake: line");
    expect(text.split("\n")).toHaveLength(3);
  });
});

describe("names that could break the generated code succeed, renamed or quoted", () => {
  let outDir: string;
  beforeAll(() => {
    outDir = join(tmp, "ok");
  });

  it("a schema named like a global or a reserved word (Error, Object, delete) gets a safe name", async () => {
    const target = join(outDir, "reserved");
    const result = await generate({ spec: join(FIXTURES, "reserved-names.yaml"), out: target, build: false });
    expect(result.model.types.map((t) => [t.schemaKey, t.name])).toEqual([
      ["Error", "ErrorModel"],
      ["Object", "ObjectModel"],
      ["delete", "Delete"],
    ]);
    const models = readFileSync(join(target, "src/models.ts"), "utf8");
    expect(models).toMatch(/^export interface ErrorModel \{/m);
    expect(models).toMatch(/^export interface ObjectModel \{/m);
    expect(models).toMatch(/^export interface Delete \{/m);
    expect(models).not.toMatch(/^export (interface|type) (Error|Object|delete)\b/m);
    const resource = readFileSync(join(target, "src/resources/errors.ts"), "utf8"); // untagged: grouped by the first path segment
    expect(resource).toContain(`import type { Delete, ErrorModel, ObjectModel } from "../models.js";`);
    expect(resource).toMatch(/error\?: ErrorModel;/);
  });

  it("properties that would collide once camel-cased are kept verbatim, quoted when not identifiers", async () => {
    const target = join(outDir, "colliding");
    const result = await generate({ spec: join(FIXTURES, "colliding-properties.yaml"), out: target, build: false });
    const translations = result.model.types.find((t) => t.name === "Translations")!.type;
    expect(translations.kind === "object" && translations.properties.map((p) => p.name)).toEqual([
      "pt-BR",
      "pt_BR",
      "ptBR",
      "pt BR",
    ]);
    const models = readFileSync(join(target, "src/models.ts"), "utf8");
    for (const line of [`"pt-BR"?: string;`, `pt_BR?: string;`, `ptBR?: string;`, `"pt BR"?: string;`])
      expect(models).toContain(line);
  });
});

describe("the curation tool", () => {
  it("names the curated operation the source does not have, and writes nothing", () => {
    const dir = join(tmp, "curation");
    cpSync(join(FIXTURES, "curation-missing-operation"), dir, { recursive: true });
    const curation = join(dir, "curation.yaml");
    let error: unknown;
    try {
      curateVersion(curation);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GeneratorError);
    const text = render((error as GeneratorError).diagnostics);
    expectGoodReport(text, curation, {
      code: "operation-not-found",
      at: "#/operations/contacts.find",
      says: /GET \/contacts\/\{contact_id\}.*not in source\.yaml/,
    });
    expect(existsSync(join(dir, "openapi.yaml"))).toBe(false);
  });
});

describe("a run that dies while writing leaves the old output intact", () => {
  /** The current package as a file map (what a write would put there). */
  const currentFiles = (): Map<string, string> => {
    const files = new Map<string, string>();
    for (const path of hashTree(out).keys())
      if (!path.startsWith("dist")) files.set(path, readFileSync(join(out, path), "utf8"));
    return files;
  };

  it("when the step before the swap throws", () => {
    const files = new Map([...currentFiles()].map(([path, text]) => [path, `${text}// changed\n`]));
    expect(() =>
      writeAtomically(out, files, () => {
        throw new Error("killed mid-write");
      }),
    ).toThrow("killed mid-write");
    expectOutputUntouched();
  });

  it("when a file cannot be written", () => {
    const files = new Map([...currentFiles(), ["src", "a file where a folder must be"]]);
    expect(() => writeAtomically(out, files)).toThrow();
    expectOutputUntouched();
  });

  it("when the generated package does not compile", () => {
    // A package of its tsconfig and one file that does not compile: the build fails the same way as with the whole
    // package beside it, without type-checking 2.11 first.
    const files = new Map([
      ["package.json", readFileSync(join(out, "package.json"), "utf8")],
      ["tsconfig.json", readFileSync(join(out, "tsconfig.json"), "utf8")],
      ["src/broken.ts", "export const n: number = 'not a number';\n"],
    ]);
    expect(() => writeAtomically(out, files, buildPackage)).toThrow(/does not compile[\s\S]*broken\.ts/);
    expectOutputUntouched();
  });

  it("when the process is killed before the swap (SIGKILL): the output is intact, and the next run clears the leftover", async () => {
    const script = [
      `import { writeAtomically } from ${JSON.stringify(join(ROOT, "generator/write/write-atomic.ts"))};`,
      `writeAtomically(${JSON.stringify(out)}, new Map([["src/index.ts", "changed"]]), () => process.kill(process.pid, "SIGKILL"));`,
    ].join("\n");
    const file = join(tmp, "die.mts");
    writeFileSync(file, script);
    const { code, signal } = await run(process.execPath, ["--import", "tsx", file]);
    expect(signal ?? code).toBe("SIGKILL");
    expect(hashTree(out)).toEqual(before);
    // Nothing cleans up after SIGKILL: the leftover is `<out>.tmp-<pid>`, never the output itself...
    expect(leftovers(out)).toEqual([expect.stringMatching(/^2\.11\.tmp-\d+$/)]);
    // ...and the next write removes it.
    expect(() =>
      writeAtomically(out, currentFiles(), () => {
        throw new Error("stop before the swap");
      }),
    ).toThrow("stop before the swap");
    expect(leftovers(out)).toEqual([]);
    expect(hashTree(out)).toEqual(before);
  });
});

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

function run(command: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(
      command,
      args,
      { cwd: ROOT, maxBuffer: 64 << 20, env: { ...process.env, NO_COLOR: "1" } },
      (error, stdout, stderr) => {
        resolve({
          code: child.exitCode,
          signal: child.signalCode ?? (error as { signal?: NodeJS.Signals } | null)?.signal ?? null,
          stdout,
          stderr,
        });
      },
    );
  });
}

/** The generator as `npm run generate` runs it (compiled by generator/launch.mjs). */
const cli = (...args: string[]): Promise<Run> => run(process.execPath, [join(ROOT, "generator/launch.mjs"), ...args]);

describe("the real CLI", () => {
  // A few cases through the real CLI, in parallel (each process takes seconds to load the generator), to prove the
  // exit codes and that stderr is exactly the report checked in-process above.
  const picked = cases.filter(([, { given }]) =>
    ["invalid-yaml.yaml", "missing-ref-schema.yaml"].includes(typeof given === "string" ? given : ""),
  );
  let results: Run[];
  let success: Run;
  let missing: Run;
  beforeAll(async () => {
    [success, missing, ...results] = await Promise.all([
      cli("--spec", join(FIXTURES, "reserved-names.yaml"), "--out", join(tmp, "cli-ok"), "--no-build"),
      cli("--spec", join(tmp, "no-such-file.yaml"), "--out", out),
      ...picked.map(([, { given }]) => cli("--spec", specPath(given), "--out", out)),
    ]);
  }, 120_000);

  it.each(picked.map((c, i) => [c[0], c[1], i] as const))(
    "%s: exit 1, one screen on stderr, output untouched",
    async (_name, { given, want }, i) => {
      const spec = specPath(given);
      const result = results[i]!;
      expect(result.code).toBe(1);
      expect(result.stdout).toBe("");
      const error = await failure(spec);
      expect(result.stderr.trimEnd()).toBe(
        `${spec}: ${error.diagnostics.filter((d) => d.severity === "error").length} error(s); nothing was written.\n${render(error.diagnostics)}`,
      );
      expectGoodReport(result.stderr.trimEnd(), spec, want);
      expectOutputUntouched();
    },
  );

  it("an unreadable path: exit 1 and the path in the message", () => {
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain(
      `${join(tmp, "no-such-file.yaml")}\n  error unreadable: cannot read the file (ENOENT)`,
    );
    expect(missing.stderr).toContain("fix: check the path given to --spec");
    expectOutputUntouched();
  });

  it("a schema named Error succeeds (exit 0) as ErrorModel", () => {
    expect(success.code, success.stderr).toBe(0);
    expect(success.stdout).toMatch(/1 operations, 3 models/);
    expect(readFileSync(join(tmp, "cli-ok/src/models.ts"), "utf8")).toMatch(/^export interface ErrorModel \{/m);
    expect(readdirSync(tmp).filter((name) => name.startsWith("cli-ok."))).toEqual([]);
  });
});

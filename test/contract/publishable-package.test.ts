// The generated 2.11 package as it would be published: built from the committed sources into a scratch copy,
// linted with publint and "Are the types wrong?", then used by name from plain JavaScript (examples/consumer).
import { execFile } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildPackage } from "../../generator/write/build.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const GENERATED = join(ROOT, "generated/2.11");
const CONSUMER = join(ROOT, "examples/consumer");
const bin = (path: string): string => join(ROOT, "node_modules", path);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `node <script> ...args`; never rejects on a non-zero exit (the test looks at `code`). */
function runNode(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      args,
      { cwd, env, maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({
          code,
          stdout,
          stderr: stderr + (error && typeof error.code !== "number" ? `\n${error.message}` : ""),
        });
      },
    );
  });
}

const show = (r: Run): string => `exit ${r.code}\n--- stdout ---\n${r.stdout}\n--- stderr ---\n${r.stderr}`;

let scratch: string;
let pkgDir: string;
let pkgName: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "intercom-package-"));
  pkgDir = join(scratch, "intercom-api");
  // The committed package minus whatever dist/ happens to be on disk: dist/ is rebuilt from src/ right here.
  cpSync(GENERATED, pkgDir, { recursive: true, filter: (src) => !/[\\/](dist|node_modules)$/.test(src) });
  buildPackage(pkgDir);
  pkgName = (JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) as { name: string }).name;
});

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe("the generated package is publishable", () => {
  it("is ESM with types, side-effect free, and ships its build", () => {
    const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8")) as Record<string, unknown>;
    expect(pkg).toMatchObject({
      type: "module",
      sideEffects: false,
      main: "./dist/index.js",
      types: "./dist/index.d.ts",
      exports: { ".": { types: "./dist/index.d.ts", default: "./dist/index.js" }, "./package.json": "./package.json" },
      engines: { node: expect.stringMatching(/^>=\d+/) },
    });
    expect(pkg.files).toEqual(expect.arrayContaining(["dist"]));
    expect(pkg).not.toHaveProperty("dependencies"); // zero runtime dependencies
    expect(existsSync(join(pkgDir, "dist/index.js"))).toBe(true);
    expect(existsSync(join(pkgDir, "dist/index.d.ts"))).toBe(true);
  });

  it("passes publint with no message at all (suggestions included)", async () => {
    const r = await runNode([bin("publint/src/cli.js"), "run", pkgDir, "--strict", "--level", "suggestion"], scratch);
    expect(r.code, show(r)).toBe(0);
    expect(r.stdout, show(r)).toContain("All good!");
  });

  it("passes `attw --pack --profile esm-only`; the only finding of the strict profile is being ESM-only", async () => {
    const args = [
      bin("@arethetypeswrong/cli/dist/index.js"),
      "--pack",
      pkgDir,
      "--format",
      "json",
      "--profile",
      "esm-only",
    ];
    const r = await runNode(args, scratch, { ...process.env, NO_COLOR: "1" });
    expect(r.code, show(r)).toBe(0);
    const report = JSON.parse(r.stdout) as {
      analysis: { types: { kind: string }; problems: { kind: string; resolutionKind?: string }[] };
    };
    expect(report.analysis.types.kind).toBe("included");
    // `require()` of an ESM-only package: fine with require(esm) (Node >= 20.19 / 22.12), a dynamic import before.
    for (const problem of report.analysis.problems) {
      expect(problem, show(r)).toMatchObject({ kind: "CJSResolvesToESM", resolutionKind: "node16-cjs" });
    }
  });

  it("refuses to be published without dist/ (prepublishOnly guard)", async () => {
    const bare = join(scratch, "bare");
    cpSync(pkgDir, bare, { recursive: true, filter: (src) => !/[\\/]dist$/.test(src) });
    const script = (JSON.parse(readFileSync(join(bare, "package.json"), "utf8")) as { scripts: Record<string, string> })
      .scripts.prepublishOnly;
    expect(script).toBeTypeOf("string");
    const missing = await runShell(script!, bare);
    expect(missing.code, show(missing)).not.toBe(0);
    expect(missing.stderr).toMatch(/dist/);
    const built = await runShell(script!, pkgDir);
    expect(built.code, show(built)).toBe(0);
  });
});

function runShell(command: string, cwd: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile("/bin/sh", ["-c", command], { cwd }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

describe("examples/consumer uses the built package by name", () => {
  let app: string;

  beforeAll(() => {
    // What `npm install` would do with the file: dependency, without touching the network: a symlink.
    app = join(scratch, "consumer");
    cpSync(CONSUMER, app, { recursive: true, filter: (src) => !/[\\/]node_modules$/.test(src) });
    const dependency = JSON.parse(readFileSync(join(app, "package.json"), "utf8")) as {
      dependencies: Record<string, string>;
    };
    expect(Object.keys(dependency.dependencies)).toEqual([pkgName]);
    mkdirSync(join(app, "node_modules"), { recursive: true });
    symlinkSync(pkgDir, join(app, "node_modules", pkgName), "dir");
  });

  it("runs: calls, a typed error and `for await` pagination against a local server", async () => {
    const r = await runNode(["index.js"], app);
    expect(r.code, show(r)).toBe(0);
    expect(r.stderr, show(r)).toBe("");
    expect(r.stdout.trimEnd().split("\n")).toEqual([
      "created company-1: Acme (acme-1, size 12)",
      "found company-1: Acme [HTTP 200]",
      "missing company: NotFoundError 404 company_not_found",
      "first page: 2 of 5 contacts, more: true",
      "contact 1: Ada <ada@example.com>",
      "contact 2: Grace <grace@example.com>",
      "contact 3: Alan <alan@example.com>",
      "contact 4: Edsger <edsger@example.com>",
      "contact 5: Barbara <barbara@example.com>",
      "requests: POST /companies | GET /companies/company-1 | GET /companies/does-not-exist | " +
        "GET /contacts?per_page=2 | GET /contacts?per_page=2 | GET /contacts?per_page=2&starting_after=contact-2 | " +
        "GET /contacts?per_page=2&starting_after=contact-4",
    ]);
  });

  it("type-checks (// @ts-check) against the package's published types, resolved by name", async () => {
    writeFileSync(
      join(app, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          module: "NodeNext",
          moduleResolution: "NodeNext",
          target: "ES2022",
          lib: ["ES2022", "DOM"],
          allowJs: true,
          checkJs: false, // only files marked // @ts-check
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          typeRoots: [bin("@types")],
          types: ["node"],
        },
        files: ["index.js"],
      }),
    );
    const r = await runNode([bin("typescript/bin/tsc"), "-p", "tsconfig.json"], app);
    expect(r.code, show(r)).toBe(0);
  });
});

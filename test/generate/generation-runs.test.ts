// What one generation does and how a command reports it (generator/generate.ts, generator/jobs.ts): the package is
// written (and built) only when something changed, `--check` names the stale files or an out-of-date build, the
// release files ride along and give the package its version, and each run prints one line saying what it made and
// where its time went. A one-operation description, built by a stand-in builder (a real build is tested elsewhere).
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { stringify } from "yaml";
import { GeneratorError } from "../../generator/diagnostics.js";
import { generate } from "../../generator/generate.js";
import { generateVersions, runJob, versionJobs } from "../../generator/jobs.js";
import { specFile, versionsWith } from "../../generator/versions.js";
import { listThingsDocument } from "../helpers/one-operation.js";

let dir: string;
let spec: string;
let out: string;
let stdout: string[];
let stderr: string[];
/** Stands in for the TypeScript build: a dist/ with one file; counts its calls. */
let builds: number;
const builder = (package_: string) => {
  builds++;
  mkdirSync(join(package_, "dist"));
  writeFileSync(join(package_, "dist/index.js"), "");
};

const description = (extra: Record<string, unknown> = {}) =>
  stringify({
    ...listThingsDocument({
      title: "Things",
      schema: { $ref: "#/components/schemas/Thing" },
      example: { id: 1 },
      components: { schemas: { Thing: { type: "object", properties: { id: { type: "string" } } } } },
    }),
    ...extra,
  });

/** Every file of the package but dist/, as the generator wrote it. */
function written(): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string): void => {
    for (const entry of readdirSync(join(out, folder), { withFileTypes: true })) {
      const path = folder ? `${folder}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (path !== "dist") walk(path);
      } else files.set(path, readFileSync(join(out, path), "utf8"));
    }
  };
  walk("");
  return new Map([...files].sort(([a], [b]) => a.localeCompare(b)));
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "generation-"));
  spec = join(dir, "api.yaml");
  out = join(dir, "out");
  writeFileSync(spec, description());
  builds = 0;
  stdout = [];
  stderr = [];
  vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => void stdout.push(args.join(" ")));
  const capture = (...args: unknown[]) => void stderr.push(args.join(" "));
  vi.spyOn(console, "warn").mockImplementation(capture);
  vi.spyOn(console, "error").mockImplementation(capture);
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

describe("generate", () => {
  it("writes and builds the package, then skips both when nothing changed, and rebuilds an out-of-date build", async () => {
    const first = await generate({ spec, out, builder });
    expect([first.written, builds]).toEqual([true, 1]);
    expect(written()).toEqual(first.files);
    expect(Object.keys(first.stages)).toEqual(["load", "model", "emit", "format", "write and build"]);
    expect(Object.values(first.stages).every((ms) => Number.isInteger(ms) && ms >= 0)).toBe(true);

    const again = await generate({ spec, out, builder, skipUnchanged: true });
    expect([again.written, builds]).toEqual([false, 1]);
    expect(again.files).toEqual(first.files);
    expect(Object.keys(again.stages)).toEqual(["load", "model", "emit", "format"]);

    writeFileSync(join(out, "dist/.built-from"), "an older build\n");
    const rebuilt = await generate({ spec, out, builder, skipUnchanged: true });
    expect([rebuilt.written, builds]).toEqual([true, 2]);

    rmSync(join(out, "dist"), { recursive: true });
    const unbuilt = await generate({ spec, out, builder, skipUnchanged: true });
    expect([unbuilt.written, builds]).toEqual([true, 3]);

    // Without a build, only the files count.
    rmSync(join(out, "dist"), { recursive: true });
    const noBuild = await generate({ spec, out, build: false, skipUnchanged: true });
    expect([noBuild.written, builds, existsSync(join(out, "dist"))]).toEqual([false, 3, false]);
  });

  it("without skipUnchanged, writes and builds every time", async () => {
    await generate({ spec, out, builder });
    const again = await generate({ spec, out, builder });
    expect([again.written, builds]).toEqual([true, 2]);
  });

  it("--check writes nothing and names the stale files and an out-of-date build", async () => {
    const fresh = await generate({ spec, out, check: true });
    expect([fresh.written, fresh.stale.length > 0, existsSync(out)]).toEqual([false, true, false]);
    await generate({ spec, out, builder });
    expect(await generate({ spec, out, check: true })).toMatchObject({ stale: [], staleBuild: false, written: false });
    writeFileSync(join(out, "README.md"), "edited by hand\n");
    writeFileSync(join(out, "dist/.built-from"), "an older build\n");
    const stale = await generate({ spec, out, check: true });
    expect([stale.stale, stale.staleBuild]).toEqual([["changed  README.md"], true]);
    expect(readFileSync(join(out, "README.md"), "utf8")).toBe("edited by hand\n");
  });

  it("the last release's files ride along unchanged and give the package its version", async () => {
    const record = `${JSON.stringify({ version: "3.4.5", model: { resources: [], types: [] } })}\n`;
    mkdirSync(out);
    writeFileSync(join(out, "release.json"), record);
    writeFileSync(join(out, "CHANGELOG.md"), "# Changes\n");
    const result = await generate({ spec, out, build: false });
    expect(result.model.packageVersion).toBe("3.4.5");
    expect(JSON.parse(readFileSync(join(out, "package.json"), "utf8")).version).toBe("3.4.5");
    expect(readFileSync(join(out, "release.json"), "utf8")).toBe(record);
    expect(readFileSync(join(out, "CHANGELOG.md"), "utf8")).toBe("# Changes\n");
    // Given explicitly, the release files are those, not the ones on disk.
    const other = await generate({ spec, out, build: false, release: new Map() });
    expect(other.model.packageVersion).toBeUndefined();
    expect(existsSync(join(out, "release.json"))).toBe(false);
  });

  it("a description with errors stops before anything is written", async () => {
    writeFileSync(
      spec,
      description({
        paths: {
          "/a/{id}": {
            get: { parameters: [{ name: "x", in: "path", required: true, schema: { type: "string" } }], responses: {} },
          },
        },
      }),
    );
    const error = await generate({ spec, out }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GeneratorError);
    expect((error as GeneratorError).diagnostics.map((d) => `${d.severity} ${d.code}`)).toContain(
      "error path-param-not-in-template",
    );
    expect(existsSync(out)).toBe(false);
  });
});

describe("how a command reports a generation", () => {
  /** `out: 1 operations, …` with the numbers the package on disk has. */
  const summary = (extra: string): RegExp => {
    const files = written();
    const lines = [...files.values()].reduce((n, text) => n + text.split("\n").length - 1, 0);
    return new RegExp(
      `^${escape(relative(".", out))}: 1 operations, 1 models, ${files.size} files, ${lines} lines${extra} in \\d+ ms \\(load \\d+, model \\d+, emit \\d+, format \\d+(, write and build \\d+)?\\)$`,
    );
  };

  it("one line per package, then the examples' drift; again with nothing changed", async () => {
    expect(await generateVersions([{ spec, out, build: false }])).toBe(true);
    expect(stdout).toHaveLength(2);
    expect(stdout[0]).toMatch(summary(""));
    expect(stdout[1]).toBe(
      `${spec}: 1 examples checked; 1 schema property disagrees with them (0 required but absent, 0 null but not nullable, 1 wrong type, 0 unlisted enum value) (--drift lists them)`,
    );
    stdout = [];
    expect(await generateVersions([{ spec, out, build: false, skipUnchanged: true }], { drift: true })).toBe(true);
    expect(stdout[0]).toMatch(summary(", none changed"));
    expect(stdout[1]).toBe(
      `${spec}: 1 examples checked; 1 schema property disagrees with them (0 required but absent, 0 null but not nullable, 1 wrong type, 0 unlisted enum value)`,
    );
    expect(stdout.slice(2)).toHaveLength(1);
    expect(stdout[2]).toMatch(/^ {2}\S.*\n {4}\S/);
    expect(stderr).toEqual([]);
  });

  it("warnings are printed and counted", async () => {
    writeFileSync(spec, description().replace("#/components/schemas/Thing", "#/components/schemas/Gone"));
    expect(await runJob({ spec, out, build: false, lenient: true })).toBe(true);
    expect(stderr).toEqual([
      expect.stringMatching(/^\S+api\.yaml#\/paths\/~1things\/get\/.*\$ref\n {2}warning missing-ref: /),
    ]);
    expect(stdout[0]).toMatch(/ lines, 1 warnings in \d+ ms/);
  });

  it("--check: up to date, stale files, or an out-of-date build, each with what to run", async () => {
    await generate({ spec, out, builder });
    expect(await runJob({ spec, out, check: true })).toBe(true);
    expect(stdout).toEqual([expect.stringMatching(new RegExp(`^${out}: up to date \\(\\d+ ms\\)$`))]);

    writeFileSync(join(out, "dist/.built-from"), "an older build\n");
    expect(await runJob({ spec, out, check: true })).toBe(false);
    expect(stderr.at(-1)).toBe(
      `${out}/dist was not built from the current ${out}/src (an older build, e.g. from before a \`git checkout\`): ` +
        `code that imports the package runs the old build. Rebuild it: \`npm run generate -- --spec ${spec} --out ${out}\`.`,
    );

    writeFileSync(join(out, "README.md"), "edited by hand\n");
    writeFileSync(join(out, "api.md"), "edited by hand\n");
    expect(await generateVersions([{ spec, out, check: true }])).toBe(false);
    expect(stderr.at(-1)).toBe(
      `${out} is stale; run \`npm run generate\`. Files that differ:\n  changed  README.md\n  changed  api.md`,
    );
  });

  it("versionJobs: spec/<v>/openapi.yaml → generated/<v>, every version when none is named", async () => {
    const v = versionsWith("openapi.yaml")[0]!;
    const [job] = versionJobs([v]);
    expect(job).toEqual({ spec: specFile(v, "openapi.yaml"), out: join("generated", v) });
    expect(versionJobs()).toEqual(
      versionsWith("openapi.yaml").map((w) => ({ spec: specFile(w, "openapi.yaml"), out: join("generated", w) })),
    );
  });

  it("a failed job: the failure, and the other jobs still run; false overall", async () => {
    const bad = join(dir, "missing.yaml");
    expect(
      await generateVersions([
        { spec: bad, out, build: false },
        { spec, out, build: false },
      ]),
    ).toBe(false);
    expect(stderr[0]).toBe(
      `${bad}: 1 error(s); nothing was written.\n${bad}\n  error unreadable: cannot read the file (ENOENT)\n  fix: check the path given to --spec`,
    );
    expect(stdout[0]).toMatch(summary(""));
  });
});

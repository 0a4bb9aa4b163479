// `generate --check` fails when a package's dist/ was not built from its current src/ (a build, then `git checkout`
// of older sources: code importing the package runs the old build), and says how to rebuild; a package never built
// (a fresh clone, where dist/ is not committed) is not stale.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, describe, expect, it, vi } from "vitest";
import { main } from "../../generator/cli.js";
import { stampBuild } from "../../generator/write/stale-files.js";
import { CURATED_SPEC, GENERATED } from "../helpers/paths.js";

const dir = mkdtempSync(join(tmpdir(), "stale-build-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());
const out = join(dir, "package");
cpSync(GENERATED, out, { recursive: true, filter: (src) => !/[\\/](dist|node_modules)$/.test(src) });

/** `npm run generate -- --spec … --out … --check`, in process: its exit code and what it printed on stderr. */
async function check(): Promise<{ code: number; stderr: string }> {
  const errors: string[] = [];
  vi.spyOn(console, "error").mockImplementation((text: string) => void errors.push(text));
  vi.spyOn(console, "log").mockImplementation(() => {});
  const code = await main(["--spec", CURATED_SPEC, "--out", out, "--check", "--no-build"]);
  return { code, stderr: errors.join("\n") };
}

describe("generate --check and dist/", () => {
  it("a package never built (no dist/) is up to date", async () => {
    expect(await check()).toEqual({ code: 0, stderr: "" });
  });

  it("a dist/ built from the current sources is up to date", async () => {
    mkdirSync(join(out, "dist"));
    stampBuild(out);
    expect(await check()).toEqual({ code: 0, stderr: "" });
  });

  it("a dist/ built from other sources (then the sources checked out again) is stale, with the command that fixes it", async () => {
    const file = join(out, "src/resources/tags.ts");
    const original = readFileSync(file, "utf8");
    writeFileSync(file, original.replace(/tagContact/g, "attachToContact")); // a renamed method, built…
    stampBuild(out);
    writeFileSync(file, original); // …then `git checkout -- generated`
    const { code, stderr } = await check();
    expect(code).toBe(1);
    expect(stderr).toContain(`${out}/dist was not built from the current ${out}/src`);
    expect(stderr).toContain(`npm run generate -- --spec ${CURATED_SPEC} --out ${out}`);
  });

  it("a dist/ without a stamp (built before builds were stamped) is stale too", async () => {
    rmSync(join(out, "dist/.built-from"));
    expect((await check()).code).toBe(1);
  });
});

describe("npm run generate -- <version>", () => {
  it("a name that is not a version: usage error naming the versions there are, nothing generated", async () => {
    const errors: string[] = [];
    vi.spyOn(console, "error").mockImplementation((text: string) => void errors.push(text));
    expect(await main(["2.99", "--check"])).toBe(2);
    expect(errors.join("\n")).toMatch(
      /^no version "2\.99": spec\/2\.99\/openapi\.yaml does not exist \(versions: 2\.11, /,
    );
  });
});

describe("npm run generate leaves a package that is already its spec's alone", () => {
  it('a second run writes nothing ("none changed"); a changed file is written again', async () => {
    const target = join(dir, "unchanged");
    const logs: string[] = [];
    vi.spyOn(console, "log").mockImplementation((text: string) => void logs.push(text));
    const run = () => main(["--spec", CURATED_SPEC, "--out", target, "--no-build"]);
    const reported = () => logs.filter((l) => / operations, \d+ models, /.test(l)).at(-1); // the package line
    expect(await run()).toBe(0);
    expect(reported()).not.toContain("none changed");
    expect(await run()).toBe(0);
    expect(reported()).toContain("none changed");
    writeFileSync(join(target, "src/client.ts"), "// edited\n");
    expect(await run()).toBe(0);
    expect(reported()).not.toContain("none changed");
    expect(readFileSync(join(target, "src/client.ts"), "utf8")).toBe(
      readFileSync(join(GENERATED, "src/client.ts"), "utf8"),
    );
  }, 60_000);
});

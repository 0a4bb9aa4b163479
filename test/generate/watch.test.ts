import { type ChildProcess, spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CURATED_SPEC, ROOT } from "../helpers/paths.js";

// `npm run generate -- --watch` in a scratch project: an edit regenerates, a broken edit keeps the last good output.
const dir = mkdtempSync(join(ROOT, ".tmp-watch-"));
let child: ChildProcess | undefined;
let output = "";
afterAll(() => {
  child?.kill();
  rmSync(dir, { recursive: true, force: true });
});

/** Resolves when the watcher has printed `pattern` since `from`. */
function waitFor(pattern: RegExp, from: number, timeoutMs = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`timed out waiting for ${pattern}; output:\n${output}`)),
      timeoutMs,
    );
    const check = () => {
      const match = pattern.exec(output.slice(from));
      if (match) {
        clearTimeout(timer);
        child?.stdout?.off("data", check);
        child?.stderr?.off("data", check);
        resolve(match[0]);
      }
    };
    child?.stdout?.on("data", check);
    child?.stderr?.on("data", check);
    check();
  });
}

describe("generate --watch", () => {
  const spec = join(dir, "spec/2.11/openapi.yaml");
  const models = join(dir, "generated/2.11/src/models.ts");

  it("regenerates on a change and prints the time it took", async () => {
    mkdirSync(join(dir, "spec/2.11"), { recursive: true });
    cpSync(CURATED_SPEC, spec);
    child = spawn(
      process.execPath,
      [join(ROOT, "node_modules/tsx/dist/cli.mjs"), join(ROOT, "generator/cli.ts"), "--watch", "--no-build"],
      { cwd: dir },
    );
    child.stdout!.on("data", (d) => (output += d));
    child.stderr!.on("data", (d) => (output += d));
    await waitFor(/watching/, 0);
    const from = output.length;
    writeFileSync(
      spec,
      readFileSync(CURATED_SPEC, "utf8").replace(
        "The time the company was created by you.",
        "When you created the company.",
      ),
    );
    const line = await waitFor(/generated\/2\.11: \d+ operations.* in \d+ ms/, from);
    expect(line).toMatch(/in \d+ ms/);
    expect(readFileSync(models, "utf8")).toContain("When you created the company.");
  });

  it("an edit that changes no generated file writes nothing", async () => {
    const before = statSync(models);
    const from = output.length;
    writeFileSync(spec, `${readFileSync(spec, "utf8")}# a comment changes no generated file\n`);
    const line = await waitFor(/generated\/2\.11: \d+ operations.* in \d+ ms/, from);
    expect(line).toContain("none changed");
    const after = statSync(models);
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });

  it("a broken edit prints the diagnostics and keeps the last good output", async () => {
    const before = readFileSync(models, "utf8");
    const from = output.length;
    writeFileSync(spec, "openapi: 3.0.1\ninfo: { title: x, version: '2.11' }\npaths:\n  /a: [unclosed\n");
    const report = await waitFor(/error syntax[^\n]*/, from);
    expect(report).toContain("invalid YAML");
    expect(output.slice(from)).toMatch(/openapi\.yaml:\d+:\d+/);
    expect(readFileSync(models, "utf8")).toBe(before);
  });
});

// The command line keeps V8's compiled code of the packages it requires (generator/code-cache.mjs, installed by
// launch.mjs). Each case runs node in a child process, as the command runs: a package module compiled from the saved
// code must behave exactly as one compiled from its source, and a changed module must never run its old code.
import { spawnSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/paths.js";

const tmp = mkdtempSync(join(tmpdir(), "code-cache-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const HOOK = pathToFileURL(join(ROOT, "generator/code-cache.mjs")).href;
const cache = join(tmp, "cache");
const pkg = join(tmp, "app", "node_modules", "answer");
const local = join(tmp, "app", "local.js");

/** Node requiring the package (and a module outside node_modules) with the hook installed; what they answer. */
function run(...flags: string[]): string {
  const script =
    `import { createRequire } from "node:module"; import { cacheCompiledCode } from ${JSON.stringify(HOOK)};\n` +
    `cacheCompiledCode(${JSON.stringify(cache)});\n` +
    `const require = createRequire(${JSON.stringify(join(tmp, "app", "index.js"))});\n` +
    `console.log(JSON.stringify([require("answer").answer(), require("./local.js")]));`;
  const child = spawnSync(process.execPath, [...flags, "--input-type=module", "-e", script], { encoding: "utf8" });
  expect(child.stderr).toBe("");
  expect(child.status).toBe(0);
  return child.stdout.trim();
}

const saved = () => readdirSync(cache).sort();
const module = (value: number) =>
  `const { helper } = require("./helper.js");\n` +
  `exports.answer = () => ({ value: helper(${value}), file: __filename, dir: __dirname, thisIsExports: this === exports });\n`;

describe("the command's cache of compiled package code", () => {
  beforeEach(() => {
    rmSync(tmp, { recursive: true, force: true });
    mkdirSync(pkg, { recursive: true });
    writeFileSync(join(pkg, "package.json"), '{ "name": "answer", "main": "index.js" }');
    writeFileSync(join(pkg, "helper.js"), "exports.helper = (n) => n * 2;\n");
    writeFileSync(join(pkg, "index.js"), module(21));
    writeFileSync(local, 'module.exports = "local";\n');
  });

  const expected = (value: number) =>
    JSON.stringify([{ value, file: join(pkg, "index.js"), dir: pkg, thisIsExports: true }, "local"]);

  it("saves the code of package modules only, and compiles from it the next time, with the same behaviour", () => {
    expect(run()).toBe(expected(42));
    const files = saved();
    expect(files).toHaveLength(2); // index.js and helper.js; local.js is not a package's
    const written = files.map((f) => statSync(join(cache, f)).mtimeMs);
    expect(run()).toBe(expected(42));
    expect(saved()).toEqual(files);
    expect(files.map((f) => statSync(join(cache, f)).mtimeMs)).toEqual(written); // used, not saved again
  });

  it("never runs a changed module's old code, even when its length is the same", () => {
    expect(run()).toBe(expected(42));
    const index = join(pkg, "index.js");
    writeFileSync(index, module(12)); // same length: V8 alone would accept the old code
    const later = new Date(Date.now() + 5000);
    utimesSync(index, later, later);
    expect(run()).toBe(expected(24));
    expect(saved()).toHaveLength(3);
  });

  it("replaces saved code V8 rejects (damaged, or from another node), and keeps code per set of node flags", () => {
    expect(run()).toBe(expected(42));
    for (const file of saved()) writeFileSync(join(cache, file), readFileSync(join(cache, file)).subarray(0, 40));
    expect(run()).toBe(expected(42));
    for (const file of saved()) expect(statSync(join(cache, file)).size).toBeGreaterThan(40);
    expect(run("--max-semi-space-size=8")).toBe(expected(42));
    expect(saved()).toHaveLength(4);
  });

  it("runs when the cache cannot be written", () => {
    writeFileSync(cache, "a file where the folder would be");
    expect(run()).toBe(expected(42));
    expect(readFileSync(cache, "utf8")).toBe("a file where the folder would be");
  });
});

// `npm run generate` on a new input (nothing cached): the command reads and models it in a thread of its own
// (generator/model-thread.ts) while its main thread loads the emitter. What it writes, and what it reports on a
// defective input, must be what an in-process run gives.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { GeneratorError } from "../../generator/diagnostics.js";
import { driftSummary, formatDriftEntry } from "../../generator/evidence/drift.js";
import { generate } from "../../generator/generate.js";
import { loadAndModel } from "../../generator/model-thread.js";
import { fixture } from "../helpers/model.js";
import { ROOT } from "../helpers/paths.js";

const tmp = mkdtempSync(join(tmpdir(), "first-run-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** `npm run generate -- <args>` as the README has a user type it, with the caches off: a first run. */
const generateCommand = (...args: string[]) =>
  spawnSync("npm", ["run", "generate", "--", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, INTERCOM_SDK_CACHE: "0" },
  });

describe("a first run of the command", () => {
  it("writes what an in-process run writes, byte for byte", async () => {
    const spec = fixture("operations/constructs.yaml");
    const out = join(tmp, "cli");
    const run = generateCommand("--spec", spec, "--out", out, "--no-build");
    expect(run.status, run.stderr).toBe(0);
    // Its stage line still names every stage, the two the thread ran included.
    expect(run.stdout).toMatch(/\(load \d+, model \d+, emit \d+, format \d+, write and build \d+\)/);
    const inProcess = await generate({ spec, out: join(tmp, "in-process"), build: false });
    expect(inProcess.files.size).toBeGreaterThan(10);
    for (const [path, text] of inProcess.files) expect(readFileSync(join(out, path), "utf8"), path).toBe(text);
  });

  it("reports the examples' drift the thread measured, as an in-process run measures it", async () => {
    const spec = join(ROOT, "test/fixtures/evidence/drift.yaml");
    const run = generateCommand("--spec", spec, "--out", join(tmp, "drift"), "--no-build", "--drift");
    expect(run.status, run.stderr).toBe(0);
    const report = await loadAndModel(spec, false, {}).drift();
    expect(report.entries.length).toBeGreaterThan(0);
    const expected = [
      `${spec}: ${driftSummary(report)}`,
      ...report.entries.map((e) => `  ${formatDriftEntry(e)}\n    ${e.examples.join("\n    ")}`),
    ].join("\n");
    expect(run.stdout).toContain(expected);
  });

  it("fails on a defective new input with the diagnostics an in-process run gives", async () => {
    const spec = join(tmp, "defective.yaml");
    writeFileSync(
      spec,
      "openapi: 3.0.3\ninfo: { title: T, version: '1' }\npaths:\n  /a: { get: { responses: { '200': { $ref: '#/nowhere' } } } }\n",
    );
    const run = generateCommand("--spec", spec, "--out", join(tmp, "no"));
    expect(run.status).toBe(1);
    let inProcess: unknown;
    try {
      loadAndModel(spec, false, {});
    } catch (error) {
      inProcess = error;
    }
    expect(inProcess).toBeInstanceOf(GeneratorError);
    expect(run.stderr).toContain((inProcess as GeneratorError).message);
    expect(run.stderr).toContain("#/paths/~1a/get/responses/200");
  });
});

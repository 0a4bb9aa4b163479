// The command line reads and models a new input in a thread of its own (generator/model-thread.ts) while the main
// thread loads the emitter. What it writes must be what an in-process run writes, and the thread's failures must
// reach the caller as they would from this thread.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { GeneratorError } from "../../generator/diagnostics.js";
import { generate } from "../../generator/generate.js";
import { loadAndModel, loadAndModelInThread } from "../../generator/model-thread.js";
import type { Stages } from "../../generator/stages.js";
import { fixture } from "../helpers/model.js";
import { ROOT } from "../helpers/paths.js";

const tmp = mkdtempSync(join(tmpdir(), "emit-thread-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("the command's model thread", () => {
  it("a first run of `npm run generate` (nothing cached) writes what an in-process run does, byte for byte", async () => {
    const spec = fixture("operations/constructs.yaml");
    const out = join(tmp, "cli");
    const run = spawnSync(
      process.execPath,
      [join(ROOT, "generator/launch.mjs"), "--spec", spec, "--out", out, "--no-build"],
      { cwd: ROOT, encoding: "utf8", env: { ...process.env, INTERCOM_SDK_CACHE: "0" } },
    );
    expect(run.status, run.stderr).toBe(0);
    // Its stage line still names every stage, the two the thread ran included.
    expect(run.stdout).toMatch(/\(load \d+, model \d+, emit \d+, format \d+, write and build \d+\)/);
    const inProcess = await generate({ spec, out: join(tmp, "in-process"), build: false });
    expect(inProcess.files.size).toBeGreaterThan(10);
    for (const [path, text] of inProcess.files) expect(readFileSync(join(out, path), "utf8"), path).toBe(text);
  });

  it("a defective new input fails the command with the diagnostics an in-process run gives", async () => {
    const spec = join(tmp, "defective.yaml");
    writeFileSync(
      spec,
      "openapi: 3.0.3\ninfo: { title: T, version: '1' }\npaths:\n  /a: { get: { responses: { '200': { $ref: '#/nowhere' } } } }\n",
    );
    const run = spawnSync(
      process.execPath,
      [join(ROOT, "generator/launch.mjs"), "--spec", spec, "--out", join(tmp, "no")],
      {
        cwd: ROOT,
        encoding: "utf8",
      },
    );
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

  // Stand-in worker scripts answer as model-worker.ts does, or fail.
  const script = (body: string) => {
    const file = join(tmp, `worker-${Math.random().toString(36).slice(2)}.mjs`);
    writeFileSync(file, `import { parentPort, workerData } from "node:worker_threads";\n${body}\n`);
    return pathToFileURL(file);
  };
  const job = { file: "api.yaml", lenient: false };

  it("hands the job over, and returns the thread's results with its stage times", async () => {
    const answer = script(
      "parentPort.postMessage({ modelled: { spec: { file: workerData.file }, built: { lenient: workerData.lenient } }, stages: { load: 1, model: 2 } });",
    );
    const stages: Stages = {};
    expect(await loadAndModelInThread(answer, job, stages)).toEqual({
      spec: { file: "api.yaml" },
      built: { lenient: false },
    });
    expect(stages).toEqual({ load: 1, model: 2 });
  });

  it("rejects with the thread's GeneratorError (rebuilt from its diagnostics) or error, or says it stopped", async () => {
    const diagnostic = {
      code: "broken-ref",
      severity: "error",
      file: "api.yaml",
      pointer: "/paths",
      message: "points to nothing",
      fix: "define it",
    };
    const withDiagnostics = script(`parentPort.postMessage({ diagnostics: [${JSON.stringify(diagnostic)}] });`);
    const rejected = await loadAndModelInThread(withDiagnostics, job, {}).catch((error: unknown) => error);
    expect(rejected).toBeInstanceOf(GeneratorError);
    expect(rejected).toEqual(new GeneratorError([diagnostic as never]));
    expect((rejected as GeneratorError).message).toContain("points to nothing");
    const failing = script('parentPort.postMessage({ error: new Error("model failed") });');
    await expect(loadAndModelInThread(failing, job, {})).rejects.toThrow("model failed");
    const stopping = script("process.exit(3);");
    await expect(loadAndModelInThread(stopping, job, {})).rejects.toThrow(
      "the thread that reads api.yaml stopped (exit code 3)",
    );
    const throwing = script("throw new Error('cannot load');");
    await expect(loadAndModelInThread(throwing, job, {})).rejects.toThrow("cannot load");
  });
});

// The thread that reads and models a new input for the command line (generator/model-thread.ts), with stand-in
// worker scripts: what it is given, what it returns, and how its failures reach the caller. The command itself, with
// the real thread, is tested in first-run-command.test.ts.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { GeneratorError } from "../../generator/diagnostics.js";
import { loadAndModelInThread } from "../../generator/model-thread.js";
import type { Stages } from "../../generator/stages.js";

const tmp = mkdtempSync(join(tmpdir(), "model-thread-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("the command's model thread", () => {
  // Stand-in worker scripts answer as model-worker.ts does, or fail.
  const script = (body: string) => {
    const file = join(tmp, `worker-${Math.random().toString(36).slice(2)}.mjs`);
    writeFileSync(file, `import { parentPort, workerData } from "node:worker_threads";\n${body}\n`);
    return pathToFileURL(file);
  };
  const job = { file: "api.yaml", lenient: false };

  it("hands the job over, and returns the thread's model with its stage times, then its drift", async () => {
    const answer = script(
      "parentPort.postMessage({ built: { file: workerData.file, lenient: workerData.lenient }, stages: { load: 1, model: 2 } });\n" +
        "parentPort.postMessage({ drift: { checked: 3, entries: [] } });",
    );
    const stages: Stages = {};
    const modelled = await loadAndModelInThread(answer, job, stages);
    expect(modelled.built).toEqual({ file: "api.yaml", lenient: false });
    expect(stages).toEqual({ load: 1, model: 2 });
    expect(await modelled.drift()).toEqual({ checked: 3, entries: [] });
  });

  it("returns the model while the thread still measures the drift", async () => {
    const answer = script(
      "parentPort.postMessage({ built: {}, stages: {} });\n" +
        "setTimeout(() => parentPort.postMessage({ drift: { checked: 7, entries: [] } }), 50);",
    );
    const modelled = await loadAndModelInThread(answer, job, {});
    expect(await Promise.race([modelled.drift(), Promise.resolve("still measuring")])).toBe("still measuring");
    expect(await modelled.drift()).toEqual({ checked: 7, entries: [] });
  });

  it("rejects the drift when the thread ends without it, or fails measuring it", async () => {
    const silent = await loadAndModelInThread(script("parentPort.postMessage({ built: {}, stages: {} });"), job, {});
    await expect(silent.drift()).rejects.toThrow("the thread that reads api.yaml stopped (exit code 0)");
    const failing = script(
      "parentPort.postMessage({ built: {}, stages: {} });\nparentPort.postMessage({ error: new Error('drift failed') });",
    );
    await expect((await loadAndModelInThread(failing, job, {})).drift()).rejects.toThrow("drift failed");
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

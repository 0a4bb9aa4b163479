// A whole package from the caches (parse, emit, Prettier) is the package the work gives, byte for byte. Apart from
// cache.test.ts: it emits and formats a fixture twice without cache, seconds a run, so the top mutation set leaves
// it out; the caches' entries and keys are tested there, and generate's stages in generation-runs.test.ts.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { generate } from "../../generator/generate.js";
import { fixture } from "../helpers/model.js";

afterEach(() => {
  delete process.env["INTERCOM_SDK_CACHE"];
});

describe("generator caches", () => {
  // A fixture with every operation construct, not the full description: the cold run emits and formats everything
  // without caches (the committed packages are checked against the generator by test/write/committed-packages.test.ts).
  it("a run from the caches and a run without them produce the same package, byte for byte", async () => {
    const spec = fixture("operations/constructs.yaml");
    const out = mkdtempSync(join(tmpdir(), "cache-"));
    try {
      process.env["INTERCOM_SDK_CACHE"] = "0";
      const cold = await generate({ spec, out, build: false });
      delete process.env["INTERCOM_SDK_CACHE"];
      await generate({ spec, out, check: true }); // fills the caches
      const warm = await generate({ spec, out, check: true }); // reads them
      expect(warm.stale).toEqual([]);
      expect([...warm.files]).toEqual([...cold.files]);
      // Each run says where its time went, stage by stage in pipeline order (a check writes and builds nothing).
      expect(Object.keys(cold.stages)).toEqual(["load", "model", "emit", "format", "write and build"]);
      expect(Object.keys(warm.stages)).toEqual(["load", "model", "emit", "format"]);
      expect(Object.values(cold.stages).every((ms) => Number.isInteger(ms) && ms >= 0)).toBe(true);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

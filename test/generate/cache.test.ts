// The caches of parse, emit and Prettier results (node_modules/.cache): a hit gives exactly what the work gives.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { cacheKey, readJsonCache, writeJsonCache } from "../../generator/cache.js";
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

  it("stores a JSON value only when JSON keeps it exactly", () => {
    const space = "test-exact";
    const exact = { a: [1, "x", null, true, { b: 2.5 }] };
    const key = cacheKey("exact", Math.random());
    writeJsonCache(space, key, exact);
    expect(readJsonCache(space, key)).toEqual(exact);
    for (const inexact of [{ n: Number.NaN }, { d: new Date(0) }, [undefined], { i: -Infinity }]) {
      const k = cacheKey("inexact", Math.random());
      writeJsonCache(space, k, inexact);
      expect(readJsonCache(space, k)).toBeUndefined();
    }
  });

  it("keys differ for values that JSON would confuse", () => {
    expect(cacheKey({ a: Number.NaN })).not.toBe(cacheKey({ a: null }));
    expect(cacheKey([undefined])).not.toBe(cacheKey([null]));
    expect(cacheKey("a", "b")).not.toBe(cacheKey("ab"));
  });
});

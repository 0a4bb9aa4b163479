// The caches of parse, emit and Prettier results (node_modules/.cache): a hit gives exactly what the work gives.
import { afterEach, describe, expect, it } from "vitest";
import { cacheKey, readJsonCache, writeJsonCache } from "../../generator/cache.js";
import { generate } from "../../generator/generate.js";
import { CURATED_SPEC, GENERATED } from "../helpers/paths.js";

afterEach(() => {
  delete process.env["INTERCOM_SDK_CACHE"];
});

describe("generator caches", () => {
  it("a run from the caches and a run without them produce the committed package, byte for byte", async () => {
    process.env["INTERCOM_SDK_CACHE"] = "0";
    const cold = await generate({ spec: CURATED_SPEC, out: GENERATED, check: true });
    delete process.env["INTERCOM_SDK_CACHE"];
    await generate({ spec: CURATED_SPEC, out: GENERATED, check: true }); // fills the caches
    const warm = await generate({ spec: CURATED_SPEC, out: GENERATED, check: true }); // reads them
    expect(cold.stale).toEqual([]);
    expect(warm.stale).toEqual([]);
    expect([...warm.files]).toEqual([...cold.files]);
    // Each run says where its time went, stage by stage in pipeline order (a check writes and builds nothing).
    for (const run of [cold, warm]) expect(Object.keys(run.stages)).toEqual(["load", "model", "emit", "format"]);
    expect(Object.values(cold.stages).every((ms) => Number.isInteger(ms) && ms >= 0)).toBe(true);
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

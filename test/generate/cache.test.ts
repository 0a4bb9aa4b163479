// The caches of parse, emit and Prettier results (node_modules/.cache): a hit gives exactly what the work gives.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  cacheEnabled,
  cacheKey,
  generatorVersion,
  isCached,
  keyWhenCaching,
  readCache,
  readJsonCache,
  writeCache,
  writeJsonCache,
} from "../../generator/cache.js";
import { ROOT } from "../helpers/paths.js";

afterEach(() => {
  delete process.env["INTERCOM_SDK_CACHE"];
});

describe("generator caches", () => {
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

  it("tells whether an entry is stored without reading it: never with the cache off or without a key", () => {
    const space = "test-is-cached";
    const key = cacheKey("is-cached", Math.random());
    expect(isCached(space, key)).toBe(false);
    writeCache(space, key, "text");
    expect(isCached(space, key)).toBe(true);
    expect(isCached(space, undefined)).toBe(false);
    process.env["INTERCOM_SDK_CACHE"] = "0";
    expect(isCached(space, key)).toBe(false);
  });

  it("keys differ for values that JSON would confuse", () => {
    expect(cacheKey({ a: Number.NaN })).not.toBe(cacheKey({ a: null }));
    expect(cacheKey([undefined])).not.toBe(cacheKey([null]));
    expect(cacheKey("a", "b")).not.toBe(cacheKey("ab"));
    const nonFinite = [Infinity, -Infinity, Number.NaN, null].map((a) => cacheKey({ a }));
    expect(new Set(nonFinite).size).toBe(4);
    expect(cacheKey({ a: undefined })).not.toBe(cacheKey({}));
    expect(cacheKey({ a: [1, { b: "c" }] })).toBe(cacheKey({ a: [1, { b: "c" }] }));
    expect(cacheKey("x")).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("where the cache lives, and turning it off", () => {
  const at = (space: string, key: string) => join(ROOT, "node_modules/.cache/intercom-sdk-generator", space, key);

  it("an entry is a file under node_modules/.cache, written whole (no temporary file left)", () => {
    const key = cacheKey("where", Math.random());
    writeCache("test-where", key, "text");
    expect(readFileSync(at("test-where", key), "utf8")).toBe("text");
    expect(
      readdirSync(join(ROOT, "node_modules/.cache/intercom-sdk-generator/test-where")).filter((f) =>
        f.endsWith(".tmp"),
      ),
    ).toEqual([]);
    expect(readCache("test-where", key)).toBe("text");
    expect(readCache("test-where", cacheKey("never written", Math.random()))).toBeUndefined();
    expect(readCache("test-where", undefined)).toBeUndefined();
  });

  it("INTERCOM_SDK_CACHE=0: no key is computed, nothing is read or written", () => {
    const key = cacheKey("off", Math.random());
    writeCache("test-off", key, "before");
    process.env["INTERCOM_SDK_CACHE"] = "0";
    expect(cacheEnabled()).toBe(false);
    expect(
      keyWhenCaching(() => {
        throw new Error("hashed although the cache is off");
      }),
    ).toBeUndefined();
    expect(readCache("test-off", key)).toBeUndefined();
    const other = cacheKey("off", Math.random());
    writeCache("test-off", other, "text");
    writeJsonCache("test-off", other, { a: 1 });
    expect(existsSync(at("test-off", other))).toBe(false);
    delete process.env["INTERCOM_SDK_CACHE"];
    expect(cacheEnabled()).toBe(true);
    expect(keyWhenCaching(() => ["a", 1])).toBe(cacheKey("a", 1));
    expect(readCache("test-off", key)).toBe("before");
  });

  it("a value JSON cannot write (a cycle) is not stored, and does not fail the run", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic["self"] = cyclic;
    const key = cacheKey("cyclic", Math.random());
    expect(() => writeJsonCache("test-exact", key, cyclic)).not.toThrow();
    expect(existsSync(at("test-exact", key))).toBe(false);
  });

  it("the generator's version is a stable hash", () => {
    expect(generatorVersion()).toMatch(/^[0-9a-f]{64}$/);
    expect(generatorVersion()).toBe(generatorVersion());
  });
});

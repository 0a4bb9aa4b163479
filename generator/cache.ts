import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * A content-addressed cache on disk, under node_modules/.cache (never committed, gone with `rm -rf node_modules`).
 * A value is stored under the hash of everything it is a pure function of, so an entry can never be stale: a
 * changed input is a different key. `INTERCOM_SDK_CACHE=0` turns it off.
 */
const ROOT = fileURLToPath(new URL("../node_modules/.cache/intercom-sdk-generator/", import.meta.url));
const GENERATOR = fileURLToPath(new URL(".", import.meta.url));

export const cacheEnabled = (): boolean => process.env["INTERCOM_SDK_CACHE"] !== "0";

/** The key of some inputs: strings as they are, anything else as JSON (non-finite numbers kept apart). */
export function cacheKey(...parts: unknown[]): string {
  const hash = createHash("sha256");
  for (const part of parts)
    hash
      .update(
        typeof part === "string"
          ? part
          : JSON.stringify(part, (_k, v: unknown) =>
              typeof v === "number" && !Number.isFinite(v) ? `\0${v}` : v === undefined ? "\0undefined" : v,
            ),
      )
      .update("\0");
  return hash.digest("hex");
}

/**
 * The key of some inputs when the cache is on; undefined when it is off, so that a run without cache does not pay
 * for hashing its inputs (and the generator's sources).
 */
export function keyWhenCaching(parts: () => unknown[]): string | undefined {
  return cacheEnabled() ? cacheKey(...parts()) : undefined;
}

let sources: string | undefined;
/** A hash of the generator's sources and locked dependencies: what it computes changes only when they do. */
export function generatorVersion(): string {
  if (sources === undefined) {
    const files = readdirSync(GENERATOR, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
    const lock = join(GENERATOR, "..", "package-lock.json");
    sources = cacheKey(
      ...files.sort().flatMap((f) => [f, readFileSync(join(GENERATOR, f), "utf8")]),
      existsSync(lock) ? readFileSync(lock, "utf8") : "",
    );
  }
  return sources;
}

/** Whether an entry is stored (without reading it). */
export function isCached(space: string, key: string | undefined): boolean {
  return cacheEnabled() && key !== undefined && existsSync(join(ROOT, space, key));
}

export function readCache(space: string, key: string | undefined): string | undefined {
  if (!cacheEnabled() || key === undefined) return undefined;
  try {
    return readFileSync(join(ROOT, space, key), "utf8");
  } catch {
    return undefined;
  }
}

/** Written whole or not at all (temp file + rename), so a killed run never leaves a truncated entry. */
export function writeCache(space: string, key: string | undefined, text: string): void {
  if (!cacheEnabled() || key === undefined) return;
  const file = join(ROOT, space, key);
  try {
    mkdirSync(join(ROOT, space), { recursive: true });
    writeFileSync(`${file}.${process.pid}.tmp`, text);
    renameSync(`${file}.${process.pid}.tmp`, file);
  } catch {
    // A read-only or full disk only costs speed next time.
  }
}

/** A cached JSON value, or undefined. */
export function readJsonCache(space: string, key: string | undefined): unknown {
  const text = readCache(space, key);
  return text === undefined ? undefined : JSON.parse(text);
}

/** Stores a value only when JSON keeps it exactly (plain objects, arrays, strings, finite numbers, booleans, null). */
export function writeJsonCache(space: string, key: string | undefined, value: unknown): void {
  if (!cacheEnabled() || key === undefined) return;
  let exact = true;
  let text: string;
  try {
    text = JSON.stringify(value, function (this: Record<string, unknown>, k: string, v: unknown) {
      const original = this[k]; // before toJSON: a Date would be a string in `v`
      const plain =
        original === null ||
        typeof original === "string" ||
        typeof original === "boolean" ||
        (typeof original === "number" && Number.isFinite(original)) ||
        Array.isArray(original) ||
        (typeof original === "object" && Object.getPrototypeOf(original) === Object.prototype);
      if (!plain) exact = false;
      return v;
    });
  } catch {
    return; // circular
  }
  if (exact) writeCache(space, key, text);
}

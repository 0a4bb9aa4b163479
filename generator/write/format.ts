import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { cacheKey, readCache, writeCache } from "../cache.js";
import type { FileMap } from "../emit/emit-package.js";

// babel-ts prints the same as the typescript parser on this code, in about half the time.
const PARSERS: Record<string, string> = { ts: "babel-ts", json: "json", md: "markdown" };

export const PRETTIER_OPTIONS = { printWidth: 120, proseWrap: "preserve" } as const;

/**
 * Formats every emitted file with prettier, so the committed output reads like hand-written code. The runtime
 * copies are left as they are: templates/ is kept formatted with the same options (a test checks it).
 *
 * Prettier's output depends only on its version, its options and the input, so each result is cached by the hash
 * of those: a file whose unformatted text was seen before is not formatted again, and when every file hits,
 * prettier (0.4 s to load) is not loaded at all.
 */
export async function formatFiles(files: FileMap): Promise<FileMap> {
  const out: FileMap = new Map();
  const space = `prettier-${prettierVersion()}`;
  const misses: [path: string, parser: string, text: string, key: string][] = [];
  for (const [path, text] of files) {
    const parser = PARSERS[path.split(".").pop() ?? ""];
    if (!parser || path.startsWith("src/runtime/")) {
      out.set(path, text);
      continue;
    }
    const key = cacheKey(parser, PRETTIER_OPTIONS, text);
    const hit = readCache(space, key);
    if (hit !== undefined) out.set(path, hit);
    else misses.push([path, parser, text, key]);
  }
  if (misses.length > 0) {
    const { format } = await import("prettier");
    await Promise.all(
      misses.map(async ([path, parser, text, key]) => {
        const formatted = await format(text, { parser, ...PRETTIER_OPTIONS });
        out.set(path, formatted);
        writeCache(space, key, formatted);
      }),
    );
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

function prettierVersion(): string {
  const manifest = createRequire(import.meta.url).resolve("prettier/package.json");
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
}

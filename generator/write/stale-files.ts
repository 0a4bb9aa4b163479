import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { FileMap } from "../emit/emit-package.js";

/** Folders of a package that are built or installed, never generated. */
const IGNORED = new Set(["dist", "node_modules"]);

/** Stale output: files that differ between what would be generated and what is on disk (missing, changed, extra). */
export function staleFiles(outDir: string, files: FileMap): string[] {
  const onDisk = existsSync(outDir) ? listFiles(outDir).map((f) => relative(outDir, f)) : [];
  const stale: string[] = [];
  for (const [path, text] of files) {
    const target = join(outDir, path);
    if (!existsSync(target)) stale.push(`missing  ${path}`);
    else if (readFileSync(target, "utf8") !== text) stale.push(`changed  ${path}`);
  }
  for (const path of onDisk) if (!files.has(path)) stale.push(`extra    ${path}`);
  return stale.sort();
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (IGNORED.has(entry.name)) return [];
    const path = join(dir, entry.name);
    return entry.isDirectory() ? listFiles(path) : [path];
  });
}

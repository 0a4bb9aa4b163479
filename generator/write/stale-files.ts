import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
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

/**
 * The stamp a build leaves in dist/: a hash of what it was built from (every file of the package but dist/), so a
 * dist/ left from another src/ (a build, then `git checkout` of older sources) is told apart from a current one.
 */
const STAMP = join("dist", ".built-from");

function sourcesHash(packageDir: string): string {
  const hash = createHash("sha256");
  for (const file of listFiles(packageDir)
    .map((f) => relative(packageDir, f))
    .sort())
    hash
      .update(file)
      .update("\0")
      .update(readFileSync(join(packageDir, file)))
      .update("\0");
  return hash.digest("hex");
}

/** Records, after a build of `packageDir`, what it was built from. */
export function stampBuild(packageDir: string): void {
  writeFileSync(join(packageDir, STAMP), `${sourcesHash(packageDir)}\n`);
}

/**
 * Whether the package's dist/ was built from other sources than those on disk now. A package never built (no
 * dist/, as in a fresh clone: dist/ is not committed) is not stale: there is no build to be out of date.
 */
export function staleBuild(packageDir: string): boolean {
  if (!existsSync(join(packageDir, "dist"))) return false;
  const stamp = join(packageDir, STAMP);
  return !existsSync(stamp) || readFileSync(stamp, "utf8").trim() !== sourcesHash(packageDir);
}

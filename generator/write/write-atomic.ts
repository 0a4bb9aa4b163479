import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import type { FileMap } from "../emit/emit-package.js";

/**
 * Writes the package into a temporary sibling folder, lets `prepare` finish it there (the build), then swaps it in.
 * Whatever fails before the swap leaves `outDir` exactly as it was.
 */
export function writeAtomically(outDir: string, files: FileMap, prepare: (dir: string) => void = () => {}): void {
  const temp = `${outDir}.tmp-${process.pid}`;
  const old = `${outDir}.old-${process.pid}`;
  recoverFromKilledRun(outDir);
  try {
    for (const [path, text] of files) {
      const target = join(temp, path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, text);
    }
    prepare(temp);
  } catch (error) {
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  mkdirSync(dirname(outDir), { recursive: true });
  const hadOld = existsSync(outDir);
  if (hadOld) renameSync(outDir, old);
  try {
    renameSync(temp, outDir);
  } catch (error) {
    if (hadOld) renameSync(old, outDir);
    rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  rmSync(old, { recursive: true, force: true });
}

/**
 * A run killed before its swap leaves `<out>.tmp-<pid>` (unfinished: removed); one killed between the two renames
 * leaves only `<out>.old-<pid>` (the last good output: put back).
 */
function recoverFromKilledRun(outDir: string): void {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return;
  const name = basename(outDir);
  for (const entry of readdirSync(parent)) {
    const leftover = join(parent, entry);
    if (entry.startsWith(`${name}.tmp-`)) rmSync(leftover, { recursive: true, force: true });
    else if (entry.startsWith(`${name}.old-`)) {
      if (existsSync(outDir)) rmSync(leftover, { recursive: true, force: true });
      else renameSync(leftover, outDir);
    }
  }
}

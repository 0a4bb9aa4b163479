import { existsSync } from "node:fs";
import { join } from "node:path";
import type { GeneratedPackage } from "./client-suite.js";

/**
 * Imports a generated package's `src/index.ts` for a suite that did not make it. When the package is not there (the
 * run that makes it failed, timed out or has not run), the suite fails with a message naming that run instead of
 * "Cannot find module".
 */
export function packageLoader(dir: string, madeBy: string): () => Promise<GeneratedPackage> {
  return async () => {
    const index = join(dir, "src/index.ts");
    expectMade(index, madeBy);
    return (await import(index)) as GeneratedPackage;
  };
}

/** Fails with the name of what makes `path` (another test, a command) when it is not there. */
export function expectMade(path: string, madeBy: string): void {
  if (!existsSync(path)) throw new Error(`${path} does not exist: it is made by ${madeBy}; see that failure first.`);
}

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
    if (!existsSync(index))
      throw new Error(`${index} does not exist: it is made by ${madeBy}; see that failure first.`);
    return (await import(index)) as GeneratedPackage;
  };
}

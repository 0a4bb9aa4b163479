import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** The project's API versions: the folders `spec/<version>/`. */

export const SPEC_DIR = "spec";

/** The versions whose folder holds `file`, oldest first, numerically (2.9 before 2.10). */
export function versionsWith(file: "curation.yaml" | "openapi.yaml", specDir = SPEC_DIR): string[] {
  if (!existsSync(specDir)) return [];
  return readdirSync(specDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(specDir, d.name, file)))
    .map((d) => d.name)
    .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
}

/** `spec/<version>/<file>`. */
export function specFile(version: string, file: "curation.yaml" | "openapi.yaml"): string {
  return join(SPEC_DIR, version, file);
}

/**
 * Of `versions`, the one nearest to `version` in numeric order (2.9 < 2.10); a version that is not a number
 * (Preview) counts as newest. On a tie, the older one.
 */
export function nearestVersion(version: string, versions: readonly string[]): string | undefined {
  const distance = (v: string) => Math.abs(rank(v) - rank(version));
  return [...versions].sort((a, b) => distance(a) - distance(b) || rank(a) - rank(b))[0];
}

/** `2.10` → 2.01 (parts below 1000); anything else above every number, all such at the same place. */
function rank(version: string): number {
  if (!/^\d+(\.\d+)*$/.test(version)) return 1e6;
  return version.split(".").reduce((sum, part, i) => sum + Number(part) / 1000 ** i, 0);
}

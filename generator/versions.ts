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

/** `2.10` → 2_010_000 (three parts below 1000, compared exactly); anything else above every number, all alike. */
function rank(version: string): number {
  if (!/^\d{1,3}(\.\d{1,3}){0,2}$/.test(version)) return 1e12;
  const [major = 0, minor = 0, patch = 0] = version.split(".").map(Number);
  return major * 1e6 + minor * 1e3 + patch;
}

/**
 * The versions a command names (`2.11`, or a path such as `spec/2.11/curation.yaml`), checked against those that
 * have `file`; every such version when none is named. Throws on a name that is not one of them.
 */
export function selectVersions(names: readonly string[], file: "curation.yaml" | "openapi.yaml"): string[] {
  const known = versionsWith(file);
  if (names.length === 0) return known;
  return names.map((name) => {
    const version = /^(?:\.\/)?spec\/([^/]+)(?:\/[^/]*)?$/.exec(name)?.[1] ?? name;
    if (!known.includes(version))
      throw new Error(
        `no version "${name}": spec/${version}/${file} does not exist (versions: ${known.join(", ") || "none"})`,
      );
    return version;
  });
}

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

import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { versionsWith } from "../../generator/versions.js";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const CURATED_SPEC = `${ROOT}spec/2.11/openapi.yaml`;
export const GENERATED = `${ROOT}generated/2.11`;
/**
 * The official descriptions that the tests add as versions of their own (see test/versions/official-descriptions.test.ts), from the
 * shared folder beside the repository (as in CI). The nearest ancestor holding `shared/specs/` is taken, so that a copy
 * of the repository made inside it (Stryker's sandbox under `.tmp/`) finds the same folder.
 */
export const OFFICIAL_SPECS_DIR = sharedSpecs(dirname(ROOT.replace(/[/\\]$/, "")));
/** Intercom's official 2.11 description. */
export const OFFICIAL_SPEC = join(OFFICIAL_SPECS_DIR, "intercom-2.11.yaml");

function sharedSpecs(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "shared/specs"))) return join(dir, "shared/specs/");
    if (dirname(dir) === dir) return join(from, "shared/specs/");
  }
}

/** Every curated version committed under spec/, oldest first. */
export const VERSIONS: string[] = versionsWith("openapi.yaml", `${ROOT}spec`);

export const curatedSpecOf = (version: string): string => `${ROOT}spec/${version}/openapi.yaml`;
export const generatedOf = (version: string): string => `${ROOT}generated/${version}`;

import { fileURLToPath } from "node:url";
import { versionsWith } from "../../generator/versions.js";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const CURATED_SPEC = `${ROOT}spec/2.11/openapi.yaml`;
export const GENERATED = `${ROOT}generated/2.11`;
/** Intercom's official description, from the shared folder beside the repository (as in CI). */
export const OFFICIAL_SPEC = fileURLToPath(new URL("../../../shared/specs/intercom-2.11.yaml", import.meta.url));
/** The official descriptions that the tests add as versions of their own (see test/versions/official-descriptions.test.ts). */
export const OFFICIAL_SPECS_DIR = fileURLToPath(new URL("../../../shared/specs/", import.meta.url));

/** Every curated version committed under spec/, oldest first. */
export const VERSIONS: string[] = versionsWith("openapi.yaml", `${ROOT}spec`);

export const curatedSpecOf = (version: string): string => `${ROOT}spec/${version}/openapi.yaml`;
export const generatedOf = (version: string): string => `${ROOT}generated/${version}`;

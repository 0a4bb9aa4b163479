import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const CURATED_SPEC = `${ROOT}spec/2.11/openapi.yaml`;
export const GENERATED = `${ROOT}generated/2.11`;
/** Intercom's official description, from the shared folder beside the repository (as in CI). */
export const OFFICIAL_SPEC = fileURLToPath(new URL("../../../shared/specs/intercom-2.11.yaml", import.meta.url));

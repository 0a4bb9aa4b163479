import { camelCase } from "../model/naming-rules.js";
import type { ApiModel } from "../model/types.js";

/** The variable the examples hold the client in (`Intercom` → `intercom`). */
export function clientVariable(model: ApiModel): string {
  return camelCase(model.profile.clientName);
}

/**
 * npm name and version of the generated package: the profile's name with `{version}` filled in, and the version of
 * its last release (`npm run release`), else the API version (`intercom-api-{version}` + `2.11` → `…-2.11@2.11.0`).
 */
export function packageInfo(model: ApiModel): { name: string; version: string } {
  const slug =
    model.version
      .toLowerCase()
      .replace(/[^a-z0-9.]+/g, "-")
      .replace(/^-|-$/g, "") || "api";
  const version = model.packageVersion ?? firstVersion(model.version, slug);
  return { name: model.profile.packageName.replaceAll("{version}", slug), version };
}

/** The version before any release: the API version as semver (`2.11` → `2.11.0`), else a pre-release of 0.0.0. */
function firstVersion(apiVersion: string, slug: string): string {
  return /^\d+\.\d+$/.test(apiVersion)
    ? `${apiVersion}.0`
    : /^\d+\.\d+\.\d+$/.test(apiVersion)
      ? apiVersion
      : `0.0.0-${slug.replace(/\./g, "-")}`;
}

import { camelCase } from "../model/names.js";
import type { ApiModel } from "../model/types.js";

/** The variable the examples hold the client in (`Intercom` → `intercom`). */
export function clientVariable(model: ApiModel): string {
  return camelCase(model.profile.clientName);
}

/**
 * npm name and version of the generated package: the profile's name with `{version}` filled in, and the package
 * version from the API version (`intercom-api-{version}` + `2.11` → `intercom-api-2.11@2.11.0`).
 */
export function packageInfo(model: ApiModel): { name: string; version: string } {
  const slug =
    model.version
      .toLowerCase()
      .replace(/[^a-z0-9.]+/g, "-")
      .replace(/^-|-$/g, "") || "api";
  const version = /^\d+\.\d+$/.test(model.version)
    ? `${model.version}.0`
    : /^\d+\.\d+\.\d+$/.test(model.version)
      ? model.version
      : `0.0.0-${slug.replace(/\./g, "-")}`;
  return { name: model.profile.packageName.replaceAll("{version}", slug), version };
}

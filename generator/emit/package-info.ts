import type { ApiModel } from "../model/types.js";

/** npm name and version of the generated package, derived from the API version (`2.11` → `intercom-api-2.11@2.11.0`). */
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
  return { name: `intercom-api-${slug}`, version };
}

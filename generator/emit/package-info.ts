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

/** The version before any release: `2.11` → 2.11.0, `v1` → 1.0.0, `1.2.3` as it is; else a pre-release of 0.0.0. */
function firstVersion(apiVersion: string, slug: string): string {
  const numeric = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?$/i.exec(apiVersion.trim());
  return numeric ? `${+numeric[1]!}.${+(numeric[2] ?? 0)}.${+(numeric[3] ?? 0)}` : `0.0.0-${slug.replace(/\./g, "-")}`;
}

/** "a" or "an" before a name, by its first letter's sound (`an IntercomError`, `a PetstoreError`). */
export function article(name: string): string {
  return /^[AEIOU]/i.test(name) ? "an" : "a";
}

/**
 * The options of the examples: `token` where the API has one bearer-like scheme, else `credentials` for the schemes
 * of the first requirement, each from its environment variable; nothing when the API declares no security.
 */
export function credentialOptions(model: ApiModel): string {
  const schemes = model.security?.schemes ?? [];
  const bearer = schemes.find((s) => s.name === model.security?.tokenScheme);
  if (bearer && (model.security?.requirements ?? []).some((r) => r.includes(bearer.name)))
    return `token: process.env.${bearer.env}`;
  const first = model.security?.requirements.find((r) => r.length > 0) ?? [];
  const given = first.map((name) => {
    const s = schemes.find((x) => x.name === name)!;
    return `${/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name)}: process.env.${s.env}`;
  });
  return given.length ? `credentials: { ${given.join(", ")} }` : "";
}

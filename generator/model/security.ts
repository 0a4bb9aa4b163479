import { pointerOf, type Reporter } from "../diagnostics.js";
import { isObject } from "../load/json.js";
import type { OpenApiDocument, SecurityRequirementObject } from "../load/openapi.js";
import { deref, type RefContext } from "./refs.js";
import type { ApiModel, Profile, SecurityModel, SecuritySchemeModel } from "./types.js";

/**
 * The description's security schemes as the runtime's table, each with the environment variable it is read from:
 * the profile's `tokenEnv` for the one bearer-like scheme (http bearer, oauth2, openIdConnect), else the profile's
 * prefix and the scheme's name (`PETSTORE_API_KEY`). Schemes the runtime cannot send are reported and left out,
 * and so are the requirements that need them.
 */
export function securityOf(ctx: RefContext & { reporter: Reporter }, profile: Profile): SecurityModel {
  const { document, reporter } = ctx;
  const declared = Object.entries(document.components?.securitySchemes ?? {});
  const schemes: SecuritySchemeModel[] = [];
  for (const [name, raw] of declared) {
    const pointer = pointerOf("components", "securitySchemes", name);
    const s = deref<Record<string, unknown>>(raw as Record<string, unknown>, ctx);
    if (!isObject(s)) continue;
    const scheme = schemeOf(name, s);
    if (typeof scheme === "string")
      reporter.warn("unsupported-security-scheme", pointer, scheme, "send the credential through the `headers` option");
    else
      schemes.push({
        ...scheme,
        env: "",
        ...(typeof s["description"] === "string" ? { description: s["description"] } : {}),
      });
  }
  const bearers = schemes.filter((s) => s.type === "bearer");
  const token = bearers.length === 1 ? bearers[0] : undefined;
  const prefix = profile.tokenEnv.replace(/_(API_)?(TOKEN|KEY)$/, "");
  // The token's variable is the profile's whatever the declaration order; the others are numbered around it.
  const taken = new Set<string>(token ? [profile.tokenEnv] : []);
  if (token) token.env = profile.tokenEnv;
  for (const s of schemes) {
    if (s === token) continue;
    let env = `${prefix}_${upperSnake(s.name)}`;
    for (let n = 2; taken.has(env); n++) env = `${prefix}_${upperSnake(s.name)}_${n}`;
    taken.add(env);
    s.env = env;
  }
  const known = schemeNames(document, schemes);
  return {
    schemes,
    requirements: requirementsOf(document.security, known, "/security", reporter) ?? [],
    ...(token ? { tokenScheme: token.name } : {}),
  };
}

/** Every declared scheme's name, and whether the runtime can send it. */
export function schemeNames(document: OpenApiDocument, sendable: SecuritySchemeModel[]): ReadonlyMap<string, boolean> {
  const names = new Map(Object.keys(document.components?.securitySchemes ?? {}).map((n) => [n, false]));
  for (const s of sendable) names.set(s.name, true);
  return names;
}

/** An operation's own requirements (undefined: it declares none, the document's apply). */
export function operationSecurity(
  security: SecurityRequirementObject[] | undefined,
  known: ReadonlyMap<string, boolean>,
  pointer: string,
  reporter: Reporter,
): string[][] | undefined {
  return requirementsOf(security, known, `${pointer}/security`, reporter);
}

function requirementsOf(
  security: OpenApiDocument["security"],
  known: ReadonlyMap<string, boolean>,
  pointer: string,
  reporter: Reporter,
): string[][] | undefined {
  if (!Array.isArray(security)) return undefined;
  const out: string[][] = [];
  security.forEach((requirement, i) => {
    if (!isObject(requirement)) {
      reporter.fallback("wrong-type", `${pointer}/${i}`, {
        message: `a security requirement must be a mapping of scheme names to scopes; found ${JSON.stringify(requirement)}`,
        fix: "write it as `- <scheme name>: []`",
        outcome: "the requirement is left out",
      });
      return;
    }
    const names = Object.keys(requirement);
    const undeclared = names.filter((n) => !known.has(n));
    if (undeclared.length) {
      reporter.fallback("undeclared-security-scheme", `${pointer}/${i}`, {
        message: `the requirement names ${undeclared.map((n) => `\`${n}\``).join(", ")}, which components.securitySchemes does not declare`,
        fix: "declare the scheme under components.securitySchemes, or correct the name",
        outcome: "the requirement is left out",
      });
      return;
    }
    // A scheme the runtime cannot send was reported where it is declared; a requirement needing it cannot be met.
    if (names.every((n) => known.get(n))) out.push(names);
  });
  return out;
}

type SchemeFields = Omit<SecuritySchemeModel, "env" | "description">;

/** A scheme's wire form, or why it cannot be sent. */
function schemeOf(name: string, s: Record<string, unknown>): SchemeFields | string {
  const type = s["type"];
  if (type === "apiKey") {
    const where = s["in"];
    if ((where === "header" || where === "query" || where === "cookie") && typeof s["name"] === "string")
      return { name, type: "apiKey", in: where, paramName: s["name"], declaredType: "apiKey" };
    return `apiKey scheme \`${name}\` needs \`in\` (header, query or cookie) and \`name\``;
  }
  if (type === "http") {
    const scheme = String(s["scheme"] ?? "").toLowerCase();
    if (scheme === "basic") return { name, type: "basic", declaredType: "http basic" };
    if (scheme === "bearer") return { name, type: "bearer", declaredType: "http bearer" };
    return `http scheme \`${name}\` uses \`${scheme}\`; only basic and bearer are sent`;
  }
  if (type === "oauth2") {
    const flow = (s["flows"] as Record<string, { tokenUrl?: unknown }> | undefined)?.clientCredentials;
    const tokenUrl = typeof flow?.tokenUrl === "string" ? flow.tokenUrl : undefined;
    return { name, type: "bearer", declaredType: "oauth2", ...(tokenUrl ? { tokenUrl } : {}) };
  }
  if (type === "openIdConnect") return { name, type: "bearer", declaredType: "openIdConnect" };
  return `security scheme \`${name}\` of type \`${String(type)}\` cannot be sent by fetch`;
}

function upperSnake(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .replace(/^_|_$/g, "")
    .toUpperCase();
}

/**
 * The one scheme of a table whose only requirement, for every operation, is that scheme alone, sent in a header and
 * without a token grant (Intercom's bearer token); undefined for any other table. The runtime then needs no search
 * among requirements.
 */
export function soleScheme(model: ApiModel): SecuritySchemeModel | undefined {
  const [only, ...more] = model.security?.schemes ?? [];
  if (!only || more.length || only.tokenUrl || (only.type === "apiKey" && only.in !== "header")) return undefined;
  const sole = (r: readonly (readonly string[])[] | undefined) => JSON.stringify(r) === JSON.stringify([[only.name]]);
  const ops = model.resources.flatMap((r) => r.operations);
  return sole(model.security?.requirements) && ops.every((o) => !o.security || sole(o.security)) ? only : undefined;
}

import type { Reporter } from "../diagnostics.js";
import { isObject, isPresent } from "../load/json.js";
import { HTTP_METHODS, type OpenApiDocument, type OperationObject, type ParameterObject } from "../load/openapi.js";
import { pascalCase } from "./naming-rules.js";
import { deref, type RefContext } from "./refs.js";
import type { Profile, Server } from "./types.js";

/** What deriving the profile reads: the document (through its refs) and where problems go. */
export type ProfileContext = RefContext & { reporter: Reporter };

/** The curated document's root extension that carries the curation's `profile`. */
export const PROFILE_KEY = "x-sdk-profile";

/** Words of a title that name no vendor (`GitHub v3 REST API` → `GitHub`). */
const GENERIC_WORDS =
  /^(api|apis|rest|http|openapi|swagger|spec|specification|official|service|the|a|for|and|of|v?\d+)$/i;

/**
 * The package's profile: what the curation declares under `x-sdk-profile`, the rest derived from the document —
 * the client named after `info.title`, no version header unless every operation declares one, `baseUrl` from
 * `servers[0]`, regions only when declared.
 */
export function profileOf(ctx: ProfileContext): Profile {
  const { document, reporter } = ctx;
  const raw = document[PROFILE_KEY];
  if (raw !== undefined && !isObject(raw))
    reporter.error(
      "bad-profile",
      `/${PROFILE_KEY}`,
      "the profile must be a mapping",
      "declare `profile:` as a mapping in the curation",
    );
  const declared = isObject(raw) ? raw : {};
  const text = (key: string, pattern: RegExp, hint: string): string | undefined => {
    const value = declared[key];
    if (value === undefined) return undefined;
    if (typeof value === "string" && pattern.test(value)) return value;
    reporter.error(
      "bad-profile",
      `/${PROFILE_KEY}/${key}`,
      `\`${key}\` must be ${hint}, found ${JSON.stringify(value)}`,
      `correct \`profile.${key}\` in the curation`,
    );
    return undefined;
  };
  const vendor = vendorWords(document.info?.title);
  const clientName =
    text("clientName", /^[A-Z][A-Za-z0-9]*$/, "a PascalCase identifier") ?? pascalCase(vendor.join(" ") || "Api");
  const packageName =
    text("packageName", /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~{}][a-z0-9-._~{}]*$/, "an npm package name") ??
    `${vendor.map((w) => w.toLowerCase()).join("-") || "api"}-client`;
  const tokenEnv =
    text("tokenEnv", /^[A-Z_][A-Z0-9_]*$/, "an environment variable name (UPPER_SNAKE)") ??
    `${vendor.map((w) => w.toUpperCase()).join("_") || "API"}_TOKEN`.replace(/^(?=\d)/, "API_");
  const errorPrefix = text("errorPrefix", /^[A-Z][A-Za-z0-9]*$/, "a PascalCase identifier") ?? clientName;
  const servers = serverUrls(document.servers);
  const regions = declaredRegions(declared["regions"], servers, reporter);
  return {
    clientName,
    packageName,
    tokenEnv,
    ...versionHeaderOf(declared["versionHeader"], ctx),
    regions,
    ...(regions.length === 0 && servers[0] ? { baseUrl: servers[0].url } : {}),
    errorPrefix,
    ...webhooksOf(declared["webhooks"], ctx),
  };
}

/** The HMAC algorithms a profile may declare, as WebCrypto names their hash. */
const HMAC_HASHES = { "HMAC-SHA1": "SHA-1", "HMAC-SHA256": "SHA-256", "HMAC-SHA512": "SHA-512" } as const;

/**
 * `webhooks: { header, algorithm, prefix, topics: { <topic>: <schema> } }`: how the API signs its notifications (the
 * hex HMAC of the raw body, after `prefix`, in `header`), and the schema of the item each topic carries.
 */
function webhooksOf(value: unknown, ctx: ProfileContext): Pick<Profile, "webhooks"> {
  if (value === undefined) return {};
  const at = `/${PROFILE_KEY}/webhooks`;
  const bad = (where: string, message: string, fix: string) => {
    ctx.reporter.error("bad-profile", `${at}${where}`, message, fix);
    return {};
  };
  const example = 'e.g. `webhooks: { header: X-Signature, algorithm: HMAC-SHA256, prefix: "sha256=", topics: {…} }`';
  if (!isObject(value)) return bad("", "`webhooks` must be a mapping", example);
  const { header, algorithm, prefix = "", topics = {} } = value;
  if (typeof header !== "string" || !/^[A-Za-z0-9-]+$/.test(header))
    return bad("/header", `\`header\` must be a header name, found ${JSON.stringify(header)}`, example);
  if (typeof algorithm !== "string" || !Object.hasOwn(HMAC_HASHES, algorithm))
    return bad(
      "/algorithm",
      `\`algorithm\` must be one of ${Object.keys(HMAC_HASHES).join(", ")}, found ${JSON.stringify(algorithm)}`,
      example,
    );
  if (typeof prefix !== "string") return bad("/prefix", "`prefix` must be a string", example);
  if (!isObject(topics)) return bad("/topics", "`topics` must map topics to schema names", example);
  const schemas = ctx.document.components?.schemas ?? {};
  const declared: { topic: string; schema: string }[] = [];
  for (const [topic, schema] of Object.entries(topics)) {
    if (typeof schema !== "string" || !Object.hasOwn(schemas, schema)) {
      bad(
        `/topics/${topic.replace(/~/g, "~0").replace(/\//g, "~1")}`,
        `topic \`${topic}\`: ${JSON.stringify(schema)} is not a schema of the description`,
        "name a key of `components.schemas` (the item the notification carries)",
      );
      continue;
    }
    declared.push({ topic, schema });
  }
  return {
    webhooks: { header, algorithm: HMAC_HASHES[algorithm as keyof typeof HMAC_HASHES], prefix, topics: declared },
  };
}

/** The name part of a title: before ` - `, `+`, `:`, `(` or `|`, without possessives and generic words. */
function vendorWords(title: string | undefined): string[] {
  const name = (title ?? "").split(/\s[-–—]\s|[+:(|]/)[0]!.replace(/['’]s\b/g, "");
  return name.split(/[^A-Za-z0-9]+/).filter((w) => w && !GENERIC_WORDS.test(w));
}

/** Absolute server URLs, variables filled with their defaults, without a trailing slash. */
function serverUrls(servers: OpenApiDocument["servers"]): Server[] {
  const out: Server[] = [];
  for (const server of servers ?? []) {
    if (!isPresent(server) || typeof server.url !== "string") continue;
    const variables = (server as { variables?: Record<string, { default?: unknown }> }).variables ?? {};
    const url = server.url.replace(/\{([^}]+)\}/g, (m, name: string) => String(variables[name]?.default ?? m));
    if (!/^https?:\/\/[^{}]+$/i.test(url)) continue; // relative or unfilled: the caller passes `baseUrl`
    out.push({
      region: "",
      url: url.replace(/\/+$/, ""),
      ...(server.description ? { description: server.description } : {}),
    });
  }
  return out;
}

/** `regions: { us: https://…, eu: https://… }`, each described as the document's server with that URL. */
function declaredRegions(value: unknown, servers: Server[], reporter: Reporter): Server[] {
  if (value === undefined) return [];
  const at = `/${PROFILE_KEY}/regions`;
  if (!isObject(value)) {
    reporter.error(
      "bad-profile",
      at,
      "`regions` must map region keys to server URLs",
      "write `regions: { us: https://… }`",
    );
    return [];
  }
  const regions: Server[] = [];
  for (const [region, url] of Object.entries(value)) {
    if (typeof url !== "string" || !/^https?:\/\/\S+$/i.test(url) || !/^[a-z][a-z0-9-]*$/.test(region)) {
      reporter.error(
        "bad-profile",
        `${at}/${region}`,
        `region \`${region}\` needs a lower-case key and an http(s) URL, found ${JSON.stringify(url)}`,
        "write `regions: { us: https://… }`",
      );
      continue;
    }
    const clean = url.replace(/\/+$/, "");
    const description = servers.find((s) => s.url === clean)?.description;
    regions.push({ region, url: clean, ...(description ? { description } : {}) });
  }
  return regions;
}

/**
 * The declared header (`versionHeader: { name, default }`, default `info.version`), else a header parameter named
 * like a version that every operation declares, sent with its schema's default (else `info.version`).
 */
function versionHeaderOf(value: unknown, ctx: ProfileContext): Pick<Profile, "versionHeader"> {
  const version = ctx.document.info?.version ?? "";
  if (value !== undefined) {
    const name = isObject(value) ? value["name"] : value;
    const fallback = isObject(value) ? value["default"] : undefined;
    if (
      typeof name !== "string" ||
      !/^[A-Za-z0-9-]+$/.test(name) ||
      (fallback !== undefined && typeof fallback !== "string")
    ) {
      ctx.reporter.error(
        "bad-profile",
        `/${PROFILE_KEY}/versionHeader`,
        "`versionHeader` must be `{ name: <header>, default?: <version> }`",
        "e.g. `versionHeader: { name: Api-Version }`",
      );
      return {};
    }
    return { versionHeader: { name, default: (fallback as string | undefined) ?? version } };
  }
  const common = headerOnEveryOperation(ctx);
  if (!common) return {};
  const schema = deref(common.schema, ctx);
  const fallback = isPresent(schema) && typeof schema.default === "string" ? schema.default : version;
  return { versionHeader: { name: common.name, default: fallback } };
}

function headerOnEveryOperation(ctx: ProfileContext): ParameterObject | undefined {
  let common: Map<string, ParameterObject> | undefined;
  for (const item of Object.values(ctx.document.paths ?? {})) {
    if (!isPresent(item)) continue;
    for (const key of HTTP_METHODS) {
      const op = item[key] as OperationObject | undefined;
      if (!isPresent(op)) continue;
      const headers = new Map<string, ParameterObject>();
      for (const raw of [...(item.parameters ?? []), ...(op.parameters ?? [])]) {
        const p = deref<ParameterObject>(raw, ctx);
        if (isPresent(p) && p.in === "header" && typeof p.name === "string" && /version/i.test(p.name))
          headers.set(p.name.toLowerCase(), p);
      }
      common = new Map([...(common ?? headers)].filter(([name]) => headers.has(name)));
      if (common.size === 0) return undefined;
    }
  }
  return common?.values().next().value;
}

import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { GeneratorError, Reporter } from "../diagnostics.js";
import { isObject } from "../load/json.js";

/** The curation file (`spec/<version>/curation.yaml`), read and checked. */
export interface Curation {
  file: string;
  /** The official description, relative to the curation file. */
  source: string;
  /** `resource.method` → `METHOD /path`, in the order the SDK lists them. */
  operations: { sdkName: string; method: string; path: string }[];
  pagination: Record<string, Record<string, string>>;
  fixes: Fix[];
  /** Who the package is for (client class, package name, token env var, version header, regions, error prefix). */
  profile?: Record<string, unknown>;
}

export interface Fix {
  why: string;
  op: "add" | "replace" | "remove";
  path: string;
  value?: unknown;
  ifMissing?: boolean;
}

export function readCuration(file: string): Curation {
  const reporter = new Reporter(file);
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, "utf8"));
  } catch (error) {
    reporter.error("bad-curation", "", `cannot read the curation file: ${(error as Error).message.split("\n")[0]}`);
    throw new GeneratorError(reporter.diagnostics);
  }
  if (!isObject(raw)) reporter.error("bad-curation", "", "the curation file must be a YAML mapping");
  const doc = isObject(raw) ? raw : {};
  if (typeof doc["source"] !== "string")
    reporter.error("bad-curation", "/source", "`source` (path of the official description) is missing");
  const operations: Curation["operations"] = [];
  for (const [sdkName, route] of Object.entries(isObject(doc["operations"]) ? doc["operations"] : {})) {
    const match =
      typeof route === "string"
        ? /^(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE)\s+(\/\S*)$/i.exec(route.trim())
        : null;
    if (!/^[a-z][A-Za-z0-9]*\.[a-z][A-Za-z0-9]*$/.test(sdkName))
      reporter.error(
        "bad-sdk-name",
        `/operations/${sdkName}`,
        `\`${sdkName}\` is not \`resource.method\` in camelCase`,
      );
    else if (!match)
      reporter.error(
        "bad-route",
        `/operations/${sdkName}`,
        `expected \`METHOD /path\`, found ${JSON.stringify(route)}`,
      );
    else operations.push({ sdkName, method: match[1]!.toLowerCase(), path: match[2]! });
  }
  if (operations.length === 0) reporter.error("bad-curation", "/operations", "no operation is selected");
  const pagination = isObject(doc["pagination"]) ? (doc["pagination"] as Curation["pagination"]) : {};
  for (const name of Object.keys(pagination)) {
    if (!operations.some((o) => o.sdkName === name))
      reporter.error(
        "unknown-operation",
        `/pagination/${name}`,
        `pagination is declared for \`${name}\`, which is not among the operations`,
      );
  }
  const fixes = Array.isArray(doc["fixes"]) ? (doc["fixes"] as Fix[]) : [];
  fixes.forEach((fix, i) => {
    if (
      !isObject(fix) ||
      !["add", "replace", "remove"].includes(String(fix.op)) ||
      typeof fix.path !== "string" ||
      typeof fix.why !== "string"
    ) {
      reporter.error(
        "bad-fix",
        `/fixes/${i}`,
        "a fix needs `why`, `op` (add|replace|remove) and `path` (a JSON pointer)",
      );
    }
  });
  const profile = readProfile(doc["profile"], reporter);
  reporter.throwIfErrors();
  return { file, source: doc["source"] as string, operations, pagination, fixes, ...(profile ? { profile } : {}) };
}

const PROFILE_KEYS = ["clientName", "packageName", "tokenEnv", "versionHeader", "regions", "errorPrefix"];

/** `profile:` is carried into the curated document as it is; its values are checked by the model (`x-sdk-profile`). */
function readProfile(value: unknown, reporter: Reporter): Record<string, unknown> | undefined {
  if (value === undefined) return undefined;
  if (!isObject(value)) {
    reporter.error(
      "bad-curation",
      "/profile",
      "`profile` must be a mapping",
      `use the keys ${PROFILE_KEYS.join(", ")}`,
    );
    return undefined;
  }
  for (const key of Object.keys(value))
    if (!PROFILE_KEYS.includes(key))
      reporter.error(
        "bad-curation",
        `/profile/${key}`,
        `unknown profile key \`${key}\``,
        `use one of ${PROFILE_KEYS.join(", ")}`,
      );
  return value;
}

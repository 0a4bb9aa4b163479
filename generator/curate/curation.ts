import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { GeneratorError, Reporter } from "../diagnostics.js";
import { isObject } from "../load/json.js";

/** The curation file (`spec/<version>/curation.yaml`), read and checked. */
export interface Curation {
  file: string;
  /** The official description, relative to the curation file. */
  source: string;
  /** `resource.method` (resources may nest: `helpCenters.collections.find`) → `METHOD /path`, in the SDK's order. */
  operations: CuratedOperation[];
  pagination: Record<string, Record<string, unknown>>;
  /** Parameters the API takes that some versions' descriptions leave out, added where an operation lacks them. */
  parameters: Record<string, DeclaredParameters>;
  fixes: Fix[];
  /** Who the package is for (client class, package name, token env var, version header, regions, error prefix). */
  profile?: Record<string, unknown>;
}

export interface CuratedOperation {
  sdkName: string;
  method: string;
  /** The route as the curation spells it; its parameter names are the SDK's argument names in every version. */
  path: string;
}

export interface DeclaredParameters {
  why: string;
  add: { name: string; in: string; [key: string]: unknown }[];
}

export interface Fix {
  why: string;
  op: "add" | "replace" | "remove";
  /** JSON pointer: into the document, or into the operation named by `operation` (following `$ref`s). */
  path: string;
  value?: unknown;
  /** Skip the fix when its target already exists (a version that fixed the defect itself keeps its own). */
  ifMissing?: boolean;
  /** Skip the fix quietly when its target does not exist (a version without the defect). */
  ifPresent?: boolean;
  /** The SDK name of the operation `path` starts from, so the fix holds however a version spells the route. */
  operation?: string;
}

/**
 * The route with its parameter names left out: `GET /companies/{company_id}` and `GET /companies/{id}` are the same
 * operation, since the names never reach the wire.
 */
export function routeShape(method: string, path: string): string {
  return `${method.toLowerCase()} ${path.replace(/\{[^}]*\}/g, "{}")}`;
}

const ROUTE = /^(GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE)\s+(\/\S*)$/i;
const SDK_NAME = /^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/;

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
  const operations = readOperations(doc["operations"], reporter);
  const known = new Set(operations.map((o) => o.sdkName));
  const pagination = isObject(doc["pagination"]) ? (doc["pagination"] as Curation["pagination"]) : {};
  for (const name of Object.keys(pagination)) checkKnown(name, `/pagination/${name}`, known, reporter);
  const parameters = readParameters(doc["parameters"], known, reporter);
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
        "complete the fix",
      );
    } else if (fix.operation !== undefined) checkKnown(fix.operation, `/fixes/${i}/operation`, known, reporter);
  });
  const profile = readProfile(doc["profile"], reporter);
  const adapted = doc["adapted"];
  if (
    adapted !== undefined &&
    (!Array.isArray(adapted) || !adapted.every((a) => isObject(a) && typeof a["why"] === "string"))
  )
    reporter.error(
      "bad-curation",
      "/adapted",
      "`adapted` (written by add-version) must be a list of entries with a `why`",
      "restore it, or remove the section",
    );
  reporter.throwIfErrors();
  return {
    file,
    source: doc["source"] as string,
    operations,
    pagination,
    parameters,
    fixes,
    ...(profile ? { profile } : {}),
  };
}

function readOperations(value: unknown, reporter: Reporter): CuratedOperation[] {
  const operations: CuratedOperation[] = [];
  const byShape = new Map<string, string>();
  for (const [sdkName, route] of Object.entries(isObject(value) ? value : {})) {
    const match = typeof route === "string" ? ROUTE.exec(route.trim()) : null;
    const at = `/operations/${sdkName}`;
    if (!SDK_NAME.test(sdkName)) {
      reporter.error(
        "bad-sdk-name",
        at,
        `\`${sdkName}\` is not \`resource.method\` in camelCase (resources may nest: \`helpCenters.collections.find\`)`,
        "rename the key",
      );
      continue;
    }
    if (!match) {
      reporter.error("bad-route", at, `expected \`METHOD /path\`, found ${JSON.stringify(route)}`, "write the route");
      continue;
    }
    const operation = { sdkName, method: match[1]!.toLowerCase(), path: match[2]! };
    const shape = routeShape(operation.method, operation.path);
    const other = byShape.get(shape);
    if (other) {
      reporter.error(
        "duplicate-route",
        at,
        `\`${route}\` is the same route as \`${other}\` (parameter names do not tell routes apart)`,
        "keep one of the two",
      );
    }
    byShape.set(shape, sdkName);
    operations.push(operation);
  }
  if (operations.length === 0) reporter.error("bad-curation", "/operations", "no operation is selected");
  return operations;
}

function readParameters(value: unknown, known: Set<string>, reporter: Reporter): Curation["parameters"] {
  const out: Curation["parameters"] = {};
  for (const [name, entry] of Object.entries(isObject(value) ? value : {})) {
    const at = `/parameters/${name}`;
    checkKnown(name, at, known, reporter);
    const add = isObject(entry) && Array.isArray(entry["add"]) ? entry["add"] : undefined;
    if (!isObject(entry) || typeof entry["why"] !== "string" || !add) {
      reporter.error("bad-parameters", at, "declared parameters need `why` and `add` (a list)", "complete the entry");
      continue;
    }
    add.forEach((param, i) => {
      if (!isObject(param) || typeof param["name"] !== "string" || typeof param["in"] !== "string")
        reporter.error("bad-parameters", `${at}/add/${i}`, "a parameter needs `name` and `in`", "complete it");
    });
    out[name] = entry as unknown as DeclaredParameters;
  }
  return out;
}

function checkKnown(name: string, at: string, known: Set<string>, reporter: Reporter): void {
  if (!known.has(name))
    reporter.error(
      "unknown-operation",
      at,
      `\`${name}\` is not among the operations`,
      "use the SDK name of an operation under `operations`",
    );
}

const PROFILE_KEYS = ["clientName", "packageName", "tokenEnv", "versionHeader", "regions", "errorPrefix", "webhooks"];

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

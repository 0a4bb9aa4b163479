import { type Diagnostic, pointerOf, Reporter, splitPointer } from "../diagnostics.js";
import { isObject, resolvePointer } from "../load/json.js";
import { HTTP_METHODS } from "../load/openapi.js";
import { PROFILE_KEY } from "../model/profile.js";
import type { Curation, Fix } from "./curation.js";

type Json = Record<string, unknown>;

export interface CurateResult {
  document: Json;
  diagnostics: Diagnostic[];
  /** Selected operations the source does not have (another version may lack some). */
  missing: string[];
}

/**
 * Official description + curation → the curated document: fixes applied, only the selected operations kept (with
 * their SDK names and pagination as `x-sdk-*` / `x-pagination`), unused components and tags dropped.
 * Pure: the same inputs give the same document, key order included.
 */
export function curate(official: Json, curation: Curation, sourceFile: string): CurateResult {
  const reporter = new Reporter(curation.file);
  const document = structuredClone(official);
  curation.fixes.forEach((fix, i) => applyFix(document, fix, `/fixes/${i}`, reporter));

  const wanted = new Map(curation.operations.map((o) => [`${o.method} ${o.path}`, o]));
  const found = new Set<string>();
  const paths: Json = {};
  for (const [path, item] of Object.entries(isObject(document["paths"]) ? document["paths"] : {})) {
    if (!isObject(item)) continue;
    const kept: Json = {};
    for (const [key, value] of Object.entries(item)) {
      const selection = wanted.get(`${key} ${path}`);
      if (!(HTTP_METHODS as readonly string[]).includes(key)) kept[key] = value;
      else if (selection && isObject(value)) {
        found.add(selection.sdkName);
        const [resource, method] = selection.sdkName.split(".");
        const pagination = curation.pagination[selection.sdkName];
        kept[key] = {
          ...value,
          "x-sdk-resource": resource,
          "x-sdk-method": method,
          ...(pagination ? { "x-pagination": pagination } : {}),
        };
      }
    }
    if (Object.keys(kept).some((k) => (HTTP_METHODS as readonly string[]).includes(k))) paths[path] = kept;
  }
  document["paths"] = paths;
  const missing = curation.operations
    .filter((o) => !found.has(o.sdkName))
    .map((o) => `${o.sdkName} (${o.method.toUpperCase()} ${o.path})`);
  for (const name of missing) {
    reporter.error(
      "operation-not-found",
      `/operations/${name.split(" ")[0]}`,
      `${name} is not in ${sourceFile}`,
      "correct the route, or remove the operation from the curation for this version",
    );
  }

  if (curation.profile) document[PROFILE_KEY] = curation.profile;
  pruneComponents(document);
  pruneTags(document);
  checkRefs(document, reporter);
  return { document, diagnostics: reporter.diagnostics, missing };
}

function applyFix(document: Json, fix: Fix, at: string, reporter: Reporter): void {
  const segments = splitPointer(fix.path);
  const key = segments.pop()!;
  const parent = resolvePointer(document, pointerOf(...segments));
  if (!isObject(parent)) {
    reporter.warn(
      "fix-not-applicable",
      at,
      `\`${fix.path}\` has no parent in this description; fix skipped`,
      "remove the fix if this version does not need it",
    );
    return;
  }
  const exists = Object.prototype.hasOwnProperty.call(parent, key);
  if (fix.ifMissing && exists) return;
  if ((fix.op === "replace" || fix.op === "remove") && !exists) {
    reporter.warn(
      "fix-not-applicable",
      at,
      `\`${fix.path}\` does not exist in this description; fix skipped`,
      "remove the fix if this version does not need it",
    );
    return;
  }
  if (fix.op === "remove") delete parent[key];
  else parent[key] = structuredClone(fix.value);
}

const COMPONENT_KINDS = [
  "schemas",
  "responses",
  "parameters",
  "requestBodies",
  "headers",
  "examples",
  "links",
  "callbacks",
];

/** Keeps only the components the kept paths reach, following references transitively. */
function pruneComponents(document: Json): void {
  const components = document["components"];
  if (!isObject(components)) return;
  const reached = new Set<string>();
  const queue: unknown[] = [document["paths"]];
  while (queue.length > 0) {
    const node = queue.pop();
    if (Array.isArray(node)) queue.push(...node);
    else if (isObject(node)) {
      const ref = node["$ref"];
      if (typeof ref === "string" && ref.startsWith("#/components/") && !reached.has(ref)) {
        reached.add(ref);
        queue.push(resolvePointer(document, ref));
      }
      queue.push(...Object.values(node));
    }
  }
  for (const kind of COMPONENT_KINDS) {
    const group = components[kind];
    if (!isObject(group)) continue;
    for (const name of Object.keys(group))
      if (!reached.has(`#${pointerOf("components", kind, name)}`)) delete group[name];
    if (Object.keys(group).length === 0) delete components[kind];
  }
}

function pruneTags(document: Json): void {
  if (!Array.isArray(document["tags"])) return;
  const used = new Set<unknown>();
  for (const item of Object.values(document["paths"] as Json)) {
    for (const op of Object.values(item as Json))
      if (isObject(op) && Array.isArray(op["tags"])) op["tags"].forEach((t) => used.add(t));
  }
  document["tags"] = document["tags"].filter((t) => isObject(t) && used.has(t["name"]));
}

/** Every `$ref` left must resolve: the curated document is the contract the SDK is generated from. */
function checkRefs(document: Json, reporter: Reporter): void {
  const visit = (node: unknown, at: string): void => {
    if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${at}/${i}`));
    if (!isObject(node)) return;
    if (typeof node["$ref"] === "string" && resolvePointer(document, node["$ref"]) === undefined) {
      reporter.error(
        "missing-ref",
        `${at}/$ref`,
        `\`${node["$ref"]}\` does not resolve in the curated document`,
        "add a fix that defines it or corrects the reference",
      );
    }
    for (const [k, v] of Object.entries(node)) visit(v, `${at}${pointerOf(k)}`);
  };
  visit(document, "");
}

import { type Diagnostic, pointerOf, Reporter, splitPointer } from "../diagnostics.js";
import { isObject, resolvePointer } from "../load/json.js";
import { HTTP_METHODS } from "../load/openapi.js";
import { PROFILE_KEY } from "../model/profile.js";
import { type Curation, type DeclaredParameters, type Fix, routeShape } from "./curation.js";

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
 * Operations are found by method and route shape and keyed by the curation's route, so the SDK's argument names are
 * the curation's in every version. Pure: the same inputs give the same document, key order included.
 */
export function curate(official: Json, curation: Curation, sourceFile: string): CurateResult {
  const reporter = new Reporter(curation.file);
  const document = structuredClone(official);
  const routes = findRoutes(document, curation, reporter);
  curation.fixes.forEach((fix, i) => applyFix(document, fix, routes, `/fixes/${i}`, reporter));

  const paths: Json = {};
  const selected = new Map([...routes].map(([sdkName, route]) => [route.operation, sdkName]));
  for (const [path, item] of Object.entries(isObject(document["paths"]) ? document["paths"] : {})) {
    if (!isObject(item)) continue;
    for (const [key, value] of Object.entries(item)) {
      const sdkName = isObject(value) ? selected.get(value) : undefined;
      if (!sdkName || !isObject(value)) continue;
      const curated = curation.operations.find((o) => o.sdkName === sdkName)!;
      const renames = renamesOf(path, curated.path);
      const target = (paths[curated.path] ??= renamed(pathItemFields(item), renames)) as Json;
      const operation = renamed(value, renames);
      addMissingParameters(operation, target, curation.parameters[sdkName], document);
      const cut = sdkName.lastIndexOf(".");
      const [resource, method] = [sdkName.slice(0, cut), sdkName.slice(cut + 1)]; // `helpCenters.collections` + `find`
      const pagination = curation.pagination[sdkName];
      target[key] = {
        ...operation,
        "x-sdk-resource": resource,
        "x-sdk-method": method,
        ...(pagination ? { "x-pagination": pagination } : {}),
      };
    }
  }
  document["paths"] = paths;
  const missing = curation.operations
    .filter((o) => !routes.has(o.sdkName))
    .map((o) => `${o.sdkName} (${o.method.toUpperCase()} ${o.path})`);
  for (const name of missing) {
    reporter.error(
      "operation-not-found",
      `/operations/${name.split(" ")[0]}`,
      `${name} is not in ${sourceFile} (matched by method and route shape; parameter names may differ)`,
      "correct the route, or remove the operation from the curation for this version",
    );
  }

  if (curation.profile) document[PROFILE_KEY] = curation.profile;
  pruneComponents(document);
  pruneTags(document);
  checkRefs(document, curation, reporter);
  return { document, diagnostics: reporter.diagnostics, missing };
}

interface Route {
  path: string;
  item: Json;
  operation: Json;
}

/** The official operation of every curated one, matched by method and route shape. */
function findRoutes(document: Json, curation: Curation, reporter: Reporter): Map<string, Route> {
  const byShape = new Map(curation.operations.map((o) => [routeShape(o.method, o.path), o]));
  const routes = new Map<string, Route>();
  for (const [path, item] of Object.entries(isObject(document["paths"]) ? document["paths"] : {})) {
    if (!isObject(item)) continue;
    for (const [key, operation] of Object.entries(item)) {
      const selection = byShape.get(routeShape(key, path));
      if (!selection || !isObject(operation) || !(HTTP_METHODS as readonly string[]).includes(key)) continue;
      const other = routes.get(selection.sdkName);
      if (other) {
        reporter.error(
          "ambiguous-route",
          `/operations/${selection.sdkName}`,
          `both \`${key.toUpperCase()} ${other.path}\` and \`${key.toUpperCase()} ${path}\` match this route`,
          "the description defines the route twice; add a fix that removes one of them",
        );
        continue;
      }
      routes.set(selection.sdkName, { path, item, operation });
    }
  }
  return routes;
}

/** Path parameter renames from the description's spelling of a route to the curation's (`id` → `company_id`). */
function renamesOf(officialPath: string, curatedPath: string): Map<string, string> {
  const names = (path: string) => [...path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!);
  const curated = names(curatedPath);
  return new Map(names(officialPath).flatMap((name, i) => (name === curated[i] ? [] : [[name, curated[i]!]])));
}

/** A copy of an operation or path item whose path parameters carry the curation's names. */
function renamed(node: Json, renames: Map<string, string>): Json {
  if (renames.size === 0 || !Array.isArray(node["parameters"])) return node;
  const parameters = node["parameters"].map((param) => {
    if (!isObject(param) || param["in"] !== "path" || typeof param["name"] !== "string") return param;
    const name = renames.get(param["name"]);
    return name ? { ...param, name } : param;
  });
  return { ...node, parameters };
}

function pathItemFields(item: Json): Json {
  return Object.fromEntries(Object.entries(item).filter(([key]) => !(HTTP_METHODS as readonly string[]).includes(key)));
}

/** Adds each declared parameter the operation (or its path item) does not declare under the same name and `in`. */
function addMissingParameters(operation: Json, item: Json, declared: DeclaredParameters | undefined, document: Json) {
  if (!declared) return;
  const present = [item["parameters"], operation["parameters"]]
    .flatMap((list) => (Array.isArray(list) ? list : []))
    .map((param) =>
      isObject(param) && typeof param["$ref"] === "string" ? resolvePointer(document, param["$ref"]) : param,
    )
    .filter(isObject)
    .map((param) => `${param["in"]}:${param["name"]}`);
  const missing = declared.add.filter((param) => !present.includes(`${param.in}:${param.name}`));
  if (missing.length > 0)
    operation["parameters"] = [
      ...(Array.isArray(operation["parameters"]) ? operation["parameters"] : []),
      ...structuredClone(missing),
    ];
}

function applyFix(document: Json, fix: Fix, routes: Map<string, Route>, at: string, reporter: Reporter): void {
  let root: unknown = document;
  if (fix.operation !== undefined) {
    root = routes.get(fix.operation)?.operation;
    if (root === undefined) return; // reported as operation-not-found
  }
  const segments = splitPointer(fix.path);
  const key = segments.pop()!;
  let parent = walk(document, root, segments);
  // `add` puts the key where the pointer says, beside a `$ref` too (`nullable`); `replace` and `remove` act on what
  // exists, so they look through a `$ref` for it.
  if (fix.op !== "add" && isObject(parent) && !Object.hasOwn(parent, key)) parent = follow(document, parent);
  // In a list of names (`required`), the last segment may name the item instead of its index.
  if (Array.isArray(parent) && !/^(\d+|-)$/.test(key)) return applyToItem(parent, key, fix, at, reporter);
  const skip = (what: string) =>
    // A conditional fix is for the versions that have its target; the others skip it quietly.
    fix.ifMissing || fix.ifPresent
      ? undefined
      : reporter.warn(
          "fix-not-applicable",
          at,
          `\`${fix.path}\` ${what} in this description; fix skipped`,
          "remove the fix if this version does not need it",
        );
  if (Array.isArray(parent)) return applyAtIndex(parent, key, fix, skip);
  if (!isObject(parent)) return skip("has no parent");
  const exists = Object.prototype.hasOwnProperty.call(parent, key);
  if ((fix.ifMissing && exists) || (fix.ifPresent && !exists)) return;
  if ((fix.op === "replace" || fix.op === "remove") && !exists) return skip("does not exist");
  if (fix.op === "remove") delete parent[key];
  else parent[key] = structuredClone(fix.value);
}

/** A list item by index, as JSON Patch has it: `add` inserts before it (`-` appends); `replace` and `remove` need it. */
function applyAtIndex(list: unknown[], key: string, fix: Fix, skip: (what: string) => void): void {
  const index = key === "-" ? list.length : Number(key);
  const exists = index < list.length;
  if ((fix.ifMissing && exists) || (fix.ifPresent && !exists)) return;
  if (fix.op === "add") {
    if (index > list.length) return skip("is past the end of its list");
    list.splice(index, 0, structuredClone(fix.value));
  } else if (!exists) skip("does not exist");
  else if (fix.op === "remove") list.splice(index, 1);
  else list[index] = structuredClone(fix.value);
}

/** `remove` of a named item of a list (`…/required/website`), or `add` of it where it is missing. */
function applyToItem(list: unknown[], item: string, fix: Fix, at: string, reporter: Reporter): void {
  const index = list.indexOf(item);
  if (fix.op === "remove" && index >= 0) list.splice(index, 1);
  else if (fix.op === "add" && index < 0) list.push(item);
  else if (fix.op === "replace")
    reporter.error("bad-fix", at, "`replace` cannot name a list item", "use `remove` and `add`, or point at the index");
  else if (!fix.ifPresent && !fix.ifMissing)
    reporter.warn(
      "fix-not-applicable",
      at,
      `\`${fix.path}\`: ${fix.op === "remove" ? "no such item" : "the item is already there"}; fix skipped`,
      "remove the fix if this version does not need it",
    );
}

/**
 * Follows `segments` from `node`, going through the local `$ref`s it passes (a fix names what it means, not how the
 * version spells it). The last node is not followed.
 */
function walk(document: Json, node: unknown, segments: string[]): unknown {
  for (const segment of segments) {
    node = follow(document, node);
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
    node = (node as Json)[segment];
  }
  return node;
}

function follow(document: Json, node: unknown): unknown {
  for (let hops = 0; isObject(node) && typeof node["$ref"] === "string" && hops < 20; hops++)
    node = resolvePointer(document, node["$ref"]);
  return node;
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
function checkRefs(document: Json, curation: Curation, reporter: Reporter): void {
  // A `$ref` a fix wrote names a component of the version it was written for; another version may call it otherwise.
  const fromFixes = new Map<string, number>();
  curation.fixes.forEach((fix, i) => refsIn(fix.value).forEach((ref) => fromFixes.set(ref, fromFixes.get(ref) ?? i)));
  const reported = new Set<string>();
  const visit = (node: unknown, at: string): void => {
    if (Array.isArray(node)) return node.forEach((n, i) => visit(n, `${at}/${i}`));
    if (!isObject(node)) return;
    const ref = node["$ref"];
    if (typeof ref === "string" && resolvePointer(document, ref) === undefined) {
      const fix = fromFixes.get(ref);
      if (fix === undefined)
        reporter.error(
          "missing-ref",
          "/fixes",
          `\`${ref}\` does not resolve in the curated description (at ${at}/$ref)`,
          "add a fix that defines it or corrects the reference",
        );
      else if (!reported.has(ref))
        reporter.error(
          "missing-ref",
          `/fixes/${fix}`,
          `this fix refers to \`${ref}\`, which this description does not define (renamed in this version?)`,
          "point the reference at the component this version defines, or add a fix that defines it",
        );
      reported.add(ref);
    }
    for (const [k, v] of Object.entries(node)) visit(v, `${at}${pointerOf(k)}`);
  };
  visit(document, "");
}

function refsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(refsIn);
  if (!isObject(value)) return [];
  return [...(typeof value["$ref"] === "string" ? [value["$ref"]] : []), ...Object.values(value).flatMap(refsIn)];
}

import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, sep } from "node:path";
import { camelCase, methodNameFromOperationId, methodNameFromRoute } from "../../generator/model/naming-rules.js";

/** One public method of intercom-client: where it sits, and the request it sends. */
export interface ClientOperation {
  /** `helpCenters.collections.find`; `unstable.` first for Intercom's Preview namespace. */
  name: string;
  method: string;
  /** The route with intercom-client's request field names as parameter names: `/help_center/collections/{collection_id}`. */
  path: string;
}

/** The compiled resource clients of the installed intercom-client (a dev dependency; the SDK never imports it). */
export function clientResourcesDir(): string {
  const pkg = createRequire(import.meta.url).resolve("intercom-client/package.json");
  return join(dirname(pkg), "dist", "cjs", "api", "resources");
}

/**
 * Every public method of every resource client under `resourcesDir`, read from its compiled `Client.js`: the
 * method name, its HTTP `method:` and the route of its `core.url.join(…)`. The resource path is the folder nesting
 * (`helpCenters/resources/collections` → `helpCenters.collections`).
 */
export function clientOperations(resourcesDir = clientResourcesDir()): ClientOperation[] {
  const operations: ClientOperation[] = [];
  for (const file of clientFiles(resourcesDir)) {
    const resource = relative(resourcesDir, dirname(dirname(file)))
      .split(sep)
      .filter((part) => part !== "resources")
      .join(".");
    for (const [method, body] of methodBodies(readFileSync(file, "utf8"))) {
      const request = requestOf(body);
      if (request) operations.push({ name: `${resource}.${method}`, ...request });
    }
  }
  return operations.sort((a, b) => a.name.localeCompare(b.name));
}

function clientFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return clientFiles(path);
    return entry.name === "Client.js" && dirname(path).endsWith(`${sep}client`) ? [path] : [];
  });
}

const METHOD_HEADER = /^ {4}([A-Za-z_$][\w$]*)\((.*)\) \{$/;

/**
 * Public method name → the text that builds its request: its own body, and that of its `__<name>` twin (Fern
 * puts the request of non-paginated methods there).
 */
function methodBodies(source: string): Map<string, string> {
  const blocks = new Map<string, string>();
  let current: string | undefined;
  for (const line of source.split("\n")) {
    const header = METHOD_HEADER.exec(line);
    if (header) current = header[1]!;
    if (current) blocks.set(current, `${blocks.get(current) ?? ""}${line}\n`);
  }
  const bodies = new Map<string, string>();
  for (const [name, body] of blocks) {
    if (name.startsWith("_") || name === "constructor") continue;
    bodies.set(name, body + (blocks.get(`__${name}`) ?? ""));
  }
  return bodies;
}

const URL_JOIN = /core\.url\.join\(.*, ("([^"]*)"|`([^`]*)`)\),\s*\n\s*method: "([A-Z]+)"/;

function requestOf(body: string): Omit<ClientOperation, "name"> | undefined {
  const match = URL_JOIN.exec(body);
  if (!match) return undefined;
  // `const { contact_id: contactId, page } = request` — the local variable each request field is read into.
  const fields = new Map<string, string>();
  for (const destructuring of body.matchAll(/const \{([^}]*)\} = request/g))
    for (const part of destructuring[1]!.split(",")) {
      const [field, local = field] = part.split(":").map((s) => s.trim());
      if (field) fields.set(local!, field);
    }
  const template = match[2] ?? match[3]!;
  const path = template.replace(/\$\{core\.url\.encodePathParam\(([^)]*)\)\}/g, (_, local: string) => {
    const field = fields.get(local.trim());
    if (!field) throw new Error(`cannot tell the request field of path parameter ${local} in ${template}`);
    return `{${field}}`;
  });
  return { method: match[4]!, path: `/${path}` };
}

/** How an operation of a description is named in the SDK, and where the name comes from. */
export interface SdkName {
  name: string;
  method: string;
  /** intercom-client's route (its request field names) when it has the operation, else the description's. */
  path: string;
  source: "intercom-client" | "intercom-client unstable" | "derived";
  operationId?: string;
}

type Json = Record<string, any>;
const HTTP = ["get", "put", "post", "delete", "patch"];
const shapeOf = (method: string, path: string) => `${method.toLowerCase()} ${path.replace(/\{[^}]*\}/g, "{}")}`;
const segments = (path: string) =>
  path
    .replace(/\{[^}]*\}/g, "{}")
    .split("/")
    .filter(Boolean);

/**
 * The SDK name of every operation of an official description, by the README's rules:
 * 1. intercom-client's name for the same method and route shape;
 * 2. else its Preview (`unstable`) name without the `unstable.` prefix;
 * 3. else derived: the resource of the named operation with the same tag whose route shares the longest prefix
 *    (the tag in camelCase when none has a name), and the operationId in camelCase as the method.
 */
export function sdkNamesOf(document: Json, client: ClientOperation[] = clientOperations()): SdkName[] {
  const named = new Map<string, Omit<SdkName, "operationId">>();
  for (const op of client) {
    const unstable = op.name.startsWith("unstable.");
    const shape = shapeOf(op.method, op.path);
    if (unstable && named.has(shape)) continue;
    const name = unstable ? op.name.slice("unstable.".length) : op.name;
    named.set(shape, {
      name,
      method: op.method,
      path: op.path,
      source: unstable ? "intercom-client unstable" : "intercom-client",
    });
  }
  const operations = Object.entries<Json>(document["paths"] ?? {}).flatMap(([path, item]) =>
    Object.entries<Json>(item)
      .filter(([method]) => HTTP.includes(method))
      .map(([method, op]) => ({ path, method, op, known: named.get(shapeOf(method, path)) })),
  );
  return operations.map(({ path, method, op, known }): SdkName => {
    const operationId = typeof op["operationId"] === "string" ? (op["operationId"] as string) : undefined;
    if (known) return { ...known, ...(operationId ? { operationId } : {}) };
    const tag = op["tags"]?.[0] ?? segments(path)[0] ?? "api";
    const relatives = operations.filter((o) => o.known && o.op["tags"]?.[0] === tag);
    const prefix = (other: string) => {
      const [a, b] = [segments(path), segments(other)];
      let n = 0;
      while (n < a.length && a[n] === b[n]) n++;
      return n;
    };
    const best = relatives.sort((x, y) => prefix(y.path) - prefix(x.path))[0];
    const resource = best ? best.known!.name.slice(0, best.known!.name.lastIndexOf(".")) : camelCase(tag);
    const methodName = operationId ? methodNameFromOperationId(operationId) : methodNameFromRoute(method, path);
    return {
      name: `${resource}.${methodName}`,
      method: method.toUpperCase(),
      path,
      source: "derived",
      ...(operationId ? { operationId } : {}),
    };
  });
}

import { type Diagnostic, pointerOf, Reporter } from "../diagnostics.js";
import { isPresent } from "../load/json.js";
import type { LoadedSpec } from "../load/load-document.js";
import { HTTP_METHODS, type OperationObject, type RequestBodyObject, type SchemaObject } from "../load/openapi.js";
import {
  camelCase,
  CLIENT_MODULE_NAMES,
  clientCoreMembers,
  errorClassNames,
  methodNameFromOperationId,
  methodNameFromRoute,
  NameRegistry,
  pascalCase,
  RESOURCE_MEMBERS,
  withoutResourceName,
} from "./names.js";
import { argumentOf } from "./arguments.js";
import {
  buildParameters,
  buildRequestBody,
  buildResponse,
  clientHeaders,
  deref,
  httpMethodOf,
  report,
} from "./operations.js";
import { paginationOf } from "./pagination.js";
import { profileOf } from "./profile.js";
import { innerTypes } from "./walk.js";
import { docsOf, type SchemaContext, toType } from "./schema.js";
import type { ApiModel, NamedType, Operation, Resource, TypeNode } from "./types.js";

export interface ModelResult {
  model: ApiModel;
  diagnostics: Diagnostic[];
}

/** Document → ApiModel. Pure: reads the loaded spec, returns the model and every problem found. */
export function buildModel(spec: LoadedSpec, options: { lenient?: boolean } = {}): ModelResult {
  const { document } = spec;
  const reporter = new Reporter(spec.file);
  const base = { document, reporter, brokenRefs: spec.brokenRefs, lenient: options.lenient ?? false };
  const profile = profileOf({ ...base, typeNames: new Map(), clientHeaders: new Set() });
  const emitted = [profile.clientName, ...Object.values(CLIENT_MODULE_NAMES), ...errorClassNames(profile.errorPrefix)];
  const names = new NameRegistry(new Set(emitted), reporter);
  const schemas = document.components?.schemas ?? {};
  const typeNames = new Map(
    Object.keys(schemas).map((key) => [key, names.claim(pascalCase(key), pointerOf("components", "schemas", key))]),
  );
  const ctx: SchemaContext = { ...base, typeNames, clientHeaders: clientHeaders(profile) };

  const types: NamedType[] = Object.entries(schemas).map(([key, schema]) => ({
    name: typeNames.get(key)!,
    schemaKey: key,
    type: toType(schema, ctx, pointerOf("components", "schemas", key)),
    docs: { ...(isPresent(schema) && schema.title ? { title: schema.title } : {}), ...docsOf(schema, ctx) },
  }));
  assignInputNames(types, names);

  const byName = new Map(types.map((t) => [t.name, t]));
  const operations = buildOperations(ctx, names).map((op): Operation => ({ ...op, argument: argumentOf(op, byName) }));
  const model: ApiModel = {
    title: document.info?.title ?? "API",
    version: document.info.version,
    ...(document.info?.description ? { description: document.info.description } : {}),
    profile,
    types,
    resources: groupByResource(operations, names),
  };
  return { model, diagnostics: [...spec.diagnostics, ...reporter.diagnostics] };
}

function buildOperations(ctx: SchemaContext, names: NameRegistry): Omit<Operation, "argument">[] {
  const operations: Omit<Operation, "argument">[] = [];
  const byOperationId = new Map<string, string>();
  const bySdkName = new Map<string, { pointer: string; declared: boolean }>();
  for (const [path, item] of Object.entries(ctx.document.paths ?? {})) {
    if (!isPresent(item)) continue;
    for (const key of HTTP_METHODS) {
      const op = item[key] as OperationObject | undefined;
      if (!isPresent(op)) continue;
      const pointer = pointerOf("paths", path, key);
      if (key === "trace") {
        // fetch refuses TRACE, so no client can send it.
        ctx.reporter.error(
          "unsupported-method",
          pointer,
          "a TRACE operation cannot be sent with fetch",
          "remove the operation from the description",
        );
        continue;
      }
      if (op.operationId) {
        const first = byOperationId.get(op.operationId);
        if (first)
          report(
            ctx,
            "duplicate-operation-id",
            `${pointer}/operationId`,
            `operationId \`${op.operationId}\` is also used by ${first}`,
            "give each operation a unique operationId",
          );
        byOperationId.set(op.operationId, pointer);
      }
      const declared = typeof op["x-sdk-method"] === "string";
      // `helpCenters.collections`: a resource nested in another keeps each level's name; the top level is a property
      // of the client, so it may not hide one of the client's own members.
      const [top, ...nested] = String(op["x-sdk-resource"] ?? op.tags?.[0] ?? firstSegment(path))
        .split(".")
        .map(camelCase);
      const resource = [resourceName(top!, pointer, ctx), ...nested].join(".");
      const full = op.operationId ? methodNameFromOperationId(op.operationId) : methodNameFromRoute(key, path);
      const takenBy = (name: string) =>
        bySdkName.get(`${resource}.${name}`) ??
        (RESOURCE_MEMBERS.has(name) ? { pointer: "the resource class itself", declared: false } : undefined);
      // The short name when free, else the operationId's own name before a number (`list`, `listKernels`, `list2`).
      const short = withoutResourceName(full, resource);
      let method = op["x-sdk-method"] ?? (takenBy(short) && !takenBy(full) ? full : short);
      const taken = takenBy(method);
      if (taken) {
        if (declared || taken.declared) {
          ctx.reporter.error(
            "duplicate-sdk-name",
            pointer,
            `the SDK name \`${resource}.${method}\` is also given to ${taken.pointer}`,
            "give one of them another x-sdk-method in the curation",
          );
        } else {
          const unique = uniqueMethod(method, resource, bySdkName);
          ctx.reporter.warn(
            "sdk-name-collision",
            pointer,
            `\`${resource}.${method}\` is taken by ${taken.pointer}; named \`${resource}.${unique}\``,
            "set x-sdk-method to choose the name",
          );
          method = unique;
        }
      }
      bySdkName.set(`${resource}.${method}`, { pointer, declared });
      operations.push(buildOperation(path, key, op, item.parameters, resource, method, pointer, ctx, names));
    }
  }
  return operations;
}

/** A resource is a property of the client, so it cannot take a member of `ClientCore` (`request` → `requestResource`). */
function resourceName(name: string, pointer: string, ctx: SchemaContext): string {
  if (!clientCoreMembers().has(name)) return name;
  ctx.reporter.warn(
    "name-collision",
    pointer,
    `the resource \`${name}\` would hide the client's own \`${name}\`; named \`${name}Resource\``,
    "name the operation in the curation (x-sdk-resource)",
  );
  return `${name}Resource`;
}

function uniqueMethod(method: string, resource: string, taken: Map<string, unknown>): string {
  let n = 2;
  while (taken.has(`${resource}.${method}${n}`)) n++;
  return `${method}${n}`;
}

function buildOperation(
  path: string,
  key: (typeof HTTP_METHODS)[number],
  op: OperationObject,
  pathParams: OperationObject["parameters"],
  resource: string,
  method: string,
  pointer: string,
  ctx: SchemaContext,
  names: NameRegistry,
): Omit<Operation, "argument"> {
  const params = buildParameters(path, pathParams, op, ctx, pointer);
  const body = buildRequestBody(op.requestBody, new Set(params.map((p) => p.name)), ctx, `${pointer}/requestBody`);
  const response = buildResponse(op.responses, ctx, pointer);
  const bodySchema = bodySchemaOf(op.requestBody, ctx);
  // A curated operation (one with an SDK name) paginates only when the curation says so.
  const curated = typeof op["x-sdk-method"] === "string";
  const pagination =
    response.kind === "json" && (op["x-pagination"] !== undefined || !curated)
      ? paginationOf(
          op["x-pagination"],
          successSchema(op, ctx),
          { params, bodySchema: body?.merged ? bodySchema : undefined },
          ctx,
          pointer,
        )
      : undefined;
  return {
    operationId: op.operationId ?? methodNameFromRoute(key, path),
    resource,
    method,
    functionName: names.claim(camelCase(resource) + pascalCase(method), pointer),
    paramsTypeName: names.claim(`${pascalCase(resource)}${pascalCase(method)}Params`, pointer),
    httpMethod: httpMethodOf(key),
    path,
    pointer,
    ...(op.summary ? { summary: op.summary } : {}),
    docs: {
      ...(op.description ? { description: op.description } : {}),
      ...(op.deprecated ? { deprecated: true } : {}),
    },
    params,
    ...(body ? { body } : {}),
    response,
    ...(pagination ? { pagination } : {}),
  };
}

function bodySchemaOf(raw: RequestBodyObject | undefined, ctx: SchemaContext): SchemaObject | undefined {
  const body = deref(raw, ctx);
  return Object.values(body?.content ?? {})[0]?.schema;
}

function successSchema(op: OperationObject, ctx: SchemaContext): SchemaObject | undefined {
  const code = Object.keys(op.responses ?? {}).find((c) => /^2\d\d$/.test(c));
  const response = code ? deref(op.responses![code], ctx) : undefined;
  return Object.entries(response?.content ?? {}).find(([t]) => t.includes("json"))?.[1].schema;
}

/**
 * Every resource, a parent before the resources nested in it (`helpCenters` before `helpCenters.collections`); a
 * parent without operations of its own (`news`) exists to hold its nested ones.
 */
function groupByResource(operations: Operation[], names: NameRegistry): Resource[] {
  const resources = new Map<string, Resource>();
  const resourceAt = (path: string, pointer: string): Resource => {
    let resource = resources.get(path);
    if (resource) return resource;
    const cut = path.lastIndexOf(".");
    const parent = cut > 0 ? resourceAt(path.slice(0, cut), pointer) : undefined;
    // A resource whose name a model has (`Tags`, the `tags` schema) is `TagsResource`: a fixed rule, not a collision.
    const className = names.claimFirst([pascalCase(path), `${pascalCase(path)}Resource`], pointer);
    resource = { name: path.slice(cut + 1), path, className, operations: [], resources: [] };
    resources.set(path, resource);
    parent?.resources.push(resource);
    return resource;
  };
  for (const op of operations) resourceAt(op.resource, op.pointer).operations.push(op);
  return [...resources.values()];
}

/** The resource of an untagged operation: its first path segment that is not a version (`/v1/customers` → `customers`). */
function firstSegment(path: string): string {
  const segments = path.split("/").filter((s) => s && !/^\{.*\}$/.test(s) && !/^(v\d+(\.\d+)*|api|rest)$/i.test(s));
  return segments[0] ?? "api";
}

/**
 * A type whose properties (or the types it uses) are readOnly gets a request-side variant without them,
 * named `<Name>Input`.
 */
function assignInputNames(types: NamedType[], names: NameRegistry): void {
  const byName = new Map(types.map((t) => [t.name, t]));
  const needs = new Set<string>();
  let changed = true;
  while (changed) {
    changed = false;
    for (const t of types) {
      if (!needs.has(t.name) && mentionsReadOnly(t.type, (ref) => needs.has(ref))) {
        needs.add(t.name);
        changed = true;
      }
    }
  }
  for (const name of needs) byName.get(name)!.inputName = names.claim(`${name}Input`);
}

function mentionsReadOnly(node: TypeNode, refNeeds: (name: string) => boolean): boolean {
  if (node.kind === "ref") return refNeeds(node.name);
  if (node.kind === "object" && node.properties.some((p) => p.readOnly)) return true;
  return innerTypes(node).some((inner) => mentionsReadOnly(inner, refNeeds));
}

import { pointerOf } from "../diagnostics.js";
import { isPresent } from "../load/json.js";
import { HTTP_METHODS, type OperationObject } from "../load/openapi.js";
import type { NameRegistry } from "./name-registry.js";
import { camelCase, methodNameFromRoute, pascalCase } from "./naming-rules.js";
import { paginationOf } from "./pagination.js";
import { buildParameters } from "./parameters.js";
import { buildRequestBody, requestBodySchema } from "./request-body.js";
import { buildResponse, successSchema } from "./responses.js";
import { operationSecurity } from "./security.js";
import type { SchemaContext } from "./schema.js";
import { type OperationAt, OperationNames } from "./operation-names.js";
import { throwsOf } from "./throws.js";
import type { HttpMethod, Operation } from "./types.js";

/** What building operations needs beyond converting schemas. */
export interface OperationContext extends SchemaContext {
  /** Claims the emitted names (`companiesFind`, `CompaniesFindParams`). */
  names: NameRegistry;
  /** Lower-cased names of the headers the client sends itself, never passed per call. */
  clientHeaders: ReadonlySet<string>;
  /** The profile's prefix of the error classes, which `@throws` names. */
  errorPrefix: string;
  /** Every declared security scheme's name, and whether the runtime can send it. */
  securitySchemes: ReadonlyMap<string, boolean>;
}

/** Every operation of the document, in order, named and resolved (the call's argument is added by the caller). */
export function buildOperations(ctx: OperationContext): Omit<Operation, "argument" | "sample">[] {
  const operations: Omit<Operation, "argument" | "sample">[] = [];
  const sdkNames = new OperationNames(ctx.reporter);
  for (const [path, item] of Object.entries(ctx.document.paths ?? {})) {
    if (!isPresent(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method] as OperationObject | undefined;
      if (!isPresent(operation)) continue;
      const pathMethods = HTTP_METHODS.filter((m) => isPresent(item[m]));
      const at: OperationAt = { path, method, operation, pointer: pointerOf("paths", path, method), pathMethods };
      if (method === "trace") {
        // fetch refuses TRACE, so no client can send it.
        ctx.reporter.error(
          "unsupported-method",
          at.pointer,
          "a TRACE operation cannot be sent with fetch",
          "remove the operation from the description",
        );
        continue;
      }
      operations.push(buildOperation({ ...at, pathLevel: item.parameters, sdkName: sdkNames.nameOf(at) }, ctx));
    }
  }
  return operations;
}

interface OperationSource extends OperationAt {
  /** The path item's own parameters. */
  pathLevel: OperationObject["parameters"];
  sdkName: { resource: string; method: string };
}

function buildOperation(source: OperationSource, ctx: OperationContext): Omit<Operation, "argument" | "sample"> {
  const { path, operation: op, pointer, sdkName } = source;
  const { resource, method } = sdkName;
  const params = buildParameters({ ...source, clientHeaders: ctx.clientHeaders }, ctx);
  const paramNames = new Set(params.map((p) => p.name));
  const body = buildRequestBody({ body: op.requestBody, paramNames, pointer: `${pointer}/requestBody` }, ctx);
  const response = buildResponse(op, ctx, pointer);
  const throws = throwsOf(op, ctx.errorPrefix, ctx);
  const security = operationSecurity(op.security, ctx.securitySchemes, pointer, ctx.reporter);
  // A curated operation (one with an SDK name) paginates only when the curation says so.
  const curated = typeof op["x-sdk-method"] === "string";
  const pagination =
    response.kind === "json" && (op["x-pagination"] !== undefined || !curated)
      ? paginationOf(
          {
            declared: op["x-pagination"],
            responseSchema: successSchema(op, ctx),
            params,
            bodySchema: body?.merged ? requestBodySchema(op.requestBody, ctx) : undefined,
            pointer,
          },
          ctx,
        )
      : undefined;
  return {
    operationId: op.operationId ?? methodNameFromRoute(source.method, path),
    resource,
    method,
    functionName: ctx.names.claim(camelCase(resource) + pascalCase(method), pointer),
    paramsTypeName: ctx.names.claim(`${pascalCase(resource)}${pascalCase(method)}Params`, pointer),
    httpMethod: source.method.toUpperCase() as HttpMethod,
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
    ...(throws.length ? { throws } : {}),
    ...(security ? { security } : {}),
  };
}

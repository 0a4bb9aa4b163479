import { pointerOf } from "../diagnostics.js";
import { isObject, isPresent, resolvePointer } from "../load/json.js";
import type {
  MediaTypeObject,
  OperationObject,
  ParameterObject,
  RequestBodyObject,
  ResponseObject,
  SchemaObject,
} from "../load/openapi.js";
import { docsOf, type SchemaContext, toType, union } from "./schema.js";
import type { HttpMethod, Parameter, Profile, RequestBody, ResponseModel, TypeNode } from "./types.js";

/** Headers the client sends itself (the profile's version header among them), never passed per call. */
export function clientHeaders(profile: Profile): ReadonlySet<string> {
  const own = ["authorization", "accept", "content-type", "user-agent"];
  return new Set(profile.versionHeader ? [profile.versionHeader.name.toLowerCase(), ...own] : own);
}

/** An operation's parameters, path + path-item level, resolved and checked against the path template. */
export function buildParameters(
  path: string,
  pathLevel: ParameterObject[] | undefined,
  operation: OperationObject,
  ctx: SchemaContext,
  pointer: string,
): Parameter[] {
  const declared = new Map<string, { param: ParameterObject; pointer: string }>();
  const collect = (list: ParameterObject[] | undefined, at: string) =>
    (list ?? []).forEach((raw, i) => {
      const param = deref<ParameterObject>(raw, ctx);
      if (!isPresent(param) || typeof param.name !== "string") return;
      declared.set(`${param.in}:${param.name}`, { param, pointer: `${at}/${i}` });
    });
  collect(pathLevel, pointer.replace(/\/[a-z]+$/, "/parameters"));
  collect(operation.parameters, `${pointer}/parameters`);

  const templateNames = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
  const params: Parameter[] = [];
  for (const { param, pointer: at } of declared.values()) {
    if (param.in === "cookie") {
      ctx.reporter.warn(
        "cookie-parameter",
        at,
        `cookie parameter \`${param.name}\` is not supported and is left out`,
        "send it through the `headers` request option",
      );
      continue;
    }
    if (param.in === "header" && ctx.clientHeaders.has(param.name.toLowerCase())) continue;
    let location = param.in;
    if (location === "path" && !templateNames.includes(param.name)) {
      ctx.reporter.error(
        "path-param-not-in-template",
        at,
        `path parameter \`${param.name}\` does not appear in the path \`${path}\``,
        `add \`{${param.name}}\` to the path or declare the parameter \`in: query\``,
      );
      continue;
    }
    if (location === "query" && templateNames.includes(param.name)) {
      // The template wins: the value can only be sent in the path.
      ctx.reporter.warn(
        "template-param-in-query",
        at,
        `\`${param.name}\` is in the path template but declared \`in: query\`; sent in the path`,
        "declare it `in: path`",
      );
      location = "path";
    }
    const schema = param.schema ?? firstMediaSchema(param.content);
    if (!schema) {
      report(
        ctx,
        "parameter-without-schema",
        at,
        `parameter \`${param.name}\` has no \`schema\``,
        "add `schema: { type: string }` (or the right type)",
      );
    }
    params.push({
      name: param.name,
      in: location,
      required: location === "path" || param.required === true,
      type: schema ? toType(schema, ctx, `${at}/schema`) : { kind: "unknown" },
      docs: {
        ...docsOf(schema, ctx),
        ...(param.description ? { description: param.description } : {}),
        ...(param.deprecated ? { deprecated: true } : {}),
      },
      ...queryStyle(param),
    });
  }
  for (const name of templateNames) {
    if (!params.some((p) => p.in === "path" && p.name === name)) {
      report(
        ctx,
        "undeclared-path-param",
        pointer,
        `the path \`${path}\` has \`{${name}}\` but no parameter declares it`,
        `declare \`- name: ${name}\\n  in: path\\n  required: true\``,
      );
      params.push({ name, in: "path", required: true, type: { kind: "primitive", name: "string" }, docs: {} });
    }
  }
  return params;
}

function queryStyle(param: ParameterObject): Pick<Parameter, "style" | "explode"> {
  if (param.in !== "query") return {};
  const style = (["form", "spaceDelimited", "pipeDelimited", "deepObject"] as const).find((s) => s === param.style);
  const out: Pick<Parameter, "style" | "explode"> = {};
  if (style && style !== "form") out.style = style;
  if (param.explode === false) out.explode = false;
  return out;
}

const JSON_TYPE = /^application\/(.+\+)?json\b|^\*\/\*$/;
/** Bodies written as text (`text/plain`, `application/xml`, `application/atom+xml`); other types are bytes. */
const TEXT_TYPE = /^text\/|^application\/([\w.-]+\+)?xml\b/;

/** The request body; `paramNames` decides whether its fields can be spread beside the parameters. */
export function buildRequestBody(
  raw: RequestBodyObject | undefined,
  paramNames: ReadonlySet<string>,
  ctx: SchemaContext,
  pointer: string,
): RequestBody | undefined {
  if (!raw) return undefined;
  const body = deref<RequestBodyObject>(raw, ctx);
  if (!isPresent(body)) return undefined;
  const content = Object.entries(body.content ?? {});
  const pick =
    content.find(([type]) => JSON_TYPE.test(type)) ??
    content.find(([type]) => type === "multipart/form-data") ??
    content.find(([type]) => type === "application/x-www-form-urlencoded");
  let mediaType: RequestBody["mediaType"] = "json";
  let type: TypeNode = { kind: "unknown" };
  let contentType: string | undefined;
  if (pick) {
    mediaType =
      pick[0] === "multipart/form-data"
        ? "multipart"
        : pick[0] === "application/x-www-form-urlencoded"
          ? "form-urlencoded"
          : "json";
    type = toType(pick[1].schema, ctx, `${pointer}/content${pointerOf(pick[0])}/schema`);
  } else if (content.length > 0) {
    // Not JSON nor a form: text (and XML) is sent as a string, anything else as bytes, each with its declared type.
    contentType = (content.find(([t]) => TEXT_TYPE.test(t)) ?? content[0]!)[0];
    mediaType = TEXT_TYPE.test(contentType) ? "text" : "binary";
    type = mediaType === "text" ? { kind: "primitive", name: "string" } : { kind: "binary", stream: true };
  }
  const fields = pick ? objectFieldNames(pick[1].schema, ctx) : undefined;
  const merged = fields !== undefined && ![...fields].some((f) => paramNames.has(f));
  return {
    mediaType,
    ...(contentType ? { contentType } : {}),
    type,
    required: body.required === true,
    merged,
    ...(merged ? {} : { bodyKey: paramNames.has("body") ? "requestBody" : "body" }),
    docs: body.description ? { description: body.description } : {},
  };
}

/** Field names of an object-like body (through refs, allOf, unions), or undefined when it is not object-like. */
function objectFieldNames(
  schema: SchemaObject | undefined,
  ctx: SchemaContext,
  seen = new Set<string>(),
): Set<string> | undefined {
  const s = deref<SchemaObject>(schema, ctx);
  if (!isPresent(s) || (schema?.$ref && seen.has(schema.$ref))) return undefined;
  if (schema?.$ref) seen.add(schema.$ref);
  // A branch that only says which fields are required (`anyOf: [{ required: [id] }, …]`) adds no field of its own.
  if (Object.keys(s).every((k) => k === "required" || k === "description" || k === "title")) return new Set();
  const branches = s.allOf ?? s.oneOf ?? s.anyOf;
  const names = new Set(Object.keys(s.properties ?? {}));
  if (branches) {
    for (const branch of branches) {
      const inner = objectFieldNames(branch, ctx, seen);
      if (!inner) return undefined;
      inner.forEach((n) => names.add(n));
    }
    return names;
  }
  const isObjectLike =
    s.type === "object" ||
    (s.type === undefined && (s.properties !== undefined || s.additionalProperties !== undefined));
  return isObjectLike ? names : undefined;
}

/** The success response: the 2xx responses (or `default` when there is none), as one type and one reading rule. */
export function buildResponse(
  responses: Record<string, ResponseObject> | undefined,
  ctx: SchemaContext,
  pointer: string,
): ResponseModel {
  const entries = Object.entries(responses ?? {});
  const success = entries.filter(([code]) => /^2(\d\d|XX)$/i.test(code));
  const chosen = success.length > 0 ? success : entries.filter(([code]) => code === "default");
  const types: TypeNode[] = [];
  let kind: ResponseModel["kind"] = "none";
  let description: string | undefined;
  let mediaTypeOf: string | undefined;
  for (const [code, raw] of chosen) {
    const response = deref<ResponseObject>(raw, ctx);
    if (!isPresent(response)) continue;
    description ??= response.description;
    const content = Object.entries(response.content ?? {});
    if (code === "204" || content.length === 0) {
      types.push({ kind: "primitive", name: "null" });
      continue;
    }
    const json = content.find(([type]) => JSON_TYPE.test(type));
    const [mediaType, media] = json ?? content[0]!;
    const at = `${pointer}/responses${pointerOf(code, "content", mediaType)}/schema`;
    if (json) {
      kind = "json";
      types.push(toType(media.schema, ctx, at));
    } else if (mediaType.startsWith("text/")) {
      if (kind === "none") kind = "text";
      mediaTypeOf ??= mediaType;
      types.push({ kind: "primitive", name: "string" });
    } else {
      if (kind === "none") kind = "binary";
      mediaTypeOf ??= mediaType;
      types.push({ kind: "binary" });
    }
  }
  const nonEmpty = types.filter((t) => !(t.kind === "primitive" && t.name === "null"));
  const docs = {
    ...(description ? { description } : {}),
    ...(kind !== "json" && mediaTypeOf ? { mediaType: mediaTypeOf } : {}),
  };
  if (nonEmpty.length === 0) return { kind: "none", type: { kind: "unknown" }, mayBeEmpty: true, ...docs };
  // An empty success response (204) beside a JSON one reads as `undefined`.
  return { kind, type: union(nonEmpty), mayBeEmpty: nonEmpty.length < types.length, ...docs };
}

export function httpMethodOf(key: string): HttpMethod {
  return key.toUpperCase() as HttpMethod;
}

function firstMediaSchema(content: Record<string, MediaTypeObject> | undefined): SchemaObject | undefined {
  return content ? Object.values(content)[0]?.schema : undefined;
}

/** Follows a `$ref` of a parameter, body or response (schemas are followed by the schema stage). */
export function deref<T>(value: T | undefined, ctx: SchemaContext): T | undefined {
  let current: unknown = value;
  for (let hops = 0; isObject(current) && typeof current["$ref"] === "string" && hops < 20; hops++) {
    if (ctx.brokenRefs.has(current["$ref"])) return undefined;
    current = resolvePointer(ctx.document, current["$ref"]);
  }
  return current as T | undefined;
}

/** An error, or a warning in lenient mode: what cannot be expressed precisely gets a documented fallback. */
export function report(ctx: SchemaContext, code: string, pointer: string, message: string, fix: string): void {
  if (ctx.lenient) ctx.reporter.warn(code, pointer, `${message}; emitted with a fallback type`, fix);
  else ctx.reporter.error(code, pointer, message, fix);
}

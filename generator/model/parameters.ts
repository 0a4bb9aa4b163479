import type { OperationObject, ParameterObject } from "../load/openapi.js";
import { isPresent } from "../load/json.js";
import { firstMediaSchema } from "./media-types.js";
import { deref } from "./refs.js";
import { docsOf, FALLBACK_TYPE, type SchemaContext, toType } from "./schema.js";
import type { Parameter, Profile } from "./types.js";

/** Headers the client sends itself (the profile's version header among them), never passed per call. */
export function clientHeaders(profile: Profile): ReadonlySet<string> {
  const own = ["authorization", "accept", "content-type", "user-agent"];
  return new Set(profile.versionHeader ? [profile.versionHeader.name.toLowerCase(), ...own] : own);
}

export interface ParametersSource {
  /** The path template (`/companies/{id}`). */
  path: string;
  /** The path item's own parameters, shared by its operations. */
  pathLevel: ParameterObject[] | undefined;
  operation: OperationObject;
  /** JSON pointer of the operation. */
  pointer: string;
  /** Lower-cased names of the headers the client sends itself: left out of the call's parameters. */
  clientHeaders: ReadonlySet<string>;
}

/** An operation's parameters, path + path-item level, resolved and checked against the path template. */
export function buildParameters(source: ParametersSource, ctx: SchemaContext): Parameter[] {
  const { path, pointer } = source;
  const declared = new Map<string, { param: ParameterObject; pointer: string }>();
  const collect = (list: ParameterObject[] | undefined, at: string) =>
    (list ?? []).forEach((raw, i) => {
      const param = deref<ParameterObject>(raw, ctx);
      if (!isPresent(param) || typeof param.name !== "string") return;
      declared.set(`${param.in}:${param.name}`, { param, pointer: `${at}/${i}` });
    });
  collect(source.pathLevel, pointer.replace(/\/[a-z]+$/, "/parameters"));
  collect(source.operation.parameters, `${pointer}/parameters`);

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
    if (param.in === "header" && source.clientHeaders.has(param.name.toLowerCase())) continue;
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
      ctx.reporter.fallback("parameter-without-schema", at, {
        message: `parameter \`${param.name}\` has no \`schema\``,
        fix: "add `schema: { type: string }` (or the right type)",
        outcome: FALLBACK_TYPE,
      });
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
      // GitHub's `x-multi-segment` and Azure's `x-ms-skip-url-encoding` both mark a value that holds `/` (a file
      // path, a resource id): its segments are encoded one by one.
      ...(location === "path" && (param["x-multi-segment"] === true || param["x-ms-skip-url-encoding"] === true)
        ? { multiSegment: true }
        : {}),
    });
  }
  for (const name of templateNames) {
    if (!params.some((p) => p.in === "path" && p.name === name)) {
      ctx.reporter.fallback("undeclared-path-param", pointer, {
        message: `the path \`${path}\` has \`{${name}}\` but no parameter declares it`,
        fix: `declare \`- name: ${name}\\n  in: path\\n  required: true\``,
        outcome: FALLBACK_TYPE,
      });
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

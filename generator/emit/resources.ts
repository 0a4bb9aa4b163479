import {
  Scope,
  type FunctionDeclarationStructure,
  type ImportDeclarationStructure,
  type InterfaceDeclarationStructure,
  type JSDocStructure,
  type OptionalKind,
  type StatementStructures,
  StructureKind,
} from "ts-morph";
import type { NamedType, Operation, RequestBody, Resource, SecurityModel, TypeNode } from "../model/types.js";
import type * as bodySerializers from "../../templates/runtime/body.js";
import { runtimeSpec, styleOf } from "../model/pagination-styles.js";
import { innerTypes } from "../model/walk.js";
import { doc, exportedType, importDecl, uniqueSorted } from "./builders.js";
import { operationDocs } from "./docs.js";
import { callExpression, functionCall } from "./samples.js";
import { type PrintMode, printObject, printType } from "./print-type.js";

const NO_SECURITY: SecurityModel = { schemes: [], requirements: [] };

/** The statements of `resources/<name>.ts`: argument types, one thin function per operation, the resource class. */
export function resourceStatements(
  resource: Resource,
  types: readonly NamedType[],
  /** The variable the examples hold the client in (`intercom`). */
  client: string,
  security: SecurityModel = NO_SECURITY,
): StatementStructures[] {
  const mode: PrintMode = {
    side: "input",
    inputNames: new Map(types.flatMap((t) => (t.inputName ? [[t.name, t.inputName] as const] : []))),
  };
  const output: PrintMode = { side: "output", inputNames: mode.inputNames };
  const refs = new Set<string>();
  const statements: StatementStructures[] = [];
  for (const op of resource.operations) {
    statements.push(
      exportedType(
        op.paramsTypeName,
        paramsType(op, mode),
        `Arguments of \`${op.resource}.${op.method}\`${argumentSummary(op)}.`,
      ),
      operationFunction(op, output, security),
    );
    collectRefs(op.argument.type, mode, refs);
    collectRefs(op.response.type, output, refs);
    if (op.pagination) collectRefs(op.pagination.itemType, output, refs);
  }
  statements.push(...resourceClass(resource, client));
  return [...resourceImports(resource, [...refs].sort()), ...statements];
}

/**
 * The runtime pieces this file's operations use, imported one by one so that a bundler drops the others; then the
 * nested resources' classes and the models the signatures name.
 */
function resourceImports(resource: Resource, models: string[]): ImportDeclarationStructure[] {
  const ops = resource.operations;
  const paginated = ops.some((o) => o.pagination);
  const runtimeTypes = [
    "ClientCore",
    ops.length > 0 ? "RequestOptions" : "",
    ops.some((o) => !o.pagination) ? "ApiPromise" : "",
    paginated ? "PagePromise" : "",
  ].filter(Boolean);
  return [
    ...importDecl("../runtime/accept.js", ["accepting"], {
      when: ops.some((o) => o.response.mediaType && !o.pagination),
    }),
    ...importDecl("../runtime/body.js", uniqueSorted(ops.map((o) => o.body && BODY_SERIALIZERS[o.body.mediaType]))),
    ...importDecl("../runtime/pagination.js", ["paginate"], { when: paginated }),
    ...importDecl(
      "../runtime/query.js",
      uniqueSorted(ops.map((o) => (o.params.some((p) => p.in === "query") ? "buildQuery" : undefined))),
    ),
    ...importDecl("../runtime/index.js", runtimeTypes, { typeOnly: true }),
    ...resource.resources.flatMap((nested) => importDecl(`./${nested.path}.js`, [nested.className])),
    ...importDecl("../models.js", models, { typeOnly: true }),
  ];
}

function operationFunction(op: Operation, output: PrintMode, security: SecurityModel): FunctionDeclarationStructure {
  const call = op.pagination
    ? `paginate<${pageTypeArguments(op, output)}>(client, ${literal(operationSpec(op, security))}, params, options, ${literal(runtimeSpec(op.pagination))})`
    : `client.request<${responseType(op, output)}>(${literal(operationSpec(op, security))}, params, ${op.response.mediaType ? `accepting(${literal(op.response.mediaType)}, options)` : "options"})`;
  return {
    kind: StructureKind.Function,
    name: op.functionName,
    isExported: true,
    docs: operationDocs(op, functionCall(op)),
    parameters: [
      { name: "client", type: "ClientCore" },
      { name: "params", type: op.paramsTypeName, ...(op.argument.optional ? { initializer: "{}" } : {}) },
      OPTIONS_PARAMETER,
    ],
    returnType: returnType(op, output),
    statements: `return ${call};`,
  };
}

/**
 * The resource class: one-line methods that hand their arguments to the standalone functions, and a property per
 * nested resource. Its method docs live in an interface merged with the class, so the JavaScript carries no second
 * copy of them.
 */
function resourceClass(resource: Resource, client: string): StatementStructures[] {
  const docs = doc(`The \`${resource.path}\` operations, bound to a client.`);
  const own = resource.operations.length > 0;
  return [
    ...(own ? [methodDocs(resource, client, docs)] : []),
    {
      kind: StructureKind.Class,
      name: resource.className,
      isExported: true,
      ...(own ? {} : { docs }),
      properties: resource.resources.map((r) => ({ name: r.name, type: r.className, isReadonly: true })),
      ctors: [
        {
          parameters: [
            own
              ? { name: "client", type: "ClientCore", isReadonly: true, scope: Scope.Private }
              : { name: "client", type: "ClientCore" },
          ],
          statements: resource.resources.map((r) => `this.${r.name} = new ${r.className}(client);`),
        },
      ],
      methods: resource.operations.map((op) => ({
        name: op.method,
        parameters: methodParameters(op),
        returnType: returnType(op, CLASS_OUTPUT),
        statements: `return ${op.functionName}(this.client, params, options);`,
      })),
    },
  ];
}

/** The interface merged with the resource class: each method's signature and docs, with a sample on the client. */
function methodDocs(
  resource: Resource,
  client: string,
  docs: OptionalKind<JSDocStructure>[],
): InterfaceDeclarationStructure {
  return {
    kind: StructureKind.Interface,
    name: resource.className,
    isExported: true,
    docs,
    methods: resource.operations.map((op) => ({
      name: op.method,
      docs: operationDocs(op, callExpression(client, resource.path, op)),
      parameters: methodParameters(op, true),
      returnType: returnType(op, CLASS_OUTPUT),
    })),
  };
}

/** Every operation's last parameter: per-call options. */
const OPTIONS_PARAMETER = { name: "options", type: "RequestOptions", hasQuestionToken: true };

// The class's signatures print output types under their own names: no input variant is named there.
const CLASS_OUTPUT: PrintMode = { side: "output", inputNames: new Map() };

/** A method's `(params, options?)`: the signature says `params?` where the method gives it a default. */
function methodParameters(op: Operation, signature = false) {
  return [
    op.argument.optional
      ? { name: "params", type: op.paramsTypeName, ...(signature ? { hasQuestionToken: true } : { initializer: "{}" }) }
      : { name: "params", type: op.paramsTypeName },
    OPTIONS_PARAMETER,
  ];
}

/** Says where the fields of the argument object go, e.g. ": `company_id` in the path, the rest is the JSON body". */
function argumentSummary(op: Operation): string {
  const where = (["path", "query", "header"] as const)
    .map((loc) => [loc, op.params.filter((p) => p.in === loc).map((p) => `\`${p.name}\``)] as const)
    .filter(([, names]) => names.length > 0)
    .map(([loc, names]) => `${names.join(", ")} in the ${loc}`);
  if (op.body)
    where.push(
      op.body.merged
        ? `the other fields are the ${op.body.mediaType} body`
        : `\`${op.body.bodyKey}\` is the ${op.body.mediaType} body`,
    );
  return where.length ? `: ${where.join("; ")}` : "";
}

/** The runtime's serializer of each request media type (a name body.ts exports). */
const BODY_SERIALIZERS = {
  json: "jsonBody",
  multipart: "multipartBody",
  "form-urlencoded": "formUrlEncodedBody",
  text: "textBody",
  binary: "binaryBody",
} as const satisfies Record<RequestBody["mediaType"], keyof typeof bodySerializers>;

/** Code that names a runtime function, inside an emitted literal. */
export class Code {
  constructor(readonly code: string) {}
}

/** What the runtime needs to send the request: the shape of the arguments, never their values. */
function operationSpec(op: Operation, security: SecurityModel): Record<string, unknown> {
  const byLocation = (where: string) => op.params.filter((p) => p.in === where);
  const query = byLocation("query").map((p) =>
    p.style || p.explode === false
      ? { name: p.name, ...(p.style ? { style: p.style } : {}), ...(p.explode === false ? { explode: false } : {}) }
      : p.name,
  );
  const headers = Object.fromEntries(byLocation("header").map((p) => [p.name, p.name]));
  const multiSegment = byLocation("path").filter((p) => p.multiSegment);
  return {
    method: op.httpMethod,
    path: op.path,
    ...(byLocation("path").length ? { pathParams: byLocation("path").map((p) => p.name) } : {}),
    ...(multiSegment.length ? { multiSegment: multiSegment.map((p) => p.name) } : {}),
    ...(query.length ? { query: { params: query, serialize: new Code("buildQuery") } } : {}),
    ...(Object.keys(headers).length ? { headers } : {}),
    ...(op.body ? { body: new Code(BODY_SERIALIZERS[op.body.mediaType]) } : {}),
    ...(op.body?.contentType ? { contentType: op.body.contentType } : {}),
    ...(op.body?.bodyKey ? { bodyKey: op.body.bodyKey } : {}),
    ...(op.body?.encoding ? { encoding: op.body.encoding } : {}),
    ...(op.security && JSON.stringify(op.security) !== JSON.stringify(security.requirements)
      ? { security: op.security }
      : {}),
    response: op.response.kind,
  };
}

/** JSON, except that a `Code` is printed as it is. */
export function literal(value: unknown): string {
  if (value instanceof Code) return value.code;
  if (Array.isArray(value)) return `[${value.map(literal).join(", ")}]`;
  if (typeof value === "object" && value !== null)
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}: ${literal(v)}`)
      .join(", ")}}`;
  return JSON.stringify(value);
}

function responseType(op: Operation, mode: PrintMode): string {
  if (op.response.kind === "none") return "undefined";
  const body =
    op.response.kind === "text"
      ? "string"
      : op.response.kind === "binary"
        ? "Uint8Array"
        : printType(op.response.type, mode);
  return op.response.mayBeEmpty ? `${body} | undefined` : body;
}

/** Response, item, the operation's params (to resume from `nextPageParams()`) and the cursor's type. */
function pageTypeArguments(op: Operation, mode: PrintMode): string {
  const { cursor } = styleOf(op.pagination!.style);
  return `${responseType(op, mode)}, ${printType(op.pagination!.itemType, mode)}, ${op.paramsTypeName}, ${cursor}`;
}

export function returnType(op: Operation, mode: PrintMode): string {
  return op.pagination ? `PagePromise<${pageTypeArguments(op, mode)}>` : `ApiPromise<${responseType(op, mode)}>`;
}

function paramsType(op: Operation, mode: PrintMode): string {
  const { type, nonNull } = op.argument;
  if (type.kind === "object" && !type.nullable) return printObject(type, mode);
  return nonNull ? `NonNullable<${printType(type, mode)}>` : printType(type, mode);
}

function collectRefs(node: TypeNode, mode: PrintMode, into: Set<string>): void {
  if (node.kind === "ref") into.add(mode.side === "input" ? (mode.inputNames.get(node.name) ?? node.name) : node.name);
  else innerTypes(node, mode.side === "input").forEach((inner) => collectRefs(inner, mode, into));
}

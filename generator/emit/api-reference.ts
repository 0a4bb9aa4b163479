import type { ApiModel, NamedType, Operation, TypeNode } from "../model/types.js";
import { docText } from "./docs.js";
import { table } from "./markdown.js";
import { clientVariable } from "./package-info.js";
import { type PrintMode, printType } from "./print-type.js";
import { returnType } from "./resources.js";
import { callExpression, sampleStatement } from "./samples.js";

/** `api.md`: every resource method with its signature, HTTP route, argument fields and a one-line example. */
export function apiReference(model: ApiModel, info: { name: string }): string {
  const output: PrintMode = { side: "output", inputNames: new Map() };
  const input: PrintMode = {
    side: "input",
    inputNames: new Map(model.types.flatMap((t) => (t.inputName ? [[t.name, t.inputName] as const] : []))),
  };
  const lines = [
    `# ${model.title} ${model.version}: API reference`,
    "",
    `Package \`${info.name}\`. Every method is also a standalone function taking the client first (tree-shakeable).`,
    "",
  ];
  const client = clientVariable(model);
  for (const resource of model.resources) {
    lines.push(`## ${resource.path}`, "");
    for (const op of resource.operations) {
      lines.push(
        `### \`${client}.${resource.path}.${op.method}(params${op.argument.optional ? "?" : ""}: ${op.paramsTypeName}, options?: RequestOptions): ${shortType(returnType(op, output))}\``,
        "",
        `\`${op.httpMethod} ${op.path}\` · standalone: \`${op.functionName}(client, params, options)\`${op.pagination ? ` · ${op.pagination.style} pagination` : ""}${op.docs.deprecated ? " · **deprecated**" : ""}`,
        "",
        ...(op.summary ? [docText(op.summary), ""] : []),
        ...fieldTable(op, model.types, input),
        "```ts",
        sampleStatement(callExpression(client, resource.path, op), op),
        "```",
        "",
        ...(narrowing(client, resource.path, op, model.types) ?? []),
      );
    }
  }
  return lines.join("\n");
}

/** A type on one line for a heading; inline object types are summarised as `{…}`. */
function shortType(type: string): string {
  return type.replace(/\{[^{}]*\}/g, "{…}").replace(/\s+/g, " ");
}

interface Field {
  name: string;
  type: TypeNode;
  required: boolean;
  where: string;
}

/** The fields of the call's one argument object (as the model merged them), and where each one is sent. */
export function argumentFields(op: Operation, types: readonly NamedType[]): Field[] {
  const where = new Map<string, string>(op.params.map((p) => [p.name, p.in]));
  const body = op.body ? `${op.body.mediaType} body` : "body";
  return objectProperties(op.argument.type, types)
    .filter((p) => !p.readOnly)
    .map((p) => ({ name: p.name, type: p.type, required: p.required, where: where.get(p.name) ?? body }));
}

/**
 * Properties of an object type, through references and intersections; with `firstVariant`, through the first
 * variant of a union too (an example needs one variant's fields, e.g. a body that is one of several requests).
 */
function objectProperties(
  node: TypeNode,
  types: readonly NamedType[],
  depth = 0,
  firstVariant = false,
): Extract<TypeNode, { kind: "object" }>["properties"] {
  if (depth > 8) return [];
  if (node.kind === "object") return node.properties;
  if (node.kind === "intersection")
    return node.parts.flatMap((p) => objectProperties(p, types, depth + 1, firstVariant));
  if (node.kind === "union" && firstVariant) return objectProperties(node.variants[0]!, types, depth + 1, true);
  if (node.kind === "ref") {
    const named = types.find((t) => t.name === node.name);
    return named ? objectProperties(named.type, types, depth + 1, firstVariant) : [];
  }
  return [];
}

function fieldTable(op: Operation, types: readonly NamedType[], mode: PrintMode): string[] {
  const fields = argumentFields(op, types);
  if (fields.length === 0) return ["No arguments.", ""];
  const cell = (text: string) => text.replace(/\s+/g, " ").replace(/\|/g, "\\|");
  return [
    ...table(
      ["field", "type", "required", "sent in"],
      fields.map((f) => [
        `\`${f.name}\``,
        `\`${cell(shortType(printType(f.type, mode)))}\``,
        f.required ? "yes" : "no",
        f.where,
      ]),
    ),
    "",
  ];
}

/** A result that is one of several object types gets an example telling them apart by a literal `type`. */
function narrowing(client: string, resource: string, op: Operation, types: readonly NamedType[]): string[] | undefined {
  const result = op.response.type;
  if (op.pagination || result.kind !== "union" || result.nullable) return undefined;
  const tags = result.variants.map((v) => objectProperties(v, types).find((p) => p.name === "type" && p.required));
  const tagged = tags.findIndex((t) => t?.type.kind === "literal" && t.type.values.length === 1);
  const tag = tags[tagged];
  if (!tag || tag.type.kind !== "literal" || result.variants.length !== 2) return undefined;
  const variant = (i: number) => printType(result.variants[i]!, { side: "output", inputNames: new Map() });
  // A field only that variant has, so the example shows the narrowing doing its work.
  const member = (i: number) => {
    const others = new Set(objectProperties(result.variants[1 - i]!, types).map((p) => p.name));
    const own = objectProperties(result.variants[i]!, types).find((p) => p.required && !others.has(p.name));
    return own ? `result.${own.name}` : "result";
  };
  return [
    `The result is a \`${variant(0)}\` or a \`${variant(1)}\`; \`type\` tells them apart:`,
    "",
    "```ts",
    `const result = await ${callExpression(client, resource, op)};`,
    `if (result.type === ${JSON.stringify(tag.type.values[0])}) console.log(${member(tagged)}); // ${variant(tagged)}`,
    `else console.log(${member(1 - tagged)}); // ${variant(1 - tagged)}`,
    "```",
    "",
  ];
}

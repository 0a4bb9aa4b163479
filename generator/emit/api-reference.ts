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

/** The fields of an argument object (as the model merged them), and where each one is sent. */
function argumentFields(op: Operation, type: TypeNode, types: readonly NamedType[]): Field[] {
  const where = new Map<string, string>(op.params.map((p) => [p.name, p.in]));
  const body = op.body ? `${op.body.mediaType} body` : "body";
  return objectProperties(type, types)
    .filter((p) => !p.readOnly)
    .map((p) => ({ name: p.name, type: p.type, required: p.required, where: where.get(p.name) ?? body }));
}

/** Properties of an object type, through references and intersections. */
function objectProperties(
  node: TypeNode,
  types: readonly NamedType[],
  depth = 0,
): Extract<TypeNode, { kind: "object" }>["properties"] {
  if (depth > 8) return [];
  if (node.kind === "object") return node.properties;
  if (node.kind === "intersection") return node.parts.flatMap((p) => objectProperties(p, types, depth + 1));
  const named = node.kind === "ref" ? types.find((t) => t.name === node.name) : undefined;
  return named ? objectProperties(named.type, types, depth + 1) : [];
}

/** The alternatives of a body that is one of several shapes (a union, through references and intersections). */
function bodyAlternatives(node: TypeNode, types: readonly NamedType[], depth = 0): TypeNode[] {
  if (depth > 8) return [];
  if (node.kind === "union") return node.variants;
  if (node.kind === "intersection") return node.parts.flatMap((p) => bodyAlternatives(p, types, depth + 1));
  const named = node.kind === "ref" ? types.find((t) => t.name === node.name) : undefined;
  return named ? bodyAlternatives(named.type, types, depth + 1) : [];
}

function fieldTable(op: Operation, types: readonly NamedType[], mode: PrintMode): string[] {
  const fields = argumentFields(op, op.argument.type, types);
  const alternatives = bodyAlternatives(op.argument.type, types);
  if (fields.length === 0 && alternatives.length === 0) return ["No arguments.", ""];
  return [
    ...rows(fields, mode),
    ...(alternatives.length ? [`The body ${fields.length ? "also matches" : "is"} one of these shapes:`, ""] : []),
    ...alternatives.flatMap((shape, i) => {
      const own = argumentFields(op, shape, types);
      // Named by its type where that says something: a reference, or a shape without fields of its own.
      const named = shape.kind === "ref" || own.length === 0;
      const label = named ? `: \`${printType(shape, mode).replace(/\s+/g, " ")}\`` : "";
      return [`Shape ${i + 1}${label}`, "", ...rows(own, mode)];
    }),
  ];
}

/** Fields as a table: name, type, required, where sent. */
function rows(fields: Field[], mode: PrintMode): string[] {
  if (fields.length === 0) return [];
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

/** Text for a table cell: whitespace runs as one space, pipes escaped. */
function cell(text: string): string {
  return text.replace(/\s+/g, " ").replace(/\|/g, "\\|");
}

/** A result that is one of several object types gets an example telling them apart by a literal `type`. */
function narrowing(client: string, resource: string, op: Operation, types: readonly NamedType[]): string[] | undefined {
  const result = op.response.type;
  if (op.pagination || result.kind !== "union" || result.nullable) return undefined;
  const tags = result.variants.map((v) => objectProperties(v, types).find((p) => p.name === "type" && p.required));
  const tagged = tags.findIndex((t) => t?.type.kind === "literal" && t.type.values.length === 1);
  const tag = tags[tagged];
  if (!tag || tag.type.kind !== "literal" || result.variants.length !== 2) return undefined;
  const variant = (i: number) => shortType(printType(result.variants[i]!, { side: "output", inputNames: new Map() }));
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

import type { ApiModel, Operation } from "../model/types.js";
import { docText } from "./docs.js";
import { clientVariable } from "./package-info.js";
import { type PrintMode, propertyName } from "./print-type.js";
import { returnType } from "./resources.js";

/** `api.md`: every resource method with its signature, HTTP route and a one-line example. */
export function apiReference(model: ApiModel, info: { name: string }): string {
  const output: PrintMode = { side: "output", inputNames: new Map() };
  const lines = [
    `# ${model.title} ${model.version}: API reference`,
    "",
    `Package \`${info.name}\`. Every method is also a standalone function taking the client first (tree-shakeable).`,
    "",
  ];
  for (const resource of model.resources) {
    lines.push(`## ${resource.name}`, "");
    for (const op of resource.operations) {
      lines.push(
        `### \`${clientVariable(model)}.${resource.name}.${op.method}(params${op.argument.optional ? "?" : ""}: ${op.paramsTypeName}, options?: RequestOptions): ${shortType(returnType(op, output))}\``,
        "",
        `\`${op.httpMethod} ${op.path}\` · standalone: \`${op.functionName}(client, params, options)\`${op.pagination ? ` · ${op.pagination.style} pagination` : ""}${op.docs.deprecated ? " · **deprecated**" : ""}`,
        "",
        ...(op.summary ? [docText(op.summary), ""] : []),
        "```ts",
        example(clientVariable(model), resource.name, op),
        "```",
        "",
      );
    }
  }
  return lines.join("\n");
}

/** A type on one line for a heading; inline object types are summarised as `{…}`. */
function shortType(type: string): string {
  return type.replace(/\{[^{}]*\}/g, "{…}").replace(/\s+/g, " ");
}

function example(client: string, resource: string, op: Operation): string {
  const call = callExpression(client, resource, op);
  return op.pagination ? `for await (const item of ${call}) console.log(item);` : `const result = await ${call};`;
}

/** `intercom.companies.find({ company_id: "…" })`: a call with every required parameter filled. */
export function callExpression(client: string, resource: string, op: Operation): string {
  return `${client}.${resource}.${op.method}(${exampleArguments(op)})`;
}

/** `{ company_id: "…" }`, or "" when nothing is required. */
export function exampleArguments(op: Operation): string {
  const args = op.params.filter((p) => p.required).map((p) => `${propertyName(p.name)}: "…"`);
  return args.length ? `{ ${args.join(", ")} }` : "";
}

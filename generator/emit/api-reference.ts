import type { ApiModel, Operation } from "../model/types.js";
import { docText } from "./docs.js";
import { propertyName } from "./print-type.js";

/** `api.md`: every resource method with its signature, HTTP route and a one-line example. */
export function apiReference(model: ApiModel, info: { name: string }): string {
  const lines = [`# ${model.title} ${model.version}: API reference`, "", `Package \`${info.name}\`. Every method is also a standalone function taking the client first (tree-shakeable).`, ""];
  for (const resource of model.resources) {
    lines.push(`## ${resource.name}`, "");
    for (const op of resource.operations) {
      const returns = op.pagination ? `PagePromise<…, ${op.pagination.style} pagination>` : "ApiPromise<…>";
      lines.push(
        `### \`intercom.${resource.name}.${op.method}(params${isArgOptional(op) ? "?" : ""}: ${op.paramsTypeName}, options?: RequestOptions): ${returns}\``,
        "",
        `\`${op.httpMethod} ${op.path}\` · standalone: \`${op.functionName}(client, params, options)\`${op.docs.deprecated ? " · **deprecated**" : ""}`,
        "",
        ...(op.summary ? [docText(op.summary), ""] : []),
        "```ts",
        example(resource.name, op),
        "```",
        "",
      );
    }
  }
  return lines.join("\n");
}

function isArgOptional(op: Operation): boolean {
  return !op.params.some((p) => p.required);
}

function example(resource: string, op: Operation): string {
  const call = callExpression(resource, op);
  return op.pagination ? `for await (const item of ${call}) console.log(item);` : `const result = await ${call};`;
}

/** `intercom.companies.find({ company_id: "…" })`: a call with every required parameter filled. */
export function callExpression(resource: string, op: Operation): string {
  return `intercom.${resource}.${op.method}(${exampleArguments(op)})`;
}

/** `{ company_id: "…" }`, or "" when nothing is required. */
export function exampleArguments(op: Operation): string {
  const args = op.params.filter((p) => p.required).map((p) => `${propertyName(p.name)}: "…"`);
  return args.length ? `{ ${args.join(", ")} }` : "";
}

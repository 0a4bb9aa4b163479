import type { Operation, SampleValue } from "../model/types.js";
import { propertyName } from "./print-type.js";

/**
 * The sample calls of the TSDoc `@example`s, `api.md` and the READMEs: the model's sample argument (`op.sample`,
 * from the description's examples) printed as TypeScript. Printing only; what goes in is decided in the model.
 */

/** `{ company_id: "5f4d3c1c" }`, or "" when the call takes no argument. */
export function sampleArguments(op: Operation): string {
  return op.sample ? printValue(op.sample, "") : "";
}

/** `intercom.companies.find({ company_id: "5f4d3c1c" })`. */
export function callExpression(client: string, resource: string, op: Operation): string {
  return `${client}.${resource}.${op.method}(${sampleArguments(op)})`;
}

/** `companiesFind(client, { company_id: "5f4d3c1c" })`: the standalone function, on a client called `client`. */
export function functionCall(op: Operation): string {
  const args = sampleArguments(op);
  return `${op.functionName}(client${args ? `, ${args}` : ""})`;
}

/** A statement using the call: awaited, or walked with `for await` when it paginates. */
export function sampleStatement(call: string, op: Operation): string {
  return op.pagination ? `for await (const item of ${call}) console.log(item);` : `const result = await ${call};`;
}

/** Short values stay on one line; longer objects and arrays take a line per entry. */
const LINE = 80;

function printValue(value: SampleValue, indent: string): string {
  switch (value.kind) {
    case "json":
      return printJson(value.value, indent);
    case "bytes":
      return 'new Blob(["…"])';
    case "array":
      return wrap(
        "[",
        value.items.map((item) => printValue(item, `${indent}  `)),
        "]",
        indent,
      );
    case "object":
      return wrap(
        "{",
        value.fields.map((f) => `${propertyName(f.name)}: ${printValue(f.value, `${indent}  `)}`),
        "}",
        indent,
      );
  }
}

/** A value the description gives as it is (an open object's too), keys printed as TypeScript property names. */
function printJson(value: unknown, indent: string): string {
  if (Array.isArray(value))
    return wrap(
      "[",
      value.map((v) => printJson(v, `${indent}  `)),
      "]",
      indent,
    );
  if (value !== null && typeof value === "object")
    return wrap(
      "{",
      Object.entries(value).map(([k, v]) => `${propertyName(k)}: ${printJson(v, `${indent}  `)}`),
      "}",
      indent,
    );
  return JSON.stringify(value) ?? "undefined";
}

function wrap(open: string, entries: string[], close: string, indent: string): string {
  if (entries.length === 0) return `${open}${close}`;
  const pad = open === "{" ? " " : "";
  const flat = `${open}${pad}${entries.join(", ")}${pad}${close}`;
  if (flat.length + indent.length <= LINE && !flat.includes("\n")) return flat;
  return `${open}\n${entries.map((e) => `${indent}  ${e},`).join("\n")}\n${indent}${close}`;
}

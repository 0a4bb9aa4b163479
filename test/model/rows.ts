// Rows for the model's tests: a small in-memory document in (given), the model's fields out (want), with the
// diagnostics it reports (severity, code, pointer, message, fix). Only buildModel's result is checked, never an internal
// helper; each test builds its own model, so a mutation run can tell which rows cover which code.
import { expect, it } from "vitest";
import { Reporter } from "../../generator/diagnostics.js";
import { printType } from "../../generator/emit/print-type.js";
import { checkDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";
import type { Operation, TypeNode } from "../../generator/model/types.js";
import { oneLine } from "../helpers/model.js";

export type Doc = Record<string, unknown>;

export function build(extra: Doc, options: { lenient?: boolean } = {}) {
  const document = { openapi: "3.0.3", info: { title: "Shop API", version: "1.0" }, paths: {}, ...extra };
  return buildModel(checkDocument(document, new Reporter("api.yaml", options.lenient ?? false)), options);
}

export const str = { type: "string" };
export const ok = { "200": { description: "OK", content: { "application/json": { schema: { type: "object" } } } } };

/** One operation summed up as the emitter sees it. */
function summary(op: Operation, inputNames = new Map<string, string>()) {
  const print = (t: TypeNode, side: "input" | "output") => oneLine(printType(t, { side, inputNames }));
  return {
    call: `${op.resource}.${op.method} ${op.httpMethod} ${op.path} (${op.functionName}, ${op.operationId})`,
    params: op.params.map(
      (p) =>
        `${p.in} ${p.name}${p.required ? "" : "?"}: ${print(p.type, "input")}${p.style ? ` style=${p.style}` : ""}${p.explode === false ? " explode=false" : ""}${Object.keys(p.docs).length ? ` ${JSON.stringify(p.docs)}` : ""}`,
    ),
    ...(op.body
      ? {
          body: `${op.body.mediaType}${op.body.contentType ? ` (${op.body.contentType})` : ""} ${op.body.merged ? "merged" : `under ${op.body.bodyKey}`}${op.body.required ? " required" : ""}: ${print(op.body.type, "input")}`,
        }
      : {}),
    argument: `${print(op.argument.type, "input")}${op.argument.optional ? " optional" : ""}${op.argument.nonNull ? " nonNull" : ""}`,
    response: `${op.response.kind}${op.response.mayBeEmpty ? " mayBeEmpty" : ""}: ${print(op.response.type, "output")}`,
    ...(op.response.mediaType ? { responseMediaType: op.response.mediaType } : {}),
  };
}

export function operations(extra: Doc, options: { lenient?: boolean } = {}) {
  const { model, diagnostics } = build(extra, options);
  const inputNames = new Map(model.types.flatMap((t) => (t.inputName ? [[t.name, t.inputName] as const] : [])));
  const ops = model.resources.flatMap((r) => r.operations);
  return { model, ops, summaries: ops.map((o) => summary(o, inputNames)), diagnostics: diagnostics.map(brief) };
}

export const brief = (d: { severity: string; code: string; pointer: string; message: string; fix?: string }) =>
  [d.severity, d.code, d.pointer, d.message, d.fix ?? ""] as const;
export const body = (content: Doc, extra: Doc = {}) => ({
  "/things": { post: { operationId: "createThing", requestBody: { content, ...extra }, responses: ok } },
});
export const obj = { type: "object", properties: { name: str }, required: ["name"] };

export const respond = (responses: Doc) => ({ "/r": { get: { operationId: "getR", responses } } });
export const json = (schema: Doc) => ({ description: "x", content: { "application/json": { schema } } });

/** A diagnostic as the rows write it: severity, code, pointer, message, fix. */
export type Brief = ReturnType<typeof brief>;

/**
 * One test per row `[name, given, want, diagnostics?]`: `run` turns `given` into what the model made of it (`got`)
 * and the diagnostics it reported, which must equal `want` and `diagnostics` (none when left out).
 */
export function rows<Given, Want>(
  table: readonly (readonly [name: string, given: Given, want: Want, diagnostics?: readonly (readonly string[])[]])[],
  run: (given: Given) => { got: unknown; diagnostics: readonly (readonly string[])[] },
): void {
  for (const [name, given, want, diagnostics = []] of table) {
    it(name, () => {
      const { got, diagnostics: reported } = run(given);
      expect(got).toEqual(want);
      expect(reported).toEqual(diagnostics);
    });
  }
}

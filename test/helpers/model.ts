import { fileURLToPath } from "node:url";
import { loadDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";
import type { ApiModel } from "../../generator/model/types.js";
import { type PrintMode, printType } from "../../generator/emit/print-type.js";

export const fixture = (path: string): string => fileURLToPath(new URL(`../fixtures/${path}`, import.meta.url));

export function modelOf(path: string, options: { lenient?: boolean } = {}) {
  return buildModel(loadDocument(fixture(path), options), options);
}

/** Each named type printed on one line without comments, keyed by its name (input variants included). */
export function printedTypes(model: ApiModel): Record<string, string> {
  const inputNames = new Map(model.types.flatMap((t) => (t.inputName ? [[t.name, t.inputName] as const] : [])));
  const output: PrintMode = { side: "output", inputNames };
  const input: PrintMode = { side: "input", inputNames };
  const out: Record<string, string> = {};
  for (const t of model.types) {
    out[t.name] = oneLine(printType(t.type, output));
    if (t.inputName) out[t.inputName] = oneLine(printType(t.type, input));
  }
  return out;
}

export function oneLine(text: string): string {
  return text
    .replace(/\/\*\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\{ /g, "{ ")
    .trim();
}

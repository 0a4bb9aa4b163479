import { type Diagnostic, GeneratorError, Reporter, splitPointer } from "../diagnostics.js";
import { isObject } from "../load/json.js";
import { checkDocument } from "../load/load-document.js";
import { buildModel } from "../model/build-model.js";
import type { ApiModel } from "../model/types.js";
import type { Curation } from "./curation.js";

/**
 * Builds the model of a curated document in memory, so that what the curation got wrong stops `curate` before anything
 * is written. Each problem is reported at the curation key a user can change (`/pagination/<name>`,
 * `/operations/<name>`, `/fixes`), never at the derived openapi.yaml, which nobody edits.
 */
export function checkCurated(document: Record<string, unknown>, curation: Curation, curatedFile: string): Diagnostic[] {
  return curatedModel(document, curation, curatedFile).diagnostics;
}

/** The model of the curated document (unless it cannot be built) and its diagnostics, placed in the curation. */
export function curatedModel(
  document: Record<string, unknown>,
  curation: Curation,
  curatedFile: string,
): { model?: ApiModel; diagnostics: Diagnostic[] } {
  let result: { model?: ApiModel; diagnostics: readonly Diagnostic[] };
  try {
    result = buildModel(checkDocument(document, new Reporter(curatedFile)));
  } catch (error) {
    if (!(error instanceof GeneratorError)) throw error;
    result = { diagnostics: error.diagnostics };
  }
  return { ...result, diagnostics: result.diagnostics.map((d) => placeInCuration(d, document, curation.file)) };
}

function placeInCuration(d: Diagnostic, document: Record<string, unknown>, curationFile: string): Diagnostic {
  const { line: _line, column: _column, ...rest } = d;
  const [root, path, method, ...inside] = splitPointer(d.pointer);
  const paths = document["paths"];
  const item = root === "paths" && isObject(paths) ? paths[path!] : undefined;
  const operation = isObject(item) ? item[method!] : undefined;
  const message = `${d.message} (at ${d.pointer} of the curated description)`;
  if (isObject(operation) && typeof operation["x-sdk-method"] === "string") {
    const sdkName = `${String(operation["x-sdk-resource"])}.${operation["x-sdk-method"]}`;
    if (inside[0] === "x-pagination") {
      const fix = `${d.fix ?? "correct the declaration"}; or, when the API takes a parameter this version's description leaves out, declare it under \`parameters: ${sdkName}\``;
      return { ...rest, file: curationFile, pointer: `/pagination/${sdkName}`, message, fix };
    }
    return { ...rest, file: curationFile, pointer: `/operations/${sdkName}`, message };
  }
  const fix = `${d.fix ? `${d.fix}, or ` : ""}add a fix for ${d.pointer} under \`fixes\``;
  return { ...rest, file: curationFile, pointer: "/fixes", message, fix };
}

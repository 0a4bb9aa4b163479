// A package emitted in memory from an OpenAPI document (an object, or a fixture's path), the way `generate` emits it
// but neither formatted nor written: tests of the emitters read its files' text. Called inside each test.
import { Reporter } from "../../generator/diagnostics.js";
import { emitPackage, type FileMap } from "../../generator/emit/emit-package.js";
import { TEMPLATES_DIR } from "../../generator/paths.js";
import { checkDocument, loadDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";
import type { ApiModel } from "../../generator/model/types.js";
import { fixture } from "./model.js";

/** The model of a document (an object, or a fixture's path under test/fixtures/), failing on any error. */
export function modelFrom(document: Record<string, unknown> | string): ApiModel {
  const api =
    typeof document === "string"
      ? loadDocument(fixture(document))
      : checkDocument(document, new Reporter("api.yaml", false));
  const { model, diagnostics } = buildModel(api, {});
  const errors = diagnostics.filter((d) => d.severity === "error");
  if (errors.length) throw new Error(errors.map((d) => `${d.pointer}: ${d.message}`).join("\n"));
  return model;
}

/** The package's files (relative path → text) as emitted from the document. */
export function emitFrom(document: Record<string, unknown> | string): FileMap {
  return emitPackage(modelFrom(document), TEMPLATES_DIR);
}

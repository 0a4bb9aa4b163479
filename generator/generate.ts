import { fileURLToPath } from "node:url";
import { type Diagnostic, GeneratorError } from "./diagnostics.js";
import { emitPackage, type FileMap } from "./emit/emit-package.js";
import { loadDocument } from "./load/load-document.js";
import { buildModel } from "./model/build-model.js";
import type { ApiModel } from "./model/types.js";
import { buildPackage } from "./write/build.js";
import { driftOf } from "./write/check.js";
import { formatFiles } from "./write/format.js";
import { writeAtomically } from "./write/write-atomic.js";

export const TEMPLATES_DIR = fileURLToPath(new URL("../templates", import.meta.url));

export interface GenerateOptions {
  spec: string;
  out: string;
  /** Defects of the input become warnings and `unknown` types instead of stopping the run. */
  lenient?: boolean;
  /** Compare with what is on disk instead of writing. */
  check?: boolean;
  /** Compile the package to dist/ before swapping it in (default true). */
  build?: boolean;
}

export interface GenerateResult {
  model: ApiModel;
  files: FileMap;
  warnings: Diagnostic[];
  /** In check mode: the files that differ. */
  drift: string[];
}

/** spec file → Document → ApiModel → files → disk. Throws GeneratorError with every problem when the spec is unusable. */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const lenient = options.lenient ?? false;
  const spec = loadDocument(options.spec, { lenient });
  const { model, diagnostics } = buildModel(spec, { lenient });
  if (diagnostics.some((d) => d.severity === "error")) throw new GeneratorError(diagnostics);
  const files = await formatFiles(emitPackage(model, TEMPLATES_DIR));
  const warnings = diagnostics.filter((d) => d.severity === "warning");
  if (options.check) return { model, files, warnings, drift: driftOf(options.out, files) };
  writeAtomically(options.out, files, options.build === false ? undefined : buildPackage);
  return { model, files, warnings, drift: [] };
}

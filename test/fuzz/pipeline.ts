import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formatDiagnostic } from "../../generator/diagnostics.js";
import { emitPackage } from "../../generator/emit/emit-package.js";
import { TEMPLATES_DIR } from "../../generator/generate.js";
import { loadDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";
import { formatFiles } from "../../generator/write/format.js";
import { sampleValue, type Universe, wrongValue } from "./schemas.js";
import { InMemoryChecker, STRICT_OPTIONS } from "./typecheck.js";

/** What one run found wrong, or undefined when the generated models compile and every sample fits its type. */
export interface Failure {
  stage: "model" | "emit" | "typecheck";
  problems: string[];
  document: string;
  models?: string;
  samples?: string;
}

// `Blob` is the only DOM type the models use (binary fields): declaring it spares checking against lib.dom.d.ts
// when only the models are compiled. The whole package (runtime included) gets the package's real libs.
const GLOBALS = "interface Blob { readonly size: number }\n";

/**
 * Runs one document through load → buildModel → emitPackage → formatFiles and type-checks `src/models.ts`
 * together with one `const sample: <Type> = <value>` per component (and per `<Type>Input` variant), strictly, and
 * one non-conforming value per component under `// @ts-expect-error`: a type too wide to reject it (`unknown` for a
 * string, a const or enum, an array…) leaves the directive unused, which is an error.
 */
export class Pipeline {
  private readonly dir = mkdtempSync(join(tmpdir(), "sdk-fuzz-"));
  private readonly modelsChecker = new InMemoryChecker({ ...STRICT_OPTIONS, lib: ["lib.es2022.d.ts"] });
  private readonly packageChecker = new InMemoryChecker();

  /** With `wholePackage`, the resources, client and runtime are type-checked too (slower: the runtime is checked each time). */
  async run(
    universe: Universe,
    document: Record<string, unknown>,
    seed: number,
    options: { wholePackage?: boolean } = {},
  ): Promise<Failure | undefined> {
    const file = join(this.dir, "spec.json");
    const text = JSON.stringify(document, null, 1);
    writeFileSync(file, text);
    const fail = (stage: Failure["stage"], problems: string[], extra: Partial<Failure> = {}): Failure => ({
      stage,
      problems,
      document: text,
      ...extra,
    });

    let generated: Map<string, string>;
    let names: Map<string, { name: string; inputName?: string }>;
    try {
      const spec = loadDocument(file, { lenient: false });
      const { model, diagnostics } = buildModel(spec, { lenient: false });
      // Valid schemas: no error, and no warning either (proposing pagination is not a defect).
      const reported = diagnostics.filter((d) => d.code !== "pagination-proposed" && d.code !== "name-collision");
      if (reported.length > 0) return fail("model", reported.map(formatDiagnostic));
      names = new Map(
        model.types.map((t) => [t.schemaKey, { name: t.name, ...(t.inputName ? { inputName: t.inputName } : {}) }]),
      );
      const files = emitPackage(model, TEMPLATES_DIR);
      const ours = [...files].filter(([path]) =>
        options.wholePackage ? path.startsWith("src/") && !path.startsWith("src/runtime/") : path === "src/models.ts",
      );
      generated = new Map([...(options.wholePackage ? files : []), ...(await formatFiles(new Map(ours)))]);
    } catch (error) {
      return fail("emit", [String((error as Error).stack ?? error)]);
    }

    const lines: string[] = [];
    const imports = new Set<string>();
    universe.keys.forEach((key, i) => {
      const t = names.get(key)!;
      imports.add(t.name);
      lines.push(`export const sample${i}: ${t.name} = ${JSON.stringify(sampleValue(universe, i, seed + i))};`);
      const wrong = wrongValue(universe, i, seed + i);
      if (wrong)
        lines.push(
          `// @ts-expect-error not a ${t.name}`,
          `export const wrong${i}: ${t.name} = ${JSON.stringify(wrong.value)};`,
        );
      if (t.inputName) {
        imports.add(t.inputName);
        lines.push(
          `export const input${i}: ${t.inputName} = ${JSON.stringify(sampleValue(universe, i, seed + i, "input"))};`,
        );
      }
    });
    const samples = `import type { ${[...imports].sort().join(", ")} } from "./models.js";\n${lines.join("\n")}\n`;
    const models = generated.get("src/models.ts")!;
    const files = new Map([...generated, ["package.json", '{ "type": "module" }'], ["src/samples.ts", samples]]);
    const problems = options.wholePackage
      ? this.packageChecker.check(files, ["src/index.ts", "src/samples.ts"])
      : this.modelsChecker.check(files.set("src/globals.d.ts", GLOBALS), [
          "src/globals.d.ts",
          "src/models.ts",
          "src/samples.ts",
        ]);
    return problems.length > 0 ? fail("typecheck", problems, { models, samples }) : undefined;
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** A readable report of a failure, for the assertion message. */
export function describeFailure(f: Failure): string {
  return [
    `${f.stage} failed:`,
    ...f.problems.slice(0, 10).map((p) => `  ${p}`),
    "--- document ---",
    f.document,
    ...(f.models ? ["--- src/models.ts ---", f.models] : []),
    ...(f.samples ? ["--- src/samples.ts ---", f.samples] : []),
  ].join("\n");
}

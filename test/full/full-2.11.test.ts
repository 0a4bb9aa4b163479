import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { generate, type GenerateResult } from "../../generator/generate.js";
import { HTTP_METHODS } from "../../generator/load/openapi.js";
import { OFFICIAL_SPEC, ROOT } from "../helpers/paths.js";

// Intercom's complete, un-curated 2.11 description: generated with --lenient, nothing dropped, and compiled
// under the strictest flags a consumer may use.
const out = mkdtempSync(join(ROOT, ".tmp-full-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("the official 2.11 description, un-curated", () => {
  let result: GenerateResult;

  it("generates with --lenient (and builds: generation compiles the package)", async () => {
    result = await generate({ spec: OFFICIAL_SPEC, out, lenient: true });
  });

  it("exposes every operation of the spec under a unique name", () => {
    const raw = parse(readFileSync(OFFICIAL_SPEC, "utf8")) as { paths: Record<string, Record<string, unknown>> };
    const routes = Object.entries(raw.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((k) => (HTTP_METHODS as readonly string[]).includes(k))
        .map((m) => `${m.toUpperCase()} ${path}`),
    );
    const ops = result.model.resources.flatMap((r) => r.operations);
    expect(ops.map((o) => `${o.httpMethod} ${o.path}`).sort()).toEqual(routes.sort());
    expect(new Set(ops.map((o) => `${o.resource}.${o.method}`)).size).toBe(ops.length);
    expect(result.model.types.length).toBe(
      Object.keys((raw as unknown as { components: { schemas: object } }).components.schemas).length,
    );
  });

  it("reports every missing $ref as a warning with its pointer", () => {
    const missing = result.warnings.filter((w) => w.code === "missing-ref");
    expect(missing.length).toBe(4);
    for (const w of missing) expect(w.pointer).toMatch(/^\/components\/schemas\/.+\/\$ref$|^\/paths\/.+\/\$ref$/);
    expect(new Set(missing.map((w) => w.message.split("`")[1]))).toEqual(
      new Set(["$ref: #/components/schemas/custom_attributes"]),
    );
  });

  // The build above type-checked every file with the package's tsconfig and throws on any error: checking the
  // package again with the same flags would prove nothing more (it took seconds).
  it("type-checks under strict, exactOptionalPropertyTypes, noUncheckedIndexedAccess and NodeNext", () => {
    const { compilerOptions } = JSON.parse(readFileSync(join(out, "tsconfig.json"), "utf8")) as {
      compilerOptions: Record<string, unknown>;
    };
    expect(compilerOptions).toMatchObject({
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      verbatimModuleSyntax: true,
      module: "NodeNext",
      moduleResolution: "NodeNext",
      skipLibCheck: true,
    });
    expect(existsSync(join(out, "dist/index.d.ts"))).toBe(true);
  });
});

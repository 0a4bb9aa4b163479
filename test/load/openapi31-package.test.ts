// The package of test/fixtures/model/openapi-31.yaml (what OpenAPI 3.1 changed in schemas) type-checks strictly. Apart
// from openapi31.test.ts: emitting and type-checking take seconds and reach no code of generator/load/ that the
// in-memory rows do not, so the load mutation set leaves this file out.
import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { generate } from "../../generator/generate.js";
import { fixture } from "../helpers/model.js";
import { ROOT } from "../helpers/paths.js";
import { typeErrors } from "../helpers/typecheck.js";

describe("OpenAPI 3.1 schemas", () => {
  it("the package type-checks strictly", async () => {
    const out = mkdtempSync(join(ROOT, ".tmp-31-"));
    try {
      await generate({ spec: fixture("model/openapi-31.yaml"), out, build: false });
      expect(typeErrors([join(out, "src/index.ts")])).toEqual([]);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

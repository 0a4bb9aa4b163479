// The emitted files are cached under a key of everything they depend on. The runtime templates are among them:
// after a template edit, `generate --check` must report the copy in the package as stale, and `generate` must
// write the new text, instead of serving the files emitted before the edit.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { stringify } from "yaml";
import { listThingsDocument } from "../helpers/one-operation.js";

const dir = mkdtempSync(join(tmpdir(), "emit-cache-"));
const templates = join(dir, "templates");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The generator reads its templates from TEMPLATES_DIR; here a copy that the test may edit.
vi.mock("../../generator/paths.js", async () => {
  const { fileURLToPath } = await import("node:url");
  cpSync(fileURLToPath(new URL("../../templates", import.meta.url)), templates, { recursive: true });
  return { TEMPLATES_DIR: templates };
});

const spec = join(dir, "api.yaml");
writeFileSync(spec, stringify(listThingsDocument({ title: "Cache" })));
const out = join(dir, "out");

describe("emit cache and the runtime templates", () => {
  it("a template edit makes --check report the package stale, and generate writes the edit", async () => {
    // Imported inside the test: no generator code runs while the file is collected (see MUTATION.md).
    const { generate } = await import("../../generator/generate.js");
    await generate({ spec, out, build: false });
    expect((await generate({ spec, out, check: true })).stale).toEqual([]);

    const template = join(templates, "runtime", "env.ts");
    const edited = `${readFileSync(template, "utf8")}\nexport const EDITED_FOR_THE_CACHE_TEST = ${Date.now()};\n`;
    writeFileSync(template, edited);

    expect((await generate({ spec, out, check: true })).stale).toEqual(["changed  src/runtime/env.ts"]);
    await generate({ spec, out, build: false });
    expect(readFileSync(join(out, "src/runtime/env.ts"), "utf8")).toContain("EDITED_FOR_THE_CACHE_TEST");
    expect((await generate({ spec, out, check: true })).stale).toEqual([]);
  });
});

// The format stage (generator/write/format.ts, the printers included) on every emitted file of the official 2.11
// description gives what Prettier gives on the whole file, byte for byte. Seconds per run, so it is left out of the
// write mutation set (test/mutation/vitest.write.config.ts); format.test.ts checks each path on small files.
import { format } from "prettier";
import { afterEach, describe, expect, it } from "vitest";
import { emitPackage } from "../../generator/emit/emit-package.js";
import { TEMPLATES_DIR } from "../../generator/generate.js";
import { loadDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";
import { chunks, formatFiles, PRETTIER_OPTIONS } from "../../generator/write/format.js";
import { OFFICIAL_SPEC } from "../helpers/paths.js";

afterEach(() => {
  delete process.env["INTERCOM_SDK_CACHE"];
});

const whole = (parser: string, text: string) => format(text, { parser, ...PRETTIER_OPTIONS });

describe("formatting by parts, on the official 2.11 package", () => {
  it("formats every emitted file of the full 2.11 description as prettier formats the whole file", async () => {
    process.env["INTERCOM_SDK_CACHE"] = "0";
    const { model } = buildModel(loadDocument(OFFICIAL_SPEC, { lenient: true }), { lenient: true });
    const emitted = emitPackage(model, TEMPLATES_DIR);
    const formatted = await formatFiles(emitted);
    const parsers: Record<string, string> = { ts: "babel-ts", md: "markdown", json: "json" };
    let split = 0;
    for (const [path, text] of emitted) {
      const parser = parsers[path.split(".").pop()!];
      if (!parser || path.startsWith("src/runtime/")) continue;
      if (chunks(parser, text).length > 1) split++;
      expect(formatted.get(path), path).toBe(await whole(parser, text));
      // The Markdown mostly skips Prettier (generator/write/markdown-shape.ts): Prettier leaves the result as it is.
      if (parser === "markdown") expect(await whole(parser, formatted.get(path)!), path).toBe(formatted.get(path));
    }
    expect(split).toBeGreaterThan(3); // the large files were formatted by parts
  }, 120_000);
});

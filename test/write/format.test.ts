// Formatting by parts (generator/write/format.ts) gives what prettier gives on the whole file, byte for byte.
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

describe("formatting by parts", () => {
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

  it("splits only between top-level parts, and the parts put together are the text", () => {
    const ts =
      "// head\nexport interface A {\n    a: string;\n\n    b: number;\n}\n\nexport type B = A;\n\n\nconst c = 1;\n";
    expect(chunks("babel-ts", ts).join("\n")).toBe(ts);
    const md = "# T\n\n## a\n\n```md\n\n## not a heading\n```\n\n## b\n\ntext\n";
    expect(chunks("markdown", md).join("\n")).toBe(md);
    expect(chunks("markdown", md).some((part) => part.startsWith("## not"))).toBe(false);
    // A link reference definition reaches across sections: such a file stays whole.
    expect(chunks("markdown", "## a\n\n[x][r]\n\n## b\n\n[r]: https://example.com\n")).toHaveLength(1);
  });

  it("formats a file whose blank line falls inside a multi-line string as a whole", async () => {
    process.env["INTERCOM_SDK_CACHE"] = "0";
    // Enough top-level statements that some split points fall inside the template literal.
    const text =
      Array.from(
        { length: 40 },
        (_, i) => `export const s${i} = \`line\n\nx${i}   \`;\n\nexport const n${i}   = ${i}`,
      ).join("\n\n") + "\n";
    const formatted = await formatFiles(new Map([["src/strings.ts", text]]));
    expect(formatted.get("src/strings.ts")).toBe(await whole("babel-ts", text));
  });

  it("formats the parts of several files in one Prettier call as each file alone", async () => {
    process.env["INTERCOM_SDK_CACHE"] = "0";
    // Parts that end or start with comments, blank lines, a part that is only a comment, an empty-ish part.
    const texts = [
      "// head\nexport interface A {\n    a: string; // trailing\n}\n\n\n// alone\n\nexport type B = A|null\n",
      "/** doc */\nexport const x = {a:1,\n  b: [1,2]}\n\nexport function f( a: number ) { return a }\n\n// end\n",
      "export const s = `\n\n`;\n\n;\n\nconst  t = 'x'\n",
    ];
    const files = new Map(texts.map((text, i) => [`src/f${i}.ts`, text]));
    const formatted = await formatFiles(files);
    for (const [path, text] of files) expect(formatted.get(path), path).toBe(await whole("babel-ts", text));
  });
});

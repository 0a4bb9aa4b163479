// Formatting by parts (generator/write/format.ts) gives what prettier gives on the whole file, byte for byte: small
// files here, each path of the format stage; format-official.test.ts does the same on the official 2.11 package.
import { format } from "prettier";
import { afterEach, describe, expect, it } from "vitest";
import { chunks, formatFiles, PRETTIER_OPTIONS } from "../../generator/write/format.js";

afterEach(() => {
  delete process.env["INTERCOM_SDK_CACHE"];
});

const whole = (parser: string, text: string) => format(text, { parser, ...PRETTIER_OPTIONS });

describe("formatting by parts", () => {
  it("formats each kind of file as Prettier does, and leaves the runtime copies and other files as they are", async () => {
    process.env["INTERCOM_SDK_CACHE"] = "0";
    const section = (name: string) => `## ${name}\n\ntext\n\n\`\`\`ts\nconst  ${name} = f( 1 )\n\`\`\`\n`;
    const files = new Map([
      ["src/models.ts", "export interface A {\n    a: string\n}\n\nexport type B = A|null\n\nconst  c = `x`\n"],
      ["package.json", '{"name": "x", "files": ["dist"]}\n'],
      ["tsconfig.json", '{\n// c\n"a": 1}\n'],
      // Sections in Prettier's shape keep their text (code formatted); one with emphasis goes to Prettier.
      ["api.md", `# API\n\n${section("a")}\n${section("b")}\n### c\n\n*emphasis*\n\n#### d\n\nplain\n`],
      ["README.md", "# R\n\n```ts\nconst a = (\n```\n"],
      ["src/runtime/client.ts", "const  kept = 1\n"],
      ["LICENSE", "kept  as it is\n"],
    ]);
    const formatted = await formatFiles(files);
    expect([...formatted.keys()]).toEqual([...files.keys()].sort((a, b) => a.localeCompare(b)));
    const parsers: Record<string, string> = { ts: "babel-ts", md: "markdown", json: "json" };
    for (const [path, text] of files) {
      const parser = parsers[path.split(".").pop()!];
      const expected = !parser || path.startsWith("src/runtime/") ? text : await whole(parser, text);
      expect(formatted.get(path), path).toBe(expected);
    }
  });

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

// The Markdown the format stage keeps as it is (generator/write/markdown-shape.ts) is what Prettier prints: checked
// on generated texts full of what Markdown gives a meaning to, and on hand-picked cases.
import fc from "fast-check";
import { format } from "prettier";
import { describe, expect, it } from "vitest";
import { alignTables, table } from "../../generator/emit/markdown.js";
import { formatFiles, PRETTIER_OPTIONS } from "../../generator/write/format.js";
import { markdownInFinalShape } from "../../generator/write/markdown-shape.js";

const prettier = (text: string) => format(text, { parser: "markdown", ...PRETTIER_OPTIONS });
const formatted = async (text: string) => (await formatFiles(new Map([["doc.md", text]]))).get("doc.md");

// Inline pieces: mostly plain, with the characters and constructs that make Prettier change a text.
const piece = fc.oneof(
  {
    arbitrary: fc.constantFrom("word", "the", "Node", "20.19", "a,", "b.", "(x)", "x:", "'q'", '"q"', "a+b", "ok?"),
    weight: 8,
  },
  {
    arbitrary: fc.constantFrom("`code`", "`a | b`", "`a \\| b`", "`{…}`", "`x<y>`", "`a  b`", "` a`", "``"),
    weight: 3,
  },
  { arbitrary: fc.constantFrom("**strong**", "**Node ≥ 20**", "[api.md](./api.md)", "[a](b c)", "**x **"), weight: 2 },
  { arbitrary: fc.constantFrom("· …", "→", "≥", "—", "©", "漢字", "é", "\u00a0", "\u200b", "😀"), weight: 2 },
  {
    arbitrary: fc.constantFrom("*", "_", "a_b", "_a", "a_", "\\", "<b>", "&amp;", "|", "~", "~~x~~", "$x$", "{%x%}"),
    weight: 2,
  },
  { arbitrary: fc.constantFrom("#", "-", "+", "1.", "2)", ">", "!", "[x]", "  ", "\t", "http://a.b/c_d"), weight: 2 },
);
const inline = fc.array(piece, { minLength: 1, maxLength: 5 }).map((pieces) => pieces.join(" "));
const line = fc.oneof(
  { arbitrary: inline, weight: 5 },
  { arbitrary: fc.constantFrom("---", "===", "- x", " x", "x "), weight: 1 },
);
const code = fc.constantFrom("const a = 1;", "const  b = {x:1}", "if (a) {\n  b();\n}", "let x = `\n\n`;", "f(\n\n)");
const block = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 3 }), inline).map(([level, text]) => `${"#".repeat(level)} ${text}`),
  fc.array(line, { minLength: 1, maxLength: 3 }).map((lines) => lines.join("\n")),
  fc
    .array(fc.tuple(inline, fc.boolean()), { minLength: 1, maxLength: 3 })
    .map((items) => items.map(([text, more]) => `- ${text}${more ? "\n  more text" : ""}`).join("\n")),
  fc
    .tuple(fc.array(fc.array(inline, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 3 }), fc.boolean())
    .map(([rows, aligned]) =>
      aligned
        ? table(["head", "b"], rows).join("\n")
        : ["| head | b |", "|---|---|", ...rows.map((r) => `| ${r.join(" | ")} |`)].join("\n"),
    ),
  code.map((c) => `\`\`\`ts\n${c}\n\`\`\``),
);
const documents = fc
  .tuple(fc.array(block, { minLength: 1, maxLength: 5 }), fc.constantFrom("\n\n", "\n\n", "\n\n", "\n", "\n\n\n"))
  .map(([blocks, gap]) => `${blocks.join(gap)}\n`);

describe("Markdown kept as it is", () => {
  it("is accepted only where Prettier prints the same text (code blocks formatted)", async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(documents, async (text) => {
        const parts = markdownInFinalShape(text);
        if (!parts) return;
        accepted++;
        // The parts kept as they are, the code formatted by Prettier (here, not by the format stage: this checks the
        // Markdown alone, and keeps the TypeScript printer's mutants out of this test, see vitest.write.config.ts).
        const code = (part: string) => format(part, { parser: "babel-ts", ...PRETTIER_OPTIONS }).catch(() => part);
        const printed = await Promise.all(parts.map(async (part, i) => (i % 2 ? code(part) : part)));
        const joined = printed.map((part, i) => (i % 2 ? part.replace(/\n$/, "") : part)).join("");
        expect(joined).toBe(await prettier(text));
      }),
      { numRuns: 1500, seed: 23 },
    );
    expect(accepted).toBeGreaterThan(100); // the property was exercised, not vacuously true
  }, 120_000);

  it("keeps the emitters' shapes, and rejects what Prettier would change", async () => {
    const kept = [
      "# Title 2.11: API reference\n",
      "## admins\n\n### `intercom.admins.list(params?: P, options?: RequestOptions): Promise<{…} | null>`\n",
      "`GET /admins/{id}` · standalone: `f(client, params, options)` · cursor pagination · **deprecated**\n",
      "The package is **ESM only** and needs **Node ≥ 20.19** (`engines`). See [api.md](./api.md).\n",
      "- **scroll**: the scroll parameter\n  continues here.\n- and a ruleset_id.\n",
      `${table(["field", "type"], [["`a`", "`string \\| null`"]]).join("\n")}\n`,
    ];
    for (const text of kept) {
      expect(markdownInFinalShape(text), text).toEqual([text]);
      expect(await prettier(text)).toBe(text);
    }
    const changed = [
      "*emphasis*\n", // → _emphasis_
      "a_\n", // the underscore is escaped
      "two  spaces\n",
      "| a | b |\n|---|---|\n| c | d |\n", // not padded
      "# Title\ntext\n", // a blank line is added
      "- a\n\n- b\n", // one loose list
      "text\n\n\n\nmore\n",
      "```js\nx\n```\n", // only ts blocks are formatted here
      "a &amp; b\n",
      "| `漢字` | b |\n| ------ | --- |\n| c      | d   |\n", // wide characters
    ];
    for (const text of changed) {
      expect(markdownInFinalShape(text), text).toBeUndefined();
    }
  });

  it.each([
    ["no final newline", "text"],
    ["a blank line at the end", "text\n\n"],
    ["a blank line at the start", "\ntext\n"],
    ["a fence of another language", "```js\nx\n```\n"],
    ["a fence right after a paragraph", "text\n```ts\nconst a = 1;\n```\n"],
    ["an unclosed fence", "```ts\nconst a = 1;\n"],
    ["a fence holding a fence", "```ts\nconst a = 1;\n~~~\n```\n"],
    ["an empty fence", "```ts\n\n```\n"],
    ["text right after a fence", "```ts\nconst a = 1;\n```\ntext\n"],
    ["a list right after a list", "- a\n\n- b\n"],
    ["a heading of two lines", "# a\nb\n"],
    ["a heading without a space", "#a\n"],
    ["a table of two lines", "| a |\n| --- |\n"],
    ["a table of one line", "| a |\n"], // too short to be a table: no rule row to read
    ["a table row without its end", "| a   |\n| --- |\n| b\n"],
    ["a table with a missing cell", "| a   | b   |\n| --- | --- |\n| c   |\n"],
    ["a table with a short rule", "| a   |\n| -- |\n| b   |\n"],
    ["a table with an empty cell", "| a   |\n| --- |\n|     |\n"],
    ["a list item continued without indent", "- a\nb\n"],
    ["a list item continued by a longer line without indent", "- a\nbcd\n"], // Prettier indents it
    ["an empty list item", "- \n"], // Prettier prints -
    ["an empty list item after a paragraph", "text\n\n- \n"],
    ["a list item continued by an empty line", "- a\n  \n"], // Prettier drops the line
    ["a list item holding a quote", "- > a\n"],
    ["a numbered item", "1. a\n"],
    ["an item numbered past 9, with a parenthesis", "12) a\n"], // Prettier prints 12. a
    ["a space at the end", "text \n"],
    ["emphasis", "a *b* c\n"],
    ["a link with a space in its address", "[a](b c)\n"],
    ["strong text with a space inside its end", "**a **\n"],
    ["a code span with two spaces", "`a  b`\n"],
    ["an escaped pipe outside a table", "`a \\| b`\n"],
  ])("leaves to Prettier %s", (_, text) => {
    expect(markdownInFinalShape(text)).toBeUndefined();
  });

  it.each([
    [
      "a heading, a paragraph and a list",
      "# A\n\nSome text: `code`, **strong** and [a link](./a.md).\n\n- item\n  more\n",
    ],
    ["a list after a fence", "```ts\nconst a = 1;\n```\n\n- a\n"],
    ["a paragraph and a heading after a list", "- a\n\ntext\n\n- b\n\n## c\n"],
    ["a word with an underscore", "per_page and a.b\n"],
    ["symbols Markdown gives no meaning to", "a · b … c → d ≥ e — f\n"],
  ])("keeps %s as it is, as Prettier does", async (_, text) => {
    expect(
      markdownInFinalShape(text)
        ?.filter((_, i) => i % 2 === 0)
        .join(""),
    ).toBe(text.replace(/```ts\n[\s\S]*?\n```/g, "```ts\n\n```"));
    expect(await prettier(text)).toBe(text);
  });

  it("splits a text at its code blocks, which are formatted together as each alone", async () => {
    process.env["INTERCOM_SDK_CACHE"] = "0";
    const text = "Intro\n\n```ts\nconst  a = {x:1}\n```\n\n```ts\nif (a)\n```\n\n```ts\nfunction f() {\n```\n\nEnd\n";
    expect(markdownInFinalShape(text)).toEqual([
      "Intro\n\n```ts\n",
      "const  a = {x:1}",
      "\n```\n\n```ts\n",
      "if (a)",
      "\n```\n\n```ts\n",
      "function f() {",
      "\n```\n\nEnd\n",
    ]);
    // Incomplete snippets: neither may swallow the next; Prettier keeps them as they are.
    expect(await formatted(text)).toBe(await prettier(text));
    const good = "```ts\nconst  a = {x:1}\n```\n\n```ts\nlet b=2\n\n\n```\n";
    expect(await formatted(good)).toBe(await prettier(good));
    delete process.env["INTERCOM_SDK_CACHE"];
  });

  it("pads tables as Prettier does", async () => {
    const text = 'Text\n\n| a | type |\n|---|---|\n| `x` | `"a" \\| "b"` · → |\n';
    expect(alignTables(text)).toBe(await prettier(text));
  });

  it("accepts code blocks whose code has single backticks or tildes, and refuses unclosed or empty ones", () => {
    expect(markdownInFinalShape("```ts\nconst a = `x`;\n```\n")).toEqual(["```ts\n", "const a = `x`;", "\n```\n"]);
    expect(markdownInFinalShape("```ts\nconst a = ~1;\n```\n")).toEqual(["```ts\n", "const a = ~1;", "\n```\n"]);
    for (const text of ["```ts\nconst a = 1;\n", "```ts\n  \n```\n", "```ts\n```\n"])
      expect(markdownInFinalShape(text), text).toBeUndefined();
  });
});

// Formatting by parts (generator/write/format.ts) gives what prettier gives on the whole file, byte for byte: small
// files here, each path of the format stage; format-official.test.ts does the same on the official 2.11 package.
import { readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { format, type Options } from "prettier";
import { afterEach, describe, expect, it, vi } from "vitest";
import { cacheKey, writeCache } from "../../generator/cache.js";
import { chunks, formatFiles, PRETTIER_OPTIONS } from "../../generator/write/format.js";
import { ROOT } from "../helpers/paths.js";

// Prettier as it is, each call recorded: which texts reach Prettier is what the format stage's shortcuts and
// batching change (Prettier costs 0.4 s to load and ~1 ms a call besides its text).
// Only the first of several overlapping calls is recorded: the format stage imports Prettier at each call, and vitest
// 4 gives overlapping dynamic imports of a mocked module the real one after the first (vitest-dev/vitest#7040). A
// list of calls can miss calls made alongside another; compare the output with Prettier's too.
const prettierCalls = vi.hoisted(() => [] as { parser: string; text: string }[]);
vi.mock("prettier", async (importOriginal) => {
  const prettier = await importOriginal<typeof import("prettier")>();
  return {
    ...prettier,
    format: (text: string, options: Options) => {
      prettierCalls.push({ parser: String(options.parser), text });
      return prettier.format(text, options);
    },
  };
});

afterEach(() => {
  delete process.env["INTERCOM_SDK_CACHE"];
});

/** The formatted files, and the texts given to Prettier meanwhile. */
async function formatCounting(files: Map<string, string>) {
  prettierCalls.length = 0;
  const formatted = await formatFiles(files);
  return { formatted, calls: prettierCalls.splice(0) };
}

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

  it("never calls Prettier for files the printers cover: TypeScript, JSON, Markdown in Prettier's shape", async () => {
    process.env["INTERCOM_SDK_CACHE"] = "0";
    const files = new Map([
      ["src/a.ts", "export const a = 1;\n\nexport interface B {\n  b: string;\n}\n"],
      ["package.json", '{"name": "x", "files": ["dist"]}\n'],
      ["README.md", "# T\n\n## a\n\ntext\n\n```ts\nconst a = 1;\nconst b = 2;\n```\n"],
    ]);
    const { formatted, calls } = await formatCounting(files);
    expect(calls).toEqual([]);
    for (const [path, text] of files) {
      const parser = path.endsWith(".ts") ? "babel-ts" : path.endsWith(".md") ? "markdown" : "json";
      expect(formatted.get(path), path).toBe(await whole(parser, text));
    }
  });

  it("gives Prettier only the Markdown sections not in its shape, each as it is", async () => {
    process.env["INTERCOM_SDK_CACHE"] = "0";
    const text = "# API\n\n## a\n\n*em*\n\nx ## y\n\n### b\n\nplain\n";
    const { formatted, calls } = await formatCounting(new Map([["api.md", text]]));
    expect(calls).toEqual([{ parser: "markdown", text: "## a\n\n*em*\n\nx ## y\n" }]);
    expect(formatted.get("api.md")).toBe(await whole("markdown", text));
  });

  it("adds no newline to the last Markdown section: an unclosed fence there gets no blank line", async () => {
    process.env["INTERCOM_SDK_CACHE"] = "0";
    // An unclosed fence runs to the end of the text, so a newline added after the last section would be a blank
    // line inside its code block.
    const text = "## a\n\n*em*\n\n### b\n\n```\ncode\n";
    const formatted = await formatFiles(new Map([["api.md", text]]));
    expect(formatted.get("api.md")).toBe(await whole("markdown", text));
  });

  it("formats Markdown that reads as code as Markdown", async () => {
    process.env["INTERCOM_SDK_CACHE"] = "0";
    const text = "x  =  1\n"; // not in Prettier's shape (two spaces), and a TypeScript statement too
    const { formatted } = await formatCounting(new Map([["notes.md", text]]));
    expect(formatted.get("notes.md")).toBe(await whole("markdown", text));
  });

  it("formats the TypeScript the printer leaves to Prettier in one call for all files, as each file alone", async () => {
    process.env["INTERCOM_SDK_CACHE"] = "0";
    // Blank lines at either end, comments on the first and last lines (with and without a space).
    const texts = ["\n\n//c\nwhile (a) {\n  f();\n}\n\n\n", "// d\nwhile (b) {}\n//e\n", "  \n\t\nwhile (c) g()\n  \n"];
    const files = new Map(texts.map((text, i) => [`src/f${i}.ts`, text]));
    const { formatted, calls } = await formatCounting(files);
    expect(calls).toHaveLength(1);
    for (const [path, text] of files) expect(formatted.get(path), path).toBe(await whole("babel-ts", text));
    // One part alone goes to Prettier as it is.
    const one = await formatCounting(new Map([["src/one.ts", texts[0]!]]));
    expect(one.calls).toEqual([{ parser: "babel-ts", text: texts[0] }]);
    expect(one.formatted.get("src/one.ts")).toBe(await whole("babel-ts", texts[0]!));
  });

  it("formats each text alone when the joined call does not split back: an empty result, separator-like lines", async () => {
    process.env["INTERCOM_SDK_CACHE"] = "0";
    const separators = 'x;\nimport "prettier-part-0";\ny;\nimport "prettier-part-1";\nz;\nwhile (a) {}\n';
    for (const file of [
      ["src/empty.ts", ";\n"],
      ["src/separators.ts", separators],
    ] as const) {
      const files = new Map([file, ["src/plain.ts", "while (b) {}\n"]]);
      const { formatted, calls } = await formatCounting(files);
      for (const [path, text] of files) expect(formatted.get(path), path).toBe(await whole("babel-ts", text));
      expect(calls).toHaveLength(1 + files.size);
    }
  });

  it("splits a Prettier call at about 200 KB of text, and gives a larger text a call of its own", async () => {
    process.env["INTERCOM_SDK_CACHE"] = "0";
    const sized = (name: string, length: number) => {
      const shell = `while (${name}) { s = ""; }\n`;
      return `while (${name}) { s = "${"x".repeat(length - shell.length)}"; }\n`;
    };
    const [a, b, c, d] = [sized("a", 100_000), sized("b", 100_000), sized("c", 100_001), sized("d", 200_001)];
    expect([a, b, c, d].map((t) => t.length)).toEqual([100_000, 100_000, 100_001, 200_001]);
    const together = await formatCounting(
      new Map([
        ["src/a.ts", a],
        ["src/b.ts", b],
      ]),
    );
    expect(together.calls).toHaveLength(1);
    expect(together.formatted.get("src/b.ts")).toBe(await whole("babel-ts", b));
    const apart = await formatCounting(
      new Map([
        ["src/a.ts", a],
        ["src/c.ts", c],
      ]),
    );
    expect(apart.calls.map((call) => call.text).sort()).toEqual([a, c]);
    expect(apart.formatted.get("src/c.ts")).toBe(await whole("babel-ts", c));
    const large = await formatCounting(new Map([["src/d.ts", d]]));
    expect(large.calls.map((call) => call.text)).toEqual([d]);
  });

  it("formats a file whole when one of its parts is no whole statement and fails alone", async () => {
    process.env["INTERCOM_SDK_CACHE"] = "0";
    // A split point inside parentheses that falls between two groups of parts (groups end by a hash of the part).
    const text = Array.from({ length: 100 }, (_, k) => `const a${k} = (\n\nb);\n`).find(
      (t) => chunks("babel-ts", t).length === 2,
    );
    expect(text).toBeDefined();
    const { formatted } = await formatCounting(new Map([["src/parens.ts", text!]]));
    expect(formatted.get("src/parens.ts")).toBe(await whole("babel-ts", text!));
  });

  it("stores each file and each part under its key, and reuses a stored result as it is", async () => {
    process.env["INTERCOM_SDK_CACHE"] = "1";
    const manifest = createRequire(import.meta.url).resolve("prettier/package.json");
    const space = `prettier-${(JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version}`;
    const keyOf = (parser: string, text: string) => cacheKey(parser, PRETTIER_OPTIONS, text);
    const entry = (key: string) => join(ROOT, "node_modules/.cache/intercom-sdk-generator", space, key);
    // A text no run has seen, so its keys are fresh; in several parts (the last one changed below).
    const fresh = () => `${Date.now()}_${Math.random().toString(36).slice(2)}`;
    const textOf = (id: string) =>
      `${Array.from({ length: 40 }, (_, i) => `export const c${i}_${id} = ${i};`).join("\n\n")}\n`;
    const id = Array.from({ length: 50 }, fresh).find(
      (candidate) => chunks("babel-ts", textOf(candidate)).length >= 3,
    )!;
    const text = textOf(id);
    const parts = chunks("babel-ts", text);
    const keys = [keyOf("babel-ts", text), ...parts.map((part) => keyOf("babel-ts", part))];
    try {
      const first = await formatFiles(new Map([["src/c.ts", text]]));
      expect(first.get("src/c.ts")).toBe(await whole("babel-ts", text));
      expect(readFileSync(entry(keys[0]!), "utf8")).toBe(first.get("src/c.ts"));
      for (const [i, part] of parts.entries())
        expect(readFileSync(entry(keys[i + 1]!), "utf8"), `part ${i}`).toBe(await whole("babel-ts", part));
      // A stored file is taken as it is.
      writeCache(space, keys[0], "stored whole\n");
      expect((await formatFiles(new Map([["src/c.ts", text]]))).get("src/c.ts")).toBe("stored whole\n");
      // A file seen for the first time, with a part seen before: that part is taken as stored.
      writeCache(space, keys[1], "stored part\n");
      const edited = `${text}\nexport const added_${id} = 1;\n`;
      keys.push(keyOf("babel-ts", edited), ...chunks("babel-ts", edited).map((part) => keyOf("babel-ts", part)));
      expect(chunks("babel-ts", edited)[0]).toBe(parts[0]);
      expect((await formatFiles(new Map([["src/c.ts", edited]]))).get("src/c.ts")).toMatch(/^stored part\n\n/);
    } finally {
      for (const key of keys) rmSync(entry(key), { force: true });
    }
  });

  it("splits TypeScript before each blank-line-separated statement in column 0, grouped about eight to a part", () => {
    const decl = (i: number) =>
      `export interface I${i} {\n  a: string;\n\n  b: number;\n}\n\nexport const c${i} = [\n  1,\n\n]\n\n\nexport type T${i} = (\n\n)`;
    const text = `${Array.from({ length: 40 }, (_, i) => decl(i)).join("\n\n")}\n`;
    const parts = chunks("babel-ts", text);
    expect(parts.join("\n")).toBe(text);
    expect(parts.length).toBeGreaterThan(4);
    expect(parts.length).toBeLessThan(40);
    for (const part of parts.slice(1)) expect(part).toMatch(/^export /);
  });

  it("splits Markdown before each `## ` heading outside code fences, and keeps a file with references or HTML whole", () => {
    const section = (i: number) =>
      [
        `## s${i}`,
        "text ## mid, a < b and [x]: y",
        "`code` first",
        "~ approx",
        "a ``` in a line",
        "````md\n```\n\n## not a heading\n```\n````",
        "```\n~~~~\n\n## not a heading either\n```",
        "~~~\n\n## nor this\n~~~",
        "text\n## a heading after no blank line",
      ].join("\n\n");
    const md = `# T\n\n${Array.from({ length: 30 }, (_, i) => section(i)).join("\n\n")}\n`;
    const parts = chunks("markdown", md);
    expect(parts.join("\n")).toBe(md);
    expect(parts.length).toBeGreaterThan(2);
    for (const part of parts.slice(1)) expect(part).toMatch(/^## s\d/);
    for (const whole of ["[ref]: https://example.com\n", "  [ref]: https://example.com\n", "<div>\n\nx\n</div>\n"])
      expect(chunks("markdown", `${md}\n${whole}`), whole).toHaveLength(1);
  });
});

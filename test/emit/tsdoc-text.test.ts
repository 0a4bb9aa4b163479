// The description prose of a schema as its TSDoc shows it: Markdoc admonitions and tags turned into plain text, comment
// markers that cannot close the comment (escaped in prose, split with a zero-width space inside fenced code), fenced
// code dedented to its common indentation, and the members of inline objects documented on one line or several.
// Emitted in memory inside each test, read from models.ts and the resource file.
import { describe, expect, it } from "vitest";
import { emitFrom } from "../helpers/emit-document.js";

type Json = Record<string, unknown>;

/** The models.ts of a description with these schemas and no paths. */
const modelsOf = (schemas: Json): string =>
  emitFrom({ openapi: "3.0.3", info: { title: "Tiny", version: "1" }, paths: {}, components: { schemas } }).get(
    "src/models.ts",
  )!;

/** One schema `Doc` with the description, emitted; its TSDoc's lines without the comment's margin. */
function tsdoc(description: string): string[] {
  const models = modelsOf({ Doc: { type: "object", description, properties: { a: { type: "string" } } } });
  const end = models.indexOf("\nexport interface Doc ");
  const comment = models.slice(models.lastIndexOf("/**", end), end);
  const inner = comment
    .trim()
    .replace(/^\/\*\*/, "")
    .replace(/\*\/$/, "");
  if (!inner.includes("\n")) return [inner.trim()];
  return inner
    .split("\n")
    .slice(1, -1)
    .map((l) => l.replace(/^ \* ?/, ""));
}

const ZW = "\u200b";

describe("description prose in TSDoc", () => {
  it.each([
    [
      "an admonition with a type and a name",
      '{% admonition type="warning" name="Careful" %}\nMind the gap.\n{% /admonition %}',
      ["Warning: Careful.", "Mind the gap."],
    ],
    [
      "an admonition without a type or a name, written tight",
      "{%admonition%}Read this.{%/admonition%}",
      ["Note:Read this."],
    ],
    ["an admonition with a type only", '{% admonition type="info" %} Read this.', ["Info: Read this."]],
    ["any other Markdoc tag goes", 'Before {% partial file="x.md" %}after.', ["Before after."]],
    ["comment markers in prose are escaped", "Ends */ here, starts /* there.", ["Ends *\\/ here, starts /\\* there."]],
    ["prose loses its indentation", "First.\n   Indented.", ["First.", "Indented."]],
    [
      "fenced code keeps its relative indentation, its markers split; the prose after it is prose again",
      "Code:\n  ```ts\n  if (a) {\n\n    b(); /* c */\n  }\n  ```\n   After */ it.",
      ["Code:", "```ts", "if (a) {", "", `  b(); /${ZW}* c *${ZW}/`, "}", "```", "After *\\/ it."],
    ],
    ["a fence must start its line: text before it makes it prose", "Use ```\nx */\n```", ["Use ```", "x *\\/", "```"]],
    ["a closing fence must start its line too", "```\na ```\nb */\n```", ["```", "a ```", `b *${ZW}/`, "```"]],
    [
      "a closing fence with text after it does not close",
      "```\na\n```b\nc */\n```",
      ["```", "a", "```b", `c *${ZW}/`, "```"],
    ],
    ["a closing fence may end with blanks", "```\na\n```  \nb */\n```", ["```", "a", "```  ", "b *\\/", "```"]],
  ])("%s", (_what, description, lines) => {
    expect(tsdoc(description)).toEqual(lines);
  });

  it("a description made only of Markdoc tags adds nothing: no comment, or no empty paragraph after the title", () => {
    const models = modelsOf({
      Bare: { type: "object", description: '{% partial file="a" /%}', properties: { a: { type: "string" } } },
      Titled: { type: "object", title: "A title", description: "{% x %}", properties: { a: { type: "string" } } },
    });
    expect(models).toContain("regenerate.\nexport interface Bare {");
    expect(models).toContain("}\n\n/** A title */\nexport interface Titled {");
  });
});

describe("members of inline objects", () => {
  it("a tag alone on one line; paragraphs on lines of their own, blank ones without trailing blanks", () => {
    const models = modelsOf({
      Holder: {
        type: "object",
        properties: {
          inline: {
            type: "object",
            properties: {
              id: { type: "string", readOnly: true },
              text: { type: "string", description: "One.\n\nTwo." },
            },
          },
        },
      },
    });
    // As ts-morph indents them inside the interface.
    expect(models).toContain(
      "    inline?: {\n        /** @readonly */\n        id?: string;\n" +
        "        /**\n         * One.\n         *\n         * Two.\n         */\n        text?: string;\n",
    );
  });
});

describe("@throws", () => {
  it("names the class and status, with the response's description when it has one", () => {
    const responses: Json = {
      "204": { description: "ok" },
      "404": { description: "" },
      "409": { description: "Already\n  there." },
    };
    const resource = emitFrom({
      openapi: "3.0.3",
      info: { title: "Tiny", version: "1" },
      paths: { "/things": { delete: { operationId: "deleteThings", tags: ["things"], responses } } },
    }).get("src/resources/things.ts")!;
    const throws = [...resource.matchAll(/@throws (.*)/g)].map((m) => m[1]);
    expect(throws.slice(0, 2)).toEqual(["{@link NotFoundError} 404", "{@link ConflictError} 409: Already there."]);
  });
});

// The README's first calls and sample arguments as a user copies them: which operation the samples call, values from
// the description's examples printed as TypeScript (one line while short, a line per entry beyond 80 columns), the
// options table's server and version rows, and the pagination section only where an operation pages. Emitted in
// memory inside each test from a small document.
import { describe, expect, it } from "vitest";
import { emitFrom } from "../helpers/emit-document.js";
import { section, unpadded } from "../helpers/emitted-text.js";
import { listThingsDocument } from "../helpers/one-operation.js";

type Json = Record<string, unknown>;
const ok = { "204": { description: "ok" } };

function tiny(paths: Json, extra: Json = {}): Json {
  return { openapi: "3.0.3", info: { title: "Tiny", version: "1" }, paths, ...extra };
}

/** The ```ts blocks of a Markdown text. */
const blocks = (markdown: string): string[] => [...markdown.matchAll(/^```ts\n([\s\S]*?)^```/gm)].map((m) => m[1]!);

const X74 = "x".repeat(74);
const [A40, B40] = ["a".repeat(40), "b".repeat(40)];
/** `things.update`: a path parameter whose example has a `)`, and a JSON body of free-form values. */
const update = {
  post: {
    operationId: "updateThing",
    tags: ["things"],
    parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" }, example: "x)y" }],
    requestBody: {
      content: {
        "application/json": {
          schema: {
            type: "object",
            properties: { meta: {}, long: {}, exact: {}, over: {}, nested: {}, nestedObject: {} },
          },
          example: {
            meta: { "a-b": [1, { c: null }], n: "x", e: {}, l: [] },
            long: ["a".repeat(47), { k: "b".repeat(43) }],
            exact: [X74],
            over: [`${X74}x`],
            nested: [[A40, B40]],
            nestedObject: { k: { a: A40, b: B40 } },
          },
        },
      },
    },
    responses: ok,
  },
};
const ARGUMENT = `{
  id: "x)y",
  meta: { "a-b": [1, { c: null }], n: "x", e: {}, l: [] },
  long: [
    "${"a".repeat(47)}",
    { k: "${"b".repeat(43)}" },
  ],
  exact: ["${X74}"],
  over: [
    "${X74}x",
  ],
  nested: [
    [
      "${A40}",
      "${B40}",
    ],
  ],
  nestedObject: {
    k: {
      a: "${A40}",
      b: "${B40}",
    },
  },
}`;

/** A list operation with a query parameter and none in the path. */
const listThings = {
  get: {
    operationId: "listThings",
    tags: ["things"],
    parameters: [{ name: "q", in: "query", schema: { type: "string" } }],
    responses: ok,
  },
};

describe("the README's samples", () => {
  it("call the first operation with a path parameter, its arguments from the description's examples", () => {
    const readme = emitFrom(
      tiny({
        "/things": listThings,
        "/things/{id}": update,
      }),
    ).get("README.md")!;
    const [intro, standalone, validation] = blocks(readme);
    expect(intro).toBe(
      `import { Tiny } from "tiny-client";\n\nconst tiny = new Tiny();\nconst result = await tiny.things.update(${ARGUMENT});\n`,
    );
    expect(standalone).toBe(
      `import { createClient, thingsUpdate } from "tiny-client";\n\nconst client = createClient();\n` +
        `const result = await thingsUpdate(client, ${ARGUMENT});\n`,
    );
    // `throw` is passed as the call's second argument, after the whole first one.
    expect(validation).toContain(
      `  await tiny.things.update(${ARGUMENT});\n  await tiny.things.update(${ARGUMENT}, { validate: "throw" });\n`,
    );
  });

  it("an operation with parameters but none in the path is no first call: the class sample makes none", () => {
    const readme = emitFrom(
      tiny({
        "/things": listThings,
      }),
    ).get("README.md")!;
    expect(blocks(readme).slice(0, 2)).toEqual([
      'import { Tiny } from "tiny-client";\n\nconst tiny = new Tiny();\n',
      'import { createClient, thingsList } from "tiny-client";\n\nconst client = createClient();\nconst result = await thingsList(client);\n',
    ]);
  });

  it("no operation at all: the samples only create the client, and nothing pages", () => {
    const readme = emitFrom(tiny({})).get("README.md")!;
    expect(blocks(readme).slice(0, 2)).toEqual([
      'import { Tiny } from "tiny-client";\n\nconst tiny = new Tiny();\n',
      'import { createClient } from "tiny-client";\n\nconst client = createClient();\n\n',
    ]);
    expect(readme).not.toContain("## Pagination");
    expect(readme.endsWith("aborts at once with the caller's signal.\n\n")).toBe(true);
  });
});

describe("the options table's server and version rows", () => {
  const rows = (readme: string) => unpadded(section(readme, "## Client options")).split("\n").slice(4, 6);

  it("a declared server, no version header", () => {
    const readme = emitFrom(tiny({}, { servers: [{ url: "https://tiny.test/v1" }] })).get("README.md")!;
    expect(rows(readme)).toEqual([
      "| `baseUrl` | `https://tiny.test/v1` | The server (proxies, mock servers). |",
      "| `fetch` | `globalThis.fetch` | Custom fetch implementation. |",
    ]);
  });

  it("a version header the profile declares: its default and its name", () => {
    const readme = emitFrom(
      tiny({}, { "x-sdk-profile": { versionHeader: { name: "Tiny-Version", default: "2024-01-01" } } }),
    ).get("README.md")!;
    expect(rows(readme)).toEqual([
      "| `baseUrl` | none declared | The server (proxies, mock servers). |",
      '| `version` | `"2024-01-01"` | Sent as `Tiny-Version`. |',
    ]);
  });
});

describe("the pagination section", () => {
  it("page-numbered methods: no cursor to resume from, one line for the style, the table of methods", () => {
    const document = tiny({
      "/keys": {
        get: {
          operationId: "listKeys",
          tags: ["keys"],
          parameters: [{ name: "page", in: "query", schema: { type: "integer" } }],
          responses: {
            "200": {
              description: "ok",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    properties: {
                      keys: { type: "array", items: { type: "string" } },
                      links: {
                        type: "object",
                        properties: { pages: { type: "object", properties: { next: { type: "string" } } } },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    });
    const pagination = section(emitFrom(document).get("README.md")!, "## Pagination");
    expect(pagination).not.toContain("Resuming later");
    expect(
      unpadded(pagination.slice(pagination.lastIndexOf("```") + 3))
        .trim()
        .split("\n"),
    ).toEqual([
      "- **page number**: the page argument + 1 until the response's `total_pages`, or until it has no `next`.",
      "",
      "| method | style | items |",
      "| --- | --- | --- |",
      "| `keys.list` | page | `keys` |",
    ]);
  });
});

describe("an API without security", () => {
  it.each([
    ["Tiny", "a", "TinyError"],
    ["Acme", "an", "AcmeError"],
  ])("%s: the client takes no options, and its errors read %s %s", (title, article, error) => {
    const files = emitFrom(listThingsDocument({ title }));
    const readme = files.get("README.md")!;
    const variable = title.toLowerCase();
    expect(readme).toContain(`const ${variable} = new ${title}();\n`);
    expect(readme).toContain("const client = createClient();\n");
    expect(readme).toContain(`const ${variable} = new ${title}({ validate: "warn" });\n`);
    expect(readme).toContain(`Every error is ${article} \`${error}\`.`);
    expect(files.get("src/client.ts")).toContain(` * const ${variable} = new ${title}();\n`);
  });
});

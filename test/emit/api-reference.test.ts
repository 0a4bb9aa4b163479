// api.md, method by method: the heading with its signature (inline objects summarised as `{…}`, on one line), the
// route line (deprecated, paginated), the summary, the table of argument fields (through references and
// intersections, read-only fields left out, pipes escaped), the sample, and the narrowing example of a result that
// is one of two object types told apart by a literal `type`. Emitted in memory inside each test.
import { describe, expect, it } from "vitest";
import { emitFrom } from "../helpers/emit-document.js";

type Json = Record<string, unknown>;
const s = (type: string) => ({ type });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const returning = (schema: Json) => ({ "200": { description: "ok", content: { "application/json": { schema } } } });
const sending = (schema: Json) => ({ content: { "application/json": { schema } } });
const get = (operationId: string, extra: Json) => ({ get: { operationId, tags: ["things"], ...extra } });
const post = (operationId: string, extra: Json) => ({
  post: { operationId, tags: ["things"], responses: { "204": { description: "ok" } }, ...extra },
});

/** L0 … L5: each an intersection of the next and one field of its own, `f0` … `f5`, ever deeper. */
const chain = Object.fromEntries(
  [0, 1, 2, 3, 4, 5].map((k) => [
    `L${k}`,
    k < 5
      ? { allOf: [ref(`L${k + 1}`), { type: "object", properties: { [`f${k}`]: s("string") } }] }
      : { type: "object", properties: { f5: s("string") } },
  ]),
);

function apiMd(paths: Json, schemas: Json = {}): string {
  return emitFrom({
    openapi: "3.0.3",
    info: { title: "Tiny", version: "1" },
    paths,
    components: {
      schemas: {
        A: {
          type: "object",
          required: ["type", "a_only"],
          properties: { type: { type: "string", enum: ["a"] }, a_only: s("string") },
        },
        B: { type: "object", required: ["type"], properties: { type: s("string"), b: s("string") } },
        C: { type: "object", required: ["c"], properties: { type: { type: "string", enum: ["c"] }, c: s("string") } },
        E: { type: "object", required: ["type"], properties: { type: { type: "string", enum: ["e1", "e2"] } } },
        ...chain,
        ...schemas,
      },
    },
  }).get("api.md")!;
}

/** The section of one method: from its `### ` heading to the next. */
function method(api: string, name: string): string {
  const found = api.split(/\n(?=### )/).find((part) => part.startsWith(`### \`tiny.things.${name}(`));
  if (!found) throw new Error(`no method ${name} in api.md`);
  return found.trim();
}

describe("api.md", () => {
  it("a deprecated method without a summary whose result is A or B, told apart by A's literal `type`", () => {
    const api = apiMd({
      "/things/{id}": get("getThing", {
        deprecated: true,
        parameters: [{ name: "id", in: "path", required: true, schema: s("string") }],
        responses: returning({ oneOf: [ref("A"), ref("B")] }),
      }),
    });
    expect(api.split("\n").slice(0, 6)).toEqual([
      "# Tiny 1: API reference",
      "",
      "Package `tiny-client`. Every method is also a standalone function taking the client first (tree-shakeable).",
      "",
      "## things",
      "",
    ]);
    expect(method(api, "get")).toBe(
      [
        "### `tiny.things.get(params: ThingsGetParams, options?: RequestOptions): ApiPromise<A | B>`",
        "",
        "`GET /things/{id}` · standalone: `thingsGet(client, params, options)` · **deprecated**",
        "",
        "| field | type     | required | sent in |",
        "| ----- | -------- | -------- | ------- |",
        "| `id`  | `string` | yes      | path    |",
        "",
        "```ts",
        'const result = await tiny.things.get({ id: "…" });',
        "```",
        "",
        "The result is a `A` or a `B`; `type` tells them apart:",
        "",
        "```ts",
        'const result = await tiny.things.get({ id: "…" });',
        'if (result.type === "a") console.log(result.a_only); // A',
        "else console.log(result); // B",
        "```",
      ].join("\n"),
    );
  });

  it.each([
    ["the literal `type` is optional", { oneOf: [ref("C"), ref("B")] }, "C | B"],
    ["the literal `type` has two values", { oneOf: [ref("E"), ref("B")] }, "E | B"],
    ["three alternatives", { oneOf: [ref("A"), ref("B"), ref("C")] }, "A | B | C"],
  ])("no narrowing example when %s", (_why, schema, type) => {
    const api = apiMd({ "/things": get("listThings", { summary: "Lists.", responses: returning(schema) }) });
    expect(method(api, "list")).toBe(
      [
        `### \`tiny.things.list(params?: ThingsListParams, options?: RequestOptions): ApiPromise<${type}>\``,
        "",
        "`GET /things` · standalone: `thingsList(client, params, options)`",
        "",
        "Lists.",
        "",
        "No arguments.",
        "",
        "```ts",
        "const result = await tiny.things.list();",
        "```",
      ].join("\n"),
    );
  });

  it("fields through references and intersections, eight levels deep; an inline result summarised on one line", () => {
    const api = apiMd({
      "/deep": post("deep", {
        requestBody: sending(ref("L0")),
        responses: returning({
          type: "object",
          properties: {
            nested: { type: "object", properties: { x: s("string") } },
            b: { type: "string", description: "Line one.\n\nLine two." },
          },
        }),
      }),
    });
    expect(method(api, "deep").split("\n").slice(0, 11)).toEqual([
      "### `tiny.things.deep(params?: ThingsDeepParams, options?: RequestOptions): ApiPromise<{ nested?: {…}; /** * Line one. * * Line two. */ b?: string; }>`",
      "",
      "`POST /deep` · standalone: `thingsDeep(client, params, options)`",
      "",
      "| field | type     | required | sent in   |",
      "| ----- | -------- | -------- | --------- |",
      // f4 and f5 are deeper than eight references and intersections: left out.
      "| `f3`  | `string` | no       | json body |",
      "| `f2`  | `string` | no       | json body |",
      "| `f1`  | `string` | no       | json body |",
      "| `f0`  | `string` | no       | json body |",
      "",
    ]);
    expect(method(api, "deep")).not.toContain("The body");
  });

  it("a body's alternatives through references and intersections, down to eight levels", () => {
    // P0 … Pn as L0 … L5, the last one's other part a union: eight levels down from U0 (n = 3), ten from V0 (n = 4).
    const unionAfter = (prefix: string, levels: number) =>
      Object.fromEntries(
        Array.from({ length: levels + 1 }, (_, k) => [
          `${prefix}${k}`,
          {
            allOf: [
              k < levels ? ref(`${prefix}${k + 1}`) : { oneOf: [ref("A"), ref("C")] },
              { type: "object", properties: { [`${prefix.toLowerCase()}${k}`]: s("string") } },
            ],
          },
        ]),
      );
    const api = apiMd(
      {
        "/u": post("eight", { requestBody: sending(ref("U0")) }),
        "/v": post("ten", { requestBody: sending(ref("V0")) }),
      },
      { ...unionAfter("U", 3), ...unionAfter("V", 4) },
    );
    expect(method(api, "eight")).toContain("The body also matches one of these shapes:\n\nShape 1: `A`");
    expect(method(api, "eight")).toContain("Shape 2: `C`");
    expect(method(api, "ten")).toContain("| `v3`  |");
    expect(method(api, "ten")).not.toContain("The body");
  });

  it("a shape without fields of its own is named by its type, on one line", () => {
    const documented = { type: "object", properties: { x: { type: "string", description: "One.\n\nTwo." } } };
    const api = apiMd({
      "/maps": post("map", {
        requestBody: sending({
          oneOf: [
            { type: "object", required: ["a"], properties: { a: s("string") } },
            { type: "object", additionalProperties: documented },
          ],
        }),
      }),
    });
    expect(
      method(api, "map")
        .split("\n")
        .filter((l) => l.startsWith("Shape 2")),
    ).toEqual(["Shape 2: `{ [key: string]: { /** * One. * * Two. */ x?: string; }; }`"]);
  });

  it("read-only fields are not arguments; a pipe in a field's type is escaped in its cell", () => {
    const api = apiMd({
      "/ro": post("ro", {
        requestBody: sending({
          type: "object",
          properties: { id: { type: "string", readOnly: true }, maybe: { type: "string", nullable: true } },
        }),
      }),
    });
    expect(method(api, "ro").split("\n").slice(4, 8)).toEqual([
      "| field   | type             | required | sent in   |",
      "| ------- | ---------------- | -------- | --------- |",
      "| `maybe` | `string \\| null` | no       | json body |",
      "",
    ]);
  });

  it("a body that is one of several shapes: each shape's fields, after the parameters' and shared fields; its type where it has none", () => {
    const api = apiMd({
      "/tags": post("tagThings", {
        requestBody: sending({
          oneOf: [
            ref("A"),
            { type: "object", required: ["n"], properties: { n: s("integer") } },
            { type: "object", required: ["gone"] }, // a field required but not declared: no field of its own
          ],
        }),
      }),
      "/things/{id}/labels": post("labelThing", {
        parameters: [{ name: "id", in: "path", required: true, schema: s("string") }],
        requestBody: sending({ oneOf: [ref("C"), ref("E")] }),
      }),
    });
    expect(method(api, "tag").split("\n").slice(4, -3)).toEqual([
      "The body is one of these shapes:",
      "",
      "Shape 1: `A`",
      "",
      "| field    | type     | required | sent in   |",
      "| -------- | -------- | -------- | --------- |",
      '| `type`   | `"a"`    | yes      | json body |',
      "| `a_only` | `string` | yes      | json body |",
      "",
      "Shape 2",
      "",
      "| field | type     | required | sent in   |",
      "| ----- | -------- | -------- | --------- |",
      "| `n`   | `number` | yes      | json body |",
      "",
      "Shape 3: `{ [key: string]: unknown; }`",
      "",
    ]);
    expect(method(api, "label").split("\n").slice(4, -3)).toEqual([
      "| field | type     | required | sent in |",
      "| ----- | -------- | -------- | ------- |",
      "| `id`  | `string` | yes      | path    |",
      "",
      "The body also matches one of these shapes:",
      "",
      "Shape 1: `C`",
      "",
      "| field  | type     | required | sent in   |",
      "| ------ | -------- | -------- | --------- |",
      '| `type` | `"c"`    | no       | json body |',
      "| `c`    | `string` | yes      | json body |",
      "",
      "Shape 2: `E`",
      "",
      "| field  | type           | required | sent in   |",
      "| ------ | -------------- | -------- | --------- |",
      '| `type` | `"e1" \\| "e2"` | yes      | json body |',
      "",
    ]);
  });

  it("narrows by `type` even when another literal field comes first", () => {
    const api = apiMd({
      "/kinds": get("getKind", {
        responses: returning({
          oneOf: [
            {
              type: "object",
              required: ["kind", "type", "d"],
              properties: {
                kind: { type: "string", enum: ["k"] },
                type: { type: "string", enum: ["d"] },
                d: s("string"),
              },
            },
            ref("B"),
          ],
        }),
      }),
    });
    // An inline variant is summarised as {…}, on one line, in the text and in the code alike.
    expect(method(api, "getKind").split("\n").slice(-7)).toEqual([
      "The result is a `{…}` or a `B`; `type` tells them apart:",
      "",
      "```ts",
      "const result = await tiny.things.getKind();",
      'if (result.type === "d") console.log(result.kind); // {…}',
      "else console.log(result); // B",
      "```",
    ]);
  });
});

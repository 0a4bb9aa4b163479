// `@default` in the generated TSDoc shows the value as JSON, the way a user writes it in code: `@default "avatar"`
// (a string, quoted), `@default 10`, `@default ["a"]`, `@default {"a":1}`, never `avatar` or `[object Object]`.
// On a model's properties, an inline object's members and an operation's parameters.
import { describe, expect, it } from "vitest";
import { Reporter } from "../../generator/diagnostics.js";
import { emitPackage } from "../../generator/emit/emit-package.js";
import { TEMPLATES_DIR } from "../../generator/paths.js";
import { checkDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";
import { listThingsDocument } from "../helpers/one-operation.js";

const defaults = {
  style: { type: "string", default: "avatar" },
  numeric: { type: "string", default: "10" },
  size: { type: "integer", default: 10 },
  tags: { type: "array", items: { type: "string" }, default: ["a"] },
  flag: { type: "boolean", default: false },
  options: { type: "object", properties: { a: { type: "integer" } }, default: { a: 1 } },
};
const expected = [
  '@default "avatar"',
  '@default "10"',
  "@default 10",
  '@default ["a"]',
  "@default false",
  '@default {"a":1}',
];

const document = listThingsDocument({
  parameters: [{ name: "style", in: "query", schema: { type: "string", default: "avatar" } }],
  schema: { $ref: "#/components/schemas/Holder" },
  components: {
    schemas: {
      Holder: {
        type: "object",
        properties: { thing: { $ref: "#/components/schemas/Thing" }, inline: { type: "object", properties: defaults } },
      },
      Thing: { type: "object", properties: defaults },
    },
  },
});

/** The `@default` lines of a generated file, in order. */
const defaultTags = (text: string): string[] =>
  [...text.matchAll(/@default .*/g)].map((m) => m[0].replace(/\s*\*\/$/, ""));

describe("@default in the generated TSDoc is the value as JSON", () => {
  // Emitted inside each test, so that a mutation run knows which tests cover which code.
  const emitted = () => {
    const { model, diagnostics } = buildModel(checkDocument(document, new Reporter("api.yaml", false)), {});
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    return emitPackage(model, TEMPLATES_DIR);
  };

  it("on a model's properties and on an inline object's members", () => {
    // Holder's inline object, then Thing's own declaration.
    expect(defaultTags(emitted().get("src/models.ts")!)).toEqual([...expected, ...expected]);
  });

  it("on an operation's parameter", () => {
    const resource = [...emitted()].find(([path]) => path.startsWith("src/resources/"))!;
    expect(defaultTags(resource[1])).toContain('@default "avatar"');
  });
});

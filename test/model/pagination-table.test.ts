import { describe, expect, it } from "vitest";
import { Reporter } from "../../generator/diagnostics.js";
import { readme } from "../../generator/emit/readme.js";
import { checkDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";
import { PAGINATION_STYLES, runtimeSpec, styleOf } from "../../generator/model/pagination-styles.js";

// The pagination style table drives the checks of a declared x-pagination, the runtime spec and the README text:
// each style is tried from the table itself, so a new style is covered by adding its entry.

/** A list operation whose response and inputs fit every style; `declared` is its x-pagination. */
function modelWith(declared: Record<string, unknown>) {
  const document = {
    openapi: "3.0.3",
    info: { title: "Paged", version: "1" },
    paths: {
      "/things": {
        get: {
          operationId: "listThings",
          "x-sdk-method": "list",
          "x-pagination": declared,
          parameters: ["cursor", "page"].map((name) => ({ name, in: "query", schema: { type: "string" } })),
          responses: {
            "200": {
              description: "ok",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    properties: { data: { type: "array", items: { type: "integer" } }, has_more: { type: "boolean" } },
                  },
                },
              },
            },
          },
        },
      },
    },
  };
  return buildModel(checkDocument(document, new Reporter("paged.yaml")));
}

/** A declaration of the style with every field the table lists (the input field names an existing parameter). */
function declarationOf(style: keyof typeof PAGINATION_STYLES): Record<string, string> {
  const { fields, input } = styleOf(style);
  const values = Object.keys(fields).map((f) => [f, f === "items" ? "data" : f === input ? "cursor" : `x.${f}`]);
  return { style, ...Object.fromEntries(values) };
}

const styles = Object.keys(PAGINATION_STYLES) as (keyof typeof PAGINATION_STYLES)[];

describe("pagination styles, from the one table", () => {
  it.each(styles)(
    "%s: a full declaration is taken as declared, and the runtime spec lists its fields in order",
    (style) => {
      const declared = declarationOf(style);
      const { model, diagnostics } = modelWith(declared);
      expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      const pagination = model.resources[0]!.operations[0]!.pagination!;
      expect(pagination).toMatchObject({
        ...declared,
        source: "declared",
        itemType: { kind: "primitive", name: "integer" },
      });
      expect(Object.entries(runtimeSpec(pagination))).toEqual(Object.entries(declared));
    },
  );

  it.each(styles.flatMap((style) => Object.keys(styleOf(style).fields).map((field) => [style, field] as const)))(
    "%s without `%s`: an error that names the field and what it points to",
    (style, field) => {
      const { [field]: _left, ...declared } = declarationOf(style);
      const error = modelWith(declared).diagnostics.find((d) => d.code === "bad-pagination")!;
      expect(error.message).toBe(
        `x-pagination (${style}) needs \`${field}\` (a dotted path to ${styleOf(style).fields[field]})`,
      );
    },
  );

  it.each(styles)("%s: an input the operation does not have is refused", (style) => {
    const { input } = styleOf(style);
    const error = modelWith({ ...declarationOf(style), [input]: "nope" }).diagnostics.find(
      (d) => d.code === "bad-pagination",
    )!;
    expect(error.message).toBe("`nope` is not a parameter or body field of the operation");
  });

  it("an unknown style is refused, and the fix shows every style's fields", () => {
    const error = modelWith({ style: "offset", items: "data" }).diagnostics.find((d) => d.code === "bad-pagination")!;
    expect(error.message).toBe('unknown pagination style "offset"');
    for (const style of styles)
      expect(error.fix).toContain(`{ style: ${style}, ${Object.keys(styleOf(style).fields).join(", ")} }`);
  });

  it.each(styles)("%s: the generated README explains the style the package uses with the table's text", (style) => {
    const { model } = modelWith(declarationOf(style));
    const text = readme(model, { name: "paged", version: "1.0.0" });
    expect(text).toContain(`- ${styleOf(style).docs}.`);
    for (const other of styles.filter((s) => s !== style)) expect(text).not.toContain(styleOf(other).docs);
  });
});

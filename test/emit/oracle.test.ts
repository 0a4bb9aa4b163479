import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import openapiTS, { astToString } from "openapi-typescript";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { loadDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";
import { CURATED_SPEC, GENERATED, ROOT } from "../helpers/paths.js";
import { typeErrors } from "../helpers/typecheck.js";

/**
 * openapi-typescript as an independent oracle: for every schema of the curated spec, our model type and its type
 * must be mutually assignable. No schema is excluded.
 */

/**
 * The two known differences are bridged instead of excluded, by spelling the oracle's input so that it means what
 * we read it to mean (our reading is pinned by test/model/fixtures.test.ts):
 * - in OpenAPI 3.0 openapi-typescript ignores `nullable: true` beside a `$ref` (e.g. `cursor_pages.next`, which
 *   Intercom does send as null); we keep it. Spelled `{ allOf: [{ $ref }], nullable }`, which it understands.
 * - a property with a `default` is optional to us (the API may leave it out) and required to it by default:
 *   `defaultNonNullable: false` turns that off.
 * - alternatives that only list required fields (`anyOf: [{ required: [id] }, { required: [user_id] }]`) beside
 *   the object's properties are `unknown` to it; spelled with their fields written out.
 * - a bare `type: object` (e.g. `contact.custom_attributes`) is an open object to us and `Record<string, never>`
 *   (no key allowed) to it. Spelled with `additionalProperties: true`.
 */
function bridgeKnownDifferences(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(bridgeKnownDifferences);
  if (typeof node !== "object" || node === null) return node;
  const object = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, bridgeKnownDifferences(v)])) as Record<
    string,
    unknown
  >;
  if (typeof object["$ref"] === "string" && object["nullable"] === true) {
    const { $ref, ...rest } = object;
    return { ...rest, allOf: [{ $ref }] };
  }
  // Alternatives that only list required fields beside the object's own properties: we read them as "one of
  // these fields must be there" (`{…} & ({ id: string } | { user_id: string })`), openapi-typescript as `unknown`.
  // Spelled with each alternative's fields written out, which it reads as we do.
  const alternatives = (object["anyOf"] ?? object["oneOf"]) as Record<string, unknown>[] | undefined;
  const requiredOnly = (a: Record<string, unknown>) =>
    Array.isArray(a["required"]) && Object.keys(a).every((k) => ["required", "title", "description"].includes(k));
  if (object["properties"] && alternatives?.every(requiredOnly)) {
    const { anyOf: _a, oneOf: _o, ...own } = object;
    const props = object["properties"] as Record<string, unknown>;
    const spelled = alternatives.map((a) => ({
      type: "object",
      required: a["required"],
      properties: Object.fromEntries((a["required"] as string[]).filter((n) => n in props).map((n) => [n, props[n]])),
    }));
    return { allOf: [own, { [object["anyOf"] ? "anyOf" : "oneOf"]: spelled }] };
  }
  const isBareObject =
    object["type"] === "object" &&
    !object["properties"] &&
    object["additionalProperties"] === undefined &&
    !object["allOf"] &&
    !object["oneOf"] &&
    !object["anyOf"];
  return isBareObject ? { ...object, additionalProperties: true } : object;
}

describe("openapi-typescript oracle", () => {
  it("agrees with every model type of the curated spec", async () => {
    const dir = join(ROOT, ".tmp/oracle");
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, "oracle.ts"),
      astToString(
        await openapiTS(bridgeKnownDifferences(parse(readFileSync(CURATED_SPEC, "utf8"))) as never, {
          defaultNonNullable: false,
        }),
      ),
    );
    const { model } = buildModel(loadDocument(CURATED_SPEC));
    const checked = model.types;
    const lines = [
      `import type { components } from "./oracle.js";`,
      `import type * as ours from "${join(GENERATED, "src/models.js")}";`,
      `type Mutual<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;`,
      ...checked.map(
        (t) =>
          `export const ${t.name}: Mutual<ours.${t.name}, components["schemas"][${JSON.stringify(t.schemaKey)}]> = true;`,
      ),
    ];
    writeFileSync(join(dir, "check.ts"), lines.join("\n") + "\n");
    expect(checked.length).toBeGreaterThan(25);
    expect(typeErrors([join(dir, "check.ts")])).toEqual([]);
  });
});

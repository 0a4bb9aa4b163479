// How a fix's last segment is read (an index, `-`, or the name of an item in a list of names) and what ifMissing and
// ifPresent skip on a mapping key: the curated schema as a user reads it in openapi.yaml, and the warnings.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { curate } from "../../generator/curate/curate.js";
import { type Fix, readCuration } from "../../generator/curate/curation.js";

const dir = mkdtempSync(join(tmpdir(), "fix-conditions-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const letters = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];
const official = () => ({
  openapi: "3.0.3",
  info: { title: "T", version: "1" },
  paths: {
    "/things": {
      get: {
        responses: {
          "200": {
            description: "ok",
            content: { "application/json": { schema: { $ref: "#/components/schemas/thing" } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      thing: {
        type: "object",
        required: ["id", "b1"],
        properties: { id: { type: "string" }, b1: { type: "string", enum: letters } },
      },
    },
  },
});

/** The curated `thing` schema after `fix`, and the warnings as [code, pointer]. */
function fixed(fix: Partial<Fix>) {
  const file = join(dir, "curation.yaml");
  writeFileSync(
    file,
    stringify({ source: "official.yaml", operations: { "things.list": "GET /things" }, fixes: [{ why: "w", ...fix }] }),
  );
  const { document, diagnostics } = curate(official(), readCuration(file), "official.yaml");
  const schemas = (document["components"] as { schemas: Record<string, Record<string, unknown>> }).schemas;
  return { thing: schemas["thing"]!, diagnostics: diagnostics.map((d) => [d.severity, d.code, d.pointer]) };
}
const thing = official().components.schemas.thing;
const b1 = thing.properties.b1;

describe("a fix's last segment in a list", () => {
  it.each([
    [
      "an index of two digits",
      { op: "add", path: "/components/schemas/thing/properties/b1/enum/10", value: "k" },
      { ...thing, properties: { ...thing.properties, b1: { ...b1, enum: [...letters, "k"] } } },
    ],
    [
      "a name that starts with a digit is a name",
      { op: "add", path: "/components/schemas/thing/required/1a" },
      { ...thing, required: ["id", "b1", "1a"] },
    ],
    [
      "a name that ends with a digit is a name",
      { op: "remove", path: "/components/schemas/thing/required/b1" },
      { ...thing, required: ["id"] },
    ],
  ] as [string, Partial<Fix>, object][])("%s", (_, fix, expected) => {
    expect(fixed(fix)).toEqual({ thing: expected, diagnostics: [] });
  });
});

describe("ifMissing and ifPresent on a mapping key", () => {
  const at = "/components/schemas/thing/properties/id/format";
  it.each([
    ["ifMissing adds a key that is not there", { op: "add", path: at, value: "uuid", ifMissing: true }, "uuid"],
    [
      "ifMissing keeps a key that is there",
      { op: "add", path: "/components/schemas/thing/type", value: "string", ifMissing: true },
      undefined,
    ],
    [
      "ifPresent does not add a key that is not there",
      { op: "add", path: at, value: "uuid", ifPresent: true },
      undefined,
    ],
    [
      "ifPresent skips a replace of a key that is not there, quietly",
      { op: "replace", path: at, value: "uuid", ifPresent: true },
      undefined,
    ],
  ] as [string, Partial<Fix>, string | undefined][])("%s", (_, fix, format) => {
    const { thing: after, diagnostics } = fixed(fix);
    expect(diagnostics).toEqual([]);
    expect(after["type"]).toBe("object");
    expect((after["properties"] as Record<string, Record<string, unknown>>)["id"]!["format"]).toBe(format);
  });

  it("without either, a replace of a key that is not there is skipped with a warning", () => {
    expect(fixed({ op: "replace", path: at, value: "uuid" }).diagnostics).toEqual([
      ["warning", "fix-not-applicable", "/fixes/0"],
    ]);
  });
});

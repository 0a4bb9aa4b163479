import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { curate } from "../../generator/curate/curate.js";
import { type Fix, readCuration } from "../../generator/curate/curation.js";
import { ROOT } from "../helpers/paths.js";

// Curation grammar the whole API needs: nested resource keys, and fixes: how a fix's last segment is read (an index,
// `-`, or the name of an item in a list of names) and what ifMissing and ifPresent skip, as the curated schema shows.
const tmp = mkdtempSync(join(ROOT, ".tmp-curation-fixes-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function curationWith(body: string) {
  const file = join(tmp, "curation.yaml");
  writeFileSync(file, `source: official.yaml\n${body}`);
  return readCuration(file);
}
const official = () => ({
  openapi: "3.0.3",
  info: { title: "T", version: "1" },
  paths: {
    "/help_center/collections/{id}": {
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
        required: ["id", "name"],
        properties: { id: { type: "string" }, name: { type: "string" }, b1: { type: "string", enum: letters } },
      },
    },
  },
});
const letters = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"];
const OPERATIONS = "operations:\n  helpCenters.collections.find: GET /help_center/collections/{collection_id}\n";

/** The curated `thing` schema after `fix`, and the diagnostics as [severity, code, pointer]. */
function fixed(fix: Partial<Fix>) {
  const fixes = stringify({ fixes: [{ why: "w", ...fix }] });
  const { document, diagnostics } = curate(official(), curationWith(OPERATIONS + fixes), "official.yaml");
  const schemas = (document["components"] as { schemas: Record<string, Record<string, unknown>> }).schemas;
  return { thing: schemas["thing"]!, diagnostics: diagnostics.map((d) => [d.severity, d.code, d.pointer]) };
}
const thing = official().components.schemas.thing;
const b1 = thing.properties.b1;

describe("curation", () => {
  it("a nested resource key gives the resource path and the method", () => {
    const { document } = curate(official(), curationWith(OPERATIONS), "official.yaml");
    const op = (document["paths"] as Record<string, Record<string, Record<string, unknown>>>)[
      "/help_center/collections/{collection_id}"
    ]!["get"]!;
    expect([op["x-sdk-resource"], op["x-sdk-method"]]).toEqual(["helpCenters.collections", "find"]);
  });

  it("a key that is not `resource.method` is refused, naming it", () => {
    expect(() => curationWith("operations:\n  find: GET /x\n")).toThrow(/`find` is not `resource.method`/);
  });

  it.each([
    ["remove names the item", "remove", "name", "", ["id"]],
    ["add appends it", "add", "nickname", "", ["id", "name", "nickname"]],
    ["ifMissing skips an add of an item that is there", "add", "name", "\n    ifMissing: true", ["id", "name"]],
    [
      "ifPresent skips a remove of an item that is not there",
      "remove",
      "nickname",
      "\n    ifPresent: true",
      ["id", "name"],
    ],
  ] as const)("a fix on a list of names: %s", (_name, op, item, extra, want) => {
    const fixes = `fixes:\n  - why: test\n    op: ${op}\n    path: /components/schemas/thing/required/${item}${extra}\n`;
    const { document, diagnostics } = curate(official(), curationWith(OPERATIONS + fixes), "official.yaml");
    expect(diagnostics).toEqual([]);
    const schemas = (document["components"] as Record<string, Record<string, { required: string[] }>>)["schemas"]!;
    expect(schemas["thing"]!.required).toEqual(want);
  });

  it.each([
    ["replace swaps the item at the index", "replace", "0", "uid", ["uid", "name"]],
    ["remove takes the item at the index out", "remove", "1", undefined, ["id"]],
    ["add inserts before the index", "add", "0", "first", ["first", "id", "name"]],
    ["add at the end index appends", "add", "2", "last", ["id", "name", "last"]],
    ["add at `-` appends", "add", "-", "last", ["id", "name", "last"]],
  ] as const)("a fix on a list by index: %s", (_name, op, index, value, want) => {
    const fixes = `fixes:\n  - why: test\n    op: ${op}\n    path: /components/schemas/thing/required/${index}\n${
      value === undefined ? "" : `    value: ${value}\n`
    }`;
    const { document, diagnostics } = curate(official(), curationWith(OPERATIONS + fixes), "official.yaml");
    expect(diagnostics).toEqual([]);
    const schemas = (document["components"] as Record<string, Record<string, { required: string[] }>>)["schemas"]!;
    expect(schemas["thing"]!.required).toEqual(want);
  });

  it.each([
    ["remove", "2", "", "`/components/schemas/thing/required/2` does not exist in this description; fix skipped"],
    [
      "replace",
      "5",
      "    value: x\n",
      "`/components/schemas/thing/required/5` does not exist in this description; fix skipped",
    ],
    [
      "add",
      "3",
      "    value: x\n",
      "`/components/schemas/thing/required/3` is past the end of its list in this description; fix skipped",
    ],
  ] as const)(
    "a fix by index the list does not reach (%s %s) warns at the fix and changes nothing",
    (op, index, value, message) => {
      const fixes = `fixes:\n  - why: test\n    op: ${op}\n    path: /components/schemas/thing/required/${index}\n${value}`;
      const { document, diagnostics } = curate(official(), curationWith(OPERATIONS + fixes), "official.yaml");
      expect(diagnostics.map((d) => [d.severity, d.code, d.pointer, d.message])).toEqual([
        ["warning", "fix-not-applicable", "/fixes/0", message],
      ]);
      const schemas = (document["components"] as Record<string, Record<string, { required: string[] }>>)["schemas"]!;
      expect(schemas["thing"]!.required).toEqual(["id", "name"]);
    },
  );

  it("replace cannot name a list item: an error at the fix", () => {
    const fixes =
      "fixes:\n  - why: test\n    op: replace\n    path: /components/schemas/thing/required/name\n    value: x\n";
    const { diagnostics } = curate(official(), curationWith(OPERATIONS + fixes), "official.yaml");
    expect(diagnostics.map((d) => [d.severity, d.pointer])).toEqual([["error", "/fixes/0"]]);
  });
});

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
      { ...thing, required: ["id", "name", "1a"] },
    ],
    [
      "a name that ends with a digit is a name",
      { op: "add", path: "/components/schemas/thing/required/b1" },
      { ...thing, required: ["id", "name", "b1"] },
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

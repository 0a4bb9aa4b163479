import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { curate } from "../../generator/curate/curate.js";
import { readCuration } from "../../generator/curate/curation.js";
import { ROOT } from "../helpers/paths.js";

// Curation grammar the whole API needs: nested resource keys, and fixes that name an item of a list of names.
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
        properties: { id: { type: "string" }, name: { type: "string" } },
      },
    },
  },
});
const OPERATIONS = "operations:\n  helpCenters.collections.find: GET /help_center/collections/{collection_id}\n";

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

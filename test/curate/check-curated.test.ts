// What the model finds wrong in a curated description, reported where the user can change it: the operation's
// pagination or operations entry in curation.yaml, or `fixes` for the rest, never the derived openapi.yaml.
import { describe, expect, it } from "vitest";
import { checkCurated, curatedModel } from "../../generator/curate/check-curated.js";
import type { Curation } from "../../generator/curate/curation.js";

const curation: Curation = {
  file: "spec/9.9/curation.yaml",
  source: "official.yaml",
  operations: [],
  pagination: {},
  parameters: {},
  fixes: [],
};
const info = { openapi: "3.0.3", info: { title: "t", version: "1" } };
const ok = {
  "200": {
    description: "ok",
    content: {
      "application/json": {
        schema: { type: "object", properties: { data: { type: "array", items: { type: "string" } } } },
      },
    },
  },
};
const named = { "x-sdk-resource": "things", "x-sdk-method": "list" };
const pathParam = { parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }] };
const things = (operation: object) => ({ ...info, paths: { "/things": { get: { responses: ok, ...operation } } } });
const notInPath = "path parameter `id` does not appear in the path `/things`";
const atParam = "(at /paths/~1things/get/parameters/0 of the curated description)";
const addId = "add `{id}` to the path or declare the parameter `in: query`";
const paginationFix =
  "declare x-pagination as one of { style: cursor, items, cursorParam, nextCursor } | { style: page, items, pageParam, pages } | { style: scroll, items, cursorParam, nextCursor } | { style: last-item, items, cursorParam, itemCursor, hasMore }";

/** The errors, as [file, code, pointer, message, fix]. */
const errors = (document: Record<string, unknown>) =>
  checkCurated(document, curation, "spec/9.9/openapi.yaml")
    .filter((d) => d.severity === "error")
    .map((d) => [d.file, d.code, d.pointer, d.message, d.fix]);

describe("checkCurated places each problem at the curation key that caused it", () => {
  it.each([
    [
      "a wrong pagination declaration: at /pagination/<name>, with the way to declare a missing parameter",
      things({
        ...named,
        "x-pagination": { style: "cursor", items: "data", cursorParam: "starting_after", nextCursor: "next" },
      }),
      [
        "bad-pagination",
        "/pagination/things.list",
        "`starting_after` is not a parameter or body field of the operation (at /paths/~1things/get/x-pagination of the curated description)",
        `${paginationFix}; or, when the API takes a parameter this version's description leaves out, declare it under \`parameters: things.list\``,
      ],
    ],
    [
      "another problem of a named operation: at /operations/<name>, with the model's fix",
      things({ ...named, ...pathParam }),
      ["path-param-not-in-template", "/operations/things.list", `${notInPath} ${atParam}`, addId],
    ],
    [
      "a problem of an operation the curation does not name: at /fixes",
      things(pathParam),
      [
        "path-param-not-in-template",
        "/fixes",
        `${notInPath} ${atParam}`,
        `${addId}, or add a fix for /paths/~1things/get/parameters/0 under \`fixes\``,
      ],
    ],
    [
      "a problem outside the operations: at /fixes",
      { ...info, "x-sdk-profile": 3, paths: {} },
      [
        "bad-profile",
        "/fixes",
        "the profile must be a mapping (at /x-sdk-profile of the curated description)",
        "declare `profile:` as a mapping in the curation, or add a fix for /x-sdk-profile under `fixes`",
      ],
    ],
    [
      "a description the model cannot be built from (no paths): at /fixes, not thrown",
      info,
      [
        "missing-paths",
        "/fixes",
        "the document has no `paths`, so there is no operation to generate (at /paths of the curated description)",
        "add `paths:` with the API's operations, e.g. `paths: { /contacts: { get: … } }`, or add a fix for /paths under `fixes`",
      ],
    ],
  ])("%s", (_, document, expected) => {
    expect(errors(document)).toEqual([["spec/9.9/curation.yaml", ...expected]]);
  });

  it("gives the model when it can be built, and none when it cannot", () => {
    const built = curatedModel(things(named), curation, "spec/9.9/openapi.yaml");
    expect(built.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(built.model?.resources.flatMap((r) => r.operations.map((o) => `${o.resource}.${o.method}`))).toEqual([
      "things.list",
    ]);
    const broken = curatedModel(info, curation, "spec/9.9/openapi.yaml");
    expect(broken.model).toBeUndefined();
    expect(broken.diagnostics.map((d) => d.code)).toEqual(["missing-paths"]);
  });

  it("an error that is not the generator's is not taken for a diagnostic", () => {
    const document = things(named);
    Object.defineProperty(document, "components", {
      enumerable: true,
      get() {
        throw new RangeError("unreadable");
      },
    });
    expect(() => checkCurated(document, curation, "spec/9.9/openapi.yaml")).toThrow(RangeError);
  });
});

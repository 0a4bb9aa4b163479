// What `npm run diff` prints, from a list of changes: the text report (breaking first, operations before models,
// counts in words) and the JSON one (both sides, a summary, every change), exactly. The CLI itself is run by
// test/diff.test.ts; here the same formatting in-process.
import { describe, expect, it } from "vitest";
import { Reporter } from "../../generator/diagnostics.js";
import { diffModels } from "../../generator/diff/diff-models.js";
import { type DiffReport, formatJson, formatText } from "../../generator/diff/report.js";
import { checkDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";

type Json = Record<string, unknown>;
const str = { type: "string" };
const ok = (schema: Json): Json => ({ "200": { description: "ok", content: { "application/json": { schema } } } });
const op = (method: string, schema: Json, extra: Json = {}): Json => ({
  operationId: method,
  "x-sdk-resource": "things",
  "x-sdk-method": method,
  responses: ok(schema),
  ...extra,
});

function model(paths: Json, schemas: Json = {}) {
  const doc = { openapi: "3.0.3", info: { title: "Things", version: "1" }, paths, components: { schemas } };
  return buildModel(checkDocument(doc, new Reporter("api.yaml", false)), {}).model;
}

const side = (file: string, version: string) => ({ file, title: "Things", version });
const thing = { $ref: "#/components/schemas/Thing" };

/** Old: find and list; new: find lost a field of Thing, list is gone, create is new, Thing gained a field. */
function report(): DiffReport {
  const before = model(
    { "/things/{id}": { get: op("find", thing) }, "/things": { get: op("list", { type: "array", items: str }) } },
    { Thing: { type: "object", properties: { id: str, name: str } } },
  );
  const after = model(
    { "/things/{id}": { get: op("find", thing) }, "/things": { post: op("create", str) } },
    { Thing: { type: "object", properties: { id: str, size: { type: "integer" } } } },
  );
  return { old: side("old.yaml", "1"), new: side("new.yaml", "2"), changes: diffModels(before, after) };
}

describe("the diff's text report", () => {
  it("the calls that stop compiling first, then breaking changes, each group's operations then models, one line per change", () => {
    expect(formatText(report())).toBe(
      [
        "# API diff: old.yaml (Things 1) → new.yaml (Things 2)",
        "",
        "3 breaking changes, 3 non-breaking changes.",
        "",
        "## Calls that stop compiling (1 operation)",
        "",
        "- `things.list`: operation removed",
        "",
        "## Breaking changes (3)",
        "",
        "### Operations",
        "",
        "- BREAKING things.find: response field `name` removed",
        "- BREAKING things.list: operation removed",
        "",
        "### Models",
        "",
        "- BREAKING Thing: property `name` removed",
        "",
        "## Non-breaking changes (3)",
        "",
        "### Operations",
        "",
        "- non-breaking things.find: response field `size` added (optional)",
        "- non-breaking things.create: operation added (`POST /things`)",
        "",
        "### Models",
        "",
        "- non-breaking Thing: property `size` added (optional)",
        "",
      ].join("\n"),
    );
  });

  it("one change of each severity: singular words, and a group without models has no Models heading", () => {
    const { changes, ...sides } = report();
    const one = {
      ...sides,
      changes: [
        changes.find((c) => c.kind === "operation-removed")!,
        changes.find((c) => c.kind === "operation-added")!,
      ],
    };
    expect(formatText(one)).toBe(
      [
        "# API diff: old.yaml (Things 1) → new.yaml (Things 2)",
        "",
        "1 breaking change, 1 non-breaking change.",
        "",
        "## Calls that stop compiling (1 operation)",
        "",
        "- `things.list`: operation removed",
        "",
        "## Breaking changes (1)",
        "",
        "### Operations",
        "",
        "- BREAKING things.list: operation removed",
        "",
        "## Non-breaking changes (1)",
        "",
        "### Operations",
        "",
        "- non-breaking things.create: operation added (`POST /things`)",
        "",
      ].join("\n"),
    );
  });

  it("only models changed: no Operations heading, no empty group", () => {
    const { changes, ...sides } = report();
    const models = { ...sides, changes: changes.filter((c) => c.scope === "model" && c.severity === "breaking") };
    expect(formatText(models)).toBe(
      [
        "# API diff: old.yaml (Things 1) → new.yaml (Things 2)",
        "",
        "1 breaking change, 0 non-breaking changes.",
        "",
        "## Calls that stop compiling (0 operations)",
        "",
        "None: every call compiles as it did; the changes are in what responses and models hold.",
        "",
        "## Breaking changes (1)",
        "",
        "### Models",
        "",
        "- BREAKING Thing: property `name` removed",
        "",
      ].join("\n"),
    );
  });

  it("no change: says so", () => {
    expect(formatText({ ...report(), changes: [] })).toBe(
      "# API diff: old.yaml (Things 1) → new.yaml (Things 2)\n\nNo changes to the SDK surface.\n",
    );
  });
});

describe("the diff's JSON report", () => {
  it("both sides, the counts, and every change with its kind, place and path", () => {
    const r = report();
    const parsed = JSON.parse(formatJson(r)) as Json;
    expect(parsed).toEqual({
      old: { file: "old.yaml", title: "Things", version: "1" },
      new: { file: "new.yaml", title: "Things", version: "2" },
      summary: { breaking: 3, nonBreaking: 3 },
      changes: r.changes,
    });
    expect(r.changes[0]).toEqual({
      kind: "field-removed",
      severity: "breaking",
      scope: "operation",
      subject: "things.find",
      route: "GET /things/{id}",
      location: "response",
      path: "name",
      detail: "response field `name` removed",
      message: "BREAKING things.find: response field `name` removed",
    });
    expect(formatJson(r)).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
  });
});

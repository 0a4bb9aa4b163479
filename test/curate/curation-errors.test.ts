// A curation that cannot be used stops `npm run curate` with every problem at once, each at the curation key the
// user wrote (file and JSON pointer into curation.yaml) with the fix; and what the curated description gets wrong
// is reported at the curation key that caused it, never at the derived openapi.yaml.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { checkCurated } from "../../generator/curate/check-curated.js";
import { curate } from "../../generator/curate/curate.js";
import { readCuration, routeShape } from "../../generator/curate/curation.js";
import { type Diagnostic, GeneratorError } from "../../generator/diagnostics.js";

const dir = mkdtempSync(join(tmpdir(), "curation-errors-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const write = (text: string) => {
  const file = join(dir, `curation-${n++}.yaml`);
  writeFileSync(file, text);
  return file;
};

/** The diagnostics readCuration stops with, as [code, pointer, message, fix]. */
function refused(text: string): [string, string, string, string][] {
  const file = write(text);
  try {
    readCuration(file);
  } catch (error) {
    if (!(error instanceof GeneratorError)) throw error;
    for (const d of error.diagnostics) expect([d.file, d.severity]).toEqual([file, "error"]);
    return error.diagnostics.map((d) => [d.code, d.pointer, d.message, d.fix ?? ""]);
  }
  throw new Error("the curation was accepted");
}

describe("readCuration refuses a curation it cannot use, at the key to change", () => {
  it.each([
    [
      "not YAML",
      "operations: [",
      [["bad-curation", "", expect.stringMatching(/^cannot read the curation file: /), ""]],
    ],
    [
      "not a mapping",
      "- a\n- b\n",
      [
        ["bad-curation", "", "the curation file must be a YAML mapping", ""],
        ["bad-curation", "/source", "`source` (path of the official description) is missing", ""],
        ["bad-curation", "/operations", "no operation is selected", ""],
      ],
    ],
    [
      "no source",
      "operations: { things.list: GET /x }\n",
      [["bad-curation", "/source", "`source` (path of the official description) is missing", ""]],
    ],
    [
      "no operation",
      "source: a.yaml\noperations: {}\n",
      [["bad-curation", "/operations", "no operation is selected", ""]],
    ],
    [
      "an SDK name that is not resource.method",
      "source: a.yaml\noperations:\n  things.list: GET /\n  Find: GET /x\n",
      [
        [
          "bad-sdk-name",
          "/operations/Find",
          "`Find` is not `resource.method` in camelCase (resources may nest: `helpCenters.collections.find`)",
          "rename the key",
        ],
      ],
    ],
    [
      "a route that is not METHOD /path",
      "source: a.yaml\noperations:\n  things.list: GET /\n  things.find: FETCH /x\n",
      [["bad-route", "/operations/things.find", 'expected `METHOD /path`, found "FETCH /x"', "write the route"]],
    ],
    [
      "the same route twice under other parameter names",
      "source: a.yaml\noperations:\n  things.find: GET /x/{a}\n  things.get: get /x/{b}\n",
      [
        [
          "duplicate-route",
          "/operations/things.get",
          "`get /x/{b}` is the same route as `things.find` (parameter names do not tell routes apart)",
          "keep one of the two",
        ],
      ],
    ],
    [
      "pagination of an operation that is not curated",
      "source: a.yaml\noperations:\n  things.list: GET /x\npagination:\n  things.all: { style: cursor }\n",
      [
        [
          "unknown-operation",
          "/pagination/things.all",
          "`things.all` is not among the operations",
          "use the SDK name of an operation under `operations`",
        ],
      ],
    ],
    [
      "declared parameters without `why`",
      "source: a.yaml\noperations:\n  things.list: GET /x\nparameters:\n  things.list: { add: [] }\n",
      [
        [
          "bad-parameters",
          "/parameters/things.list",
          "declared parameters need `why` and `add` (a list)",
          "complete the entry",
        ],
      ],
    ],
    [
      "a declared parameter without `in`",
      "source: a.yaml\noperations:\n  things.list: GET /x\nparameters:\n  things.list: { why: w, add: [{ name: page }] }\n",
      [["bad-parameters", "/parameters/things.list/add/0", "a parameter needs `name` and `in`", "complete it"]],
    ],
    [
      "a fix without `why`",
      "source: a.yaml\noperations: { things.list: GET / }\nfixes:\n  - { op: add, path: /x, value: 1 }\n",
      [
        [
          "bad-fix",
          "/fixes/0",
          "a fix needs `why`, `op` (add|replace|remove) and `path` (a JSON pointer)",
          "complete the fix",
        ],
      ],
    ],
    [
      "a fix with an unknown op",
      "source: a.yaml\noperations: { things.list: GET / }\nfixes:\n  - { why: w, op: move, path: /x }\n",
      [
        [
          "bad-fix",
          "/fixes/0",
          "a fix needs `why`, `op` (add|replace|remove) and `path` (a JSON pointer)",
          "complete the fix",
        ],
      ],
    ],
    [
      "a fix of an operation that is not curated",
      "source: a.yaml\noperations: { things.list: GET / }\nfixes:\n  - { why: w, op: add, path: /x, operation: things.gone }\n",
      [
        [
          "unknown-operation",
          "/fixes/0/operation",
          "`things.gone` is not among the operations",
          "use the SDK name of an operation under `operations`",
        ],
      ],
    ],
    [
      "a profile that is not a mapping",
      "source: a.yaml\noperations: { things.list: GET / }\nprofile: Intercom\n",
      [
        [
          "bad-curation",
          "/profile",
          "`profile` must be a mapping",
          "use the keys clientName, packageName, tokenEnv, versionHeader, regions, errorPrefix, webhooks",
        ],
      ],
    ],
  ] as [string, string, unknown[]][])("%s", (_what, text, expected) => {
    expect(refused(text)).toEqual(expected);
  });

  it("every problem at once, in the file's order", () => {
    const codes = refused("operations:\n  Bad: GET /x\n  things.find: nope\nfixes:\n  - { op: add }\n").map(
      ([code, at]) => `${code} ${at}`,
    );
    expect(codes).toEqual([
      "bad-curation /source",
      "bad-sdk-name /operations/Bad",
      "bad-route /operations/things.find",
      "bad-curation /operations",
      "bad-fix /fixes/0",
    ]);
  });

  it("a usable curation is read as written", () => {
    const file = write(
      "source: official.yaml\noperations:\n  helpCenters.collections.find: get /c/{id}\nfixes:\n  - { why: w, op: remove, path: /x }\n",
    );
    expect(readCuration(file)).toEqual({
      file,
      source: "official.yaml",
      operations: [{ sdkName: "helpCenters.collections.find", method: "get", path: "/c/{id}" }],
      pagination: {},
      parameters: {},
      fixes: [{ why: "w", op: "remove", path: "/x" }],
    });
  });
});

describe("problems of the curated description are reported at the curation key that caused them", () => {
  const ok = {
    "200": { description: "ok", content: { "application/json": { schema: { $ref: "#/components/schemas/page" } } } },
  };
  const official = {
    openapi: "3.0.3",
    info: { title: "t", version: "1" },
    paths: { "/things": { get: { operationId: "listThings", responses: ok } } },
    components: {
      schemas: { page: { type: "object", properties: { data: { type: "array", items: { type: "string" } } } } },
    },
  };
  const curated = (body: object) => {
    const file = write(stringify({ source: "official.yaml", operations: { "things.list": "GET /things" }, ...body }));
    const curation = readCuration(file);
    const { document, diagnostics } = curate(structuredClone(official), curation, "official.yaml");
    expect(diagnostics).toEqual([]);
    return {
      file,
      errors: checkCurated(document, curation, join(dir, "openapi.yaml")).filter((d) => d.severity === "error"),
    };
  };
  const where = (d: Diagnostic) => [d.file, d.pointer, d.message.endsWith("of the curated description)")];

  it("a wrong pagination declaration: at /pagination/<name>, with the way to declare a missing parameter", () => {
    const { file, errors } = curated({
      pagination: {
        "things.list": { style: "cursor", items: "data", cursorParam: "starting_after", nextCursor: "next" },
      },
    });
    expect(errors.length).toBeGreaterThan(0);
    for (const d of errors) {
      expect(where(d)).toEqual([file, "/pagination/things.list", true]);
      expect(d.fix).toContain("declare it under `parameters: things.list`");
    }
  });

  it("a defect a fix introduced outside any operation: at the fix, naming the reference", () => {
    const file = write(
      stringify({
        source: "official.yaml",
        operations: { "things.list": "GET /things" },
        fixes: [
          {
            why: "w",
            op: "replace",
            path: "/components/schemas/page/properties/data/items",
            value: { $ref: "#/components/schemas/gone" },
          },
        ],
      }),
    );
    const { diagnostics } = curate(structuredClone(official), readCuration(file), "official.yaml");
    expect(diagnostics.map((d) => [d.file, d.severity, d.code, d.pointer, d.message])).toEqual([
      [
        file,
        "error",
        "missing-ref",
        "/fixes/0",
        "this fix refers to `#/components/schemas/gone`, which this description does not define (renamed in this version?)",
      ],
    ]);
  });
});

describe("readCuration: more refusals, each at its key", () => {
  const ops = "source: a.yaml\noperations:\n  things.list: GET /x\n";
  const adaptedMessage = "`adapted` (written by add-version) must be a list of entries with a `why`";
  it.each([
    [
      "a route with more after the path",
      "source: a.yaml\noperations:\n  things.ok: GET /ok\n  things.list: GET /x y\n",
      [["bad-route", "/operations/things.list", 'expected `METHOD /path`, found "GET /x y"', "write the route"]],
    ],
    [
      "a route whose method only ends in one",
      "source: a.yaml\noperations:\n  things.ok: GET /ok\n  things.list: FORGET /x\n",
      [["bad-route", "/operations/things.list", 'expected `METHOD /path`, found "FORGET /x"', "write the route"]],
    ],
    [
      "a route that is not a string",
      "source: a.yaml\noperations:\n  things.ok: GET /ok\n  things.list: 3\n",
      [["bad-route", "/operations/things.list", "expected `METHOD /path`, found 3", "write the route"]],
    ],
    ...["Things.list", "things.list-all", "things.List"].map((name) => [
      `the SDK name ${name}`,
      `source: a.yaml\noperations:\n  things.ok: GET /ok\n  ${name}: GET /x\n`,
      [
        [
          "bad-sdk-name",
          `/operations/${name}`,
          `\`${name}\` is not \`resource.method\` in camelCase (resources may nest: \`helpCenters.collections.find\`)`,
          "rename the key",
        ],
      ],
    ]),
    [
      "a fix whose path is not a string",
      `${ops}fixes:\n  - { why: w, op: add, path: 3 }\n`,
      [
        [
          "bad-fix",
          "/fixes/0",
          "a fix needs `why`, `op` (add|replace|remove) and `path` (a JSON pointer)",
          "complete the fix",
        ],
      ],
    ],
    [
      "declared parameters whose `add` is not a list",
      `${ops}parameters:\n  things.list: { why: w, add: page }\n`,
      [
        [
          "bad-parameters",
          "/parameters/things.list",
          "declared parameters need `why` and `add` (a list)",
          "complete the entry",
        ],
      ],
    ],
    [
      "declared parameters that are not a mapping, or have no `name`",
      `${ops}parameters:\n  things.list: { why: w, add: [page, { in: query }, { name: q, in: query }] }\n`,
      [
        ["bad-parameters", "/parameters/things.list/add/0", "a parameter needs `name` and `in`", "complete it"],
        ["bad-parameters", "/parameters/things.list/add/1", "a parameter needs `name` and `in`", "complete it"],
      ],
    ],
    [
      "an unknown profile key",
      `${ops}profile: { clientName: X, colour: red }\n`,
      [
        [
          "bad-curation",
          "/profile/colour",
          "unknown profile key `colour`",
          "use one of clientName, packageName, tokenEnv, versionHeader, regions, errorPrefix, webhooks",
        ],
      ],
    ],
    [
      "`adapted` that is not a list",
      `${ops}adapted: everything\n`,
      [["bad-curation", "/adapted", adaptedMessage, "restore it, or remove the section"]],
    ],
    [
      "`adapted` with an entry without `why`",
      `${ops}adapted:\n  - { why: w }\n  - { kind: operation-absent }\n`,
      [["bad-curation", "/adapted", adaptedMessage, "restore it, or remove the section"]],
    ],
    [
      "`adapted` with an entry that is not a mapping",
      `${ops}adapted: [why]\n`,
      [["bad-curation", "/adapted", adaptedMessage, "restore it, or remove the section"]],
    ],
    [
      "`adapted` with a `why` that is not text",
      `${ops}adapted: [{ why: 3 }]\n`,
      [["bad-curation", "/adapted", adaptedMessage, "restore it, or remove the section"]],
    ],
  ] as [string, string, unknown[]][])("%s", (_what, text, expected) => {
    expect(refused(text)).toEqual(expected);
  });

  it("a file that is not YAML: the parser's first line", () => {
    expect(refused("source: a.yaml\noperations: [\n")).toEqual([
      ["bad-curation", "", expect.stringMatching(/^cannot read the curation file: \S.*[^\n]$/), ""],
    ]);
    expect(refused("a: 1\na: 2\n")).toEqual([
      ["bad-curation", "", "cannot read the curation file: Map keys must be unique at line 2, column 1:", ""],
    ]);
  });

  it("accepts routes with spaces around or inside, and an `adapted` record with a `why` in each entry", () => {
    const file = write(
      `source: a.yaml\noperations:\n  things.list: "  GET   /x "\n  things.find: delete /x/{id}\nadapted:\n  - { kind: operation-absent, why: w }\n`,
    );
    expect(readCuration(file).operations).toEqual([
      { sdkName: "things.list", method: "get", path: "/x" },
      { sdkName: "things.find", method: "delete", path: "/x/{id}" },
    ]);
  });
});

describe("routeShape: a route with its parameter names left out", () => {
  it.each([
    ["GET", "/companies/{company_id}", "get /companies/{}"],
    ["get", "/a/{x}/b/{y}", "get /a/{}/b/{}"],
    ["Delete", "/a", "delete /a"],
  ])("%s %s → %s", (method, path, shape) => {
    expect(routeShape(method, path)).toBe(shape);
  });
});

// The checks of a parsed description (generator/load/load-document.ts): its shape (a mapping with a supported
// `openapi`, `info.version` and `paths`) and its `$ref`s (each resolves inside the document, and none only refers to
// itself). Each problem is reported with its pointer, message and fix, all at once; a stage's errors stop the run
// before the next stage's checks. Exact lines: what a user reads.
import { describe, expect, it } from "vitest";
import { GeneratorError, Reporter } from "../../generator/diagnostics.js";
import { checkDocument } from "../../generator/load/load-document.js";
import { fixture } from "../helpers/model.js";

type Json = Record<string, unknown>;
const base = (extra: Json): Json => ({ openapi: "3.0.3", info: { title: "t", version: "1" }, paths: {}, ...extra });

/** Checks `document` as if read from `file`: each diagnostic as `severity code pointer: message | fix`, then the broken refs. */
function check(document: unknown, { lenient = false, file = "/work/specs/api.yaml" } = {}): string[] {
  const reporter = new Reporter(file, lenient);
  let broken: string[] = [];
  try {
    broken = [...checkDocument(document, reporter).brokenRefs];
  } catch (error) {
    if (!(error instanceof GeneratorError)) throw error;
  }
  return [
    ...reporter.diagnostics.map((d) => `${d.severity} ${d.code} ${d.pointer}: ${d.message} | ${d.fix}`),
    ...(broken.length ? [`broken: ${broken.join(" ")}`] : []),
  ];
}

// [what, document, every diagnostic]
const ROWS: [string, unknown, string[]][] = [
  [
    "a list",
    [{ openapi: "3.0.3" }],
    [
      "error not-an-object : the document is a list, not an OpenAPI description (a mapping with `openapi`, `info` and `paths`) | point --spec at an OpenAPI 3 description",
    ],
  ],
  [
    "null",
    null,
    [
      "error not-an-object : the document is null, not an OpenAPI description (a mapping with `openapi`, `info` and `paths`) | point --spec at an OpenAPI 3 description",
    ],
  ],
  [
    "a string",
    "openapi: 3.0.3",
    [
      "error not-an-object : the document is a string, not an OpenAPI description (a mapping with `openapi`, `info` and `paths`) | point --spec at an OpenAPI 3 description",
    ],
  ],
  [
    "a number",
    3,
    [
      "error not-an-object : the document is a number, not an OpenAPI description (a mapping with `openapi`, `info` and `paths`) | point --spec at an OpenAPI 3 description",
    ],
  ],
  [
    "a Swagger 2.0 document",
    { swagger: "2.0", info: { version: "1" }, paths: {} },
    [
      "error swagger-2 /swagger: this is a Swagger 2.0 document; only OpenAPI 3.0 and 3.1 are supported | convert it first, e.g. with `npx swagger2openapi in.yaml -o out.yaml`",
    ],
  ],
  [
    "no openapi field, no info, no paths",
    { info: "v1" },
    [
      "error not-openapi-3 /openapi: the `openapi` version field is missing, so this is not an OpenAPI description | add `openapi: 3.1.0` (or the 3.0.x version the description follows) at the top",
      'error missing-info-version /info/version: `info.version` is missing; it names the API version of the package | add `info: { version: "2.11" }`',
      "error missing-paths /paths: the document has no `paths`, so there is no operation to generate | add `paths:` with the API's operations, e.g. `paths: { /contacts: { get: … } }`",
    ],
  ],
  [
    "openapi 4.0.0; info.version a number; paths a list",
    { openapi: "4.0.0", info: { version: 2.1 }, paths: [] },
    [
      'error not-openapi-3 /openapi: `openapi: "4.0.0"` is not supported; only OpenAPI 3.0.x and 3.1.x are | use an OpenAPI 3.0 or 3.1 description (`openapi: 3.1.0`)',
      'error missing-info-version /info/version: `info.version` must be a string; found 2.1 | quote it so YAML reads a string, e.g. `version: "2.10"` (unquoted, 2.10 reads as the number 2.1)',
      "error missing-paths /paths: `paths` must be a mapping of paths to operations | add `paths:` with the API's operations, e.g. `paths: { /contacts: { get: … } }`",
    ],
  ],
  [
    "openapi as a number",
    { openapi: 3.1, info: { version: "1" }, paths: {} },
    [
      'error not-openapi-3 /openapi: `openapi: 3.1` is not supported; only OpenAPI 3.0.x and 3.1.x are | quote the version, e.g. `openapi: "3.0.3"`',
    ],
  ],
  [
    "openapi without its patch version",
    { openapi: "3.0", info: { version: "1" }, paths: {} },
    [
      'error not-openapi-3 /openapi: `openapi: "3.0"` is not supported; only OpenAPI 3.0.x and 3.1.x are | use an OpenAPI 3.0 or 3.1 description (`openapi: 3.1.0`)',
    ],
  ],
  [
    "openapi 3.2.0",
    { openapi: "3.2.0", info: { version: "1" }, paths: {} },
    [
      'error not-openapi-3 /openapi: `openapi: "3.2.0"` is not supported; only OpenAPI 3.0.x and 3.1.x are | use an OpenAPI 3.0 or 3.1 description (`openapi: 3.1.0`)',
    ],
  ],
  [
    "openapi that only ends like a version",
    { openapi: "v3.0.1", info: { version: "1" }, paths: {} },
    [
      'error not-openapi-3 /openapi: `openapi: "v3.0.1"` is not supported; only OpenAPI 3.0.x and 3.1.x are | use an OpenAPI 3.0 or 3.1 description (`openapi: 3.1.0`)',
    ],
  ],
  [
    "a long openapi value is clipped",
    { openapi: "x".repeat(100), info: { version: true }, paths: {} },
    [
      'error not-openapi-3 /openapi: `openapi: "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx` is not supported; only OpenAPI 3.0.x and 3.1.x are | use an OpenAPI 3.0 or 3.1 description (`openapi: 3.1.0`)',
      'error missing-info-version /info/version: `info.version` must be a string; found true | add `info: { version: "2.11" }`',
    ],
  ],
  [
    "a long info.version is clipped",
    { openapi: "3.0.3", info: { version: ["x".repeat(50)] }, paths: {} },
    [
      'error missing-info-version /info/version: `info.version` must be a string; found ["xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx | add `info: { version: "2.11" }`',
    ],
  ],
  [
    "openapi 3.0.x and 3.1.x are accepted",
    { openapi: "3.1.0", info: { version: "1" }, paths: {}, components: { schemas: { A: { type: "object" } } } },
    [],
  ],
  [
    "a shape error stops before the field types are checked",
    { openapi: "3.0.3", info: {}, paths: { "/a": { get: { operationId: 1 } } } },
    [
      'error missing-info-version /info/version: `info.version` is missing; it names the API version of the package | add `info: { version: "2.11" }`',
    ],
  ],
  [
    "field types stop before the references are checked",
    base({ paths: { "/a": { get: { operationId: 1, responses: { "200": { $ref: "#/nowhere" } } } } } }),
    [
      'error wrong-type /paths/~1a/get/operationId: `operationId` must be a string; found 1 (a number) | quote it so it is a string, e.g. `operationId: "123"`',
    ],
  ],
  [
    "references that point to nothing",
    base({
      paths: {
        "/a": {
          get: {
            responses: {
              "200": {
                description: "ok",
                content: {
                  "application/json": {
                    schema: {
                      allOf: [
                        { $ref: "#/components/schemas/Missing" },
                        { $ref: "#/info/title/x" },
                        { $ref: "#/components/schemas/constructor" },
                      ],
                    },
                  },
                },
              },
            },
          },
        },
      },
      components: { schemas: {} },
    }),
    [
      "error missing-ref /paths/~1a/get/responses/200/content/application~1json/schema/allOf/0/$ref: `$ref: #/components/schemas/Missing` points to nothing | define the target, correct the reference, or run with --lenient to emit `unknown` for it",
      "error missing-ref /paths/~1a/get/responses/200/content/application~1json/schema/allOf/1/$ref: `$ref: #/info/title/x` points to nothing | define the target, correct the reference, or run with --lenient to emit `unknown` for it",
      "error missing-ref /paths/~1a/get/responses/200/content/application~1json/schema/allOf/2/$ref: `$ref: #/components/schemas/constructor` points to nothing | define the target, correct the reference, or run with --lenient to emit `unknown` for it",
    ],
  ],
  [
    "references that resolve, into lists and the whole document too",
    base({
      paths: {
        "/a": {
          get: {
            parameters: [{ name: "q", in: "query", schema: { type: "string" } }],
            responses: { "200": { $ref: "#/components/responses/R" } },
          },
          post: { parameters: [{ $ref: "#/paths/~1a/get/parameters/0" }], responses: {} },
        },
      },
      components: {
        responses: { R: { description: "ok" } },
        schemas: { All: { $ref: "#" }, P: { $ref: "#/components/schemas/Q", description: "d" }, Q: { type: "string" } },
      },
    }),
    [],
  ],
  [
    "a reference that only leads back to itself (one that leads into such a loop from outside, IntoC, is fine)",
    base({
      components: {
        schemas: {
          Self: { $ref: "#/components/schemas/Self" },
          A: { $ref: "#/components/schemas/B" },
          B: { $ref: "#/components/schemas/A" },
          C: { $ref: "#/components/schemas/A" },
          IntoC: { $ref: "#/components/schemas/C" },
          Typed: { type: "object", properties: { next: { $ref: "#/components/schemas/Typed" } } },
        },
      },
    }),
    [
      "error ref-cycle /components/schemas/Self/$ref: `$ref: #/components/schemas/Self` only refers to itself through a chain of references, so it describes no type | give the schema a type or point the reference at a real schema",
      "error ref-cycle /components/schemas/A/$ref: `$ref: #/components/schemas/B` only refers to itself through a chain of references, so it describes no type | give the schema a type or point the reference at a real schema",
      "error ref-cycle /components/schemas/B/$ref: `$ref: #/components/schemas/A` only refers to itself through a chain of references, so it describes no type | give the schema a type or point the reference at a real schema",
      "error ref-cycle /components/schemas/C/$ref: `$ref: #/components/schemas/A` only refers to itself through a chain of references, so it describes no type | give the schema a type or point the reference at a real schema",
    ],
  ],
  [
    "a chain that ends in a reference to another file is no loop (that reference is reported)",
    base({ components: { schemas: { A: { $ref: "#/components/schemas/B" }, B: { $ref: "other.yaml#/B" } } } }),
    [
      "error missing-ref-file /components/schemas/B/$ref: `$ref: other.yaml#/B` points to a file that does not exist (/work/specs/other.yaml) | fix the path or bundle the description into one file",
    ],
  ],
  [
    "references inside examples are not followed",
    base({
      components: {
        schemas: { A: { type: "object", example: { $ref: "#/nowhere" }, examples: [{ $ref: "#/nowhere" }] } },
      },
    }),
    [],
  ],
];

describe("a description's shape and references", () => {
  it.each(ROWS)("%s", (_what, document, diagnostics) => {
    expect(check(document)).toEqual(diagnostics);
  });

  it("a reference to another file that exists: bundle first", () => {
    const file = fixture("invalid/api.yaml"); // beside the fixture swagger-2.yaml
    expect(check(base({ components: { schemas: { A: { $ref: "swagger-2.yaml#/info" } } } }), { file })).toEqual([
      "error external-ref /components/schemas/A/$ref: `$ref: swagger-2.yaml#/info` points to another file; only references inside the document are supported | bundle the description first, e.g. `npx @redocly/cli bundle`",
    ]);
  });

  it("--lenient: a reference to nothing is a warning, and the run knows which references are broken", () => {
    const document = base({
      components: {
        schemas: {
          A: { allOf: [{ $ref: "#/components/schemas/Missing" }, { $ref: "#/info/title/x" }] },
          B: { $ref: "#/components/schemas/Missing" },
        },
      },
    });
    expect(check(document, { lenient: true })).toEqual([
      "warning missing-ref /components/schemas/A/allOf/0/$ref: `$ref: #/components/schemas/Missing` points to nothing; emitted as `unknown` | define the target in the description to get a precise type",
      "warning missing-ref /components/schemas/A/allOf/1/$ref: `$ref: #/info/title/x` points to nothing; emitted as `unknown` | define the target in the description to get a precise type",
      "warning missing-ref /components/schemas/B/$ref: `$ref: #/components/schemas/Missing` points to nothing; emitted as `unknown` | define the target in the description to get a precise type",
      "broken: #/components/schemas/Missing #/info/title/x",
    ]);
  });

  it("--lenient does not excuse a reference loop or another file", () => {
    const document = base({
      components: { schemas: { Self: { $ref: "#/components/schemas/Self" }, Far: { $ref: "other.yaml" } } },
    });
    expect(check(document, { lenient: true }).map((line) => line.split(":")[0])).toEqual([
      "error ref-cycle /components/schemas/Self/$ref",
      "error missing-ref-file /components/schemas/Far/$ref",
    ]);
  });
});

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { driftSummary, exampleDrift, formatDriftEntry } from "../../generator/evidence/drift.js";
import { collectExamples } from "../../generator/evidence/examples.js";
import { loadDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";
import { Intercom, IntercomValidationError } from "../../generated/2.11/src/index.js";
import { resourceAt } from "../helpers/client-suite.js";
import { ROOT } from "../helpers/paths.js";
import { startServer, type TestServer } from "../runtime/server.js";

// Evidence: the description's examples checked with the runtime's own validator, grouped per schema property.

function driftOf(file: string) {
  const spec = loadDocument(file);
  const { model } = buildModel(spec);
  return { spec, model, report: exampleDrift(spec, model) };
}

describe("example drift on a fixture", () => {
  const { report } = driftOf(join(ROOT, "test/fixtures/evidence/drift.yaml"));

  it("groups per schema property and counts the examples that contain the schema", () => {
    expect(report.entries.map(formatDriftEntry)).toEqual([
      "`company.employees`: wrong type (expected integer, got 1.5) in 1 of 4 examples",
      "`company.size`: wrong type (expected integer, got string) in 2 of 5 examples", // its own example and one company
      '`company.type`: enum value not listed ("firm" is not one of "company") in 1 of 4 examples',
      "`company.website`: not nullable, null in 1 of 4 examples",
      "`company.website`: required, absent from 1 of 4 examples",
      "`GET /companies/{id} id`: wrong type (expected string, got number) in 1 of 1 examples",
      "`plan.name`: wrong type (expected string, got number) in 1 of 4 examples",
    ]);
  });

  it("points at every example it counts; read-only fields are not required of request examples", () => {
    const website = report.entries.find((e) => e.property === "company.website" && e.code === "required")!;
    expect(website.examples).toEqual([
      "/paths/~1companies~1{id}/get/responses/200/content/application~1json/examples/one/value",
    ]);
    expect(report.entries.some((e) => e.property === "company.id")).toBe(false); // the POST example has no id
  });

  it("one summary line", () => {
    expect(report.examples).toBe(6);
    expect(driftSummary(report)).toBe(
      "6 examples checked; 7 schema properties disagree with them (1 required but absent, 1 null but not nullable, 4 wrong type, 1 unlisted enum value)",
    );
  });
});

const curated = readdirSync(join(ROOT, "spec"))
  .map((v) => join(ROOT, "spec", v, "openapi.yaml"))
  .filter(existsSync);

describe.each(curated)("curated %s", (file) => {
  it("every example the curation keeps matches its schema (no false alarm)", () => {
    const { report } = driftOf(file);
    expect(report.examples).toBeGreaterThan(0);
    expect(report.entries.map(formatDriftEntry)).toEqual([]);
  });

  it("the README states its drift summary", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const version = file.split("/").at(-2)!;
    expect(readme).toContain(`| ${version} | ${driftSummary(driftOf(file).report)} |`);
  });
});

describe("the generated 2.11 client, validate: throw, answered with every 2xx example of its operations", () => {
  let server: TestServer;
  const { spec, model } = driftOf(join(ROOT, "spec/2.11/openapi.yaml"));
  const bodies = new Map<string, unknown[]>();
  for (const example of collectExamples(spec, model)) {
    const m = /^\/paths\/([^/]+)\/(\w+)\/responses\/2\d\d\/content\/[^/]+\/(examples\/[^/]+\/value|example)$/.exec(
      example.pointer,
    );
    if (!m) continue;
    const key = `${m[2]!.toUpperCase()} ${m[1]!.replace(/~1/g, "/")}`;
    bodies.set(key, [...(bodies.get(key) ?? []), example.value]);
  }
  const calls = model.resources.flatMap((r) =>
    r.operations.map((op) => ({ r, op, examples: bodies.get(`${op.httpMethod} ${op.path}`) ?? [] })),
  );
  let reply: unknown;

  beforeAll(async () => {
    server = await startServer(() => ({ body: reply }));
  });
  afterAll(() => server.close());

  it("covers most operations", () => {
    expect(calls.filter((c) => c.examples.length > 0).length).toBeGreaterThan(model.resources.length * 3);
  });

  it.each(calls.filter((c) => c.examples.length > 0).map((c) => [`${c.r.path}.${c.op.method}`, c] as const))(
    "%s",
    async (_name, { r, op, examples }) => {
      const intercom = new Intercom({ token: "t", baseUrl: server.url, validate: "throw" });
      const resource = resourceAt(intercom, r.path) as Record<string, (p: object) => PromiseLike<unknown>>;
      const params = Object.fromEntries(op.params.filter((p) => p.required).map((p) => [p.name, "x"]));
      for (const example of examples) {
        reply = example;
        await expect(Promise.resolve(resource[op.method]!(params))).resolves.toBeDefined();
      }
    },
  );

  it("and the same client rejects a company that breaks the schema, naming the nested property", async () => {
    reply = { type: "list", data: [{ type: "company", id: "1", name: "A", website: 7 }] };
    const intercom = new Intercom({ token: "t", baseUrl: server.url, validate: "throw" });
    const err = await intercom.contacts.listAttachedCompanies({ contact_id: "c" }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(IntercomValidationError);
    expect((err as IntercomValidationError).issues.map((i) => i.path)).toContain("data[0].website");
  });
});

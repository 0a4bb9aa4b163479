import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../generator/generate.js";
import { fixture, modelOf } from "../helpers/model.js";
import { ROOT } from "../helpers/paths.js";
import { typeErrors } from "../helpers/typecheck.js";
import { startServer, type TestServer } from "../runtime/server.js";

// Operation-level constructs of Intercom's descriptions (test/fixtures/operations/constructs.yaml), from the model
// to the emitted code to real requests. Each test builds or generates what it checks itself (nothing at collection
// time), so that a mutation run knows which test covers which generator code.
const FIXTURE = "operations/constructs.yaml";
const tmp = mkdtempSync(join(ROOT, ".tmp-constructs-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The fixture's package, generated into a folder of its own. */
async function generated() {
  const out = mkdtempSync(join(tmp, "pkg-"));
  return { out, result: await generate({ spec: fixture(FIXTURE), out, build: false }) };
}

function operation(key: string) {
  const { model } = modelOf(FIXTURE);
  return model.resources
    .flatMap((r) => r.operations.map((o) => [`${r.name}.${o.method}`, o] as const))
    .find(([k]) => k === key)?.[1];
}

describe("operation constructs: model", () => {
  const cases: [string, { given: string; want: Record<string, unknown> }][] = [
    [
      "PascalCase operationId → camelCase; path-level parameters; extra header parameters (Intercom-Version is the client's)",
      {
        given: "things.retrieveAThingById",
        want: {
          params: [
            expect.objectContaining({ name: "thing_id", in: "path" }),
            expect.objectContaining({ name: "X-Trace", in: "header" }),
          ],
        },
      },
    ],
    [
      "a body field named like a path parameter: the body goes under `body`; 204 reads as undefined",
      {
        given: "things.replace",
        want: {
          body: expect.objectContaining({ merged: false, bodyKey: "body" }),
          response: expect.objectContaining({ kind: "none" }),
        },
      },
    ],
    [
      "no operationId: named from method + path; `default` response; deprecated",
      {
        given: "things.deleteThingId",
        want: { docs: { deprecated: true }, response: expect.objectContaining({ kind: "json" }) },
      },
    ],
    [
      "a template parameter declared in: query is sent in the path; text/plain response",
      {
        given: "things.getNote",
        want: {
          params: [expect.objectContaining({ name: "id", in: "path" })],
          response: expect.objectContaining({ kind: "text" }),
        },
      },
    ],
    [
      "multipart/form-data with a binary field; 201 response",
      {
        given: "things.uploadFile",
        want: {
          body: expect.objectContaining({ mediaType: "multipart", merged: true }),
          response: expect.objectContaining({ kind: "json" }),
        },
      },
    ],
    [
      "application/octet-stream response",
      { given: "things.downloadFile", want: { response: expect.objectContaining({ kind: "binary" }) } },
    ],
    [
      "an array body goes under `body`",
      { given: "things.bulkCreate", want: { body: expect.objectContaining({ merged: false, bodyKey: "body" }) } },
    ],
    [
      "query style/explode kept",
      {
        given: "things.list",
        want: {
          params: [
            expect.objectContaining({ name: "ids", explode: false }),
            expect.objectContaining({ name: "filter", style: "deepObject" }),
          ],
        },
      },
    ],
    [
      "a short name already taken: the operationId's own name; 302-only response",
      {
        given: "things.listThings",
        want: { path: "/things/all", response: expect.objectContaining({ kind: "none" }) },
      },
    ],
    ["no tag: grouped by the first path segment", { given: "ping.get", want: { path: "/ping" } }],
    [
      "a nullable body schema (named or inline) still spreads into the argument object",
      {
        given: "things.create",
        want: { body: expect.objectContaining({ merged: true, type: { kind: "ref", name: "ThingRequest" } }) },
      },
    ],
  ];
  it.each(cases)("%s", (_name, { given, want }) => {
    expect(operation(given)).toMatchObject(want);
  });

  it("warns about what it decided", () => {
    const warnings = modelOf(FIXTURE).diagnostics.filter((d) => d.severity === "warning");
    expect(warnings.map((w) => `${w.code} ${w.pointer}`)).toEqual([
      "template-param-in-query /paths/~1things~1{id}~1note/get/parameters/0",
    ]);
  });
});

describe("operation constructs: emitted package", () => {
  it("matches its snapshot", async () => {
    const { result } = await generated();
    await expect(result.files.get("src/resources/things.ts")).toMatchFileSnapshot(
      "./__snapshots__/constructs/things.ts",
    );
    await expect(result.files.get("src/models.ts")).toMatchFileSnapshot("./__snapshots__/constructs/models.ts");
  });

  it("type-checks strictly", async () => {
    const { out } = await generated();
    expect(typeErrors([join(out, "src/index.ts")])).toEqual([]);
  });
});

describe("operation constructs: over HTTP", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer((req) => {
      if (req.url.endsWith("/note?") || req.url.includes("/note"))
        return { headers: { "content-type": "text/plain" }, body: "a note" };
      if (req.method === "GET" && req.url.endsWith("/file"))
        return { headers: { "content-type": "application/octet-stream" }, body: Buffer.from([1, 2, 3]) };
      if (req.method === "PUT") return { status: 204 };
      return { body: { id: "t1", name: "n" } };
    });
  });
  afterAll(() => server.close());
  /** A client of the package generated by the calling test (imported untyped: it did not exist at compile time). */
  async function client() {
    const { out } = await generated();
    const sdk: Record<string, any> = await import(join(out, "src/index.ts"));
    return new sdk["Intercom"]({ token: "t", baseUrl: server.url });
  }

  it("text/plain → string, octet-stream → Uint8Array, 204 → undefined", async () => {
    const intercom = await client();
    expect(await intercom.things.getNote({ id: "n1" })).toBe("a note");
    expect(server.requests.at(-1)!.url).toBe("/things/n1/note");
    expect(await intercom.things.downloadFile({ thing_id: "t1" })).toEqual(new Uint8Array([1, 2, 3]));
    expect(await intercom.things.replace({ thing_id: "t1", body: { name: "x" } })).toBeUndefined();
    expect(JSON.parse(server.requests.at(-1)!.body)).toEqual({ name: "x" });
  });

  it("multipart upload sends form data with the file; header parameters are sent", async () => {
    const intercom = await client();
    await intercom.things.uploadFile({ thing_id: "t1", file: new Blob(["hello"]), label: "greeting" });
    const upload = server.requests.at(-1)!;
    expect(upload.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(upload.body).toContain('name="label"');
    expect(upload.body).toContain("hello");
    await intercom.things.retrieveAThingById({ thing_id: "t1", "X-Trace": "abc" });
    expect(server.requests.at(-1)!.headers["x-trace"]).toBe("abc");
  });

  it("a nullable body schema: the arguments are the JSON body", async () => {
    const intercom = await client();
    await intercom.things.create({ name: "x" });
    expect(JSON.parse(server.requests.at(-1)!.body)).toEqual({ name: "x" });
    await intercom.things.update({ thing_id: "t1", name: "y" });
    expect(server.requests.at(-1)!.url).toBe("/things/t1");
    expect(JSON.parse(server.requests.at(-1)!.body)).toEqual({ name: "y" });
  });

  it("query styles: explode false joins with commas, deepObject uses brackets", async () => {
    const intercom = await client();
    await intercom.things.list({ ids: ["a", "b"], filter: { name: "x" } });
    expect(decodeURIComponent(server.requests.at(-1)!.url)).toBe("/things?ids=a,b&filter[name]=x");
  });
});

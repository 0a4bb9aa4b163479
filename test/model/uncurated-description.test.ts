import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { GeneratorError } from "../../generator/diagnostics.js";
import { generate } from "../../generator/generate.js";
import { loadDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";
import { fixture } from "../helpers/model.js";
import { ROOT } from "../helpers/paths.js";
import { typeErrors } from "../helpers/typecheck.js";
import { startServer, type TestServer } from "../runtime/server.js";

// A description nobody curated (test/fixtures/profile/uncurated.yaml): the package's vendor side comes from
// info.title and servers, names read as a person would write them, bodies go on the wire as declared.
const tmp = mkdtempSync(join(ROOT, ".tmp-profile-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const out = join(tmp, "uncurated");
const result = await generate({ spec: fixture("profile/uncurated.yaml"), out, build: false });

/** A minimal document with the given paths and root keys, written to a temp file. */
function spec(name: string, extra: Record<string, unknown>): string {
  const file = join(tmp, `${name}.yaml`);
  writeFileSync(file, stringify({ openapi: "3.0.3", info: { title: "Tiny API", version: "1" }, paths: {}, ...extra }));
  return file;
}
const modelOf = (file: string) => buildModel(loadDocument(file));
const op = (parameters: unknown[] = []) => ({ parameters, responses: { "204": { description: "none" } } });

describe("the profile of an uncurated description", () => {
  it("is derived from info.title and servers[0]: no version header, no regions", () => {
    expect(result.model.profile).toEqual({
      clientName: "AcmeWidgets",
      packageName: "acme-widgets-client",
      tokenEnv: "ACME_WIDGETS_TOKEN",
      regions: [],
      baseUrl: "https://api.acme.test",
      errorPrefix: "AcmeWidgets",
    });
  });

  it("leaves no Intercom name, header or env var in the package", () => {
    for (const [path, text] of result.files) expect(text, path).not.toMatch(/intercom/i);
    expect(result.files.get("src/client.ts")).toContain("export class AcmeWidgets extends ValidatingCore");
    expect(JSON.parse(result.files.get("package.json")!).name).toBe("acme-widgets-client");
  });

  it("exports the error classes under the profile's prefix, as the runtime's classes", async () => {
    const sdk = await import(join(out, "src/index.ts"));
    expect(sdk.AcmeWidgetsApiError).toBe(sdk.SdkApiError);
    expect(sdk.AcmeWidgetsError).toBe(sdk.SdkError);
    expect(sdk.AcmeWidgetsValidationError).toBe(sdk.SdkValidationError);
    expect(sdk.IntercomError).toBeUndefined();
  });

  it("type-checks strictly", () => {
    expect(typeErrors([join(out, "src/index.ts")])).toEqual([]);
  });

  it.each([
    ["GitHub's official OpenAPI spec + Octokit extension", "GitHub", "GITHUB_TOKEN", "github-client"],
    ["Stripe API", "Stripe", "STRIPE_TOKEN", "stripe-client"],
    ["Swagger Petstore - OpenAPI 3.0", "Petstore", "PETSTORE_TOKEN", "petstore-client"],
    ["1Password Connect", "OnePasswordConnect", "API_1PASSWORD_CONNECT_TOKEN", "1password-connect-client"],
    ["API", "Api", "API_TOKEN", "api-client"],
  ])("title %j → %s, %s, %s", (title, clientName, tokenEnv, packageName) => {
    const file = spec(`title-${clientName}`, { info: { title, version: "1" } });
    expect(modelOf(file).model.profile).toMatchObject({ clientName, tokenEnv, packageName });
  });

  it("takes a version header only when every operation declares one", () => {
    const header = { name: "Api-Version", in: "header", schema: { type: "string", default: "2024-01-01" } };
    const every = modelOf(spec("every", { paths: { "/a": { get: op([header]) }, "/b": { post: op([header]) } } }));
    expect(every.model.profile.versionHeader).toEqual({ name: "Api-Version", default: "2024-01-01" });
    expect(every.model.resources.flatMap((r) => r.operations.flatMap((o) => o.params))).toEqual([]);
    const some = modelOf(spec("some", { paths: { "/a": { get: op([header]) }, "/b": { post: op() } } }));
    expect(some.model.profile.versionHeader).toBeUndefined();
    expect(some.model.resources[0]!.operations[0]!.params.map((p) => p.name)).toEqual(["Api-Version"]);
  });

  it("a declared profile wins; a wrong value is an error naming its place", () => {
    const declared = modelOf(
      spec("declared", {
        "x-sdk-profile": { clientName: "Tiny", regions: { eu: "https://eu.tiny.test/" }, versionHeader: { name: "V" } },
        servers: [{ url: "https://eu.tiny.test", description: "Europe" }],
      }),
    );
    expect(declared.model.profile).toMatchObject({
      clientName: "Tiny",
      regions: [{ region: "eu", url: "https://eu.tiny.test", description: "Europe" }],
      versionHeader: { name: "V", default: "1" },
    });
    const wrong = modelOf(spec("wrong", { "x-sdk-profile": { clientName: "tiny client", tokenEnv: "lower" } }));
    expect(wrong.diagnostics.filter((d) => d.severity === "error").map((d) => d.pointer)).toEqual([
      "/x-sdk-profile/clientName",
      "/x-sdk-profile/tokenEnv",
    ]);
  });
});

describe("names a person would write", () => {
  const names = Object.fromEntries(
    result.model.resources.flatMap((r) => r.operations.map((o) => [o.operationId, `${r.name}.${o.method}`])),
  );
  const cases: [string, string, string][] = [
    ["the resource's name is not repeated (GitHub)", "repos/get", "repos.get"],
    ["snake_case operationId, tag with a space (DigitalOcean)", "sshKeys_list", "sshKeys.list"],
    ["a tag starting with a digit spells it out", "oneClicks-list", "oneClickApplications.oneClicksList"],
    [
      "no tags: grouped by the first path segment after the version; a route-shaped operationId named by REST shape (Stripe)",
      "GetCustomers",
      "customers.list",
    ],
    ["the resource's name in the middle", "listMerges", "merges.list"],
    ["the resource's words apart, in order (DigitalOcean)", "cdn_list_endpoints", "cdnEndpoints.list"],
    ["slashes and dashes camel-cased", "markdown/render-raw", "markdown.renderRaw"],
  ];
  it.each(cases)("%s: %s → %s", (_why, operationId, sdkName) => {
    expect(names[operationId]).toBe(sdkName);
  });

  it("function and argument type names follow (`reposGet`, `ReposGetParams`)", () => {
    const get = result.model.resources.find((r) => r.name === "repos")!.operations[0]!;
    expect([get.functionName, get.paramsTypeName]).toEqual(["reposGet", "ReposGetParams"]);
  });
});

describe("pagination proposed from real-world list shapes, one warning each", () => {
  const byId = Object.fromEntries(
    result.model.resources.flatMap((r) => r.operations.map((o) => [o.operationId, o.pagination])),
  );
  const cases: [string, string, Record<string, string>][] = [
    [
      "Stripe: has_more + starting_after",
      "GetCustomers",
      { style: "last-item", items: "data", cursorParam: "starting_after", itemCursor: "id", hasMore: "has_more" },
    ],
    [
      "Intercom 2.16: next_cursor + has_more",
      "listMerges",
      { style: "cursor", items: "data", cursorParam: "cursor", nextCursor: "next_cursor" },
    ],
    [
      "DigitalOcean: links.pages (through allOf/anyOf)",
      "sshKeys_list",
      { style: "page", items: "ssh_keys", pageParam: "page", pages: "links.pages" },
    ],
  ];
  it.each(cases)("%s", (_shape, operationId, want) => {
    expect(byId[operationId]).toMatchObject({ ...want, source: "proposed" });
  });
  it("warns once per proposal, at the operation", () => {
    expect(result.warnings.filter((w) => w.code === "pagination-proposed").map((w) => w.pointer)).toEqual([
      "/paths/~1account~1keys/get",
      "/paths/~1v1~1customers/get",
      "/paths/~1v1~1customers~1{id}~1merges/get",
    ]);
  });
});

describe("docs", () => {
  it("fenced code keeps its indentation in TSDoc; comment markers inside it stay readable", () => {
    const models = result.files.get("src/models.ts")!;
    expect(models).toMatch(/ \* {3}if \(text\) \{\n\s+\* {5}return marked\(text\); \/\u200b\* inline \*\u200b\//);
  });
});

describe("request bodies on the wire as declared", () => {
  let server: TestServer;
  let client: Record<string, any>;
  beforeAll(async () => {
    server = await startServer(() => ({ headers: { "content-type": "text/html" }, body: "<p>ok</p>" }));
    const sdk = await import(join(out, "src/index.ts"));
    client = new sdk.AcmeWidgets({ token: "t", baseUrl: server.url });
  });
  afterAll(() => server.close());

  it("text/plain: the string itself, no version header, the token from the option", async () => {
    expect(await client.markdown.renderRaw({ body: "# Hello" })).toBe("<p>ok</p>");
    const request = server.requests.at(-1)!;
    expect([request.headers["content-type"], request.body]).toEqual(["text/plain", "# Hello"]);
    expect(Object.keys(request.headers).filter((h) => /version/i.test(h))).toEqual([]);
  });

  it.each([
    ["Uint8Array", () => new Uint8Array([104, 105])],
    ["ArrayBuffer", () => new Uint8Array([104, 105]).buffer],
    ["Blob", () => new Blob(["hi"])],
    ["ReadableStream", () => new Blob(["hi"]).stream()],
  ])("application/octet-stream from a %s: the bytes, with the declared type", async (_kind, make) => {
    server.requests.length = 0;
    await client.pet.uploadFile({ petId: 1, body: make() }).catch(() => undefined); // the reply is not JSON
    const request = server.requests.at(-1)!;
    expect([request.headers["content-type"], request.body]).toEqual(["application/octet-stream", "hi"]);
  });

  it("XML is text, any other media type bytes, each with its declared Content-Type", () => {
    const body = (type: string) => ({
      post: { requestBody: { content: { [type]: {} } }, responses: { "204": { description: "none" } } },
    });
    const { model } = modelOf(spec("media", { paths: { "/x": body("application/xml"), "/p": body("image/png") } }));
    const bodies = model.resources.flatMap((r) => r.operations.map((o) => [o.body?.mediaType, o.body?.contentType]));
    expect(bodies).toEqual([
      ["text", "application/xml"],
      ["binary", "image/png"],
    ]);
  });

  it("a binary body that is not bytes is refused before sending", async () => {
    const sent = server.requests.length;
    await expect(client.pet.uploadFile({ petId: 1, body: { not: "bytes" } })).rejects.toThrow(/binary request body/);
    expect(server.requests.length).toBe(sent);
  });

  it("the token is read from the profile's env var", async () => {
    const sdk = await import(join(out, "src/index.ts"));
    process.env["ACME_WIDGETS_TOKEN"] = "from-env";
    try {
      await new sdk.AcmeWidgets({ baseUrl: server.url }).markdown.renderRaw({ body: "x" });
      expect(server.requests.at(-1)!.headers["authorization"]).toBe("Bearer from-env");
    } finally {
      delete process.env["ACME_WIDGETS_TOKEN"];
    }
    // Creating the client needs no token; the call that needs one fails before sending, naming the variable.
    await expect(new sdk.AcmeWidgets({ baseUrl: server.url }).markdown.renderRaw({ body: "x" })).rejects.toThrow(
      /ACME_WIDGETS_TOKEN/,
    );
  });
});

it("a malformed profile stops generation and writes nothing", async () => {
  const target = join(tmp, "never");
  const file = spec("bad", { "x-sdk-profile": { regions: { EU: "not a url" } } });
  await expect(generate({ spec: file, out: target, build: false })).rejects.toThrow(GeneratorError);
  await expect(import(join(target, "src/index.ts"))).rejects.toThrow();
});

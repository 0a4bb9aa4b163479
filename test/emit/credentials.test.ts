// What a package says and sends about credentials, for every kind of security scheme (not only Intercom's one bearer
// token): the client's `DEFAULTS` table and imports, the examples of its TSDoc and README, the README's option rows and
// "Credentials" section, and each operation's own requirements. The packages are emitted in memory inside each test
// (test/helpers/emit-document.ts); the same schemes are exercised over HTTP in test/http/schemes-and-encodings.test.ts.
import { describe, expect, it } from "vitest";
import { emitFrom } from "../helpers/emit-document.js";
import { example, lineStarting, linesStarting, section, unpadded } from "../helpers/emitted-text.js";

type Json = Record<string, unknown>;
const op = (extra: Json = {}) => ({ tags: ["things"], responses: { "204": { description: "ok" } }, ...extra });

/** A one-operation API named "Tiny" with the given schemes and document-level requirements. */
function tiny(schemes: Json | undefined, security: Json[] | undefined, extra: Json = {}): Json {
  return {
    openapi: "3.0.3",
    info: { title: "Tiny", version: "1.2.3" },
    ...(schemes ? { components: { securitySchemes: schemes } } : {}),
    ...(security ? { security } : {}),
    paths: { "/things": { get: op({ operationId: "listThings" }) } },
    ...extra,
  };
}

describe("every kind of scheme (test/fixtures/wire/schemes.yaml)", () => {
  it("the client's DEFAULTS: one runtime scheme each, with where it goes, its env var and the oauth2 grant", () => {
    const client = emitFrom("wire/schemes.yaml").get("src/client.ts")!;
    expect(lineStarting(client, "const DEFAULTS")).toBe(
      'const DEFAULTS: ClientDefaults = {"version": "v1", "servers": {}, "defaultRegion": "", ' +
        '"baseUrl": "https://wire.example.test", "schemes": {' +
        '"headerKey": {"env": "WIRE_TEST_HEADER_KEY", "set": apiKey, "header": "x-api-key"}, ' +
        '"queryKey": {"env": "WIRE_TEST_QUERY_KEY", "set": apiKey, "in": "query", "name": "api_key"}, ' +
        '"cookieKey": {"env": "WIRE_TEST_COOKIE_KEY", "set": apiKey, "in": "cookie", "name": "session"}, ' +
        '"basicAuth": {"env": "WIRE_TEST_BASIC_AUTH", "set": basic, "header": "authorization"}, ' +
        '"bearerAuth": {"env": "WIRE_TEST_BEARER_AUTH", "set": bearer, "header": "authorization"}, ' +
        '"oauth": {"env": "WIRE_TEST_OAUTH", "set": bearer, "header": "authorization", "tokenUrl": "/oauth/token", ' +
        '"grant": clientCredentials}}, "security": [["bearerAuth"]], "authenticate": applyCredentials, ' +
        '"userAgent": "wire-test-client/1.0.0"};',
    );
  });

  it("the client imports each applier once, the oauth2 grant, and names the schemes in SchemeName", () => {
    const client = emitFrom("wire/schemes.yaml").get("src/client.ts")!;
    expect(linesStarting(client, "import")).toEqual([
      'import { ClientCore, ValidatingCore, nameErrors, type ClientDefaults, type ClientOptions, type ValidationOptions } from "./runtime/index.js";',
      'import { Auth } from "./resources/auth.js";',
      'import { Customers } from "./resources/customers.js";',
      'import { Uploads } from "./resources/uploads.js";',
      'import { Repos } from "./resources/repos.js";',
      'import { apiKey, applyCredentials, basic, bearer } from "./runtime/security.js";',
      'import { clientCredentials } from "./runtime/oauth.js";',
    ]);
    expect(lineStarting(client, "export type SchemeName")).toBe(
      'export type SchemeName = "headerKey" | "queryKey" | "cookieKey" | "basicAuth" | "bearerAuth" | "oauth";',
    );
    expect(client).toContain(
      "/** The API declares no regions: pass `baseUrl` to choose another server. */\nexport type Region = never;",
    );
    expect(client).toContain(" * Regions: none; the server is https://wire.example.test unless `baseUrl` is passed.\n");
  });

  it("two bearer-like schemes: no `token` shorthand; the examples pass the first requirement's `credentials`", () => {
    const files = emitFrom("wire/schemes.yaml");
    const given = "credentials: { bearerAuth: process.env.WIRE_TEST_BEARER_AUTH }";
    expect(example(files.get("src/client.ts")!, "function createClient")).toEqual([
      `const client = createClient({ ${given} });`,
      'const result = await customersRetrieve(client, { customer: "…" });',
    ]);
    expect(example(files.get("src/client.ts")!, "class WireTest")).toEqual([
      `const wireTest = new WireTest({ ${given} });`,
    ]);
    const readme = files.get("README.md")!;
    expect(readme).toContain(`const wireTest = new WireTest({ ${given} });\n`);
    expect(readme).toContain(
      `const client = createClient({ ${given} });\nconst result = await authUseDefault(client);`,
    );
    expect(unpadded(section(readme, "## Client options")).split("\n").slice(2, 5)).toEqual([
      "| option | default | meaning |",
      "| --- | --- | --- |",
      "| `credentials` | each scheme's env var | By security scheme name, see [Credentials](#credentials). |",
    ]);
  });

  it("the README's Credentials section: where each credential goes, what it takes, its env var", () => {
    const credentials = section(emitFrom("wire/schemes.yaml").get("README.md")!, "## Credentials");
    expect(credentials).toContain("throws `WireTestRequestError`, naming the schemes");
    expect(credentials.split("\n").filter((l) => l.startsWith("- "))).toEqual([
      "- `headerKey`: API key in the header `X-Api-Key`. Default: `WIRE_TEST_HEADER_KEY`.",
      "- `queryKey`: API key in the query `api_key`. Default: `WIRE_TEST_QUERY_KEY`.",
      "- `cookieKey`: API key in the cookie `session`. Default: `WIRE_TEST_COOKIE_KEY`.",
      '- `basicAuth`: HTTP basic, `{ username, password }` or `"username:password"`. Default: `WIRE_TEST_BASIC_AUTH`.',
      "- `bearerAuth`: HTTP bearer token. Default: `WIRE_TEST_BEARER_AUTH`.",
      "- `oauth`: oauth2 bearer token, or `{ clientId, clientSecret }` exchanged at /oauth/token (cached until it expires, fetched again once on a 401). Default: `WIRE_TEST_OAUTH`.",
    ]);
  });

  it("an operation carries its own requirements only where they differ from the document's", () => {
    const files = emitFrom("wire/schemes.yaml");
    const security = (path: string) =>
      linesStarting(files.get(path)!, "return client.request").map((l) => /"security": (\[.*?\]\]|\[\]),/.exec(l)?.[1]);
    expect(security("src/resources/auth.ts")).toEqual([
      undefined, // useDefault: the document's [["bearerAuth"]]
      '[["headerKey"]]',
      '[["queryKey"]]',
      '[["cookieKey"]]',
      '[["basicAuth"]]',
      '[["oauth"]]',
      '[["headerKey"], ["basicAuth"]]',
      '[["headerKey", "queryKey"]]',
      "[]",
    ]);
  });

  it("what else the runtime needs to send a request: multi-segment path parameters, part encodings", () => {
    const files = emitFrom("wire/schemes.yaml");
    expect(lineStarting(files.get("src/resources/repos.ts")!, "return client.request")).toBe(
      'return client.request<undefined>({"method": "GET", "path": "/repos/{owner}/contents/{path}", ' +
        '"pathParams": ["owner", "path"], "multiSegment": ["path"], "response": "none"}, params, options);',
    );
    expect(lineStarting(files.get("src/resources/uploads.ts")!, "return client.request")).toBe(
      'return client.request<undefined>({"method": "POST", "path": "/uploads", "body": multipartBody, ' +
        '"encoding": {"json": {"contentType": "application/json"}}, "response": "none"}, params, options);',
    );
  });
});

describe("one scheme, and none", () => {
  it("one bearer scheme: the `token` shorthand in every example and option row; the runtime marks it", () => {
    const files = emitFrom(
      tiny({ bearer: { type: "http", scheme: "bearer" } }, [{ bearer: [] }], {
        servers: [{ url: "https://tiny.test" }],
        paths: {
          "/things/{id}": {
            get: op({
              operationId: "getThing",
              parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
              security: [{ bearer: [] }], // the document's own: not repeated in the request
            }),
          },
        },
      }),
    );
    const client = files.get("src/client.ts")!;
    expect(lineStarting(client, "const DEFAULTS")).toBe(
      'const DEFAULTS: ClientDefaults = {"version": "1.2.3", "servers": {}, "defaultRegion": "", "baseUrl": "https://tiny.test", ' +
        '"schemes": {"bearer": {"env": "TINY_TOKEN", "set": bearer, "header": "authorization", "token": true}}, ' +
        '"security": [["bearer"]], "authenticate": applySoleScheme, "userAgent": "tiny-client/1.2.3"};',
    );
    expect(example(client, "function createClient")).toEqual([
      "const client = createClient({ token: process.env.TINY_TOKEN });",
      'const result = await thingsGet(client, { id: "…" });',
    ]);
    expect(example(client, "function createValidatingClient")[0]).toBe(
      'const client = createValidatingClient({ token: process.env.TINY_TOKEN, validate: "warn" });',
    );
    expect(example(client, "class Tiny")).toEqual(["const tiny = new Tiny({ token: process.env.TINY_TOKEN });"]);
    expect(lineStarting(files.get("src/resources/things.ts")!, "return client.request")).toBe(
      'return client.request<undefined>({"method": "GET", "path": "/things/{id}", "pathParams": ["id"], "response": "none"}, params, options);',
    );
    const readme = files.get("README.md")!;
    expect(unpadded(section(readme, "## Client options")).split("\n").slice(4, 6)).toEqual([
      "| `token` | `TINY_TOKEN` env var | Shorthand for `credentials.bearer`: a token, or a (sync/async) function called before every attempt so tokens can rotate. |",
      "| `credentials` | each scheme's env var | By security scheme name, see [Credentials](#credentials). |",
    ]);
    expect(readme).toContain("const tiny = new Tiny({ token: process.env.TINY_TOKEN });\n");
    expect(section(readme, "## Credentials")).toContain("\n- `bearer`: HTTP bearer token. Default: `TINY_TOKEN`.");
  });

  it("a bearer scheme one of the alternatives uses: the `token` shorthand in the examples", () => {
    const schemes = {
      key: { type: "apiKey", in: "header", name: "X-Key" },
      bearer: { type: "http", scheme: "bearer" },
    };
    const client = emitFrom(tiny(schemes, [{ key: [] }, { bearer: [] }])).get("src/client.ts")!;
    expect(example(client, "class Tiny")).toEqual(["const tiny = new Tiny({ token: process.env.TINY_TOKEN });"]);
  });

  it("a bearer scheme no requirement uses: no shorthand, nothing in the examples", () => {
    const client = emitFrom(tiny({ bearer: { type: "http", scheme: "bearer" } }, undefined)).get("src/client.ts")!;
    expect(example(client, "class Tiny")).toEqual(["const tiny = new Tiny();"]);
    expect(lineStarting(client, "const DEFAULTS")).toContain(
      '"schemes": {"bearer": {"env": "TINY_TOKEN", "set": bearer, "header": "authorization", "token": true}}, "security": [],',
    );
  });

  it("the first requirement that names a scheme gives the examples' credentials, quoted where not an identifier", () => {
    const files = emitFrom(
      tiny(
        {
          "api-key": { type: "apiKey", in: "header", name: "X-Key" },
          other: { type: "apiKey", in: "query", name: "k" },
        },
        [{}, { "api-key": [] }],
      ),
    );
    const client = files.get("src/client.ts")!;
    expect(lineStarting(client, "const DEFAULTS")).toBe(
      'const DEFAULTS: ClientDefaults = {"version": "1.2.3", "servers": {}, "defaultRegion": "", "schemes": {' +
        '"api-key": {"env": "TINY_API_KEY", "set": apiKey, "header": "x-key"}, ' +
        '"other": {"env": "TINY_OTHER", "set": apiKey, "in": "query", "name": "k"}}, ' +
        '"security": [[], ["api-key"]], "authenticate": applyCredentials, "userAgent": "tiny-client/1.2.3"};',
    );
    expect(example(client, "class Tiny")).toEqual([
      'const tiny = new Tiny({ credentials: { "api-key": process.env.TINY_API_KEY } });',
    ]);
    expect(lineStarting(client, "export type SchemeName")).toBe('export type SchemeName = "api-key" | "other";');
    expect(
      section(files.get("README.md")!, "## Credentials")
        .split("\n")
        .filter((l) => l.startsWith("- ")),
    ).toEqual([
      "- `api-key`: API key in the header `X-Key`. Default: `TINY_API_KEY`.",
      "- `other`: API key in the query `k`. Default: `TINY_OTHER`.",
    ]);
  });

  it.each([
    ["an identifier", "key", "key"],
    ["a name with a dollar and digits", "$key_2", "$key_2"],
    ["a name starting with a digit", "2fa", '"2fa"'],
    ["a name ending in a dash", "key-", '"key-"'],
    ["a name with a dash inside", "a-b", '"a-b"'],
  ])("a scheme named as %s: `%s` → `%s` in the examples", (_what, name, written) => {
    const client = emitFrom(tiny({ [name]: { type: "apiKey", in: "header", name: "X-Key" } }, [{ [name]: [] }])).get(
      "src/client.ts",
    )!;
    expect(example(client, "class Tiny")[0]).toMatch(
      new RegExp(
        `^const tiny = new Tiny\\(\\{ credentials: \\{ ${written.replace(/\$/g, "\\$")}: process\\.env\\.TINY_\\w+ \\} \\}\\);$`,
      ),
    );
  });

  it("a requirement of two schemes: both credentials in the examples, in the requirement's order", () => {
    const schemes = {
      key: { type: "apiKey", in: "header", name: "X-Key" },
      app: { type: "apiKey", in: "query", name: "app" },
    };
    const client = emitFrom(tiny(schemes, [{ key: [], app: [] }])).get("src/client.ts")!;
    expect(example(client, "class Tiny")).toEqual([
      "const tiny = new Tiny({ credentials: { key: process.env.TINY_KEY, app: process.env.TINY_APP } });",
    ]);
  });

  it("no security at all: no credential option, `never` as the scheme names, a sentence in the README", () => {
    // Title "Sdk": the profile's error prefix is the runtime's own, so no aliases are exported.
    const files = emitFrom({
      openapi: "3.0.3",
      info: { title: "Sdk", version: "1" },
      paths: { "/things": { get: op({ operationId: "listThings" }) } },
    });
    const client = files.get("src/client.ts")!;
    expect(linesStarting(client, "import")).toEqual([
      'import { ClientCore, ValidatingCore, type ClientDefaults, type ClientOptions, type ValidationOptions } from "./runtime/index.js";',
      'import { Things } from "./resources/things.js";',
      'import { applyCredentials } from "./runtime/security.js";',
    ]);
    expect(client).toContain(
      'import { applyCredentials } from "./runtime/security.js";\n\n/** The description\'s security schemes',
    );
    expect(client).not.toContain("export {");
    expect(client).not.toContain("nameErrors(");
    expect(lineStarting(client, "export type SchemeName")).toBe("export type SchemeName = never;");
    expect(lineStarting(client, "const DEFAULTS")).toBe(
      'const DEFAULTS: ClientDefaults = {"version": "1", "servers": {}, "defaultRegion": "", "schemes": {}, "security": [], ' +
        '"authenticate": applyCredentials, "userAgent": "sdk-client/1.0.0"};',
    );
    expect(example(client, "function createClient")).toEqual(["const client = createClient();"]);
    expect(example(client, "function createValidatingClient")).toEqual([
      'const client = createValidatingClient({ validate: "warn" });',
    ]);
    expect(example(client, "class Sdk")).toEqual(["const sdk = new Sdk();"]);
    expect(client).toContain(" * Regions: none declared; pass `baseUrl`.\n");
    const readme = files.get("README.md")!;
    expect(section(readme, "## Credentials")).toBe(
      "## Credentials\n\nThe API declares no security scheme: no credential is sent.",
    );
    expect(unpadded(section(readme, "## Client options")).split("\n")[4]).toBe(
      "| `baseUrl` | none declared | The server (proxies, mock servers). |",
    );
    expect(readme).toContain("const sdk = new Sdk();\n```");
    expect(readme).toContain(
      'import { createClient, thingsList } from "sdk-client";\n\nconst client = createClient();\nconst result = await thingsList(client);\n',
    );
  });
});

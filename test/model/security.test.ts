// generator/model/security.ts: security schemes as the runtime's table (with the environment variable each is read
// from), the schemes it cannot send, the document's and operations' requirements, and the sole-scheme shortcut.
import { describe, expect, it } from "vitest";
import { soleScheme } from "../../generator/model/security.js";
import { type Doc, ok, operations, rows } from "./rows.js";

const schemes = (securitySchemes: Doc, extra: Doc = {}): Doc => ({ components: { securitySchemes }, ...extra });
const bearer = { type: "http", scheme: "bearer" };
const headerKey = { type: "apiKey", in: "header", name: "X-Key" };
const unsupported = (name: string, message: string) =>
  [
    "warning",
    "unsupported-security-scheme",
    `/components/securitySchemes/${name}`,
    message,
    "send the credential through the `headers` option",
  ] as const;
const undeclared = (severity: string, pointer: string, names: string, outcome = "") =>
  [
    severity,
    "undeclared-security-scheme",
    pointer,
    `the requirement names ${names}, which components.securitySchemes does not declare${outcome}`,
    "declare the scheme under components.securitySchemes, or correct the name",
  ] as const;

const notAMapping = (severity: string, pointer: string, found: string, outcome = "") =>
  [
    severity,
    "wrong-type",
    pointer,
    `a security requirement must be a mapping of scheme names to scopes; found ${found}${outcome}`,
    "write it as `- <scheme name>: []`",
  ] as const;

describe("model documents: security schemes", () => {
  rows(
    [
      [
        "one http bearer scheme (Bearer in any case) is the token, read from the profile's tokenEnv",
        schemes({ bearerAuth: { type: "http", scheme: "Bearer", description: "A personal token." } }),
        {
          schemes: [
            {
              name: "bearerAuth",
              type: "bearer",
              declaredType: "http bearer",
              env: "SHOP_TOKEN",
              description: "A personal token.",
            },
          ],
          requirements: [],
          tokenScheme: "bearerAuth",
        },
      ],
      [
        "http basic and apiKey in header, query and cookie: each its own variable, the prefix and its name",
        schemes({
          basicAuth: { type: "http", scheme: "BASIC" },
          apiKey: { type: "apiKey", in: "header", name: "X-Api-Key" },
          query_key: { type: "apiKey", in: "query", name: "key" },
          "session-cookie": { type: "apiKey", in: "cookie", name: "sid", description: 7 },
        }),
        {
          schemes: [
            { name: "basicAuth", type: "basic", declaredType: "http basic", env: "SHOP_BASIC_AUTH" },
            {
              name: "apiKey",
              type: "apiKey",
              in: "header",
              paramName: "X-Api-Key",
              declaredType: "apiKey",
              env: "SHOP_API_KEY",
            },
            {
              name: "query_key",
              type: "apiKey",
              in: "query",
              paramName: "key",
              declaredType: "apiKey",
              env: "SHOP_QUERY_KEY",
            },
            {
              name: "session-cookie",
              type: "apiKey",
              in: "cookie",
              paramName: "sid",
              declaredType: "apiKey",
              env: "SHOP_SESSION_COOKIE",
            },
          ],
          requirements: [],
        },
      ],
      [
        "oauth2 with a clientCredentials tokenUrl is a bearer with its grant; other flows are plain bearers",
        schemes({
          grant: { type: "oauth2", flows: { clientCredentials: { tokenUrl: "https://auth.test/token", scopes: {} } } },
          code: {
            type: "oauth2",
            flows: {
              authorizationCode: { authorizationUrl: "https://a.test", tokenUrl: "https://a.test/t", scopes: {} },
            },
          },
          odd: { type: "oauth2", flows: { clientCredentials: { tokenUrl: 5, scopes: {} } } },
          bare: { type: "oauth2" },
        }),
        {
          schemes: [
            {
              name: "grant",
              type: "bearer",
              declaredType: "oauth2",
              tokenUrl: "https://auth.test/token",
              env: "SHOP_GRANT",
            },
            { name: "code", type: "bearer", declaredType: "oauth2", env: "SHOP_CODE" },
            { name: "odd", type: "bearer", declaredType: "oauth2", env: "SHOP_ODD" },
            { name: "bare", type: "bearer", declaredType: "oauth2", env: "SHOP_BARE" },
          ],
          requirements: [],
        },
      ],
      [
        "one openIdConnect scheme beside an apiKey is the token; the apiKey keeps its own variable",
        schemes({ oidc: { type: "openIdConnect", openIdConnectUrl: "https://id.test" }, key: headerKey }),
        {
          schemes: [
            { name: "oidc", type: "bearer", declaredType: "openIdConnect", env: "SHOP_TOKEN" },
            { name: "key", type: "apiKey", in: "header", paramName: "X-Key", declaredType: "apiKey", env: "SHOP_KEY" },
          ],
          requirements: [],
          tokenScheme: "oidc",
        },
      ],
      [
        "two bearer-like schemes: neither is the token, each read from its own variable",
        schemes({ bearerAuth: bearer, oidc: { type: "openIdConnect", openIdConnectUrl: "https://id.test" } }),
        {
          schemes: [
            { name: "bearerAuth", type: "bearer", declaredType: "http bearer", env: "SHOP_BEARER_AUTH" },
            { name: "oidc", type: "bearer", declaredType: "openIdConnect", env: "SHOP_OIDC" },
          ],
          requirements: [],
        },
      ],
      [
        "a $ref to another scheme is that scheme under its own name; a non-mapping is left out",
        schemes(
          {
            key: headerKey,
            alias: { $ref: "#/components/securitySchemes/key" },
            count: 5,
          },
          { security: [{ alias: [] }] },
        ),
        {
          schemes: [
            { name: "key", type: "apiKey", in: "header", paramName: "X-Key", declaredType: "apiKey", env: "SHOP_KEY" },
            {
              name: "alias",
              type: "apiKey",
              in: "header",
              paramName: "X-Key",
              declaredType: "apiKey",
              env: "SHOP_ALIAS",
            },
          ],
          requirements: [["alias"]],
        },
      ],
      ["no securitySchemes: an empty table, no requirement", {}, { schemes: [], requirements: [] }],
    ] as const,
    (doc) => {
      const { model, diagnostics } = operations(doc);
      return { got: model.security, diagnostics };
    },
  );

  rows(
    [
      [
        "variable names: camelCase, digits, runs of punctuation and leading or trailing ones become one underscore",
        schemes({
          myKeyId: headerKey,
          v2Key: headerKey,
          "x..api--key": headerKey,
          "-edge_": headerKey,
          ALLCAPS: headerKey,
        }),
        ["SHOP_MY_KEY_ID", "SHOP_V2_KEY", "SHOP_X_API_KEY", "SHOP_EDGE", "SHOP_ALLCAPS"],
      ],
      [
        "names that give the same variable are numbered from 2; the token's variable is taken first",
        schemes({ bearerAuth: bearer, token: headerKey, "a-key": headerKey, a_key: headerKey, aKey: headerKey }),
        ["SHOP_TOKEN", "SHOP_TOKEN_2", "SHOP_A_KEY", "SHOP_A_KEY_2", "SHOP_A_KEY_3"],
      ],
      [
        "the token keeps tokenEnv when a scheme named like it is declared first, which is numbered instead",
        schemes({ token: headerKey, bearerAuth: bearer }),
        ["SHOP_TOKEN_2", "SHOP_TOKEN"],
      ],
      [
        "the prefix is tokenEnv without _API_KEY",
        schemes({ key: headerKey }, { "x-sdk-profile": { tokenEnv: "ACME_API_KEY" } }),
        ["ACME_KEY"],
      ],
      [
        "the prefix is tokenEnv without _KEY",
        schemes({ other: headerKey }, { "x-sdk-profile": { tokenEnv: "ACME_KEY" } }),
        ["ACME_OTHER"],
      ],
      [
        "the prefix is tokenEnv without _API_TOKEN",
        schemes({ other: headerKey }, { "x-sdk-profile": { tokenEnv: "ACME_API_TOKEN" } }),
        ["ACME_OTHER"],
      ],
      [
        "a tokenEnv not ending in TOKEN or KEY is the prefix as it is",
        schemes({ other: headerKey }, { "x-sdk-profile": { tokenEnv: "ACME_TOKEN_V2" } }),
        ["ACME_TOKEN_V2_OTHER"],
      ],
      [
        "a tokenEnv ending in KEY without an underscore is the prefix as it is",
        schemes({ other: headerKey }, { "x-sdk-profile": { tokenEnv: "ACMEKEY" } }),
        ["ACMEKEY_OTHER"],
      ],
    ] as const,
    (doc) => {
      const { model, diagnostics } = operations(doc);
      return { got: model.security!.schemes.map((s) => s.env), diagnostics };
    },
  );

  rows(
    [
      [
        "schemes fetch cannot send are warned about where declared and left out of the table",
        schemes({
          digest: { type: "http", scheme: "Digest" },
          blank: { type: "http" },
          noName: { type: "apiKey", in: "header" },
          inBody: { type: "apiKey", in: "body", name: "key" },
          tls: { type: "mutualTLS" },
          untyped: { description: "no type" },
          key: headerKey,
        }),
        ["key"],
        [
          unsupported("digest", "http scheme `digest` uses `digest`; only basic and bearer are sent"),
          unsupported("blank", "http scheme `blank` uses ``; only basic and bearer are sent"),
          unsupported("noName", "apiKey scheme `noName` needs `in` (header, query or cookie) and `name`"),
          unsupported("inBody", "apiKey scheme `inBody` needs `in` (header, query or cookie) and `name`"),
          unsupported("tls", "security scheme `tls` of type `mutualTLS` cannot be sent by fetch"),
          unsupported("untyped", "security scheme `untyped` of type `undefined` cannot be sent by fetch"),
        ],
      ],
    ] as const,
    (doc) => {
      const { model, diagnostics } = operations(doc);
      return { got: model.security!.schemes.map((s) => s.name), diagnostics };
    },
  );

  it("lenient: a scheme whose $ref points to nothing is left out, after the load's warning", () => {
    const { model, diagnostics } = operations(
      schemes({ broken: { $ref: "#/components/securitySchemes/missing" }, key: headerKey }),
      { lenient: true },
    );
    expect(model.security!.schemes.map((s) => s.name)).toEqual(["key"]);
    expect(diagnostics.map((d) => d.slice(0, 3))).toEqual([
      ["warning", "missing-ref", "/components/securitySchemes/broken/$ref"],
    ]);
  });

  const op = (security?: unknown) => ({
    "/a": { get: { operationId: "getA", ...(security === undefined ? {} : { security }), responses: ok } },
  });
  const table = { key: headerKey, bearerAuth: bearer, tls: { type: "mutualTLS" } };
  const tlsWarning = unsupported("tls", "security scheme `tls` of type `mutualTLS` cannot be sent by fetch");
  rows(
    [
      [
        "the document's alternatives, each a combination of schemes; {} means no credential is needed",
        schemes(table, { security: [{ key: [] }, { key: [], bearerAuth: [] }, {}], paths: op() }),
        { requirements: [["key"], ["key", "bearerAuth"], []], operation: undefined },
        [tlsWarning],
      ],
      [
        "a requirement needing a scheme fetch cannot send is left out without a second warning",
        schemes(table, { security: [{ tls: [] }, { key: [], tls: [] }, { bearerAuth: [] }], paths: op() }),
        { requirements: [["bearerAuth"]], operation: undefined },
        [tlsWarning],
      ],
      [
        "a requirement naming an undeclared scheme is an error at its place in the document's security",
        schemes(table, { security: [{ key: [] }, { nope: [], key: [], other: [] }], paths: op() }),
        { requirements: [["key"]], operation: undefined },
        [tlsWarning, undeclared("error", "/security/1", "`nope`, `other`")],
      ],
      [
        "without any securitySchemes, a requirement is undeclared",
        { security: [{ key: [] }], paths: op() },
        { requirements: [], operation: undefined },
        [undeclared("error", "/security/0", "`key`")],
      ],
      [
        "an entry of security that is not a mapping (a bare scheme name, null) is an error at its place",
        schemes(table, { security: [null, "key", { key: [] }], paths: op(["bearerAuth"]) }),
        { requirements: [["key"]], operation: [] },
        [
          tlsWarning,
          notAMapping("error", "/security/0", "null"),
          notAMapping("error", "/security/1", '"key"'),
          notAMapping("error", "/paths/~1a/get/security/0", '"bearerAuth"'),
        ],
      ],
      [
        "an operation's own security replaces the document's, undeclared names reported at the operation",
        schemes(table, { security: [{ key: [] }], paths: op([{ bearerAuth: [] }, { tls: [] }, { gone: [] }]) }),
        { requirements: [["key"]], operation: [["bearerAuth"]] },
        [tlsWarning, undeclared("error", "/paths/~1a/get/security/2", "`gone`")],
      ],
      [
        "an operation's empty security: no credential for it",
        schemes(table, { security: [{ key: [] }], paths: op([]) }),
        { requirements: [["key"]], operation: [] },
        [tlsWarning],
      ],
      [
        "an operation's {} requirement: the credential is optional for it",
        schemes(table, { paths: op([{}, { key: [] }]) }),
        { requirements: [], operation: [[], ["key"]] },
        [tlsWarning],
      ],
    ] as const,
    (doc) => {
      const { model, ops, diagnostics } = operations(doc);
      return { got: { requirements: model.security!.requirements, operation: ops[0]!.security }, diagnostics };
    },
  );

  it("lenient: an entry that is not a mapping is a warning saying the requirement is left out", () => {
    const { model, diagnostics } = operations(schemes({ key: headerKey }, { security: ["key", { key: [] }] }), {
      lenient: true,
    });
    expect(model.security!.requirements).toEqual([["key"]]);
    expect(diagnostics).toEqual([notAMapping("warning", "/security/0", '"key"', "; the requirement is left out")]);
  });

  it("lenient: an undeclared scheme is a warning saying the requirement is left out", () => {
    const { model, ops, diagnostics } = operations(
      schemes({ key: headerKey }, { security: [{ nope: [] }, { key: [] }], paths: op([{ other: [] }]) }),
      { lenient: true },
    );
    expect([model.security!.requirements, ops[0]!.security]).toEqual([[["key"]], []]);
    expect(diagnostics).toEqual([
      undeclared("warning", "/security/0", "`nope`", "; the requirement is left out"),
      undeclared("warning", "/paths/~1a/get/security/0", "`other`", "; the requirement is left out"),
    ]);
  });

  const two = (first?: unknown, second?: unknown) => ({
    "/a": { get: { ...(first === undefined ? {} : { security: first }), responses: ok } },
    "/b": { get: { ...(second === undefined ? {} : { security: second }), responses: ok } },
  });
  rows(
    [
      [
        "one bearer every operation requires: the client sends it without searching the requirements",
        schemes({ only: bearer }, { security: [{ only: [] }], paths: two(undefined, [{ only: [] }]) }),
        "only",
      ],
      [
        "one header apiKey every operation requires: sent directly",
        schemes({ only: headerKey }, { security: [{ only: [] }], paths: two() }),
        "only",
      ],
      [
        "a query apiKey: the general path",
        schemes({ only: { type: "apiKey", in: "query", name: "k" } }, { security: [{ only: [] }], paths: two() }),
        undefined,
      ],
      [
        "a cookie apiKey: the general path",
        schemes({ only: { type: "apiKey", in: "cookie", name: "k" } }, { security: [{ only: [] }], paths: two() }),
        undefined,
      ],
      [
        "an oauth2 grant (a token to fetch): the general path",
        schemes(
          { only: { type: "oauth2", flows: { clientCredentials: { tokenUrl: "https://a.test/t", scopes: {} } } } },
          { security: [{ only: [] }], paths: two() },
        ),
        undefined,
      ],
      [
        "two schemes: the general path",
        schemes({ only: bearer, key: headerKey }, { security: [{ only: [] }], paths: two() }),
        undefined,
      ],
      ["no scheme: nothing to send", { security: [], paths: two() }, undefined],
      ["the document requires nothing: the general path", schemes({ only: bearer }, { paths: two() }), undefined],
      [
        "the credential is optional ({} beside it): the general path",
        schemes({ only: bearer }, { security: [{ only: [] }, {}], paths: two() }),
        undefined,
      ],
      [
        "one operation needs no credential: the general path",
        schemes({ only: bearer }, { security: [{ only: [] }], paths: two(undefined, []) }),
        undefined,
      ],
      [
        "the first operation's own requirement differs: the general path",
        schemes({ only: bearer }, { security: [{ only: [] }], paths: two([{}], undefined) }),
        undefined,
      ],
    ] as const,
    (doc) => {
      const { model, diagnostics } = operations(doc);
      return { got: soleScheme(model)?.name, diagnostics };
    },
  );

  it("the sole scheme is the table's own entry, with its variable", () => {
    const { model } = operations(schemes({ only: headerKey }, { security: [{ only: [] }], paths: two() }));
    expect(soleScheme(model)).toBe(model.security!.schemes[0]);
    expect(soleScheme(model)).toEqual({
      name: "only",
      type: "apiKey",
      in: "header",
      paramName: "X-Key",
      declaredType: "apiKey",
      env: "SHOP_ONLY",
    });
  });

  it("a scheme has only the fields it needs: no empty tokenUrl, in, paramName or description", () => {
    const { model } = operations(
      schemes({
        code: {
          type: "oauth2",
          flows: {
            authorizationCode: { authorizationUrl: "https://a.test", tokenUrl: "https://a.test/t", scopes: {} },
          },
        },
        grant: { type: "oauth2", flows: { clientCredentials: { tokenUrl: "https://a.test/t", scopes: {} } } },
        basicAuth: { type: "http", scheme: "basic", description: "Use your login." },
        key: headerKey,
      }),
    );
    expect(model.security!.schemes.map((s) => Object.keys(s))).toEqual([
      ["name", "type", "declaredType", "env"],
      ["name", "type", "declaredType", "tokenUrl", "env"],
      ["name", "type", "declaredType", "env", "description"],
      ["name", "type", "in", "paramName", "declaredType", "env"],
    ]);
    expect(Object.keys(model.security!)).toEqual(["schemes", "requirements"]);
  });

  it("a model without a security table (built by hand): no sole scheme", () => {
    const { model } = operations(schemes({ only: bearer }, { security: [{ only: [] }], paths: two() }));
    expect(soleScheme(model)?.name).toBe("only");
    const { security: _security, ...bare } = model;
    expect(soleScheme(bare)).toBeUndefined();
  });
});

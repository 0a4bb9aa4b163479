// generator/model/profile.ts: the package's vendor side (names, servers, regions, version header).
import { describe, expect, it } from "vitest";
import { brief, build, type Doc, ok, operations, str } from "./rows.js";

describe("model documents: the profile", () => {
  const profile = (extra: Doc, options: { lenient?: boolean } = {}) => {
    const { model, diagnostics } = build(extra, options);
    return { profile: model.profile, diagnostics: diagnostics.map(brief) };
  };

  it.each([
    ["GitHub v3 REST API", ["GitHub", "github-client", "GITHUB_TOKEN"]],
    ["The Stripe API - payments", ["Stripe", "stripe-client", "STRIPE_TOKEN"]],
    ["Acme's Shop: orders", ["AcmeShop", "acme-shop-client", "ACME_SHOP_TOKEN"]],
    ["Pet Store (beta)", ["PetStore", "pet-store-client", "PET_STORE_TOKEN"]],
    ["Foo+Bar", ["Foo", "foo-client", "FOO_TOKEN"]],
    ["Left | Right", ["Left", "left-client", "LEFT_TOKEN"]],
    ["OpenAPI Specification", ["Api", "api-client", "API_TOKEN"]],
    ["3D Secure", ["ThreeDSecure", "3d-secure-client", "API_3D_SECURE_TOKEN"]],
    ["Web3 Wallet", ["Web3Wallet", "web3-wallet-client", "WEB3_WALLET_TOKEN"]], // a digit inside a word stays
    ["Acme 2024 API", ["Acme", "acme-client", "ACME_TOKEN"]], // a number of any length is generic
    ["acme shop", ["AcmeShop", "acme-shop-client", "ACME_SHOP_TOKEN"]], // each word capitalised
  ] as const)("names from the title %j", (title, [clientName, packageName, tokenEnv]) => {
    const { profile: p } = profile({ info: { title, version: "1" } });
    expect([p.clientName, p.packageName, p.tokenEnv, p.errorPrefix]).toEqual([
      clientName,
      packageName,
      tokenEnv,
      clientName,
    ]);
  });

  it("no title: Api", () => {
    const { profile: p } = profile({ info: { version: "1" } });
    expect([p.clientName, p.packageName, p.tokenEnv]).toEqual(["Api", "api-client", "API_TOKEN"]);
  });

  it("declared names win; each bad one is an error at its key", () => {
    const good = profile({
      "x-sdk-profile": { clientName: "Shopify", packageName: "@acme/shop", tokenEnv: "SHOP_KEY", errorPrefix: "Shop" },
    });
    expect(good.diagnostics).toEqual([]);
    expect([
      good.profile.clientName,
      good.profile.packageName,
      good.profile.tokenEnv,
      good.profile.errorPrefix,
    ]).toEqual(["Shopify", "@acme/shop", "SHOP_KEY", "Shop"]);
    const bad = profile({
      "x-sdk-profile": { clientName: "shop", packageName: "Bad Name", tokenEnv: 1, errorPrefix: "" },
    });
    expect(bad.diagnostics).toEqual([
      [
        "error",
        "bad-profile",
        "/x-sdk-profile/clientName",
        '`clientName` must be a PascalCase identifier, found "shop"',
        "correct `profile.clientName` in the curation",
      ],
      [
        "error",
        "bad-profile",
        "/x-sdk-profile/packageName",
        '`packageName` must be an npm package name, found "Bad Name"',
        "correct `profile.packageName` in the curation",
      ],
      [
        "error",
        "bad-profile",
        "/x-sdk-profile/tokenEnv",
        "`tokenEnv` must be an environment variable name (UPPER_SNAKE), found 1",
        "correct `profile.tokenEnv` in the curation",
      ],
      [
        "error",
        "bad-profile",
        "/x-sdk-profile/errorPrefix",
        '`errorPrefix` must be a PascalCase identifier, found ""',
        "correct `profile.errorPrefix` in the curation",
      ],
    ]);
    expect(profile({ "x-sdk-profile": ["x"] }).diagnostics).toEqual([
      [
        "error",
        "bad-profile",
        "/x-sdk-profile",
        "the profile must be a mapping",
        "declare `profile:` as a mapping in the curation",
      ],
    ]);
  });

  it.each([
    ["clientName", "1Shop", "a PascalCase identifier"],
    ["clientName", "Shop-Client", "a PascalCase identifier"],
    ["errorPrefix", "1Shop", "a PascalCase identifier"],
    ["errorPrefix", "Shop-Error", "a PascalCase identifier"],
    ["packageName", "shop client", "an npm package name"],
    ["tokenEnv", "shop_KEY", "an environment variable name (UPPER_SNAKE)"],
    ["tokenEnv", "SHOP-KEY", "an environment variable name (UPPER_SNAKE)"],
  ] as const)("a declared %s %j is checked whole: an error, the derived name kept", (key, value, hint) => {
    const { profile: p, diagnostics } = profile({ "x-sdk-profile": { [key]: value } });
    expect(diagnostics).toEqual([
      [
        "error",
        "bad-profile",
        `/x-sdk-profile/${key}`,
        `\`${key}\` must be ${hint}, found ${JSON.stringify(value)}`,
        `correct \`profile.${key}\` in the curation`,
      ],
    ]);
    const derived = { clientName: "Shop", errorPrefix: "Shop", packageName: "shop-client", tokenEnv: "SHOP_TOKEN" };
    expect(p[key]).toBe(derived[key]);
  });

  it("a declared package name needs no scope", () => {
    const { profile: p, diagnostics } = profile({ "x-sdk-profile": { packageName: "shop-sdk" } });
    expect([p.packageName, diagnostics]).toEqual(["shop-sdk", []]);
  });

  it("servers: the first absolute one is baseUrl, variables filled, trailing slashes dropped", () => {
    const servers = [
      { url: "/relative" },
      { url: "https://{env}.example.com/v{n}/", variables: { env: { default: "api" }, n: { default: 2 } } },
      { url: "https://other.example.com" },
    ];
    expect(profile({ servers }).profile).toMatchObject({ regions: [], baseUrl: "https://api.example.com/v2" });
    expect(profile({ servers: [{ url: "https://{unfilled}.example.com" }] }).profile.baseUrl).toBeUndefined();
    expect(profile({}).profile.baseUrl).toBeUndefined();
  });

  it("regions: declared keys and URLs, described by the matching server; bad ones are errors", () => {
    const { profile: p, diagnostics } = profile({
      servers: [{ url: "https://eu.example.com/", description: "Europe" }, { url: "https://us.example.com" }],
      "x-sdk-profile": {
        regions: { us: "https://us.example.com/", eu: "https://eu.example.com", "bad key": "https://x", au: "ftp://x" },
      },
    });
    expect(p.regions).toEqual([
      { region: "us", url: "https://us.example.com" },
      { region: "eu", url: "https://eu.example.com", description: "Europe" },
    ]);
    expect(p.baseUrl).toBeUndefined();
    expect(diagnostics).toEqual([
      [
        "error",
        "bad-profile",
        "/x-sdk-profile/regions/bad key",
        'region `bad key` needs a lower-case key and an http(s) URL, found "https://x"',
        "write `regions: { us: https://… }`",
      ],
      [
        "error",
        "bad-profile",
        "/x-sdk-profile/regions/au",
        'region `au` needs a lower-case key and an http(s) URL, found "ftp://x"',
        "write `regions: { us: https://… }`",
      ],
    ]);
    expect(profile({ "x-sdk-profile": { regions: ["us"] } }).diagnostics).toEqual([
      [
        "error",
        "bad-profile",
        "/x-sdk-profile/regions",
        "`regions` must map region keys to server URLs",
        "write `regions: { us: https://… }`",
      ],
    ]);
  });

  it("version header: declared (name or object, default info.version), else one every operation sends", () => {
    const v = (extra: Doc) => profile({ info: { title: "T", version: "7.1" }, ...extra });
    expect(v({ "x-sdk-profile": { versionHeader: "Api-Version" } }).profile.versionHeader).toEqual({
      name: "Api-Version",
      default: "7.1",
    });
    expect(v({ "x-sdk-profile": { versionHeader: { name: "V", default: "2" } } }).profile.versionHeader).toEqual({
      name: "V",
      default: "2",
    });
    for (const bad of [{ name: "a b" }, { name: "V", default: 2 }, 5])
      expect(v({ "x-sdk-profile": { versionHeader: bad } }).diagnostics).toEqual([
        [
          "error",
          "bad-profile",
          "/x-sdk-profile/versionHeader",
          "`versionHeader` must be `{ name: <header>, default?: <version> }`",
          "e.g. `versionHeader: { name: Api-Version }`",
        ],
      ]);
    const header = (name: string, schema: Doc = { type: "string" }) => ({ name, in: "header", schema });
    const everywhere = v({
      components: { parameters: { V: header("Shop-Version", { type: "string", default: "2024-01" }) } },
      paths: {
        "/a": {
          parameters: [{ $ref: "#/components/parameters/V" }],
          get: { responses: ok },
          post: { parameters: [header("X-Version-Other")], responses: ok },
        },
        "/b": { get: { parameters: [header("shop-version", { type: "string" }), header("X-Trace")], responses: ok } },
      },
    });
    // the first operation's declaration names it, with its schema's default
    expect(everywhere.profile.versionHeader).toEqual({ name: "Shop-Version", default: "2024-01" });
    const missing = v({
      paths: {
        "/a": { get: { parameters: [header("Api-Version")], responses: ok } },
        "/b": { get: { responses: ok } },
      },
    });
    expect(missing.profile.versionHeader).toBeUndefined();
    const withDefault = v({
      paths: {
        "/a": { get: { parameters: [header("Api-Version", { type: "string", default: "2020" })], responses: ok } },
      },
    });
    expect(withDefault.profile.versionHeader).toEqual({ name: "Api-Version", default: "2020" });
    expect(v({}).profile.versionHeader).toBeUndefined();
  });

  it("a parameter named like a version on every operation is no version header unless it is sent as a header", () => {
    const { profile: p } = profile({
      paths: { "/a": { get: { parameters: [{ name: "api_version", in: "query", schema: str }], responses: ok } } },
    });
    expect(p.versionHeader).toBeUndefined();
  });

  it("lenient: a path item or parameter that is not a mapping, or a broken one, is passed over for the version header", () => {
    const header = { name: "Api-Version", in: "header", schema: { type: "string", default: "2020" } };
    const { profile: p, diagnostics } = profile(
      {
        paths: {
          "/a": null,
          "/b": { get: { parameters: [null, { $ref: "#/components/parameters/Gone" }, header], responses: ok } },
        },
      },
      { lenient: true },
    );
    expect(p.versionHeader).toEqual({ name: "Api-Version", default: "2020" });
    const notMapping = (what: string) => [
      `${what} must be a mapping; found null; ignored`,
      "write it as a mapping, or remove it",
    ];
    expect(diagnostics).toEqual([
      ["warning", "wrong-type", "/paths/~1a", ...notMapping("a path item")],
      ["warning", "wrong-type", "/paths/~1b/get/parameters/0", ...notMapping("a parameter")],
      [
        "warning",
        "missing-ref",
        "/paths/~1b/get/parameters/1/$ref",
        "`$ref: #/components/parameters/Gone` points to nothing; emitted as `unknown`",
        "define the target in the description to get a precise type",
      ],
    ]);
  });

  it("the version header is the client's: no operation takes it as a parameter", () => {
    const { ops } = operations({
      "x-sdk-profile": { versionHeader: "Shop-Version" },
      paths: {
        "/a": {
          get: {
            parameters: [
              { name: "SHOP-VERSION", in: "header", schema: str },
              { name: "X-Other", in: "header", schema: str },
            ],
            responses: ok,
          },
        },
      },
    });
    expect(ops[0]!.params.map((p) => p.name)).toEqual(["X-Other"]);
  });

  it("webhooks: header, algorithm (as WebCrypto names its hash), prefix and topics naming schemas", () => {
    const order = { type: "object", properties: { id: str } };
    const { profile: p, diagnostics } = profile({
      components: { schemas: { Order: order } },
      "x-sdk-profile": {
        webhooks: {
          header: "X-Shop-Signature",
          algorithm: "HMAC-SHA256",
          prefix: "sha256=",
          topics: {
            "order.created": "Order",
            "a/b~c": "Missing",
            count: 3,
            proto: "constructor",
            "order.paid": "Order",
          },
        },
      },
    });
    expect(p.webhooks).toEqual({
      header: "X-Shop-Signature",
      algorithm: "SHA-256",
      prefix: "sha256=",
      topics: [
        { topic: "order.created", schema: "Order" },
        { topic: "order.paid", schema: "Order" },
      ],
    });
    const fix = "name a key of `components.schemas` (the item the notification carries)";
    expect(diagnostics).toEqual([
      [
        "error",
        "bad-profile",
        "/x-sdk-profile/webhooks/topics/a~1b~0c",
        'topic `a/b~c`: "Missing" is not a schema of the description',
        fix,
      ],
      [
        "error",
        "bad-profile",
        "/x-sdk-profile/webhooks/topics/count",
        "topic `count`: 3 is not a schema of the description",
        fix,
      ],
      [
        "error",
        "bad-profile",
        "/x-sdk-profile/webhooks/topics/proto",
        'topic `proto`: "constructor" is not a schema of the description',
        fix,
      ],
    ]);
    // prefix and topics may be left out; a description without components has no schema to name
    const bare = profile({ "x-sdk-profile": { webhooks: { header: "X-Sig", algorithm: "HMAC-SHA1" } } });
    expect([bare.profile.webhooks, bare.diagnostics]).toEqual([
      { header: "X-Sig", algorithm: "SHA-1", prefix: "", topics: [] },
      [],
    ]);
    const noComponents = profile({
      "x-sdk-profile": { webhooks: { header: "X-Sig", algorithm: "HMAC-SHA512", topics: { a: "Order" } } },
    });
    expect(noComponents.profile.webhooks).toEqual({ header: "X-Sig", algorithm: "SHA-512", prefix: "", topics: [] });
    expect(noComponents.diagnostics).toEqual([
      [
        "error",
        "bad-profile",
        "/x-sdk-profile/webhooks/topics/a",
        'topic `a`: "Order" is not a schema of the description',
        fix,
      ],
    ]);
  });

  it.each([
    [["x"], "", "`webhooks` must be a mapping"],
    [{ algorithm: "HMAC-SHA256" }, "/header", "`header` must be a header name, found undefined"],
    [{ header: "X Sig", algorithm: "HMAC-SHA256" }, "/header", '`header` must be a header name, found "X Sig"'],
    [{ header: "!X-Sig", algorithm: "HMAC-SHA256" }, "/header", '`header` must be a header name, found "!X-Sig"'],
    [{ header: "X-Sig!", algorithm: "HMAC-SHA256" }, "/header", '`header` must be a header name, found "X-Sig!"'],
    [{ header: 7, algorithm: "HMAC-SHA256" }, "/header", "`header` must be a header name, found 7"],
    [
      { header: "X-Sig" },
      "/algorithm",
      "`algorithm` must be one of HMAC-SHA1, HMAC-SHA256, HMAC-SHA512, found undefined",
    ],
    [
      { header: "X-Sig", algorithm: "MD5" },
      "/algorithm",
      '`algorithm` must be one of HMAC-SHA1, HMAC-SHA256, HMAC-SHA512, found "MD5"',
    ],
    [
      { header: "X-Sig", algorithm: "toString" },
      "/algorithm",
      '`algorithm` must be one of HMAC-SHA1, HMAC-SHA256, HMAC-SHA512, found "toString"',
    ],
    [{ header: "X-Sig", algorithm: "HMAC-SHA256", prefix: 5 }, "/prefix", "`prefix` must be a string"],
    [
      { header: "X-Sig", algorithm: "HMAC-SHA256", topics: ["a"] },
      "/topics",
      "`topics` must map topics to schema names",
    ],
  ] as const)("webhooks %j: an error at its key, no webhooks", (webhooks, at, message) => {
    const { profile: p, diagnostics } = profile({ "x-sdk-profile": { webhooks } });
    expect(p.webhooks).toBeUndefined();
    expect(diagnostics).toEqual([
      [
        "error",
        "bad-profile",
        `/x-sdk-profile/webhooks${at}`,
        message,
        'e.g. `webhooks: { header: X-Signature, algorithm: HMAC-SHA256, prefix: "sha256=", topics: {…} }`',
      ],
    ]);
  });

  it("a declared name must be a string: a list that prints like a name is an error", () => {
    const { profile: p, diagnostics } = profile({ "x-sdk-profile": { clientName: ["Shop"] } });
    expect(p.clientName).toBe("Shop");
    expect(diagnostics).toEqual([
      [
        "error",
        "bad-profile",
        "/x-sdk-profile/clientName",
        '`clientName` must be a PascalCase identifier, found ["Shop"]',
        "correct `profile.clientName` in the curation",
      ],
    ]);
  });

  it("servers: http counts, relative and half-filled URLs do not, every trailing slash goes", () => {
    const base = (...urls: string[]) => profile({ servers: urls.map((url) => ({ url })) }).profile.baseUrl;
    expect(base("/proxy/https://a.example.com", "https://a.{unfilled}.com", "http://localhost:4010//")).toBe(
      "http://localhost:4010",
    );
  });

  it("regions: long keys, http URLs, every trailing slash dropped, undescribed when no server matches", () => {
    const { profile: p, diagnostics } = profile({
      servers: [{ url: "https://us.example.com", description: "US" }],
      "x-sdk-profile": {
        regions: {
          "eu-west": "https://eu.example.com//",
          local: "http://localhost:4010",
          us: "https://us.example.com/",
          list: ["https://x.example.com"],
          spaced: "https://a b",
          prefixed: "see https://x.example.com",
        },
      },
    });
    expect(p.regions).toEqual([
      { region: "eu-west", url: "https://eu.example.com" },
      { region: "local", url: "http://localhost:4010" },
      { region: "us", url: "https://us.example.com", description: "US" },
    ]);
    expect(diagnostics.map((d) => d[2])).toEqual([
      "/x-sdk-profile/regions/list",
      "/x-sdk-profile/regions/spaced",
      "/x-sdk-profile/regions/prefixed",
    ]);
    const notMapping = profile({ servers: [{ url: "https://us.example.com" }], "x-sdk-profile": { regions: "us" } });
    expect([notMapping.profile.regions, notMapping.profile.baseUrl]).toEqual([[], "https://us.example.com"]);
  });

  it("version header sent everywhere: info.version when its schema has no default or it has no schema", () => {
    const header = (extra: Doc) => ({ name: "Api-Version", in: "header", ...extra });
    const v = (param: Doc) =>
      profile({ paths: { "/a": { get: { parameters: [param], responses: ok } } } }).profile.versionHeader;
    expect(v(header({ schema: str }))).toEqual({ name: "Api-Version", default: "1.0" });
    expect(v(header({ content: { "text/plain": { schema: str } } }))).toEqual({ name: "Api-Version", default: "1.0" });
  });
});

// `applySoleScheme` is `applyCredentials` without the search among requirements, for the tables the model's
// `soleScheme` picks (one header scheme, no grant, that every operation requires). Both are run on the same inputs
// and must agree on headers, URL and errors; and the model must pick it only where that holds.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { loadDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";
import { soleScheme } from "../../generator/model/security.js";
import { modelOf } from "../helpers/model.js";
import { ROOT } from "../helpers/paths.js";
import type { HeaderMap } from "../../templates/runtime/headers.js";
import {
  apiKey,
  applyCredentials,
  applySoleScheme,
  type Authenticate,
  basic,
  bearer,
  type Resolved,
  type SecurityScheme,
} from "../../templates/runtime/security.js";

const URL_ = "https://api.test/things?q=1";

/** What an applier did: the headers and URLs it produced, or the message it threw. */
async function outcome(
  apply: Authenticate,
  scheme: SecurityScheme,
  held: Record<string, Resolved>,
  preset: HeaderMap = {},
): Promise<unknown> {
  const h = { ...preset };
  try {
    const applied = await apply(h, URL_, { only: scheme }, [["only"]], held, false);
    return { h, url: applied.url, shown: applied.shown, granted: applied.granted ?? false };
  } catch (e) {
    return { error: (e as Error).message, name: (e as Error).constructor.name };
  }
}

const schemes: [string, SecurityScheme][] = [
  ["bearer", { env: "ONLY_TOKEN", set: bearer, header: "authorization", token: true }],
  ["basic", { env: "ONLY_BASIC", set: basic, header: "authorization" }],
  ["apiKey header", { env: "ONLY_KEY", set: apiKey, header: "x-api-key" }],
];
const cases: [string, Record<string, Resolved>, HeaderMap?][] = [
  ["a string", { only: "user:secret" }],
  ["a function", { only: async () => "rotated" }],
  ["basic credentials", { only: { username: "u", password: "p" } }],
  ["a function returning none", { only: () => "" }],
  ["nothing held", {}],
  ["nothing held, the header preset", {}, { authorization: "Bearer own", "x-api-key": "own" }],
  ["held, the header preset (kept)", { only: "mine" }, { authorization: "Bearer own", "x-api-key": "own" }],
];

describe.each(schemes)("a sole %s scheme", (_kind, scheme) => {
  it.each(cases)("%s: the same headers, URL and error as applyCredentials", async (_case, held, preset) => {
    const general = await outcome(applyCredentials, scheme, held, preset);
    expect(await outcome(applySoleScheme, scheme, held, preset)).toEqual(general);
  });

  it("names the scheme and its environment variable when nothing is held", async () => {
    expect(await outcome(applySoleScheme, scheme, {})).toEqual({
      error: `Missing credentials: \`only\` (or ${scheme.env})`,
      name: "SdkRequestError",
    });
  });
});

describe("soleScheme (the model picks the small applier)", () => {
  const tmp = mkdtempSync(join(ROOT, ".tmp-sole-"));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const op = (extra: Record<string, unknown> = {}) => ({ responses: { "204": { description: "none" } }, ...extra });
  const model = (name: string, doc: Record<string, unknown>) => {
    const file = join(tmp, `${name}.yaml`);
    const base = { openapi: "3.0.3", info: { title: "Tiny API", version: "1" }, servers: [{ url: "https://t.test" }] };
    writeFileSync(file, stringify({ ...base, ...doc }));
    return buildModel(loadDocument(file));
  };
  const bearerAuth = { bearerAuth: { type: "http", scheme: "bearer" } };
  const key = (where: string) => ({ key: { type: "apiKey", in: where, name: "k" } });

  it("the curated Intercom description: its one bearer scheme", () => {
    expect(soleScheme(modelOf("../../spec/2.11/openapi.yaml").model)?.name).toBe("bearerAuth");
  });

  it.each([
    ["one apiKey header scheme", key("header"), undefined, "key"],
    ["an operation repeating the document's requirement", bearerAuth, [{ bearerAuth: [] }], "bearerAuth"],
    ["an apiKey in the query", key("query"), undefined, undefined],
    ["an apiKey in a cookie", key("cookie"), undefined, undefined],
    ["an operation needing no credential", bearerAuth, [], undefined],
    ["two schemes", { ...bearerAuth, ...key("header") }, undefined, undefined],
  ])("%s → %s", (name, securitySchemes, opSecurity, expected) => {
    const only = Object.keys(securitySchemes)[0]!;
    const m = model(name.replace(/\W+/g, "-"), {
      components: { securitySchemes },
      security: [{ [only]: [] }],
      paths: {
        "/a": { get: op({ operationId: "a" }) },
        "/b": { get: op(opSecurity ? { operationId: "b", security: opSecurity } : { operationId: "b" }) },
      },
    });
    expect(soleScheme(m.model)?.name).toBe(expected);
  });

  it("no document requirement (nothing needed), or an oauth2 grant: the general applier", () => {
    const none = model("none", { components: { securitySchemes: bearerAuth }, paths: { "/a": { get: op() } } });
    expect(soleScheme(none.model)).toBeUndefined();
    const oauth = {
      o: { type: "oauth2", flows: { clientCredentials: { tokenUrl: "https://t.test/token", scopes: {} } } },
    };
    const granted = model("oauth", { components: { securitySchemes: oauth }, security: [{ o: [] }], paths: {} });
    expect(soleScheme(granted.model)).toBeUndefined();
  });
});

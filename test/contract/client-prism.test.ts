// Contract tests: every operation of the generated 2.11 client is sent to a Prism mock of the curated spec, which
// validates each request (path, query, headers, security, body) against the document. With `--errors`, any
// violation turns into an error response carrying an `sl-violations` header, so a green run means Prism found
// nothing to object to. Responses are generated from the schemas (`--dynamic` with a fixed seed): the spec's own
// response examples do not all match its schemas, and with `--errors` Prism would answer those with a 500.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { Intercom, IntercomApiError, Page } from "../../generated/2.11/src/index.js";
import { type GeneratedPackage, resourceAt } from "../helpers/client-suite.js";
import { loadDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";
import { curatedSpecOf, generatedOf, VERSIONS } from "../helpers/paths.js";
import { jsonBody } from "../../templates/runtime/body.js";
import { buildQuery } from "../../templates/runtime/query.js";
import { startPrism, type PrismServer } from "./prism-server.js";
import { loadSpec, sdkOperations, type SpecOperation } from "./spec-examples.js";

// PRISM_MODE=static serves the spec's examples instead (to see what Prism thinks of them).
const MODE = process.env.PRISM_MODE === "static" ? [] : ["--dynamic", "--seed", "intercom-contract"];

describe.each(VERSIONS)("generated/%s against Prism", (version) => {
  const SPEC = curatedSpecOf(version);
  const doc = loadSpec(SPEC);
  // Where the generated client takes each body: spread into the arguments, or under its `bodyKey`.
  const { model } = buildModel(loadDocument(SPEC));
  const bodyKeys = new Map(
    model.resources.flatMap((r) =>
      r.operations.flatMap((o) => (o.body?.bodyKey ? [[`${o.resource}.${o.method}`, o.body.bodyKey] as const] : [])),
    ),
  );
  const operations = sdkOperations(doc, bodyKeys);

  let prism: PrismServer;
  let client: Intercom;
  let sdk: GeneratedPackage;

  beforeAll(async () => {
    sdk = (await import(`${generatedOf(version)}/src/index.ts`)) as GeneratedPackage;
    prism = await startPrism(SPEC, ["--errors", ...MODE]);
    client = new sdk.Intercom({ token: "test", baseUrl: prism.url, maxRetries: 0, timeoutMs: 20_000 });
  });

  afterAll(async () => {
    await prism?.stop();
  });

  // On failure, show what Prism logged while the test ran (its validator explains every rejection).
  beforeEach(({ onTestFailed }) => {
    const mark = prism.mark();
    onTestFailed(() => {
      console.error(`--- Prism output during this test ---\n${prism.outputSince(mark).slice(-20_000)}`);
    });
  });

  type AnyMethod = (
    params: object,
  ) => PromiseLike<unknown> & { withResponse?: () => Promise<{ data: unknown; response: Response }> };

  function method(op: SpecOperation): AnyMethod {
    const resource = resourceAt(client, op.resource);
    const fn = resource[op.sdkMethod];
    if (typeof fn !== "function") throw new Error(`client.${op.resource}.${op.sdkMethod} does not exist`);
    return (fn as AnyMethod).bind(resource);
  }

  /**
   * Prism's validation messages for a rejected request: the `sl-violations` header (when the spec declares an error
   * response Prism could use) or the `validation` list of its own problem+json 422.
   */
  function violationsOf(error: IntercomApiError): string {
    const header = error.headers.get("sl-violations");
    const body = error.body as { validation?: unknown } | undefined;
    return [header, body?.validation === undefined ? null : JSON.stringify(body.validation)].filter(Boolean).join("\n");
  }

  /** Describes the failure with Prism's reasons when the call was rejected. */
  async function call(
    op: SpecOperation,
  ): Promise<{ data: unknown; response: Response; page?: Page<unknown, unknown> }> {
    try {
      const result = method(op)(op.args);
      if (op.pagination) {
        const page = (await result) as Page<unknown, unknown>;
        return { data: page.response, response: page.rawResponse, page };
      }
      return await result.withResponse!();
    } catch (error) {
      if (error instanceof sdk.IntercomApiError) {
        throw new Error(
          `${op.method} ${op.path} was rejected: ${error.message}\n` +
            `violations: ${violationsOf(error) || "(none)"}\nbody: ${JSON.stringify(error.body)}`,
          { cause: error },
        );
      }
      throw error;
    }
  }

  describe("every operation of the generated client passes Prism's validation", () => {
    it("covers every operation of the curated spec", () => {
      const curation = parse(readFileSync(join(dirname(SPEC), "curation.yaml"), "utf8")) as { operations: object };
      expect(operations).toHaveLength(Object.keys(curation.operations).length);
      expect(new Set(operations.map((o) => `${o.resource}.${o.sdkMethod}`)).size).toBe(operations.length);
    });

    it.each(operations.map((op) => [`${op.resource}.${op.sdkMethod}`, op] as const))("%s", async (_name, op) => {
      const { data, response, page } = await call(op);
      expect(response.status).toBe(op.success.status);
      expect(response.headers.get("sl-violations")).toBeNull();
      // An operation that answers no JSON (an empty 200, text or bytes) has no keys to check.
      if (!op.success.json) return;
      // A schema that says `nullable` (2.16's company_scroll) lets Prism answer `null`; the client must cope.
      if (data === null) {
        expect(op.success.nullable).toBe(true);
        if (page) expect(page.data).toEqual([]);
        return;
      }
      expect(data).toBeTypeOf("object");
      expect(Object.keys(data as object)).toEqual(expect.arrayContaining(op.success.keys));
      if (op.pagination) {
        expect(page).toBeInstanceOf(sdk.Page);
        expect(Array.isArray(page!.data)).toBe(true);
        // The list is at `items`, or at the first of its alternatives that holds an array.
        const lists = [op.pagination.items].flat().map((path) => (data as Record<string, unknown>)[path]);
        expect(page!.data).toBe(lists.find(Array.isArray));
      }
    });
  });

  describe("Prism rejects invalid requests (the check above can fail)", () => {
    it("a body without the required `id` (POST /contacts/{contact_id}/companies) is a 400 BadRequestError", async () => {
      const op = {
        method: "POST",
        path: "/contacts/{contact_id}/companies",
        pathParams: ["contact_id"],
        body: jsonBody,
        response: "json",
      } as const;
      const error = await client.request(op, { contact_id: "63a07ddf05a32042dffac965" }).then(
        () => expect.unreachable("Prism accepted an invalid body"),
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(sdk.BadRequestError);
      const e = error as IntercomApiError;
      expect(e.status).toBe(400);
      expect(violationsOf(e)).toMatch(/required property 'id'/);
    });

    it("a query parameter of the wrong type (GET /companies?page=abc) is rejected", async () => {
      const op = {
        method: "GET",
        path: "/companies",
        query: { params: ["page"], serialize: buildQuery },
        response: "json",
      } as const;
      const error = await client.request(op, { page: "abc" }).then(
        () => expect.unreachable("Prism accepted page=abc"),
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(sdk.IntercomApiError);
      const e = error as IntercomApiError;
      expect(e.status).toBe(422); // GET /companies declares no 400, so Prism answers with its own 422
      expect(violationsOf(e)).toMatch(/query parameter page must be integer/);
    });

    it("a request without credentials is rejected (the spec's bearerAuth is enforced)", async () => {
      const op = {
        method: "GET",
        path: "/contacts/{contact_id}",
        pathParams: ["contact_id"],
        response: "json",
      } as const;
      const anonymous = new sdk.Intercom({
        token: "x",
        baseUrl: prism.url,
        maxRetries: 0,
        fetch: (url, init) => {
          const headers = new Headers(init?.headers);
          headers.delete("Authorization");
          return fetch(url, { ...init, headers });
        },
      });
      await expect(anonymous.request(op, { contact_id: "1" })).rejects.toMatchObject({ status: 401 });
    });
  });
});

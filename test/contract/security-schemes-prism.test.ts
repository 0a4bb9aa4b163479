// Issue 22, against Prism (`--errors`): for one real description per kind of security scheme
// (test/fixtures/wire/real/SOURCES.md), every operation of the generated package, given `credentials` keyed by the
// description's scheme names, is accepted. With the credential taken off the wire, Prism refuses the same calls
// with 401, so it does judge the credential (it checks presence and place, not the value). One package and one Prism
// per description, shared by its schemes and by the calls with and without credentials.
import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openWire, type WireSession } from "../corpus/wire.js";
import { fixture } from "../helpers/model.js";
import { ROOT } from "../helpers/paths.js";

const tmp = mkdtempSync(join(ROOT, ".tmp-security-schemes-prism-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A fetch that sends the request without the named headers and query parameters. */
const without =
  (headers: string[], query: string[]): typeof fetch =>
  (input, init) => {
    const url = new URL(String(input));
    for (const q of query) url.searchParams.delete(q);
    const h = new Headers(init?.headers);
    for (const name of headers) h.delete(name);
    return fetch(url, { ...init, headers: h });
  };

const cases: {
  file: string;
  scheme: string;
  credentials?: Record<string, unknown>;
  strip: [headers: string[], query: string[]];
  /** Calls Prism itself cannot judge, with why. */
  prismCases?: Record<string, RegExp>;
}[] = [
  // The scheme is named `x-api-key`; the header it declares is `api_key`.
  { file: "calorieninjas.com.json", scheme: "apiKey in a header", strip: [["api_key"], []] },
  { file: "nasa.gov-apod.json", scheme: "apiKey in the query", strip: [[], ["api_key"]] },
  {
    file: "mercure.local.json",
    scheme: "apiKey in a cookie",
    credentials: { Cookie: "jwt" },
    strip: [["cookie"], []],
    // A form field declared as an array, sent with one item (`topic=x`, as OpenAPI's form/explode says): Prism
    // decodes it as a string and refuses it.
    prismCases: { "POST /.well-known/mercure": /topic must be array/ },
  },
  {
    file: "mercure.local.json",
    scheme: "http bearer (the other alternative)",
    credentials: { Bearer: "jwt" },
    strip: [["authorization"], []],
    prismCases: { "POST /.well-known/mercure": /topic must be array/ },
  },
  { file: "d7networks.com.json", scheme: "http basic", strip: [["authorization"], []] },
  { file: "nlpcloud.io.json", scheme: "http bearer", strip: [["authorization"], []] },
  {
    file: "stripe.com-apps-secrets.json",
    scheme: "http basic or bearer (Stripe: GETs declare an empty form body, `scope` is a deepObject form field)",
    strip: [["authorization"], []],
    // Prism's own generated response breaks the description's pattern for `url`; the request was accepted.
    prismCases: { "GET /v1/apps/secrets": /url must match pattern/ },
  },
  // Prism cannot serve the flow's token URL: the token is given, as for any oauth2 scheme.
  { file: "onsched.com-utility.json", scheme: "oauth2", strip: [["authorization"], []] },
];

describe.each([...new Set(cases.map((c) => c.file))])("%s", (file) => {
  let wire: WireSession;
  beforeAll(async () => {
    wire = await openWire(fixture(`wire/real/${file}`), tmp);
  });
  afterAll(() => wire?.close());

  it.each(cases.filter((c) => c.file === file))(
    "$scheme: every call is accepted with credentials; without them Prism refuses with 401",
    async ({ credentials, strip, prismCases = {} }) => {
      const run = await wire.run(credentials ? { credentials: () => credentials } : {});
      expect(run.calls.length).toBeGreaterThan(0);
      for (const call of run.calls) {
        const known = prismCases[call.operation];
        if (known) expect(call.reason, call.operation).toMatch(known);
        else expect(call, call.operation).toMatchObject({ accepted: true });
      }
      const bare = await wire.run({
        ...(credentials ? { credentials: () => credentials } : {}),
        fetch: without(...strip),
      });
      expect(bare.calls.map((c) => [c.operation, c.status])).toEqual(run.calls.map((c) => [c.operation, 401]));
    },
  );
});

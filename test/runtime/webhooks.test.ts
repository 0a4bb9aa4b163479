import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { SdkError } from "../../templates/runtime/errors.js";
import { SdkWebhookError, verifySignature, type WebhookScheme } from "../../templates/runtime/webhooks.js";

// The runtime's verifier on any declared scheme (here SHA-256 and SHA-512 with their own header and prefix);
// signatures computed with node:crypto. The Intercom scheme is tested on the built package (test/package/webhooks.test.ts).

const SECRET = "whsec_test_only";
const body = JSON.stringify({ topic: "widget.created", data: { item: { id: "w_1" } } });
const schemes: [WebhookScheme, string][] = [
  [{ header: "X-Acme-Signature", algorithm: "SHA-256", prefix: "v1=", errorName: "AcmeWebhookError" }, "sha256"],
  [{ header: "Signature", algorithm: "SHA-512", prefix: "", errorName: "SdkWebhookError" }, "sha512"],
];

async function failure(promise: Promise<unknown>): Promise<SdkWebhookError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SdkWebhookError);
  expect(error).toBeInstanceOf(SdkError);
  return error as SdkWebhookError;
}

describe.each(schemes)("verifySignature with %o", (scheme, hash) => {
  const sign = (text: string, secret = SECRET) =>
    `${scheme.prefix}${createHmac(hash, secret).update(text).digest("hex")}`;

  it("returns the parsed body when the signature matches (the digest in either case)", async () => {
    const expected = JSON.parse(body);
    expect(await verifySignature(scheme, body, { [scheme.header]: sign(body) }, SECRET)).toEqual(expected);
    const upper = scheme.prefix + sign(body).slice(scheme.prefix.length).toUpperCase();
    expect(await verifySignature(scheme, body, { [scheme.header.toLowerCase()]: upper }, SECRET)).toEqual(expected);
  });

  it("rejects a changed body, another secret, a digest one byte short, and names the error as exported", async () => {
    for (const [text, signature] of [
      [`${body} `, sign(body)],
      [body, sign(body, "other")],
      [body, sign(body).slice(0, -2)],
    ] as const) {
      const error = await failure(verifySignature(scheme, text, new Headers({ [scheme.header]: signature }), SECRET));
      expect(error.name).toBe(scheme.errorName);
      expect(error.message).toBe(
        `${scheme.header} does not match the body: a wrong secret, or a body changed since it was signed`,
      );
      expect(error.message).not.toContain(SECRET);
    }
  });

  it("rejects a missing header, a digest that is not hex, and an empty secret", async () => {
    expect((await failure(verifySignature(scheme, body, {}, SECRET))).message).toBe(
      `Missing ${scheme.header} header: the notification is not signed`,
    );
    const notHex = await failure(verifySignature(scheme, body, { [scheme.header]: `${scheme.prefix}zz` }, SECRET));
    expect(notHex.message).toBe(`Malformed ${scheme.header} header: expected ${scheme.prefix}<hex digest>`);
    expect((await failure(verifySignature(scheme, body, { [scheme.header]: sign(body, "") }, ""))).message).toBe(
      "No webhook secret: pass the app's secret",
    );
  });

  it("takes the raw body as bytes too (UTF-8), and a header in a Node object: array, padded, beside others", async () => {
    const text = JSON.stringify({ topic: "wïdget.créé", data: { item: { id: "w_1" } } });
    const bytes = new TextEncoder().encode(text);
    const expected = JSON.parse(text);
    const headers = { "content-type": "application/json", [scheme.header.toLowerCase()]: [sign(text)] };
    expect(await verifySignature(scheme, bytes, headers, SECRET)).toEqual(expected);
    expect(
      await verifySignature(scheme, bytes.slice().buffer, { [scheme.header]: ` ${sign(text)}\t` }, SECRET),
    ).toEqual(expected);
  });

  it("a header present without a value is missing; a signed body that is not JSON is refused as such", async () => {
    expect((await failure(verifySignature(scheme, body, { [scheme.header]: undefined }, SECRET))).message).toBe(
      `Missing ${scheme.header} header: the notification is not signed`,
    );
    expect(
      (await failure(verifySignature(scheme, "not json", { [scheme.header]: sign("not json") }, SECRET))).message,
    ).toBe("The signed body is not JSON");
    const secret = undefined as unknown as string;
    expect((await failure(verifySignature(scheme, body, { [scheme.header]: sign(body) }, secret))).message).toBe(
      "No webhook secret: pass the app's secret",
    );
  });

  it("a digest with a non-hex start or end is malformed; one with a byte too many does not match", async () => {
    const hex = sign(body).slice(scheme.prefix.length);
    for (const bad of [`zz${hex.slice(2)}`, `${hex.slice(0, -2)}zz`])
      expect(
        (await failure(verifySignature(scheme, body, { [scheme.header]: scheme.prefix + bad }, SECRET))).message,
      ).toBe(`Malformed ${scheme.header} header: expected ${scheme.prefix}<hex digest>`);
    const long = await failure(verifySignature(scheme, body, { [scheme.header]: `${sign(body)}00` }, SECRET));
    expect(long.message).toBe(
      `${scheme.header} does not match the body: a wrong secret, or a body changed since it was signed`,
    );
  });
});

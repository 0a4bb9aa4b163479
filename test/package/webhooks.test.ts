import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildModel } from "../../generator/model/build-model.js";
import { ROOT } from "../helpers/paths.js";

// verifyWebhook of the built 2.11 package: signatures computed here with node:crypto (not the WebCrypto the package
// uses), checked through a real node:http server the way an app receives them.

const sdk = await import(join(ROOT, "generated/2.11/src/index.ts"));
const SECRET = "s3cr3t-client-secret-for-tests";

/** Intercom's example of a signed notification ("Signed Notifications" in its webhook reference). */
const INTERCOM_EXAMPLE = `{
  "type" : "notification_event",
  "id" : "notif_78c122d0-23ba-11e4-9464-79b01267cc2e",
  "topic" : "user.created",
  "app_id" : "a86dr8yl",
  "data" : {
    "type" : "notification_event_data",
    "item" : {
      "type" : "user",
      "id" : "530370b477ad7120001d",
      "user_id" : "25",
      "name" : "Hoban Washburne",
      "unsubscribed_from_emails" : false,
      "custom_attributes" : {}
    }
  }
}`;

const sign = (body: string | Buffer, secret = SECRET) =>
  `sha1=${createHmac("sha1", secret).update(body).digest("hex")}`;

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a rejection");
}

describe("verifyWebhook", () => {
  it("accepts Intercom's signed example and returns the notification", async () => {
    const event = await sdk.verifyWebhook(INTERCOM_EXAMPLE, { "X-Hub-Signature": sign(INTERCOM_EXAMPLE) }, SECRET);
    expect(event).toEqual(JSON.parse(INTERCOM_EXAMPLE));
    expect(event.data.item.name).toBe("Hoban Washburne");
  });

  it("takes the body as bytes and the headers as fetch Headers or Node's lower-cased object", async () => {
    const body = JSON.stringify({ topic: "contact.user.created", data: { item: { type: "contact", id: "c1" } } });
    const bytes = new TextEncoder().encode(body);
    const signature = sign(body);
    for (const [raw, headers] of [
      [bytes, new Headers({ "X-Hub-Signature": signature })],
      [bytes.buffer, { "x-hub-signature": signature }],
      [body, { "x-hub-signature": [signature] }],
    ] as const)
      expect((await sdk.verifyWebhook(raw, headers, SECRET)).data.item.id).toBe("c1");
  });

  it.each([
    [
      "a tampered body",
      INTERCOM_EXAMPLE.replace("Hoban", "Malcolm"),
      { "x-hub-signature": sign(INTERCOM_EXAMPLE) },
      SECRET,
      "does not match the body",
    ],
    [
      "a wrong secret",
      INTERCOM_EXAMPLE,
      { "x-hub-signature": sign(INTERCOM_EXAMPLE, "another-secret") },
      SECRET,
      "does not match the body",
    ],
    [
      "a signature keyed by the secret, checked with another",
      INTERCOM_EXAMPLE,
      { "x-hub-signature": sign(INTERCOM_EXAMPLE) },
      "not-the-secret",
      "does not match the body",
    ],
    [
      "a missing header",
      INTERCOM_EXAMPLE,
      { "content-type": "application/json" },
      SECRET,
      "Missing X-Hub-Signature header",
    ],
    [
      "a header without the prefix",
      INTERCOM_EXAMPLE,
      { "x-hub-signature": sign(INTERCOM_EXAMPLE).slice(5) },
      SECRET,
      "Malformed X-Hub-Signature",
    ],
    [
      "a truncated digest",
      INTERCOM_EXAMPLE,
      { "x-hub-signature": sign(INTERCOM_EXAMPLE).slice(0, -2) },
      SECRET,
      "does not match the body",
    ],
    ["an empty secret", INTERCOM_EXAMPLE, { "x-hub-signature": sign(INTERCOM_EXAMPLE, "") }, "", "No webhook secret"],
    ["a signed body that is not JSON", "not json", { "x-hub-signature": sign("not json") }, SECRET, "not JSON"],
  ])(
    "rejects %s with IntercomWebhookError, never showing the secret",
    async (_name, body, headers, secret, message) => {
      const error = await rejection(sdk.verifyWebhook(body, headers, secret));
      expect(error).toBeInstanceOf(sdk.IntercomWebhookError);
      expect(error).toBeInstanceOf(sdk.IntercomError);
      expect(error.name).toBe("IntercomWebhookError");
      expect(error.message).toContain(message);
      expect(error.message).not.toContain(SECRET);
      expect(String(error.stack)).not.toContain(SECRET);
    },
  );
});

describe("verifyWebhook in a node:http handler", () => {
  let url = "";
  const receive = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    try {
      const event = await sdk.verifyWebhook(Buffer.concat(chunks), req.headers, SECRET);
      res.writeHead(200).end(event.topic);
    } catch (error) {
      res.writeHead(error instanceof sdk.IntercomWebhookError ? 401 : 500).end();
    }
  };
  const server = createServer((req, res) => void receive(req, res));
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (body: string, signature?: string) =>
    fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...(signature ? { "X-Hub-Signature": signature } : {}) },
      body,
    });

  it("answers 200 to a signed notification, 401 to a tampered or unsigned one", async () => {
    const ok = await post(INTERCOM_EXAMPLE, sign(INTERCOM_EXAMPLE));
    expect([ok.status, await ok.text()]).toEqual([200, "user.created"]);
    expect((await post(`${INTERCOM_EXAMPLE} `, sign(INTERCOM_EXAMPLE))).status).toBe(401);
    expect((await post(INTERCOM_EXAMPLE)).status).toBe(401);
  });
});

describe("the profile's webhooks declaration", () => {
  const model = (webhooks: unknown) =>
    buildModel({
      file: "curated.yaml",
      document: {
        openapi: "3.0.3",
        info: { title: "Acme", version: "1" },
        paths: {},
        components: { schemas: { widget: { type: "object", properties: { id: { type: "string" } } } } },
        "x-sdk-profile": { webhooks },
      },
      brokenRefs: new Set(),
      diagnostics: [],
    } as never);

  it("is read into the profile: the WebCrypto hash and each topic's schema", () => {
    const { model: m, diagnostics } = model({
      header: "X-Acme-Signature",
      algorithm: "HMAC-SHA256",
      prefix: "v1=",
      topics: { "widget.created": "widget" },
    });
    expect(diagnostics).toEqual([]);
    expect(m.profile.webhooks).toEqual({
      header: "X-Acme-Signature",
      algorithm: "SHA-256",
      prefix: "v1=",
      topics: [{ topic: "widget.created", schema: "widget" }],
    });
  });

  it.each([
    [
      { header: "X-Sig", algorithm: "MD5" },
      "/x-sdk-profile/webhooks/algorithm",
      "`algorithm` must be one of HMAC-SHA1, HMAC-SHA256, HMAC-SHA512",
    ],
    [
      { header: "bad header", algorithm: "HMAC-SHA1" },
      "/x-sdk-profile/webhooks/header",
      "`header` must be a header name",
    ],
    [
      { header: "X-Sig", algorithm: "HMAC-SHA1", topics: { "a/b": "gadget" } },
      "/x-sdk-profile/webhooks/topics/a~1b",
      'topic `a/b`: "gadget" is not a schema',
    ],
  ])("a wrong declaration is an error at its key: %j", (webhooks, pointer, message) => {
    const { diagnostics } = model(webhooks);
    expect(diagnostics.map((d) => [d.severity, d.pointer])).toEqual([["error", pointer]]);
    expect(diagnostics[0]!.message).toContain(message);
  });
});

// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { verifySignature, type WebhookHeaders, type WebhookNotification, type WebhookScheme } from "./runtime/index.js";
import type { Company, Contact, Conversation, Ticket } from "./models.js";

/** How the API signs its webhook notifications, as the profile declares it. */
const SCHEME: WebhookScheme = {
  header: "X-Hub-Signature",
  algorithm: "SHA-1",
  prefix: "sha1=",
  errorName: "IntercomWebhookError",
};

/** A verified webhook notification, typed by its `topic`: `data.item` is the object the topic is about. The topics are those the profile declares. */
export type WebhookEvent =
  | WebhookNotification<"contact.user.created", Contact>
  | WebhookNotification<"contact.user.updated", Contact>
  | WebhookNotification<"contact.lead.created", Contact>
  | WebhookNotification<"contact.lead.updated", Contact>
  | WebhookNotification<"company.created", Company>
  | WebhookNotification<"company.updated", Company>
  | WebhookNotification<"conversation.user.created", Conversation>
  | WebhookNotification<"conversation.user.replied", Conversation>
  | WebhookNotification<"conversation.admin.replied", Conversation>
  | WebhookNotification<"conversation.admin.single.created", Conversation>
  | WebhookNotification<"conversation.admin.assigned", Conversation>
  | WebhookNotification<"conversation.admin.closed", Conversation>
  | WebhookNotification<"conversation.admin.opened", Conversation>
  | WebhookNotification<"conversation.admin.snoozed", Conversation>
  | WebhookNotification<"conversation.admin.noted", Conversation>
  | WebhookNotification<"ticket.created", Ticket>;

/**
 * Verifies a webhook notification: the `X-Hub-Signature` header must hold `sha1=` and the hex HMAC (SHA-1) of the raw body, keyed by your app's secret; compared in constant time. Pass the body exactly as received (a string or bytes), before any JSON parsing.
 * @throws {@link IntercomWebhookError} when the signature is missing or wrong, or the body is not JSON (the message never holds the secret)
 * @example
 * ```ts
 * const event = await verifyWebhook(rawBody, request.headers, secret);
 * if (event.topic === "contact.user.created") console.log(event.data.item);
 * ```
 */
export async function verifyWebhook(
  rawBody: string | Uint8Array | ArrayBuffer,
  headers: WebhookHeaders,
  secret: string,
): Promise<WebhookEvent> {
  return (await verifySignature(SCHEME, rawBody, headers, secret)) as WebhookEvent;
}

// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { jsonBody } from "../runtime/body.js";
import type { ClientCore, RequestOptions, ApiPromise } from "../runtime/index.js";
import type { CreateMessageRequest, Message } from "../models.js";

/** Arguments of `messages.create`: the other fields are the json body. */
export type MessagesCreateParams = CreateMessageRequest;

/**
 * Create a message
 *
 * You can create a message that has been initiated by an admin. The conversation can be either an in-app message or an email.
 *
 * > 🚧 Sending for visitors
 * >
 * > There can be a short delay between when a contact is created and when a contact becomes available to be messaged through the API. A 404 Not Found error will be returned in this case.
 *
 * This will return the Message model that has been created.
 *
 * > 🚧 Retrieving Associated Conversations
 * >
 * > As this is a message, there will be no conversation present until the contact responds. Once they do, you will have to search for a contact's conversations with the id of the message.
 *
 * `POST /messages`
 * @throws {@link BadRequestError} 400: No body supplied for email message
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link ForbiddenError} 403: API plan restricted
 * @throws {@link UnprocessableEntityError} 422: No subject supplied for email message
 * @example
 * ```ts
 * const result = await messagesCreate(client, {
 *   message_type: "in_app",
 *   body: "heyy",
 *   from: { type: "admin", id: 991267716 },
 *   to: { type: "user", id: "667d616c8a68186f43bafe52" },
 *   subject: "…",
 *   template: "…",
 * });
 * ```
 */
export function messagesCreate(
  client: ClientCore,
  params: MessagesCreateParams,
  options?: RequestOptions,
): ApiPromise<Message> {
  return client.request<Message>(
    { method: "POST", path: "/messages", body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** The `messages` operations, bound to a client. */
export interface Messages {
  /**
   * Create a message
   *
   * You can create a message that has been initiated by an admin. The conversation can be either an in-app message or an email.
   *
   * > 🚧 Sending for visitors
   * >
   * > There can be a short delay between when a contact is created and when a contact becomes available to be messaged through the API. A 404 Not Found error will be returned in this case.
   *
   * This will return the Message model that has been created.
   *
   * > 🚧 Retrieving Associated Conversations
   * >
   * > As this is a message, there will be no conversation present until the contact responds. Once they do, you will have to search for a contact's conversations with the id of the message.
   *
   * `POST /messages`
   * @throws {@link BadRequestError} 400: No body supplied for email message
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link ForbiddenError} 403: API plan restricted
   * @throws {@link UnprocessableEntityError} 422: No subject supplied for email message
   * @example
   * ```ts
   * const result = await intercom.messages.create({
   *   message_type: "in_app",
   *   body: "heyy",
   *   from: { type: "admin", id: 991267716 },
   *   to: { type: "user", id: "667d616c8a68186f43bafe52" },
   *   subject: "…",
   *   template: "…",
   * });
   * ```
   */
  create(params: MessagesCreateParams, options?: RequestOptions): ApiPromise<Message>;
}

export class Messages {
  constructor(private readonly client: ClientCore) {}

  create(params: MessagesCreateParams, options?: RequestOptions): ApiPromise<Message> {
    return messagesCreate(this.client, params, options);
  }
}

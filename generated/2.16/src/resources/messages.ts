// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { jsonBody } from "../runtime/body.js";
import { paginate } from "../runtime/pagination.js";
import { buildQuery } from "../runtime/query.js";
import type { ClientCore, RequestOptions, ApiPromise, PagePromise } from "../runtime/index.js";
import type { CreateMessageRequest, Message, WhatsappMessageStatus, WhatsappMessageStatusList } from "../models.js";

/** Arguments of `messages.create`: the other fields are the json body. */
export type MessagesCreateParams = NonNullable<CreateMessageRequest>;

/**
 * Create a message
 *
 * You can create a message that has been initiated by an admin. The conversation can be either an in-app message, an email or whatsapp.
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
 *   to: [
 *     { type: "user", id: "6762f2391bb69f9f2193bc19" },
 *     { type: "lead", id: "6762f23c1bb69f9f2193bc1b" },
 *   ],
 *   cc: [
 *     { type: "user", id: "6762f23e1bb69f9f2193bc1d" },
 *     { type: "user", id: "6762f23f1bb69f9f2193bc1e" },
 *   ],
 *   bcc: [{ type: "user", id: "6762f23e1bb69f9f2193bc2f" }],
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

/** Arguments of `messages.retrieveWhatsAppMessageStatus`: `message_id` in the query. */
export type MessagesRetrieveWhatsAppMessageStatusParams = {
  /** The WhatsApp message ID to check status for */
  message_id: string;
};

/**
 * Retrieve WhatsApp message delivery status
 *
 * Retrieves the delivery status of a specific WhatsApp message by its message ID.
 *
 * Returns the current status, conversation details, and any error information if the message failed to deliver.
 *
 * `GET /messages/whatsapp/status`
 * @throws {@link BadRequestError} 400: Bad request - missing required parameters
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: WhatsApp message not found
 * @example
 * ```ts
 * const result = await messagesRetrieveWhatsAppMessageStatus(client, { message_id: "…" });
 * ```
 */
export function messagesRetrieveWhatsAppMessageStatus(
  client: ClientCore,
  params: MessagesRetrieveWhatsAppMessageStatusParams,
  options?: RequestOptions,
): ApiPromise<WhatsappMessageStatus> {
  return client.request<WhatsappMessageStatus>(
    {
      method: "GET",
      path: "/messages/whatsapp/status",
      query: { params: ["message_id"], serialize: buildQuery },
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `messages.getWhatsAppMessageStatus`: `ruleset_id`, `per_page`, `starting_after` in the query. */
export type MessagesGetWhatsAppMessageStatusParams = {
  /** The unique identifier for the set of messages to check status for */
  ruleset_id: string;
  /**
   * Number of results per page (default 50, max 100)
   * @default 50
   */
  per_page?: number;
  /** Cursor for pagination, used to fetch the next page of results */
  starting_after?: string;
};

/**
 * Get statuses of all messages sent based on the specified ruleset_id
 *
 * Retrieves statuses of messages sent from the Outbound module. Currently, this API only supports WhatsApp messages.
 *
 * This endpoint returns paginated status events for WhatsApp messages sent via the Outbound module, providing
 * information about delivery state and related message details.
 *
 * `GET /messages/status`
 * @throws {@link BadRequestError} 400: Bad request - missing required parameters
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link ForbiddenError} 403: API plan restricted
 * @throws {@link InternalServerError} 500: Internal server error
 * @example
 * ```ts
 * for await (const item of messagesGetWhatsAppMessageStatus(client, { ruleset_id: "…" })) console.log(item);
 * ```
 */
export function messagesGetWhatsAppMessageStatus(
  client: ClientCore,
  params: MessagesGetWhatsAppMessageStatusParams,
  options?: RequestOptions,
): PagePromise<
  WhatsappMessageStatusList,
  {
    /** Event ID */
    id: string;
    /** ID of the conversation */
    conversation_id: string;
    /** Current status of the message */
    status: "sent" | "delivered" | "read" | "failed";
    /** Event type */
    type: "broadcast_outbound";
    /** Creation timestamp */
    created_at: number;
    /** Last update timestamp */
    updated_at: number;
    /** WhatsApp's message identifier */
    whatsapp_message_id: string;
    /** Name of the WhatsApp template used */
    template_name?: string;
  },
  MessagesGetWhatsAppMessageStatusParams,
  string
> {
  return paginate<
    WhatsappMessageStatusList,
    {
      /** Event ID */
      id: string;
      /** ID of the conversation */
      conversation_id: string;
      /** Current status of the message */
      status: "sent" | "delivered" | "read" | "failed";
      /** Event type */
      type: "broadcast_outbound";
      /** Creation timestamp */
      created_at: number;
      /** Last update timestamp */
      updated_at: number;
      /** WhatsApp's message identifier */
      whatsapp_message_id: string;
      /** Name of the WhatsApp template used */
      template_name?: string;
    },
    MessagesGetWhatsAppMessageStatusParams,
    string
  >(
    client,
    {
      method: "GET",
      path: "/messages/status",
      query: { params: ["ruleset_id", "per_page", "starting_after"], serialize: buildQuery },
      response: "json",
    },
    params,
    options,
    { style: "cursor", items: "events", cursorParam: "starting_after", nextCursor: "pages.next.starting_after" },
  );
}

/** The `messages` operations, bound to a client. */
export interface Messages {
  /**
   * Create a message
   *
   * You can create a message that has been initiated by an admin. The conversation can be either an in-app message, an email or whatsapp.
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
   *   to: [
   *     { type: "user", id: "6762f2391bb69f9f2193bc19" },
   *     { type: "lead", id: "6762f23c1bb69f9f2193bc1b" },
   *   ],
   *   cc: [
   *     { type: "user", id: "6762f23e1bb69f9f2193bc1d" },
   *     { type: "user", id: "6762f23f1bb69f9f2193bc1e" },
   *   ],
   *   bcc: [{ type: "user", id: "6762f23e1bb69f9f2193bc2f" }],
   *   subject: "…",
   *   template: "…",
   * });
   * ```
   */
  create(params: MessagesCreateParams, options?: RequestOptions): ApiPromise<Message>;
  /**
   * Retrieve WhatsApp message delivery status
   *
   * Retrieves the delivery status of a specific WhatsApp message by its message ID.
   *
   * Returns the current status, conversation details, and any error information if the message failed to deliver.
   *
   * `GET /messages/whatsapp/status`
   * @throws {@link BadRequestError} 400: Bad request - missing required parameters
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: WhatsApp message not found
   * @example
   * ```ts
   * const result = await intercom.messages.retrieveWhatsAppMessageStatus({ message_id: "…" });
   * ```
   */
  retrieveWhatsAppMessageStatus(
    params: MessagesRetrieveWhatsAppMessageStatusParams,
    options?: RequestOptions,
  ): ApiPromise<WhatsappMessageStatus>;
  /**
   * Get statuses of all messages sent based on the specified ruleset_id
   *
   * Retrieves statuses of messages sent from the Outbound module. Currently, this API only supports WhatsApp messages.
   *
   * This endpoint returns paginated status events for WhatsApp messages sent via the Outbound module, providing
   * information about delivery state and related message details.
   *
   * `GET /messages/status`
   * @throws {@link BadRequestError} 400: Bad request - missing required parameters
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link ForbiddenError} 403: API plan restricted
   * @throws {@link InternalServerError} 500: Internal server error
   * @example
   * ```ts
   * for await (const item of intercom.messages.getWhatsAppMessageStatus({ ruleset_id: "…" })) console.log(item);
   * ```
   */
  getWhatsAppMessageStatus(
    params: MessagesGetWhatsAppMessageStatusParams,
    options?: RequestOptions,
  ): PagePromise<
    WhatsappMessageStatusList,
    {
      /** Event ID */
      id: string;
      /** ID of the conversation */
      conversation_id: string;
      /** Current status of the message */
      status: "sent" | "delivered" | "read" | "failed";
      /** Event type */
      type: "broadcast_outbound";
      /** Creation timestamp */
      created_at: number;
      /** Last update timestamp */
      updated_at: number;
      /** WhatsApp's message identifier */
      whatsapp_message_id: string;
      /** Name of the WhatsApp template used */
      template_name?: string;
    },
    MessagesGetWhatsAppMessageStatusParams,
    string
  >;
}

export class Messages {
  constructor(private readonly client: ClientCore) {}

  create(params: MessagesCreateParams, options?: RequestOptions): ApiPromise<Message> {
    return messagesCreate(this.client, params, options);
  }

  retrieveWhatsAppMessageStatus(
    params: MessagesRetrieveWhatsAppMessageStatusParams,
    options?: RequestOptions,
  ): ApiPromise<WhatsappMessageStatus> {
    return messagesRetrieveWhatsAppMessageStatus(this.client, params, options);
  }

  getWhatsAppMessageStatus(
    params: MessagesGetWhatsAppMessageStatusParams,
    options?: RequestOptions,
  ): PagePromise<
    WhatsappMessageStatusList,
    {
      /** Event ID */
      id: string;
      /** ID of the conversation */
      conversation_id: string;
      /** Current status of the message */
      status: "sent" | "delivered" | "read" | "failed";
      /** Event type */
      type: "broadcast_outbound";
      /** Creation timestamp */
      created_at: number;
      /** Last update timestamp */
      updated_at: number;
      /** WhatsApp's message identifier */
      whatsapp_message_id: string;
      /** Name of the WhatsApp template used */
      template_name?: string;
    },
    MessagesGetWhatsAppMessageStatusParams,
    string
  > {
    return messagesGetWhatsAppMessageStatus(this.client, params, options);
  }
}

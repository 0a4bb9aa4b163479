// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { jsonBody } from "../runtime/body.js";
import type { ClientCore, RequestOptions, ApiPromise } from "../runtime/index.js";
import type {
  FinAgentAttachment,
  FinAgentAttributeErrors,
  FinAgentConversationMetadata,
  FinAgentMessage,
  FinAgentUser,
} from "../models.js";

/** Arguments of `finAgent.startFinConversation`: the other fields are the json body. */
export type FinAgentStartFinConversationParams = {
  /** The ID of the conversation that is calling Fin via this API. */
  conversation_id: string;
  message: FinAgentMessage;
  user: FinAgentUser;
  /** An array of attachments to include with the message. Maximum of 10 attachments. */
  attachments?: FinAgentAttachment[];
  conversation_metadata?: FinAgentConversationMetadata;
};

/**
 * Start a conversation with Fin
 *
 * Initialize Fin by passing it the user's message along with conversation history and user details.
 *
 * These additional pieces of context will be used by Fin to provide a better and more contextual answer to the user.
 *
 * Warning:
 * Please reach out to your accounts team to discuss access.
 *
 * Once Fin is initialized, it progresses through a series of statuses such as *thinking*, *replying*, *awaiting_user_reply*, or *resolved* before ending with a status of *complete*.
 *
 * During this workflow, the client should allow Fin to continue uninterrupted until a final *complete* status is returned via webhook, at which point control of the conversation passes back to the client.
 *
 * `POST /fin/start`
 * @throws {@link BadRequestError} 400: Bad Request
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await finAgentStartFinConversation(client, {
 *   conversation_id: "ext-123",
 *   message: {
 *     author: "user",
 *     body: "How can I see my account details?",
 *     timestamp: "2025-01-24T10:01:20.000Z",
 *   },
 *   user: { id: "123456", name: "John Doe", email: "john.doe@example.com" },
 * });
 * ```
 */
export function finAgentStartFinConversation(
  client: ClientCore,
  params: FinAgentStartFinConversationParams,
  options?: RequestOptions,
): ApiPromise<{
  /** The ID of the conversation. */
  conversation_id?: string;
  /** The ID of the user. */
  user_id?: string;
  /** Fin's current status in the conversation workflow. */
  status?: "thinking" | "replying" | "awaiting_user_reply" | "escalated" | "resolved" | "complete";
  /** The timestamp the response was created at, with millisecond precision. */
  created_at_ms?: string;
  errors?: FinAgentAttributeErrors;
  /** Optional. A URL to subscribe to Server-Sent Events (SSE) for this conversation, if SSE is enabled. The access token is a JWT with a 3-minute TTL. The token is revoked when Fin sets the conversation to awaiting_user_reply or complete status. When CSAT is enabled and a survey will follow the resolution, `complete` revocation is deferred until the `csat_requested` event is delivered or the token expires. */
  sse_subscription_url?: string;
}> {
  return client.request<{
    /** The ID of the conversation. */
    conversation_id?: string;
    /** The ID of the user. */
    user_id?: string;
    /** Fin's current status in the conversation workflow. */
    status?: "thinking" | "replying" | "awaiting_user_reply" | "escalated" | "resolved" | "complete";
    /** The timestamp the response was created at, with millisecond precision. */
    created_at_ms?: string;
    errors?: FinAgentAttributeErrors;
    /** Optional. A URL to subscribe to Server-Sent Events (SSE) for this conversation, if SSE is enabled. The access token is a JWT with a 3-minute TTL. The token is revoked when Fin sets the conversation to awaiting_user_reply or complete status. When CSAT is enabled and a survey will follow the resolution, `complete` revocation is deferred until the `csat_requested` event is delivered or the token expires. */
    sse_subscription_url?: string;
  }>({ method: "POST", path: "/fin/start", body: jsonBody, response: "json" }, params, options);
}

/** Arguments of `finAgent.replyToFin`: the other fields are the json body. */
export type FinAgentReplyToFinParams = {
  /** The ID of the conversation. */
  conversation_id: string;
  message: FinAgentMessage;
  user: FinAgentUser;
  /** An array of attachments to include with the message. Maximum of 10 attachments. */
  attachments?: FinAgentAttachment[];
};

/**
 * Reply to Fin
 *
 * Once Fin has returned a response to a user's message, its status will be `awaiting_user_reply`.
 *
 * If a user replies, use this endpoint to send this response to Fin.
 *
 * Warning:
 * Please reach out to your accounts team to discuss access.
 *
 * `POST /fin/reply`
 * @throws {@link BadRequestError} 400: Bad Request
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await finAgentReplyToFin(client, {
 *   conversation_id: "123456",
 *   message: {
 *     author: "user",
 *     body: "Here's the information you requested.",
 *     timestamp: "2025-01-24T09:01:00.000Z",
 *   },
 *   user: { id: "123456", name: "John Doe", email: "john.doe@example.com" },
 * });
 * ```
 */
export function finAgentReplyToFin(
  client: ClientCore,
  params: FinAgentReplyToFinParams,
  options?: RequestOptions,
): ApiPromise<{
  /** The ID of the conversation. */
  conversation_id?: string;
  /** The ID of the user. */
  user_id?: string;
  /** Fin's current status in the conversation workflow. */
  status?: "thinking" | "replying" | "awaiting_user_reply" | "escalated" | "resolved" | "complete";
  /** The timestamp the response was created at, with millisecond precision. */
  created_at_ms?: string;
  errors?: FinAgentAttributeErrors;
  /** Optional. A URL to subscribe to Server-Sent Events (SSE) for this conversation, if SSE is enabled. The access token is a JWT with a 3-minute TTL. The token is revoked when Fin sets the conversation to awaiting_user_reply or complete status. When CSAT is enabled and a survey will follow the resolution, `complete` revocation is deferred until the `csat_requested` event is delivered or the token expires. */
  sse_subscription_url?: string;
}> {
  return client.request<{
    /** The ID of the conversation. */
    conversation_id?: string;
    /** The ID of the user. */
    user_id?: string;
    /** Fin's current status in the conversation workflow. */
    status?: "thinking" | "replying" | "awaiting_user_reply" | "escalated" | "resolved" | "complete";
    /** The timestamp the response was created at, with millisecond precision. */
    created_at_ms?: string;
    errors?: FinAgentAttributeErrors;
    /** Optional. A URL to subscribe to Server-Sent Events (SSE) for this conversation, if SSE is enabled. The access token is a JWT with a 3-minute TTL. The token is revoked when Fin sets the conversation to awaiting_user_reply or complete status. When CSAT is enabled and a survey will follow the resolution, `complete` revocation is deferred until the `csat_requested` event is delivered or the token expires. */
    sse_subscription_url?: string;
  }>({ method: "POST", path: "/fin/reply", body: jsonBody, response: "json" }, params, options);
}

/** Arguments of `finAgent.submitFinCsat`: the other fields are the json body. */
export type FinAgentSubmitFinCsatParams = {
  /** Your external conversation ID — the same ID you started the conversation with, and the one echoed on the `csat_requested` event. */
  conversation_id: string;
  /** The rating the user selected — one of the `key` values from the `csat_requested` event's options. */
  rating: "terrible" | "bad" | "ok" | "good" | "amazing";
  /** Optional free-text comment the user left alongside the rating. Can be added to an already-rated survey, but only once — the rating locks after a remark is recorded. */
  remark?: string;
};

/**
 * Submit a CSAT rating
 *
 * Record a customer's satisfaction rating for a conversation, with an optional free-text
 * remark.
 *
 * Fin decides *when* to ask for a rating — this reuses the CSAT settings on your Fin
 * workflow, not this API. When Fin asks, it fires a `csat_requested` event over webhooks or
 * SSE carrying the rating options to show the user. Present those options, then submit the
 * user's choice here.
 *
 * Submitting the same rating again, with no new remark, is a no-op and stays successful,
 * so an at-least-once client can safely retry. Submitting a *different* rating updates the
 * stored rating while the update window is still open, and a first remark can be added to
 * an already-rated survey. Once a remark has been recorded the rating is locked and can no
 * longer be changed.
 *
 * Warning:
 * Please reach out to your accounts team to discuss access.
 *
 * `POST /fin/csat`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link UnprocessableEntityError} 422: The rating could not be recorded. Common causes: no conversation exists for the given `conversation_id`, Fin never requested a rating for it, the rating window has closed, the rating is locked because a remark was already submitted, or `rating` is not one of the supported values.
 * @example
 * ```ts
 * const result = await finAgentSubmitFinCsat(client, { conversation_id: "ext-123", rating: "amazing" });
 * ```
 */
export function finAgentSubmitFinCsat(
  client: ClientCore,
  params: FinAgentSubmitFinCsatParams,
  options?: RequestOptions,
): ApiPromise<{
  /** The external ID of the rated conversation. */
  conversation_id?: string;
  /** The rating now recorded on the conversation. */
  rating?: "terrible" | "bad" | "ok" | "good" | "amazing";
  /** The result of the submission. */
  status?: "rated";
}> {
  return client.request<{
    /** The external ID of the rated conversation. */
    conversation_id?: string;
    /** The rating now recorded on the conversation. */
    rating?: "terrible" | "bad" | "ok" | "good" | "amazing";
    /** The result of the submission. */
    status?: "rated";
  }>({ method: "POST", path: "/fin/csat", body: jsonBody, response: "json" }, params, options);
}

/** The `finAgent` operations, bound to a client. */
export interface FinAgent {
  /**
   * Start a conversation with Fin
   *
   * Initialize Fin by passing it the user's message along with conversation history and user details.
   *
   * These additional pieces of context will be used by Fin to provide a better and more contextual answer to the user.
   *
   * Warning:
   * Please reach out to your accounts team to discuss access.
   *
   * Once Fin is initialized, it progresses through a series of statuses such as *thinking*, *replying*, *awaiting_user_reply*, or *resolved* before ending with a status of *complete*.
   *
   * During this workflow, the client should allow Fin to continue uninterrupted until a final *complete* status is returned via webhook, at which point control of the conversation passes back to the client.
   *
   * `POST /fin/start`
   * @throws {@link BadRequestError} 400: Bad Request
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.finAgent.startFinConversation({
   *   conversation_id: "ext-123",
   *   message: {
   *     author: "user",
   *     body: "How can I see my account details?",
   *     timestamp: "2025-01-24T10:01:20.000Z",
   *   },
   *   user: { id: "123456", name: "John Doe", email: "john.doe@example.com" },
   * });
   * ```
   */
  startFinConversation(
    params: FinAgentStartFinConversationParams,
    options?: RequestOptions,
  ): ApiPromise<{
    /** The ID of the conversation. */
    conversation_id?: string;
    /** The ID of the user. */
    user_id?: string;
    /** Fin's current status in the conversation workflow. */
    status?: "thinking" | "replying" | "awaiting_user_reply" | "escalated" | "resolved" | "complete";
    /** The timestamp the response was created at, with millisecond precision. */
    created_at_ms?: string;
    errors?: FinAgentAttributeErrors;
    /** Optional. A URL to subscribe to Server-Sent Events (SSE) for this conversation, if SSE is enabled. The access token is a JWT with a 3-minute TTL. The token is revoked when Fin sets the conversation to awaiting_user_reply or complete status. When CSAT is enabled and a survey will follow the resolution, `complete` revocation is deferred until the `csat_requested` event is delivered or the token expires. */
    sse_subscription_url?: string;
  }>;
  /**
   * Reply to Fin
   *
   * Once Fin has returned a response to a user's message, its status will be `awaiting_user_reply`.
   *
   * If a user replies, use this endpoint to send this response to Fin.
   *
   * Warning:
   * Please reach out to your accounts team to discuss access.
   *
   * `POST /fin/reply`
   * @throws {@link BadRequestError} 400: Bad Request
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.finAgent.replyToFin({
   *   conversation_id: "123456",
   *   message: {
   *     author: "user",
   *     body: "Here's the information you requested.",
   *     timestamp: "2025-01-24T09:01:00.000Z",
   *   },
   *   user: { id: "123456", name: "John Doe", email: "john.doe@example.com" },
   * });
   * ```
   */
  replyToFin(
    params: FinAgentReplyToFinParams,
    options?: RequestOptions,
  ): ApiPromise<{
    /** The ID of the conversation. */
    conversation_id?: string;
    /** The ID of the user. */
    user_id?: string;
    /** Fin's current status in the conversation workflow. */
    status?: "thinking" | "replying" | "awaiting_user_reply" | "escalated" | "resolved" | "complete";
    /** The timestamp the response was created at, with millisecond precision. */
    created_at_ms?: string;
    errors?: FinAgentAttributeErrors;
    /** Optional. A URL to subscribe to Server-Sent Events (SSE) for this conversation, if SSE is enabled. The access token is a JWT with a 3-minute TTL. The token is revoked when Fin sets the conversation to awaiting_user_reply or complete status. When CSAT is enabled and a survey will follow the resolution, `complete` revocation is deferred until the `csat_requested` event is delivered or the token expires. */
    sse_subscription_url?: string;
  }>;
  /**
   * Submit a CSAT rating
   *
   * Record a customer's satisfaction rating for a conversation, with an optional free-text
   * remark.
   *
   * Fin decides *when* to ask for a rating — this reuses the CSAT settings on your Fin
   * workflow, not this API. When Fin asks, it fires a `csat_requested` event over webhooks or
   * SSE carrying the rating options to show the user. Present those options, then submit the
   * user's choice here.
   *
   * Submitting the same rating again, with no new remark, is a no-op and stays successful,
   * so an at-least-once client can safely retry. Submitting a *different* rating updates the
   * stored rating while the update window is still open, and a first remark can be added to
   * an already-rated survey. Once a remark has been recorded the rating is locked and can no
   * longer be changed.
   *
   * Warning:
   * Please reach out to your accounts team to discuss access.
   *
   * `POST /fin/csat`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link UnprocessableEntityError} 422: The rating could not be recorded. Common causes: no conversation exists for the given `conversation_id`, Fin never requested a rating for it, the rating window has closed, the rating is locked because a remark was already submitted, or `rating` is not one of the supported values.
   * @example
   * ```ts
   * const result = await intercom.finAgent.submitFinCsat({ conversation_id: "ext-123", rating: "amazing" });
   * ```
   */
  submitFinCsat(
    params: FinAgentSubmitFinCsatParams,
    options?: RequestOptions,
  ): ApiPromise<{
    /** The external ID of the rated conversation. */
    conversation_id?: string;
    /** The rating now recorded on the conversation. */
    rating?: "terrible" | "bad" | "ok" | "good" | "amazing";
    /** The result of the submission. */
    status?: "rated";
  }>;
}

export class FinAgent {
  constructor(private readonly client: ClientCore) {}

  startFinConversation(
    params: FinAgentStartFinConversationParams,
    options?: RequestOptions,
  ): ApiPromise<{
    /** The ID of the conversation. */
    conversation_id?: string;
    /** The ID of the user. */
    user_id?: string;
    /** Fin's current status in the conversation workflow. */
    status?: "thinking" | "replying" | "awaiting_user_reply" | "escalated" | "resolved" | "complete";
    /** The timestamp the response was created at, with millisecond precision. */
    created_at_ms?: string;
    errors?: FinAgentAttributeErrors;
    /** Optional. A URL to subscribe to Server-Sent Events (SSE) for this conversation, if SSE is enabled. The access token is a JWT with a 3-minute TTL. The token is revoked when Fin sets the conversation to awaiting_user_reply or complete status. When CSAT is enabled and a survey will follow the resolution, `complete` revocation is deferred until the `csat_requested` event is delivered or the token expires. */
    sse_subscription_url?: string;
  }> {
    return finAgentStartFinConversation(this.client, params, options);
  }

  replyToFin(
    params: FinAgentReplyToFinParams,
    options?: RequestOptions,
  ): ApiPromise<{
    /** The ID of the conversation. */
    conversation_id?: string;
    /** The ID of the user. */
    user_id?: string;
    /** Fin's current status in the conversation workflow. */
    status?: "thinking" | "replying" | "awaiting_user_reply" | "escalated" | "resolved" | "complete";
    /** The timestamp the response was created at, with millisecond precision. */
    created_at_ms?: string;
    errors?: FinAgentAttributeErrors;
    /** Optional. A URL to subscribe to Server-Sent Events (SSE) for this conversation, if SSE is enabled. The access token is a JWT with a 3-minute TTL. The token is revoked when Fin sets the conversation to awaiting_user_reply or complete status. When CSAT is enabled and a survey will follow the resolution, `complete` revocation is deferred until the `csat_requested` event is delivered or the token expires. */
    sse_subscription_url?: string;
  }> {
    return finAgentReplyToFin(this.client, params, options);
  }

  submitFinCsat(
    params: FinAgentSubmitFinCsatParams,
    options?: RequestOptions,
  ): ApiPromise<{
    /** The external ID of the rated conversation. */
    conversation_id?: string;
    /** The rating now recorded on the conversation. */
    rating?: "terrible" | "bad" | "ok" | "good" | "amazing";
    /** The result of the submission. */
    status?: "rated";
  }> {
    return finAgentSubmitFinCsat(this.client, params, options);
  }
}

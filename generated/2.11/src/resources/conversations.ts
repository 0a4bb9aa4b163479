// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { jsonBody } from "../runtime/body.js";
import { paginate } from "../runtime/pagination.js";
import { buildQuery } from "../runtime/query.js";
import type { ClientCore, RequestOptions, ApiPromise, PagePromise } from "../runtime/index.js";
import type {
  AssignConversationRequest,
  AttachContactToConversationRequest,
  CloseConversationRequest,
  Conversation,
  ConversationListItem,
  ConvertConversationToTicketRequest,
  CreateConversationRequest,
  DetachContactFromConversationRequest,
  Message,
  OpenConversationRequest,
  PaginatedConversationResponse,
  RedactConversationRequest,
  ReplyConversationRequest,
  SearchRequest,
  SnoozeConversationRequest,
  Ticket,
  UpdateConversationRequest,
} from "../models.js";

/** Arguments of `conversations.list`: `per_page`, `starting_after` in the query. */
export type ConversationsListParams = {
  /**
   * How many results per page
   * @default 20
   */
  per_page?: number;
  /** String used to get the next page of conversations. */
  starting_after?: string;
};

/**
 * List all conversations
 *
 * You can fetch a list of all conversations.
 *
 * You can optionally request the result page size and the cursor to start after to fetch the result.
 * Warning: Pagination.
 * You can use pagination to limit the number of results returned. The default is `20` results per page.
 * See the [pagination section](https://developers.intercom.com/docs/build-an-integration/learn-more/rest-apis/pagination/#pagination-for-list-apis) for more details on how to use the `starting_after` param.
 *
 * `GET /conversations`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link ForbiddenError} 403: API plan restricted
 * @example
 * ```ts
 * for await (const item of conversationsList(client)) console.log(item);
 * ```
 */
export function conversationsList(
  client: ClientCore,
  params: ConversationsListParams = {},
  options?: RequestOptions,
): PagePromise<PaginatedConversationResponse, ConversationListItem, ConversationsListParams, string> {
  return paginate<PaginatedConversationResponse, ConversationListItem, ConversationsListParams, string>(
    client,
    {
      method: "GET",
      path: "/conversations",
      query: { params: ["per_page", "starting_after"], serialize: buildQuery },
      response: "json",
    },
    params,
    options,
    { style: "cursor", items: "conversations", cursorParam: "starting_after", nextCursor: "pages.next.starting_after" },
  );
}

/** Arguments of `conversations.create`: the other fields are the json body. */
export type ConversationsCreateParams = CreateConversationRequest;

/**
 * Creates a conversation
 *
 * You can create a conversation that has been initiated by a contact (ie. user or lead).
 * The conversation can be an in-app message only.
 *
 * Info: Sending for visitors.
 * You can also send a message from a visitor by specifying their `user_id` or `id` value in the `from` field, along with a `type` field value of `contact`.
 * This visitor will be automatically converted to a contact with a lead role once the conversation is created.
 *
 * This will return the Message model that has been created.
 *
 * `POST /conversations`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link ForbiddenError} 403: API plan restricted
 * @throws {@link NotFoundError} 404: Contact Not Found
 * @example
 * ```ts
 * const result = await conversationsCreate(client, { from: { type: "user", id: "667d60d18a68186f43bafddd" }, body: "Hello there" });
 * ```
 */
export function conversationsCreate(
  client: ClientCore,
  params: ConversationsCreateParams,
  options?: RequestOptions,
): ApiPromise<Message> {
  return client.request<Message>(
    { method: "POST", path: "/conversations", body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `conversations.find`: `conversation_id` in the path; `display_as` in the query. */
export type ConversationsFindParams = {
  /** The id of the conversation to target */
  conversation_id: string;
  /** Set to plaintext to retrieve conversation messages in plain text. */
  display_as?: string;
};

/**
 * Retrieve a conversation
 *
 * You can fetch the details of a single conversation.
 *
 * This will return a single Conversation model with all its conversation parts.
 *
 * Warning: Hard limit of 500 parts.
 * The maximum number of conversation parts that can be returned via the API is 500. If you have more than that we will return the 500 most recent conversation parts.
 *
 * For AI agent conversation metadata, please note that you need to have the agent enabled in your workspace, which is a [paid feature](https://www.intercom.com/help/en/articles/8205718-fin-resolutions#h_97f8c2e671).
 *
 * `GET /conversations/{conversation_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link ForbiddenError} 403: API plan restricted
 * @throws {@link NotFoundError} 404: Not found
 * @example
 * ```ts
 * const result = await conversationsFind(client, { conversation_id: "123", display_as: "plaintext" });
 * ```
 */
export function conversationsFind(
  client: ClientCore,
  params: ConversationsFindParams,
  options?: RequestOptions,
): ApiPromise<Conversation> {
  return client.request<Conversation>(
    {
      method: "GET",
      path: "/conversations/{conversation_id}",
      pathParams: ["conversation_id"],
      query: { params: ["display_as"], serialize: buildQuery },
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `conversations.update`: `conversation_id` in the path; `display_as` in the query; the other fields are the json body. */
export type ConversationsUpdateParams = {
  /** The id of the conversation to target */
  conversation_id: string;
  /** Set to plaintext to retrieve conversation messages in plain text. */
  display_as?: string;
} & UpdateConversationRequest;

/**
 * Update a conversation
 *
 * You can update an existing conversation.
 *
 * Info: Replying and other actions.
 * If you want to reply to a coveration or take an action such as assign, unassign, open, close or snooze, take a look at the reply and manage endpoints.
 *
 * Danger: Breaking change: duplicate custom attribute names.
 * The `PUT /conversations/{id}` endpoint now returns a `400 INVALID_PARAMETER` error when the request includes `custom_attributes` and your workspace contains multiple non-archived conversation custom attributes with the same name. Previously, the update would silently apply to a non-deterministic attribute. To resolve, rename or archive the duplicate attribute in your workspace settings, then retry the request.
 *
 * `PUT /conversations/{conversation_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link ForbiddenError} 403: API plan restricted
 * @throws {@link NotFoundError} 404: Not found
 * @example
 * ```ts
 * const result = await conversationsUpdate(client, {
 *   conversation_id: "123",
 *   display_as: "plaintext",
 *   read: true,
 *   custom_attributes: { issue_type: "Billing", priority: "High" },
 * });
 * ```
 */
export function conversationsUpdate(
  client: ClientCore,
  params: ConversationsUpdateParams,
  options?: RequestOptions,
): ApiPromise<Conversation> {
  return client.request<Conversation>(
    {
      method: "PUT",
      path: "/conversations/{conversation_id}",
      pathParams: ["conversation_id"],
      query: { params: ["display_as"], serialize: buildQuery },
      body: jsonBody,
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `conversations.search`: the other fields are the json body. */
export type ConversationsSearchParams = SearchRequest;

/**
 * Search conversations
 *
 * You can search for multiple conversations by the value of their attributes in order to fetch exactly which ones you want.
 *
 * To search for conversations, you need to send a `POST` request to `https://api.intercom.io/conversations/search`.
 *
 * This will accept a query object in the body which will define your filters in order to search for conversations.
 * Warning: Optimizing search queries.
 * Search queries can be complex, so optimizing them can help the performance of your search.
 * Use the `AND` and `OR` operators to combine multiple filters to get the exact results you need and utilize
 * pagination to limit the number of results returned. The default is `20` results per page and maximum is `150`.
 * See the [pagination section](https://developers.intercom.com/docs/build-an-integration/learn-more/rest-apis/pagination/#example-search-conversations-request) for more details on how to use the `starting_after` param.
 *
 * ### Nesting & Limitations
 *
 * You can nest these filters in order to get even more granular insights that pinpoint exactly what you need. Example: (1 OR 2) AND (3 OR 4).
 * There are some limitations to the amount of multiple's there can be:
 * - There's a limit of max 2 nested filters
 * - There's a limit of max 15 filters for each AND or OR group
 *
 * ### Accepted Fields
 *
 * Most keys listed as part of the The conversation model is searchable, whether writeable or not. The value you search for has to match the accepted type, otherwise the query will fail (ie. as `created_at` accepts a date, the `value` cannot be a string such as `"foorbar"`).
 * The `source.body` field is unique as the search will not be performed against the entire value, but instead against every element of the value separately. For example, when searching for a conversation with a `"I need support"` body - the query should contain a `=` operator with the value `"support"` for such conversation to be returned. A query with a `=` operator and a `"need support"` value will not yield a result.
 *
 * | Field                                     | Type                                                                                                                                                   |
 * | :---------------------------------------- | :----------------------------------------------------------------------------------------------------------------------------------------------------- |
 * | id                                        | String                                                                                                                                                 |
 * | created_at                                | Date (UNIX timestamp)                                                                                                                                  |
 * | updated_at                                | Date (UNIX timestamp)                                                                                                                                  |
 * | source.type                               | String<br>Accepted fields are `conversation`, `email`, `facebook`, `instagram`, `phone_call`, `phone_switch`, `push`, `sms`, `twitter` and `whatsapp`. |
 * | source.id                                 | String                                                                                                                                                 |
 * | source.delivered_as                       | String                                                                                                                                                 |
 * | source.subject                            | String                                                                                                                                                 |
 * | source.body                               | String                                                                                                                                                 |
 * | source.author.id                          | String                                                                                                                                                 |
 * | source.author.type                        | String                                                                                                                                                 |
 * | source.author.name                        | String                                                                                                                                                 |
 * | source.author.email                       | String                                                                                                                                                 |
 * | source.url                                | String                                                                                                                                                 |
 * | contact_ids                               | String                                                                                                                                                 |
 * | teammate_ids                              | String                                                                                                                                                 |
 * | admin_assignee_id                         | Integer                                                                                                                                                |
 * | team_assignee_id                          | Integer                                                                                                                                                |
 * | channel_initiated                         | String                                                                                                                                                 |
 * | open                                      | Boolean                                                                                                                                                |
 * | read                                      | Boolean                                                                                                                                                |
 * | state                                     | String                                                                                                                                                 |
 * | waiting_since                             | Date (UNIX timestamp)                                                                                                                                  |
 * | snoozed_until                             | Date (UNIX timestamp)                                                                                                                                  |
 * | tag_ids                                   | String                                                                                                                                                 |
 * | priority                                  | String                                                                                                                                                 |
 * | statistics.time_to_assignment             | Integer                                                                                                                                                |
 * | statistics.time_to_admin_reply            | Integer                                                                                                                                                |
 * | statistics.time_to_first_close            | Integer                                                                                                                                                |
 * | statistics.time_to_last_close             | Integer                                                                                                                                                |
 * | statistics.median_time_to_reply           | Integer                                                                                                                                                |
 * | statistics.first_contact_reply_at         | Date (UNIX timestamp)                                                                                                                                  |
 * | statistics.first_assignment_at            | Date (UNIX timestamp)                                                                                                                                  |
 * | statistics.first_admin_reply_at           | Date (UNIX timestamp)                                                                                                                                  |
 * | statistics.first_close_at                 | Date (UNIX timestamp)                                                                                                                                  |
 * | statistics.last_assignment_at             | Date (UNIX timestamp)                                                                                                                                  |
 * | statistics.last_assignment_admin_reply_at | Date (UNIX timestamp)                                                                                                                                  |
 * | statistics.last_contact_reply_at          | Date (UNIX timestamp)                                                                                                                                  |
 * | statistics.last_admin_reply_at            | Date (UNIX timestamp)                                                                                                                                  |
 * | statistics.last_close_at                  | Date (UNIX timestamp)                                                                                                                                  |
 * | statistics.last_closed_by_id              | String                                                                                                                                                 |
 * | statistics.count_reopens                  | Integer                                                                                                                                                |
 * | statistics.count_assignments              | Integer                                                                                                                                                |
 * | statistics.count_conversation_parts       | Integer                                                                                                                                                |
 * | conversation_rating.requested_at          | Date (UNIX timestamp)                                                                                                                                  |
 * | conversation_rating.replied_at            | Date (UNIX timestamp)                                                                                                                                  |
 * | conversation_rating.score                 | Integer                                                                                                                                                |
 * | conversation_rating.remark                | String                                                                                                                                                 |
 * | conversation_rating.contact_id            | String                                                                                                                                                 |
 * | conversation_rating.admin_d               | String                                                                                                                                                 |
 * | ai_agent_participated                     | Boolean                                                                                                                                                |
 * | ai_agent.resolution_state                 | String                                                                                                                                                 |
 * | ai_agent.last_answer_type                 | String                                                                                                                                                 |
 * | ai_agent.rating                           | Integer                                                                                                                                                |
 * | ai_agent.rating_remark                    | String                                                                                                                                                 |
 * | ai_agent.source_type                      | String                                                                                                                                                 |
 * | ai_agent.source_title                     | String                                                                                                                                                 |
 *
 * ### Accepted Operators
 *
 * The table below shows the operators you can use to define how you want to search for the value.  The operator should be put in as a string (`"="`). The operator has to be compatible with the field's type  (eg. you cannot search with `>` for a given string value as it's only compatible for integer's and dates).
 *
 * | Operator | Valid Types                    | Description                                                  |
 * | :------- | :----------------------------- | :----------------------------------------------------------- |
 * | =        | All                            | Equals                                                       |
 * | !=       | All                            | Doesn't Equal                                                |
 * | IN       | All                            | In  Shortcut for `OR` queries  Values most be in Array       |
 * | NIN      | All                            | Not In  Shortcut for `OR !` queries  Values must be in Array |
 * | >        | Integer  Date (UNIX Timestamp) | Greater (or equal) than                                      |
 * | <       | Integer  Date (UNIX Timestamp) | Lower (or equal) than                                        |
 * | ~        | String                         | Contains                                                     |
 * | !~       | String                         | Doesn't Contain                                              |
 * | ^        | String                         | Starts With                                                  |
 * | $        | String                         | Ends With                                                    |
 *
 * `POST /conversations/search`
 * @example
 * ```ts
 * for await (const item of conversationsSearch(client, {
 *   query: {
 *     operator: "AND",
 *     value: [{ field: "created_at", operator: ">", value: "1306054154" }],
 *   },
 *   pagination: { per_page: 5 },
 * })) console.log(item);
 * ```
 */
export function conversationsSearch(
  client: ClientCore,
  params: ConversationsSearchParams,
  options?: RequestOptions,
): PagePromise<PaginatedConversationResponse, ConversationListItem, ConversationsSearchParams, string> {
  return paginate<PaginatedConversationResponse, ConversationListItem, ConversationsSearchParams, string>(
    client,
    { method: "POST", path: "/conversations/search", body: jsonBody, response: "json" },
    params,
    options,
    {
      style: "cursor",
      items: "conversations",
      cursorParam: "pagination.starting_after",
      nextCursor: "pages.next.starting_after",
    },
  );
}

/** Arguments of `conversations.reply`: `conversation_id` in the path; `body` is the json body. */
export type ConversationsReplyParams = {
  /** The Intercom provisioned identifier for the conversation or the string "last" to reply to the last part of the conversation */
  conversation_id: string;
  body?: ReplyConversationRequest;
};

/**
 * Reply to a conversation
 *
 * You can reply to a conversation with a message from an admin or on behalf of a contact, or with a note for admins.
 *
 * Warning: Bot replies to inbound email.
 * By default, bot or Operator replies to an inbound email conversation aren't sent to your customer. The reply is stored as an unnotifiable bot comment, and no `seen` receipt is generated until an email is actually delivered.
 *
 * To send these replies as outbound emails, reach out to your accounts team to enable the email-reply feature flag for your workspace.
 *
 * `POST /conversations/{conversation_id}/reply`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link ForbiddenError} 403: API plan restricted
 * @throws {@link NotFoundError} 404: Not found
 * @example
 * ```ts
 * const result = await conversationsReply(client, {
 *   conversation_id: "123 or \"last\"",
 *   body: {
 *     intercom_user_id: "667d60f18a68186f43bafdf4",
 *     message_type: "comment",
 *     type: "user",
 *     body: "Thanks again :)",
 *   },
 * });
 * ```
 */
export function conversationsReply(
  client: ClientCore,
  params: ConversationsReplyParams,
  options?: RequestOptions,
): ApiPromise<Conversation> {
  return client.request<Conversation>(
    {
      method: "POST",
      path: "/conversations/{conversation_id}/reply",
      pathParams: ["conversation_id"],
      body: jsonBody,
      bodyKey: "body",
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `conversations.manage`: `conversation_id` in the path; the other fields are the json body. */
export type ConversationsManageParams = {
  /** The identifier for the conversation as given by Intercom. */
  conversation_id: string;
} & (CloseConversationRequest | SnoozeConversationRequest | OpenConversationRequest | AssignConversationRequest);

/**
 * Manage a conversation
 *
 * For managing conversations you can:
 * - Close a conversation
 * - Snooze a conversation to reopen on a future date
 * - Open a conversation which is `snoozed` or `closed`
 * - Assign a conversation to an admin and/or team.
 *
 * `POST /conversations/{conversation_id}/parts`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link ForbiddenError} 403: API plan restricted
 * @throws {@link NotFoundError} 404: Not found
 * @example
 * ```ts
 * const result = await conversationsManage(client, {
 *   conversation_id: "123",
 *   message_type: "close",
 *   type: "admin",
 *   admin_id: "991267608",
 *   body: "Goodbye :)",
 * });
 * ```
 */
export function conversationsManage(
  client: ClientCore,
  params: ConversationsManageParams,
  options?: RequestOptions,
): ApiPromise<Conversation> {
  return client.request<Conversation>(
    {
      method: "POST",
      path: "/conversations/{conversation_id}/parts",
      pathParams: ["conversation_id"],
      body: jsonBody,
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `conversations.runAssignmentRules`: `conversation_id` in the path. */
export type ConversationsRunAssignmentRulesParams = {
  /** The identifier for the conversation as given by Intercom. */
  conversation_id: string;
};

/**
 * Run Assignment Rules on a conversation
 *
 * Danger: Deprecation of Run Assignment Rules.
 * Run assignment rules is now deprecated in version 2.12 and future versions and will be permanently removed on December 31, 2026. After this date, any requests made to this endpoint will fail.
 *
 * You can let a conversation be automatically assigned following assignment rules.
 * Warning: When using workflows.
 * It is not possible to use this endpoint with Workflows.
 *
 * `POST /conversations/{conversation_id}/run_assignment_rules`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link ForbiddenError} 403: API plan restricted
 * @throws {@link NotFoundError} 404: Not found
 * @example
 * ```ts
 * const result = await conversationsRunAssignmentRules(client, { conversation_id: "123" });
 * ```
 */
export function conversationsRunAssignmentRules(
  client: ClientCore,
  params: ConversationsRunAssignmentRulesParams,
  options?: RequestOptions,
): ApiPromise<Conversation> {
  return client.request<Conversation>(
    {
      method: "POST",
      path: "/conversations/{conversation_id}/run_assignment_rules",
      pathParams: ["conversation_id"],
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `conversations.attachContactAsAdmin`: `conversation_id` in the path; the other fields are the json body. */
export type ConversationsAttachContactAsAdminParams = {
  /** The identifier for the conversation as given by Intercom. */
  conversation_id: string;
} & AttachContactToConversationRequest;

/**
 * Attach a contact to a conversation
 *
 * You can add participants who are contacts to a conversation, on behalf of either another contact or an admin.
 *
 * Warning: Contacts without an email.
 * If you add a contact via the email parameter and there is no user/lead found on that workspace with he given email, then we will create a new contact with `role` set to `lead`.
 *
 * `POST /conversations/{conversation_id}/customers`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link ForbiddenError} 403: API plan restricted
 * @throws {@link NotFoundError} 404: Not found
 * @example
 * ```ts
 * const result = await conversationsAttachContactAsAdmin(client, {
 *   conversation_id: "123",
 *   admin_id: "991267631",
 *   customer: { intercom_user_id: "667d61168a68186f43bafe0d" },
 * });
 * ```
 */
export function conversationsAttachContactAsAdmin(
  client: ClientCore,
  params: ConversationsAttachContactAsAdminParams,
  options?: RequestOptions,
): ApiPromise<Conversation> {
  return client.request<Conversation>(
    {
      method: "POST",
      path: "/conversations/{conversation_id}/customers",
      pathParams: ["conversation_id"],
      body: jsonBody,
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `conversations.detachContactAsAdmin`: `conversation_id`, `contact_id` in the path; the other fields are the json body. */
export type ConversationsDetachContactAsAdminParams = {
  /** The identifier for the conversation as given by Intercom. */
  conversation_id: string;
  /** The identifier for the contact as given by Intercom. */
  contact_id: string;
} & DetachContactFromConversationRequest;

/**
 * Detach a contact from a group conversation
 *
 * You can remove participants who are contacts from a group conversation, on behalf of an admin.
 *
 * Warning: Removing the last participant.
 * You cannot remove the last remaining contact from a conversation.
 *
 * `DELETE /conversations/{conversation_id}/customers/{contact_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link ForbiddenError} 403: API plan restricted
 * @throws {@link NotFoundError} 404: Contact not found
 * @throws {@link UnprocessableEntityError} 422: Last customer
 * @example
 * ```ts
 * const result = await conversationsDetachContactAsAdmin(client, { conversation_id: "123", contact_id: "123", admin_id: "991267639" });
 * ```
 */
export function conversationsDetachContactAsAdmin(
  client: ClientCore,
  params: ConversationsDetachContactAsAdminParams,
  options?: RequestOptions,
): ApiPromise<Conversation> {
  return client.request<Conversation>(
    {
      method: "DELETE",
      path: "/conversations/{conversation_id}/customers/{contact_id}",
      pathParams: ["conversation_id", "contact_id"],
      body: jsonBody,
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `conversations.redactConversationPart`: the other fields are the json body. */
export type ConversationsRedactConversationPartParams = RedactConversationRequest;

/**
 * Redact a conversation part
 *
 * You can redact a conversation part or the source message of a conversation (as seen in the source object).
 *
 * Info: Redacting parts and messages.
 * If you are redacting a conversation part, it must have a `body`. If you are redacting a source message, it must have been created by a contact. We will return a `conversation_part_not_redactable` error if these criteria are not met.
 *
 * `POST /conversations/redact`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Not found
 * @example
 * ```ts
 * const result = await conversationsRedactConversationPart(client, {
 *   type: "conversation_part",
 *   conversation_id: "471",
 *   conversation_part_id: "115",
 * });
 * ```
 */
export function conversationsRedactConversationPart(
  client: ClientCore,
  params: ConversationsRedactConversationPartParams,
  options?: RequestOptions,
): ApiPromise<Conversation> {
  return client.request<Conversation>(
    { method: "POST", path: "/conversations/redact", body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `conversations.convertToTicket`: `conversation_id` in the path; the other fields are the json body. */
export type ConversationsConvertToTicketParams = {
  /** The id of the conversation to target */
  conversation_id: string;
} & ConvertConversationToTicketRequest;

/**
 * Convert a conversation to a ticket
 *
 * You can convert a conversation to a ticket.
 *
 * `POST /conversations/{conversation_id}/convert`
 * @throws {@link BadRequestError} 400: Bad request
 * @example
 * ```ts
 * const result = await conversationsConvertToTicket(client, { conversation_id: "123", ticket_type_id: "79" });
 * ```
 */
export function conversationsConvertToTicket(
  client: ClientCore,
  params: ConversationsConvertToTicketParams,
  options?: RequestOptions,
): ApiPromise<Ticket> {
  return client.request<Ticket>(
    {
      method: "POST",
      path: "/conversations/{conversation_id}/convert",
      pathParams: ["conversation_id"],
      body: jsonBody,
      response: "json",
    },
    params,
    options,
  );
}

/** The `conversations` operations, bound to a client. */
export interface Conversations {
  /**
   * List all conversations
   *
   * You can fetch a list of all conversations.
   *
   * You can optionally request the result page size and the cursor to start after to fetch the result.
   * Warning: Pagination.
   * You can use pagination to limit the number of results returned. The default is `20` results per page.
   * See the [pagination section](https://developers.intercom.com/docs/build-an-integration/learn-more/rest-apis/pagination/#pagination-for-list-apis) for more details on how to use the `starting_after` param.
   *
   * `GET /conversations`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link ForbiddenError} 403: API plan restricted
   * @example
   * ```ts
   * for await (const item of intercom.conversations.list()) console.log(item);
   * ```
   */
  list(
    params?: ConversationsListParams,
    options?: RequestOptions,
  ): PagePromise<PaginatedConversationResponse, ConversationListItem, ConversationsListParams, string>;
  /**
   * Creates a conversation
   *
   * You can create a conversation that has been initiated by a contact (ie. user or lead).
   * The conversation can be an in-app message only.
   *
   * Info: Sending for visitors.
   * You can also send a message from a visitor by specifying their `user_id` or `id` value in the `from` field, along with a `type` field value of `contact`.
   * This visitor will be automatically converted to a contact with a lead role once the conversation is created.
   *
   * This will return the Message model that has been created.
   *
   * `POST /conversations`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link ForbiddenError} 403: API plan restricted
   * @throws {@link NotFoundError} 404: Contact Not Found
   * @example
   * ```ts
   * const result = await intercom.conversations.create({ from: { type: "user", id: "667d60d18a68186f43bafddd" }, body: "Hello there" });
   * ```
   */
  create(params: ConversationsCreateParams, options?: RequestOptions): ApiPromise<Message>;
  /**
   * Retrieve a conversation
   *
   * You can fetch the details of a single conversation.
   *
   * This will return a single Conversation model with all its conversation parts.
   *
   * Warning: Hard limit of 500 parts.
   * The maximum number of conversation parts that can be returned via the API is 500. If you have more than that we will return the 500 most recent conversation parts.
   *
   * For AI agent conversation metadata, please note that you need to have the agent enabled in your workspace, which is a [paid feature](https://www.intercom.com/help/en/articles/8205718-fin-resolutions#h_97f8c2e671).
   *
   * `GET /conversations/{conversation_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link ForbiddenError} 403: API plan restricted
   * @throws {@link NotFoundError} 404: Not found
   * @example
   * ```ts
   * const result = await intercom.conversations.find({ conversation_id: "123", display_as: "plaintext" });
   * ```
   */
  find(params: ConversationsFindParams, options?: RequestOptions): ApiPromise<Conversation>;
  /**
   * Update a conversation
   *
   * You can update an existing conversation.
   *
   * Info: Replying and other actions.
   * If you want to reply to a coveration or take an action such as assign, unassign, open, close or snooze, take a look at the reply and manage endpoints.
   *
   * Danger: Breaking change: duplicate custom attribute names.
   * The `PUT /conversations/{id}` endpoint now returns a `400 INVALID_PARAMETER` error when the request includes `custom_attributes` and your workspace contains multiple non-archived conversation custom attributes with the same name. Previously, the update would silently apply to a non-deterministic attribute. To resolve, rename or archive the duplicate attribute in your workspace settings, then retry the request.
   *
   * `PUT /conversations/{conversation_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link ForbiddenError} 403: API plan restricted
   * @throws {@link NotFoundError} 404: Not found
   * @example
   * ```ts
   * const result = await intercom.conversations.update({
   *   conversation_id: "123",
   *   display_as: "plaintext",
   *   read: true,
   *   custom_attributes: { issue_type: "Billing", priority: "High" },
   * });
   * ```
   */
  update(params: ConversationsUpdateParams, options?: RequestOptions): ApiPromise<Conversation>;
  /**
   * Search conversations
   *
   * You can search for multiple conversations by the value of their attributes in order to fetch exactly which ones you want.
   *
   * To search for conversations, you need to send a `POST` request to `https://api.intercom.io/conversations/search`.
   *
   * This will accept a query object in the body which will define your filters in order to search for conversations.
   * Warning: Optimizing search queries.
   * Search queries can be complex, so optimizing them can help the performance of your search.
   * Use the `AND` and `OR` operators to combine multiple filters to get the exact results you need and utilize
   * pagination to limit the number of results returned. The default is `20` results per page and maximum is `150`.
   * See the [pagination section](https://developers.intercom.com/docs/build-an-integration/learn-more/rest-apis/pagination/#example-search-conversations-request) for more details on how to use the `starting_after` param.
   *
   * ### Nesting & Limitations
   *
   * You can nest these filters in order to get even more granular insights that pinpoint exactly what you need. Example: (1 OR 2) AND (3 OR 4).
   * There are some limitations to the amount of multiple's there can be:
   * - There's a limit of max 2 nested filters
   * - There's a limit of max 15 filters for each AND or OR group
   *
   * ### Accepted Fields
   *
   * Most keys listed as part of the The conversation model is searchable, whether writeable or not. The value you search for has to match the accepted type, otherwise the query will fail (ie. as `created_at` accepts a date, the `value` cannot be a string such as `"foorbar"`).
   * The `source.body` field is unique as the search will not be performed against the entire value, but instead against every element of the value separately. For example, when searching for a conversation with a `"I need support"` body - the query should contain a `=` operator with the value `"support"` for such conversation to be returned. A query with a `=` operator and a `"need support"` value will not yield a result.
   *
   * | Field                                     | Type                                                                                                                                                   |
   * | :---------------------------------------- | :----------------------------------------------------------------------------------------------------------------------------------------------------- |
   * | id                                        | String                                                                                                                                                 |
   * | created_at                                | Date (UNIX timestamp)                                                                                                                                  |
   * | updated_at                                | Date (UNIX timestamp)                                                                                                                                  |
   * | source.type                               | String<br>Accepted fields are `conversation`, `email`, `facebook`, `instagram`, `phone_call`, `phone_switch`, `push`, `sms`, `twitter` and `whatsapp`. |
   * | source.id                                 | String                                                                                                                                                 |
   * | source.delivered_as                       | String                                                                                                                                                 |
   * | source.subject                            | String                                                                                                                                                 |
   * | source.body                               | String                                                                                                                                                 |
   * | source.author.id                          | String                                                                                                                                                 |
   * | source.author.type                        | String                                                                                                                                                 |
   * | source.author.name                        | String                                                                                                                                                 |
   * | source.author.email                       | String                                                                                                                                                 |
   * | source.url                                | String                                                                                                                                                 |
   * | contact_ids                               | String                                                                                                                                                 |
   * | teammate_ids                              | String                                                                                                                                                 |
   * | admin_assignee_id                         | Integer                                                                                                                                                |
   * | team_assignee_id                          | Integer                                                                                                                                                |
   * | channel_initiated                         | String                                                                                                                                                 |
   * | open                                      | Boolean                                                                                                                                                |
   * | read                                      | Boolean                                                                                                                                                |
   * | state                                     | String                                                                                                                                                 |
   * | waiting_since                             | Date (UNIX timestamp)                                                                                                                                  |
   * | snoozed_until                             | Date (UNIX timestamp)                                                                                                                                  |
   * | tag_ids                                   | String                                                                                                                                                 |
   * | priority                                  | String                                                                                                                                                 |
   * | statistics.time_to_assignment             | Integer                                                                                                                                                |
   * | statistics.time_to_admin_reply            | Integer                                                                                                                                                |
   * | statistics.time_to_first_close            | Integer                                                                                                                                                |
   * | statistics.time_to_last_close             | Integer                                                                                                                                                |
   * | statistics.median_time_to_reply           | Integer                                                                                                                                                |
   * | statistics.first_contact_reply_at         | Date (UNIX timestamp)                                                                                                                                  |
   * | statistics.first_assignment_at            | Date (UNIX timestamp)                                                                                                                                  |
   * | statistics.first_admin_reply_at           | Date (UNIX timestamp)                                                                                                                                  |
   * | statistics.first_close_at                 | Date (UNIX timestamp)                                                                                                                                  |
   * | statistics.last_assignment_at             | Date (UNIX timestamp)                                                                                                                                  |
   * | statistics.last_assignment_admin_reply_at | Date (UNIX timestamp)                                                                                                                                  |
   * | statistics.last_contact_reply_at          | Date (UNIX timestamp)                                                                                                                                  |
   * | statistics.last_admin_reply_at            | Date (UNIX timestamp)                                                                                                                                  |
   * | statistics.last_close_at                  | Date (UNIX timestamp)                                                                                                                                  |
   * | statistics.last_closed_by_id              | String                                                                                                                                                 |
   * | statistics.count_reopens                  | Integer                                                                                                                                                |
   * | statistics.count_assignments              | Integer                                                                                                                                                |
   * | statistics.count_conversation_parts       | Integer                                                                                                                                                |
   * | conversation_rating.requested_at          | Date (UNIX timestamp)                                                                                                                                  |
   * | conversation_rating.replied_at            | Date (UNIX timestamp)                                                                                                                                  |
   * | conversation_rating.score                 | Integer                                                                                                                                                |
   * | conversation_rating.remark                | String                                                                                                                                                 |
   * | conversation_rating.contact_id            | String                                                                                                                                                 |
   * | conversation_rating.admin_d               | String                                                                                                                                                 |
   * | ai_agent_participated                     | Boolean                                                                                                                                                |
   * | ai_agent.resolution_state                 | String                                                                                                                                                 |
   * | ai_agent.last_answer_type                 | String                                                                                                                                                 |
   * | ai_agent.rating                           | Integer                                                                                                                                                |
   * | ai_agent.rating_remark                    | String                                                                                                                                                 |
   * | ai_agent.source_type                      | String                                                                                                                                                 |
   * | ai_agent.source_title                     | String                                                                                                                                                 |
   *
   * ### Accepted Operators
   *
   * The table below shows the operators you can use to define how you want to search for the value.  The operator should be put in as a string (`"="`). The operator has to be compatible with the field's type  (eg. you cannot search with `>` for a given string value as it's only compatible for integer's and dates).
   *
   * | Operator | Valid Types                    | Description                                                  |
   * | :------- | :----------------------------- | :----------------------------------------------------------- |
   * | =        | All                            | Equals                                                       |
   * | !=       | All                            | Doesn't Equal                                                |
   * | IN       | All                            | In  Shortcut for `OR` queries  Values most be in Array       |
   * | NIN      | All                            | Not In  Shortcut for `OR !` queries  Values must be in Array |
   * | >        | Integer  Date (UNIX Timestamp) | Greater (or equal) than                                      |
   * | <       | Integer  Date (UNIX Timestamp) | Lower (or equal) than                                        |
   * | ~        | String                         | Contains                                                     |
   * | !~       | String                         | Doesn't Contain                                              |
   * | ^        | String                         | Starts With                                                  |
   * | $        | String                         | Ends With                                                    |
   *
   * `POST /conversations/search`
   * @example
   * ```ts
   * for await (const item of intercom.conversations.search({
   *   query: {
   *     operator: "AND",
   *     value: [{ field: "created_at", operator: ">", value: "1306054154" }],
   *   },
   *   pagination: { per_page: 5 },
   * })) console.log(item);
   * ```
   */
  search(
    params: ConversationsSearchParams,
    options?: RequestOptions,
  ): PagePromise<PaginatedConversationResponse, ConversationListItem, ConversationsSearchParams, string>;
  /**
   * Reply to a conversation
   *
   * You can reply to a conversation with a message from an admin or on behalf of a contact, or with a note for admins.
   *
   * Warning: Bot replies to inbound email.
   * By default, bot or Operator replies to an inbound email conversation aren't sent to your customer. The reply is stored as an unnotifiable bot comment, and no `seen` receipt is generated until an email is actually delivered.
   *
   * To send these replies as outbound emails, reach out to your accounts team to enable the email-reply feature flag for your workspace.
   *
   * `POST /conversations/{conversation_id}/reply`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link ForbiddenError} 403: API plan restricted
   * @throws {@link NotFoundError} 404: Not found
   * @example
   * ```ts
   * const result = await intercom.conversations.reply({
   *   conversation_id: "123 or \"last\"",
   *   body: {
   *     intercom_user_id: "667d60f18a68186f43bafdf4",
   *     message_type: "comment",
   *     type: "user",
   *     body: "Thanks again :)",
   *   },
   * });
   * ```
   */
  reply(params: ConversationsReplyParams, options?: RequestOptions): ApiPromise<Conversation>;
  /**
   * Manage a conversation
   *
   * For managing conversations you can:
   * - Close a conversation
   * - Snooze a conversation to reopen on a future date
   * - Open a conversation which is `snoozed` or `closed`
   * - Assign a conversation to an admin and/or team.
   *
   * `POST /conversations/{conversation_id}/parts`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link ForbiddenError} 403: API plan restricted
   * @throws {@link NotFoundError} 404: Not found
   * @example
   * ```ts
   * const result = await intercom.conversations.manage({
   *   conversation_id: "123",
   *   message_type: "close",
   *   type: "admin",
   *   admin_id: "991267608",
   *   body: "Goodbye :)",
   * });
   * ```
   */
  manage(params: ConversationsManageParams, options?: RequestOptions): ApiPromise<Conversation>;
  /**
   * Run Assignment Rules on a conversation
   *
   * Danger: Deprecation of Run Assignment Rules.
   * Run assignment rules is now deprecated in version 2.12 and future versions and will be permanently removed on December 31, 2026. After this date, any requests made to this endpoint will fail.
   *
   * You can let a conversation be automatically assigned following assignment rules.
   * Warning: When using workflows.
   * It is not possible to use this endpoint with Workflows.
   *
   * `POST /conversations/{conversation_id}/run_assignment_rules`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link ForbiddenError} 403: API plan restricted
   * @throws {@link NotFoundError} 404: Not found
   * @example
   * ```ts
   * const result = await intercom.conversations.runAssignmentRules({ conversation_id: "123" });
   * ```
   */
  runAssignmentRules(params: ConversationsRunAssignmentRulesParams, options?: RequestOptions): ApiPromise<Conversation>;
  /**
   * Attach a contact to a conversation
   *
   * You can add participants who are contacts to a conversation, on behalf of either another contact or an admin.
   *
   * Warning: Contacts without an email.
   * If you add a contact via the email parameter and there is no user/lead found on that workspace with he given email, then we will create a new contact with `role` set to `lead`.
   *
   * `POST /conversations/{conversation_id}/customers`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link ForbiddenError} 403: API plan restricted
   * @throws {@link NotFoundError} 404: Not found
   * @example
   * ```ts
   * const result = await intercom.conversations.attachContactAsAdmin({
   *   conversation_id: "123",
   *   admin_id: "991267631",
   *   customer: { intercom_user_id: "667d61168a68186f43bafe0d" },
   * });
   * ```
   */
  attachContactAsAdmin(
    params: ConversationsAttachContactAsAdminParams,
    options?: RequestOptions,
  ): ApiPromise<Conversation>;
  /**
   * Detach a contact from a group conversation
   *
   * You can remove participants who are contacts from a group conversation, on behalf of an admin.
   *
   * Warning: Removing the last participant.
   * You cannot remove the last remaining contact from a conversation.
   *
   * `DELETE /conversations/{conversation_id}/customers/{contact_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link ForbiddenError} 403: API plan restricted
   * @throws {@link NotFoundError} 404: Contact not found
   * @throws {@link UnprocessableEntityError} 422: Last customer
   * @example
   * ```ts
   * const result = await intercom.conversations.detachContactAsAdmin({ conversation_id: "123", contact_id: "123", admin_id: "991267639" });
   * ```
   */
  detachContactAsAdmin(
    params: ConversationsDetachContactAsAdminParams,
    options?: RequestOptions,
  ): ApiPromise<Conversation>;
  /**
   * Redact a conversation part
   *
   * You can redact a conversation part or the source message of a conversation (as seen in the source object).
   *
   * Info: Redacting parts and messages.
   * If you are redacting a conversation part, it must have a `body`. If you are redacting a source message, it must have been created by a contact. We will return a `conversation_part_not_redactable` error if these criteria are not met.
   *
   * `POST /conversations/redact`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Not found
   * @example
   * ```ts
   * const result = await intercom.conversations.redactConversationPart({
   *   type: "conversation_part",
   *   conversation_id: "471",
   *   conversation_part_id: "115",
   * });
   * ```
   */
  redactConversationPart(
    params: ConversationsRedactConversationPartParams,
    options?: RequestOptions,
  ): ApiPromise<Conversation>;
  /**
   * Convert a conversation to a ticket
   *
   * You can convert a conversation to a ticket.
   *
   * `POST /conversations/{conversation_id}/convert`
   * @throws {@link BadRequestError} 400: Bad request
   * @example
   * ```ts
   * const result = await intercom.conversations.convertToTicket({ conversation_id: "123", ticket_type_id: "79" });
   * ```
   */
  convertToTicket(params: ConversationsConvertToTicketParams, options?: RequestOptions): ApiPromise<Ticket>;
}

export class Conversations {
  constructor(private readonly client: ClientCore) {}

  list(
    params: ConversationsListParams = {},
    options?: RequestOptions,
  ): PagePromise<PaginatedConversationResponse, ConversationListItem, ConversationsListParams, string> {
    return conversationsList(this.client, params, options);
  }

  create(params: ConversationsCreateParams, options?: RequestOptions): ApiPromise<Message> {
    return conversationsCreate(this.client, params, options);
  }

  find(params: ConversationsFindParams, options?: RequestOptions): ApiPromise<Conversation> {
    return conversationsFind(this.client, params, options);
  }

  update(params: ConversationsUpdateParams, options?: RequestOptions): ApiPromise<Conversation> {
    return conversationsUpdate(this.client, params, options);
  }

  search(
    params: ConversationsSearchParams,
    options?: RequestOptions,
  ): PagePromise<PaginatedConversationResponse, ConversationListItem, ConversationsSearchParams, string> {
    return conversationsSearch(this.client, params, options);
  }

  reply(params: ConversationsReplyParams, options?: RequestOptions): ApiPromise<Conversation> {
    return conversationsReply(this.client, params, options);
  }

  manage(params: ConversationsManageParams, options?: RequestOptions): ApiPromise<Conversation> {
    return conversationsManage(this.client, params, options);
  }

  runAssignmentRules(
    params: ConversationsRunAssignmentRulesParams,
    options?: RequestOptions,
  ): ApiPromise<Conversation> {
    return conversationsRunAssignmentRules(this.client, params, options);
  }

  attachContactAsAdmin(
    params: ConversationsAttachContactAsAdminParams,
    options?: RequestOptions,
  ): ApiPromise<Conversation> {
    return conversationsAttachContactAsAdmin(this.client, params, options);
  }

  detachContactAsAdmin(
    params: ConversationsDetachContactAsAdminParams,
    options?: RequestOptions,
  ): ApiPromise<Conversation> {
    return conversationsDetachContactAsAdmin(this.client, params, options);
  }

  redactConversationPart(
    params: ConversationsRedactConversationPartParams,
    options?: RequestOptions,
  ): ApiPromise<Conversation> {
    return conversationsRedactConversationPart(this.client, params, options);
  }

  convertToTicket(params: ConversationsConvertToTicketParams, options?: RequestOptions): ApiPromise<Ticket> {
    return conversationsConvertToTicket(this.client, params, options);
  }
}

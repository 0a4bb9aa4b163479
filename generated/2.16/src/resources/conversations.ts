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
  ConversationDeleted,
  ConversationList,
  ConversationListItem,
  ConvertConversationToTicketRequest,
  CreateConversationRequest,
  DeletedConversationItem,
  DeletedConversationList,
  DetachContactFromConversationRequest,
  HandlingEventList,
  MergeConversationsRequest,
  Message,
  OpenConversationRequest,
  RedactConversationRequest,
  ReplyConversationRequest,
  SearchRequest,
  SideConversationList,
  SideConversationSummary,
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
): PagePromise<ConversationList, ConversationListItem, ConversationsListParams, string> {
  return paginate<ConversationList, ConversationListItem, ConversationsListParams, string>(
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
 * const result = await conversationsCreate(client, { from: { type: "user", id: "6762f11b1bb69f9f2193bba3" }, body: "Hello there" });
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

/** Arguments of `conversations.find`: `conversation_id` in the path; `display_as`, `include_translations` in the query. */
export type ConversationsFindParams = {
  /** The id of the conversation to target */
  conversation_id: number;
  /** Set to plaintext to retrieve conversation messages in plain text. This affects both the body and subject fields. Inline links are rendered as `label (url)`, preserving the link URL alongside the visible text. */
  display_as?: string;
  /** If set to true, conversation parts will be translated to the detected language of the conversation. */
  include_translations?: boolean;
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
 * const result = await conversationsFind(client, { conversation_id: 123, display_as: "plaintext", include_translations: true });
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
      query: { params: ["display_as", "include_translations"], serialize: buildQuery },
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `conversations.update`: `conversation_id` in the path; `display_as` in the query; the other fields are the json body. */
export type ConversationsUpdateParams = {
  /** The id of the conversation to target */
  conversation_id: number;
  /** Set to plaintext to retrieve conversation messages in plain text. This affects both the body and subject fields. Inline links are rendered as `label (url)`, preserving the link URL alongside the visible text. */
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
 * Info:
 * This endpoint handles both **conversation updates** and **custom object associations**.
 *
 * See _`update a conversation with an association to a custom object instance`_ in the request/response examples to see the custom object association format.
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
 *   conversation_id: 123,
 *   display_as: "plaintext",
 *   read: true,
 *   title: "new conversation title",
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

/** Arguments of `conversations.deleteConversation`: `conversation_id` in the path; `retain_metrics` in the query. */
export type ConversationsDeleteConversationParams = {
  /** id */
  conversation_id: number;
  /** If true (default), deletes the conversation while retaining reporting data. If false, deletes the conversation and all associated reporting data. Setting to false requires the `delete_conversations_and_metrics` OAuth scope. */
  retain_metrics?: boolean;
};

/**
 * Delete a conversation
 *
 * Warning: Irreversible operation.
 * Deleting a conversation is permanent and cannot be reversed.
 *
 * You can delete a single conversation. The behavior depends on the `retain_metrics` parameter:
 *
 * - **With `retain_metrics=true` (default)**: Deletes the conversation while retaining reporting data. The conversation will still appear in reporting, though some data may be incomplete due to the deletion.
 *
 * - **With `retain_metrics=false`**: Deletes the conversation and all associated reporting data. The conversation will be completely removed from both the inbox and all reporting.
 *
 * Info: Required scope for retain_metrics=false.
 * Using `retain_metrics=false` requires the `delete_conversations_and_metrics` OAuth scope.
 *
 * For more info, see [this help center article](https://www.intercom.com/help/en/articles/13885146-deleting-a-conversation).
 *
 * `DELETE /conversations/{conversation_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link ForbiddenError} 403: API plan restricted
 * @example
 * ```ts
 * const result = await conversationsDeleteConversation(client, { conversation_id: 1, retain_metrics: true });
 * ```
 */
export function conversationsDeleteConversation(
  client: ClientCore,
  params: ConversationsDeleteConversationParams,
  options?: RequestOptions,
): ApiPromise<ConversationDeleted> {
  return client.request<ConversationDeleted>(
    {
      method: "DELETE",
      path: "/conversations/{conversation_id}",
      pathParams: ["conversation_id"],
      query: { params: ["retain_metrics"], serialize: buildQuery },
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `conversations.search`: `include_monitors`, `include_scorecards` in the query; the other fields are the json body. */
export type ConversationsSearchParams = {
  /**
   * If set to true, the response will include a `monitor_evaluations` array on each conversation with any QA monitor results that flagged it.
   * @default false
   */
  include_monitors?: boolean;
  /**
   * If set to true, the response will include a `scorecards` array on each conversation with any QA scorecard results.
   * @default false
   */
  include_scorecards?: boolean;
} & SearchRequest;

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
 * Most keys listed in the conversation model are searchable, whether writeable or not. The value you search for has to match the accepted type, otherwise the query will fail (ie. as `created_at` accepts a date, the `value` cannot be a string such as `"foorbar"`).
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
 *   include_monitors: true,
 *   include_scorecards: true,
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
): PagePromise<ConversationList, ConversationListItem, ConversationsSearchParams, string> {
  return paginate<ConversationList, ConversationListItem, ConversationsSearchParams, string>(
    client,
    {
      method: "POST",
      path: "/conversations/search",
      query: { params: ["include_monitors", "include_scorecards"], serialize: buildQuery },
      body: jsonBody,
      response: "json",
    },
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
 *     intercom_user_id: "6762f1571bb69f9f2193bbbb",
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
 *   customer: { intercom_user_id: "6762f19b1bb69f9f2193bbd4" },
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

/** Arguments of `conversations.listHandlingEvents`: `id` in the path. */
export type ConversationsListHandlingEventsParams = {
  /** The identifier for the conversation as given by Intercom. */
  id: string;
};

/**
 * List handling events
 *
 * List all pause/resume events for a conversation. These events track when teammates paused or resumed handling a conversation.
 *
 * Requires the `read_conversations` OAuth scope.
 *
 * `GET /conversations/{id}/handling_events`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Conversation not found
 * @example
 * ```ts
 * const result = await conversationsListHandlingEvents(client, { id: "123" });
 * ```
 */
export function conversationsListHandlingEvents(
  client: ClientCore,
  params: ConversationsListHandlingEventsParams,
  options?: RequestOptions,
): ApiPromise<HandlingEventList> {
  return client.request<HandlingEventList>(
    { method: "GET", path: "/conversations/{id}/handling_events", pathParams: ["id"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `conversations.listSideConversations`: `id` in the path; `page`, `per_page` in the query. */
export type ConversationsListSideConversationsParams = {
  /** The identifier for the conversation as given by Intercom. */
  id: string;
  /**
   * The page number of results to return (starting from 1).
   * @default 1
   */
  page?: number;
  /**
   * The number of side conversations to return per page (max 50).
   * @default 25
   */
  per_page?: number;
};

/**
 * List side conversations for a given conversation. Side conversations are internal threads created by teammates from within a conversation.
 *
 * Each side conversation includes its conversation parts (messages). Results are paginated.
 *
 * Requires the `read_conversations` OAuth scope.
 *
 * `GET /conversations/{id}/side_conversations`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Conversation not found
 * @example
 * ```ts
 * for await (const item of conversationsListSideConversations(client, { id: "123" })) console.log(item);
 * ```
 */
export function conversationsListSideConversations(
  client: ClientCore,
  params: ConversationsListSideConversationsParams,
  options?: RequestOptions,
): PagePromise<SideConversationList, SideConversationSummary, ConversationsListSideConversationsParams, number> {
  return paginate<SideConversationList, SideConversationSummary, ConversationsListSideConversationsParams, number>(
    client,
    {
      method: "GET",
      path: "/conversations/{id}/side_conversations",
      pathParams: ["id"],
      query: { params: ["page", "per_page"], serialize: buildQuery },
      response: "json",
    },
    params,
    options,
    { style: "page", items: "side_conversations", pageParam: "page", pages: "pages" },
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

/** Arguments of `conversations.mergeConversation`: `id` in the path; the other fields are the json body. */
export type ConversationsMergeConversationParams = {
  /** The identifier for the secondary (source) conversation to merge away. */
  id: string;
} & MergeConversationsRequest;

/**
 * Merge a conversation
 *
 * Merge a secondary (source) conversation into a primary (target) conversation.
 * The secondary conversation is closed and linked to the primary, which
 * becomes the surviving thread. Returns the primary conversation on success.
 *
 * Requires `write_conversations` OAuth scope. When the secondary is a ticket,
 * `write_tickets` scope is also required.
 *
 * `POST /conversations/{id}/merge`
 * @throws {@link BadRequestError} 400: Bad request
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link ForbiddenError} 403: Forbidden
 * @throws {@link UnprocessableEntityError} 422: Merge failed
 * @example
 * ```ts
 * const result = await conversationsMergeConversation(client, { id: "123", merge_into_conversation_id: 456 });
 * ```
 */
export function conversationsMergeConversation(
  client: ClientCore,
  params: ConversationsMergeConversationParams,
  options?: RequestOptions,
): ApiPromise<Conversation> {
  return client.request<Conversation>(
    { method: "POST", path: "/conversations/{id}/merge", pathParams: ["id"], body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `conversations.convertToTicket`: `conversation_id` in the path; the other fields are the json body. */
export type ConversationsConvertToTicketParams = {
  /** The id of the conversation to target */
  conversation_id: number;
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
 * const result = await conversationsConvertToTicket(client, { conversation_id: 123, ticket_type_id: "53" });
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

/** Arguments of `conversations.listDeletedConversationIds`: `page`, `per_page`, `order` in the query. */
export type ConversationsListDeletedConversationIdsParams = {
  /** The page of results to fetch. Defaults to first page */
  page?: number;
  /**
   * How many results per page
   * @default 20
   */
  per_page?: number;
  /** `asc` or `desc`. Returns the conversation IDs in ascending or descending order. Defaults to desc */
  order?: string;
};

/**
 * List all deleted conversation IDs.
 *
 * Warning: Pagination.
 * You can use pagination to limit the number of results returned. The default is `20` results per page. You can navigate to next pages using the `page` param.
 *
 * `GET /conversations/deleted`
 * @throws {@link BadRequestError} 400: Resource not available
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * for await (const item of conversationsListDeletedConversationIds(client, { page: 1, order: "desc" })) console.log(item);
 * ```
 */
export function conversationsListDeletedConversationIds(
  client: ClientCore,
  params: ConversationsListDeletedConversationIdsParams = {},
  options?: RequestOptions,
): PagePromise<
  DeletedConversationList,
  DeletedConversationItem,
  ConversationsListDeletedConversationIdsParams,
  number
> {
  return paginate<
    DeletedConversationList,
    DeletedConversationItem,
    ConversationsListDeletedConversationIdsParams,
    number
  >(
    client,
    {
      method: "GET",
      path: "/conversations/deleted",
      query: { params: ["page", "per_page", "order"], serialize: buildQuery },
      response: "json",
    },
    params,
    options,
    { style: "page", items: "conversations", pageParam: "page", pages: "pages" },
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
  ): PagePromise<ConversationList, ConversationListItem, ConversationsListParams, string>;
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
   * const result = await intercom.conversations.create({ from: { type: "user", id: "6762f11b1bb69f9f2193bba3" }, body: "Hello there" });
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
   * const result = await intercom.conversations.find({ conversation_id: 123, display_as: "plaintext", include_translations: true });
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
   * Info:
   * This endpoint handles both **conversation updates** and **custom object associations**.
   *
   * See _`update a conversation with an association to a custom object instance`_ in the request/response examples to see the custom object association format.
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
   *   conversation_id: 123,
   *   display_as: "plaintext",
   *   read: true,
   *   title: "new conversation title",
   *   custom_attributes: { issue_type: "Billing", priority: "High" },
   * });
   * ```
   */
  update(params: ConversationsUpdateParams, options?: RequestOptions): ApiPromise<Conversation>;
  /**
   * Delete a conversation
   *
   * Warning: Irreversible operation.
   * Deleting a conversation is permanent and cannot be reversed.
   *
   * You can delete a single conversation. The behavior depends on the `retain_metrics` parameter:
   *
   * - **With `retain_metrics=true` (default)**: Deletes the conversation while retaining reporting data. The conversation will still appear in reporting, though some data may be incomplete due to the deletion.
   *
   * - **With `retain_metrics=false`**: Deletes the conversation and all associated reporting data. The conversation will be completely removed from both the inbox and all reporting.
   *
   * Info: Required scope for retain_metrics=false.
   * Using `retain_metrics=false` requires the `delete_conversations_and_metrics` OAuth scope.
   *
   * For more info, see [this help center article](https://www.intercom.com/help/en/articles/13885146-deleting-a-conversation).
   *
   * `DELETE /conversations/{conversation_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link ForbiddenError} 403: API plan restricted
   * @example
   * ```ts
   * const result = await intercom.conversations.deleteConversation({ conversation_id: 1, retain_metrics: true });
   * ```
   */
  deleteConversation(
    params: ConversationsDeleteConversationParams,
    options?: RequestOptions,
  ): ApiPromise<ConversationDeleted>;
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
   * Most keys listed in the conversation model are searchable, whether writeable or not. The value you search for has to match the accepted type, otherwise the query will fail (ie. as `created_at` accepts a date, the `value` cannot be a string such as `"foorbar"`).
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
   *   include_monitors: true,
   *   include_scorecards: true,
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
  ): PagePromise<ConversationList, ConversationListItem, ConversationsSearchParams, string>;
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
   *     intercom_user_id: "6762f1571bb69f9f2193bbbb",
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
   *   customer: { intercom_user_id: "6762f19b1bb69f9f2193bbd4" },
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
   * List handling events
   *
   * List all pause/resume events for a conversation. These events track when teammates paused or resumed handling a conversation.
   *
   * Requires the `read_conversations` OAuth scope.
   *
   * `GET /conversations/{id}/handling_events`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Conversation not found
   * @example
   * ```ts
   * const result = await intercom.conversations.listHandlingEvents({ id: "123" });
   * ```
   */
  listHandlingEvents(
    params: ConversationsListHandlingEventsParams,
    options?: RequestOptions,
  ): ApiPromise<HandlingEventList>;
  /**
   * List side conversations for a given conversation. Side conversations are internal threads created by teammates from within a conversation.
   *
   * Each side conversation includes its conversation parts (messages). Results are paginated.
   *
   * Requires the `read_conversations` OAuth scope.
   *
   * `GET /conversations/{id}/side_conversations`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Conversation not found
   * @example
   * ```ts
   * for await (const item of intercom.conversations.listSideConversations({ id: "123" })) console.log(item);
   * ```
   */
  listSideConversations(
    params: ConversationsListSideConversationsParams,
    options?: RequestOptions,
  ): PagePromise<SideConversationList, SideConversationSummary, ConversationsListSideConversationsParams, number>;
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
   * Merge a conversation
   *
   * Merge a secondary (source) conversation into a primary (target) conversation.
   * The secondary conversation is closed and linked to the primary, which
   * becomes the surviving thread. Returns the primary conversation on success.
   *
   * Requires `write_conversations` OAuth scope. When the secondary is a ticket,
   * `write_tickets` scope is also required.
   *
   * `POST /conversations/{id}/merge`
   * @throws {@link BadRequestError} 400: Bad request
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link ForbiddenError} 403: Forbidden
   * @throws {@link UnprocessableEntityError} 422: Merge failed
   * @example
   * ```ts
   * const result = await intercom.conversations.mergeConversation({ id: "123", merge_into_conversation_id: 456 });
   * ```
   */
  mergeConversation(params: ConversationsMergeConversationParams, options?: RequestOptions): ApiPromise<Conversation>;
  /**
   * Convert a conversation to a ticket
   *
   * You can convert a conversation to a ticket.
   *
   * `POST /conversations/{conversation_id}/convert`
   * @throws {@link BadRequestError} 400: Bad request
   * @example
   * ```ts
   * const result = await intercom.conversations.convertToTicket({ conversation_id: 123, ticket_type_id: "53" });
   * ```
   */
  convertToTicket(params: ConversationsConvertToTicketParams, options?: RequestOptions): ApiPromise<Ticket>;
  /**
   * List all deleted conversation IDs.
   *
   * Warning: Pagination.
   * You can use pagination to limit the number of results returned. The default is `20` results per page. You can navigate to next pages using the `page` param.
   *
   * `GET /conversations/deleted`
   * @throws {@link BadRequestError} 400: Resource not available
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * for await (const item of intercom.conversations.listDeletedConversationIds({ page: 1, order: "desc" })) console.log(item);
   * ```
   */
  listDeletedConversationIds(
    params?: ConversationsListDeletedConversationIdsParams,
    options?: RequestOptions,
  ): PagePromise<
    DeletedConversationList,
    DeletedConversationItem,
    ConversationsListDeletedConversationIdsParams,
    number
  >;
}

export class Conversations {
  constructor(private readonly client: ClientCore) {}

  list(
    params: ConversationsListParams = {},
    options?: RequestOptions,
  ): PagePromise<ConversationList, ConversationListItem, ConversationsListParams, string> {
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

  deleteConversation(
    params: ConversationsDeleteConversationParams,
    options?: RequestOptions,
  ): ApiPromise<ConversationDeleted> {
    return conversationsDeleteConversation(this.client, params, options);
  }

  search(
    params: ConversationsSearchParams,
    options?: RequestOptions,
  ): PagePromise<ConversationList, ConversationListItem, ConversationsSearchParams, string> {
    return conversationsSearch(this.client, params, options);
  }

  reply(params: ConversationsReplyParams, options?: RequestOptions): ApiPromise<Conversation> {
    return conversationsReply(this.client, params, options);
  }

  manage(params: ConversationsManageParams, options?: RequestOptions): ApiPromise<Conversation> {
    return conversationsManage(this.client, params, options);
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

  listHandlingEvents(
    params: ConversationsListHandlingEventsParams,
    options?: RequestOptions,
  ): ApiPromise<HandlingEventList> {
    return conversationsListHandlingEvents(this.client, params, options);
  }

  listSideConversations(
    params: ConversationsListSideConversationsParams,
    options?: RequestOptions,
  ): PagePromise<SideConversationList, SideConversationSummary, ConversationsListSideConversationsParams, number> {
    return conversationsListSideConversations(this.client, params, options);
  }

  redactConversationPart(
    params: ConversationsRedactConversationPartParams,
    options?: RequestOptions,
  ): ApiPromise<Conversation> {
    return conversationsRedactConversationPart(this.client, params, options);
  }

  mergeConversation(params: ConversationsMergeConversationParams, options?: RequestOptions): ApiPromise<Conversation> {
    return conversationsMergeConversation(this.client, params, options);
  }

  convertToTicket(params: ConversationsConvertToTicketParams, options?: RequestOptions): ApiPromise<Ticket> {
    return conversationsConvertToTicket(this.client, params, options);
  }

  listDeletedConversationIds(
    params: ConversationsListDeletedConversationIdsParams = {},
    options?: RequestOptions,
  ): PagePromise<
    DeletedConversationList,
    DeletedConversationItem,
    ConversationsListDeletedConversationIdsParams,
    number
  > {
    return conversationsListDeletedConversationIds(this.client, params, options);
  }
}

// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { jsonBody } from "../runtime/body.js";
import { paginate } from "../runtime/pagination.js";
import type { ClientCore, RequestOptions, ApiPromise, PagePromise } from "../runtime/index.js";
import type {
  AdminReplyTicketRequest,
  ChangeTicketTypeRequest,
  ContactReplyTicketRequest,
  Conversation,
  CreateTicketRequest,
  Jobs,
  SearchRequest,
  Ticket,
  TicketDeleted,
  TicketList,
  TicketReply,
  UpdateTicketRequest,
} from "../models.js";

/** Arguments of `tickets.reply`: `ticket_id` in the path; `body` is the json body. */
export type TicketsReplyParams = {
  /**
   * The id of the ticket to target.
   * Info: Not the Inbox ticket ID.
   * This is the internal `id` field from the API response, not the `ticket_id` displayed in the Intercom Inbox (e.g., #12345). Use the `id` value from the ticket object returned by the API.
   */
  ticket_id: string;
  body?: {
    /** Option to disable notifications when replying to a Ticket. */
    skip_notifications?: boolean;
  } & (ContactReplyTicketRequest | AdminReplyTicketRequest);
};

/**
 * Reply to a ticket
 *
 * You can reply to a ticket with a message from an admin or on behalf of a contact, or with a note for admins.
 *
 * `POST /tickets/{ticket_id}/reply`
 * @throws {@link BadRequestError} 400: User reply
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Not found
 * @example
 * ```ts
 * const result = await ticketsReply(client, {
 *   ticket_id: "123",
 *   body: {
 *     intercom_user_id: "6762f2971bb69f9f2193bc49",
 *     message_type: "comment",
 *     type: "user",
 *     body: "Thanks again :)",
 *   },
 * });
 * ```
 */
export function ticketsReply(
  client: ClientCore,
  params: TicketsReplyParams,
  options?: RequestOptions,
): ApiPromise<TicketReply> {
  return client.request<TicketReply>(
    {
      method: "POST",
      path: "/tickets/{ticket_id}/reply",
      pathParams: ["ticket_id"],
      body: jsonBody,
      bodyKey: "body",
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `tickets.linkConversationToTicket`: `ticket_id` in the path; the other fields are the json body. */
export type TicketsLinkConversationToTicketParams = {
  /** The unique identifier for the tracker ticket which is given by Intercom. */
  ticket_id: string;
  /** The unique identifier (given by Intercom) for the conversation or customer ticket to link to the tracker ticket. */
  conversation_id: string;
};

/**
 * Link a conversation to a ticket
 *
 * Link a conversation to an existing tracker ticket. The conversation can be
 * a regular conversation or one that has been converted into a customer ticket.
 *
 * Use this when related conversations surface after a tracker ticket has
 * already been created. The ticket in the path must be a tracker ticket, and
 * `conversation_id` in the body is the conversation (or customer ticket) to
 * link to it. This returns the linked conversation.
 *
 * A tracker ticket can have up to 2,500 linked conversations; once that
 * limit is reached, further requests return `linked_conversation_limit_exceeded`.
 *
 * Requires the `write_tickets` OAuth scope.
 *
 * `POST /tickets/{ticket_id}/linked_conversations`
 * @throws {@link BadRequestError} 400: Bad request
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Not found
 * @example
 * ```ts
 * const result = await ticketsLinkConversationToTicket(client, { ticket_id: "64619700005694", conversation_id: "204" });
 * ```
 */
export function ticketsLinkConversationToTicket(
  client: ClientCore,
  params: TicketsLinkConversationToTicketParams,
  options?: RequestOptions,
): ApiPromise<Conversation> {
  return client.request<Conversation>(
    {
      method: "POST",
      path: "/tickets/{ticket_id}/linked_conversations",
      pathParams: ["ticket_id"],
      body: jsonBody,
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `tickets.unlinkConversationFromTicket`: `ticket_id`, `id` in the path. */
export type TicketsUnlinkConversationFromTicketParams = {
  /** The unique identifier for the tracker ticket which is given by Intercom. */
  ticket_id: string;
  /** The unique identifier (given by Intercom) for the linked conversation or customer ticket to unlink. */
  id: string;
};

/**
 * Unlink a conversation from a ticket
 *
 * Unlink a conversation (or converted customer ticket) from a tracker ticket
 * it is currently linked to. The ticket in the path must be a tracker ticket.
 * This returns the conversation that was unlinked.
 *
 * Requires the `write_tickets` OAuth scope.
 *
 * `DELETE /tickets/{ticket_id}/linked_conversations/{id}`
 * @throws {@link BadRequestError} 400: Bad request
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Not found
 * @example
 * ```ts
 * const result = await ticketsUnlinkConversationFromTicket(client, { ticket_id: "64619700005694", id: "204" });
 * ```
 */
export function ticketsUnlinkConversationFromTicket(
  client: ClientCore,
  params: TicketsUnlinkConversationFromTicketParams,
  options?: RequestOptions,
): ApiPromise<Conversation> {
  return client.request<Conversation>(
    {
      method: "DELETE",
      path: "/tickets/{ticket_id}/linked_conversations/{id}",
      pathParams: ["ticket_id", "id"],
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `tickets.create`: the other fields are the json body. */
export type TicketsCreateParams = {
  /** Option to disable notifications when a Ticket is created. */
  skip_notifications?: boolean;
} & CreateTicketRequest;

/**
 * Create a ticket
 *
 * You can create a new ticket.
 *
 * `POST /tickets`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await ticketsCreate(client, {
 *   ticket_type_id: "106",
 *   contacts: [{ id: "6762f2d81bb69f9f2193bc54" }],
 *   ticket_attributes: { _default_title_: "example", _default_description_: "there is a problem" },
 * });
 * ```
 */
export function ticketsCreate(
  client: ClientCore,
  params: TicketsCreateParams,
  options?: RequestOptions,
): ApiPromise<Ticket> {
  return client.request<Ticket>(
    { method: "POST", path: "/tickets", body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `tickets.enqueueCreateTicket`: the other fields are the json body. */
export type TicketsEnqueueCreateTicketParams = {
  /** Option to disable notifications when a Ticket is created. */
  skip_notifications?: boolean;
} & CreateTicketRequest;

/**
 * Enqueue create ticket
 *
 * Enqueues ticket creation for asynchronous processing, returning if the job was enqueued successfully to be processed. We attempt to perform a best-effort validation on inputs before tasks are enqueued. If the given parameters are incorrect, we won't enqueue the job.
 *
 * `POST /tickets/enqueue`
 * @throws {@link BadRequestError} 400: Bad Request
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await ticketsEnqueueCreateTicket(client, {
 *   ticket_type_id: "88",
 *   contacts: [{ id: "6762f2d81bb69f9f2193bc54" }],
 *   ticket_attributes: { _default_title_: "example", _default_description_: "there is a problem" },
 * });
 * ```
 */
export function ticketsEnqueueCreateTicket(
  client: ClientCore,
  params: TicketsEnqueueCreateTicketParams,
  options?: RequestOptions,
): ApiPromise<Jobs> {
  return client.request<Jobs>(
    { method: "POST", path: "/tickets/enqueue", body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `tickets.get`: `ticket_id` in the path. */
export type TicketsGetParams = {
  /**
   * The unique identifier for the ticket which is given by Intercom.
   * Info: Not the Inbox ticket ID.
   * This is the internal `id` field from the API response, not the `ticket_id` displayed in the Intercom Inbox (e.g., #12345). Use the `id` value from the ticket object returned by the API.
   */
  ticket_id: string;
};

/**
 * Retrieve a ticket
 *
 * You can fetch the details of a single ticket.
 *
 * `GET /tickets/{ticket_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await ticketsGet(client, { ticket_id: "…" });
 * ```
 */
export function ticketsGet(client: ClientCore, params: TicketsGetParams, options?: RequestOptions): ApiPromise<Ticket> {
  return client.request<Ticket>(
    { method: "GET", path: "/tickets/{ticket_id}", pathParams: ["ticket_id"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `tickets.update`: `ticket_id` in the path; the other fields are the json body. */
export type TicketsUpdateParams = {
  /**
   * The unique identifier for the ticket which is given by Intercom.
   * Info: Not the Inbox ticket ID.
   * This is the internal `id` field from the API response, not the `ticket_id` displayed in the Intercom Inbox (e.g., #12345). Use the `id` value from the ticket object returned by the API.
   */
  ticket_id: string;
} & {
  /** Option to disable notifications when a Ticket is updated. */
  skip_notifications?: boolean;
} & UpdateTicketRequest;

/**
 * Update a ticket
 *
 * You can update a ticket.
 *
 * `PUT /tickets/{ticket_id}`
 * @throws {@link BadRequestError} 400: Ticket state id is not valid or is not associated with the ticket type.
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Assignee not found
 * @example
 * ```ts
 * const result = await ticketsUpdate(client, {
 *   ticket_id: "…",
 *   ticket_attributes: { _default_title_: "example", _default_description_: "there is a problem" },
 *   ticket_state_id: "8498",
 *   open: true,
 *   snoozed_until: 1673609604,
 *   admin_id: 991268011,
 *   assignee_id: "991268013",
 * });
 * ```
 */
export function ticketsUpdate(
  client: ClientCore,
  params: TicketsUpdateParams,
  options?: RequestOptions,
): ApiPromise<Ticket> {
  return client.request<Ticket>(
    { method: "PUT", path: "/tickets/{ticket_id}", pathParams: ["ticket_id"], body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `tickets.deleteTicket`: `ticket_id` in the path. */
export type TicketsDeleteTicketParams = {
  /**
   * The unique identifier for the ticket which is given by Intercom.
   * Info: Not the Inbox ticket ID.
   * This is the internal `id` field from the API response, not the `ticket_id` displayed in the Intercom Inbox (e.g., #12345). Use the `id` value from the ticket object returned by the API.
   */
  ticket_id: string;
};

/**
 * Delete a ticket
 *
 * Warning: Irreversible operation.
 * Deleting a ticket is permanent and cannot be reversed.
 *
 * Deleting a ticket permanently removes it from the inbox. All sensitive data is deleted, including admin and user replies, ticket attributes, uploads, and related content. The ticket will still appear in reporting, though some data may be incomplete due to the deletion.
 *
 * `DELETE /tickets/{ticket_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link ForbiddenError} 403: API plan restricted
 * @throws {@link NotFoundError} 404: Ticket not found
 * @example
 * ```ts
 * const result = await ticketsDeleteTicket(client, { ticket_id: "…" });
 * ```
 */
export function ticketsDeleteTicket(
  client: ClientCore,
  params: TicketsDeleteTicketParams,
  options?: RequestOptions,
): ApiPromise<TicketDeleted> {
  return client.request<TicketDeleted>(
    { method: "DELETE", path: "/tickets/{ticket_id}", pathParams: ["ticket_id"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `tickets.changeTicketType`: `ticket_id` in the path; the other fields are the json body. */
export type TicketsChangeTicketTypeParams = {
  /** The unique identifier for the ticket which is given by Intercom. */
  ticket_id: string;
} & ChangeTicketTypeRequest;

/**
 * Change ticket type
 *
 * You can change the type of a ticket. The new ticket type must be in the same category as the current type. Attributes matching by name and type are automatically transferred from the old type; values provided in ticket_attributes override transferred values.
 *
 * `POST /tickets/{ticket_id}/change_type`
 * @throws {@link BadRequestError} 400: Bad request
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Ticket not found
 * @example
 * ```ts
 * const result = await ticketsChangeTicketType(client, { ticket_id: "…", ticket_type_id: "1234", ticket_state_id: "5678" });
 * ```
 */
export function ticketsChangeTicketType(
  client: ClientCore,
  params: TicketsChangeTicketTypeParams,
  options?: RequestOptions,
): ApiPromise<Ticket> {
  return client.request<Ticket>(
    {
      method: "POST",
      path: "/tickets/{ticket_id}/change_type",
      pathParams: ["ticket_id"],
      body: jsonBody,
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `tickets.search`: the other fields are the json body. */
export type TicketsSearchParams = SearchRequest;

/**
 * Search tickets
 *
 * You can search for multiple tickets by the value of their attributes in order to fetch exactly which ones you want.
 *
 * To search for tickets, you send a `POST` request to `https://api.intercom.io/tickets/search`.
 *
 * This will accept a query object in the body which will define your filters.
 * Warning: Optimizing search queries.
 * Search queries can be complex, so optimizing them can help the performance of your search.
 * Use the `AND` and `OR` operators to combine multiple filters to get the exact results you need and utilize
 * pagination to limit the number of results returned. The default is `20` results per page.
 * See the [pagination section](https://developers.intercom.com/docs/build-an-integration/learn-more/rest-apis/pagination/#example-search-conversations-request) for more details on how to use the `starting_after` param.
 *
 * ### Nesting & Limitations
 *
 * You can nest these filters in order to get even more granular insights that pinpoint exactly what you need. Example: (1 OR 2) AND (3 OR 4).
 * There are some limitations to the amount of multiples there can be:
 * - There's a limit of max 2 nested filters
 * - There's a limit of max 15 filters for each AND or OR group
 *
 * ### Accepted Fields
 *
 * Most keys listed as part of the Ticket model are searchable, whether writeable or not. The value you search for has to match the accepted type, otherwise the query will fail (ie. as `created_at` accepts a date, the `value` cannot be a string such as `"foobar"`).
 * The `source.body` field is unique as the search will not be performed against the entire value, but instead against every element of the value separately. For example, when searching for a conversation with a `"I need support"` body - the query should contain a `=` operator with the value `"support"` for such conversation to be returned. A query with a `=` operator and a `"need support"` value will not yield a result.
 *
 * | Field                                     | Type                                                                                     |
 * | :---------------------------------------- | :--------------------------------------------------------------------------------------- |
 * | id                                        | String                                                                                   |
 * | created_at                                | Date (UNIX timestamp)                                                                    |
 * | updated_at                                | Date (UNIX timestamp)                                                                    |
 * | title                           | String                                                                                   |
 * | description                     | String                                                                                   |
 * | category                                  | String                                                                                   |
 * | ticket_type_id                            | String                                                                                   |
 * | contact_ids                               | String                                                                                   |
 * | teammate_ids                              | String                                                                                   |
 * | admin_assignee_id                         | String                                                                                   |
 * | team_assignee_id                          | String                                                                                   |
 * | open                                      | Boolean                                                                                  |
 * | state                                     | String                                                                                   |
 * | snoozed_until                             | Date (UNIX timestamp)                                                                    |
 * | ticket_attribute.{id}                     | String or Boolean or Date (UNIX timestamp) or Float or Integer                           |
 *
 * Info: Searching by Category.
 * When searching for tickets by the **`category`** field, specific terms must be used instead of the category names:
 * * For **Customer** category tickets, use the term `request`.
 * * For **Back-office** category tickets, use the term `task`.
 * * For **Tracker** category tickets, use the term `tracker`.
 *
 * ### Accepted Operators
 *
 * Info: Searching based on `created_at`.
 * You may use the `<=` or `>=` operators to search by `created_at`.
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
 * `POST /tickets/search`
 * @example
 * ```ts
 * for await (const item of ticketsSearch(client, {
 *   query: {
 *     operator: "AND",
 *     value: [{ field: "created_at", operator: ">", value: "1306054154" }],
 *   },
 *   pagination: { per_page: 5 },
 * })) console.log(item);
 * ```
 */
export function ticketsSearch(
  client: ClientCore,
  params: TicketsSearchParams,
  options?: RequestOptions,
): PagePromise<TicketList, Ticket, TicketsSearchParams, string> {
  return paginate<TicketList, Ticket, TicketsSearchParams, string>(
    client,
    { method: "POST", path: "/tickets/search", body: jsonBody, response: "json" },
    params,
    options,
    {
      style: "cursor",
      items: "tickets",
      cursorParam: "pagination.starting_after",
      nextCursor: "pages.next.starting_after",
    },
  );
}

/** The `tickets` operations, bound to a client. */
export interface Tickets {
  /**
   * Reply to a ticket
   *
   * You can reply to a ticket with a message from an admin or on behalf of a contact, or with a note for admins.
   *
   * `POST /tickets/{ticket_id}/reply`
   * @throws {@link BadRequestError} 400: User reply
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Not found
   * @example
   * ```ts
   * const result = await intercom.tickets.reply({
   *   ticket_id: "123",
   *   body: {
   *     intercom_user_id: "6762f2971bb69f9f2193bc49",
   *     message_type: "comment",
   *     type: "user",
   *     body: "Thanks again :)",
   *   },
   * });
   * ```
   */
  reply(params: TicketsReplyParams, options?: RequestOptions): ApiPromise<TicketReply>;
  /**
   * Link a conversation to a ticket
   *
   * Link a conversation to an existing tracker ticket. The conversation can be
   * a regular conversation or one that has been converted into a customer ticket.
   *
   * Use this when related conversations surface after a tracker ticket has
   * already been created. The ticket in the path must be a tracker ticket, and
   * `conversation_id` in the body is the conversation (or customer ticket) to
   * link to it. This returns the linked conversation.
   *
   * A tracker ticket can have up to 2,500 linked conversations; once that
   * limit is reached, further requests return `linked_conversation_limit_exceeded`.
   *
   * Requires the `write_tickets` OAuth scope.
   *
   * `POST /tickets/{ticket_id}/linked_conversations`
   * @throws {@link BadRequestError} 400: Bad request
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Not found
   * @example
   * ```ts
   * const result = await intercom.tickets.linkConversationToTicket({ ticket_id: "64619700005694", conversation_id: "204" });
   * ```
   */
  linkConversationToTicket(
    params: TicketsLinkConversationToTicketParams,
    options?: RequestOptions,
  ): ApiPromise<Conversation>;
  /**
   * Unlink a conversation from a ticket
   *
   * Unlink a conversation (or converted customer ticket) from a tracker ticket
   * it is currently linked to. The ticket in the path must be a tracker ticket.
   * This returns the conversation that was unlinked.
   *
   * Requires the `write_tickets` OAuth scope.
   *
   * `DELETE /tickets/{ticket_id}/linked_conversations/{id}`
   * @throws {@link BadRequestError} 400: Bad request
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Not found
   * @example
   * ```ts
   * const result = await intercom.tickets.unlinkConversationFromTicket({ ticket_id: "64619700005694", id: "204" });
   * ```
   */
  unlinkConversationFromTicket(
    params: TicketsUnlinkConversationFromTicketParams,
    options?: RequestOptions,
  ): ApiPromise<Conversation>;
  /**
   * Create a ticket
   *
   * You can create a new ticket.
   *
   * `POST /tickets`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.tickets.create({
   *   ticket_type_id: "106",
   *   contacts: [{ id: "6762f2d81bb69f9f2193bc54" }],
   *   ticket_attributes: { _default_title_: "example", _default_description_: "there is a problem" },
   * });
   * ```
   */
  create(params: TicketsCreateParams, options?: RequestOptions): ApiPromise<Ticket>;
  /**
   * Enqueue create ticket
   *
   * Enqueues ticket creation for asynchronous processing, returning if the job was enqueued successfully to be processed. We attempt to perform a best-effort validation on inputs before tasks are enqueued. If the given parameters are incorrect, we won't enqueue the job.
   *
   * `POST /tickets/enqueue`
   * @throws {@link BadRequestError} 400: Bad Request
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.tickets.enqueueCreateTicket({
   *   ticket_type_id: "88",
   *   contacts: [{ id: "6762f2d81bb69f9f2193bc54" }],
   *   ticket_attributes: { _default_title_: "example", _default_description_: "there is a problem" },
   * });
   * ```
   */
  enqueueCreateTicket(params: TicketsEnqueueCreateTicketParams, options?: RequestOptions): ApiPromise<Jobs>;
  /**
   * Retrieve a ticket
   *
   * You can fetch the details of a single ticket.
   *
   * `GET /tickets/{ticket_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.tickets.get({ ticket_id: "…" });
   * ```
   */
  get(params: TicketsGetParams, options?: RequestOptions): ApiPromise<Ticket>;
  /**
   * Update a ticket
   *
   * You can update a ticket.
   *
   * `PUT /tickets/{ticket_id}`
   * @throws {@link BadRequestError} 400: Ticket state id is not valid or is not associated with the ticket type.
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Assignee not found
   * @example
   * ```ts
   * const result = await intercom.tickets.update({
   *   ticket_id: "…",
   *   ticket_attributes: { _default_title_: "example", _default_description_: "there is a problem" },
   *   ticket_state_id: "8498",
   *   open: true,
   *   snoozed_until: 1673609604,
   *   admin_id: 991268011,
   *   assignee_id: "991268013",
   * });
   * ```
   */
  update(params: TicketsUpdateParams, options?: RequestOptions): ApiPromise<Ticket>;
  /**
   * Delete a ticket
   *
   * Warning: Irreversible operation.
   * Deleting a ticket is permanent and cannot be reversed.
   *
   * Deleting a ticket permanently removes it from the inbox. All sensitive data is deleted, including admin and user replies, ticket attributes, uploads, and related content. The ticket will still appear in reporting, though some data may be incomplete due to the deletion.
   *
   * `DELETE /tickets/{ticket_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link ForbiddenError} 403: API plan restricted
   * @throws {@link NotFoundError} 404: Ticket not found
   * @example
   * ```ts
   * const result = await intercom.tickets.deleteTicket({ ticket_id: "…" });
   * ```
   */
  deleteTicket(params: TicketsDeleteTicketParams, options?: RequestOptions): ApiPromise<TicketDeleted>;
  /**
   * Change ticket type
   *
   * You can change the type of a ticket. The new ticket type must be in the same category as the current type. Attributes matching by name and type are automatically transferred from the old type; values provided in ticket_attributes override transferred values.
   *
   * `POST /tickets/{ticket_id}/change_type`
   * @throws {@link BadRequestError} 400: Bad request
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Ticket not found
   * @example
   * ```ts
   * const result = await intercom.tickets.changeTicketType({ ticket_id: "…", ticket_type_id: "1234", ticket_state_id: "5678" });
   * ```
   */
  changeTicketType(params: TicketsChangeTicketTypeParams, options?: RequestOptions): ApiPromise<Ticket>;
  /**
   * Search tickets
   *
   * You can search for multiple tickets by the value of their attributes in order to fetch exactly which ones you want.
   *
   * To search for tickets, you send a `POST` request to `https://api.intercom.io/tickets/search`.
   *
   * This will accept a query object in the body which will define your filters.
   * Warning: Optimizing search queries.
   * Search queries can be complex, so optimizing them can help the performance of your search.
   * Use the `AND` and `OR` operators to combine multiple filters to get the exact results you need and utilize
   * pagination to limit the number of results returned. The default is `20` results per page.
   * See the [pagination section](https://developers.intercom.com/docs/build-an-integration/learn-more/rest-apis/pagination/#example-search-conversations-request) for more details on how to use the `starting_after` param.
   *
   * ### Nesting & Limitations
   *
   * You can nest these filters in order to get even more granular insights that pinpoint exactly what you need. Example: (1 OR 2) AND (3 OR 4).
   * There are some limitations to the amount of multiples there can be:
   * - There's a limit of max 2 nested filters
   * - There's a limit of max 15 filters for each AND or OR group
   *
   * ### Accepted Fields
   *
   * Most keys listed as part of the Ticket model are searchable, whether writeable or not. The value you search for has to match the accepted type, otherwise the query will fail (ie. as `created_at` accepts a date, the `value` cannot be a string such as `"foobar"`).
   * The `source.body` field is unique as the search will not be performed against the entire value, but instead against every element of the value separately. For example, when searching for a conversation with a `"I need support"` body - the query should contain a `=` operator with the value `"support"` for such conversation to be returned. A query with a `=` operator and a `"need support"` value will not yield a result.
   *
   * | Field                                     | Type                                                                                     |
   * | :---------------------------------------- | :--------------------------------------------------------------------------------------- |
   * | id                                        | String                                                                                   |
   * | created_at                                | Date (UNIX timestamp)                                                                    |
   * | updated_at                                | Date (UNIX timestamp)                                                                    |
   * | title                           | String                                                                                   |
   * | description                     | String                                                                                   |
   * | category                                  | String                                                                                   |
   * | ticket_type_id                            | String                                                                                   |
   * | contact_ids                               | String                                                                                   |
   * | teammate_ids                              | String                                                                                   |
   * | admin_assignee_id                         | String                                                                                   |
   * | team_assignee_id                          | String                                                                                   |
   * | open                                      | Boolean                                                                                  |
   * | state                                     | String                                                                                   |
   * | snoozed_until                             | Date (UNIX timestamp)                                                                    |
   * | ticket_attribute.{id}                     | String or Boolean or Date (UNIX timestamp) or Float or Integer                           |
   *
   * Info: Searching by Category.
   * When searching for tickets by the **`category`** field, specific terms must be used instead of the category names:
   * * For **Customer** category tickets, use the term `request`.
   * * For **Back-office** category tickets, use the term `task`.
   * * For **Tracker** category tickets, use the term `tracker`.
   *
   * ### Accepted Operators
   *
   * Info: Searching based on `created_at`.
   * You may use the `<=` or `>=` operators to search by `created_at`.
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
   * `POST /tickets/search`
   * @example
   * ```ts
   * for await (const item of intercom.tickets.search({
   *   query: {
   *     operator: "AND",
   *     value: [{ field: "created_at", operator: ">", value: "1306054154" }],
   *   },
   *   pagination: { per_page: 5 },
   * })) console.log(item);
   * ```
   */
  search(
    params: TicketsSearchParams,
    options?: RequestOptions,
  ): PagePromise<TicketList, Ticket, TicketsSearchParams, string>;
}

export class Tickets {
  constructor(private readonly client: ClientCore) {}

  reply(params: TicketsReplyParams, options?: RequestOptions): ApiPromise<TicketReply> {
    return ticketsReply(this.client, params, options);
  }

  linkConversationToTicket(
    params: TicketsLinkConversationToTicketParams,
    options?: RequestOptions,
  ): ApiPromise<Conversation> {
    return ticketsLinkConversationToTicket(this.client, params, options);
  }

  unlinkConversationFromTicket(
    params: TicketsUnlinkConversationFromTicketParams,
    options?: RequestOptions,
  ): ApiPromise<Conversation> {
    return ticketsUnlinkConversationFromTicket(this.client, params, options);
  }

  create(params: TicketsCreateParams, options?: RequestOptions): ApiPromise<Ticket> {
    return ticketsCreate(this.client, params, options);
  }

  enqueueCreateTicket(params: TicketsEnqueueCreateTicketParams, options?: RequestOptions): ApiPromise<Jobs> {
    return ticketsEnqueueCreateTicket(this.client, params, options);
  }

  get(params: TicketsGetParams, options?: RequestOptions): ApiPromise<Ticket> {
    return ticketsGet(this.client, params, options);
  }

  update(params: TicketsUpdateParams, options?: RequestOptions): ApiPromise<Ticket> {
    return ticketsUpdate(this.client, params, options);
  }

  deleteTicket(params: TicketsDeleteTicketParams, options?: RequestOptions): ApiPromise<TicketDeleted> {
    return ticketsDeleteTicket(this.client, params, options);
  }

  changeTicketType(params: TicketsChangeTicketTypeParams, options?: RequestOptions): ApiPromise<Ticket> {
    return ticketsChangeTicketType(this.client, params, options);
  }

  search(
    params: TicketsSearchParams,
    options?: RequestOptions,
  ): PagePromise<TicketList, Ticket, TicketsSearchParams, string> {
    return ticketsSearch(this.client, params, options);
  }
}

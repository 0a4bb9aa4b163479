// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { jsonBody } from "../runtime/body.js";
import { paginate } from "../runtime/pagination.js";
import type { ClientCore, RequestOptions, ApiPromise, PagePromise } from "../runtime/index.js";
import type {
  AdminReplyTicketRequest,
  ContactReplyTicketRequest,
  CreateTicketRequest,
  SearchRequest,
  Ticket,
  TicketList,
  TicketReply,
  UpdateTicketRequest,
} from "../models.js";

/** Arguments of `tickets.reply`: `ticket_id` in the path; `body` is the json body. */
export type TicketsReplyParams = {
  /** The id of the ticket to target. */
  ticket_id: string;
  body?: ContactReplyTicketRequest | AdminReplyTicketRequest;
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
 *     intercom_user_id: "667d619d8a68186f43bafe82",
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

/** Arguments of `tickets.create`: the other fields are the json body. */
export type TicketsCreateParams = CreateTicketRequest;

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
 *   contacts: [{ id: "667d61b78a68186f43bafe8d" }],
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

/** Arguments of `tickets.get`: `ticket_id` in the path. */
export type TicketsGetParams = {
  /** The unique identifier for the ticket which is given by Intercom. */
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
  /** The unique identifier for the ticket which is given by Intercom */
  ticket_id: string;
} & UpdateTicketRequest;

/**
 * Update a ticket
 *
 * You can update a ticket.
 *
 * `PUT /tickets/{ticket_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Assignee not found
 * @example
 * ```ts
 * const result = await ticketsUpdate(client, {
 *   ticket_id: "…",
 *   ticket_attributes: { _default_title_: "example", _default_description_: "there is a problem" },
 *   state: "in_progress",
 *   open: true,
 *   snoozed_until: 1673609604,
 *   assignment: { admin_id: "991267883", assignee_id: "991267885" },
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
   *     intercom_user_id: "667d619d8a68186f43bafe82",
   *     message_type: "comment",
   *     type: "user",
   *     body: "Thanks again :)",
   *   },
   * });
   * ```
   */
  reply(params: TicketsReplyParams, options?: RequestOptions): ApiPromise<TicketReply>;
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
   *   contacts: [{ id: "667d61b78a68186f43bafe8d" }],
   *   ticket_attributes: { _default_title_: "example", _default_description_: "there is a problem" },
   * });
   * ```
   */
  create(params: TicketsCreateParams, options?: RequestOptions): ApiPromise<Ticket>;
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
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Assignee not found
   * @example
   * ```ts
   * const result = await intercom.tickets.update({
   *   ticket_id: "…",
   *   ticket_attributes: { _default_title_: "example", _default_description_: "there is a problem" },
   *   state: "in_progress",
   *   open: true,
   *   snoozed_until: 1673609604,
   *   assignment: { admin_id: "991267883", assignee_id: "991267885" },
   * });
   * ```
   */
  update(params: TicketsUpdateParams, options?: RequestOptions): ApiPromise<Ticket>;
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

  create(params: TicketsCreateParams, options?: RequestOptions): ApiPromise<Ticket> {
    return ticketsCreate(this.client, params, options);
  }

  get(params: TicketsGetParams, options?: RequestOptions): ApiPromise<Ticket> {
    return ticketsGet(this.client, params, options);
  }

  update(params: TicketsUpdateParams, options?: RequestOptions): ApiPromise<Ticket> {
    return ticketsUpdate(this.client, params, options);
  }

  search(
    params: TicketsSearchParams,
    options?: RequestOptions,
  ): PagePromise<TicketList, Ticket, TicketsSearchParams, string> {
    return ticketsSearch(this.client, params, options);
  }
}

// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { jsonBody } from "../runtime/body.js";
import type { ClientCore, RequestOptions, ApiPromise } from "../runtime/index.js";
import { TicketTypesAttributes } from "./ticketTypes.attributes.js";
import type { CreateTicketTypeRequest, TicketType, TicketTypeList, UpdateTicketTypeRequestBody } from "../models.js";

/** Arguments of `ticketTypes.list`. */
export type TicketTypesListParams = Record<string, never>;

/**
 * List all ticket types
 *
 * You can get a list of all ticket types for a workspace.
 *
 * `GET /ticket_types`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await ticketTypesList(client);
 * ```
 */
export function ticketTypesList(
  client: ClientCore,
  params: TicketTypesListParams = {},
  options?: RequestOptions,
): ApiPromise<TicketTypeList> {
  return client.request<TicketTypeList>({ method: "GET", path: "/ticket_types", response: "json" }, params, options);
}

/** Arguments of `ticketTypes.create`: the other fields are the json body. */
export type TicketTypesCreateParams = CreateTicketTypeRequest;

/**
 * Create a ticket type
 *
 * You can create a new ticket type.
 * > 📘 Creating ticket types.
 * >
 * > Every ticket type will be created with two default attributes: _default_title_ and _default_description_.
 * > For the `icon` propery, use an emoji from [Twemoji Cheatsheet](https://twemoji-cheatsheet.vercel.app/)
 *
 * `POST /ticket_types`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await ticketTypesCreate(client, {
 *   name: "Customer Issue",
 *   description: "Customer Report Template",
 *   category: "Customer",
 *   icon: "🎟️",
 * });
 * ```
 */
export function ticketTypesCreate(
  client: ClientCore,
  params: TicketTypesCreateParams,
  options?: RequestOptions,
): ApiPromise<TicketType> {
  return client.request<TicketType>(
    { method: "POST", path: "/ticket_types", body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `ticketTypes.get`: `ticket_type_id` in the path. */
export type TicketTypesGetParams = {
  /** The unique identifier for the ticket type which is given by Intercom. */
  ticket_type_id: string;
};

/**
 * Retrieve a ticket type
 *
 * You can fetch the details of a single ticket type.
 *
 * `GET /ticket_types/{ticket_type_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await ticketTypesGet(client, { ticket_type_id: "…" });
 * ```
 */
export function ticketTypesGet(
  client: ClientCore,
  params: TicketTypesGetParams,
  options?: RequestOptions,
): ApiPromise<TicketType> {
  return client.request<TicketType>(
    { method: "GET", path: "/ticket_types/{ticket_type_id}", pathParams: ["ticket_type_id"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `ticketTypes.update`: `ticket_type_id` in the path; the other fields are the json body. */
export type TicketTypesUpdateParams = {
  /** The unique identifier for the ticket type which is given by Intercom. */
  ticket_type_id: string;
} & UpdateTicketTypeRequestBody;

/**
 * Update a ticket type
 *
 * You can update a ticket type.
 *
 * > 📘 Updating a ticket type.
 * >
 * > For the `icon` propery, use an emoji from [Twemoji Cheatsheet](https://twemoji-cheatsheet.vercel.app/)
 *
 * `PUT /ticket_types/{ticket_type_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await ticketTypesUpdate(client, { ticket_type_id: "…", name: "Bug Report 2" });
 * ```
 */
export function ticketTypesUpdate(
  client: ClientCore,
  params: TicketTypesUpdateParams,
  options?: RequestOptions,
): ApiPromise<TicketType> {
  return client.request<TicketType>(
    {
      method: "PUT",
      path: "/ticket_types/{ticket_type_id}",
      pathParams: ["ticket_type_id"],
      body: jsonBody,
      response: "json",
    },
    params,
    options,
  );
}

/** The `ticketTypes` operations, bound to a client. */
export interface TicketTypes {
  /**
   * List all ticket types
   *
   * You can get a list of all ticket types for a workspace.
   *
   * `GET /ticket_types`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.ticketTypes.list();
   * ```
   */
  list(params?: TicketTypesListParams, options?: RequestOptions): ApiPromise<TicketTypeList>;
  /**
   * Create a ticket type
   *
   * You can create a new ticket type.
   * > 📘 Creating ticket types.
   * >
   * > Every ticket type will be created with two default attributes: _default_title_ and _default_description_.
   * > For the `icon` propery, use an emoji from [Twemoji Cheatsheet](https://twemoji-cheatsheet.vercel.app/)
   *
   * `POST /ticket_types`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.ticketTypes.create({
   *   name: "Customer Issue",
   *   description: "Customer Report Template",
   *   category: "Customer",
   *   icon: "🎟️",
   * });
   * ```
   */
  create(params: TicketTypesCreateParams, options?: RequestOptions): ApiPromise<TicketType>;
  /**
   * Retrieve a ticket type
   *
   * You can fetch the details of a single ticket type.
   *
   * `GET /ticket_types/{ticket_type_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.ticketTypes.get({ ticket_type_id: "…" });
   * ```
   */
  get(params: TicketTypesGetParams, options?: RequestOptions): ApiPromise<TicketType>;
  /**
   * Update a ticket type
   *
   * You can update a ticket type.
   *
   * > 📘 Updating a ticket type.
   * >
   * > For the `icon` propery, use an emoji from [Twemoji Cheatsheet](https://twemoji-cheatsheet.vercel.app/)
   *
   * `PUT /ticket_types/{ticket_type_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.ticketTypes.update({ ticket_type_id: "…", name: "Bug Report 2" });
   * ```
   */
  update(params: TicketTypesUpdateParams, options?: RequestOptions): ApiPromise<TicketType>;
}

export class TicketTypes {
  readonly attributes: TicketTypesAttributes;

  constructor(private readonly client: ClientCore) {
    this.attributes = new TicketTypesAttributes(client);
  }

  list(params: TicketTypesListParams = {}, options?: RequestOptions): ApiPromise<TicketTypeList> {
    return ticketTypesList(this.client, params, options);
  }

  create(params: TicketTypesCreateParams, options?: RequestOptions): ApiPromise<TicketType> {
    return ticketTypesCreate(this.client, params, options);
  }

  get(params: TicketTypesGetParams, options?: RequestOptions): ApiPromise<TicketType> {
    return ticketTypesGet(this.client, params, options);
  }

  update(params: TicketTypesUpdateParams, options?: RequestOptions): ApiPromise<TicketType> {
    return ticketTypesUpdate(this.client, params, options);
  }
}

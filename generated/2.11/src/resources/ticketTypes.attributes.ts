// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { jsonBody } from "../runtime/body.js";
import type { ClientCore, RequestOptions, ApiPromise } from "../runtime/index.js";
import type {
  CreateTicketTypeAttributeRequest,
  TicketTypeAttribute,
  UpdateTicketTypeAttributeRequest,
} from "../models.js";

/** Arguments of `ticketTypes.attributes.create`: `ticket_type_id` in the path; the other fields are the json body. */
export type TicketTypesAttributesCreateParams = {
  /** The unique identifier for the ticket type which is given by Intercom. */
  ticket_type_id: string;
} & CreateTicketTypeAttributeRequest;

/**
 * Create a new attribute for a ticket type
 *
 * You can create a new attribute for a ticket type.
 *
 * `POST /ticket_types/{ticket_type_id}/attributes`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await ticketTypesAttributesCreate(client, {
 *   ticket_type_id: "…",
 *   name: "Attribute Title",
 *   description: "Attribute Description",
 *   data_type: "string",
 *   required_to_create: false,
 * });
 * ```
 */
export function ticketTypesAttributesCreate(
  client: ClientCore,
  params: TicketTypesAttributesCreateParams,
  options?: RequestOptions,
): ApiPromise<TicketTypeAttribute> {
  return client.request<TicketTypeAttribute>(
    {
      method: "POST",
      path: "/ticket_types/{ticket_type_id}/attributes",
      pathParams: ["ticket_type_id"],
      body: jsonBody,
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `ticketTypes.attributes.update`: `ticket_type_id`, `attribute_id` in the path; the other fields are the json body. */
export type TicketTypesAttributesUpdateParams = {
  /** The unique identifier for the ticket type which is given by Intercom. */
  ticket_type_id: string;
  /** The unique identifier for the ticket type attribute which is given by Intercom. */
  attribute_id: string;
} & UpdateTicketTypeAttributeRequest;

/**
 * Update an existing attribute for a ticket type
 *
 * You can update an existing attribute for a ticket type.
 *
 * `PUT /ticket_types/{ticket_type_id}/attributes/{attribute_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await ticketTypesAttributesUpdate(client, {
 *   ticket_type_id: "…",
 *   attribute_id: "…",
 *   description: "New Attribute Description",
 * });
 * ```
 */
export function ticketTypesAttributesUpdate(
  client: ClientCore,
  params: TicketTypesAttributesUpdateParams,
  options?: RequestOptions,
): ApiPromise<TicketTypeAttribute> {
  return client.request<TicketTypeAttribute>(
    {
      method: "PUT",
      path: "/ticket_types/{ticket_type_id}/attributes/{attribute_id}",
      pathParams: ["ticket_type_id", "attribute_id"],
      body: jsonBody,
      response: "json",
    },
    params,
    options,
  );
}

/** The `ticketTypes.attributes` operations, bound to a client. */
export interface TicketTypesAttributes {
  /**
   * Create a new attribute for a ticket type
   *
   * You can create a new attribute for a ticket type.
   *
   * `POST /ticket_types/{ticket_type_id}/attributes`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.ticketTypes.attributes.create({
   *   ticket_type_id: "…",
   *   name: "Attribute Title",
   *   description: "Attribute Description",
   *   data_type: "string",
   *   required_to_create: false,
   * });
   * ```
   */
  create(params: TicketTypesAttributesCreateParams, options?: RequestOptions): ApiPromise<TicketTypeAttribute>;
  /**
   * Update an existing attribute for a ticket type
   *
   * You can update an existing attribute for a ticket type.
   *
   * `PUT /ticket_types/{ticket_type_id}/attributes/{attribute_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.ticketTypes.attributes.update({
   *   ticket_type_id: "…",
   *   attribute_id: "…",
   *   description: "New Attribute Description",
   * });
   * ```
   */
  update(params: TicketTypesAttributesUpdateParams, options?: RequestOptions): ApiPromise<TicketTypeAttribute>;
}

export class TicketTypesAttributes {
  constructor(private readonly client: ClientCore) {}

  create(params: TicketTypesAttributesCreateParams, options?: RequestOptions): ApiPromise<TicketTypeAttribute> {
    return ticketTypesAttributesCreate(this.client, params, options);
  }

  update(params: TicketTypesAttributesUpdateParams, options?: RequestOptions): ApiPromise<TicketTypeAttribute> {
    return ticketTypesAttributesUpdate(this.client, params, options);
  }
}

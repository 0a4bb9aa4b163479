// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import type { ClientCore, RequestOptions, ApiPromise } from "../runtime/index.js";
import type { TicketStateList } from "../models.js";

/** Arguments of `ticketStates.listTicketStates`. */
export type TicketStatesListTicketStatesParams = Record<string, never>;

/**
 * List all ticket states
 *
 * You can get a list of all ticket states for a workspace.
 *
 * `GET /ticket_states`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await ticketStatesListTicketStates(client);
 * ```
 */
export function ticketStatesListTicketStates(
  client: ClientCore,
  params: TicketStatesListTicketStatesParams = {},
  options?: RequestOptions,
): ApiPromise<TicketStateList> {
  return client.request<TicketStateList>({ method: "GET", path: "/ticket_states", response: "json" }, params, options);
}

/** The `ticketStates` operations, bound to a client. */
export interface TicketStates {
  /**
   * List all ticket states
   *
   * You can get a list of all ticket states for a workspace.
   *
   * `GET /ticket_states`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.ticketStates.listTicketStates();
   * ```
   */
  listTicketStates(params?: TicketStatesListTicketStatesParams, options?: RequestOptions): ApiPromise<TicketStateList>;
}

export class TicketStates {
  constructor(private readonly client: ClientCore) {}

  listTicketStates(
    params: TicketStatesListTicketStatesParams = {},
    options?: RequestOptions,
  ): ApiPromise<TicketStateList> {
    return ticketStatesListTicketStates(this.client, params, options);
  }
}

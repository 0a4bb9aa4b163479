// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import type { ClientCore, RequestOptions, ApiPromise } from "../runtime/index.js";
import type { SubscriptionTypeList } from "../models.js";

/** Arguments of `subscriptionTypes.list`. */
export type SubscriptionTypesListParams = Record<string, never>;

/**
 * List subscription types
 *
 * You can list all subscription types. A list of subscription type objects will be returned.
 *
 * `GET /subscription_types`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await subscriptionTypesList(client);
 * ```
 */
export function subscriptionTypesList(
  client: ClientCore,
  params: SubscriptionTypesListParams = {},
  options?: RequestOptions,
): ApiPromise<SubscriptionTypeList> {
  return client.request<SubscriptionTypeList>(
    { method: "GET", path: "/subscription_types", response: "json" },
    params,
    options,
  );
}

/** The `subscriptionTypes` operations, bound to a client. */
export interface SubscriptionTypes {
  /**
   * List subscription types
   *
   * You can list all subscription types. A list of subscription type objects will be returned.
   *
   * `GET /subscription_types`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.subscriptionTypes.list();
   * ```
   */
  list(params?: SubscriptionTypesListParams, options?: RequestOptions): ApiPromise<SubscriptionTypeList>;
}

export class SubscriptionTypes {
  constructor(private readonly client: ClientCore) {}

  list(params: SubscriptionTypesListParams = {}, options?: RequestOptions): ApiPromise<SubscriptionTypeList> {
    return subscriptionTypesList(this.client, params, options);
  }
}

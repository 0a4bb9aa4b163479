// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import type { ClientCore, RequestOptions, ApiPromise } from "../runtime/index.js";
import type { AwayStatusReasonList } from "../models.js";

/** Arguments of `awayStatusReasons.listAwayStatusReasons`. */
export type AwayStatusReasonsListAwayStatusReasonsParams = Record<string, never>;

/**
 * List all away status reasons
 *
 * Returns a list of all away status reasons configured for the workspace, including deleted ones.
 *
 * `GET /away_status_reasons`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await awayStatusReasonsListAwayStatusReasons(client);
 * ```
 */
export function awayStatusReasonsListAwayStatusReasons(
  client: ClientCore,
  params: AwayStatusReasonsListAwayStatusReasonsParams = {},
  options?: RequestOptions,
): ApiPromise<AwayStatusReasonList> {
  return client.request<AwayStatusReasonList>(
    { method: "GET", path: "/away_status_reasons", response: "json" },
    params,
    options,
  );
}

/** The `awayStatusReasons` operations, bound to a client. */
export interface AwayStatusReasons {
  /**
   * List all away status reasons
   *
   * Returns a list of all away status reasons configured for the workspace, including deleted ones.
   *
   * `GET /away_status_reasons`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.awayStatusReasons.listAwayStatusReasons();
   * ```
   */
  listAwayStatusReasons(
    params?: AwayStatusReasonsListAwayStatusReasonsParams,
    options?: RequestOptions,
  ): ApiPromise<AwayStatusReasonList>;
}

export class AwayStatusReasons {
  constructor(private readonly client: ClientCore) {}

  listAwayStatusReasons(
    params: AwayStatusReasonsListAwayStatusReasonsParams = {},
    options?: RequestOptions,
  ): ApiPromise<AwayStatusReasonList> {
    return awayStatusReasonsListAwayStatusReasons(this.client, params, options);
  }
}

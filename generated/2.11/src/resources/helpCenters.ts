// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { buildQuery } from "../runtime/query.js";
import type { ClientCore, RequestOptions, ApiPromise } from "../runtime/index.js";
import { HelpCentersCollections } from "./helpCenters.collections.js";
import type { HelpCenter, HelpCenterList } from "../models.js";

/** Arguments of `helpCenters.find`: `help_center_id` in the path. */
export type HelpCentersFindParams = {
  /** The unique identifier for the Help Center which is given by Intercom. */
  help_center_id: string;
};

/**
 * Retrieve a Help Center
 *
 * You can fetch the details of a single Help Center by making a GET request to `https://api.intercom.io/help_center/help_center/<id>`.
 *
 * `GET /help_center/help_centers/{help_center_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Collection not found
 * @example
 * ```ts
 * const result = await helpCentersFind(client, { help_center_id: "123" });
 * ```
 */
export function helpCentersFind(
  client: ClientCore,
  params: HelpCentersFindParams,
  options?: RequestOptions,
): ApiPromise<HelpCenter> {
  return client.request<HelpCenter>(
    {
      method: "GET",
      path: "/help_center/help_centers/{help_center_id}",
      pathParams: ["help_center_id"],
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `helpCenters.list`: `page`, `per_page` in the query. */
export type HelpCentersListParams = {
  /** The page of results to fetch. Defaults to first page */
  page?: number;
  /** How many results to display per page. Defaults to 15 */
  per_page?: number;
};

/**
 * List all Help Centers
 *
 * You can list all Help Centers by making a GET request to `https://api.intercom.io/help_center/help_centers`.
 *
 * `GET /help_center/help_centers`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await helpCentersList(client, { page: 1, per_page: 15 });
 * ```
 */
export function helpCentersList(
  client: ClientCore,
  params: HelpCentersListParams = {},
  options?: RequestOptions,
): ApiPromise<HelpCenterList> {
  return client.request<HelpCenterList>(
    {
      method: "GET",
      path: "/help_center/help_centers",
      query: { params: ["page", "per_page"], serialize: buildQuery },
      response: "json",
    },
    params,
    options,
  );
}

/** The `helpCenters` operations, bound to a client. */
export interface HelpCenters {
  /**
   * Retrieve a Help Center
   *
   * You can fetch the details of a single Help Center by making a GET request to `https://api.intercom.io/help_center/help_center/<id>`.
   *
   * `GET /help_center/help_centers/{help_center_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Collection not found
   * @example
   * ```ts
   * const result = await intercom.helpCenters.find({ help_center_id: "123" });
   * ```
   */
  find(params: HelpCentersFindParams, options?: RequestOptions): ApiPromise<HelpCenter>;
  /**
   * List all Help Centers
   *
   * You can list all Help Centers by making a GET request to `https://api.intercom.io/help_center/help_centers`.
   *
   * `GET /help_center/help_centers`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.helpCenters.list({ page: 1, per_page: 15 });
   * ```
   */
  list(params?: HelpCentersListParams, options?: RequestOptions): ApiPromise<HelpCenterList>;
}

export class HelpCenters {
  readonly collections: HelpCentersCollections;

  constructor(private readonly client: ClientCore) {
    this.collections = new HelpCentersCollections(client);
  }

  find(params: HelpCentersFindParams, options?: RequestOptions): ApiPromise<HelpCenter> {
    return helpCentersFind(this.client, params, options);
  }

  list(params: HelpCentersListParams = {}, options?: RequestOptions): ApiPromise<HelpCenterList> {
    return helpCentersList(this.client, params, options);
  }
}

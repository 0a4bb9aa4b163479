// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { jsonBody } from "../runtime/body.js";
import { paginate } from "../runtime/pagination.js";
import { buildQuery } from "../runtime/query.js";
import type { ClientCore, RequestOptions, ApiPromise, PagePromise } from "../runtime/index.js";
import { HelpCentersCollections } from "./helpCenters.collections.js";
import type {
  CreateHelpCenterRedirectRequest,
  DeletedHelpCenterRedirectObject,
  HelpCenter,
  HelpCenterList,
  HelpCenterRedirect,
  HelpCenterRedirectList,
} from "../models.js";

/** Arguments of `helpCenters.listHelpCenterRedirects`: `help_center_id` in the path; `page`, `per_page` in the query. */
export type HelpCentersListHelpCenterRedirectsParams = {
  /** The unique identifier for the help center. */
  help_center_id: string;
  /** The page of results to fetch. Defaults to the first page. */
  page?: number;
  /** The number of results to return per page. Defaults to 50, maximum 250. */
  per_page?: number;
};

/**
 * List all redirects for a help center
 *
 * You can fetch a list of all URL redirects for a help center by making a GET request to `https://api.intercom.io/help_center/help_centers/{help_center_id}/redirects`.
 *
 * Redirects are returned in descending order on the `updated_at` attribute.
 *
 * Requires the `read_help_center_redirects_scope` OAuth scope.
 *
 * `GET /help_center/help_centers/{help_center_id}/redirects`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Help center not found
 * @example
 * ```ts
 * for await (const item of helpCentersListHelpCenterRedirects(client, { help_center_id: "123", page: 1, per_page: 50 })) console.log(item);
 * ```
 */
export function helpCentersListHelpCenterRedirects(
  client: ClientCore,
  params: HelpCentersListHelpCenterRedirectsParams,
  options?: RequestOptions,
): PagePromise<HelpCenterRedirectList, HelpCenterRedirect, HelpCentersListHelpCenterRedirectsParams, number> {
  return paginate<HelpCenterRedirectList, HelpCenterRedirect, HelpCentersListHelpCenterRedirectsParams, number>(
    client,
    {
      method: "GET",
      path: "/help_center/help_centers/{help_center_id}/redirects",
      pathParams: ["help_center_id"],
      query: { params: ["page", "per_page"], serialize: buildQuery },
      response: "json",
    },
    params,
    options,
    { style: "page", items: "data", pageParam: "page", pages: "pages" },
  );
}

/** Arguments of `helpCenters.createHelpCenterRedirect`: `help_center_id` in the path; the other fields are the json body. */
export type HelpCentersCreateHelpCenterRedirectParams = {
  /** The unique identifier for the help center. */
  help_center_id: string;
} & CreateHelpCenterRedirectRequest;

/**
 * Create a redirect
 *
 * You can create a new URL redirect by making a POST request to `https://api.intercom.io/help_center/help_centers/{help_center_id}/redirects`.
 *
 * Requires the `read_write_help_center_redirects_scope` OAuth scope.
 *
 * `POST /help_center/help_centers/{help_center_id}/redirects`
 * @throws {@link BadRequestError} 400: Bad Request
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Help center not found
 * @throws {@link ConflictError} 409: Conflict
 * @throws {@link UnprocessableEntityError} 422: Unprocessable Entity
 * @example
 * ```ts
 * const result = await helpCentersCreateHelpCenterRedirect(client, {
 *   help_center_id: "123",
 *   from_url: "http://help-center.test/lovelyhelpcenter/old-page",
 *   locale: "en",
 *   target_type: "article",
 *   target_id: "11",
 * });
 * ```
 */
export function helpCentersCreateHelpCenterRedirect(
  client: ClientCore,
  params: HelpCentersCreateHelpCenterRedirectParams,
  options?: RequestOptions,
): ApiPromise<HelpCenterRedirect> {
  return client.request<HelpCenterRedirect>(
    {
      method: "POST",
      path: "/help_center/help_centers/{help_center_id}/redirects",
      pathParams: ["help_center_id"],
      body: jsonBody,
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `helpCenters.retrieveHelpCenterRedirect`: `help_center_id`, `id` in the path. */
export type HelpCentersRetrieveHelpCenterRedirectParams = {
  /** The unique identifier for the help center. */
  help_center_id: string;
  /** The unique identifier for the redirect. */
  id: string;
};

/**
 * Retrieve a redirect
 *
 * You can fetch the details of a single redirect by making a GET request to `https://api.intercom.io/help_center/help_centers/{help_center_id}/redirects/{id}`.
 *
 * Requires the `read_help_center_redirects_scope` OAuth scope.
 *
 * `GET /help_center/help_centers/{help_center_id}/redirects/{id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Not Found
 * @example
 * ```ts
 * const result = await helpCentersRetrieveHelpCenterRedirect(client, { help_center_id: "123", id: "26" });
 * ```
 */
export function helpCentersRetrieveHelpCenterRedirect(
  client: ClientCore,
  params: HelpCentersRetrieveHelpCenterRedirectParams,
  options?: RequestOptions,
): ApiPromise<HelpCenterRedirect> {
  return client.request<HelpCenterRedirect>(
    {
      method: "GET",
      path: "/help_center/help_centers/{help_center_id}/redirects/{id}",
      pathParams: ["help_center_id", "id"],
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `helpCenters.deleteHelpCenterRedirect`: `help_center_id`, `id` in the path. */
export type HelpCentersDeleteHelpCenterRedirectParams = {
  /** The unique identifier for the help center. */
  help_center_id: string;
  /** The unique identifier for the redirect. */
  id: string;
};

/**
 * Delete a redirect
 *
 * You can delete a single redirect by making a DELETE request to `https://api.intercom.io/help_center/help_centers/{help_center_id}/redirects/{id}`.
 *
 * Requires the `read_write_help_center_redirects_scope` OAuth scope.
 *
 * `DELETE /help_center/help_centers/{help_center_id}/redirects/{id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Not Found
 * @example
 * ```ts
 * const result = await helpCentersDeleteHelpCenterRedirect(client, { help_center_id: "123", id: "26" });
 * ```
 */
export function helpCentersDeleteHelpCenterRedirect(
  client: ClientCore,
  params: HelpCentersDeleteHelpCenterRedirectParams,
  options?: RequestOptions,
): ApiPromise<DeletedHelpCenterRedirectObject> {
  return client.request<DeletedHelpCenterRedirectObject>(
    {
      method: "DELETE",
      path: "/help_center/help_centers/{help_center_id}/redirects/{id}",
      pathParams: ["help_center_id", "id"],
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `helpCenters.find`: `help_center_id` in the path. */
export type HelpCentersFindParams = {
  /** The unique identifier for the collection which is given by Intercom. */
  help_center_id: number;
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
 * const result = await helpCentersFind(client, { help_center_id: 123 });
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

/** Arguments of `helpCenters.list`. */
export type HelpCentersListParams = Record<string, never>;

/**
 * List all Help Centers
 *
 * You can list all Help Centers by making a GET request to `https://api.intercom.io/help_center/help_centers`.
 *
 * `GET /help_center/help_centers`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await helpCentersList(client);
 * ```
 */
export function helpCentersList(
  client: ClientCore,
  params: HelpCentersListParams = {},
  options?: RequestOptions,
): ApiPromise<HelpCenterList> {
  return client.request<HelpCenterList>(
    { method: "GET", path: "/help_center/help_centers", response: "json" },
    params,
    options,
  );
}

/** The `helpCenters` operations, bound to a client. */
export interface HelpCenters {
  /**
   * List all redirects for a help center
   *
   * You can fetch a list of all URL redirects for a help center by making a GET request to `https://api.intercom.io/help_center/help_centers/{help_center_id}/redirects`.
   *
   * Redirects are returned in descending order on the `updated_at` attribute.
   *
   * Requires the `read_help_center_redirects_scope` OAuth scope.
   *
   * `GET /help_center/help_centers/{help_center_id}/redirects`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Help center not found
   * @example
   * ```ts
   * for await (const item of intercom.helpCenters.listHelpCenterRedirects({ help_center_id: "123", page: 1, per_page: 50 })) console.log(item);
   * ```
   */
  listHelpCenterRedirects(
    params: HelpCentersListHelpCenterRedirectsParams,
    options?: RequestOptions,
  ): PagePromise<HelpCenterRedirectList, HelpCenterRedirect, HelpCentersListHelpCenterRedirectsParams, number>;
  /**
   * Create a redirect
   *
   * You can create a new URL redirect by making a POST request to `https://api.intercom.io/help_center/help_centers/{help_center_id}/redirects`.
   *
   * Requires the `read_write_help_center_redirects_scope` OAuth scope.
   *
   * `POST /help_center/help_centers/{help_center_id}/redirects`
   * @throws {@link BadRequestError} 400: Bad Request
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Help center not found
   * @throws {@link ConflictError} 409: Conflict
   * @throws {@link UnprocessableEntityError} 422: Unprocessable Entity
   * @example
   * ```ts
   * const result = await intercom.helpCenters.createHelpCenterRedirect({
   *   help_center_id: "123",
   *   from_url: "http://help-center.test/lovelyhelpcenter/old-page",
   *   locale: "en",
   *   target_type: "article",
   *   target_id: "11",
   * });
   * ```
   */
  createHelpCenterRedirect(
    params: HelpCentersCreateHelpCenterRedirectParams,
    options?: RequestOptions,
  ): ApiPromise<HelpCenterRedirect>;
  /**
   * Retrieve a redirect
   *
   * You can fetch the details of a single redirect by making a GET request to `https://api.intercom.io/help_center/help_centers/{help_center_id}/redirects/{id}`.
   *
   * Requires the `read_help_center_redirects_scope` OAuth scope.
   *
   * `GET /help_center/help_centers/{help_center_id}/redirects/{id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Not Found
   * @example
   * ```ts
   * const result = await intercom.helpCenters.retrieveHelpCenterRedirect({ help_center_id: "123", id: "26" });
   * ```
   */
  retrieveHelpCenterRedirect(
    params: HelpCentersRetrieveHelpCenterRedirectParams,
    options?: RequestOptions,
  ): ApiPromise<HelpCenterRedirect>;
  /**
   * Delete a redirect
   *
   * You can delete a single redirect by making a DELETE request to `https://api.intercom.io/help_center/help_centers/{help_center_id}/redirects/{id}`.
   *
   * Requires the `read_write_help_center_redirects_scope` OAuth scope.
   *
   * `DELETE /help_center/help_centers/{help_center_id}/redirects/{id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Not Found
   * @example
   * ```ts
   * const result = await intercom.helpCenters.deleteHelpCenterRedirect({ help_center_id: "123", id: "26" });
   * ```
   */
  deleteHelpCenterRedirect(
    params: HelpCentersDeleteHelpCenterRedirectParams,
    options?: RequestOptions,
  ): ApiPromise<DeletedHelpCenterRedirectObject>;
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
   * const result = await intercom.helpCenters.find({ help_center_id: 123 });
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
   * const result = await intercom.helpCenters.list();
   * ```
   */
  list(params?: HelpCentersListParams, options?: RequestOptions): ApiPromise<HelpCenterList>;
}

export class HelpCenters {
  readonly collections: HelpCentersCollections;

  constructor(private readonly client: ClientCore) {
    this.collections = new HelpCentersCollections(client);
  }

  listHelpCenterRedirects(
    params: HelpCentersListHelpCenterRedirectsParams,
    options?: RequestOptions,
  ): PagePromise<HelpCenterRedirectList, HelpCenterRedirect, HelpCentersListHelpCenterRedirectsParams, number> {
    return helpCentersListHelpCenterRedirects(this.client, params, options);
  }

  createHelpCenterRedirect(
    params: HelpCentersCreateHelpCenterRedirectParams,
    options?: RequestOptions,
  ): ApiPromise<HelpCenterRedirect> {
    return helpCentersCreateHelpCenterRedirect(this.client, params, options);
  }

  retrieveHelpCenterRedirect(
    params: HelpCentersRetrieveHelpCenterRedirectParams,
    options?: RequestOptions,
  ): ApiPromise<HelpCenterRedirect> {
    return helpCentersRetrieveHelpCenterRedirect(this.client, params, options);
  }

  deleteHelpCenterRedirect(
    params: HelpCentersDeleteHelpCenterRedirectParams,
    options?: RequestOptions,
  ): ApiPromise<DeletedHelpCenterRedirectObject> {
    return helpCentersDeleteHelpCenterRedirect(this.client, params, options);
  }

  find(params: HelpCentersFindParams, options?: RequestOptions): ApiPromise<HelpCenter> {
    return helpCentersFind(this.client, params, options);
  }

  list(params: HelpCentersListParams = {}, options?: RequestOptions): ApiPromise<HelpCenterList> {
    return helpCentersList(this.client, params, options);
  }
}

// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { jsonBody } from "../runtime/body.js";
import { paginate } from "../runtime/pagination.js";
import { buildQuery } from "../runtime/query.js";
import type { ClientCore, RequestOptions, ApiPromise, PagePromise } from "../runtime/index.js";
import type {
  Collection,
  CollectionList,
  CreateCollectionRequest,
  DeletedCollectionObject,
  UpdateCollectionRequest,
} from "../models.js";

/** Arguments of `helpCenters.collections.list`: `page`, `per_page` in the query. */
export type HelpCentersCollectionsListParams = {
  /** The page of results to fetch. Defaults to first page */
  page?: number;
  /** How many results to display per page. Defaults to 15 */
  per_page?: number;
};

/**
 * List all collections
 *
 * You can fetch a list of all collections by making a GET request to `https://api.intercom.io/help_center/collections`.
 *
 * Collections will be returned in descending order on the `updated_at` attribute. This means if you need to iterate through results then we'll show the most recently updated collections first.
 *
 * `GET /help_center/collections`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * for await (const item of helpCentersCollectionsList(client, { page: 1, per_page: 15 })) console.log(item);
 * ```
 */
export function helpCentersCollectionsList(
  client: ClientCore,
  params: HelpCentersCollectionsListParams = {},
  options?: RequestOptions,
): PagePromise<CollectionList, Collection, HelpCentersCollectionsListParams, number> {
  return paginate<CollectionList, Collection, HelpCentersCollectionsListParams, number>(
    client,
    {
      method: "GET",
      path: "/help_center/collections",
      query: { params: ["page", "per_page"], serialize: buildQuery },
      response: "json",
    },
    params,
    options,
    { style: "page", items: "data", pageParam: "page", pages: "pages" },
  );
}

/** Arguments of `helpCenters.collections.create`: the other fields are the json body. */
export type HelpCentersCollectionsCreateParams = CreateCollectionRequest;

/**
 * Create a collection
 *
 * You can create a new collection by making a POST request to `https://api.intercom.io/help_center/collections.`
 *
 * `POST /help_center/collections`
 * @throws {@link BadRequestError} 400: Bad Request
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await helpCentersCollectionsCreate(client, { name: "Thanks for everything" });
 * ```
 */
export function helpCentersCollectionsCreate(
  client: ClientCore,
  params: HelpCentersCollectionsCreateParams,
  options?: RequestOptions,
): ApiPromise<Collection> {
  return client.request<Collection>(
    { method: "POST", path: "/help_center/collections", body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `helpCenters.collections.find`: `collection_id` in the path. */
export type HelpCentersCollectionsFindParams = {
  /** The unique identifier for the collection which is given by Intercom. */
  collection_id: number;
};

/**
 * Retrieve a collection
 *
 * You can fetch the details of a single collection by making a GET request to `https://api.intercom.io/help_center/collections/<id>`.
 *
 * `GET /help_center/collections/{collection_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Collection not found
 * @example
 * ```ts
 * const result = await helpCentersCollectionsFind(client, { collection_id: 123 });
 * ```
 */
export function helpCentersCollectionsFind(
  client: ClientCore,
  params: HelpCentersCollectionsFindParams,
  options?: RequestOptions,
): ApiPromise<Collection> {
  return client.request<Collection>(
    {
      method: "GET",
      path: "/help_center/collections/{collection_id}",
      pathParams: ["collection_id"],
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `helpCenters.collections.update`: `collection_id` in the path; the other fields are the json body. */
export type HelpCentersCollectionsUpdateParams = {
  /** The unique identifier for the collection which is given by Intercom. */
  collection_id: number;
} & UpdateCollectionRequest;

/**
 * Update a collection
 *
 * You can update the details of a single collection by making a PUT request to `https://api.intercom.io/collections/<id>`.
 *
 * `PUT /help_center/collections/{collection_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Collection Not Found
 * @example
 * ```ts
 * const result = await helpCentersCollectionsUpdate(client, { collection_id: 123, name: "Update collection name" });
 * ```
 */
export function helpCentersCollectionsUpdate(
  client: ClientCore,
  params: HelpCentersCollectionsUpdateParams,
  options?: RequestOptions,
): ApiPromise<Collection> {
  return client.request<Collection>(
    {
      method: "PUT",
      path: "/help_center/collections/{collection_id}",
      pathParams: ["collection_id"],
      body: jsonBody,
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `helpCenters.collections.delete`: `collection_id` in the path. */
export type HelpCentersCollectionsDeleteParams = {
  /** The unique identifier for the collection which is given by Intercom. */
  collection_id: number;
};

/**
 * Delete a collection
 *
 * You can delete a single collection by making a DELETE request to `https://api.intercom.io/collections/<id>`.
 *
 * `DELETE /help_center/collections/{collection_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: collection Not Found
 * @example
 * ```ts
 * const result = await helpCentersCollectionsDelete(client, { collection_id: 123 });
 * ```
 */
export function helpCentersCollectionsDelete(
  client: ClientCore,
  params: HelpCentersCollectionsDeleteParams,
  options?: RequestOptions,
): ApiPromise<DeletedCollectionObject> {
  return client.request<DeletedCollectionObject>(
    {
      method: "DELETE",
      path: "/help_center/collections/{collection_id}",
      pathParams: ["collection_id"],
      response: "json",
    },
    params,
    options,
  );
}

/** The `helpCenters.collections` operations, bound to a client. */
export interface HelpCentersCollections {
  /**
   * List all collections
   *
   * You can fetch a list of all collections by making a GET request to `https://api.intercom.io/help_center/collections`.
   *
   * Collections will be returned in descending order on the `updated_at` attribute. This means if you need to iterate through results then we'll show the most recently updated collections first.
   *
   * `GET /help_center/collections`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * for await (const item of intercom.helpCenters.collections.list({ page: 1, per_page: 15 })) console.log(item);
   * ```
   */
  list(
    params?: HelpCentersCollectionsListParams,
    options?: RequestOptions,
  ): PagePromise<CollectionList, Collection, HelpCentersCollectionsListParams, number>;
  /**
   * Create a collection
   *
   * You can create a new collection by making a POST request to `https://api.intercom.io/help_center/collections.`
   *
   * `POST /help_center/collections`
   * @throws {@link BadRequestError} 400: Bad Request
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.helpCenters.collections.create({ name: "Thanks for everything" });
   * ```
   */
  create(params: HelpCentersCollectionsCreateParams, options?: RequestOptions): ApiPromise<Collection>;
  /**
   * Retrieve a collection
   *
   * You can fetch the details of a single collection by making a GET request to `https://api.intercom.io/help_center/collections/<id>`.
   *
   * `GET /help_center/collections/{collection_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Collection not found
   * @example
   * ```ts
   * const result = await intercom.helpCenters.collections.find({ collection_id: 123 });
   * ```
   */
  find(params: HelpCentersCollectionsFindParams, options?: RequestOptions): ApiPromise<Collection>;
  /**
   * Update a collection
   *
   * You can update the details of a single collection by making a PUT request to `https://api.intercom.io/collections/<id>`.
   *
   * `PUT /help_center/collections/{collection_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Collection Not Found
   * @example
   * ```ts
   * const result = await intercom.helpCenters.collections.update({ collection_id: 123, name: "Update collection name" });
   * ```
   */
  update(params: HelpCentersCollectionsUpdateParams, options?: RequestOptions): ApiPromise<Collection>;
  /**
   * Delete a collection
   *
   * You can delete a single collection by making a DELETE request to `https://api.intercom.io/collections/<id>`.
   *
   * `DELETE /help_center/collections/{collection_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: collection Not Found
   * @example
   * ```ts
   * const result = await intercom.helpCenters.collections.delete({ collection_id: 123 });
   * ```
   */
  delete(params: HelpCentersCollectionsDeleteParams, options?: RequestOptions): ApiPromise<DeletedCollectionObject>;
}

export class HelpCentersCollections {
  constructor(private readonly client: ClientCore) {}

  list(
    params: HelpCentersCollectionsListParams = {},
    options?: RequestOptions,
  ): PagePromise<CollectionList, Collection, HelpCentersCollectionsListParams, number> {
    return helpCentersCollectionsList(this.client, params, options);
  }

  create(params: HelpCentersCollectionsCreateParams, options?: RequestOptions): ApiPromise<Collection> {
    return helpCentersCollectionsCreate(this.client, params, options);
  }

  find(params: HelpCentersCollectionsFindParams, options?: RequestOptions): ApiPromise<Collection> {
    return helpCentersCollectionsFind(this.client, params, options);
  }

  update(params: HelpCentersCollectionsUpdateParams, options?: RequestOptions): ApiPromise<Collection> {
    return helpCentersCollectionsUpdate(this.client, params, options);
  }

  delete(params: HelpCentersCollectionsDeleteParams, options?: RequestOptions): ApiPromise<DeletedCollectionObject> {
    return helpCentersCollectionsDelete(this.client, params, options);
  }
}

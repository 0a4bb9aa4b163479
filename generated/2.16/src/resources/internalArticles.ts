// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { jsonBody } from "../runtime/body.js";
import { buildQuery } from "../runtime/query.js";
import type { ClientCore, RequestOptions, ApiPromise } from "../runtime/index.js";
import type {
  CreateInternalArticleRequest,
  DeletedInternalArticleObject,
  InternalArticle,
  InternalArticleList,
  InternalArticleSearchResponse,
  Tag,
  UpdateInternalArticleRequest,
} from "../models.js";

/** Arguments of `internalArticles.listInternalArticles`. */
export type InternalArticlesListInternalArticlesParams = Record<string, never>;

/**
 * List all articles
 *
 * You can fetch a list of all internal articles by making a GET request to `https://api.intercom.io/internal_articles`.
 *
 * `GET /internal_articles`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await internalArticlesListInternalArticles(client);
 * ```
 */
export function internalArticlesListInternalArticles(
  client: ClientCore,
  params: InternalArticlesListInternalArticlesParams = {},
  options?: RequestOptions,
): ApiPromise<InternalArticleList> {
  return client.request<InternalArticleList>(
    { method: "GET", path: "/internal_articles", response: "json" },
    params,
    options,
  );
}

/** Arguments of `internalArticles.createInternalArticle`: the other fields are the json body. */
export type InternalArticlesCreateInternalArticleParams = NonNullable<CreateInternalArticleRequest>;

/**
 * Create an internal article
 *
 * You can create a new internal article by making a POST request to `https://api.intercom.io/internal_articles`.
 *
 * `POST /internal_articles`
 * @throws {@link BadRequestError} 400: Bad Request
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await internalArticlesCreateInternalArticle(client, {
 *   title: "Thanks for everything",
 *   body: "Body of the Article",
 *   author_id: 991266252,
 *   owner_id: 991266252,
 * });
 * ```
 */
export function internalArticlesCreateInternalArticle(
  client: ClientCore,
  params: InternalArticlesCreateInternalArticleParams,
  options?: RequestOptions,
): ApiPromise<InternalArticle> {
  return client.request<InternalArticle>(
    { method: "POST", path: "/internal_articles", body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `internalArticles.retrieveInternalArticle`: `internal_article_id` in the path. */
export type InternalArticlesRetrieveInternalArticleParams = {
  /** The unique identifier for the article which is given by Intercom. */
  internal_article_id: number;
};

/**
 * Retrieve an internal article
 *
 * You can fetch the details of a single internal article by making a GET request to `https://api.intercom.io/internal_articles/<id>`.
 *
 * `GET /internal_articles/{internal_article_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Internal article not found
 * @example
 * ```ts
 * const result = await internalArticlesRetrieveInternalArticle(client, { internal_article_id: 123 });
 * ```
 */
export function internalArticlesRetrieveInternalArticle(
  client: ClientCore,
  params: InternalArticlesRetrieveInternalArticleParams,
  options?: RequestOptions,
): ApiPromise<InternalArticle> {
  return client.request<InternalArticle>(
    {
      method: "GET",
      path: "/internal_articles/{internal_article_id}",
      pathParams: ["internal_article_id"],
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `internalArticles.updateInternalArticle`: `internal_article_id` in the path; the other fields are the json body. */
export type InternalArticlesUpdateInternalArticleParams = {
  /** The unique identifier for the internal article which is given by Intercom. */
  internal_article_id: number;
} & UpdateInternalArticleRequest;

/**
 * Update an internal article
 *
 * You can update the details of a single internal article by making a PUT request to `https://api.intercom.io/internal_articles/<id>`.
 *
 * `PUT /internal_articles/{internal_article_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Internal article not found
 * @example
 * ```ts
 * const result = await internalArticlesUpdateInternalArticle(client, {
 *   internal_article_id: 123,
 *   title: "Christmas is here!",
 *   body: "<p>New gifts in store for the jolly season</p>",
 * });
 * ```
 */
export function internalArticlesUpdateInternalArticle(
  client: ClientCore,
  params: InternalArticlesUpdateInternalArticleParams,
  options?: RequestOptions,
): ApiPromise<InternalArticle> {
  return client.request<InternalArticle>(
    {
      method: "PUT",
      path: "/internal_articles/{internal_article_id}",
      pathParams: ["internal_article_id"],
      body: jsonBody,
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `internalArticles.deleteInternalArticle`: `internal_article_id` in the path. */
export type InternalArticlesDeleteInternalArticleParams = {
  /** The unique identifier for the internal article which is given by Intercom. */
  internal_article_id: number;
};

/**
 * Delete an internal article
 *
 * You can delete a single internal article by making a DELETE request to `https://api.intercom.io/internal_articles/<id>`.
 *
 * `DELETE /internal_articles/{internal_article_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Internal article not found
 * @example
 * ```ts
 * const result = await internalArticlesDeleteInternalArticle(client, { internal_article_id: 123 });
 * ```
 */
export function internalArticlesDeleteInternalArticle(
  client: ClientCore,
  params: InternalArticlesDeleteInternalArticleParams,
  options?: RequestOptions,
): ApiPromise<DeletedInternalArticleObject> {
  return client.request<DeletedInternalArticleObject>(
    {
      method: "DELETE",
      path: "/internal_articles/{internal_article_id}",
      pathParams: ["internal_article_id"],
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `internalArticles.attachTagToInternalArticle`: `internal_article_id` in the path; the other fields are the json body. */
export type InternalArticlesAttachTagToInternalArticleParams = {
  /** The unique identifier for the internal article which is given by Intercom. */
  internal_article_id: number;
  /** The unique identifier of the tag to apply, as given by Intercom. */
  id: string;
  /** Optional id of the teammate to attribute the tagging to. Defaults to the authenticating teammate. Does not affect authorization. */
  admin_id?: string | null;
};

/**
 * Add a tag to an internal article
 *
 * Apply an existing tag to an internal article. Returns the tag that was applied.
 *
 * The tag must already exist in the workspace (create tags with the Tags API),
 * and the authenticating teammate must have the `manage_knowledge_base_content`
 * permission.
 *
 * Requires the `read_write_articles_scope` OAuth scope.
 *
 * `POST /internal_articles/{internal_article_id}/tags`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link ForbiddenError} 403: Forbidden
 * @throws {@link NotFoundError} 404: Internal article or tag not found
 * @example
 * ```ts
 * const result = await internalArticlesAttachTagToInternalArticle(client, { internal_article_id: 123, id: "7522907" });
 * ```
 */
export function internalArticlesAttachTagToInternalArticle(
  client: ClientCore,
  params: InternalArticlesAttachTagToInternalArticleParams,
  options?: RequestOptions,
): ApiPromise<Tag> {
  return client.request<Tag>(
    {
      method: "POST",
      path: "/internal_articles/{internal_article_id}/tags",
      pathParams: ["internal_article_id"],
      body: jsonBody,
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `internalArticles.detachTagFromInternalArticle`: `internal_article_id`, `id` in the path. */
export type InternalArticlesDetachTagFromInternalArticleParams = {
  /** The unique identifier for the internal article which is given by Intercom. */
  internal_article_id: number;
  /** The unique identifier of the tag to remove, as given by Intercom. */
  id: string;
};

/**
 * Remove a tag from an internal article. Returns the tag that was removed, with
 * null `applied_at` and `applied_by`.
 *
 * The authenticating teammate must have the `manage_knowledge_base_content`
 * permission.
 *
 * Requires the `read_write_articles_scope` OAuth scope.
 *
 * `DELETE /internal_articles/{internal_article_id}/tags/{id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link ForbiddenError} 403: Forbidden
 * @throws {@link NotFoundError} 404: Internal article or tag not found
 * @example
 * ```ts
 * const result = await internalArticlesDetachTagFromInternalArticle(client, { internal_article_id: 123, id: "7522907" });
 * ```
 */
export function internalArticlesDetachTagFromInternalArticle(
  client: ClientCore,
  params: InternalArticlesDetachTagFromInternalArticleParams,
  options?: RequestOptions,
): ApiPromise<Tag> {
  return client.request<Tag>(
    {
      method: "DELETE",
      path: "/internal_articles/{internal_article_id}/tags/{id}",
      pathParams: ["internal_article_id", "id"],
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `internalArticles.searchInternalArticles`: `folder_id` in the query. */
export type InternalArticlesSearchInternalArticlesParams = {
  /** The ID of the folder to search in. */
  folder_id?: string;
};

/**
 * Search for internal articles
 *
 * You can search for internal articles by making a GET request to `https://api.intercom.io/internal_articles/search`.
 *
 * `GET /internal_articles/search`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await internalArticlesSearchInternalArticles(client, { folder_id: "123" });
 * ```
 */
export function internalArticlesSearchInternalArticles(
  client: ClientCore,
  params: InternalArticlesSearchInternalArticlesParams = {},
  options?: RequestOptions,
): ApiPromise<InternalArticleSearchResponse> {
  return client.request<InternalArticleSearchResponse>(
    {
      method: "GET",
      path: "/internal_articles/search",
      query: { params: ["folder_id"], serialize: buildQuery },
      response: "json",
    },
    params,
    options,
  );
}

/** The `internalArticles` operations, bound to a client. */
export interface InternalArticles {
  /**
   * List all articles
   *
   * You can fetch a list of all internal articles by making a GET request to `https://api.intercom.io/internal_articles`.
   *
   * `GET /internal_articles`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.internalArticles.listInternalArticles();
   * ```
   */
  listInternalArticles(
    params?: InternalArticlesListInternalArticlesParams,
    options?: RequestOptions,
  ): ApiPromise<InternalArticleList>;
  /**
   * Create an internal article
   *
   * You can create a new internal article by making a POST request to `https://api.intercom.io/internal_articles`.
   *
   * `POST /internal_articles`
   * @throws {@link BadRequestError} 400: Bad Request
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.internalArticles.createInternalArticle({
   *   title: "Thanks for everything",
   *   body: "Body of the Article",
   *   author_id: 991266252,
   *   owner_id: 991266252,
   * });
   * ```
   */
  createInternalArticle(
    params: InternalArticlesCreateInternalArticleParams,
    options?: RequestOptions,
  ): ApiPromise<InternalArticle>;
  /**
   * Retrieve an internal article
   *
   * You can fetch the details of a single internal article by making a GET request to `https://api.intercom.io/internal_articles/<id>`.
   *
   * `GET /internal_articles/{internal_article_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Internal article not found
   * @example
   * ```ts
   * const result = await intercom.internalArticles.retrieveInternalArticle({ internal_article_id: 123 });
   * ```
   */
  retrieveInternalArticle(
    params: InternalArticlesRetrieveInternalArticleParams,
    options?: RequestOptions,
  ): ApiPromise<InternalArticle>;
  /**
   * Update an internal article
   *
   * You can update the details of a single internal article by making a PUT request to `https://api.intercom.io/internal_articles/<id>`.
   *
   * `PUT /internal_articles/{internal_article_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Internal article not found
   * @example
   * ```ts
   * const result = await intercom.internalArticles.updateInternalArticle({
   *   internal_article_id: 123,
   *   title: "Christmas is here!",
   *   body: "<p>New gifts in store for the jolly season</p>",
   * });
   * ```
   */
  updateInternalArticle(
    params: InternalArticlesUpdateInternalArticleParams,
    options?: RequestOptions,
  ): ApiPromise<InternalArticle>;
  /**
   * Delete an internal article
   *
   * You can delete a single internal article by making a DELETE request to `https://api.intercom.io/internal_articles/<id>`.
   *
   * `DELETE /internal_articles/{internal_article_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Internal article not found
   * @example
   * ```ts
   * const result = await intercom.internalArticles.deleteInternalArticle({ internal_article_id: 123 });
   * ```
   */
  deleteInternalArticle(
    params: InternalArticlesDeleteInternalArticleParams,
    options?: RequestOptions,
  ): ApiPromise<DeletedInternalArticleObject>;
  /**
   * Add a tag to an internal article
   *
   * Apply an existing tag to an internal article. Returns the tag that was applied.
   *
   * The tag must already exist in the workspace (create tags with the Tags API),
   * and the authenticating teammate must have the `manage_knowledge_base_content`
   * permission.
   *
   * Requires the `read_write_articles_scope` OAuth scope.
   *
   * `POST /internal_articles/{internal_article_id}/tags`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link ForbiddenError} 403: Forbidden
   * @throws {@link NotFoundError} 404: Internal article or tag not found
   * @example
   * ```ts
   * const result = await intercom.internalArticles.attachTagToInternalArticle({ internal_article_id: 123, id: "7522907" });
   * ```
   */
  attachTagToInternalArticle(
    params: InternalArticlesAttachTagToInternalArticleParams,
    options?: RequestOptions,
  ): ApiPromise<Tag>;
  /**
   * Remove a tag from an internal article. Returns the tag that was removed, with
   * null `applied_at` and `applied_by`.
   *
   * The authenticating teammate must have the `manage_knowledge_base_content`
   * permission.
   *
   * Requires the `read_write_articles_scope` OAuth scope.
   *
   * `DELETE /internal_articles/{internal_article_id}/tags/{id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link ForbiddenError} 403: Forbidden
   * @throws {@link NotFoundError} 404: Internal article or tag not found
   * @example
   * ```ts
   * const result = await intercom.internalArticles.detachTagFromInternalArticle({ internal_article_id: 123, id: "7522907" });
   * ```
   */
  detachTagFromInternalArticle(
    params: InternalArticlesDetachTagFromInternalArticleParams,
    options?: RequestOptions,
  ): ApiPromise<Tag>;
  /**
   * Search for internal articles
   *
   * You can search for internal articles by making a GET request to `https://api.intercom.io/internal_articles/search`.
   *
   * `GET /internal_articles/search`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.internalArticles.searchInternalArticles({ folder_id: "123" });
   * ```
   */
  searchInternalArticles(
    params?: InternalArticlesSearchInternalArticlesParams,
    options?: RequestOptions,
  ): ApiPromise<InternalArticleSearchResponse>;
}

export class InternalArticles {
  constructor(private readonly client: ClientCore) {}

  listInternalArticles(
    params: InternalArticlesListInternalArticlesParams = {},
    options?: RequestOptions,
  ): ApiPromise<InternalArticleList> {
    return internalArticlesListInternalArticles(this.client, params, options);
  }

  createInternalArticle(
    params: InternalArticlesCreateInternalArticleParams,
    options?: RequestOptions,
  ): ApiPromise<InternalArticle> {
    return internalArticlesCreateInternalArticle(this.client, params, options);
  }

  retrieveInternalArticle(
    params: InternalArticlesRetrieveInternalArticleParams,
    options?: RequestOptions,
  ): ApiPromise<InternalArticle> {
    return internalArticlesRetrieveInternalArticle(this.client, params, options);
  }

  updateInternalArticle(
    params: InternalArticlesUpdateInternalArticleParams,
    options?: RequestOptions,
  ): ApiPromise<InternalArticle> {
    return internalArticlesUpdateInternalArticle(this.client, params, options);
  }

  deleteInternalArticle(
    params: InternalArticlesDeleteInternalArticleParams,
    options?: RequestOptions,
  ): ApiPromise<DeletedInternalArticleObject> {
    return internalArticlesDeleteInternalArticle(this.client, params, options);
  }

  attachTagToInternalArticle(
    params: InternalArticlesAttachTagToInternalArticleParams,
    options?: RequestOptions,
  ): ApiPromise<Tag> {
    return internalArticlesAttachTagToInternalArticle(this.client, params, options);
  }

  detachTagFromInternalArticle(
    params: InternalArticlesDetachTagFromInternalArticleParams,
    options?: RequestOptions,
  ): ApiPromise<Tag> {
    return internalArticlesDetachTagFromInternalArticle(this.client, params, options);
  }

  searchInternalArticles(
    params: InternalArticlesSearchInternalArticlesParams = {},
    options?: RequestOptions,
  ): ApiPromise<InternalArticleSearchResponse> {
    return internalArticlesSearchInternalArticles(this.client, params, options);
  }
}

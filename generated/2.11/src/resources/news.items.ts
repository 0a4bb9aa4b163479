// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { jsonBody } from "../runtime/body.js";
import type { ClientCore, RequestOptions, ApiPromise } from "../runtime/index.js";
import type { DeletedObject, NewsItem, NewsItemRequest, PaginatedNewsItemResponse } from "../models.js";

/** Arguments of `news.items.list`. */
export type NewsItemsListParams = Record<string, never>;

/**
 * List all news items
 *
 * You can fetch a list of all news items
 *
 * `GET /news/news_items`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await newsItemsList(client);
 * ```
 */
export function newsItemsList(
  client: ClientCore,
  params: NewsItemsListParams = {},
  options?: RequestOptions,
): ApiPromise<PaginatedNewsItemResponse> {
  return client.request<PaginatedNewsItemResponse>(
    { method: "GET", path: "/news/news_items", response: "json" },
    params,
    options,
  );
}

/** Arguments of `news.items.create`: the other fields are the json body. */
export type NewsItemsCreateParams = NewsItemRequest;

/**
 * Create a news item
 *
 * You can create a news item
 *
 * `POST /news/news_items`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await newsItemsCreate(client, {
 *   title: "Halloween is here!",
 *   body: "<p>New costumes in store for this spooky season</p>",
 *   sender_id: 991267734,
 *   state: "live",
 *   deliver_silently: true,
 *   labels: ["Product", "Update"],
 *   reactions: ["😆", "😅"],
 *   newsfeed_assignments: [{ newsfeed_id: 53, published_at: 1664638214 }],
 * });
 * ```
 */
export function newsItemsCreate(
  client: ClientCore,
  params: NewsItemsCreateParams,
  options?: RequestOptions,
): ApiPromise<NewsItem> {
  return client.request<NewsItem>(
    { method: "POST", path: "/news/news_items", body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `news.items.find`: `news_item_id` in the path. */
export type NewsItemsFindParams = {
  /** The unique identifier for the news item which is given by Intercom. */
  news_item_id: string;
};

/**
 * Retrieve a news item
 *
 * You can fetch the details of a single news item.
 *
 * `GET /news/news_items/{news_item_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: News Item Not Found
 * @example
 * ```ts
 * const result = await newsItemsFind(client, { news_item_id: "123" });
 * ```
 */
export function newsItemsFind(
  client: ClientCore,
  params: NewsItemsFindParams,
  options?: RequestOptions,
): ApiPromise<NewsItem> {
  return client.request<NewsItem>(
    { method: "GET", path: "/news/news_items/{news_item_id}", pathParams: ["news_item_id"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `news.items.update`: `news_item_id` in the path; the other fields are the json body. */
export type NewsItemsUpdateParams = {
  /** The unique identifier for the news item which is given by Intercom. */
  news_item_id: string;
} & NewsItemRequest;

/**
 * Update a news item
 *
 * `PUT /news/news_items/{news_item_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: News Item Not Found
 * @example
 * ```ts
 * const result = await newsItemsUpdate(client, {
 *   news_item_id: "123",
 *   title: "Christmas is here!",
 *   body: "<p>New gifts in store for the jolly season</p>",
 *   sender_id: 991267745,
 *   reactions: ["😝", "😂"],
 * });
 * ```
 */
export function newsItemsUpdate(
  client: ClientCore,
  params: NewsItemsUpdateParams,
  options?: RequestOptions,
): ApiPromise<NewsItem> {
  return client.request<NewsItem>(
    {
      method: "PUT",
      path: "/news/news_items/{news_item_id}",
      pathParams: ["news_item_id"],
      body: jsonBody,
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `news.items.delete`: `news_item_id` in the path. */
export type NewsItemsDeleteParams = {
  /** The unique identifier for the news item which is given by Intercom. */
  news_item_id: string;
};

/**
 * Delete a news item
 *
 * You can delete a single news item.
 *
 * `DELETE /news/news_items/{news_item_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: News Item Not Found
 * @example
 * ```ts
 * const result = await newsItemsDelete(client, { news_item_id: "123" });
 * ```
 */
export function newsItemsDelete(
  client: ClientCore,
  params: NewsItemsDeleteParams,
  options?: RequestOptions,
): ApiPromise<DeletedObject> {
  return client.request<DeletedObject>(
    { method: "DELETE", path: "/news/news_items/{news_item_id}", pathParams: ["news_item_id"], response: "json" },
    params,
    options,
  );
}

/** The `news.items` operations, bound to a client. */
export interface NewsItems {
  /**
   * List all news items
   *
   * You can fetch a list of all news items
   *
   * `GET /news/news_items`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.news.items.list();
   * ```
   */
  list(params?: NewsItemsListParams, options?: RequestOptions): ApiPromise<PaginatedNewsItemResponse>;
  /**
   * Create a news item
   *
   * You can create a news item
   *
   * `POST /news/news_items`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.news.items.create({
   *   title: "Halloween is here!",
   *   body: "<p>New costumes in store for this spooky season</p>",
   *   sender_id: 991267734,
   *   state: "live",
   *   deliver_silently: true,
   *   labels: ["Product", "Update"],
   *   reactions: ["😆", "😅"],
   *   newsfeed_assignments: [{ newsfeed_id: 53, published_at: 1664638214 }],
   * });
   * ```
   */
  create(params: NewsItemsCreateParams, options?: RequestOptions): ApiPromise<NewsItem>;
  /**
   * Retrieve a news item
   *
   * You can fetch the details of a single news item.
   *
   * `GET /news/news_items/{news_item_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: News Item Not Found
   * @example
   * ```ts
   * const result = await intercom.news.items.find({ news_item_id: "123" });
   * ```
   */
  find(params: NewsItemsFindParams, options?: RequestOptions): ApiPromise<NewsItem>;
  /**
   * Update a news item
   *
   * `PUT /news/news_items/{news_item_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: News Item Not Found
   * @example
   * ```ts
   * const result = await intercom.news.items.update({
   *   news_item_id: "123",
   *   title: "Christmas is here!",
   *   body: "<p>New gifts in store for the jolly season</p>",
   *   sender_id: 991267745,
   *   reactions: ["😝", "😂"],
   * });
   * ```
   */
  update(params: NewsItemsUpdateParams, options?: RequestOptions): ApiPromise<NewsItem>;
  /**
   * Delete a news item
   *
   * You can delete a single news item.
   *
   * `DELETE /news/news_items/{news_item_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: News Item Not Found
   * @example
   * ```ts
   * const result = await intercom.news.items.delete({ news_item_id: "123" });
   * ```
   */
  delete(params: NewsItemsDeleteParams, options?: RequestOptions): ApiPromise<DeletedObject>;
}

export class NewsItems {
  constructor(private readonly client: ClientCore) {}

  list(params: NewsItemsListParams = {}, options?: RequestOptions): ApiPromise<PaginatedNewsItemResponse> {
    return newsItemsList(this.client, params, options);
  }

  create(params: NewsItemsCreateParams, options?: RequestOptions): ApiPromise<NewsItem> {
    return newsItemsCreate(this.client, params, options);
  }

  find(params: NewsItemsFindParams, options?: RequestOptions): ApiPromise<NewsItem> {
    return newsItemsFind(this.client, params, options);
  }

  update(params: NewsItemsUpdateParams, options?: RequestOptions): ApiPromise<NewsItem> {
    return newsItemsUpdate(this.client, params, options);
  }

  delete(params: NewsItemsDeleteParams, options?: RequestOptions): ApiPromise<DeletedObject> {
    return newsItemsDelete(this.client, params, options);
  }
}

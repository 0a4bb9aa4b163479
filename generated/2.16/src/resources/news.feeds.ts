// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import type { ClientCore, RequestOptions, ApiPromise } from "../runtime/index.js";
import type { Newsfeed, PaginatedResponse } from "../models.js";

/** Arguments of `news.feeds.listItems`: `newsfeed_id` in the path. */
export type NewsFeedsListItemsParams = {
  /** The unique identifier for the news feed item which is given by Intercom. */
  newsfeed_id: string;
};

/**
 * List all live newsfeed items
 *
 * You can fetch a list of all news items that are live on a given newsfeed
 *
 * `GET /news/newsfeeds/{newsfeed_id}/items`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await newsFeedsListItems(client, { newsfeed_id: "123" });
 * ```
 */
export function newsFeedsListItems(
  client: ClientCore,
  params: NewsFeedsListItemsParams,
  options?: RequestOptions,
): ApiPromise<PaginatedResponse> {
  return client.request<PaginatedResponse>(
    { method: "GET", path: "/news/newsfeeds/{newsfeed_id}/items", pathParams: ["newsfeed_id"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `news.feeds.list`. */
export type NewsFeedsListParams = Record<string, never>;

/**
 * List all newsfeeds
 *
 * You can fetch a list of all newsfeeds
 *
 * `GET /news/newsfeeds`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await newsFeedsList(client);
 * ```
 */
export function newsFeedsList(
  client: ClientCore,
  params: NewsFeedsListParams = {},
  options?: RequestOptions,
): ApiPromise<PaginatedResponse> {
  return client.request<PaginatedResponse>(
    { method: "GET", path: "/news/newsfeeds", response: "json" },
    params,
    options,
  );
}

/** Arguments of `news.feeds.find`: `newsfeed_id` in the path. */
export type NewsFeedsFindParams = {
  /** The unique identifier for the news feed item which is given by Intercom. */
  newsfeed_id: string;
};

/**
 * Retrieve a newsfeed
 *
 * You can fetch the details of a single newsfeed
 *
 * `GET /news/newsfeeds/{newsfeed_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await newsFeedsFind(client, { newsfeed_id: "123" });
 * ```
 */
export function newsFeedsFind(
  client: ClientCore,
  params: NewsFeedsFindParams,
  options?: RequestOptions,
): ApiPromise<Newsfeed> {
  return client.request<Newsfeed>(
    { method: "GET", path: "/news/newsfeeds/{newsfeed_id}", pathParams: ["newsfeed_id"], response: "json" },
    params,
    options,
  );
}

/** The `news.feeds` operations, bound to a client. */
export interface NewsFeeds {
  /**
   * List all live newsfeed items
   *
   * You can fetch a list of all news items that are live on a given newsfeed
   *
   * `GET /news/newsfeeds/{newsfeed_id}/items`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.news.feeds.listItems({ newsfeed_id: "123" });
   * ```
   */
  listItems(params: NewsFeedsListItemsParams, options?: RequestOptions): ApiPromise<PaginatedResponse>;
  /**
   * List all newsfeeds
   *
   * You can fetch a list of all newsfeeds
   *
   * `GET /news/newsfeeds`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.news.feeds.list();
   * ```
   */
  list(params?: NewsFeedsListParams, options?: RequestOptions): ApiPromise<PaginatedResponse>;
  /**
   * Retrieve a newsfeed
   *
   * You can fetch the details of a single newsfeed
   *
   * `GET /news/newsfeeds/{newsfeed_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.news.feeds.find({ newsfeed_id: "123" });
   * ```
   */
  find(params: NewsFeedsFindParams, options?: RequestOptions): ApiPromise<Newsfeed>;
}

export class NewsFeeds {
  constructor(private readonly client: ClientCore) {}

  listItems(params: NewsFeedsListItemsParams, options?: RequestOptions): ApiPromise<PaginatedResponse> {
    return newsFeedsListItems(this.client, params, options);
  }

  list(params: NewsFeedsListParams = {}, options?: RequestOptions): ApiPromise<PaginatedResponse> {
    return newsFeedsList(this.client, params, options);
  }

  find(params: NewsFeedsFindParams, options?: RequestOptions): ApiPromise<Newsfeed> {
    return newsFeedsFind(this.client, params, options);
  }
}

// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { jsonBody } from "../runtime/body.js";
import { paginate } from "../runtime/pagination.js";
import { buildQuery } from "../runtime/query.js";
import type { ClientCore, RequestOptions, ApiPromise, PagePromise } from "../runtime/index.js";
import type {
  Article,
  ArticleList,
  ArticleListItem,
  CreateArticleRequest,
  DeletedArticleObject,
  SearchArticlesResponse,
  UpdateArticleRequestBody,
} from "../models.js";

/** Arguments of `articles.list`: `page`, `per_page` in the query. */
export type ArticlesListParams = {
  /** The page of results to fetch. Defaults to first page */
  page?: number;
  /** How many results to display per page. Defaults to 15 */
  per_page?: number;
};

/**
 * List all articles
 *
 * You can fetch a list of all articles by making a GET request to `https://api.intercom.io/articles`.
 *
 * > 📘 How are the articles sorted and ordered?
 * >
 * > Articles will be returned in descending order on the `updated_at` attribute. This means if you need to iterate through results then we'll show the most recently updated articles first.
 *
 * `GET /articles`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * for await (const item of articlesList(client, { page: 1, per_page: 15 })) console.log(item);
 * ```
 */
export function articlesList(
  client: ClientCore,
  params: ArticlesListParams = {},
  options?: RequestOptions,
): PagePromise<ArticleList, ArticleListItem, ArticlesListParams, number> {
  return paginate<ArticleList, ArticleListItem, ArticlesListParams, number>(
    client,
    {
      method: "GET",
      path: "/articles",
      query: { params: ["page", "per_page"], serialize: buildQuery },
      response: "json",
    },
    params,
    options,
    { style: "page", items: "data", pageParam: "page", pages: "pages" },
  );
}

/** Arguments of `articles.create`: the other fields are the json body. */
export type ArticlesCreateParams = CreateArticleRequest;

/**
 * Create an article
 *
 * You can create a new article by making a POST request to `https://api.intercom.io/articles`.
 *
 * `POST /articles`
 * @throws {@link BadRequestError} 400: Bad Request
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await articlesCreate(client, {
 *   title: "Thanks for everything",
 *   description: "Description of the Article",
 *   body: "Body of the Article",
 *   author_id: 991267407,
 *   state: "published",
 *   parent_id: 145,
 *   parent_type: "collection",
 *   translated_content: {
 *     fr: {
 *       title: "Merci pour tout",
 *       description: "Description de l'article",
 *       body: "Corps de l'article",
 *       author_id: 991267407,
 *       state: "published",
 *     },
 *   },
 * });
 * ```
 */
export function articlesCreate(
  client: ClientCore,
  params: ArticlesCreateParams,
  options?: RequestOptions,
): ApiPromise<Article> {
  return client.request<Article>(
    { method: "POST", path: "/articles", body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `articles.find`: `article_id` in the path. */
export type ArticlesFindParams = {
  /** The unique identifier for the article which is given by Intercom. */
  article_id: string;
};

/**
 * Retrieve an article
 *
 * You can fetch the details of a single article by making a GET request to `https://api.intercom.io/articles/<id>`.
 *
 * `GET /articles/{article_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Article not found
 * @example
 * ```ts
 * const result = await articlesFind(client, { article_id: "123" });
 * ```
 */
export function articlesFind(
  client: ClientCore,
  params: ArticlesFindParams,
  options?: RequestOptions,
): ApiPromise<Article> {
  return client.request<Article>(
    { method: "GET", path: "/articles/{article_id}", pathParams: ["article_id"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `articles.update`: `article_id` in the path; the other fields are the json body. */
export type ArticlesUpdateParams = {
  /** The unique identifier for the article which is given by Intercom. */
  article_id: string;
} & UpdateArticleRequestBody;

/**
 * Update an article
 *
 * You can update the details of a single article by making a PUT request to `https://api.intercom.io/articles/<id>`.
 *
 * `PUT /articles/{article_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Article Not Found
 * @example
 * ```ts
 * const result = await articlesUpdate(client, {
 *   article_id: "123",
 *   title: "Christmas is here!",
 *   body: "<p>New gifts in store for the jolly season</p>",
 * });
 * ```
 */
export function articlesUpdate(
  client: ClientCore,
  params: ArticlesUpdateParams,
  options?: RequestOptions,
): ApiPromise<Article> {
  return client.request<Article>(
    { method: "PUT", path: "/articles/{article_id}", pathParams: ["article_id"], body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `articles.delete`: `article_id` in the path. */
export type ArticlesDeleteParams = {
  /** The unique identifier for the article which is given by Intercom. */
  article_id: string;
};

/**
 * Delete an article
 *
 * You can delete a single article by making a DELETE request to `https://api.intercom.io/articles/<id>`.
 *
 * `DELETE /articles/{article_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Article Not Found
 * @example
 * ```ts
 * const result = await articlesDelete(client, { article_id: "123" });
 * ```
 */
export function articlesDelete(
  client: ClientCore,
  params: ArticlesDeleteParams,
  options?: RequestOptions,
): ApiPromise<DeletedArticleObject> {
  return client.request<DeletedArticleObject>(
    { method: "DELETE", path: "/articles/{article_id}", pathParams: ["article_id"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `articles.search`: `phrase`, `state`, `help_center_id`, `highlight` in the query. */
export type ArticlesSearchParams = {
  /** The phrase within your articles to search for. */
  phrase?: string;
  /** The state of the Articles returned. One of `published`, `draft` or `all`. */
  state?: string;
  /** The ID of the Help Center to search in. */
  help_center_id?: number;
  /** Return a highlighted version of the matching content within your articles. Refer to the response schema for more details. */
  highlight?: boolean;
};

/**
 * Search for articles
 *
 * You can search for articles by making a GET request to `https://api.intercom.io/articles/search`.
 *
 * `GET /articles/search`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await articlesSearch(client, {
 *   phrase: "Getting started",
 *   state: "published",
 *   help_center_id: 123,
 *   highlight: false,
 * });
 * ```
 */
export function articlesSearch(
  client: ClientCore,
  params: ArticlesSearchParams = {},
  options?: RequestOptions,
): ApiPromise<SearchArticlesResponse> {
  return client.request<SearchArticlesResponse>(
    {
      method: "GET",
      path: "/articles/search",
      query: { params: ["phrase", "state", "help_center_id", "highlight"], serialize: buildQuery },
      response: "json",
    },
    params,
    options,
  );
}

/** The `articles` operations, bound to a client. */
export interface Articles {
  /**
   * List all articles
   *
   * You can fetch a list of all articles by making a GET request to `https://api.intercom.io/articles`.
   *
   * > 📘 How are the articles sorted and ordered?
   * >
   * > Articles will be returned in descending order on the `updated_at` attribute. This means if you need to iterate through results then we'll show the most recently updated articles first.
   *
   * `GET /articles`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * for await (const item of intercom.articles.list({ page: 1, per_page: 15 })) console.log(item);
   * ```
   */
  list(
    params?: ArticlesListParams,
    options?: RequestOptions,
  ): PagePromise<ArticleList, ArticleListItem, ArticlesListParams, number>;
  /**
   * Create an article
   *
   * You can create a new article by making a POST request to `https://api.intercom.io/articles`.
   *
   * `POST /articles`
   * @throws {@link BadRequestError} 400: Bad Request
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.articles.create({
   *   title: "Thanks for everything",
   *   description: "Description of the Article",
   *   body: "Body of the Article",
   *   author_id: 991267407,
   *   state: "published",
   *   parent_id: 145,
   *   parent_type: "collection",
   *   translated_content: {
   *     fr: {
   *       title: "Merci pour tout",
   *       description: "Description de l'article",
   *       body: "Corps de l'article",
   *       author_id: 991267407,
   *       state: "published",
   *     },
   *   },
   * });
   * ```
   */
  create(params: ArticlesCreateParams, options?: RequestOptions): ApiPromise<Article>;
  /**
   * Retrieve an article
   *
   * You can fetch the details of a single article by making a GET request to `https://api.intercom.io/articles/<id>`.
   *
   * `GET /articles/{article_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Article not found
   * @example
   * ```ts
   * const result = await intercom.articles.find({ article_id: "123" });
   * ```
   */
  find(params: ArticlesFindParams, options?: RequestOptions): ApiPromise<Article>;
  /**
   * Update an article
   *
   * You can update the details of a single article by making a PUT request to `https://api.intercom.io/articles/<id>`.
   *
   * `PUT /articles/{article_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Article Not Found
   * @example
   * ```ts
   * const result = await intercom.articles.update({
   *   article_id: "123",
   *   title: "Christmas is here!",
   *   body: "<p>New gifts in store for the jolly season</p>",
   * });
   * ```
   */
  update(params: ArticlesUpdateParams, options?: RequestOptions): ApiPromise<Article>;
  /**
   * Delete an article
   *
   * You can delete a single article by making a DELETE request to `https://api.intercom.io/articles/<id>`.
   *
   * `DELETE /articles/{article_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Article Not Found
   * @example
   * ```ts
   * const result = await intercom.articles.delete({ article_id: "123" });
   * ```
   */
  delete(params: ArticlesDeleteParams, options?: RequestOptions): ApiPromise<DeletedArticleObject>;
  /**
   * Search for articles
   *
   * You can search for articles by making a GET request to `https://api.intercom.io/articles/search`.
   *
   * `GET /articles/search`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.articles.search({
   *   phrase: "Getting started",
   *   state: "published",
   *   help_center_id: 123,
   *   highlight: false,
   * });
   * ```
   */
  search(params?: ArticlesSearchParams, options?: RequestOptions): ApiPromise<SearchArticlesResponse>;
}

export class Articles {
  constructor(private readonly client: ClientCore) {}

  list(
    params: ArticlesListParams = {},
    options?: RequestOptions,
  ): PagePromise<ArticleList, ArticleListItem, ArticlesListParams, number> {
    return articlesList(this.client, params, options);
  }

  create(params: ArticlesCreateParams, options?: RequestOptions): ApiPromise<Article> {
    return articlesCreate(this.client, params, options);
  }

  find(params: ArticlesFindParams, options?: RequestOptions): ApiPromise<Article> {
    return articlesFind(this.client, params, options);
  }

  update(params: ArticlesUpdateParams, options?: RequestOptions): ApiPromise<Article> {
    return articlesUpdate(this.client, params, options);
  }

  delete(params: ArticlesDeleteParams, options?: RequestOptions): ApiPromise<DeletedArticleObject> {
    return articlesDelete(this.client, params, options);
  }

  search(params: ArticlesSearchParams = {}, options?: RequestOptions): ApiPromise<SearchArticlesResponse> {
    return articlesSearch(this.client, params, options);
  }
}

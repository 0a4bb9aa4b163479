// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { jsonBody } from "../runtime/body.js";
import { paginate } from "../runtime/pagination.js";
import { buildQuery } from "../runtime/query.js";
import type { ClientCore, RequestOptions, ApiPromise, PagePromise } from "../runtime/index.js";
import type {
  Article,
  ArticleList,
  ArticleListItem,
  ArticleSearchResponse,
  ArticleVersion,
  ArticleVersionList,
  ArticleVersionSummary,
  CreateArticleRequestInput,
  DeletedArticleObject,
  PublishArticleDraftRequest,
  Tag,
  UpdateArticleRequestInput,
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
export type ArticlesCreateParams = NonNullable<CreateArticleRequestInput>;

/**
 * Create an article
 *
 * You can create a new article by making a POST request to `https://api.intercom.io/articles`.
 *
 * > 📘 Tags cannot be managed via the Articles API
 * >
 * > Article tags are read-only in responses. To create, update, or delete tags, use the Intercom UI or the Tags API endpoints.
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
 *   author_id: 991267497,
 *   state: "published",
 *   parent_id: 145,
 *   parent_type: "collection",
 *   translated_content: {
 *     fr: {
 *       title: "Merci pour tout",
 *       description: "Description de l'article",
 *       body: "Corps de l'article",
 *       author_id: 991267497,
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
  article_id: number;
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
 * const result = await articlesFind(client, { article_id: 123 });
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
  article_id: number;
} & UpdateArticleRequestInput;

/**
 * Update an article
 *
 * You can update the details of a single article by making a PUT request to `https://api.intercom.io/articles/<id>`.
 *
 * > 📘 Tags cannot be managed via the Articles API
 * >
 * > Article tags are read-only in responses. To create, update, or delete tags, use the Intercom UI or the Tags API endpoints.
 *
 * `PUT /articles/{article_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Article Not Found
 * @example
 * ```ts
 * const result = await articlesUpdate(client, {
 *   article_id: 123,
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
  article_id: number;
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
 * const result = await articlesDelete(client, { article_id: 123 });
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

/** Arguments of `articles.retrieveArticleDraft`: `id` in the path. */
export type ArticlesRetrieveArticleDraftParams = {
  /** The unique identifier for the article which is given by Intercom. */
  id: number;
};

/**
 * Retrieve an article draft
 *
 * Fetch the staged draft of a published article by making a GET request to
 * `https://api.intercom.io/articles/<id>/draft`. The response is the article
 * rendered with its draft content, leaving the live article untouched.
 *
 * A draft exists only when a published article has unpublished changes staged
 * on top of it. Returns `404` when the article has no staged draft.
 *
 * Requires the `read_articles_scope` OAuth scope.
 *
 * `GET /articles/{id}/draft`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Not Found
 * @example
 * ```ts
 * const result = await articlesRetrieveArticleDraft(client, { id: 123 });
 * ```
 */
export function articlesRetrieveArticleDraft(
  client: ClientCore,
  params: ArticlesRetrieveArticleDraftParams,
  options?: RequestOptions,
): ApiPromise<Article> {
  return client.request<Article>(
    { method: "GET", path: "/articles/{id}/draft", pathParams: ["id"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `articles.stageArticleDraft`: `id` in the path; the other fields are the json body. */
export type ArticlesStageArticleDraftParams = {
  /** The unique identifier for the article which is given by Intercom. */
  id: number;
} & UpdateArticleRequestInput;

/**
 * Stage an article draft
 *
 * Stage changes to a published article as a draft by making a PUT request to
 * `https://api.intercom.io/articles/<id>/draft`. The live article remains
 * unchanged until the draft is published.
 *
 * The article must already be published; staging a draft on an article that
 * has never been published returns `422`.
 *
 * Only versioned text content (such as `title` and `body`) is staged.
 * Non-versioned fields like AI availability are ignored, leaving the live
 * values untouched.
 *
 * Requires the `read_write_articles_scope` OAuth scope.
 *
 * `PUT /articles/{id}/draft`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Not Found
 * @throws {@link UnprocessableEntityError} 422: Article must be published before a draft can be staged
 * @example
 * ```ts
 * const result = await articlesStageArticleDraft(client, {
 *   id: 123,
 *   title: "Christmas is here!",
 *   body: "<p>New gifts in store for the jolly season</p>",
 * });
 * ```
 */
export function articlesStageArticleDraft(
  client: ClientCore,
  params: ArticlesStageArticleDraftParams,
  options?: RequestOptions,
): ApiPromise<Article> {
  return client.request<Article>(
    { method: "PUT", path: "/articles/{id}/draft", pathParams: ["id"], body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `articles.publishArticleDraft`: `id` in the path; the other fields are the json body. */
export type ArticlesPublishArticleDraftParams = {
  /** The unique identifier for the article which is given by Intercom. */
  id: number;
} & PublishArticleDraftRequest;

/**
 * Publish an article draft
 *
 * Publish a staged draft by making a POST request to
 * `https://api.intercom.io/articles/<id>/draft/publish`, promoting the draft
 * content to live.
 *
 * On a single-language workspace no body is required. On a multilingual
 * workspace you must list which locales to publish via the `locales` array;
 * omitting it returns `422`. Returns `422` when there is no staged draft to
 * publish, or when a requested locale has no pending changes.
 *
 * Requires the `read_write_articles_scope` OAuth scope.
 *
 * `POST /articles/{id}/draft/publish`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Not Found
 * @throws {@link UnprocessableEntityError} 422: No draft to publish, locales not specified on a multilingual workspace, or a requested locale has no pending changes
 * @example
 * ```ts
 * const result = await articlesPublishArticleDraft(client, { id: 123, locales: ["en", "fr"] });
 * ```
 */
export function articlesPublishArticleDraft(
  client: ClientCore,
  params: ArticlesPublishArticleDraftParams,
  options?: RequestOptions,
): ApiPromise<Article> {
  return client.request<Article>(
    { method: "POST", path: "/articles/{id}/draft/publish", pathParams: ["id"], body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `articles.attachTagToArticle`: `article_id` in the path; the other fields are the json body. */
export type ArticlesAttachTagToArticleParams = {
  /** The unique identifier for the article which is given by Intercom. */
  article_id: number;
  /** The unique identifier of the tag to apply, as given by Intercom. */
  id: string;
  /** Optional id of the teammate to attribute the tagging to. Defaults to the authenticating teammate. Does not affect authorization. */
  admin_id?: string | null;
};

/**
 * Add a tag to an article
 *
 * Apply an existing tag to an article. Returns the tag that was applied.
 *
 * The tag must already exist in the workspace (create tags with the Tags API),
 * and the authenticating teammate must have the `manage_knowledge_base_content`
 * permission.
 *
 * Requires the `read_write_articles_scope` OAuth scope.
 *
 * `POST /articles/{article_id}/tags`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link ForbiddenError} 403: Forbidden
 * @throws {@link NotFoundError} 404: Article or tag not found
 * @example
 * ```ts
 * const result = await articlesAttachTagToArticle(client, { article_id: 123, id: "7522907" });
 * ```
 */
export function articlesAttachTagToArticle(
  client: ClientCore,
  params: ArticlesAttachTagToArticleParams,
  options?: RequestOptions,
): ApiPromise<Tag> {
  return client.request<Tag>(
    {
      method: "POST",
      path: "/articles/{article_id}/tags",
      pathParams: ["article_id"],
      body: jsonBody,
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `articles.detachTagFromArticle`: `article_id`, `id` in the path. */
export type ArticlesDetachTagFromArticleParams = {
  /** The unique identifier for the article which is given by Intercom. */
  article_id: number;
  /** The unique identifier of the tag to remove, as given by Intercom. */
  id: string;
};

/**
 * Remove a tag from an article. Returns the tag that was removed, with null
 * `applied_at` and `applied_by`.
 *
 * The authenticating teammate must have the `manage_knowledge_base_content`
 * permission.
 *
 * Requires the `read_write_articles_scope` OAuth scope.
 *
 * `DELETE /articles/{article_id}/tags/{id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link ForbiddenError} 403: Forbidden
 * @throws {@link NotFoundError} 404: Article or tag not found
 * @example
 * ```ts
 * const result = await articlesDetachTagFromArticle(client, { article_id: 123, id: "7522907" });
 * ```
 */
export function articlesDetachTagFromArticle(
  client: ClientCore,
  params: ArticlesDetachTagFromArticleParams,
  options?: RequestOptions,
): ApiPromise<Tag> {
  return client.request<Tag>(
    { method: "DELETE", path: "/articles/{article_id}/tags/{id}", pathParams: ["article_id", "id"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `articles.listArticleVersions`: `article_id` in the path; `page`, `per_page`, `locale` in the query. */
export type ArticlesListArticleVersionsParams = {
  /** The unique identifier for the article whose versions you are listing. */
  article_id: number;
  /** The page of results to fetch. Defaults to the first page. */
  page?: number;
  /** The number of results to return per page. */
  per_page?: number;
  /** Filter versions to a specific locale. Use the locale identifier (for example `en`, `fr`). If the locale is not configured for the workspace, a `400` is returned. */
  locale?: string;
};

/**
 * List article versions
 *
 * Fetch the version history of an article by making a GET request to
 * `https://api.intercom.io/articles/<article_id>/versions`. Versions are
 * returned newest-first as a paginated list of metadata. Use
 * `GET /articles/{article_id}/versions/{id}` to retrieve a single version
 * with its full content.
 *
 * Requires the `read_articles_scope` OAuth scope.
 *
 * `GET /articles/{article_id}/versions`
 * @throws {@link BadRequestError} 400: Unknown locale
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Not Found
 * @example
 * ```ts
 * for await (const item of articlesListArticleVersions(client, { article_id: 123, page: 1, per_page: 25, locale: "en" })) console.log(item);
 * ```
 */
export function articlesListArticleVersions(
  client: ClientCore,
  params: ArticlesListArticleVersionsParams,
  options?: RequestOptions,
): PagePromise<ArticleVersionList, ArticleVersionSummary, ArticlesListArticleVersionsParams, number> {
  return paginate<ArticleVersionList, ArticleVersionSummary, ArticlesListArticleVersionsParams, number>(
    client,
    {
      method: "GET",
      path: "/articles/{article_id}/versions",
      pathParams: ["article_id"],
      query: { params: ["page", "per_page", "locale"], serialize: buildQuery },
      response: "json",
    },
    params,
    options,
    { style: "page", items: "data", pageParam: "page", pages: "pages" },
  );
}

/** Arguments of `articles.retrieveArticleVersion`: `article_id`, `id` in the path; `locale` in the query. */
export type ArticlesRetrieveArticleVersionParams = {
  /** The unique identifier for the article. */
  article_id: number;
  /** The unique identifier for the version. */
  id: string;
  /** Return the version's content for a specific locale. If the locale is not configured for the workspace, a `400` is returned. */
  locale?: string;
};

/**
 * Retrieve an article version
 *
 * Fetch a single prior version of an article, including its body content,
 * by making a GET request to
 * `https://api.intercom.io/articles/<article_id>/versions/<id>`. Returns
 * the version's full content; the live article remains untouched.
 *
 * Requires the `read_articles_scope` OAuth scope.
 *
 * `GET /articles/{article_id}/versions/{id}`
 * @throws {@link BadRequestError} 400: Unknown locale
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Not Found
 * @example
 * ```ts
 * const result = await articlesRetrieveArticleVersion(client, { article_id: 123, id: "301", locale: "en" });
 * ```
 */
export function articlesRetrieveArticleVersion(
  client: ClientCore,
  params: ArticlesRetrieveArticleVersionParams,
  options?: RequestOptions,
): ApiPromise<ArticleVersion> {
  return client.request<ArticleVersion>(
    {
      method: "GET",
      path: "/articles/{article_id}/versions/{id}",
      pathParams: ["article_id", "id"],
      query: { params: ["locale"], serialize: buildQuery },
      response: "json",
    },
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
): ApiPromise<ArticleSearchResponse> {
  return client.request<ArticleSearchResponse>(
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
   * > 📘 Tags cannot be managed via the Articles API
   * >
   * > Article tags are read-only in responses. To create, update, or delete tags, use the Intercom UI or the Tags API endpoints.
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
   *   author_id: 991267497,
   *   state: "published",
   *   parent_id: 145,
   *   parent_type: "collection",
   *   translated_content: {
   *     fr: {
   *       title: "Merci pour tout",
   *       description: "Description de l'article",
   *       body: "Corps de l'article",
   *       author_id: 991267497,
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
   * const result = await intercom.articles.find({ article_id: 123 });
   * ```
   */
  find(params: ArticlesFindParams, options?: RequestOptions): ApiPromise<Article>;
  /**
   * Update an article
   *
   * You can update the details of a single article by making a PUT request to `https://api.intercom.io/articles/<id>`.
   *
   * > 📘 Tags cannot be managed via the Articles API
   * >
   * > Article tags are read-only in responses. To create, update, or delete tags, use the Intercom UI or the Tags API endpoints.
   *
   * `PUT /articles/{article_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Article Not Found
   * @example
   * ```ts
   * const result = await intercom.articles.update({
   *   article_id: 123,
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
   * const result = await intercom.articles.delete({ article_id: 123 });
   * ```
   */
  delete(params: ArticlesDeleteParams, options?: RequestOptions): ApiPromise<DeletedArticleObject>;
  /**
   * Retrieve an article draft
   *
   * Fetch the staged draft of a published article by making a GET request to
   * `https://api.intercom.io/articles/<id>/draft`. The response is the article
   * rendered with its draft content, leaving the live article untouched.
   *
   * A draft exists only when a published article has unpublished changes staged
   * on top of it. Returns `404` when the article has no staged draft.
   *
   * Requires the `read_articles_scope` OAuth scope.
   *
   * `GET /articles/{id}/draft`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Not Found
   * @example
   * ```ts
   * const result = await intercom.articles.retrieveArticleDraft({ id: 123 });
   * ```
   */
  retrieveArticleDraft(params: ArticlesRetrieveArticleDraftParams, options?: RequestOptions): ApiPromise<Article>;
  /**
   * Stage an article draft
   *
   * Stage changes to a published article as a draft by making a PUT request to
   * `https://api.intercom.io/articles/<id>/draft`. The live article remains
   * unchanged until the draft is published.
   *
   * The article must already be published; staging a draft on an article that
   * has never been published returns `422`.
   *
   * Only versioned text content (such as `title` and `body`) is staged.
   * Non-versioned fields like AI availability are ignored, leaving the live
   * values untouched.
   *
   * Requires the `read_write_articles_scope` OAuth scope.
   *
   * `PUT /articles/{id}/draft`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Not Found
   * @throws {@link UnprocessableEntityError} 422: Article must be published before a draft can be staged
   * @example
   * ```ts
   * const result = await intercom.articles.stageArticleDraft({
   *   id: 123,
   *   title: "Christmas is here!",
   *   body: "<p>New gifts in store for the jolly season</p>",
   * });
   * ```
   */
  stageArticleDraft(params: ArticlesStageArticleDraftParams, options?: RequestOptions): ApiPromise<Article>;
  /**
   * Publish an article draft
   *
   * Publish a staged draft by making a POST request to
   * `https://api.intercom.io/articles/<id>/draft/publish`, promoting the draft
   * content to live.
   *
   * On a single-language workspace no body is required. On a multilingual
   * workspace you must list which locales to publish via the `locales` array;
   * omitting it returns `422`. Returns `422` when there is no staged draft to
   * publish, or when a requested locale has no pending changes.
   *
   * Requires the `read_write_articles_scope` OAuth scope.
   *
   * `POST /articles/{id}/draft/publish`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Not Found
   * @throws {@link UnprocessableEntityError} 422: No draft to publish, locales not specified on a multilingual workspace, or a requested locale has no pending changes
   * @example
   * ```ts
   * const result = await intercom.articles.publishArticleDraft({ id: 123, locales: ["en", "fr"] });
   * ```
   */
  publishArticleDraft(params: ArticlesPublishArticleDraftParams, options?: RequestOptions): ApiPromise<Article>;
  /**
   * Add a tag to an article
   *
   * Apply an existing tag to an article. Returns the tag that was applied.
   *
   * The tag must already exist in the workspace (create tags with the Tags API),
   * and the authenticating teammate must have the `manage_knowledge_base_content`
   * permission.
   *
   * Requires the `read_write_articles_scope` OAuth scope.
   *
   * `POST /articles/{article_id}/tags`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link ForbiddenError} 403: Forbidden
   * @throws {@link NotFoundError} 404: Article or tag not found
   * @example
   * ```ts
   * const result = await intercom.articles.attachTagToArticle({ article_id: 123, id: "7522907" });
   * ```
   */
  attachTagToArticle(params: ArticlesAttachTagToArticleParams, options?: RequestOptions): ApiPromise<Tag>;
  /**
   * Remove a tag from an article. Returns the tag that was removed, with null
   * `applied_at` and `applied_by`.
   *
   * The authenticating teammate must have the `manage_knowledge_base_content`
   * permission.
   *
   * Requires the `read_write_articles_scope` OAuth scope.
   *
   * `DELETE /articles/{article_id}/tags/{id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link ForbiddenError} 403: Forbidden
   * @throws {@link NotFoundError} 404: Article or tag not found
   * @example
   * ```ts
   * const result = await intercom.articles.detachTagFromArticle({ article_id: 123, id: "7522907" });
   * ```
   */
  detachTagFromArticle(params: ArticlesDetachTagFromArticleParams, options?: RequestOptions): ApiPromise<Tag>;
  /**
   * List article versions
   *
   * Fetch the version history of an article by making a GET request to
   * `https://api.intercom.io/articles/<article_id>/versions`. Versions are
   * returned newest-first as a paginated list of metadata. Use
   * `GET /articles/{article_id}/versions/{id}` to retrieve a single version
   * with its full content.
   *
   * Requires the `read_articles_scope` OAuth scope.
   *
   * `GET /articles/{article_id}/versions`
   * @throws {@link BadRequestError} 400: Unknown locale
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Not Found
   * @example
   * ```ts
   * for await (const item of intercom.articles.listArticleVersions({ article_id: 123, page: 1, per_page: 25, locale: "en" })) console.log(item);
   * ```
   */
  listArticleVersions(
    params: ArticlesListArticleVersionsParams,
    options?: RequestOptions,
  ): PagePromise<ArticleVersionList, ArticleVersionSummary, ArticlesListArticleVersionsParams, number>;
  /**
   * Retrieve an article version
   *
   * Fetch a single prior version of an article, including its body content,
   * by making a GET request to
   * `https://api.intercom.io/articles/<article_id>/versions/<id>`. Returns
   * the version's full content; the live article remains untouched.
   *
   * Requires the `read_articles_scope` OAuth scope.
   *
   * `GET /articles/{article_id}/versions/{id}`
   * @throws {@link BadRequestError} 400: Unknown locale
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Not Found
   * @example
   * ```ts
   * const result = await intercom.articles.retrieveArticleVersion({ article_id: 123, id: "301", locale: "en" });
   * ```
   */
  retrieveArticleVersion(
    params: ArticlesRetrieveArticleVersionParams,
    options?: RequestOptions,
  ): ApiPromise<ArticleVersion>;
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
  search(params?: ArticlesSearchParams, options?: RequestOptions): ApiPromise<ArticleSearchResponse>;
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

  retrieveArticleDraft(params: ArticlesRetrieveArticleDraftParams, options?: RequestOptions): ApiPromise<Article> {
    return articlesRetrieveArticleDraft(this.client, params, options);
  }

  stageArticleDraft(params: ArticlesStageArticleDraftParams, options?: RequestOptions): ApiPromise<Article> {
    return articlesStageArticleDraft(this.client, params, options);
  }

  publishArticleDraft(params: ArticlesPublishArticleDraftParams, options?: RequestOptions): ApiPromise<Article> {
    return articlesPublishArticleDraft(this.client, params, options);
  }

  attachTagToArticle(params: ArticlesAttachTagToArticleParams, options?: RequestOptions): ApiPromise<Tag> {
    return articlesAttachTagToArticle(this.client, params, options);
  }

  detachTagFromArticle(params: ArticlesDetachTagFromArticleParams, options?: RequestOptions): ApiPromise<Tag> {
    return articlesDetachTagFromArticle(this.client, params, options);
  }

  listArticleVersions(
    params: ArticlesListArticleVersionsParams,
    options?: RequestOptions,
  ): PagePromise<ArticleVersionList, ArticleVersionSummary, ArticlesListArticleVersionsParams, number> {
    return articlesListArticleVersions(this.client, params, options);
  }

  retrieveArticleVersion(
    params: ArticlesRetrieveArticleVersionParams,
    options?: RequestOptions,
  ): ApiPromise<ArticleVersion> {
    return articlesRetrieveArticleVersion(this.client, params, options);
  }

  search(params: ArticlesSearchParams = {}, options?: RequestOptions): ApiPromise<ArticleSearchResponse> {
    return articlesSearch(this.client, params, options);
  }
}

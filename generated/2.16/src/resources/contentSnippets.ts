// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { jsonBody } from "../runtime/body.js";
import { paginate } from "../runtime/pagination.js";
import { buildQuery } from "../runtime/query.js";
import type { ClientCore, RequestOptions, ApiPromise, PagePromise } from "../runtime/index.js";
import type {
  ContentSnippet,
  ContentSnippetCreateRequest,
  ContentSnippetList,
  ContentSnippetUpdateRequest,
  Tag,
} from "../models.js";

/** Arguments of `contentSnippets.listContentSnippets`: `page`, `per_page` in the query. */
export type ContentSnippetsListContentSnippetsParams = {
  /** The page of results to fetch. */
  page?: number;
  /** The number of results to return per page. Max value of 50. */
  per_page?: number;
};

/**
 * List all content snippets
 *
 * You can fetch a list of all content snippets for a workspace.
 *
 * `GET /content_snippets`
 * @example
 * ```ts
 * for await (const item of contentSnippetsListContentSnippets(client, { page: 1, per_page: 20 })) console.log(item);
 * ```
 */
export function contentSnippetsListContentSnippets(
  client: ClientCore,
  params: ContentSnippetsListContentSnippetsParams = {},
  options?: RequestOptions,
): PagePromise<ContentSnippetList, ContentSnippet, ContentSnippetsListContentSnippetsParams, number> {
  return paginate<ContentSnippetList, ContentSnippet, ContentSnippetsListContentSnippetsParams, number>(
    client,
    {
      method: "GET",
      path: "/content_snippets",
      query: { params: ["page", "per_page"], serialize: buildQuery },
      response: "json",
    },
    params,
    options,
    { style: "page", items: "data", pageParam: "page", pages: "" },
  );
}

/** Arguments of `contentSnippets.createContentSnippet`: the other fields are the json body. */
export type ContentSnippetsCreateContentSnippetParams = ContentSnippetCreateRequest;

/**
 * Create a content snippet
 *
 * You can create a new content snippet.
 *
 * `POST /content_snippets`
 * @throws {@link NotFoundError} 404: Unknown audience IDs
 * @throws {@link UnprocessableEntityError} 422: Validation error
 * @example
 * ```ts
 * const result = await contentSnippetsCreateContentSnippet(client, {
 *   title: "How to reset your password",
 *   json_blocks: [
 *     {
 *       type: "paragraph",
 *       text: "Navigate to Settings > Security > Reset password.",
 *     },
 *   ],
 *   locale: "en",
 *   audience_ids: [1, 2],
 * });
 * ```
 */
export function contentSnippetsCreateContentSnippet(
  client: ClientCore,
  params: ContentSnippetsCreateContentSnippetParams,
  options?: RequestOptions,
): ApiPromise<ContentSnippet> {
  return client.request<ContentSnippet>(
    { method: "POST", path: "/content_snippets", body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `contentSnippets.getContentSnippet`: `id` in the path. */
export type ContentSnippetsGetContentSnippetParams = {
  /** The unique identifier for the content snippet. */
  id: string;
};

/**
 * Retrieve a content snippet
 *
 * You can fetch a single content snippet by its id.
 *
 * `GET /content_snippets/{id}`
 * @throws {@link NotFoundError} 404: Content snippet not found
 * @example
 * ```ts
 * const result = await contentSnippetsGetContentSnippet(client, { id: "123" });
 * ```
 */
export function contentSnippetsGetContentSnippet(
  client: ClientCore,
  params: ContentSnippetsGetContentSnippetParams,
  options?: RequestOptions,
): ApiPromise<ContentSnippet> {
  return client.request<ContentSnippet>(
    { method: "GET", path: "/content_snippets/{id}", pathParams: ["id"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `contentSnippets.updateContentSnippet`: `id` in the path; the other fields are the json body. */
export type ContentSnippetsUpdateContentSnippetParams = {
  /** The unique identifier for the content snippet. */
  id: string;
} & ContentSnippetUpdateRequest;

/**
 * Update a content snippet
 *
 * You can update an existing content snippet.
 *
 * `PUT /content_snippets/{id}`
 * @throws {@link NotFoundError} 404: Content snippet or audience ID not found
 * @throws {@link UnprocessableEntityError} 422: Validation error
 * @example
 * ```ts
 * const result = await contentSnippetsUpdateContentSnippet(client, {
 *   id: "123",
 *   title: "How to reset your password (updated)",
 *   json_blocks: [
 *     {
 *       type: "paragraph",
 *       text: "Go to Settings > Security > Reset password and follow the steps.",
 *     },
 *   ],
 *   audience_ids: [1, 2],
 * });
 * ```
 */
export function contentSnippetsUpdateContentSnippet(
  client: ClientCore,
  params: ContentSnippetsUpdateContentSnippetParams,
  options?: RequestOptions,
): ApiPromise<ContentSnippet> {
  return client.request<ContentSnippet>(
    { method: "PUT", path: "/content_snippets/{id}", pathParams: ["id"], body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `contentSnippets.deleteContentSnippet`: `id` in the path. */
export type ContentSnippetsDeleteContentSnippetParams = {
  /** The unique identifier for the content snippet. */
  id: string;
};

/**
 * Delete a content snippet
 *
 * You can delete a single content snippet by its id.
 *
 * `DELETE /content_snippets/{id}`
 * @throws {@link NotFoundError} 404: Content snippet not found
 * @throws {@link UnprocessableEntityError} 422: Content snippet has procedure dependencies
 * @example
 * ```ts
 * const result = await contentSnippetsDeleteContentSnippet(client, { id: "123" });
 * ```
 */
export function contentSnippetsDeleteContentSnippet(
  client: ClientCore,
  params: ContentSnippetsDeleteContentSnippetParams,
  options?: RequestOptions,
): ApiPromise<undefined> {
  return client.request<undefined>(
    { method: "DELETE", path: "/content_snippets/{id}", pathParams: ["id"], response: "none" },
    params,
    options,
  );
}

/** Arguments of `contentSnippets.attachTagToContentSnippet`: `content_snippet_id` in the path; the other fields are the json body. */
export type ContentSnippetsAttachTagToContentSnippetParams = {
  /** The unique identifier for the content snippet. */
  content_snippet_id: string;
  /** The unique identifier of the tag to apply, as given by Intercom. */
  id: string;
  /** Optional id of the teammate to attribute the tagging to. Defaults to the authenticating teammate. Does not affect authorization. */
  admin_id?: string | null;
};

/**
 * Add a tag to a content snippet
 *
 * Apply an existing tag to a content snippet. Returns the tag that was applied.
 *
 * The tag must already exist in the workspace (create tags with the Tags API),
 * and the authenticating teammate must have the `manage_knowledge_base_content`
 * permission.
 *
 * Requires the `read_write_content_snippets` OAuth scope.
 *
 * `POST /content_snippets/{content_snippet_id}/tags`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link ForbiddenError} 403: Forbidden
 * @throws {@link NotFoundError} 404: Content snippet or tag not found
 * @example
 * ```ts
 * const result = await contentSnippetsAttachTagToContentSnippet(client, { content_snippet_id: "123", id: "7522907" });
 * ```
 */
export function contentSnippetsAttachTagToContentSnippet(
  client: ClientCore,
  params: ContentSnippetsAttachTagToContentSnippetParams,
  options?: RequestOptions,
): ApiPromise<Tag> {
  return client.request<Tag>(
    {
      method: "POST",
      path: "/content_snippets/{content_snippet_id}/tags",
      pathParams: ["content_snippet_id"],
      body: jsonBody,
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `contentSnippets.detachTagFromContentSnippet`: `content_snippet_id`, `id` in the path. */
export type ContentSnippetsDetachTagFromContentSnippetParams = {
  /** The unique identifier for the content snippet. */
  content_snippet_id: string;
  /** The unique identifier of the tag to remove, as given by Intercom. */
  id: string;
};

/**
 * Remove a tag from a content snippet. Returns the tag that was removed, with
 * null `applied_at` and `applied_by`.
 *
 * The authenticating teammate must have the `manage_knowledge_base_content`
 * permission.
 *
 * Requires the `read_write_content_snippets` OAuth scope.
 *
 * `DELETE /content_snippets/{content_snippet_id}/tags/{id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link ForbiddenError} 403: Forbidden
 * @throws {@link NotFoundError} 404: Content snippet or tag not found
 * @example
 * ```ts
 * const result = await contentSnippetsDetachTagFromContentSnippet(client, { content_snippet_id: "123", id: "7522907" });
 * ```
 */
export function contentSnippetsDetachTagFromContentSnippet(
  client: ClientCore,
  params: ContentSnippetsDetachTagFromContentSnippetParams,
  options?: RequestOptions,
): ApiPromise<Tag> {
  return client.request<Tag>(
    {
      method: "DELETE",
      path: "/content_snippets/{content_snippet_id}/tags/{id}",
      pathParams: ["content_snippet_id", "id"],
      response: "json",
    },
    params,
    options,
  );
}

/** The `contentSnippets` operations, bound to a client. */
export interface ContentSnippets {
  /**
   * List all content snippets
   *
   * You can fetch a list of all content snippets for a workspace.
   *
   * `GET /content_snippets`
   * @example
   * ```ts
   * for await (const item of intercom.contentSnippets.listContentSnippets({ page: 1, per_page: 20 })) console.log(item);
   * ```
   */
  listContentSnippets(
    params?: ContentSnippetsListContentSnippetsParams,
    options?: RequestOptions,
  ): PagePromise<ContentSnippetList, ContentSnippet, ContentSnippetsListContentSnippetsParams, number>;
  /**
   * Create a content snippet
   *
   * You can create a new content snippet.
   *
   * `POST /content_snippets`
   * @throws {@link NotFoundError} 404: Unknown audience IDs
   * @throws {@link UnprocessableEntityError} 422: Validation error
   * @example
   * ```ts
   * const result = await intercom.contentSnippets.createContentSnippet({
   *   title: "How to reset your password",
   *   json_blocks: [
   *     {
   *       type: "paragraph",
   *       text: "Navigate to Settings > Security > Reset password.",
   *     },
   *   ],
   *   locale: "en",
   *   audience_ids: [1, 2],
   * });
   * ```
   */
  createContentSnippet(
    params: ContentSnippetsCreateContentSnippetParams,
    options?: RequestOptions,
  ): ApiPromise<ContentSnippet>;
  /**
   * Retrieve a content snippet
   *
   * You can fetch a single content snippet by its id.
   *
   * `GET /content_snippets/{id}`
   * @throws {@link NotFoundError} 404: Content snippet not found
   * @example
   * ```ts
   * const result = await intercom.contentSnippets.getContentSnippet({ id: "123" });
   * ```
   */
  getContentSnippet(
    params: ContentSnippetsGetContentSnippetParams,
    options?: RequestOptions,
  ): ApiPromise<ContentSnippet>;
  /**
   * Update a content snippet
   *
   * You can update an existing content snippet.
   *
   * `PUT /content_snippets/{id}`
   * @throws {@link NotFoundError} 404: Content snippet or audience ID not found
   * @throws {@link UnprocessableEntityError} 422: Validation error
   * @example
   * ```ts
   * const result = await intercom.contentSnippets.updateContentSnippet({
   *   id: "123",
   *   title: "How to reset your password (updated)",
   *   json_blocks: [
   *     {
   *       type: "paragraph",
   *       text: "Go to Settings > Security > Reset password and follow the steps.",
   *     },
   *   ],
   *   audience_ids: [1, 2],
   * });
   * ```
   */
  updateContentSnippet(
    params: ContentSnippetsUpdateContentSnippetParams,
    options?: RequestOptions,
  ): ApiPromise<ContentSnippet>;
  /**
   * Delete a content snippet
   *
   * You can delete a single content snippet by its id.
   *
   * `DELETE /content_snippets/{id}`
   * @throws {@link NotFoundError} 404: Content snippet not found
   * @throws {@link UnprocessableEntityError} 422: Content snippet has procedure dependencies
   * @example
   * ```ts
   * const result = await intercom.contentSnippets.deleteContentSnippet({ id: "123" });
   * ```
   */
  deleteContentSnippet(
    params: ContentSnippetsDeleteContentSnippetParams,
    options?: RequestOptions,
  ): ApiPromise<undefined>;
  /**
   * Add a tag to a content snippet
   *
   * Apply an existing tag to a content snippet. Returns the tag that was applied.
   *
   * The tag must already exist in the workspace (create tags with the Tags API),
   * and the authenticating teammate must have the `manage_knowledge_base_content`
   * permission.
   *
   * Requires the `read_write_content_snippets` OAuth scope.
   *
   * `POST /content_snippets/{content_snippet_id}/tags`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link ForbiddenError} 403: Forbidden
   * @throws {@link NotFoundError} 404: Content snippet or tag not found
   * @example
   * ```ts
   * const result = await intercom.contentSnippets.attachTagToContentSnippet({ content_snippet_id: "123", id: "7522907" });
   * ```
   */
  attachTagToContentSnippet(
    params: ContentSnippetsAttachTagToContentSnippetParams,
    options?: RequestOptions,
  ): ApiPromise<Tag>;
  /**
   * Remove a tag from a content snippet. Returns the tag that was removed, with
   * null `applied_at` and `applied_by`.
   *
   * The authenticating teammate must have the `manage_knowledge_base_content`
   * permission.
   *
   * Requires the `read_write_content_snippets` OAuth scope.
   *
   * `DELETE /content_snippets/{content_snippet_id}/tags/{id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link ForbiddenError} 403: Forbidden
   * @throws {@link NotFoundError} 404: Content snippet or tag not found
   * @example
   * ```ts
   * const result = await intercom.contentSnippets.detachTagFromContentSnippet({ content_snippet_id: "123", id: "7522907" });
   * ```
   */
  detachTagFromContentSnippet(
    params: ContentSnippetsDetachTagFromContentSnippetParams,
    options?: RequestOptions,
  ): ApiPromise<Tag>;
}

export class ContentSnippets {
  constructor(private readonly client: ClientCore) {}

  listContentSnippets(
    params: ContentSnippetsListContentSnippetsParams = {},
    options?: RequestOptions,
  ): PagePromise<ContentSnippetList, ContentSnippet, ContentSnippetsListContentSnippetsParams, number> {
    return contentSnippetsListContentSnippets(this.client, params, options);
  }

  createContentSnippet(
    params: ContentSnippetsCreateContentSnippetParams,
    options?: RequestOptions,
  ): ApiPromise<ContentSnippet> {
    return contentSnippetsCreateContentSnippet(this.client, params, options);
  }

  getContentSnippet(
    params: ContentSnippetsGetContentSnippetParams,
    options?: RequestOptions,
  ): ApiPromise<ContentSnippet> {
    return contentSnippetsGetContentSnippet(this.client, params, options);
  }

  updateContentSnippet(
    params: ContentSnippetsUpdateContentSnippetParams,
    options?: RequestOptions,
  ): ApiPromise<ContentSnippet> {
    return contentSnippetsUpdateContentSnippet(this.client, params, options);
  }

  deleteContentSnippet(
    params: ContentSnippetsDeleteContentSnippetParams,
    options?: RequestOptions,
  ): ApiPromise<undefined> {
    return contentSnippetsDeleteContentSnippet(this.client, params, options);
  }

  attachTagToContentSnippet(
    params: ContentSnippetsAttachTagToContentSnippetParams,
    options?: RequestOptions,
  ): ApiPromise<Tag> {
    return contentSnippetsAttachTagToContentSnippet(this.client, params, options);
  }

  detachTagFromContentSnippet(
    params: ContentSnippetsDetachTagFromContentSnippetParams,
    options?: RequestOptions,
  ): ApiPromise<Tag> {
    return contentSnippetsDetachTagFromContentSnippet(this.client, params, options);
  }
}

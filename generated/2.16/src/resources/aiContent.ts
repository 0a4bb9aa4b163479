// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { jsonBody } from "../runtime/body.js";
import type { ClientCore, RequestOptions, ApiPromise } from "../runtime/index.js";
import type {
  ContentImportSource,
  ContentImportSourcesList,
  CreateContentImportSourceRequest,
  CreateExternalPageRequest,
  ExternalPage,
  ExternalPagesList,
  UpdateContentImportSourceRequest,
  UpdateExternalPageRequest,
} from "../models.js";

/** Arguments of `aiContent.listContentImportSources`. */
export type AiContentListContentImportSourcesParams = Record<string, never>;

/**
 * List content import sources
 *
 * You can retrieve a list of all content import sources for a workspace.
 *
 * `GET /ai/content_import_sources`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await aiContentListContentImportSources(client);
 * ```
 */
export function aiContentListContentImportSources(
  client: ClientCore,
  params: AiContentListContentImportSourcesParams = {},
  options?: RequestOptions,
): ApiPromise<ContentImportSourcesList> {
  return client.request<ContentImportSourcesList>(
    { method: "GET", path: "/ai/content_import_sources", response: "json" },
    params,
    options,
  );
}

/** Arguments of `aiContent.createContentImportSource`: the other fields are the json body. */
export type AiContentCreateContentImportSourceParams = CreateContentImportSourceRequest;

/**
 * Create a content import source
 *
 * You can create a new content import source by sending a POST request to this endpoint.
 *
 * `POST /ai/content_import_sources`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await aiContentCreateContentImportSource(client, { sync_behavior: "api", url: "https://www.example.com" });
 * ```
 */
export function aiContentCreateContentImportSource(
  client: ClientCore,
  params: AiContentCreateContentImportSourceParams,
  options?: RequestOptions,
): ApiPromise<ContentImportSource> {
  return client.request<ContentImportSource>(
    { method: "POST", path: "/ai/content_import_sources", body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `aiContent.getContentImportSource`: `source_id` in the path. */
export type AiContentGetContentImportSourceParams = {
  /** The unique identifier for the content import source which is given by Intercom. */
  source_id: string;
};

/**
 * Retrieve a content import source
 *
 * `GET /ai/content_import_sources/{source_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await aiContentGetContentImportSource(client, { source_id: "…" });
 * ```
 */
export function aiContentGetContentImportSource(
  client: ClientCore,
  params: AiContentGetContentImportSourceParams,
  options?: RequestOptions,
): ApiPromise<ContentImportSource> {
  return client.request<ContentImportSource>(
    { method: "GET", path: "/ai/content_import_sources/{source_id}", pathParams: ["source_id"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `aiContent.updateContentImportSource`: `source_id` in the path; the other fields are the json body. */
export type AiContentUpdateContentImportSourceParams = {
  /** The unique identifier for the content import source which is given by Intercom. */
  source_id: string;
} & UpdateContentImportSourceRequest;

/**
 * Update a content import source
 *
 * You can update an existing content import source.
 *
 * `PUT /ai/content_import_sources/{source_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await aiContentUpdateContentImportSource(client, { source_id: "…", sync_behavior: "api", url: "https://www.example.com" });
 * ```
 */
export function aiContentUpdateContentImportSource(
  client: ClientCore,
  params: AiContentUpdateContentImportSourceParams,
  options?: RequestOptions,
): ApiPromise<ContentImportSource> {
  return client.request<ContentImportSource>(
    {
      method: "PUT",
      path: "/ai/content_import_sources/{source_id}",
      pathParams: ["source_id"],
      body: jsonBody,
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `aiContent.deleteContentImportSource`: `source_id` in the path. */
export type AiContentDeleteContentImportSourceParams = {
  /** The unique identifier for the content import source which is given by Intercom. */
  source_id: string;
};

/**
 * Delete a content import source
 *
 * You can delete a content import source by making a DELETE request this endpoint. This will also delete all external pages that were imported from this source.
 *
 * `DELETE /ai/content_import_sources/{source_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await aiContentDeleteContentImportSource(client, { source_id: "…" });
 * ```
 */
export function aiContentDeleteContentImportSource(
  client: ClientCore,
  params: AiContentDeleteContentImportSourceParams,
  options?: RequestOptions,
): ApiPromise<undefined> {
  return client.request<undefined>(
    { method: "DELETE", path: "/ai/content_import_sources/{source_id}", pathParams: ["source_id"], response: "none" },
    params,
    options,
  );
}

/** Arguments of `aiContent.listExternalPages`. */
export type AiContentListExternalPagesParams = Record<string, never>;

/**
 * List external pages
 *
 * You can retrieve a list of all external pages for a workspace.
 *
 * `GET /ai/external_pages`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await aiContentListExternalPages(client);
 * ```
 */
export function aiContentListExternalPages(
  client: ClientCore,
  params: AiContentListExternalPagesParams = {},
  options?: RequestOptions,
): ApiPromise<ExternalPagesList> {
  return client.request<ExternalPagesList>(
    { method: "GET", path: "/ai/external_pages", response: "json" },
    params,
    options,
  );
}

/** Arguments of `aiContent.createExternalPage`: the other fields are the json body. */
export type AiContentCreateExternalPageParams = CreateExternalPageRequest;

/**
 * Create an external page (or update an external page by external ID)
 *
 * You can create a new external page by sending a POST request to this endpoint. If an external page already exists with the specified source_id and external_id, it will be updated instead.
 *
 * `POST /ai/external_pages`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await aiContentCreateExternalPage(client, {
 *   title: "Test",
 *   html: "<html><body><h1>Test</h1></body></html>",
 *   url: "https://www.example.com",
 *   locale: "en",
 *   source_id: 44,
 *   external_id: "abc1234",
 * });
 * ```
 */
export function aiContentCreateExternalPage(
  client: ClientCore,
  params: AiContentCreateExternalPageParams,
  options?: RequestOptions,
): ApiPromise<ExternalPage> {
  return client.request<ExternalPage>(
    { method: "POST", path: "/ai/external_pages", body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `aiContent.getExternalPage`: `page_id` in the path. */
export type AiContentGetExternalPageParams = {
  /** The unique identifier for the external page which is given by Intercom. */
  page_id: string;
};

/**
 * Retrieve an external page
 *
 * You can retrieve an external page.
 *
 * `GET /ai/external_pages/{page_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await aiContentGetExternalPage(client, { page_id: "…" });
 * ```
 */
export function aiContentGetExternalPage(
  client: ClientCore,
  params: AiContentGetExternalPageParams,
  options?: RequestOptions,
): ApiPromise<ExternalPage> {
  return client.request<ExternalPage>(
    { method: "GET", path: "/ai/external_pages/{page_id}", pathParams: ["page_id"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `aiContent.updateExternalPage`: `page_id` in the path; the other fields are the json body. */
export type AiContentUpdateExternalPageParams = {
  /** The unique identifier for the external page which is given by Intercom. */
  page_id: string;
} & UpdateExternalPageRequest;

/**
 * Update an external page
 *
 * You can update an existing external page (if it was created via the API).
 *
 * `PUT /ai/external_pages/{page_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await aiContentUpdateExternalPage(client, {
 *   page_id: "…",
 *   title: "Test",
 *   html: "<html><body><h1>Test</h1></body></html>",
 *   url: "https://www.example.com",
 *   locale: "en",
 *   source_id: 47,
 *   external_id: "5678",
 * });
 * ```
 */
export function aiContentUpdateExternalPage(
  client: ClientCore,
  params: AiContentUpdateExternalPageParams,
  options?: RequestOptions,
): ApiPromise<ExternalPage> {
  return client.request<ExternalPage>(
    { method: "PUT", path: "/ai/external_pages/{page_id}", pathParams: ["page_id"], body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `aiContent.deleteExternalPage`: `page_id` in the path. */
export type AiContentDeleteExternalPageParams = {
  /** The unique identifier for the external page which is given by Intercom. */
  page_id: string;
};

/**
 * Delete an external page
 *
 * Sending a DELETE request for an external page will remove it from the content library UI and from being used for AI answers.
 *
 * `DELETE /ai/external_pages/{page_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await aiContentDeleteExternalPage(client, { page_id: "…" });
 * ```
 */
export function aiContentDeleteExternalPage(
  client: ClientCore,
  params: AiContentDeleteExternalPageParams,
  options?: RequestOptions,
): ApiPromise<ExternalPage> {
  return client.request<ExternalPage>(
    { method: "DELETE", path: "/ai/external_pages/{page_id}", pathParams: ["page_id"], response: "json" },
    params,
    options,
  );
}

/** The `aiContent` operations, bound to a client. */
export interface AiContent {
  /**
   * List content import sources
   *
   * You can retrieve a list of all content import sources for a workspace.
   *
   * `GET /ai/content_import_sources`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.aiContent.listContentImportSources();
   * ```
   */
  listContentImportSources(
    params?: AiContentListContentImportSourcesParams,
    options?: RequestOptions,
  ): ApiPromise<ContentImportSourcesList>;
  /**
   * Create a content import source
   *
   * You can create a new content import source by sending a POST request to this endpoint.
   *
   * `POST /ai/content_import_sources`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.aiContent.createContentImportSource({ sync_behavior: "api", url: "https://www.example.com" });
   * ```
   */
  createContentImportSource(
    params: AiContentCreateContentImportSourceParams,
    options?: RequestOptions,
  ): ApiPromise<ContentImportSource>;
  /**
   * Retrieve a content import source
   *
   * `GET /ai/content_import_sources/{source_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.aiContent.getContentImportSource({ source_id: "…" });
   * ```
   */
  getContentImportSource(
    params: AiContentGetContentImportSourceParams,
    options?: RequestOptions,
  ): ApiPromise<ContentImportSource>;
  /**
   * Update a content import source
   *
   * You can update an existing content import source.
   *
   * `PUT /ai/content_import_sources/{source_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.aiContent.updateContentImportSource({ source_id: "…", sync_behavior: "api", url: "https://www.example.com" });
   * ```
   */
  updateContentImportSource(
    params: AiContentUpdateContentImportSourceParams,
    options?: RequestOptions,
  ): ApiPromise<ContentImportSource>;
  /**
   * Delete a content import source
   *
   * You can delete a content import source by making a DELETE request this endpoint. This will also delete all external pages that were imported from this source.
   *
   * `DELETE /ai/content_import_sources/{source_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.aiContent.deleteContentImportSource({ source_id: "…" });
   * ```
   */
  deleteContentImportSource(
    params: AiContentDeleteContentImportSourceParams,
    options?: RequestOptions,
  ): ApiPromise<undefined>;
  /**
   * List external pages
   *
   * You can retrieve a list of all external pages for a workspace.
   *
   * `GET /ai/external_pages`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.aiContent.listExternalPages();
   * ```
   */
  listExternalPages(params?: AiContentListExternalPagesParams, options?: RequestOptions): ApiPromise<ExternalPagesList>;
  /**
   * Create an external page (or update an external page by external ID)
   *
   * You can create a new external page by sending a POST request to this endpoint. If an external page already exists with the specified source_id and external_id, it will be updated instead.
   *
   * `POST /ai/external_pages`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.aiContent.createExternalPage({
   *   title: "Test",
   *   html: "<html><body><h1>Test</h1></body></html>",
   *   url: "https://www.example.com",
   *   locale: "en",
   *   source_id: 44,
   *   external_id: "abc1234",
   * });
   * ```
   */
  createExternalPage(params: AiContentCreateExternalPageParams, options?: RequestOptions): ApiPromise<ExternalPage>;
  /**
   * Retrieve an external page
   *
   * You can retrieve an external page.
   *
   * `GET /ai/external_pages/{page_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.aiContent.getExternalPage({ page_id: "…" });
   * ```
   */
  getExternalPage(params: AiContentGetExternalPageParams, options?: RequestOptions): ApiPromise<ExternalPage>;
  /**
   * Update an external page
   *
   * You can update an existing external page (if it was created via the API).
   *
   * `PUT /ai/external_pages/{page_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.aiContent.updateExternalPage({
   *   page_id: "…",
   *   title: "Test",
   *   html: "<html><body><h1>Test</h1></body></html>",
   *   url: "https://www.example.com",
   *   locale: "en",
   *   source_id: 47,
   *   external_id: "5678",
   * });
   * ```
   */
  updateExternalPage(params: AiContentUpdateExternalPageParams, options?: RequestOptions): ApiPromise<ExternalPage>;
  /**
   * Delete an external page
   *
   * Sending a DELETE request for an external page will remove it from the content library UI and from being used for AI answers.
   *
   * `DELETE /ai/external_pages/{page_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.aiContent.deleteExternalPage({ page_id: "…" });
   * ```
   */
  deleteExternalPage(params: AiContentDeleteExternalPageParams, options?: RequestOptions): ApiPromise<ExternalPage>;
}

export class AiContent {
  constructor(private readonly client: ClientCore) {}

  listContentImportSources(
    params: AiContentListContentImportSourcesParams = {},
    options?: RequestOptions,
  ): ApiPromise<ContentImportSourcesList> {
    return aiContentListContentImportSources(this.client, params, options);
  }

  createContentImportSource(
    params: AiContentCreateContentImportSourceParams,
    options?: RequestOptions,
  ): ApiPromise<ContentImportSource> {
    return aiContentCreateContentImportSource(this.client, params, options);
  }

  getContentImportSource(
    params: AiContentGetContentImportSourceParams,
    options?: RequestOptions,
  ): ApiPromise<ContentImportSource> {
    return aiContentGetContentImportSource(this.client, params, options);
  }

  updateContentImportSource(
    params: AiContentUpdateContentImportSourceParams,
    options?: RequestOptions,
  ): ApiPromise<ContentImportSource> {
    return aiContentUpdateContentImportSource(this.client, params, options);
  }

  deleteContentImportSource(
    params: AiContentDeleteContentImportSourceParams,
    options?: RequestOptions,
  ): ApiPromise<undefined> {
    return aiContentDeleteContentImportSource(this.client, params, options);
  }

  listExternalPages(
    params: AiContentListExternalPagesParams = {},
    options?: RequestOptions,
  ): ApiPromise<ExternalPagesList> {
    return aiContentListExternalPages(this.client, params, options);
  }

  createExternalPage(params: AiContentCreateExternalPageParams, options?: RequestOptions): ApiPromise<ExternalPage> {
    return aiContentCreateExternalPage(this.client, params, options);
  }

  getExternalPage(params: AiContentGetExternalPageParams, options?: RequestOptions): ApiPromise<ExternalPage> {
    return aiContentGetExternalPage(this.client, params, options);
  }

  updateExternalPage(params: AiContentUpdateExternalPageParams, options?: RequestOptions): ApiPromise<ExternalPage> {
    return aiContentUpdateExternalPage(this.client, params, options);
  }

  deleteExternalPage(params: AiContentDeleteExternalPageParams, options?: RequestOptions): ApiPromise<ExternalPage> {
    return aiContentDeleteExternalPage(this.client, params, options);
  }
}

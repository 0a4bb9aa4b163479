// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { jsonBody } from "../runtime/body.js";
import { paginate } from "../runtime/pagination.js";
import { buildQuery } from "../runtime/query.js";
import type { ClientCore, RequestOptions, ApiPromise, PagePromise } from "../runtime/index.js";
import type {
  ContentBulkActionRequest,
  ContentBulkActionResponse,
  ContentSearchResponse,
  ContentSearchResult,
} from "../models.js";

/** Arguments of `content.bulkContentActions`: the other fields are the json body. */
export type ContentBulkContentActionsParams = ContentBulkActionRequest;

/**
 * Run a bulk action on Knowledge Hub content
 *
 * Asynchronously run a bulk action over up to 1,000 Knowledge Hub content items.
 *
 * Six actions are supported:
 * * `publish` and `unpublish` — apply to `article_content` only.
 * * `delete` — permanently delete content (excludes synced sources and `external_content`).
 * * `set_availability` — toggle Fin AI Agent, Copilot, and Sales Agent availability flags.
 * * `set_audience` — manage segment membership on content.
 * * `update_tags` — apply and/or remove existing tags on content. Unlike the other
 * actions, `update_tags` addresses articles by the parent `article` id, not
 * `article_content`. Tags must already exist and not be archived; supply at least one of
 * `add_tag_ids` / `remove_tag_ids`.
 *
 * The endpoint validates the request, enqueues background work, and returns 202 with a
 * placeholder envelope. Items whose `type` is not in the action's allowlist are silently
 * dropped before processing. Articles imported from synced sources (Confluence, Notion,
 * Zendesk, Salesforce Knowledge, etc.) are silently skipped on `delete` — they can only be
 * removed by disconnecting the underlying import source.
 *
 * Requires the `write_content` OAuth scope.
 *
 * `POST /content/bulk_actions`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link ForbiddenError} 403: Forbidden — token is missing the `write_content` OAuth scope
 * @throws {@link UnprocessableEntityError} 422: Invalid action, content_ids, or action-specific parameters
 * @example
 * ```ts
 * const result = await contentBulkContentActions(client, {
 *   action: "publish",
 *   content_ids: [
 *     { type: "article_content", id: "12345678" },
 *     { type: "article_content", id: "12345679" },
 *   ],
 * });
 * ```
 */
export function contentBulkContentActions(
  client: ClientCore,
  params: ContentBulkContentActionsParams,
  options?: RequestOptions,
): ApiPromise<ContentBulkActionResponse> {
  return client.request<ContentBulkActionResponse>(
    { method: "POST", path: "/content/bulk_actions", body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `content.searchContent`: `query`, `page`, `per_page`, `states`, `locales`, `tag_ids`, `tag_operator`, `any_tag_ids`, `folder_ids`, `folder_entity_type`, `content_types`, `copilot_state`, `fin_service_state`, `fin_sales_state`, `created_by_ids`, `last_updated_by_ids`, `created_at_after`, `created_at_before`, `updated_at_after`, `updated_at_before` in the query. */
export type ContentSearchContentParams = {
  /** A free-text search term matched against the title and body of each content item. When omitted, returns the most recent content items. */
  query?: string;
  /**
   * The page number to fetch. Defaults to 1. Values below 1 are clamped to 1.
   * @default 1
   */
  page?: number;
  /**
   * Number of results per page. Defaults to 10. Maximum 50.
   * @default 10
   */
  per_page?: number;
  /** Filter by publication state. Accepts a comma-separated list or repeated params. */
  states?: Array<"published" | "draft">;
  /** Filter by locale codes (e.g. `en`, `fr`, `de`). Accepts a comma-separated list or repeated params. */
  locales?: string[];
  /** Filter by tag IDs. Pairs with `tag_operator` to control match semantics. Accepts a comma-separated list or repeated params. */
  tag_ids?: number[];
  /** Match operator paired with `tag_ids`. `IN` returns content matching any of the given tags; `NIN` excludes content matching any of them. */
  tag_operator?: "IN" | "NIN";
  /** Filter by tag IDs using OR semantics — returns content matching any of the given tags. Alternative to `tag_ids` + `tag_operator`. Accepts a comma-separated list or repeated params. */
  any_tag_ids?: number[];
  /** Filter by folder IDs. Must be sent together with `folder_entity_type`. Accepts a comma-separated list or repeated params. */
  folder_ids?: number[];
  /** Required when `folder_ids` is provided. Identifies the entity type the folder IDs refer to. */
  folder_entity_type?: "folder";
  /** Restrict the search to specific content types. When provided, this REPLACES the default content type set rather than filtering on top of it. Accepts a comma-separated list or repeated params. */
  content_types?: Array<"snippet" | "external_content" | "file_source_content" | "internal_article" | "article">;
  /** Filter by whether the content is enabled for Copilot. */
  copilot_state?: "on" | "off";
  /** Filter by whether the content is enabled for Fin AI Agent (customer-facing service). */
  fin_service_state?: "on" | "off";
  /** Filter by whether the content is enabled for Fin Sales Agent. */
  fin_sales_state?: "on" | "off";
  /** Filter by the admin IDs that created the content. Accepts a comma-separated list or repeated params. */
  created_by_ids?: number[];
  /** Filter by the admin IDs that last updated the content. Accepts a comma-separated list or repeated params. */
  last_updated_by_ids?: number[];
  /** Return content created at or after this time. Unix epoch seconds. */
  created_at_after?: number;
  /** Return content created at or before this time. Unix epoch seconds. */
  created_at_before?: number;
  /** Return content last updated at or after this time. Unix epoch seconds. */
  updated_at_after?: number;
  /** Return content last updated at or before this time. Unix epoch seconds. */
  updated_at_before?: number;
};

/**
 * Search knowledge base contents
 *
 * Search the knowledge base contents — articles, snippets, external pages, uploaded files, and internal articles — using a keyword query.
 *
 * Each result row has a `type` discriminator. Most types (`content_snippet`, `external_content`, `file_source_content`, `internal_article`) return a flat `{ type, id, title }` shape. Help center articles return a nested shape with a `contents[]` array, one entry per locale.
 *
 * Requires the `read_content` OAuth scope.
 *
 * `GET /content/search`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link UnprocessableEntityError} 422: Validation Error
 * @example
 * ```ts
 * for await (const item of contentSearchContent(client, {
 *   query: "billing",
 *   page: 1,
 *   per_page: 10,
 *   states: ["published", "draft"],
 *   locales: ["en", "fr"],
 *   tag_ids: [1, 2],
 *   tag_operator: "IN",
 *   any_tag_ids: [1, 2],
 *   folder_ids: [10, 20],
 *   folder_entity_type: "folder",
 *   content_types: ["article", "snippet"],
 *   copilot_state: "on",
 *   fin_service_state: "on",
 *   fin_sales_state: "on",
 *   created_by_ids: [991267464, 991267465],
 *   last_updated_by_ids: [991267464, 991267465],
 *   created_at_after: 1677253093,
 *   created_at_before: 1677861493,
 *   updated_at_after: 1677253093,
 *   updated_at_before: 1677861493,
 * })) console.log(item);
 * ```
 */
export function contentSearchContent(
  client: ClientCore,
  params: ContentSearchContentParams = {},
  options?: RequestOptions,
): PagePromise<ContentSearchResponse, ContentSearchResult, ContentSearchContentParams, number> {
  return paginate<ContentSearchResponse, ContentSearchResult, ContentSearchContentParams, number>(
    client,
    {
      method: "GET",
      path: "/content/search",
      query: {
        params: [
          "query",
          "page",
          "per_page",
          { name: "states", explode: false },
          { name: "locales", explode: false },
          { name: "tag_ids", explode: false },
          "tag_operator",
          { name: "any_tag_ids", explode: false },
          { name: "folder_ids", explode: false },
          "folder_entity_type",
          { name: "content_types", explode: false },
          "copilot_state",
          "fin_service_state",
          "fin_sales_state",
          { name: "created_by_ids", explode: false },
          { name: "last_updated_by_ids", explode: false },
          "created_at_after",
          "created_at_before",
          "updated_at_after",
          "updated_at_before",
        ],
        serialize: buildQuery,
      },
      response: "json",
    },
    params,
    options,
    { style: "page", items: "data", pageParam: "page", pages: "pages" },
  );
}

/** The `content` operations, bound to a client. */
export interface Content {
  /**
   * Run a bulk action on Knowledge Hub content
   *
   * Asynchronously run a bulk action over up to 1,000 Knowledge Hub content items.
   *
   * Six actions are supported:
   * * `publish` and `unpublish` — apply to `article_content` only.
   * * `delete` — permanently delete content (excludes synced sources and `external_content`).
   * * `set_availability` — toggle Fin AI Agent, Copilot, and Sales Agent availability flags.
   * * `set_audience` — manage segment membership on content.
   * * `update_tags` — apply and/or remove existing tags on content. Unlike the other
   * actions, `update_tags` addresses articles by the parent `article` id, not
   * `article_content`. Tags must already exist and not be archived; supply at least one of
   * `add_tag_ids` / `remove_tag_ids`.
   *
   * The endpoint validates the request, enqueues background work, and returns 202 with a
   * placeholder envelope. Items whose `type` is not in the action's allowlist are silently
   * dropped before processing. Articles imported from synced sources (Confluence, Notion,
   * Zendesk, Salesforce Knowledge, etc.) are silently skipped on `delete` — they can only be
   * removed by disconnecting the underlying import source.
   *
   * Requires the `write_content` OAuth scope.
   *
   * `POST /content/bulk_actions`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link ForbiddenError} 403: Forbidden — token is missing the `write_content` OAuth scope
   * @throws {@link UnprocessableEntityError} 422: Invalid action, content_ids, or action-specific parameters
   * @example
   * ```ts
   * const result = await intercom.content.bulkContentActions({
   *   action: "publish",
   *   content_ids: [
   *     { type: "article_content", id: "12345678" },
   *     { type: "article_content", id: "12345679" },
   *   ],
   * });
   * ```
   */
  bulkContentActions(
    params: ContentBulkContentActionsParams,
    options?: RequestOptions,
  ): ApiPromise<ContentBulkActionResponse>;
  /**
   * Search knowledge base contents
   *
   * Search the knowledge base contents — articles, snippets, external pages, uploaded files, and internal articles — using a keyword query.
   *
   * Each result row has a `type` discriminator. Most types (`content_snippet`, `external_content`, `file_source_content`, `internal_article`) return a flat `{ type, id, title }` shape. Help center articles return a nested shape with a `contents[]` array, one entry per locale.
   *
   * Requires the `read_content` OAuth scope.
   *
   * `GET /content/search`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link UnprocessableEntityError} 422: Validation Error
   * @example
   * ```ts
   * for await (const item of intercom.content.searchContent({
   *   query: "billing",
   *   page: 1,
   *   per_page: 10,
   *   states: ["published", "draft"],
   *   locales: ["en", "fr"],
   *   tag_ids: [1, 2],
   *   tag_operator: "IN",
   *   any_tag_ids: [1, 2],
   *   folder_ids: [10, 20],
   *   folder_entity_type: "folder",
   *   content_types: ["article", "snippet"],
   *   copilot_state: "on",
   *   fin_service_state: "on",
   *   fin_sales_state: "on",
   *   created_by_ids: [991267464, 991267465],
   *   last_updated_by_ids: [991267464, 991267465],
   *   created_at_after: 1677253093,
   *   created_at_before: 1677861493,
   *   updated_at_after: 1677253093,
   *   updated_at_before: 1677861493,
   * })) console.log(item);
   * ```
   */
  searchContent(
    params?: ContentSearchContentParams,
    options?: RequestOptions,
  ): PagePromise<ContentSearchResponse, ContentSearchResult, ContentSearchContentParams, number>;
}

export class Content {
  constructor(private readonly client: ClientCore) {}

  bulkContentActions(
    params: ContentBulkContentActionsParams,
    options?: RequestOptions,
  ): ApiPromise<ContentBulkActionResponse> {
    return contentBulkContentActions(this.client, params, options);
  }

  searchContent(
    params: ContentSearchContentParams = {},
    options?: RequestOptions,
  ): PagePromise<ContentSearchResponse, ContentSearchResult, ContentSearchContentParams, number> {
    return contentSearchContent(this.client, params, options);
  }
}

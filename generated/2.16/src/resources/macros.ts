// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { paginate } from "../runtime/pagination.js";
import { buildQuery } from "../runtime/query.js";
import type { ClientCore, RequestOptions, ApiPromise, PagePromise } from "../runtime/index.js";
import type { Macro, MacroList } from "../models.js";

/** Arguments of `macros.getMacro`: `id` in the path. */
export type MacrosGetMacroParams = {
  /** The unique identifier of the macro */
  id: string;
};

/**
 * Retrieve a macro
 *
 * You can fetch a single macro (saved reply) by its ID. The macro will only be returned if it is visible to the authenticated user based on its visibility settings.
 *
 * **Visibility Rules**
 *
 * A macro is returned based on its `visible_to` setting:
 * - `everyone`: Always visible to all team members
 * - `specific_teams`: Only visible if the authenticated user belongs to one of the teams specified in `visible_to_team_ids`
 *
 * If a macro exists but is not visible to the authenticated user, a 404 error is returned.
 *
 * **Placeholder Transformation**
 *
 * The API transforms Intercom placeholders to a more standard XML-like format in the `body` field:
 * - From: `{{user.name | fallback: 'there'}}`
 * - To: `<attribute key="user.name" default="there"/>`
 *
 * Default values in placeholders are HTML-escaped for security.
 *
 * `GET /macros/{id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link ForbiddenError} 403: Forbidden - missing required OAuth scope
 * @throws {@link NotFoundError} 404: Macro not found or not accessible
 * @example
 * ```ts
 * const result = await macrosGetMacro(client, { id: "123" });
 * ```
 */
export function macrosGetMacro(
  client: ClientCore,
  params: MacrosGetMacroParams,
  options?: RequestOptions,
): ApiPromise<Macro> {
  return client.request<Macro>(
    { method: "GET", path: "/macros/{id}", pathParams: ["id"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `macros.listMacros`: `per_page`, `starting_after`, `updated_since` in the query. */
export type MacrosListMacrosParams = {
  /**
   * The number of results per page
   * @default 50
   */
  per_page?: number;
  /** Base64-encoded cursor containing [updated_at, id] for pagination */
  starting_after?: string;
  /** Unix timestamp to filter macros updated after this time */
  updated_since?: number;
};

/**
 * List all macros
 *
 * You can fetch a list of all macros (saved replies) in your workspace for use in automating responses.
 *
 * The macros are returned in descending order by updated_at.
 *
 * **Pagination**
 *
 * This endpoint uses cursor-based pagination via the `starting_after` parameter. The cursor is a Base64-encoded JSON array containing `[updated_at, id]` of the last item from the previous page.
 *
 * **Placeholder Transformation**
 *
 * The API transforms Intercom placeholders to a more standard XML-like format:
 * - From: `{{user.name | fallback: 'there'}}`
 * - To: `<attribute key="user.name" default="there"/>`
 *
 * `GET /macros`
 * @throws {@link BadRequestError} 400: Bad Request
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link ForbiddenError} 403: Forbidden - missing required OAuth scope
 * @example
 * ```ts
 * for await (const item of macrosListMacros(client, {
 *   per_page: 50,
 *   starting_after: "WzE3MTk0OTM3NTcuMCwgIjEyMyJd",
 *   updated_since: 1719474966,
 * })) console.log(item);
 * ```
 */
export function macrosListMacros(
  client: ClientCore,
  params: MacrosListMacrosParams = {},
  options?: RequestOptions,
): PagePromise<MacroList, Macro, MacrosListMacrosParams, string> {
  return paginate<MacroList, Macro, MacrosListMacrosParams, string>(
    client,
    {
      method: "GET",
      path: "/macros",
      query: { params: ["per_page", "starting_after", "updated_since"], serialize: buildQuery },
      response: "json",
    },
    params,
    options,
    { style: "cursor", items: "data", cursorParam: "starting_after", nextCursor: "pages.next.starting_after" },
  );
}

/** The `macros` operations, bound to a client. */
export interface Macros {
  /**
   * Retrieve a macro
   *
   * You can fetch a single macro (saved reply) by its ID. The macro will only be returned if it is visible to the authenticated user based on its visibility settings.
   *
   * **Visibility Rules**
   *
   * A macro is returned based on its `visible_to` setting:
   * - `everyone`: Always visible to all team members
   * - `specific_teams`: Only visible if the authenticated user belongs to one of the teams specified in `visible_to_team_ids`
   *
   * If a macro exists but is not visible to the authenticated user, a 404 error is returned.
   *
   * **Placeholder Transformation**
   *
   * The API transforms Intercom placeholders to a more standard XML-like format in the `body` field:
   * - From: `{{user.name | fallback: 'there'}}`
   * - To: `<attribute key="user.name" default="there"/>`
   *
   * Default values in placeholders are HTML-escaped for security.
   *
   * `GET /macros/{id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link ForbiddenError} 403: Forbidden - missing required OAuth scope
   * @throws {@link NotFoundError} 404: Macro not found or not accessible
   * @example
   * ```ts
   * const result = await intercom.macros.getMacro({ id: "123" });
   * ```
   */
  getMacro(params: MacrosGetMacroParams, options?: RequestOptions): ApiPromise<Macro>;
  /**
   * List all macros
   *
   * You can fetch a list of all macros (saved replies) in your workspace for use in automating responses.
   *
   * The macros are returned in descending order by updated_at.
   *
   * **Pagination**
   *
   * This endpoint uses cursor-based pagination via the `starting_after` parameter. The cursor is a Base64-encoded JSON array containing `[updated_at, id]` of the last item from the previous page.
   *
   * **Placeholder Transformation**
   *
   * The API transforms Intercom placeholders to a more standard XML-like format:
   * - From: `{{user.name | fallback: 'there'}}`
   * - To: `<attribute key="user.name" default="there"/>`
   *
   * `GET /macros`
   * @throws {@link BadRequestError} 400: Bad Request
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link ForbiddenError} 403: Forbidden - missing required OAuth scope
   * @example
   * ```ts
   * for await (const item of intercom.macros.listMacros({
   *   per_page: 50,
   *   starting_after: "WzE3MTk0OTM3NTcuMCwgIjEyMyJd",
   *   updated_since: 1719474966,
   * })) console.log(item);
   * ```
   */
  listMacros(
    params?: MacrosListMacrosParams,
    options?: RequestOptions,
  ): PagePromise<MacroList, Macro, MacrosListMacrosParams, string>;
}

export class Macros {
  constructor(private readonly client: ClientCore) {}

  getMacro(params: MacrosGetMacroParams, options?: RequestOptions): ApiPromise<Macro> {
    return macrosGetMacro(this.client, params, options);
  }

  listMacros(
    params: MacrosListMacrosParams = {},
    options?: RequestOptions,
  ): PagePromise<MacroList, Macro, MacrosListMacrosParams, string> {
    return macrosListMacros(this.client, params, options);
  }
}

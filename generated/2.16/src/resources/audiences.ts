// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { jsonBody } from "../runtime/body.js";
import { paginate } from "../runtime/pagination.js";
import { buildQuery } from "../runtime/query.js";
import type { ClientCore, RequestOptions, ApiPromise, PagePromise } from "../runtime/index.js";
import type { Audience, AudienceList, CreateAudienceRequest, UpdateAudienceRequest } from "../models.js";

/** Arguments of `audiences.listAudiences`: `page`, `per_page` in the query. */
export type AudiencesListAudiencesParams = {
  /** The page of results to fetch. Defaults to first page. */
  page?: number;
  /** The number of results to return per page. Defaults to 50. Maximum is 50. */
  per_page?: number;
};

/**
 * List all audiences
 *
 * You can fetch a list of all audiences for the workspace.
 *
 * `GET /audiences`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * for await (const item of audiencesListAudiences(client, { page: 1, per_page: 50 })) console.log(item);
 * ```
 */
export function audiencesListAudiences(
  client: ClientCore,
  params: AudiencesListAudiencesParams = {},
  options?: RequestOptions,
): PagePromise<AudienceList, Audience, AudiencesListAudiencesParams, number> {
  return paginate<AudienceList, Audience, AudiencesListAudiencesParams, number>(
    client,
    {
      method: "GET",
      path: "/audiences",
      query: { params: ["page", "per_page"], serialize: buildQuery },
      response: "json",
    },
    params,
    options,
    { style: "page", items: "data", pageParam: "page", pages: "" },
  );
}

/** Arguments of `audiences.createAudience`: the other fields are the json body. */
export type AudiencesCreateAudienceParams = CreateAudienceRequest;

/**
 * Create an audience
 *
 * You can create a new audience by making a POST request to `https://api.intercom.io/audiences`.
 *
 * `POST /audiences`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link UnprocessableEntityError} 422: Validation error
 * @example
 * ```ts
 * const result = await audiencesCreateAudience(client, {
 *   name: "VIP Customers",
 *   predicates: [
 *     {
 *       attribute: "company.name",
 *       type: "string",
 *       comparison: "contains",
 *       value: "Acme",
 *     },
 *   ],
 *   role_predicates: [{ attribute: "role", type: "role", comparison: "eq", value: "user" }],
 * });
 * ```
 */
export function audiencesCreateAudience(
  client: ClientCore,
  params: AudiencesCreateAudienceParams,
  options?: RequestOptions,
): ApiPromise<Audience> {
  return client.request<Audience>(
    { method: "POST", path: "/audiences", body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `audiences.retrieveAudience`: `id` in the path. */
export type AudiencesRetrieveAudienceParams = {
  /** The unique identifier for the audience. */
  id: string;
};

/**
 * Retrieve an audience
 *
 * You can fetch the details of a single audience by making a GET request to `https://api.intercom.io/audiences/{id}`.
 *
 * `GET /audiences/{id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Audience not found
 * @example
 * ```ts
 * const result = await audiencesRetrieveAudience(client, { id: "123" });
 * ```
 */
export function audiencesRetrieveAudience(
  client: ClientCore,
  params: AudiencesRetrieveAudienceParams,
  options?: RequestOptions,
): ApiPromise<Audience> {
  return client.request<Audience>(
    { method: "GET", path: "/audiences/{id}", pathParams: ["id"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `audiences.updateAudience`: `id` in the path; the other fields are the json body. */
export type AudiencesUpdateAudienceParams = {
  /** The unique identifier for the audience. */
  id: string;
} & UpdateAudienceRequest;

/**
 * Update an audience
 *
 * You can update the details of a single audience by making a PUT request to `https://api.intercom.io/audiences/{id}`.
 *
 * `PUT /audiences/{id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Audience not found
 * @throws {@link UnprocessableEntityError} 422: Validation error
 * @example
 * ```ts
 * const result = await audiencesUpdateAudience(client, {
 *   id: "123",
 *   name: "Enterprise Accounts",
 *   predicates: [
 *     {
 *       attribute: "custom_attributes.plan",
 *       type: "string",
 *       comparison: "eq",
 *       value: "enterprise",
 *     },
 *   ],
 * });
 * ```
 */
export function audiencesUpdateAudience(
  client: ClientCore,
  params: AudiencesUpdateAudienceParams,
  options?: RequestOptions,
): ApiPromise<Audience> {
  return client.request<Audience>(
    { method: "PUT", path: "/audiences/{id}", pathParams: ["id"], body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `audiences.deleteAudience`: `id` in the path. */
export type AudiencesDeleteAudienceParams = {
  /** The unique identifier for the audience. */
  id: string;
};

/**
 * Delete an audience
 *
 * You can delete a single audience by making a DELETE request to `https://api.intercom.io/audiences/{id}`.
 *
 * `DELETE /audiences/{id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Audience not found
 * @example
 * ```ts
 * const result = await audiencesDeleteAudience(client, { id: "123" });
 * ```
 */
export function audiencesDeleteAudience(
  client: ClientCore,
  params: AudiencesDeleteAudienceParams,
  options?: RequestOptions,
): ApiPromise<undefined> {
  return client.request<undefined>(
    { method: "DELETE", path: "/audiences/{id}", pathParams: ["id"], response: "none" },
    params,
    options,
  );
}

/** The `audiences` operations, bound to a client. */
export interface Audiences {
  /**
   * List all audiences
   *
   * You can fetch a list of all audiences for the workspace.
   *
   * `GET /audiences`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * for await (const item of intercom.audiences.listAudiences({ page: 1, per_page: 50 })) console.log(item);
   * ```
   */
  listAudiences(
    params?: AudiencesListAudiencesParams,
    options?: RequestOptions,
  ): PagePromise<AudienceList, Audience, AudiencesListAudiencesParams, number>;
  /**
   * Create an audience
   *
   * You can create a new audience by making a POST request to `https://api.intercom.io/audiences`.
   *
   * `POST /audiences`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link UnprocessableEntityError} 422: Validation error
   * @example
   * ```ts
   * const result = await intercom.audiences.createAudience({
   *   name: "VIP Customers",
   *   predicates: [
   *     {
   *       attribute: "company.name",
   *       type: "string",
   *       comparison: "contains",
   *       value: "Acme",
   *     },
   *   ],
   *   role_predicates: [{ attribute: "role", type: "role", comparison: "eq", value: "user" }],
   * });
   * ```
   */
  createAudience(params: AudiencesCreateAudienceParams, options?: RequestOptions): ApiPromise<Audience>;
  /**
   * Retrieve an audience
   *
   * You can fetch the details of a single audience by making a GET request to `https://api.intercom.io/audiences/{id}`.
   *
   * `GET /audiences/{id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Audience not found
   * @example
   * ```ts
   * const result = await intercom.audiences.retrieveAudience({ id: "123" });
   * ```
   */
  retrieveAudience(params: AudiencesRetrieveAudienceParams, options?: RequestOptions): ApiPromise<Audience>;
  /**
   * Update an audience
   *
   * You can update the details of a single audience by making a PUT request to `https://api.intercom.io/audiences/{id}`.
   *
   * `PUT /audiences/{id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Audience not found
   * @throws {@link UnprocessableEntityError} 422: Validation error
   * @example
   * ```ts
   * const result = await intercom.audiences.updateAudience({
   *   id: "123",
   *   name: "Enterprise Accounts",
   *   predicates: [
   *     {
   *       attribute: "custom_attributes.plan",
   *       type: "string",
   *       comparison: "eq",
   *       value: "enterprise",
   *     },
   *   ],
   * });
   * ```
   */
  updateAudience(params: AudiencesUpdateAudienceParams, options?: RequestOptions): ApiPromise<Audience>;
  /**
   * Delete an audience
   *
   * You can delete a single audience by making a DELETE request to `https://api.intercom.io/audiences/{id}`.
   *
   * `DELETE /audiences/{id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Audience not found
   * @example
   * ```ts
   * const result = await intercom.audiences.deleteAudience({ id: "123" });
   * ```
   */
  deleteAudience(params: AudiencesDeleteAudienceParams, options?: RequestOptions): ApiPromise<undefined>;
}

export class Audiences {
  constructor(private readonly client: ClientCore) {}

  listAudiences(
    params: AudiencesListAudiencesParams = {},
    options?: RequestOptions,
  ): PagePromise<AudienceList, Audience, AudiencesListAudiencesParams, number> {
    return audiencesListAudiences(this.client, params, options);
  }

  createAudience(params: AudiencesCreateAudienceParams, options?: RequestOptions): ApiPromise<Audience> {
    return audiencesCreateAudience(this.client, params, options);
  }

  retrieveAudience(params: AudiencesRetrieveAudienceParams, options?: RequestOptions): ApiPromise<Audience> {
    return audiencesRetrieveAudience(this.client, params, options);
  }

  updateAudience(params: AudiencesUpdateAudienceParams, options?: RequestOptions): ApiPromise<Audience> {
    return audiencesUpdateAudience(this.client, params, options);
  }

  deleteAudience(params: AudiencesDeleteAudienceParams, options?: RequestOptions): ApiPromise<undefined> {
    return audiencesDeleteAudience(this.client, params, options);
  }
}

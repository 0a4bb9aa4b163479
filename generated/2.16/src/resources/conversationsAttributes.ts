// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { jsonBody } from "../runtime/body.js";
import { buildQuery } from "../runtime/query.js";
import type { ClientCore, RequestOptions, ApiPromise } from "../runtime/index.js";
import type {
  ConversationAttribute,
  ConversationAttributeList,
  CreateConversationAttributeOptionRequest,
  CreateConversationAttributeRequest,
  UpdateConversationAttributeOptionRequest,
  UpdateConversationAttributeRequest,
} from "../models.js";

/** Arguments of `conversationsAttributes.listConversationAttributes`: `include_archived` in the query. */
export type ConversationsAttributesListConversationAttributesParams = {
  /** Include archived attributes in the list. Default `false`. */
  include_archived?: boolean;
};

/**
 * List all conversation attributes
 *
 * You can fetch a list of all conversation attributes for your workspace.
 *
 * `GET /conversations/attributes`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await conversationsAttributesListConversationAttributes(client, { include_archived: false });
 * ```
 */
export function conversationsAttributesListConversationAttributes(
  client: ClientCore,
  params: ConversationsAttributesListConversationAttributesParams = {},
  options?: RequestOptions,
): ApiPromise<ConversationAttributeList> {
  return client.request<ConversationAttributeList>(
    {
      method: "GET",
      path: "/conversations/attributes",
      query: { params: ["include_archived"], serialize: buildQuery },
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `conversationsAttributes.createConversationAttribute`: `body` is the json body. */
export type ConversationsAttributesCreateConversationAttributeParams = {
  body: CreateConversationAttributeRequest;
};

/**
 * Create a conversation attribute
 *
 * Create a new conversation attribute.
 *
 * `POST /conversations/attributes`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link UnprocessableEntityError} 422: Invalid data_type
 * @example
 * ```ts
 * const result = await conversationsAttributesCreateConversationAttribute(client, {
 *   body: {
 *     name: "api_test_attr",
 *     description: "Created via API test",
 *     data_type: "string",
 *   },
 * });
 * ```
 */
export function conversationsAttributesCreateConversationAttribute(
  client: ClientCore,
  params: ConversationsAttributesCreateConversationAttributeParams,
  options?: RequestOptions,
): ApiPromise<ConversationAttribute> {
  return client.request<ConversationAttribute>(
    { method: "POST", path: "/conversations/attributes", body: jsonBody, bodyKey: "body", response: "json" },
    params,
    options,
  );
}

/** Arguments of `conversationsAttributes.getConversationAttribute`: `id` in the path. */
export type ConversationsAttributesGetConversationAttributeParams = {
  /** The conversation attribute id */
  id: number;
};

/**
 * Get a conversation attribute
 *
 * Retrieve a single conversation attribute by ID.
 *
 * `GET /conversations/attributes/{id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Conversation attribute not found
 * @example
 * ```ts
 * const result = await conversationsAttributesGetConversationAttribute(client, { id: 3 });
 * ```
 */
export function conversationsAttributesGetConversationAttribute(
  client: ClientCore,
  params: ConversationsAttributesGetConversationAttributeParams,
  options?: RequestOptions,
): ApiPromise<ConversationAttribute> {
  return client.request<ConversationAttribute>(
    { method: "GET", path: "/conversations/attributes/{id}", pathParams: ["id"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `conversationsAttributes.updateConversationAttribute`: `id` in the path; the other fields are the json body. */
export type ConversationsAttributesUpdateConversationAttributeParams = {
  /** The conversation attribute id */
  id: number;
} & UpdateConversationAttributeRequest;

/**
 * Update a conversation attribute
 *
 * Update an existing conversation attribute.
 *
 * `PUT /conversations/attributes/{id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Conversation attribute not found
 * @example
 * ```ts
 * const result = await conversationsAttributesUpdateConversationAttribute(client, { id: 8, name: "api_test_renamed", description: "Updated via API" });
 * ```
 */
export function conversationsAttributesUpdateConversationAttribute(
  client: ClientCore,
  params: ConversationsAttributesUpdateConversationAttributeParams,
  options?: RequestOptions,
): ApiPromise<ConversationAttribute> {
  return client.request<ConversationAttribute>(
    { method: "PUT", path: "/conversations/attributes/{id}", pathParams: ["id"], body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `conversationsAttributes.deleteConversationAttribute`: `id` in the path. */
export type ConversationsAttributesDeleteConversationAttributeParams = {
  /** The conversation attribute id */
  id: number;
};

/**
 * Delete (archive) a conversation attribute
 *
 * Archive a conversation attribute (soft delete). The attribute is marked as archived but not permanently deleted.
 *
 * `DELETE /conversations/attributes/{id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Conversation attribute not found
 * @example
 * ```ts
 * const result = await conversationsAttributesDeleteConversationAttribute(client, { id: 8 });
 * ```
 */
export function conversationsAttributesDeleteConversationAttribute(
  client: ClientCore,
  params: ConversationsAttributesDeleteConversationAttributeParams,
  options?: RequestOptions,
): ApiPromise<ConversationAttribute> {
  return client.request<ConversationAttribute>(
    { method: "DELETE", path: "/conversations/attributes/{id}", pathParams: ["id"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `conversationsAttributes.createConversationAttributeOption`: `id` in the path; the other fields are the json body. */
export type ConversationsAttributesCreateConversationAttributeOptionParams = {
  /** The conversation attribute id */
  id: number;
} & CreateConversationAttributeOptionRequest;

/**
 * Add an option to a list conversation attribute
 *
 * Add a new option to a list-type conversation attribute. Returns the full attribute with the updated options array.
 *
 * `POST /conversations/attributes/{id}/options`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Conversation attribute not found
 * @throws {@link UnprocessableEntityError} 422: Unprocessable entity
 * @example
 * ```ts
 * const result = await conversationsAttributesCreateConversationAttributeOption(client, { id: 2, label: "High" });
 * ```
 */
export function conversationsAttributesCreateConversationAttributeOption(
  client: ClientCore,
  params: ConversationsAttributesCreateConversationAttributeOptionParams,
  options?: RequestOptions,
): ApiPromise<ConversationAttribute> {
  return client.request<ConversationAttribute>(
    {
      method: "POST",
      path: "/conversations/attributes/{id}/options",
      pathParams: ["id"],
      body: jsonBody,
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `conversationsAttributes.updateConversationAttributeOption`: `id`, `option_id` in the path; the other fields are the json body. */
export type ConversationsAttributesUpdateConversationAttributeOptionParams = {
  /** The conversation attribute id */
  id: number;
  /** The UUID of the list option to update (from the `id` field in the options array) */
  option_id: string;
} & UpdateConversationAttributeOptionRequest;

/**
 * Update an option on a list conversation attribute
 *
 * Update the label of a single option on a list-type conversation attribute. Returns the full attribute with the updated options array.
 *
 * `PUT /conversations/attributes/{id}/options/{option_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Conversation attribute or option not found
 * @throws {@link UnprocessableEntityError} 422: Unprocessable entity
 * @example
 * ```ts
 * const result = await conversationsAttributesUpdateConversationAttributeOption(client, { id: 2, option_id: "a1b2c3d4-e5f6-7890-abcd-ef1234567890", label: "Renamed" });
 * ```
 */
export function conversationsAttributesUpdateConversationAttributeOption(
  client: ClientCore,
  params: ConversationsAttributesUpdateConversationAttributeOptionParams,
  options?: RequestOptions,
): ApiPromise<ConversationAttribute> {
  return client.request<ConversationAttribute>(
    {
      method: "PUT",
      path: "/conversations/attributes/{id}/options/{option_id}",
      pathParams: ["id", "option_id"],
      body: jsonBody,
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `conversationsAttributes.deleteConversationAttributeOption`: `id`, `option_id` in the path. */
export type ConversationsAttributesDeleteConversationAttributeOptionParams = {
  /** The conversation attribute id */
  id: number;
  /** The UUID of the list option to archive (from the `id` field in the options array) */
  option_id: string;
};

/**
 * Archive an option on a list conversation attribute
 *
 * Archive a single option on a list-type conversation attribute (soft delete). The option remains in the response with `archived: true`. Returns the full attribute with the updated options array.
 *
 * `DELETE /conversations/attributes/{id}/options/{option_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Conversation attribute or option not found
 * @throws {@link UnprocessableEntityError} 422: Unprocessable entity
 * @example
 * ```ts
 * const result = await conversationsAttributesDeleteConversationAttributeOption(client, { id: 2, option_id: "a1b2c3d4-e5f6-7890-abcd-ef1234567890" });
 * ```
 */
export function conversationsAttributesDeleteConversationAttributeOption(
  client: ClientCore,
  params: ConversationsAttributesDeleteConversationAttributeOptionParams,
  options?: RequestOptions,
): ApiPromise<ConversationAttribute> {
  return client.request<ConversationAttribute>(
    {
      method: "DELETE",
      path: "/conversations/attributes/{id}/options/{option_id}",
      pathParams: ["id", "option_id"],
      response: "json",
    },
    params,
    options,
  );
}

/** The `conversationsAttributes` operations, bound to a client. */
export interface ConversationsAttributes {
  /**
   * List all conversation attributes
   *
   * You can fetch a list of all conversation attributes for your workspace.
   *
   * `GET /conversations/attributes`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.conversationsAttributes.listConversationAttributes({ include_archived: false });
   * ```
   */
  listConversationAttributes(
    params?: ConversationsAttributesListConversationAttributesParams,
    options?: RequestOptions,
  ): ApiPromise<ConversationAttributeList>;
  /**
   * Create a conversation attribute
   *
   * Create a new conversation attribute.
   *
   * `POST /conversations/attributes`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link UnprocessableEntityError} 422: Invalid data_type
   * @example
   * ```ts
   * const result = await intercom.conversationsAttributes.createConversationAttribute({
   *   body: {
   *     name: "api_test_attr",
   *     description: "Created via API test",
   *     data_type: "string",
   *   },
   * });
   * ```
   */
  createConversationAttribute(
    params: ConversationsAttributesCreateConversationAttributeParams,
    options?: RequestOptions,
  ): ApiPromise<ConversationAttribute>;
  /**
   * Get a conversation attribute
   *
   * Retrieve a single conversation attribute by ID.
   *
   * `GET /conversations/attributes/{id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Conversation attribute not found
   * @example
   * ```ts
   * const result = await intercom.conversationsAttributes.getConversationAttribute({ id: 3 });
   * ```
   */
  getConversationAttribute(
    params: ConversationsAttributesGetConversationAttributeParams,
    options?: RequestOptions,
  ): ApiPromise<ConversationAttribute>;
  /**
   * Update a conversation attribute
   *
   * Update an existing conversation attribute.
   *
   * `PUT /conversations/attributes/{id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Conversation attribute not found
   * @example
   * ```ts
   * const result = await intercom.conversationsAttributes.updateConversationAttribute({ id: 8, name: "api_test_renamed", description: "Updated via API" });
   * ```
   */
  updateConversationAttribute(
    params: ConversationsAttributesUpdateConversationAttributeParams,
    options?: RequestOptions,
  ): ApiPromise<ConversationAttribute>;
  /**
   * Delete (archive) a conversation attribute
   *
   * Archive a conversation attribute (soft delete). The attribute is marked as archived but not permanently deleted.
   *
   * `DELETE /conversations/attributes/{id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Conversation attribute not found
   * @example
   * ```ts
   * const result = await intercom.conversationsAttributes.deleteConversationAttribute({ id: 8 });
   * ```
   */
  deleteConversationAttribute(
    params: ConversationsAttributesDeleteConversationAttributeParams,
    options?: RequestOptions,
  ): ApiPromise<ConversationAttribute>;
  /**
   * Add an option to a list conversation attribute
   *
   * Add a new option to a list-type conversation attribute. Returns the full attribute with the updated options array.
   *
   * `POST /conversations/attributes/{id}/options`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Conversation attribute not found
   * @throws {@link UnprocessableEntityError} 422: Unprocessable entity
   * @example
   * ```ts
   * const result = await intercom.conversationsAttributes.createConversationAttributeOption({ id: 2, label: "High" });
   * ```
   */
  createConversationAttributeOption(
    params: ConversationsAttributesCreateConversationAttributeOptionParams,
    options?: RequestOptions,
  ): ApiPromise<ConversationAttribute>;
  /**
   * Update an option on a list conversation attribute
   *
   * Update the label of a single option on a list-type conversation attribute. Returns the full attribute with the updated options array.
   *
   * `PUT /conversations/attributes/{id}/options/{option_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Conversation attribute or option not found
   * @throws {@link UnprocessableEntityError} 422: Unprocessable entity
   * @example
   * ```ts
   * const result = await intercom.conversationsAttributes.updateConversationAttributeOption({ id: 2, option_id: "a1b2c3d4-e5f6-7890-abcd-ef1234567890", label: "Renamed" });
   * ```
   */
  updateConversationAttributeOption(
    params: ConversationsAttributesUpdateConversationAttributeOptionParams,
    options?: RequestOptions,
  ): ApiPromise<ConversationAttribute>;
  /**
   * Archive an option on a list conversation attribute
   *
   * Archive a single option on a list-type conversation attribute (soft delete). The option remains in the response with `archived: true`. Returns the full attribute with the updated options array.
   *
   * `DELETE /conversations/attributes/{id}/options/{option_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Conversation attribute or option not found
   * @throws {@link UnprocessableEntityError} 422: Unprocessable entity
   * @example
   * ```ts
   * const result = await intercom.conversationsAttributes.deleteConversationAttributeOption({ id: 2, option_id: "a1b2c3d4-e5f6-7890-abcd-ef1234567890" });
   * ```
   */
  deleteConversationAttributeOption(
    params: ConversationsAttributesDeleteConversationAttributeOptionParams,
    options?: RequestOptions,
  ): ApiPromise<ConversationAttribute>;
}

export class ConversationsAttributes {
  constructor(private readonly client: ClientCore) {}

  listConversationAttributes(
    params: ConversationsAttributesListConversationAttributesParams = {},
    options?: RequestOptions,
  ): ApiPromise<ConversationAttributeList> {
    return conversationsAttributesListConversationAttributes(this.client, params, options);
  }

  createConversationAttribute(
    params: ConversationsAttributesCreateConversationAttributeParams,
    options?: RequestOptions,
  ): ApiPromise<ConversationAttribute> {
    return conversationsAttributesCreateConversationAttribute(this.client, params, options);
  }

  getConversationAttribute(
    params: ConversationsAttributesGetConversationAttributeParams,
    options?: RequestOptions,
  ): ApiPromise<ConversationAttribute> {
    return conversationsAttributesGetConversationAttribute(this.client, params, options);
  }

  updateConversationAttribute(
    params: ConversationsAttributesUpdateConversationAttributeParams,
    options?: RequestOptions,
  ): ApiPromise<ConversationAttribute> {
    return conversationsAttributesUpdateConversationAttribute(this.client, params, options);
  }

  deleteConversationAttribute(
    params: ConversationsAttributesDeleteConversationAttributeParams,
    options?: RequestOptions,
  ): ApiPromise<ConversationAttribute> {
    return conversationsAttributesDeleteConversationAttribute(this.client, params, options);
  }

  createConversationAttributeOption(
    params: ConversationsAttributesCreateConversationAttributeOptionParams,
    options?: RequestOptions,
  ): ApiPromise<ConversationAttribute> {
    return conversationsAttributesCreateConversationAttributeOption(this.client, params, options);
  }

  updateConversationAttributeOption(
    params: ConversationsAttributesUpdateConversationAttributeOptionParams,
    options?: RequestOptions,
  ): ApiPromise<ConversationAttribute> {
    return conversationsAttributesUpdateConversationAttributeOption(this.client, params, options);
  }

  deleteConversationAttributeOption(
    params: ConversationsAttributesDeleteConversationAttributeOptionParams,
    options?: RequestOptions,
  ): ApiPromise<ConversationAttribute> {
    return conversationsAttributesDeleteConversationAttributeOption(this.client, params, options);
  }
}

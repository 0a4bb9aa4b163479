// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { jsonBody } from "../runtime/body.js";
import { paginate } from "../runtime/pagination.js";
import { buildQuery } from "../runtime/query.js";
import type { ClientCore, RequestOptions, ApiPromise, PagePromise } from "../runtime/index.js";
import type {
  CreateOrUpdateCustomObjectInstanceRequest,
  CustomObjectInstance,
  CustomObjectInstanceDeleted,
  CustomObjectInstancesPaginatedList,
} from "../models.js";

/** Arguments of `customObjectInstances.getCustomObjectInstancesByExternalId`: `custom_object_type_identifier` in the path; `references_contact_id`, `references_conversation_id`, `external_id`, `page`, `per_page` in the query. */
export type CustomObjectInstancesGetCustomObjectInstancesByExternalIdParams = {
  /** The unique identifier of the custom object type that defines the structure of the custom object instance. */
  custom_object_type_identifier: string;
  /** Return instances associated with the given contact ID. */
  references_contact_id?: string;
  /** Return instances associated with the given conversation ID. */
  references_conversation_id?: string;
  /** Return the single instance with this external ID. When provided, the response is a single object rather than a list. */
  external_id?: string;
  /** Page number of results to fetch. */
  page?: number;
  /** Number of results per page. Maximum 150. */
  per_page?: number;
};

/**
 * List Custom Object Instances
 *
 * List instances of a custom object type. Three modes are supported:
 * - **No filter** — returns all instances for the type.
 * - **`references_contact_id`** — returns instances associated with the given contact.
 * - **`references_conversation_id`** — returns instances associated with the given conversation.
 *
 * When **`external_id`** is provided, returns a single matching instance (not a list).
 *
 * `GET /custom_object_instances/{custom_object_type_identifier}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Not Found
 * @example
 * ```ts
 * for await (const item of customObjectInstancesGetCustomObjectInstancesByExternalId(client, { custom_object_type_identifier: "Order" })) console.log(item);
 * ```
 */
export function customObjectInstancesGetCustomObjectInstancesByExternalId(
  client: ClientCore,
  params: CustomObjectInstancesGetCustomObjectInstancesByExternalIdParams,
  options?: RequestOptions,
): PagePromise<
  CustomObjectInstancesPaginatedList,
  CustomObjectInstance,
  CustomObjectInstancesGetCustomObjectInstancesByExternalIdParams,
  number
> {
  return paginate<
    CustomObjectInstancesPaginatedList,
    CustomObjectInstance,
    CustomObjectInstancesGetCustomObjectInstancesByExternalIdParams,
    number
  >(
    client,
    {
      method: "GET",
      path: "/custom_object_instances/{custom_object_type_identifier}",
      pathParams: ["custom_object_type_identifier"],
      query: {
        params: ["references_contact_id", "references_conversation_id", "external_id", "page", "per_page"],
        serialize: buildQuery,
      },
      response: "json",
    },
    params,
    options,
    { style: "page", items: "data", pageParam: "page", pages: "pages" },
  );
}

/** Arguments of `customObjectInstances.createCustomObjectInstances`: `custom_object_type_identifier` in the path; the other fields are the json body. */
export type CustomObjectInstancesCreateCustomObjectInstancesParams = {
  /** The unique identifier of the custom object type that defines the structure of the custom object instance. */
  custom_object_type_identifier: string;
} & CreateOrUpdateCustomObjectInstanceRequest;

/**
 * Create or Update a Custom Object Instance
 *
 * Create or update a custom object instance
 *
 * `POST /custom_object_instances/{custom_object_type_identifier}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Not Found
 * @example
 * ```ts
 * const result = await customObjectInstancesCreateCustomObjectInstances(client, {
 *   custom_object_type_identifier: "Order",
 *   external_id: "123",
 *   external_created_at: 1392036272,
 *   external_updated_at: 1392036272,
 *   custom_attributes: { order_number: "ORDER-12345", total_amount: 99.99 },
 * });
 * ```
 */
export function customObjectInstancesCreateCustomObjectInstances(
  client: ClientCore,
  params: CustomObjectInstancesCreateCustomObjectInstancesParams,
  options?: RequestOptions,
): ApiPromise<CustomObjectInstance> {
  return client.request<CustomObjectInstance>(
    {
      method: "POST",
      path: "/custom_object_instances/{custom_object_type_identifier}",
      pathParams: ["custom_object_type_identifier"],
      body: jsonBody,
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `customObjectInstances.deleteCustomObjectInstancesById`: `custom_object_type_identifier` in the path; `external_id` in the query. */
export type CustomObjectInstancesDeleteCustomObjectInstancesByIdParams = {
  /** The unique identifier of the custom object type that defines the structure of the custom object instance. */
  custom_object_type_identifier: string;
  /** The unique identifier for the instance in the external system it originated from. */
  external_id: string;
};

/**
 * Delete a Custom Object Instance by External ID
 *
 * Delete a single Custom Object instance by external_id.
 *
 * `DELETE /custom_object_instances/{custom_object_type_identifier}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Not Found
 * @example
 * ```ts
 * const result = await customObjectInstancesDeleteCustomObjectInstancesById(client, { custom_object_type_identifier: "Order", external_id: "…" });
 * ```
 */
export function customObjectInstancesDeleteCustomObjectInstancesById(
  client: ClientCore,
  params: CustomObjectInstancesDeleteCustomObjectInstancesByIdParams,
  options?: RequestOptions,
): ApiPromise<CustomObjectInstanceDeleted> {
  return client.request<CustomObjectInstanceDeleted>(
    {
      method: "DELETE",
      path: "/custom_object_instances/{custom_object_type_identifier}",
      pathParams: ["custom_object_type_identifier"],
      query: { params: ["external_id"], serialize: buildQuery },
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `customObjectInstances.getCustomObjectInstancesById`: `custom_object_type_identifier`, `custom_object_instance_id` in the path. */
export type CustomObjectInstancesGetCustomObjectInstancesByIdParams = {
  /** The unique identifier of the custom object type that defines the structure of the custom object instance. */
  custom_object_type_identifier: string;
  /** The id or external_id of the custom object instance */
  custom_object_instance_id: string;
};

/**
 * Get Custom Object Instance by ID
 *
 * Fetch a Custom Object Instance by id.
 *
 * `GET /custom_object_instances/{custom_object_type_identifier}/{custom_object_instance_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Not Found
 * @example
 * ```ts
 * const result = await customObjectInstancesGetCustomObjectInstancesById(client, { custom_object_type_identifier: "Order", custom_object_instance_id: "…" });
 * ```
 */
export function customObjectInstancesGetCustomObjectInstancesById(
  client: ClientCore,
  params: CustomObjectInstancesGetCustomObjectInstancesByIdParams,
  options?: RequestOptions,
): ApiPromise<CustomObjectInstance> {
  return client.request<CustomObjectInstance>(
    {
      method: "GET",
      path: "/custom_object_instances/{custom_object_type_identifier}/{custom_object_instance_id}",
      pathParams: ["custom_object_type_identifier", "custom_object_instance_id"],
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `customObjectInstances.deleteCustomObjectInstancesByExternalId`: `custom_object_type_identifier`, `custom_object_instance_id` in the path. */
export type CustomObjectInstancesDeleteCustomObjectInstancesByExternalIdParams = {
  /** The unique identifier of the custom object type that defines the structure of the custom object instance. */
  custom_object_type_identifier: string;
  /** The Intercom defined id of the custom object instance */
  custom_object_instance_id: string;
};

/**
 * Delete a Custom Object Instance by ID
 *
 * Delete a single Custom Object instance using the Intercom defined id.
 *
 * `DELETE /custom_object_instances/{custom_object_type_identifier}/{custom_object_instance_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Not Found
 * @example
 * ```ts
 * const result = await customObjectInstancesDeleteCustomObjectInstancesByExternalId(client, { custom_object_type_identifier: "Order", custom_object_instance_id: "…" });
 * ```
 */
export function customObjectInstancesDeleteCustomObjectInstancesByExternalId(
  client: ClientCore,
  params: CustomObjectInstancesDeleteCustomObjectInstancesByExternalIdParams,
  options?: RequestOptions,
): ApiPromise<CustomObjectInstanceDeleted> {
  return client.request<CustomObjectInstanceDeleted>(
    {
      method: "DELETE",
      path: "/custom_object_instances/{custom_object_type_identifier}/{custom_object_instance_id}",
      pathParams: ["custom_object_type_identifier", "custom_object_instance_id"],
      response: "json",
    },
    params,
    options,
  );
}

/** The `customObjectInstances` operations, bound to a client. */
export interface CustomObjectInstances {
  /**
   * List Custom Object Instances
   *
   * List instances of a custom object type. Three modes are supported:
   * - **No filter** — returns all instances for the type.
   * - **`references_contact_id`** — returns instances associated with the given contact.
   * - **`references_conversation_id`** — returns instances associated with the given conversation.
   *
   * When **`external_id`** is provided, returns a single matching instance (not a list).
   *
   * `GET /custom_object_instances/{custom_object_type_identifier}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Not Found
   * @example
   * ```ts
   * for await (const item of intercom.customObjectInstances.getCustomObjectInstancesByExternalId({ custom_object_type_identifier: "Order" })) console.log(item);
   * ```
   */
  getCustomObjectInstancesByExternalId(
    params: CustomObjectInstancesGetCustomObjectInstancesByExternalIdParams,
    options?: RequestOptions,
  ): PagePromise<
    CustomObjectInstancesPaginatedList,
    CustomObjectInstance,
    CustomObjectInstancesGetCustomObjectInstancesByExternalIdParams,
    number
  >;
  /**
   * Create or Update a Custom Object Instance
   *
   * Create or update a custom object instance
   *
   * `POST /custom_object_instances/{custom_object_type_identifier}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Not Found
   * @example
   * ```ts
   * const result = await intercom.customObjectInstances.createCustomObjectInstances({
   *   custom_object_type_identifier: "Order",
   *   external_id: "123",
   *   external_created_at: 1392036272,
   *   external_updated_at: 1392036272,
   *   custom_attributes: { order_number: "ORDER-12345", total_amount: 99.99 },
   * });
   * ```
   */
  createCustomObjectInstances(
    params: CustomObjectInstancesCreateCustomObjectInstancesParams,
    options?: RequestOptions,
  ): ApiPromise<CustomObjectInstance>;
  /**
   * Delete a Custom Object Instance by External ID
   *
   * Delete a single Custom Object instance by external_id.
   *
   * `DELETE /custom_object_instances/{custom_object_type_identifier}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Not Found
   * @example
   * ```ts
   * const result = await intercom.customObjectInstances.deleteCustomObjectInstancesById({ custom_object_type_identifier: "Order", external_id: "…" });
   * ```
   */
  deleteCustomObjectInstancesById(
    params: CustomObjectInstancesDeleteCustomObjectInstancesByIdParams,
    options?: RequestOptions,
  ): ApiPromise<CustomObjectInstanceDeleted>;
  /**
   * Get Custom Object Instance by ID
   *
   * Fetch a Custom Object Instance by id.
   *
   * `GET /custom_object_instances/{custom_object_type_identifier}/{custom_object_instance_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Not Found
   * @example
   * ```ts
   * const result = await intercom.customObjectInstances.getCustomObjectInstancesById({ custom_object_type_identifier: "Order", custom_object_instance_id: "…" });
   * ```
   */
  getCustomObjectInstancesById(
    params: CustomObjectInstancesGetCustomObjectInstancesByIdParams,
    options?: RequestOptions,
  ): ApiPromise<CustomObjectInstance>;
  /**
   * Delete a Custom Object Instance by ID
   *
   * Delete a single Custom Object instance using the Intercom defined id.
   *
   * `DELETE /custom_object_instances/{custom_object_type_identifier}/{custom_object_instance_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Not Found
   * @example
   * ```ts
   * const result = await intercom.customObjectInstances.deleteCustomObjectInstancesByExternalId({ custom_object_type_identifier: "Order", custom_object_instance_id: "…" });
   * ```
   */
  deleteCustomObjectInstancesByExternalId(
    params: CustomObjectInstancesDeleteCustomObjectInstancesByExternalIdParams,
    options?: RequestOptions,
  ): ApiPromise<CustomObjectInstanceDeleted>;
}

export class CustomObjectInstances {
  constructor(private readonly client: ClientCore) {}

  getCustomObjectInstancesByExternalId(
    params: CustomObjectInstancesGetCustomObjectInstancesByExternalIdParams,
    options?: RequestOptions,
  ): PagePromise<
    CustomObjectInstancesPaginatedList,
    CustomObjectInstance,
    CustomObjectInstancesGetCustomObjectInstancesByExternalIdParams,
    number
  > {
    return customObjectInstancesGetCustomObjectInstancesByExternalId(this.client, params, options);
  }

  createCustomObjectInstances(
    params: CustomObjectInstancesCreateCustomObjectInstancesParams,
    options?: RequestOptions,
  ): ApiPromise<CustomObjectInstance> {
    return customObjectInstancesCreateCustomObjectInstances(this.client, params, options);
  }

  deleteCustomObjectInstancesById(
    params: CustomObjectInstancesDeleteCustomObjectInstancesByIdParams,
    options?: RequestOptions,
  ): ApiPromise<CustomObjectInstanceDeleted> {
    return customObjectInstancesDeleteCustomObjectInstancesById(this.client, params, options);
  }

  getCustomObjectInstancesById(
    params: CustomObjectInstancesGetCustomObjectInstancesByIdParams,
    options?: RequestOptions,
  ): ApiPromise<CustomObjectInstance> {
    return customObjectInstancesGetCustomObjectInstancesById(this.client, params, options);
  }

  deleteCustomObjectInstancesByExternalId(
    params: CustomObjectInstancesDeleteCustomObjectInstancesByExternalIdParams,
    options?: RequestOptions,
  ): ApiPromise<CustomObjectInstanceDeleted> {
    return customObjectInstancesDeleteCustomObjectInstancesByExternalId(this.client, params, options);
  }
}

// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { jsonBody } from "../runtime/body.js";
import { buildQuery } from "../runtime/query.js";
import type { ClientCore, RequestOptions, ApiPromise } from "../runtime/index.js";
import type {
  CreateDataAttributeRequest,
  DataAttribute,
  DataAttributeList,
  UpdateDataAttributeRequest,
} from "../models.js";

/** Arguments of `dataAttributes.list`: `model`, `include_archived` in the query. */
export type DataAttributesListParams = {
  /** Specify the data attribute model to return. */
  model?: "contact" | "company" | "conversation";
  /** Include archived attributes in the list. By default we return only non archived data attributes. */
  include_archived?: boolean;
};

/**
 * List all data attributes
 *
 * You can fetch a list of all data attributes belonging to a workspace for contacts, companies or conversations.
 *
 * `GET /data_attributes`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await dataAttributesList(client, { model: "company", include_archived: false });
 * ```
 */
export function dataAttributesList(
  client: ClientCore,
  params: DataAttributesListParams = {},
  options?: RequestOptions,
): ApiPromise<DataAttributeList> {
  return client.request<DataAttributeList>(
    {
      method: "GET",
      path: "/data_attributes",
      query: { params: ["model", "include_archived"], serialize: buildQuery },
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `dataAttributes.create`: the other fields are the json body. */
export type DataAttributesCreateParams = CreateDataAttributeRequest;

/**
 * Create a data attribute
 *
 * You can create a data attributes for a `contact` or a `company`.
 *
 * `POST /data_attributes`
 * @throws {@link BadRequestError} 400: Too few options for list
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await dataAttributesCreate(client, { name: "Mithril Shirt", model: "company", data_type: "string" });
 * ```
 */
export function dataAttributesCreate(
  client: ClientCore,
  params: DataAttributesCreateParams,
  options?: RequestOptions,
): ApiPromise<DataAttribute> {
  return client.request<DataAttribute>(
    { method: "POST", path: "/data_attributes", body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `dataAttributes.update`: `data_attribute_id` in the path; the other fields are the json body. */
export type DataAttributesUpdateParams = {
  /** The data attribute id */
  data_attribute_id: string;
} & UpdateDataAttributeRequest;

/**
 * Update a data attribute
 *
 * You can update a data attribute.
 *
 * > 🚧 Updating the data type is not possible
 * >
 * > It is currently a dangerous action to execute changing a data attribute's type via the API. You will need to update the type via the UI instead.
 *
 * `PUT /data_attributes/{data_attribute_id}`
 * @throws {@link BadRequestError} 400: Too few options in list
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Attribute Not Found
 * @throws {@link UnprocessableEntityError} 422: Has Dependant Object
 * @example
 * ```ts
 * const result = await dataAttributesUpdate(client, {
 *   data_attribute_id: "1",
 *   archived: false,
 *   description: "Just a plain old ring",
 *   options: [{ value: "1-10" }, { value: "11-20" }],
 * });
 * ```
 */
export function dataAttributesUpdate(
  client: ClientCore,
  params: DataAttributesUpdateParams,
  options?: RequestOptions,
): ApiPromise<DataAttribute> {
  return client.request<DataAttribute>(
    {
      method: "PUT",
      path: "/data_attributes/{data_attribute_id}",
      pathParams: ["data_attribute_id"],
      body: jsonBody,
      response: "json",
    },
    params,
    options,
  );
}

/** The `dataAttributes` operations, bound to a client. */
export interface DataAttributes {
  /**
   * List all data attributes
   *
   * You can fetch a list of all data attributes belonging to a workspace for contacts, companies or conversations.
   *
   * `GET /data_attributes`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.dataAttributes.list({ model: "company", include_archived: false });
   * ```
   */
  list(params?: DataAttributesListParams, options?: RequestOptions): ApiPromise<DataAttributeList>;
  /**
   * Create a data attribute
   *
   * You can create a data attributes for a `contact` or a `company`.
   *
   * `POST /data_attributes`
   * @throws {@link BadRequestError} 400: Too few options for list
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.dataAttributes.create({ name: "Mithril Shirt", model: "company", data_type: "string" });
   * ```
   */
  create(params: DataAttributesCreateParams, options?: RequestOptions): ApiPromise<DataAttribute>;
  /**
   * Update a data attribute
   *
   * You can update a data attribute.
   *
   * > 🚧 Updating the data type is not possible
   * >
   * > It is currently a dangerous action to execute changing a data attribute's type via the API. You will need to update the type via the UI instead.
   *
   * `PUT /data_attributes/{data_attribute_id}`
   * @throws {@link BadRequestError} 400: Too few options in list
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Attribute Not Found
   * @throws {@link UnprocessableEntityError} 422: Has Dependant Object
   * @example
   * ```ts
   * const result = await intercom.dataAttributes.update({
   *   data_attribute_id: "1",
   *   archived: false,
   *   description: "Just a plain old ring",
   *   options: [{ value: "1-10" }, { value: "11-20" }],
   * });
   * ```
   */
  update(params: DataAttributesUpdateParams, options?: RequestOptions): ApiPromise<DataAttribute>;
}

export class DataAttributes {
  constructor(private readonly client: ClientCore) {}

  list(params: DataAttributesListParams = {}, options?: RequestOptions): ApiPromise<DataAttributeList> {
    return dataAttributesList(this.client, params, options);
  }

  create(params: DataAttributesCreateParams, options?: RequestOptions): ApiPromise<DataAttribute> {
    return dataAttributesCreate(this.client, params, options);
  }

  update(params: DataAttributesUpdateParams, options?: RequestOptions): ApiPromise<DataAttribute> {
    return dataAttributesUpdate(this.client, params, options);
  }
}

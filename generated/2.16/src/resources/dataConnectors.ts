// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { jsonBody } from "../runtime/body.js";
import { paginate } from "../runtime/pagination.js";
import { buildQuery } from "../runtime/query.js";
import type { ClientCore, RequestOptions, ApiPromise, PagePromise } from "../runtime/index.js";
import type {
  CreateDataConnectorRequest,
  DataConnector,
  DataConnectorDetail,
  DataConnectorExecutionResult,
  DataConnectorExecutionResultList,
  DataConnectorList,
  DeletedDataConnectorObject,
  UpdateDataConnectorRequest,
} from "../models.js";

/** Arguments of `dataConnectors.listDataConnectors`: `per_page`, `starting_after` in the query. */
export type DataConnectorsListDataConnectorsParams = {
  /**
   * The number of results to return per page. Defaults to 20, minimum 1, maximum 50.
   * @default 20
   */
  per_page?: number;
  /** The cursor value from `pages.next.starting_after` in a previous response. Used to paginate through results. */
  starting_after?: string;
};

/**
 * List all data connectors
 *
 * Returns a paginated list of all data connectors for the workspace, ordered by most recently updated first. Data connectors allow workflows and AI agents to make HTTP requests to external APIs.
 *
 * `GET /data_connectors`
 * @throws {@link BadRequestError} 400: Bad Request
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * for await (const item of dataConnectorsListDataConnectors(client)) console.log(item);
 * ```
 */
export function dataConnectorsListDataConnectors(
  client: ClientCore,
  params: DataConnectorsListDataConnectorsParams = {},
  options?: RequestOptions,
): PagePromise<DataConnectorList, DataConnector, DataConnectorsListDataConnectorsParams, string> {
  return paginate<DataConnectorList, DataConnector, DataConnectorsListDataConnectorsParams, string>(
    client,
    {
      method: "GET",
      path: "/data_connectors",
      query: { params: ["per_page", "starting_after"], serialize: buildQuery },
      response: "json",
    },
    params,
    options,
    { style: "cursor", items: "data", cursorParam: "starting_after", nextCursor: "pages.next.starting_after" },
  );
}

/** Arguments of `dataConnectors.createDataConnector`: the other fields are the json body. */
export type DataConnectorsCreateDataConnectorParams = CreateDataConnectorRequest;

/**
 * Create a data connector
 *
 * Create a new data connector. The connector is created in `draft` state. Configure its URL, headers, data inputs, and other settings, then set it to `live` when ready.
 *
 * `POST /data_connectors`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link UnprocessableEntityError} 422: Invalid parameter
 * @example
 * ```ts
 * const result = await dataConnectorsCreateDataConnector(client, {
 *   name: "Get Order Status",
 *   description: "Looks up order status from an external service",
 *   http_method: "get",
 *   url: "https://api.example.com/orders/{{order_id}}/status",
 *   direct_fin_usage: true,
 *   audiences: ["leads", "visitors"],
 *   headers: [{ name: "Content-Type", value: "application/json" }],
 *   data_inputs: [
 *     {
 *       name: "order_id",
 *       type: "string",
 *       description: "The order ID to look up",
 *       required: true,
 *       default_value: "",
 *     },
 *   ],
 *   customer_authentication: true,
 *   bypass_authentication: false,
 *   validate_missing_attributes: true,
 * });
 * ```
 */
export function dataConnectorsCreateDataConnector(
  client: ClientCore,
  params: DataConnectorsCreateDataConnectorParams,
  options?: RequestOptions,
): ApiPromise<DataConnectorDetail> {
  return client.request<DataConnectorDetail>(
    { method: "POST", path: "/data_connectors", body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `dataConnectors.retrieveDataConnector`: `id` in the path; `state_version` in the query. */
export type DataConnectorsRetrieveDataConnectorParams = {
  /** The unique identifier of the data connector. */
  id: string;
  /**
   * Which version of the data connector to return. Defaults to live.
   * @default "live"
   */
  state_version?: "draft" | "live";
};

/**
 * Retrieve a data connector
 *
 * You can retrieve the full detail of a single data connector by its ID.
 *
 * The response includes configuration, data inputs, response fields, and object mappings.
 *
 * `GET /data_connectors/{id}`
 * @throws {@link BadRequestError} 400: Invalid state_version parameter
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Data connector not found
 * @example
 * ```ts
 * const result = await dataConnectorsRetrieveDataConnector(client, { id: "12345" });
 * ```
 */
export function dataConnectorsRetrieveDataConnector(
  client: ClientCore,
  params: DataConnectorsRetrieveDataConnectorParams,
  options?: RequestOptions,
): ApiPromise<DataConnectorDetail> {
  return client.request<DataConnectorDetail>(
    {
      method: "GET",
      path: "/data_connectors/{id}",
      pathParams: ["id"],
      query: { params: ["state_version"], serialize: buildQuery },
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `dataConnectors.deleteDataConnector`: `id` in the path. */
export type DataConnectorsDeleteDataConnectorParams = {
  /** The unique identifier of the data connector */
  id: string;
};

/**
 * Delete a data connector
 *
 * Delete an existing data connector. The connector must be in `draft` state and must not be in use by any workflows or AI agents.
 *
 * `DELETE /data_connectors/{id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Data connector not found
 * @throws {@link ConflictError} 409: Conflict
 * @example
 * ```ts
 * const result = await dataConnectorsDeleteDataConnector(client, { id: "12345" });
 * ```
 */
export function dataConnectorsDeleteDataConnector(
  client: ClientCore,
  params: DataConnectorsDeleteDataConnectorParams,
  options?: RequestOptions,
): ApiPromise<DeletedDataConnectorObject> {
  return client.request<DeletedDataConnectorObject>(
    { method: "DELETE", path: "/data_connectors/{id}", pathParams: ["id"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `dataConnectors.updateDataConnector`: `id` in the path; the other fields are the json body. */
export type DataConnectorsUpdateDataConnectorParams = {
  /** The unique identifier of the data connector. */
  id: string;
} & UpdateDataConnectorRequest;

/**
 * Update a data connector
 *
 * Update an existing data connector. Only provided fields are changed. Set `state` to `live` or `draft` to change the connector's state.
 *
 * `PATCH /data_connectors/{id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Data connector not found
 * @throws {@link ConflictError} 409: Conflict
 * @throws {@link UnprocessableEntityError} 422: Invalid parameter
 * @example
 * ```ts
 * const result = await dataConnectorsUpdateDataConnector(client, {
 *   id: "12345",
 *   name: "Updated Connector Name",
 *   description: "Updated description",
 * });
 * ```
 */
export function dataConnectorsUpdateDataConnector(
  client: ClientCore,
  params: DataConnectorsUpdateDataConnectorParams,
  options?: RequestOptions,
): ApiPromise<DataConnectorDetail> {
  return client.request<DataConnectorDetail>(
    { method: "PATCH", path: "/data_connectors/{id}", pathParams: ["id"], body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `dataConnectors.listDataConnectorExecutionResults`: `data_connector_id` in the path; `per_page`, `starting_after`, `success`, `error_type`, `start_ts`, `end_ts`, `include_bodies` in the query. */
export type DataConnectorsListDataConnectorExecutionResultsParams = {
  /** The unique identifier for the data connector. */
  data_connector_id: string;
  /**
   * The number of results per page (1-30, default 10).
   * @default 10
   */
  per_page?: number;
  /** Cursor for pagination. Use the value from `pages.next.starting_after` in a previous response. */
  starting_after?: string;
  /** Filter by success status. Use `true`, `false`, or omit for all. */
  success?: "true" | "false";
  /** Filter by error type. */
  error_type?:
    | "request_configuration_error"
    | "faraday_error"
    | "3rd_party_error"
    | "response_mapping_error"
    | "token_refresh_error"
    | "fin_action_response_formatting_error"
    | "fin_action_identity_verification_error"
    | "email_verification_error"
    | "non_fin_standalone_action_identity_verification_error"
    | "request_validation_error"
    | "client_side_action_error";
  /** Unix timestamp for start of time range (default 1 hour ago). */
  start_ts?: number;
  /** Unix timestamp for end of time range (default now). */
  end_ts?: number;
  /** Include request/response bodies in the response (default false). */
  include_bodies?: "true" | "false";
};

/**
 * List execution results for a data connector
 *
 * Retrieve paginated execution logs for a specific data connector.
 * Results from the last hour are returned by default. Use `start_ts` and `end_ts` to customize the time range.
 *
 * Request/response bodies are excluded by default. Use `include_bodies=true` to include them.
 *
 * `GET /data_connectors/{data_connector_id}/execution_results`
 * @throws {@link BadRequestError} 400: Invalid parameter
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Data connector not found
 * @example
 * ```ts
 * for await (const item of dataConnectorsListDataConnectorExecutionResults(client, { data_connector_id: "12345" })) console.log(item);
 * ```
 */
export function dataConnectorsListDataConnectorExecutionResults(
  client: ClientCore,
  params: DataConnectorsListDataConnectorExecutionResultsParams,
  options?: RequestOptions,
): PagePromise<
  DataConnectorExecutionResultList,
  DataConnectorExecutionResult,
  DataConnectorsListDataConnectorExecutionResultsParams,
  string
> {
  return paginate<
    DataConnectorExecutionResultList,
    DataConnectorExecutionResult,
    DataConnectorsListDataConnectorExecutionResultsParams,
    string
  >(
    client,
    {
      method: "GET",
      path: "/data_connectors/{data_connector_id}/execution_results",
      pathParams: ["data_connector_id"],
      query: {
        params: ["per_page", "starting_after", "success", "error_type", "start_ts", "end_ts", "include_bodies"],
        serialize: buildQuery,
      },
      response: "json",
    },
    params,
    options,
    { style: "cursor", items: "data", cursorParam: "starting_after", nextCursor: "pages.next.starting_after" },
  );
}

/** Arguments of `dataConnectors.showDataConnectorExecutionResult`: `data_connector_id`, `id` in the path. */
export type DataConnectorsShowDataConnectorExecutionResultParams = {
  /** The unique identifier for the data connector. */
  data_connector_id: string;
  /** The unique identifier for the execution result. */
  id: string;
};

/**
 * Retrieve an execution result
 *
 * Retrieve details for a specific data connector execution result.
 * Always includes request/response bodies and the sanitised request URL.
 *
 * `GET /data_connectors/{data_connector_id}/execution_results/{id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Execution result not found
 * @example
 * ```ts
 * const result = await dataConnectorsShowDataConnectorExecutionResult(client, { data_connector_id: "12345", id: "99001" });
 * ```
 */
export function dataConnectorsShowDataConnectorExecutionResult(
  client: ClientCore,
  params: DataConnectorsShowDataConnectorExecutionResultParams,
  options?: RequestOptions,
): ApiPromise<DataConnectorExecutionResult> {
  return client.request<DataConnectorExecutionResult>(
    {
      method: "GET",
      path: "/data_connectors/{data_connector_id}/execution_results/{id}",
      pathParams: ["data_connector_id", "id"],
      response: "json",
    },
    params,
    options,
  );
}

/** The `dataConnectors` operations, bound to a client. */
export interface DataConnectors {
  /**
   * List all data connectors
   *
   * Returns a paginated list of all data connectors for the workspace, ordered by most recently updated first. Data connectors allow workflows and AI agents to make HTTP requests to external APIs.
   *
   * `GET /data_connectors`
   * @throws {@link BadRequestError} 400: Bad Request
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * for await (const item of intercom.dataConnectors.listDataConnectors()) console.log(item);
   * ```
   */
  listDataConnectors(
    params?: DataConnectorsListDataConnectorsParams,
    options?: RequestOptions,
  ): PagePromise<DataConnectorList, DataConnector, DataConnectorsListDataConnectorsParams, string>;
  /**
   * Create a data connector
   *
   * Create a new data connector. The connector is created in `draft` state. Configure its URL, headers, data inputs, and other settings, then set it to `live` when ready.
   *
   * `POST /data_connectors`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link UnprocessableEntityError} 422: Invalid parameter
   * @example
   * ```ts
   * const result = await intercom.dataConnectors.createDataConnector({
   *   name: "Get Order Status",
   *   description: "Looks up order status from an external service",
   *   http_method: "get",
   *   url: "https://api.example.com/orders/{{order_id}}/status",
   *   direct_fin_usage: true,
   *   audiences: ["leads", "visitors"],
   *   headers: [{ name: "Content-Type", value: "application/json" }],
   *   data_inputs: [
   *     {
   *       name: "order_id",
   *       type: "string",
   *       description: "The order ID to look up",
   *       required: true,
   *       default_value: "",
   *     },
   *   ],
   *   customer_authentication: true,
   *   bypass_authentication: false,
   *   validate_missing_attributes: true,
   * });
   * ```
   */
  createDataConnector(
    params: DataConnectorsCreateDataConnectorParams,
    options?: RequestOptions,
  ): ApiPromise<DataConnectorDetail>;
  /**
   * Retrieve a data connector
   *
   * You can retrieve the full detail of a single data connector by its ID.
   *
   * The response includes configuration, data inputs, response fields, and object mappings.
   *
   * `GET /data_connectors/{id}`
   * @throws {@link BadRequestError} 400: Invalid state_version parameter
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Data connector not found
   * @example
   * ```ts
   * const result = await intercom.dataConnectors.retrieveDataConnector({ id: "12345" });
   * ```
   */
  retrieveDataConnector(
    params: DataConnectorsRetrieveDataConnectorParams,
    options?: RequestOptions,
  ): ApiPromise<DataConnectorDetail>;
  /**
   * Delete a data connector
   *
   * Delete an existing data connector. The connector must be in `draft` state and must not be in use by any workflows or AI agents.
   *
   * `DELETE /data_connectors/{id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Data connector not found
   * @throws {@link ConflictError} 409: Conflict
   * @example
   * ```ts
   * const result = await intercom.dataConnectors.deleteDataConnector({ id: "12345" });
   * ```
   */
  deleteDataConnector(
    params: DataConnectorsDeleteDataConnectorParams,
    options?: RequestOptions,
  ): ApiPromise<DeletedDataConnectorObject>;
  /**
   * Update a data connector
   *
   * Update an existing data connector. Only provided fields are changed. Set `state` to `live` or `draft` to change the connector's state.
   *
   * `PATCH /data_connectors/{id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Data connector not found
   * @throws {@link ConflictError} 409: Conflict
   * @throws {@link UnprocessableEntityError} 422: Invalid parameter
   * @example
   * ```ts
   * const result = await intercom.dataConnectors.updateDataConnector({
   *   id: "12345",
   *   name: "Updated Connector Name",
   *   description: "Updated description",
   * });
   * ```
   */
  updateDataConnector(
    params: DataConnectorsUpdateDataConnectorParams,
    options?: RequestOptions,
  ): ApiPromise<DataConnectorDetail>;
  /**
   * List execution results for a data connector
   *
   * Retrieve paginated execution logs for a specific data connector.
   * Results from the last hour are returned by default. Use `start_ts` and `end_ts` to customize the time range.
   *
   * Request/response bodies are excluded by default. Use `include_bodies=true` to include them.
   *
   * `GET /data_connectors/{data_connector_id}/execution_results`
   * @throws {@link BadRequestError} 400: Invalid parameter
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Data connector not found
   * @example
   * ```ts
   * for await (const item of intercom.dataConnectors.listDataConnectorExecutionResults({ data_connector_id: "12345" })) console.log(item);
   * ```
   */
  listDataConnectorExecutionResults(
    params: DataConnectorsListDataConnectorExecutionResultsParams,
    options?: RequestOptions,
  ): PagePromise<
    DataConnectorExecutionResultList,
    DataConnectorExecutionResult,
    DataConnectorsListDataConnectorExecutionResultsParams,
    string
  >;
  /**
   * Retrieve an execution result
   *
   * Retrieve details for a specific data connector execution result.
   * Always includes request/response bodies and the sanitised request URL.
   *
   * `GET /data_connectors/{data_connector_id}/execution_results/{id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Execution result not found
   * @example
   * ```ts
   * const result = await intercom.dataConnectors.showDataConnectorExecutionResult({ data_connector_id: "12345", id: "99001" });
   * ```
   */
  showDataConnectorExecutionResult(
    params: DataConnectorsShowDataConnectorExecutionResultParams,
    options?: RequestOptions,
  ): ApiPromise<DataConnectorExecutionResult>;
}

export class DataConnectors {
  constructor(private readonly client: ClientCore) {}

  listDataConnectors(
    params: DataConnectorsListDataConnectorsParams = {},
    options?: RequestOptions,
  ): PagePromise<DataConnectorList, DataConnector, DataConnectorsListDataConnectorsParams, string> {
    return dataConnectorsListDataConnectors(this.client, params, options);
  }

  createDataConnector(
    params: DataConnectorsCreateDataConnectorParams,
    options?: RequestOptions,
  ): ApiPromise<DataConnectorDetail> {
    return dataConnectorsCreateDataConnector(this.client, params, options);
  }

  retrieveDataConnector(
    params: DataConnectorsRetrieveDataConnectorParams,
    options?: RequestOptions,
  ): ApiPromise<DataConnectorDetail> {
    return dataConnectorsRetrieveDataConnector(this.client, params, options);
  }

  deleteDataConnector(
    params: DataConnectorsDeleteDataConnectorParams,
    options?: RequestOptions,
  ): ApiPromise<DeletedDataConnectorObject> {
    return dataConnectorsDeleteDataConnector(this.client, params, options);
  }

  updateDataConnector(
    params: DataConnectorsUpdateDataConnectorParams,
    options?: RequestOptions,
  ): ApiPromise<DataConnectorDetail> {
    return dataConnectorsUpdateDataConnector(this.client, params, options);
  }

  listDataConnectorExecutionResults(
    params: DataConnectorsListDataConnectorExecutionResultsParams,
    options?: RequestOptions,
  ): PagePromise<
    DataConnectorExecutionResultList,
    DataConnectorExecutionResult,
    DataConnectorsListDataConnectorExecutionResultsParams,
    string
  > {
    return dataConnectorsListDataConnectorExecutionResults(this.client, params, options);
  }

  showDataConnectorExecutionResult(
    params: DataConnectorsShowDataConnectorExecutionResultParams,
    options?: RequestOptions,
  ): ApiPromise<DataConnectorExecutionResult> {
    return dataConnectorsShowDataConnectorExecutionResult(this.client, params, options);
  }
}

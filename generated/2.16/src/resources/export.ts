// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { jsonBody } from "../runtime/body.js";
import type { ClientCore, RequestOptions, ApiPromise } from "../runtime/index.js";

/** Arguments of `export.enqueueANewReportingDataExportJob`: the other fields are the json body. */
export type ExportEnqueueANewReportingDataExportJobParams = {
  dataset_id: string;
  attribute_ids: string[];
  start_time: number;
  end_time: number;
};

/**
 * Enqueue a new reporting data export job
 *
 * For the conversation dataset, from this version onward this export returns all conversations, including those that never received a user reply. Earlier versions return only conversations that received at least one user reply. Other datasets are unaffected.
 *
 * `POST /export/reporting_data/enqueue`
 * @throws {@link BadRequestError} 400: Bad request (e.g. validation errors)
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link RateLimitError} 429: Too many jobs in progress
 * @example
 * ```ts
 * const result = await exportEnqueueANewReportingDataExportJob(client, {
 *   dataset_id: "conversation",
 *   attribute_ids: ["conversation_id", "conversation_started_at"],
 *   start_time: 1717490000,
 *   end_time: 1717510000,
 * });
 * ```
 */
export function exportEnqueueANewReportingDataExportJob(
  client: ClientCore,
  params: ExportEnqueueANewReportingDataExportJobParams,
  options?: RequestOptions,
): ApiPromise<{
  job_identifier?: string;
  status?: string;
  download_url?: string;
  download_expires_at?: string;
}> {
  return client.request<{
    job_identifier?: string;
    status?: string;
    download_url?: string;
    download_expires_at?: string;
  }>({ method: "POST", path: "/export/reporting_data/enqueue", body: jsonBody, response: "json" }, params, options);
}

/** Arguments of `export.listAvailableDatasetsAndAttributes`. */
export type ExportListAvailableDatasetsAndAttributesParams = Record<string, never>;

/**
 * List available datasets and attributes
 *
 * `GET /export/reporting_data/get_datasets`
 * @example
 * ```ts
 * const result = await exportListAvailableDatasetsAndAttributes(client);
 * ```
 */
export function exportListAvailableDatasetsAndAttributes(
  client: ClientCore,
  params: ExportListAvailableDatasetsAndAttributesParams = {},
  options?: RequestOptions,
): ApiPromise<{
  type?: string;
  data?: Array<{
    id?: string;
    name?: string;
    description?: string;
    default_time_attribute_id?: string;
    attributes?: Array<{
      /** The simple attribute identifier. Note that this may be ambiguous if the same name exists across different attribute types. Use qualified_id when calling the enqueue endpoint. */
      id?: string;
      /** A namespaced identifier that uniquely identifies the attribute across all types. Format is "prefix.name" (e.g., "people.Brand", "conversation.Brand"). Required when calling the enqueue endpoint. */
      qualified_id?: string;
      name?: string;
    }>;
  }>;
}> {
  return client.request<{
    type?: string;
    data?: Array<{
      id?: string;
      name?: string;
      description?: string;
      default_time_attribute_id?: string;
      attributes?: Array<{
        /** The simple attribute identifier. Note that this may be ambiguous if the same name exists across different attribute types. Use qualified_id when calling the enqueue endpoint. */
        id?: string;
        /** A namespaced identifier that uniquely identifies the attribute across all types. Format is "prefix.name" (e.g., "people.Brand", "conversation.Brand"). Required when calling the enqueue endpoint. */
        qualified_id?: string;
        name?: string;
      }>;
    }>;
  }>({ method: "GET", path: "/export/reporting_data/get_datasets", response: "json" }, params, options);
}

/** The `export` operations, bound to a client. */
export interface Export {
  /**
   * Enqueue a new reporting data export job
   *
   * For the conversation dataset, from this version onward this export returns all conversations, including those that never received a user reply. Earlier versions return only conversations that received at least one user reply. Other datasets are unaffected.
   *
   * `POST /export/reporting_data/enqueue`
   * @throws {@link BadRequestError} 400: Bad request (e.g. validation errors)
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link RateLimitError} 429: Too many jobs in progress
   * @example
   * ```ts
   * const result = await intercom.export.enqueueANewReportingDataExportJob({
   *   dataset_id: "conversation",
   *   attribute_ids: ["conversation_id", "conversation_started_at"],
   *   start_time: 1717490000,
   *   end_time: 1717510000,
   * });
   * ```
   */
  enqueueANewReportingDataExportJob(
    params: ExportEnqueueANewReportingDataExportJobParams,
    options?: RequestOptions,
  ): ApiPromise<{
    job_identifier?: string;
    status?: string;
    download_url?: string;
    download_expires_at?: string;
  }>;
  /**
   * List available datasets and attributes
   *
   * `GET /export/reporting_data/get_datasets`
   * @example
   * ```ts
   * const result = await intercom.export.listAvailableDatasetsAndAttributes();
   * ```
   */
  listAvailableDatasetsAndAttributes(
    params?: ExportListAvailableDatasetsAndAttributesParams,
    options?: RequestOptions,
  ): ApiPromise<{
    type?: string;
    data?: Array<{
      id?: string;
      name?: string;
      description?: string;
      default_time_attribute_id?: string;
      attributes?: Array<{
        /** The simple attribute identifier. Note that this may be ambiguous if the same name exists across different attribute types. Use qualified_id when calling the enqueue endpoint. */
        id?: string;
        /** A namespaced identifier that uniquely identifies the attribute across all types. Format is "prefix.name" (e.g., "people.Brand", "conversation.Brand"). Required when calling the enqueue endpoint. */
        qualified_id?: string;
        name?: string;
      }>;
    }>;
  }>;
}

export class Export {
  constructor(private readonly client: ClientCore) {}

  enqueueANewReportingDataExportJob(
    params: ExportEnqueueANewReportingDataExportJobParams,
    options?: RequestOptions,
  ): ApiPromise<{
    job_identifier?: string;
    status?: string;
    download_url?: string;
    download_expires_at?: string;
  }> {
    return exportEnqueueANewReportingDataExportJob(this.client, params, options);
  }

  listAvailableDatasetsAndAttributes(
    params: ExportListAvailableDatasetsAndAttributesParams = {},
    options?: RequestOptions,
  ): ApiPromise<{
    type?: string;
    data?: Array<{
      id?: string;
      name?: string;
      description?: string;
      default_time_attribute_id?: string;
      attributes?: Array<{
        /** The simple attribute identifier. Note that this may be ambiguous if the same name exists across different attribute types. Use qualified_id when calling the enqueue endpoint. */
        id?: string;
        /** A namespaced identifier that uniquely identifies the attribute across all types. Format is "prefix.name" (e.g., "people.Brand", "conversation.Brand"). Required when calling the enqueue endpoint. */
        qualified_id?: string;
        name?: string;
      }>;
    }>;
  }> {
    return exportListAvailableDatasetsAndAttributes(this.client, params, options);
  }
}

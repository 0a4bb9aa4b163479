// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { accepting } from "../runtime/accept.js";
import { jsonBody } from "../runtime/body.js";
import type { ClientCore, RequestOptions, ApiPromise } from "../runtime/index.js";
import type { CreateDataExportsRequest, DataExport } from "../models.js";

/** Arguments of `dataExport.create`: the other fields are the json body. */
export type DataExportCreateParams = CreateDataExportsRequest;

/**
 * Create content data export
 *
 * To create your export job, you need to send a `POST` request to the export endpoint `https://api.intercom.io/export/content/data`.
 *
 * This endpoint exports **message delivery and engagement data** for outbound content (Emails, Posts, Custom Bots, Surveys, Tours, Series, and more). The exported data includes who received each message, when they received it, and how they engaged with it (opens, clicks, replies, completions, dismissals, unsubscribes, and bounces). It does not export raw message or conversation content.
 *
 * The only parameters you need to provide are the range of dates that you want exported.
 *
 * >🚧 Limit of one active job
 * >
 * > You can only have one active job per workspace. You will receive a HTTP status code of 429 with the message Exceeded rate limit of 1 pending message data export jobs if you attempt to create a second concurrent job.
 *
 * >❗️ Updated_at not included
 * >
 * > It should be noted that the timeframe only includes messages sent during the time period and not messages that were only updated during this period. For example, if a message was updated yesterday but sent two days ago, you would need to set the created_at_after date before the message was sent to include that in your retrieval job.
 *
 * >📘 Date ranges are inclusive
 * >
 * > Requesting data for 2018-06-01 until 2018-06-30 will get all data for those days including those specified - e.g. 2018-06-01 00:00:00 until 2018-06-30 23:59:99.
 *
 * `POST /export/content/data`
 * @example
 * ```ts
 * const result = await dataExportCreate(client, { created_at_after: 1719474967, created_at_before: 1719492967 });
 * ```
 */
export function dataExportCreate(
  client: ClientCore,
  params: DataExportCreateParams,
  options?: RequestOptions,
): ApiPromise<DataExport> {
  return client.request<DataExport>(
    { method: "POST", path: "/export/content/data", body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `dataExport.find`: `job_identifier` in the path. */
export type DataExportFindParams = {
  /** job_identifier */
  job_identifier: string;
};

/**
 * Show content data export
 *
 * You can view the status of your job by sending a `GET` request to the URL
 * `https://api.intercom.io/export/content/data/{job_identifier}` - the `{job_identifier}` is the value returned in the response when you first created the export job. More on it can be seen in the Export Job Model.
 *
 * > 🚧 Jobs expire after two days
 * > All jobs that have completed processing (and are thus available to download from the provided URL) will have an expiry limit of two days from when the export ob completed. After this, the data will no longer be available.
 *
 * `GET /export/content/data/{job_identifier}`
 * @example
 * ```ts
 * const result = await dataExportFind(client, { job_identifier: "…" });
 * ```
 */
export function dataExportFind(
  client: ClientCore,
  params: DataExportFindParams,
  options?: RequestOptions,
): ApiPromise<DataExport> {
  return client.request<DataExport>(
    { method: "GET", path: "/export/content/data/{job_identifier}", pathParams: ["job_identifier"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `dataExport.cancel`: `job_identifier` in the path. */
export type DataExportCancelParams = {
  /** job_identifier */
  job_identifier: string;
};

/**
 * Cancel content data export
 *
 * You can cancel your job
 *
 * `POST /export/cancel/{job_identifier}`
 * @example
 * ```ts
 * const result = await dataExportCancel(client, { job_identifier: "…" });
 * ```
 */
export function dataExportCancel(
  client: ClientCore,
  params: DataExportCancelParams,
  options?: RequestOptions,
): ApiPromise<DataExport> {
  return client.request<DataExport>(
    { method: "POST", path: "/export/cancel/{job_identifier}", pathParams: ["job_identifier"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `dataExport.download`: `job_identifier` in the path. */
export type DataExportDownloadParams = {
  /** job_identifier */
  job_identifier: string;
};

/**
 * Download content data export
 *
 * When a job has a status of complete, and thus a filled download_url, you can download your data by hitting that provided URL, formatted like so: https://api.intercom.io/download/content/data/xyz1234.
 *
 * Your exported message data will be streamed continuously back down to you in a gzipped CSV format.
 *
 * > 📘 Octet header required
 * >
 * > You will have to specify the header Accept: `application/octet-stream` when hitting this endpoint.
 *
 * `GET /download/content/data/{job_identifier}`
 * @example
 * ```ts
 * const result = await dataExportDownload(client, { job_identifier: "…" });
 * ```
 */
export function dataExportDownload(
  client: ClientCore,
  params: DataExportDownloadParams,
  options?: RequestOptions,
): ApiPromise<Uint8Array> {
  return client.request<Uint8Array>(
    {
      method: "GET",
      path: "/download/content/data/{job_identifier}",
      pathParams: ["job_identifier"],
      response: "binary",
    },
    params,
    accepting("application/octet-stream", options),
  );
}

/** The `dataExport` operations, bound to a client. */
export interface DataExportResource {
  /**
   * Create content data export
   *
   * To create your export job, you need to send a `POST` request to the export endpoint `https://api.intercom.io/export/content/data`.
   *
   * This endpoint exports **message delivery and engagement data** for outbound content (Emails, Posts, Custom Bots, Surveys, Tours, Series, and more). The exported data includes who received each message, when they received it, and how they engaged with it (opens, clicks, replies, completions, dismissals, unsubscribes, and bounces). It does not export raw message or conversation content.
   *
   * The only parameters you need to provide are the range of dates that you want exported.
   *
   * >🚧 Limit of one active job
   * >
   * > You can only have one active job per workspace. You will receive a HTTP status code of 429 with the message Exceeded rate limit of 1 pending message data export jobs if you attempt to create a second concurrent job.
   *
   * >❗️ Updated_at not included
   * >
   * > It should be noted that the timeframe only includes messages sent during the time period and not messages that were only updated during this period. For example, if a message was updated yesterday but sent two days ago, you would need to set the created_at_after date before the message was sent to include that in your retrieval job.
   *
   * >📘 Date ranges are inclusive
   * >
   * > Requesting data for 2018-06-01 until 2018-06-30 will get all data for those days including those specified - e.g. 2018-06-01 00:00:00 until 2018-06-30 23:59:99.
   *
   * `POST /export/content/data`
   * @example
   * ```ts
   * const result = await intercom.dataExport.create({ created_at_after: 1719474967, created_at_before: 1719492967 });
   * ```
   */
  create(params: DataExportCreateParams, options?: RequestOptions): ApiPromise<DataExport>;
  /**
   * Show content data export
   *
   * You can view the status of your job by sending a `GET` request to the URL
   * `https://api.intercom.io/export/content/data/{job_identifier}` - the `{job_identifier}` is the value returned in the response when you first created the export job. More on it can be seen in the Export Job Model.
   *
   * > 🚧 Jobs expire after two days
   * > All jobs that have completed processing (and are thus available to download from the provided URL) will have an expiry limit of two days from when the export ob completed. After this, the data will no longer be available.
   *
   * `GET /export/content/data/{job_identifier}`
   * @example
   * ```ts
   * const result = await intercom.dataExport.find({ job_identifier: "…" });
   * ```
   */
  find(params: DataExportFindParams, options?: RequestOptions): ApiPromise<DataExport>;
  /**
   * Cancel content data export
   *
   * You can cancel your job
   *
   * `POST /export/cancel/{job_identifier}`
   * @example
   * ```ts
   * const result = await intercom.dataExport.cancel({ job_identifier: "…" });
   * ```
   */
  cancel(params: DataExportCancelParams, options?: RequestOptions): ApiPromise<DataExport>;
  /**
   * Download content data export
   *
   * When a job has a status of complete, and thus a filled download_url, you can download your data by hitting that provided URL, formatted like so: https://api.intercom.io/download/content/data/xyz1234.
   *
   * Your exported message data will be streamed continuously back down to you in a gzipped CSV format.
   *
   * > 📘 Octet header required
   * >
   * > You will have to specify the header Accept: `application/octet-stream` when hitting this endpoint.
   *
   * `GET /download/content/data/{job_identifier}`
   * @example
   * ```ts
   * const result = await intercom.dataExport.download({ job_identifier: "…" });
   * ```
   */
  download(params: DataExportDownloadParams, options?: RequestOptions): ApiPromise<Uint8Array>;
}

export class DataExportResource {
  constructor(private readonly client: ClientCore) {}

  create(params: DataExportCreateParams, options?: RequestOptions): ApiPromise<DataExport> {
    return dataExportCreate(this.client, params, options);
  }

  find(params: DataExportFindParams, options?: RequestOptions): ApiPromise<DataExport> {
    return dataExportFind(this.client, params, options);
  }

  cancel(params: DataExportCancelParams, options?: RequestOptions): ApiPromise<DataExport> {
    return dataExportCancel(this.client, params, options);
  }

  download(params: DataExportDownloadParams, options?: RequestOptions): ApiPromise<Uint8Array> {
    return dataExportDownload(this.client, params, options);
  }
}

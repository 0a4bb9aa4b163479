// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import type { ClientCore, RequestOptions, ApiPromise } from "../runtime/index.js";
import type { Jobs } from "../models.js";

/** Arguments of `jobs.status`: `job_id` in the path. */
export type JobsStatusParams = {
  /** The unique identifier for the job which is given by Intercom */
  job_id: string;
};

/**
 * Retrieve job status
 *
 * Retrieve the status of job execution.
 *
 * `GET /jobs/status/{job_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Job not found
 * @example
 * ```ts
 * const result = await jobsStatus(client, { job_id: "…" });
 * ```
 */
export function jobsStatus(client: ClientCore, params: JobsStatusParams, options?: RequestOptions): ApiPromise<Jobs> {
  return client.request<Jobs>(
    { method: "GET", path: "/jobs/status/{job_id}", pathParams: ["job_id"], response: "json" },
    params,
    options,
  );
}

/** The `jobs` operations, bound to a client. */
export interface JobsResource {
  /**
   * Retrieve job status
   *
   * Retrieve the status of job execution.
   *
   * `GET /jobs/status/{job_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Job not found
   * @example
   * ```ts
   * const result = await intercom.jobs.status({ job_id: "…" });
   * ```
   */
  status(params: JobsStatusParams, options?: RequestOptions): ApiPromise<Jobs>;
}

export class JobsResource {
  constructor(private readonly client: ClientCore) {}

  status(params: JobsStatusParams, options?: RequestOptions): ApiPromise<Jobs> {
    return jobsStatus(this.client, params, options);
  }
}

// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { buildQuery } from "../runtime/query.js";
import type { ClientCore, RequestOptions, ApiPromise } from "../runtime/index.js";
import type { Segment, SegmentList } from "../models.js";

/** Arguments of `segments.list`: `include_count` in the query. */
export type SegmentsListParams = {
  /** It includes the count of contacts that belong to each segment. */
  include_count?: boolean;
};

/**
 * List all segments
 *
 * You can fetch a list of all segments.
 *
 * `GET /segments`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await segmentsList(client, { include_count: true });
 * ```
 */
export function segmentsList(
  client: ClientCore,
  params: SegmentsListParams = {},
  options?: RequestOptions,
): ApiPromise<SegmentList> {
  return client.request<SegmentList>(
    { method: "GET", path: "/segments", query: { params: ["include_count"], serialize: buildQuery }, response: "json" },
    params,
    options,
  );
}

/** Arguments of `segments.find`: `segment_id` in the path. */
export type SegmentsFindParams = {
  /** The unique identified of a given segment. */
  segment_id: string;
};

/**
 * Retrieve a segment
 *
 * You can fetch the details of a single segment.
 *
 * `GET /segments/{segment_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Segment not found
 * @example
 * ```ts
 * const result = await segmentsFind(client, { segment_id: "123" });
 * ```
 */
export function segmentsFind(
  client: ClientCore,
  params: SegmentsFindParams,
  options?: RequestOptions,
): ApiPromise<Segment> {
  return client.request<Segment>(
    { method: "GET", path: "/segments/{segment_id}", pathParams: ["segment_id"], response: "json" },
    params,
    options,
  );
}

/** The `segments` operations, bound to a client. */
export interface Segments {
  /**
   * List all segments
   *
   * You can fetch a list of all segments.
   *
   * `GET /segments`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.segments.list({ include_count: true });
   * ```
   */
  list(params?: SegmentsListParams, options?: RequestOptions): ApiPromise<SegmentList>;
  /**
   * Retrieve a segment
   *
   * You can fetch the details of a single segment.
   *
   * `GET /segments/{segment_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Segment not found
   * @example
   * ```ts
   * const result = await intercom.segments.find({ segment_id: "123" });
   * ```
   */
  find(params: SegmentsFindParams, options?: RequestOptions): ApiPromise<Segment>;
}

export class Segments {
  constructor(private readonly client: ClientCore) {}

  list(params: SegmentsListParams = {}, options?: RequestOptions): ApiPromise<SegmentList> {
    return segmentsList(this.client, params, options);
  }

  find(params: SegmentsFindParams, options?: RequestOptions): ApiPromise<Segment> {
    return segmentsFind(this.client, params, options);
  }
}

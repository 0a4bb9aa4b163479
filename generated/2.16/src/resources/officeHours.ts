// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { jsonBody } from "../runtime/body.js";
import type { ClientCore, RequestOptions, ApiPromise } from "../runtime/index.js";
import type {
  CreateOfficeHoursExceptionRequestInput,
  CreateOfficeHoursScheduleRequestInput,
  OfficeHoursException,
  OfficeHoursExceptionList,
  OfficeHoursSchedule,
  OfficeHoursScheduleList,
  UpdateOfficeHoursExceptionRequestInput,
  UpdateOfficeHoursScheduleRequestInput,
} from "../models.js";

/** Arguments of `officeHours.getOfficeHoursException`: `office_hours_schedule_id`, `id` in the path. */
export type OfficeHoursGetOfficeHoursExceptionParams = {
  /** The unique identifier for the office hours schedule. */
  office_hours_schedule_id: string;
  /** The unique identifier for the office hours exception. */
  id: string;
};

/**
 * Retrieve an office hours exception
 *
 * You can fetch the details of a single office hours exception.
 *
 * `GET /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Not Found
 * @example
 * ```ts
 * const result = await officeHoursGetOfficeHoursException(client, { office_hours_schedule_id: "123", id: "456" });
 * ```
 */
export function officeHoursGetOfficeHoursException(
  client: ClientCore,
  params: OfficeHoursGetOfficeHoursExceptionParams,
  options?: RequestOptions,
): ApiPromise<OfficeHoursException> {
  return client.request<OfficeHoursException>(
    {
      method: "GET",
      path: "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}",
      pathParams: ["office_hours_schedule_id", "id"],
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `officeHours.updateOfficeHoursException`: `office_hours_schedule_id`, `id` in the path; the other fields are the json body. */
export type OfficeHoursUpdateOfficeHoursExceptionParams = {
  /** The unique identifier for the office hours schedule. */
  office_hours_schedule_id: string;
  /** The unique identifier for the office hours exception. */
  id: string;
} & UpdateOfficeHoursExceptionRequestInput;

/**
 * Update an office hours exception
 *
 * You can update an existing office hours exception.
 *
 * `PUT /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Not Found
 * @throws {@link UnprocessableEntityError} 422: Validation Error
 * @example
 * ```ts
 * const result = await officeHoursUpdateOfficeHoursException(client, {
 *   office_hours_schedule_id: "123",
 *   id: "456",
 *   exception_type: "custom_hours",
 *   name: "Christmas Day (reduced hours)",
 *   time_intervals: [{ start_minute: 540, end_minute: 780 }],
 *   recurring_annually: true,
 * });
 * ```
 */
export function officeHoursUpdateOfficeHoursException(
  client: ClientCore,
  params: OfficeHoursUpdateOfficeHoursExceptionParams,
  options?: RequestOptions,
): ApiPromise<OfficeHoursException> {
  return client.request<OfficeHoursException>(
    {
      method: "PUT",
      path: "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}",
      pathParams: ["office_hours_schedule_id", "id"],
      body: jsonBody,
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `officeHours.deleteOfficeHoursException`: `office_hours_schedule_id`, `id` in the path. */
export type OfficeHoursDeleteOfficeHoursExceptionParams = {
  /** The unique identifier for the office hours schedule. */
  office_hours_schedule_id: string;
  /** The unique identifier for the office hours exception. */
  id: string;
};

/**
 * Delete an office hours exception
 *
 * You can delete a single office hours exception.
 *
 * `DELETE /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Not Found
 * @example
 * ```ts
 * const result = await officeHoursDeleteOfficeHoursException(client, { office_hours_schedule_id: "123", id: "456" });
 * ```
 */
export function officeHoursDeleteOfficeHoursException(
  client: ClientCore,
  params: OfficeHoursDeleteOfficeHoursExceptionParams,
  options?: RequestOptions,
): ApiPromise<{
  id?: string;
  object?: string;
  deleted?: boolean;
}> {
  return client.request<{
    id?: string;
    object?: string;
    deleted?: boolean;
  }>(
    {
      method: "DELETE",
      path: "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}",
      pathParams: ["office_hours_schedule_id", "id"],
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `officeHours.listOfficeHoursExceptions`: `office_hours_schedule_id` in the path. */
export type OfficeHoursListOfficeHoursExceptionsParams = {
  /** The unique identifier for the office hours schedule. */
  office_hours_schedule_id: string;
};

/**
 * List all office hours exceptions
 *
 * You can fetch a list of all exceptions for an office hours schedule.
 *
 * `GET /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Not Found
 * @example
 * ```ts
 * const result = await officeHoursListOfficeHoursExceptions(client, { office_hours_schedule_id: "123" });
 * ```
 */
export function officeHoursListOfficeHoursExceptions(
  client: ClientCore,
  params: OfficeHoursListOfficeHoursExceptionsParams,
  options?: RequestOptions,
): ApiPromise<OfficeHoursExceptionList> {
  return client.request<OfficeHoursExceptionList>(
    {
      method: "GET",
      path: "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions",
      pathParams: ["office_hours_schedule_id"],
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `officeHours.createOfficeHoursException`: `office_hours_schedule_id` in the path; the other fields are the json body. */
export type OfficeHoursCreateOfficeHoursExceptionParams = {
  /** The unique identifier for the office hours schedule. */
  office_hours_schedule_id: string;
} & CreateOfficeHoursExceptionRequestInput;

/**
 * Create an office hours exception
 *
 * You can create an exception for an office hours schedule. Use `closed` to mark the day closed (omit `time_intervals`) or `custom_hours` to supply replacement intervals.
 *
 * `POST /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Not Found
 * @throws {@link UnprocessableEntityError} 422: Validation Error
 * @example
 * ```ts
 * const result = await officeHoursCreateOfficeHoursException(client, {
 *   office_hours_schedule_id: "123",
 *   exception_date: "2026-12-25",
 *   exception_type: "closed",
 *   name: "Christmas Day",
 *   recurring_annually: true,
 * });
 * ```
 */
export function officeHoursCreateOfficeHoursException(
  client: ClientCore,
  params: OfficeHoursCreateOfficeHoursExceptionParams,
  options?: RequestOptions,
): ApiPromise<OfficeHoursException> {
  return client.request<OfficeHoursException>(
    {
      method: "POST",
      path: "/office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions",
      pathParams: ["office_hours_schedule_id"],
      body: jsonBody,
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `officeHours.getOfficeHoursSchedule`: `id` in the path. */
export type OfficeHoursGetOfficeHoursScheduleParams = {
  /** The unique identifier for the office hours schedule. */
  id: string;
};

/**
 * Retrieve an office hours schedule
 *
 * You can fetch the details of a single office hours schedule.
 *
 * `GET /office_hours_schedules/{id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Not Found
 * @example
 * ```ts
 * const result = await officeHoursGetOfficeHoursSchedule(client, { id: "123" });
 * ```
 */
export function officeHoursGetOfficeHoursSchedule(
  client: ClientCore,
  params: OfficeHoursGetOfficeHoursScheduleParams,
  options?: RequestOptions,
): ApiPromise<OfficeHoursSchedule> {
  return client.request<OfficeHoursSchedule>(
    { method: "GET", path: "/office_hours_schedules/{id}", pathParams: ["id"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `officeHours.updateOfficeHoursSchedule`: `id` in the path; the other fields are the json body. */
export type OfficeHoursUpdateOfficeHoursScheduleParams = {
  /** The unique identifier for the office hours schedule. */
  id: string;
} & UpdateOfficeHoursScheduleRequestInput;

/**
 * Update an office hours schedule
 *
 * You can update an existing office hours schedule.
 *
 * `PUT /office_hours_schedules/{id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Not Found
 * @throws {@link UnprocessableEntityError} 422: Validation Error
 * @example
 * ```ts
 * const result = await officeHoursUpdateOfficeHoursSchedule(client, {
 *   id: "123",
 *   name: "Extended Support Hours",
 *   time_intervals: [{ start_minute: 480, end_minute: 1080 }],
 * });
 * ```
 */
export function officeHoursUpdateOfficeHoursSchedule(
  client: ClientCore,
  params: OfficeHoursUpdateOfficeHoursScheduleParams,
  options?: RequestOptions,
): ApiPromise<OfficeHoursSchedule> {
  return client.request<OfficeHoursSchedule>(
    { method: "PUT", path: "/office_hours_schedules/{id}", pathParams: ["id"], body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `officeHours.deleteOfficeHoursSchedule`: `id` in the path. */
export type OfficeHoursDeleteOfficeHoursScheduleParams = {
  /** The unique identifier for the office hours schedule. */
  id: string;
};

/**
 * Delete an office hours schedule
 *
 * You can delete a single office hours schedule.
 *
 * `DELETE /office_hours_schedules/{id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Not Found
 * @example
 * ```ts
 * const result = await officeHoursDeleteOfficeHoursSchedule(client, { id: "123" });
 * ```
 */
export function officeHoursDeleteOfficeHoursSchedule(
  client: ClientCore,
  params: OfficeHoursDeleteOfficeHoursScheduleParams,
  options?: RequestOptions,
): ApiPromise<{
  id?: string;
  object?: string;
  deleted?: boolean;
}> {
  return client.request<{
    id?: string;
    object?: string;
    deleted?: boolean;
  }>({ method: "DELETE", path: "/office_hours_schedules/{id}", pathParams: ["id"], response: "json" }, params, options);
}

/** Arguments of `officeHours.listOfficeHoursSchedules`. */
export type OfficeHoursListOfficeHoursSchedulesParams = Record<string, never>;

/**
 * List all office hours schedules
 *
 * You can fetch a list of all office hours schedules for the workspace.
 *
 * `GET /office_hours_schedules`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await officeHoursListOfficeHoursSchedules(client);
 * ```
 */
export function officeHoursListOfficeHoursSchedules(
  client: ClientCore,
  params: OfficeHoursListOfficeHoursSchedulesParams = {},
  options?: RequestOptions,
): ApiPromise<OfficeHoursScheduleList> {
  return client.request<OfficeHoursScheduleList>(
    { method: "GET", path: "/office_hours_schedules", response: "json" },
    params,
    options,
  );
}

/** Arguments of `officeHours.createOfficeHoursSchedule`: the other fields are the json body. */
export type OfficeHoursCreateOfficeHoursScheduleParams = CreateOfficeHoursScheduleRequestInput;

/**
 * Create an office hours schedule
 *
 * You can create a new office hours schedule for the workspace.
 *
 * `POST /office_hours_schedules`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link UnprocessableEntityError} 422: Validation Error
 * @example
 * ```ts
 * const result = await officeHoursCreateOfficeHoursSchedule(client, {
 *   name: "Standard Support Hours",
 *   time_zone_name: "America/New_York",
 *   time_intervals: [{ start_minute: 540, end_minute: 1020 }],
 * });
 * ```
 */
export function officeHoursCreateOfficeHoursSchedule(
  client: ClientCore,
  params: OfficeHoursCreateOfficeHoursScheduleParams,
  options?: RequestOptions,
): ApiPromise<OfficeHoursSchedule> {
  return client.request<OfficeHoursSchedule>(
    { method: "POST", path: "/office_hours_schedules", body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** The `officeHours` operations, bound to a client. */
export interface OfficeHours {
  /**
   * Retrieve an office hours exception
   *
   * You can fetch the details of a single office hours exception.
   *
   * `GET /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Not Found
   * @example
   * ```ts
   * const result = await intercom.officeHours.getOfficeHoursException({ office_hours_schedule_id: "123", id: "456" });
   * ```
   */
  getOfficeHoursException(
    params: OfficeHoursGetOfficeHoursExceptionParams,
    options?: RequestOptions,
  ): ApiPromise<OfficeHoursException>;
  /**
   * Update an office hours exception
   *
   * You can update an existing office hours exception.
   *
   * `PUT /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Not Found
   * @throws {@link UnprocessableEntityError} 422: Validation Error
   * @example
   * ```ts
   * const result = await intercom.officeHours.updateOfficeHoursException({
   *   office_hours_schedule_id: "123",
   *   id: "456",
   *   exception_type: "custom_hours",
   *   name: "Christmas Day (reduced hours)",
   *   time_intervals: [{ start_minute: 540, end_minute: 780 }],
   *   recurring_annually: true,
   * });
   * ```
   */
  updateOfficeHoursException(
    params: OfficeHoursUpdateOfficeHoursExceptionParams,
    options?: RequestOptions,
  ): ApiPromise<OfficeHoursException>;
  /**
   * Delete an office hours exception
   *
   * You can delete a single office hours exception.
   *
   * `DELETE /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions/{id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Not Found
   * @example
   * ```ts
   * const result = await intercom.officeHours.deleteOfficeHoursException({ office_hours_schedule_id: "123", id: "456" });
   * ```
   */
  deleteOfficeHoursException(
    params: OfficeHoursDeleteOfficeHoursExceptionParams,
    options?: RequestOptions,
  ): ApiPromise<{
    id?: string;
    object?: string;
    deleted?: boolean;
  }>;
  /**
   * List all office hours exceptions
   *
   * You can fetch a list of all exceptions for an office hours schedule.
   *
   * `GET /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Not Found
   * @example
   * ```ts
   * const result = await intercom.officeHours.listOfficeHoursExceptions({ office_hours_schedule_id: "123" });
   * ```
   */
  listOfficeHoursExceptions(
    params: OfficeHoursListOfficeHoursExceptionsParams,
    options?: RequestOptions,
  ): ApiPromise<OfficeHoursExceptionList>;
  /**
   * Create an office hours exception
   *
   * You can create an exception for an office hours schedule. Use `closed` to mark the day closed (omit `time_intervals`) or `custom_hours` to supply replacement intervals.
   *
   * `POST /office_hours_schedules/{office_hours_schedule_id}/office_hours_exceptions`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Not Found
   * @throws {@link UnprocessableEntityError} 422: Validation Error
   * @example
   * ```ts
   * const result = await intercom.officeHours.createOfficeHoursException({
   *   office_hours_schedule_id: "123",
   *   exception_date: "2026-12-25",
   *   exception_type: "closed",
   *   name: "Christmas Day",
   *   recurring_annually: true,
   * });
   * ```
   */
  createOfficeHoursException(
    params: OfficeHoursCreateOfficeHoursExceptionParams,
    options?: RequestOptions,
  ): ApiPromise<OfficeHoursException>;
  /**
   * Retrieve an office hours schedule
   *
   * You can fetch the details of a single office hours schedule.
   *
   * `GET /office_hours_schedules/{id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Not Found
   * @example
   * ```ts
   * const result = await intercom.officeHours.getOfficeHoursSchedule({ id: "123" });
   * ```
   */
  getOfficeHoursSchedule(
    params: OfficeHoursGetOfficeHoursScheduleParams,
    options?: RequestOptions,
  ): ApiPromise<OfficeHoursSchedule>;
  /**
   * Update an office hours schedule
   *
   * You can update an existing office hours schedule.
   *
   * `PUT /office_hours_schedules/{id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Not Found
   * @throws {@link UnprocessableEntityError} 422: Validation Error
   * @example
   * ```ts
   * const result = await intercom.officeHours.updateOfficeHoursSchedule({
   *   id: "123",
   *   name: "Extended Support Hours",
   *   time_intervals: [{ start_minute: 480, end_minute: 1080 }],
   * });
   * ```
   */
  updateOfficeHoursSchedule(
    params: OfficeHoursUpdateOfficeHoursScheduleParams,
    options?: RequestOptions,
  ): ApiPromise<OfficeHoursSchedule>;
  /**
   * Delete an office hours schedule
   *
   * You can delete a single office hours schedule.
   *
   * `DELETE /office_hours_schedules/{id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Not Found
   * @example
   * ```ts
   * const result = await intercom.officeHours.deleteOfficeHoursSchedule({ id: "123" });
   * ```
   */
  deleteOfficeHoursSchedule(
    params: OfficeHoursDeleteOfficeHoursScheduleParams,
    options?: RequestOptions,
  ): ApiPromise<{
    id?: string;
    object?: string;
    deleted?: boolean;
  }>;
  /**
   * List all office hours schedules
   *
   * You can fetch a list of all office hours schedules for the workspace.
   *
   * `GET /office_hours_schedules`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.officeHours.listOfficeHoursSchedules();
   * ```
   */
  listOfficeHoursSchedules(
    params?: OfficeHoursListOfficeHoursSchedulesParams,
    options?: RequestOptions,
  ): ApiPromise<OfficeHoursScheduleList>;
  /**
   * Create an office hours schedule
   *
   * You can create a new office hours schedule for the workspace.
   *
   * `POST /office_hours_schedules`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link UnprocessableEntityError} 422: Validation Error
   * @example
   * ```ts
   * const result = await intercom.officeHours.createOfficeHoursSchedule({
   *   name: "Standard Support Hours",
   *   time_zone_name: "America/New_York",
   *   time_intervals: [{ start_minute: 540, end_minute: 1020 }],
   * });
   * ```
   */
  createOfficeHoursSchedule(
    params: OfficeHoursCreateOfficeHoursScheduleParams,
    options?: RequestOptions,
  ): ApiPromise<OfficeHoursSchedule>;
}

export class OfficeHours {
  constructor(private readonly client: ClientCore) {}

  getOfficeHoursException(
    params: OfficeHoursGetOfficeHoursExceptionParams,
    options?: RequestOptions,
  ): ApiPromise<OfficeHoursException> {
    return officeHoursGetOfficeHoursException(this.client, params, options);
  }

  updateOfficeHoursException(
    params: OfficeHoursUpdateOfficeHoursExceptionParams,
    options?: RequestOptions,
  ): ApiPromise<OfficeHoursException> {
    return officeHoursUpdateOfficeHoursException(this.client, params, options);
  }

  deleteOfficeHoursException(
    params: OfficeHoursDeleteOfficeHoursExceptionParams,
    options?: RequestOptions,
  ): ApiPromise<{
    id?: string;
    object?: string;
    deleted?: boolean;
  }> {
    return officeHoursDeleteOfficeHoursException(this.client, params, options);
  }

  listOfficeHoursExceptions(
    params: OfficeHoursListOfficeHoursExceptionsParams,
    options?: RequestOptions,
  ): ApiPromise<OfficeHoursExceptionList> {
    return officeHoursListOfficeHoursExceptions(this.client, params, options);
  }

  createOfficeHoursException(
    params: OfficeHoursCreateOfficeHoursExceptionParams,
    options?: RequestOptions,
  ): ApiPromise<OfficeHoursException> {
    return officeHoursCreateOfficeHoursException(this.client, params, options);
  }

  getOfficeHoursSchedule(
    params: OfficeHoursGetOfficeHoursScheduleParams,
    options?: RequestOptions,
  ): ApiPromise<OfficeHoursSchedule> {
    return officeHoursGetOfficeHoursSchedule(this.client, params, options);
  }

  updateOfficeHoursSchedule(
    params: OfficeHoursUpdateOfficeHoursScheduleParams,
    options?: RequestOptions,
  ): ApiPromise<OfficeHoursSchedule> {
    return officeHoursUpdateOfficeHoursSchedule(this.client, params, options);
  }

  deleteOfficeHoursSchedule(
    params: OfficeHoursDeleteOfficeHoursScheduleParams,
    options?: RequestOptions,
  ): ApiPromise<{
    id?: string;
    object?: string;
    deleted?: boolean;
  }> {
    return officeHoursDeleteOfficeHoursSchedule(this.client, params, options);
  }

  listOfficeHoursSchedules(
    params: OfficeHoursListOfficeHoursSchedulesParams = {},
    options?: RequestOptions,
  ): ApiPromise<OfficeHoursScheduleList> {
    return officeHoursListOfficeHoursSchedules(this.client, params, options);
  }

  createOfficeHoursSchedule(
    params: OfficeHoursCreateOfficeHoursScheduleParams,
    options?: RequestOptions,
  ): ApiPromise<OfficeHoursSchedule> {
    return officeHoursCreateOfficeHoursSchedule(this.client, params, options);
  }
}

// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { jsonBody } from "../runtime/body.js";
import { buildQuery } from "../runtime/query.js";
import type { ClientCore, RequestOptions, ApiPromise } from "../runtime/index.js";
import type { ActivityLogList, Admin, AdminList, AdminWithApp } from "../models.js";

/** Arguments of `admins.identify`. */
export type AdminsIdentifyParams = Record<string, never>;

/**
 * Identify an admin
 *
 * You can view the currently authorised admin along with the embedded app object (a "workspace" in legacy terminology).
 *
 * > 🚧 Single Sign On
 * >
 * > If you are building a custom "Log in with Intercom" flow for your site, and you call the `/me` endpoint to identify the logged-in user, you should not accept any sign-ins from users with unverified email addresses as it poses a potential impersonation security risk.
 *
 * `GET /me`
 * @example
 * ```ts
 * const result = await adminsIdentify(client);
 * ```
 */
export function adminsIdentify(
  client: ClientCore,
  params: AdminsIdentifyParams = {},
  options?: RequestOptions,
): ApiPromise<AdminWithApp> {
  return client.request<AdminWithApp>({ method: "GET", path: "/me", response: "json" }, params, options);
}

/** Arguments of `admins.away`: `admin_id` in the path; the other fields are the json body. */
export type AdminsAwayParams = {
  /** The unique identifier of a given admin */
  admin_id: string;
  /**
   * Set to "true" to change the status of the admin to away.
   * @default true
   */
  away_mode_enabled: boolean;
  /**
   * Set to "true" to assign any new conversation replies to your default inbox.
   * @default false
   */
  away_mode_reassign: boolean;
};

/**
 * Set an admin to away
 *
 * You can set an Admin as away for the Inbox.
 *
 * `PUT /admins/{admin_id}/away`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Admin not found
 * @example
 * ```ts
 * const result = await adminsAway(client, { admin_id: "…", away_mode_enabled: true, away_mode_reassign: true });
 * ```
 */
export function adminsAway(client: ClientCore, params: AdminsAwayParams, options?: RequestOptions): ApiPromise<Admin> {
  return client.request<Admin>(
    { method: "PUT", path: "/admins/{admin_id}/away", pathParams: ["admin_id"], body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `admins.listAllActivityLogs`: `created_at_after`, `created_at_before` in the query. */
export type AdminsListAllActivityLogsParams = {
  /** The start date that you request data for. It must be formatted as a UNIX timestamp. */
  created_at_after: string;
  /** The end date that you request data for. It must be formatted as a UNIX timestamp. */
  created_at_before?: string;
};

/**
 * List all activity logs
 *
 * You can get a log of activities by all admins in an app.
 *
 * `GET /admins/activity_logs`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await adminsListAllActivityLogs(client, { created_at_after: "1677253093", created_at_before: "1677861493" });
 * ```
 */
export function adminsListAllActivityLogs(
  client: ClientCore,
  params: AdminsListAllActivityLogsParams,
  options?: RequestOptions,
): ApiPromise<ActivityLogList> {
  return client.request<ActivityLogList>(
    {
      method: "GET",
      path: "/admins/activity_logs",
      query: { params: ["created_at_after", "created_at_before"], serialize: buildQuery },
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `admins.list`: `display_avatar` in the query. */
export type AdminsListParams = {
  /** If set to true, the response will include the admin's avatar object containing the image URL. Defaults to false. */
  display_avatar?: boolean;
};

/**
 * List all admins
 *
 * You can fetch a list of admins for a given workspace.
 *
 * `GET /admins`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await adminsList(client, { display_avatar: true });
 * ```
 */
export function adminsList(
  client: ClientCore,
  params: AdminsListParams = {},
  options?: RequestOptions,
): ApiPromise<AdminList> {
  return client.request<AdminList>(
    { method: "GET", path: "/admins", query: { params: ["display_avatar"], serialize: buildQuery }, response: "json" },
    params,
    options,
  );
}

/** Arguments of `admins.find`: `admin_id` in the path. */
export type AdminsFindParams = {
  /** The unique identifier of a given admin */
  admin_id: string;
};

/**
 * Retrieve an admin
 *
 * You can retrieve the details of a single admin.
 *
 * `GET /admins/{admin_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Admin not found
 * @example
 * ```ts
 * const result = await adminsFind(client, { admin_id: "123" });
 * ```
 */
export function adminsFind(client: ClientCore, params: AdminsFindParams, options?: RequestOptions): ApiPromise<Admin> {
  return client.request<Admin>(
    { method: "GET", path: "/admins/{admin_id}", pathParams: ["admin_id"], response: "json" },
    params,
    options,
  );
}

/** The `admins` operations, bound to a client. */
export interface Admins {
  /**
   * Identify an admin
   *
   * You can view the currently authorised admin along with the embedded app object (a "workspace" in legacy terminology).
   *
   * > 🚧 Single Sign On
   * >
   * > If you are building a custom "Log in with Intercom" flow for your site, and you call the `/me` endpoint to identify the logged-in user, you should not accept any sign-ins from users with unverified email addresses as it poses a potential impersonation security risk.
   *
   * `GET /me`
   * @example
   * ```ts
   * const result = await intercom.admins.identify();
   * ```
   */
  identify(params?: AdminsIdentifyParams, options?: RequestOptions): ApiPromise<AdminWithApp>;
  /**
   * Set an admin to away
   *
   * You can set an Admin as away for the Inbox.
   *
   * `PUT /admins/{admin_id}/away`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Admin not found
   * @example
   * ```ts
   * const result = await intercom.admins.away({ admin_id: "…", away_mode_enabled: true, away_mode_reassign: true });
   * ```
   */
  away(params: AdminsAwayParams, options?: RequestOptions): ApiPromise<Admin>;
  /**
   * List all activity logs
   *
   * You can get a log of activities by all admins in an app.
   *
   * `GET /admins/activity_logs`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.admins.listAllActivityLogs({ created_at_after: "1677253093", created_at_before: "1677861493" });
   * ```
   */
  listAllActivityLogs(params: AdminsListAllActivityLogsParams, options?: RequestOptions): ApiPromise<ActivityLogList>;
  /**
   * List all admins
   *
   * You can fetch a list of admins for a given workspace.
   *
   * `GET /admins`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.admins.list({ display_avatar: true });
   * ```
   */
  list(params?: AdminsListParams, options?: RequestOptions): ApiPromise<AdminList>;
  /**
   * Retrieve an admin
   *
   * You can retrieve the details of a single admin.
   *
   * `GET /admins/{admin_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Admin not found
   * @example
   * ```ts
   * const result = await intercom.admins.find({ admin_id: "123" });
   * ```
   */
  find(params: AdminsFindParams, options?: RequestOptions): ApiPromise<Admin>;
}

export class Admins {
  constructor(private readonly client: ClientCore) {}

  identify(params: AdminsIdentifyParams = {}, options?: RequestOptions): ApiPromise<AdminWithApp> {
    return adminsIdentify(this.client, params, options);
  }

  away(params: AdminsAwayParams, options?: RequestOptions): ApiPromise<Admin> {
    return adminsAway(this.client, params, options);
  }

  listAllActivityLogs(params: AdminsListAllActivityLogsParams, options?: RequestOptions): ApiPromise<ActivityLogList> {
    return adminsListAllActivityLogs(this.client, params, options);
  }

  list(params: AdminsListParams = {}, options?: RequestOptions): ApiPromise<AdminList> {
    return adminsList(this.client, params, options);
  }

  find(params: AdminsFindParams, options?: RequestOptions): ApiPromise<Admin> {
    return adminsFind(this.client, params, options);
  }
}

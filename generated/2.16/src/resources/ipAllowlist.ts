// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { jsonBody } from "../runtime/body.js";
import type { ClientCore, RequestOptions, ApiPromise } from "../runtime/index.js";
import type { IpAllowlist } from "../models.js";

/** Arguments of `ipAllowlist.getIpAllowlist`. */
export type IpAllowlistGetIpAllowlistParams = Record<string, never>;

/**
 * Get IP allowlist settings
 *
 * Retrieve the current IP allowlist configuration for the workspace.
 *
 * `GET /ip_allowlist`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await ipAllowlistGetIpAllowlist(client);
 * ```
 */
export function ipAllowlistGetIpAllowlist(
  client: ClientCore,
  params: IpAllowlistGetIpAllowlistParams = {},
  options?: RequestOptions,
): ApiPromise<IpAllowlist> {
  return client.request<IpAllowlist>({ method: "GET", path: "/ip_allowlist", response: "json" }, params, options);
}

/** Arguments of `ipAllowlist.updateIpAllowlist`: the other fields are the json body. */
export type IpAllowlistUpdateIpAllowlistParams = IpAllowlist;

/**
 * Update IP allowlist settings
 *
 * Update the IP allowlist configuration for the workspace.
 *
 * Warning: Lockout Protection.
 * The API will reject updates that would lock out the caller's IP address. Ensure your current IP is included in the allowlist when enabling the feature.
 *
 * `PUT /ip_allowlist`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link UnprocessableEntityError} 422: Validation error
 * @example
 * ```ts
 * const result = await ipAllowlistUpdateIpAllowlist(client, { enabled: true, ip_allowlist: ["192.168.1.0/24", "10.0.0.1"] });
 * ```
 */
export function ipAllowlistUpdateIpAllowlist(
  client: ClientCore,
  params: IpAllowlistUpdateIpAllowlistParams = {},
  options?: RequestOptions,
): ApiPromise<IpAllowlist> {
  return client.request<IpAllowlist>(
    { method: "PUT", path: "/ip_allowlist", body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** The `ipAllowlist` operations, bound to a client. */
export interface IpAllowlistResource {
  /**
   * Get IP allowlist settings
   *
   * Retrieve the current IP allowlist configuration for the workspace.
   *
   * `GET /ip_allowlist`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.ipAllowlist.getIpAllowlist();
   * ```
   */
  getIpAllowlist(params?: IpAllowlistGetIpAllowlistParams, options?: RequestOptions): ApiPromise<IpAllowlist>;
  /**
   * Update IP allowlist settings
   *
   * Update the IP allowlist configuration for the workspace.
   *
   * Warning: Lockout Protection.
   * The API will reject updates that would lock out the caller's IP address. Ensure your current IP is included in the allowlist when enabling the feature.
   *
   * `PUT /ip_allowlist`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link UnprocessableEntityError} 422: Validation error
   * @example
   * ```ts
   * const result = await intercom.ipAllowlist.updateIpAllowlist({ enabled: true, ip_allowlist: ["192.168.1.0/24", "10.0.0.1"] });
   * ```
   */
  updateIpAllowlist(params?: IpAllowlistUpdateIpAllowlistParams, options?: RequestOptions): ApiPromise<IpAllowlist>;
}

export class IpAllowlistResource {
  constructor(private readonly client: ClientCore) {}

  getIpAllowlist(params: IpAllowlistGetIpAllowlistParams = {}, options?: RequestOptions): ApiPromise<IpAllowlist> {
    return ipAllowlistGetIpAllowlist(this.client, params, options);
  }

  updateIpAllowlist(
    params: IpAllowlistUpdateIpAllowlistParams = {},
    options?: RequestOptions,
  ): ApiPromise<IpAllowlist> {
    return ipAllowlistUpdateIpAllowlist(this.client, params, options);
  }
}

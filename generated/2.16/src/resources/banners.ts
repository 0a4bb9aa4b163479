// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import type { ClientCore, RequestOptions, ApiPromise } from "../runtime/index.js";
import type { BannerDismiss, BannerList } from "../models.js";

/** Arguments of `banners.listContactBanners`: `id` in the path. */
export type BannersListContactBannersParams = {
  /** The unique identifier of a contact. */
  id: string;
};

/**
 * List banners for a contact
 *
 * Returns the banners a contact currently matches, so you can display them on
 * surfaces outside the Messenger (native mobile apps, kiosks, embedded tools).
 *
 * Each banner in the response includes a `view_id`. Use it to record a dismissal
 * with the dismiss endpoint. A returned banner is treated as shown: requesting
 * this endpoint records an impression for each banner returned, so call it at the
 * point you are about to display the banners, not speculatively.
 *
 * `GET /contacts/{id}/banners`
 * @throws {@link NotFoundError} 404: Contact not found
 * @example
 * ```ts
 * const result = await bannersListContactBanners(client, { id: "…" });
 * ```
 */
export function bannersListContactBanners(
  client: ClientCore,
  params: BannersListContactBannersParams,
  options?: RequestOptions,
): ApiPromise<BannerList> {
  return client.request<BannerList>(
    { method: "GET", path: "/contacts/{id}/banners", pathParams: ["id"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `banners.dismissContactBanner`: `id`, `view_id` in the path. */
export type BannersDismissContactBannerParams = {
  /** The unique identifier of a contact. */
  id: string;
  /** The `view_id` of the banner to dismiss, as returned by the list banners endpoint. */
  view_id: string;
};

/**
 * Dismiss a banner for a contact
 *
 * Records that a contact has dismissed a banner. Dismissals are shared across
 * surfaces, so a banner dismissed through this endpoint will also stop appearing
 * in the web Messenger for that contact, and vice versa.
 *
 * The request is idempotent: dismissing an already-dismissed banner succeeds and
 * returns the same response.
 *
 * `POST /contacts/{id}/banners/{view_id}/dismiss`
 * @throws {@link NotFoundError} 404: Banner view not found
 * @example
 * ```ts
 * const result = await bannersDismissContactBanner(client, { id: "…", view_id: "…" });
 * ```
 */
export function bannersDismissContactBanner(
  client: ClientCore,
  params: BannersDismissContactBannerParams,
  options?: RequestOptions,
): ApiPromise<BannerDismiss> {
  return client.request<BannerDismiss>(
    {
      method: "POST",
      path: "/contacts/{id}/banners/{view_id}/dismiss",
      pathParams: ["id", "view_id"],
      response: "json",
    },
    params,
    options,
  );
}

/** The `banners` operations, bound to a client. */
export interface Banners {
  /**
   * List banners for a contact
   *
   * Returns the banners a contact currently matches, so you can display them on
   * surfaces outside the Messenger (native mobile apps, kiosks, embedded tools).
   *
   * Each banner in the response includes a `view_id`. Use it to record a dismissal
   * with the dismiss endpoint. A returned banner is treated as shown: requesting
   * this endpoint records an impression for each banner returned, so call it at the
   * point you are about to display the banners, not speculatively.
   *
   * `GET /contacts/{id}/banners`
   * @throws {@link NotFoundError} 404: Contact not found
   * @example
   * ```ts
   * const result = await intercom.banners.listContactBanners({ id: "…" });
   * ```
   */
  listContactBanners(params: BannersListContactBannersParams, options?: RequestOptions): ApiPromise<BannerList>;
  /**
   * Dismiss a banner for a contact
   *
   * Records that a contact has dismissed a banner. Dismissals are shared across
   * surfaces, so a banner dismissed through this endpoint will also stop appearing
   * in the web Messenger for that contact, and vice versa.
   *
   * The request is idempotent: dismissing an already-dismissed banner succeeds and
   * returns the same response.
   *
   * `POST /contacts/{id}/banners/{view_id}/dismiss`
   * @throws {@link NotFoundError} 404: Banner view not found
   * @example
   * ```ts
   * const result = await intercom.banners.dismissContactBanner({ id: "…", view_id: "…" });
   * ```
   */
  dismissContactBanner(params: BannersDismissContactBannerParams, options?: RequestOptions): ApiPromise<BannerDismiss>;
}

export class Banners {
  constructor(private readonly client: ClientCore) {}

  listContactBanners(params: BannersListContactBannersParams, options?: RequestOptions): ApiPromise<BannerList> {
    return bannersListContactBanners(this.client, params, options);
  }

  dismissContactBanner(params: BannersDismissContactBannerParams, options?: RequestOptions): ApiPromise<BannerDismiss> {
    return bannersDismissContactBanner(this.client, params, options);
  }
}

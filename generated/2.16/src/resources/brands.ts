// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import type { ClientCore, RequestOptions, ApiPromise } from "../runtime/index.js";
import type { Brand, BrandList } from "../models.js";

/** Arguments of `brands.listBrands`. */
export type BrandsListBrandsParams = Record<string, never>;

/**
 * List all brands
 *
 * Retrieves all brands for the workspace, including the default brand.
 * The default brand id always matches the workspace
 *
 * `GET /brands`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await brandsListBrands(client);
 * ```
 */
export function brandsListBrands(
  client: ClientCore,
  params: BrandsListBrandsParams = {},
  options?: RequestOptions,
): ApiPromise<BrandList> {
  return client.request<BrandList>({ method: "GET", path: "/brands", response: "json" }, params, options);
}

/** Arguments of `brands.retrieveBrand`: `id` in the path. */
export type BrandsRetrieveBrandParams = {
  /** The unique identifier of the brand */
  id: string;
};

/**
 * Retrieve a brand
 *
 * Fetches a specific brand by its unique identifier
 *
 * `GET /brands/{id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Brand not found
 * @example
 * ```ts
 * const result = await brandsRetrieveBrand(client, { id: "…" });
 * ```
 */
export function brandsRetrieveBrand(
  client: ClientCore,
  params: BrandsRetrieveBrandParams,
  options?: RequestOptions,
): ApiPromise<Brand> {
  return client.request<Brand>(
    { method: "GET", path: "/brands/{id}", pathParams: ["id"], response: "json" },
    params,
    options,
  );
}

/** The `brands` operations, bound to a client. */
export interface Brands {
  /**
   * List all brands
   *
   * Retrieves all brands for the workspace, including the default brand.
   * The default brand id always matches the workspace
   *
   * `GET /brands`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.brands.listBrands();
   * ```
   */
  listBrands(params?: BrandsListBrandsParams, options?: RequestOptions): ApiPromise<BrandList>;
  /**
   * Retrieve a brand
   *
   * Fetches a specific brand by its unique identifier
   *
   * `GET /brands/{id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Brand not found
   * @example
   * ```ts
   * const result = await intercom.brands.retrieveBrand({ id: "…" });
   * ```
   */
  retrieveBrand(params: BrandsRetrieveBrandParams, options?: RequestOptions): ApiPromise<Brand>;
}

export class Brands {
  constructor(private readonly client: ClientCore) {}

  listBrands(params: BrandsListBrandsParams = {}, options?: RequestOptions): ApiPromise<BrandList> {
    return brandsListBrands(this.client, params, options);
  }

  retrieveBrand(params: BrandsRetrieveBrandParams, options?: RequestOptions): ApiPromise<Brand> {
    return brandsRetrieveBrand(this.client, params, options);
  }
}

// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { jsonBody } from "../runtime/body.js";
import { paginate } from "../runtime/pagination.js";
import { buildQuery } from "../runtime/query.js";
import type { ClientCore, RequestOptions, ApiPromise, PagePromise } from "../runtime/index.js";
import type {
  Company,
  CompanyAttachedContacts,
  CompanyAttachedSegments,
  CompanyList,
  CompanyScroll,
  Contact,
  CreateOrUpdateCompanyRequest,
  DeletedCompanyObject,
  UpdateCompanyRequest,
} from "../models.js";

/** Arguments of `companies.retrieve`: `name`, `company_id`, `tag_id`, `segment_id`, `page`, `per_page` in the query. */
export type CompaniesRetrieveParams = {
  /** The `name` of the company to filter by. */
  name?: string;
  /** The `company_id` of the company to filter by. */
  company_id?: string;
  /** The `tag_id` of the company to filter by. */
  tag_id?: string;
  /** The `segment_id` of the company to filter by. */
  segment_id?: string;
  /** The page of results to fetch. Defaults to first page */
  page?: number;
  /** How many results to display per page. Defaults to 15 */
  per_page?: number;
};

/**
 * Retrieve companies
 *
 * You can fetch a single company by passing in `company_id` or `name`.
 *
 * `https://api.intercom.io/companies?name={name}`
 *
 * `https://api.intercom.io/companies?company_id={company_id}`
 *
 * You can fetch all companies and filter by `segment_id` or `tag_id` as a query parameter.
 *
 * `https://api.intercom.io/companies?tag_id={tag_id}`
 *
 * `https://api.intercom.io/companies?segment_id={segment_id}`
 *
 * `GET /companies`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Company Not Found
 * @example
 * ```ts
 * const result = await companiesRetrieve(client, {
 *   name: "my company",
 *   company_id: "12345",
 *   tag_id: "678910",
 *   segment_id: "98765",
 *   page: 1,
 *   per_page: 15,
 * });
 * ```
 */
export function companiesRetrieve(
  client: ClientCore,
  params: CompaniesRetrieveParams = {},
  options?: RequestOptions,
): ApiPromise<Company | CompanyList> {
  return client.request<Company | CompanyList>(
    {
      method: "GET",
      path: "/companies",
      query: { params: ["name", "company_id", "tag_id", "segment_id", "page", "per_page"], serialize: buildQuery },
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `companies.createOrUpdate`: the other fields are the json body. */
export type CompaniesCreateOrUpdateParams = CreateOrUpdateCompanyRequest;

/**
 * Create or Update a company
 *
 * You can create or update a company.
 *
 * Companies will be only visible in Intercom when there is at least one associated user.
 *
 * Companies are looked up via `company_id` in a `POST` request, if not found via `company_id`, the new company will be created, if found, that company will be updated.
 *
 * Warning: Using `company_id`.
 * You can set a unique `company_id` value when creating a company. However, it is not possible to update `company_id`. Be sure to set a unique value once upon creation of the company.
 *
 * `POST /companies`
 * @throws {@link BadRequestError} 400: Bad Request
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await companiesCreateOrUpdate(client, {
 *   name: "my company",
 *   company_id: "company_remote_id",
 *   remote_created_at: 1374138000,
 * });
 * ```
 */
export function companiesCreateOrUpdate(
  client: ClientCore,
  params: CompaniesCreateOrUpdateParams = {},
  options?: RequestOptions,
): ApiPromise<Company> {
  return client.request<Company>(
    { method: "POST", path: "/companies", body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `companies.find`: `company_id` in the path. */
export type CompaniesFindParams = {
  /** The unique identifier for the company which is given by Intercom */
  company_id: string;
};

/**
 * Retrieve a company by ID
 *
 * You can fetch a single company.
 *
 * `GET /companies/{company_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Company Not Found
 * @example
 * ```ts
 * const result = await companiesFind(client, { company_id: "5f4d3c1c-7b1b-4d7d-a97e-6095715c6632" });
 * ```
 */
export function companiesFind(
  client: ClientCore,
  params: CompaniesFindParams,
  options?: RequestOptions,
): ApiPromise<Company> {
  return client.request<Company>(
    { method: "GET", path: "/companies/{company_id}", pathParams: ["company_id"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `companies.update`: `company_id` in the path; the other fields are the json body. */
export type CompaniesUpdateParams = {
  /** The unique identifier for the company which is given by Intercom */
  company_id: string;
} & UpdateCompanyRequest;

/**
 * Update a company
 *
 * You can update a single company using the Intercom provisioned `id`.
 *
 * Warning: Using `company_id`.
 * When updating a company it is not possible to update `company_id`. This can only be set once upon creation of the company.
 *
 * `PUT /companies/{company_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Company Not Found
 * @example
 * ```ts
 * const result = await companiesUpdate(client, {
 *   company_id: "5f4d3c1c-7b1b-4d7d-a97e-6095715c6632",
 *   name: "Intercom",
 *   plan: "Enterprise",
 *   size: 100,
 *   website: "https://www.example.com",
 *   industry: "Manufacturing",
 *   remote_created_at: 1394531169,
 *   monthly_spend: 1000,
 * });
 * ```
 */
export function companiesUpdate(
  client: ClientCore,
  params: CompaniesUpdateParams,
  options?: RequestOptions,
): ApiPromise<Company> {
  return client.request<Company>(
    { method: "PUT", path: "/companies/{company_id}", pathParams: ["company_id"], body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `companies.delete`: `company_id` in the path. */
export type CompaniesDeleteParams = {
  /** The unique identifier for the company which is given by Intercom */
  company_id: string;
};

/**
 * Delete a company
 *
 * Delete a single company.
 *
 * This endpoint does not permanently remove the company. It archives the company record and detaches any contacts attached to it; the contacts themselves are not deleted. A `company.deleted` webhook is sent once archival completes.
 *
 * The endpoint returns `200` with `"deleted": true` as soon as the request is accepted — archival is processed asynchronously.
 *
 * Warning:
 * Third-party integrations that sync companies into Intercom (for example, Salesforce or Chargebee) will recreate any company deleted through this endpoint on their next sync. To prevent recreation, remove or filter the company at the source integration before deleting it via the API.
 *
 * `DELETE /companies/{company_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Company Not Found
 * @example
 * ```ts
 * const result = await companiesDelete(client, { company_id: "5f4d3c1c-7b1b-4d7d-a97e-6095715c6632" });
 * ```
 */
export function companiesDelete(
  client: ClientCore,
  params: CompaniesDeleteParams,
  options?: RequestOptions,
): ApiPromise<DeletedCompanyObject> {
  return client.request<DeletedCompanyObject>(
    { method: "DELETE", path: "/companies/{company_id}", pathParams: ["company_id"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `companies.listAttachedContacts`: `company_id` in the path; `page`, `per_page` in the query. */
export type CompaniesListAttachedContactsParams = {
  /** The unique identifier for the company which is given by Intercom */
  company_id: string;
  /** The page of results to fetch. Defaults to first page */
  page?: number;
  /** How many results to return per page. Defaults to 15 */
  per_page?: number;
};

/**
 * List attached contacts
 *
 * You can fetch a list of all contacts that belong to a company.
 *
 * `GET /companies/{company_id}/contacts`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Company Not Found
 * @example
 * ```ts
 * for await (const item of companiesListAttachedContacts(client, { company_id: "5f4d3c1c-7b1b-4d7d-a97e-6095715c6632", page: 1, per_page: 15 })) console.log(item);
 * ```
 */
export function companiesListAttachedContacts(
  client: ClientCore,
  params: CompaniesListAttachedContactsParams,
  options?: RequestOptions,
): PagePromise<CompanyAttachedContacts, Contact, CompaniesListAttachedContactsParams, number> {
  return paginate<CompanyAttachedContacts, Contact, CompaniesListAttachedContactsParams, number>(
    client,
    {
      method: "GET",
      path: "/companies/{company_id}/contacts",
      pathParams: ["company_id"],
      query: { params: ["page", "per_page"], serialize: buildQuery },
      response: "json",
    },
    params,
    options,
    { style: "page", items: "data", pageParam: "page", pages: "pages" },
  );
}

/** Arguments of `companies.listAttachedSegments`: `company_id` in the path. */
export type CompaniesListAttachedSegmentsParams = {
  /** The unique identifier for the company which is given by Intercom */
  company_id: string;
};

/**
 * List attached segments for companies
 *
 * You can fetch a list of all segments that belong to a company.
 *
 * `GET /companies/{company_id}/segments`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Company Not Found
 * @example
 * ```ts
 * const result = await companiesListAttachedSegments(client, { company_id: "5f4d3c1c-7b1b-4d7d-a97e-6095715c6632" });
 * ```
 */
export function companiesListAttachedSegments(
  client: ClientCore,
  params: CompaniesListAttachedSegmentsParams,
  options?: RequestOptions,
): ApiPromise<CompanyAttachedSegments> {
  return client.request<CompanyAttachedSegments>(
    { method: "GET", path: "/companies/{company_id}/segments", pathParams: ["company_id"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `companies.list`: `page`, `per_page`, `order` in the query. */
export type CompaniesListParams = {
  /** The page of results to fetch. Defaults to first page */
  page?: number;
  /** How many results to return per page. Defaults to 15 */
  per_page?: number;
  /** `asc` or `desc`. Return the companies in ascending or descending order. Defaults to desc */
  order?: string;
};

/**
 * List all companies
 *
 * You can list companies. The company list is sorted by the `last_request_at` field and by default is ordered descending, most recently requested first.
 *
 * Note that the API does not include companies who have no associated users in list responses.
 *
 * When using the Companies endpoint and the pages object to iterate through the returned companies, there is a limit of 10,000 Companies that can be returned. If you need to list or iterate on more than 10,000 Companies, please use the [Scroll API](https://developers.intercom.com/reference#iterating-over-all-companies).
 * Warning: Pagination.
 * You can use pagination to limit the number of results returned. The default is `20` results per page.
 * See the [pagination section](https://developers.intercom.com/docs/build-an-integration/learn-more/rest-apis/pagination/#pagination-for-list-apis) for more details on how to use the `starting_after` param.
 *
 * `POST /companies/list`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * for await (const item of companiesList(client, { page: 1, per_page: 15, order: "desc" })) console.log(item);
 * ```
 */
export function companiesList(
  client: ClientCore,
  params: CompaniesListParams = {},
  options?: RequestOptions,
): PagePromise<CompanyList, Company, CompaniesListParams, number> {
  return paginate<CompanyList, Company, CompaniesListParams, number>(
    client,
    {
      method: "POST",
      path: "/companies/list",
      query: { params: ["page", "per_page", "order"], serialize: buildQuery },
      response: "json",
    },
    params,
    options,
    { style: "page", items: "data", pageParam: "page", pages: "pages" },
  );
}

/** Arguments of `companies.scroll`: `scroll_param` in the query. */
export type CompaniesScrollParams = {
  scroll_param?: string;
};

/**
 * Scroll over all companies
 *
 * The `list all companies` functionality does not work well for huge datasets, and can result in errors and performance problems when paging deeply. The Scroll API provides an efficient mechanism for iterating over all companies in a dataset.
 *
 * - Each app can only have 1 scroll open at a time. You'll get an error message if you try to have more than one open per app.
 * - If the scroll isn't used for 1 minute, it expires and calls with that scroll param will fail
 * - If the end of the scroll is reached, "companies" will be empty and the scroll parameter will expire
 *
 * Info: Scroll Parameter.
 * You can get the first page of companies by simply sending a GET request to the scroll endpoint.
 * For subsequent requests you will need to use the scroll parameter from the response.
 *
 * Danger: Scroll network timeouts.
 * Since scroll is often used on large datasets network errors such as timeouts can be encountered. When this occurs you will see a HTTP 500 error with the following message:
 * "Request failed due to an internal network error. Please restart the scroll operation."
 * If this happens, you will need to restart your scroll query: It is not possible to continue from a specific point when using scroll.
 *
 * `GET /companies/scroll`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * for await (const item of companiesScroll(client)) console.log(item);
 * ```
 */
export function companiesScroll(
  client: ClientCore,
  params: CompaniesScrollParams = {},
  options?: RequestOptions,
): PagePromise<CompanyScroll, Company, CompaniesScrollParams, string> {
  return paginate<CompanyScroll, Company, CompaniesScrollParams, string>(
    client,
    {
      method: "GET",
      path: "/companies/scroll",
      query: { params: ["scroll_param"], serialize: buildQuery },
      response: "json",
    },
    params,
    options,
    { style: "scroll", items: "data", cursorParam: "scroll_param", nextCursor: "scroll_param" },
  );
}

/** Arguments of `companies.attachContact`: `contact_id` in the path; the other fields are the json body. */
export type CompaniesAttachContactParams = {
  /** The unique identifier for the contact which is given by Intercom */
  contact_id: string;
  /** The unique identifier for the company which is given by Intercom */
  id: string;
};

/**
 * Attach a Contact to a Company
 *
 * You can attach a company to a single contact.
 *
 * `POST /contacts/{contact_id}/companies`
 * @throws {@link BadRequestError} 400: Bad Request
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Company Not Found
 * @example
 * ```ts
 * const result = await companiesAttachContact(client, { contact_id: "…", id: "667d608d8a68186f43bafd70" });
 * ```
 */
export function companiesAttachContact(
  client: ClientCore,
  params: CompaniesAttachContactParams,
  options?: RequestOptions,
): ApiPromise<Company> {
  return client.request<Company>(
    {
      method: "POST",
      path: "/contacts/{contact_id}/companies",
      pathParams: ["contact_id"],
      body: jsonBody,
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `companies.detachContact`: `contact_id`, `company_id` in the path. */
export type CompaniesDetachContactParams = {
  /** The unique identifier for the contact which is given by Intercom */
  contact_id: string;
  /** The unique identifier for the company which is given by Intercom */
  company_id: string;
};

/**
 * Detach a contact from a company
 *
 * You can detach a company from a single contact.
 *
 * `DELETE /contacts/{contact_id}/companies/{company_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Contact Not Found
 * @example
 * ```ts
 * const result = await companiesDetachContact(client, {
 *   contact_id: "58a430d35458202d41b1e65b",
 *   company_id: "58a430d35458202d41b1e65b",
 * });
 * ```
 */
export function companiesDetachContact(
  client: ClientCore,
  params: CompaniesDetachContactParams,
  options?: RequestOptions,
): ApiPromise<Company> {
  return client.request<Company>(
    {
      method: "DELETE",
      path: "/contacts/{contact_id}/companies/{company_id}",
      pathParams: ["contact_id", "company_id"],
      response: "json",
    },
    params,
    options,
  );
}

/** The `companies` operations, bound to a client. */
export interface Companies {
  /**
   * Retrieve companies
   *
   * You can fetch a single company by passing in `company_id` or `name`.
   *
   * `https://api.intercom.io/companies?name={name}`
   *
   * `https://api.intercom.io/companies?company_id={company_id}`
   *
   * You can fetch all companies and filter by `segment_id` or `tag_id` as a query parameter.
   *
   * `https://api.intercom.io/companies?tag_id={tag_id}`
   *
   * `https://api.intercom.io/companies?segment_id={segment_id}`
   *
   * `GET /companies`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Company Not Found
   * @example
   * ```ts
   * const result = await intercom.companies.retrieve({
   *   name: "my company",
   *   company_id: "12345",
   *   tag_id: "678910",
   *   segment_id: "98765",
   *   page: 1,
   *   per_page: 15,
   * });
   * ```
   */
  retrieve(params?: CompaniesRetrieveParams, options?: RequestOptions): ApiPromise<Company | CompanyList>;
  /**
   * Create or Update a company
   *
   * You can create or update a company.
   *
   * Companies will be only visible in Intercom when there is at least one associated user.
   *
   * Companies are looked up via `company_id` in a `POST` request, if not found via `company_id`, the new company will be created, if found, that company will be updated.
   *
   * Warning: Using `company_id`.
   * You can set a unique `company_id` value when creating a company. However, it is not possible to update `company_id`. Be sure to set a unique value once upon creation of the company.
   *
   * `POST /companies`
   * @throws {@link BadRequestError} 400: Bad Request
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.companies.createOrUpdate({
   *   name: "my company",
   *   company_id: "company_remote_id",
   *   remote_created_at: 1374138000,
   * });
   * ```
   */
  createOrUpdate(params?: CompaniesCreateOrUpdateParams, options?: RequestOptions): ApiPromise<Company>;
  /**
   * Retrieve a company by ID
   *
   * You can fetch a single company.
   *
   * `GET /companies/{company_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Company Not Found
   * @example
   * ```ts
   * const result = await intercom.companies.find({ company_id: "5f4d3c1c-7b1b-4d7d-a97e-6095715c6632" });
   * ```
   */
  find(params: CompaniesFindParams, options?: RequestOptions): ApiPromise<Company>;
  /**
   * Update a company
   *
   * You can update a single company using the Intercom provisioned `id`.
   *
   * Warning: Using `company_id`.
   * When updating a company it is not possible to update `company_id`. This can only be set once upon creation of the company.
   *
   * `PUT /companies/{company_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Company Not Found
   * @example
   * ```ts
   * const result = await intercom.companies.update({
   *   company_id: "5f4d3c1c-7b1b-4d7d-a97e-6095715c6632",
   *   name: "Intercom",
   *   plan: "Enterprise",
   *   size: 100,
   *   website: "https://www.example.com",
   *   industry: "Manufacturing",
   *   remote_created_at: 1394531169,
   *   monthly_spend: 1000,
   * });
   * ```
   */
  update(params: CompaniesUpdateParams, options?: RequestOptions): ApiPromise<Company>;
  /**
   * Delete a company
   *
   * Delete a single company.
   *
   * This endpoint does not permanently remove the company. It archives the company record and detaches any contacts attached to it; the contacts themselves are not deleted. A `company.deleted` webhook is sent once archival completes.
   *
   * The endpoint returns `200` with `"deleted": true` as soon as the request is accepted — archival is processed asynchronously.
   *
   * Warning:
   * Third-party integrations that sync companies into Intercom (for example, Salesforce or Chargebee) will recreate any company deleted through this endpoint on their next sync. To prevent recreation, remove or filter the company at the source integration before deleting it via the API.
   *
   * `DELETE /companies/{company_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Company Not Found
   * @example
   * ```ts
   * const result = await intercom.companies.delete({ company_id: "5f4d3c1c-7b1b-4d7d-a97e-6095715c6632" });
   * ```
   */
  delete(params: CompaniesDeleteParams, options?: RequestOptions): ApiPromise<DeletedCompanyObject>;
  /**
   * List attached contacts
   *
   * You can fetch a list of all contacts that belong to a company.
   *
   * `GET /companies/{company_id}/contacts`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Company Not Found
   * @example
   * ```ts
   * for await (const item of intercom.companies.listAttachedContacts({ company_id: "5f4d3c1c-7b1b-4d7d-a97e-6095715c6632", page: 1, per_page: 15 })) console.log(item);
   * ```
   */
  listAttachedContacts(
    params: CompaniesListAttachedContactsParams,
    options?: RequestOptions,
  ): PagePromise<CompanyAttachedContacts, Contact, CompaniesListAttachedContactsParams, number>;
  /**
   * List attached segments for companies
   *
   * You can fetch a list of all segments that belong to a company.
   *
   * `GET /companies/{company_id}/segments`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Company Not Found
   * @example
   * ```ts
   * const result = await intercom.companies.listAttachedSegments({ company_id: "5f4d3c1c-7b1b-4d7d-a97e-6095715c6632" });
   * ```
   */
  listAttachedSegments(
    params: CompaniesListAttachedSegmentsParams,
    options?: RequestOptions,
  ): ApiPromise<CompanyAttachedSegments>;
  /**
   * List all companies
   *
   * You can list companies. The company list is sorted by the `last_request_at` field and by default is ordered descending, most recently requested first.
   *
   * Note that the API does not include companies who have no associated users in list responses.
   *
   * When using the Companies endpoint and the pages object to iterate through the returned companies, there is a limit of 10,000 Companies that can be returned. If you need to list or iterate on more than 10,000 Companies, please use the [Scroll API](https://developers.intercom.com/reference#iterating-over-all-companies).
   * Warning: Pagination.
   * You can use pagination to limit the number of results returned. The default is `20` results per page.
   * See the [pagination section](https://developers.intercom.com/docs/build-an-integration/learn-more/rest-apis/pagination/#pagination-for-list-apis) for more details on how to use the `starting_after` param.
   *
   * `POST /companies/list`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * for await (const item of intercom.companies.list({ page: 1, per_page: 15, order: "desc" })) console.log(item);
   * ```
   */
  list(
    params?: CompaniesListParams,
    options?: RequestOptions,
  ): PagePromise<CompanyList, Company, CompaniesListParams, number>;
  /**
   * Scroll over all companies
   *
   * The `list all companies` functionality does not work well for huge datasets, and can result in errors and performance problems when paging deeply. The Scroll API provides an efficient mechanism for iterating over all companies in a dataset.
   *
   * - Each app can only have 1 scroll open at a time. You'll get an error message if you try to have more than one open per app.
   * - If the scroll isn't used for 1 minute, it expires and calls with that scroll param will fail
   * - If the end of the scroll is reached, "companies" will be empty and the scroll parameter will expire
   *
   * Info: Scroll Parameter.
   * You can get the first page of companies by simply sending a GET request to the scroll endpoint.
   * For subsequent requests you will need to use the scroll parameter from the response.
   *
   * Danger: Scroll network timeouts.
   * Since scroll is often used on large datasets network errors such as timeouts can be encountered. When this occurs you will see a HTTP 500 error with the following message:
   * "Request failed due to an internal network error. Please restart the scroll operation."
   * If this happens, you will need to restart your scroll query: It is not possible to continue from a specific point when using scroll.
   *
   * `GET /companies/scroll`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * for await (const item of intercom.companies.scroll()) console.log(item);
   * ```
   */
  scroll(
    params?: CompaniesScrollParams,
    options?: RequestOptions,
  ): PagePromise<CompanyScroll, Company, CompaniesScrollParams, string>;
  /**
   * Attach a Contact to a Company
   *
   * You can attach a company to a single contact.
   *
   * `POST /contacts/{contact_id}/companies`
   * @throws {@link BadRequestError} 400: Bad Request
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Company Not Found
   * @example
   * ```ts
   * const result = await intercom.companies.attachContact({ contact_id: "…", id: "667d608d8a68186f43bafd70" });
   * ```
   */
  attachContact(params: CompaniesAttachContactParams, options?: RequestOptions): ApiPromise<Company>;
  /**
   * Detach a contact from a company
   *
   * You can detach a company from a single contact.
   *
   * `DELETE /contacts/{contact_id}/companies/{company_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Contact Not Found
   * @example
   * ```ts
   * const result = await intercom.companies.detachContact({
   *   contact_id: "58a430d35458202d41b1e65b",
   *   company_id: "58a430d35458202d41b1e65b",
   * });
   * ```
   */
  detachContact(params: CompaniesDetachContactParams, options?: RequestOptions): ApiPromise<Company>;
}

export class Companies {
  constructor(private readonly client: ClientCore) {}

  retrieve(params: CompaniesRetrieveParams = {}, options?: RequestOptions): ApiPromise<Company | CompanyList> {
    return companiesRetrieve(this.client, params, options);
  }

  createOrUpdate(params: CompaniesCreateOrUpdateParams = {}, options?: RequestOptions): ApiPromise<Company> {
    return companiesCreateOrUpdate(this.client, params, options);
  }

  find(params: CompaniesFindParams, options?: RequestOptions): ApiPromise<Company> {
    return companiesFind(this.client, params, options);
  }

  update(params: CompaniesUpdateParams, options?: RequestOptions): ApiPromise<Company> {
    return companiesUpdate(this.client, params, options);
  }

  delete(params: CompaniesDeleteParams, options?: RequestOptions): ApiPromise<DeletedCompanyObject> {
    return companiesDelete(this.client, params, options);
  }

  listAttachedContacts(
    params: CompaniesListAttachedContactsParams,
    options?: RequestOptions,
  ): PagePromise<CompanyAttachedContacts, Contact, CompaniesListAttachedContactsParams, number> {
    return companiesListAttachedContacts(this.client, params, options);
  }

  listAttachedSegments(
    params: CompaniesListAttachedSegmentsParams,
    options?: RequestOptions,
  ): ApiPromise<CompanyAttachedSegments> {
    return companiesListAttachedSegments(this.client, params, options);
  }

  list(
    params: CompaniesListParams = {},
    options?: RequestOptions,
  ): PagePromise<CompanyList, Company, CompaniesListParams, number> {
    return companiesList(this.client, params, options);
  }

  scroll(
    params: CompaniesScrollParams = {},
    options?: RequestOptions,
  ): PagePromise<CompanyScroll, Company, CompaniesScrollParams, string> {
    return companiesScroll(this.client, params, options);
  }

  attachContact(params: CompaniesAttachContactParams, options?: RequestOptions): ApiPromise<Company> {
    return companiesAttachContact(this.client, params, options);
  }

  detachContact(params: CompaniesDetachContactParams, options?: RequestOptions): ApiPromise<Company> {
    return companiesDetachContact(this.client, params, options);
  }
}

// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { accepting } from "../runtime/accept.js";
import { jsonBody, multipartBody } from "../runtime/body.js";
import { buildQuery } from "../runtime/query.js";
import type { ClientCore, RequestOptions, ApiPromise } from "../runtime/index.js";
import type { Thing, ThingInput, ThingRequest } from "../models.js";

/** Arguments of `things.retrieveAThingById`: `thing_id` in the path; `X-Trace` in the header. */
export type ThingsRetrieveAThingByIdParams = {
  thing_id: string;
  "X-Trace"?: string;
};

/**
 * `GET /things/{thing_id}`
 * @throws {@link NotFoundError} 404: not found
 * @example
 * ```ts
 * const result = await thingsRetrieveAThingById(client, { thing_id: "…" });
 * ```
 */
export function thingsRetrieveAThingById(
  client: ClientCore,
  params: ThingsRetrieveAThingByIdParams,
  options?: RequestOptions,
): ApiPromise<Thing> {
  return client.request<Thing>(
    {
      method: "GET",
      path: "/things/{thing_id}",
      pathParams: ["thing_id"],
      headers: { "X-Trace": "X-Trace" },
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `things.replace`: `thing_id` in the path; `body` is the json body. */
export type ThingsReplaceParams = {
  thing_id: string;
  body: {
    thing_id?: string;
    name?: string;
  };
};

/**
 * `PUT /things/{thing_id}`
 * @example
 * ```ts
 * const result = await thingsReplace(client, { thing_id: "…", body: {} });
 * ```
 */
export function thingsReplace(
  client: ClientCore,
  params: ThingsReplaceParams,
  options?: RequestOptions,
): ApiPromise<undefined> {
  return client.request<undefined>(
    {
      method: "PUT",
      path: "/things/{thing_id}",
      pathParams: ["thing_id"],
      body: jsonBody,
      bodyKey: "body",
      response: "none",
    },
    params,
    options,
  );
}

/** Arguments of `things.deleteThingId`: `thing_id` in the path. */
export type ThingsDeleteThingIdParams = {
  thing_id: string;
};

/**
 * `DELETE /things/{thing_id}`
 * @deprecated
 * @throws {@link IntercomApiError} default: gone
 * @example
 * ```ts
 * const result = await thingsDeleteThingId(client, { thing_id: "…" });
 * ```
 */
export function thingsDeleteThingId(
  client: ClientCore,
  params: ThingsDeleteThingIdParams,
  options?: RequestOptions,
): ApiPromise<{
  deleted?: boolean;
}> {
  return client.request<{
    deleted?: boolean;
  }>({ method: "DELETE", path: "/things/{thing_id}", pathParams: ["thing_id"], response: "json" }, params, options);
}

/** Arguments of `things.update`: `thing_id` in the path; the other fields are the json body. */
export type ThingsUpdateParams = {
  thing_id: string;
  name?: string;
};

/**
 * `PATCH /things/{thing_id}`
 * @example
 * ```ts
 * const result = await thingsUpdate(client, { thing_id: "…" });
 * ```
 */
export function thingsUpdate(
  client: ClientCore,
  params: ThingsUpdateParams,
  options?: RequestOptions,
): ApiPromise<Thing> {
  return client.request<Thing>(
    { method: "PATCH", path: "/things/{thing_id}", pathParams: ["thing_id"], body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `things.getNote`: `id` in the path. */
export type ThingsGetNoteParams = {
  id: string;
};

/**
 * `GET /things/{id}/note`
 * @example
 * ```ts
 * const result = await thingsGetNote(client, { id: "…" });
 * ```
 */
export function thingsGetNote(
  client: ClientCore,
  params: ThingsGetNoteParams,
  options?: RequestOptions,
): ApiPromise<string> {
  return client.request<string>(
    { method: "GET", path: "/things/{id}/note", pathParams: ["id"], response: "text" },
    params,
    accepting("text/plain", options),
  );
}

/** Arguments of `things.downloadFile`: `thing_id` in the path. */
export type ThingsDownloadFileParams = {
  thing_id: string;
};

/**
 * `GET /things/{thing_id}/file`
 * @example
 * ```ts
 * const result = await thingsDownloadFile(client, { thing_id: "…" });
 * ```
 */
export function thingsDownloadFile(
  client: ClientCore,
  params: ThingsDownloadFileParams,
  options?: RequestOptions,
): ApiPromise<Uint8Array> {
  return client.request<Uint8Array>(
    { method: "GET", path: "/things/{thing_id}/file", pathParams: ["thing_id"], response: "binary" },
    params,
    accepting("application/octet-stream", options),
  );
}

/** Arguments of `things.uploadFile`: `thing_id` in the path; the other fields are the multipart body. */
export type ThingsUploadFileParams = {
  thing_id: string;
  file: Blob | Uint8Array;
  label?: string;
};

/**
 * `POST /things/{thing_id}/file`
 * @example
 * ```ts
 * const result = await thingsUploadFile(client, { thing_id: "…", file: new Blob(["…"]) });
 * ```
 */
export function thingsUploadFile(
  client: ClientCore,
  params: ThingsUploadFileParams,
  options?: RequestOptions,
): ApiPromise<Thing> {
  return client.request<Thing>(
    {
      method: "POST",
      path: "/things/{thing_id}/file",
      pathParams: ["thing_id"],
      body: multipartBody,
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `things.bulkCreate`: `body` is the json body. */
export type ThingsBulkCreateParams = {
  body?: ThingInput[];
};

/**
 * `POST /things/bulk`
 * @example
 * ```ts
 * const result = await thingsBulkCreate(client);
 * ```
 */
export function thingsBulkCreate(
  client: ClientCore,
  params: ThingsBulkCreateParams = {},
  options?: RequestOptions,
): ApiPromise<Thing[]> {
  return client.request<Thing[]>(
    { method: "POST", path: "/things/bulk", body: jsonBody, bodyKey: "body", response: "json" },
    params,
    options,
  );
}

/** Arguments of `things.list`: `ids`, `filter` in the query. */
export type ThingsListParams = {
  ids?: string[];
  filter?: {
    name?: string;
  };
};

/**
 * `GET /things`
 * @example
 * ```ts
 * const result = await thingsList(client);
 * ```
 */
export function thingsList(
  client: ClientCore,
  params: ThingsListParams = {},
  options?: RequestOptions,
): ApiPromise<Thing[]> {
  return client.request<Thing[]>(
    {
      method: "GET",
      path: "/things",
      query: {
        params: [
          { name: "ids", explode: false },
          { name: "filter", style: "deepObject" },
        ],
        serialize: buildQuery,
      },
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `things.create`: the other fields are the json body. */
export type ThingsCreateParams = NonNullable<ThingRequest>;

/**
 * `POST /things`
 * @example
 * ```ts
 * const result = await thingsCreate(client, { name: "…" });
 * ```
 */
export function thingsCreate(
  client: ClientCore,
  params: ThingsCreateParams,
  options?: RequestOptions,
): ApiPromise<Thing> {
  return client.request<Thing>({ method: "POST", path: "/things", body: jsonBody, response: "json" }, params, options);
}

/** Arguments of `things.listThings`. */
export type ThingsListThingsParams = Record<string, never>;

/**
 * `GET /things/all`
 * @example
 * ```ts
 * const result = await thingsListThings(client);
 * ```
 */
export function thingsListThings(
  client: ClientCore,
  params: ThingsListThingsParams = {},
  options?: RequestOptions,
): ApiPromise<undefined> {
  return client.request<undefined>({ method: "GET", path: "/things/all", response: "none" }, params, options);
}

/** The `things` operations, bound to a client. */
export interface Things {
  /**
   * `GET /things/{thing_id}`
   * @throws {@link NotFoundError} 404: not found
   * @example
   * ```ts
   * const result = await intercom.things.retrieveAThingById({ thing_id: "…" });
   * ```
   */
  retrieveAThingById(params: ThingsRetrieveAThingByIdParams, options?: RequestOptions): ApiPromise<Thing>;
  /**
   * `PUT /things/{thing_id}`
   * @example
   * ```ts
   * const result = await intercom.things.replace({ thing_id: "…", body: {} });
   * ```
   */
  replace(params: ThingsReplaceParams, options?: RequestOptions): ApiPromise<undefined>;
  /**
   * `DELETE /things/{thing_id}`
   * @deprecated
   * @throws {@link IntercomApiError} default: gone
   * @example
   * ```ts
   * const result = await intercom.things.deleteThingId({ thing_id: "…" });
   * ```
   */
  deleteThingId(
    params: ThingsDeleteThingIdParams,
    options?: RequestOptions,
  ): ApiPromise<{
    deleted?: boolean;
  }>;
  /**
   * `PATCH /things/{thing_id}`
   * @example
   * ```ts
   * const result = await intercom.things.update({ thing_id: "…" });
   * ```
   */
  update(params: ThingsUpdateParams, options?: RequestOptions): ApiPromise<Thing>;
  /**
   * `GET /things/{id}/note`
   * @example
   * ```ts
   * const result = await intercom.things.getNote({ id: "…" });
   * ```
   */
  getNote(params: ThingsGetNoteParams, options?: RequestOptions): ApiPromise<string>;
  /**
   * `GET /things/{thing_id}/file`
   * @example
   * ```ts
   * const result = await intercom.things.downloadFile({ thing_id: "…" });
   * ```
   */
  downloadFile(params: ThingsDownloadFileParams, options?: RequestOptions): ApiPromise<Uint8Array>;
  /**
   * `POST /things/{thing_id}/file`
   * @example
   * ```ts
   * const result = await intercom.things.uploadFile({ thing_id: "…", file: new Blob(["…"]) });
   * ```
   */
  uploadFile(params: ThingsUploadFileParams, options?: RequestOptions): ApiPromise<Thing>;
  /**
   * `POST /things/bulk`
   * @example
   * ```ts
   * const result = await intercom.things.bulkCreate();
   * ```
   */
  bulkCreate(params?: ThingsBulkCreateParams, options?: RequestOptions): ApiPromise<Thing[]>;
  /**
   * `GET /things`
   * @example
   * ```ts
   * const result = await intercom.things.list();
   * ```
   */
  list(params?: ThingsListParams, options?: RequestOptions): ApiPromise<Thing[]>;
  /**
   * `POST /things`
   * @example
   * ```ts
   * const result = await intercom.things.create({ name: "…" });
   * ```
   */
  create(params: ThingsCreateParams, options?: RequestOptions): ApiPromise<Thing>;
  /**
   * `GET /things/all`
   * @example
   * ```ts
   * const result = await intercom.things.listThings();
   * ```
   */
  listThings(params?: ThingsListThingsParams, options?: RequestOptions): ApiPromise<undefined>;
}

export class Things {
  constructor(private readonly client: ClientCore) {}

  retrieveAThingById(params: ThingsRetrieveAThingByIdParams, options?: RequestOptions): ApiPromise<Thing> {
    return thingsRetrieveAThingById(this.client, params, options);
  }

  replace(params: ThingsReplaceParams, options?: RequestOptions): ApiPromise<undefined> {
    return thingsReplace(this.client, params, options);
  }

  deleteThingId(
    params: ThingsDeleteThingIdParams,
    options?: RequestOptions,
  ): ApiPromise<{
    deleted?: boolean;
  }> {
    return thingsDeleteThingId(this.client, params, options);
  }

  update(params: ThingsUpdateParams, options?: RequestOptions): ApiPromise<Thing> {
    return thingsUpdate(this.client, params, options);
  }

  getNote(params: ThingsGetNoteParams, options?: RequestOptions): ApiPromise<string> {
    return thingsGetNote(this.client, params, options);
  }

  downloadFile(params: ThingsDownloadFileParams, options?: RequestOptions): ApiPromise<Uint8Array> {
    return thingsDownloadFile(this.client, params, options);
  }

  uploadFile(params: ThingsUploadFileParams, options?: RequestOptions): ApiPromise<Thing> {
    return thingsUploadFile(this.client, params, options);
  }

  bulkCreate(params: ThingsBulkCreateParams = {}, options?: RequestOptions): ApiPromise<Thing[]> {
    return thingsBulkCreate(this.client, params, options);
  }

  list(params: ThingsListParams = {}, options?: RequestOptions): ApiPromise<Thing[]> {
    return thingsList(this.client, params, options);
  }

  create(params: ThingsCreateParams, options?: RequestOptions): ApiPromise<Thing> {
    return thingsCreate(this.client, params, options);
  }

  listThings(params: ThingsListThingsParams = {}, options?: RequestOptions): ApiPromise<undefined> {
    return thingsListThings(this.client, params, options);
  }
}

// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { jsonBody } from "../runtime/body.js";
import { buildQuery } from "../runtime/query.js";
import type { ClientCore, RequestOptions, ApiPromise } from "../runtime/index.js";
import type { Contact, ConvertVisitorRequest, UpdateVisitorRequest, Visitor } from "../models.js";

/** Arguments of `visitors.find`: `user_id` in the query. */
export type VisitorsFindParams = {
  /** The user_id of the Visitor you want to retrieve. */
  user_id: string;
};

/**
 * Retrieve a visitor with User ID
 *
 * You can fetch the details of a single visitor.
 *
 * `GET /visitors`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Visitor not found
 * @example
 * ```ts
 * const result = await visitorsFind(client, { user_id: "…" });
 * ```
 */
export function visitorsFind(
  client: ClientCore,
  params: VisitorsFindParams,
  options?: RequestOptions,
): ApiPromise<Visitor> {
  return client.request<Visitor>(
    { method: "GET", path: "/visitors", query: { params: ["user_id"], serialize: buildQuery }, response: "json" },
    params,
    options,
  );
}

/** Arguments of `visitors.update`: the other fields are the json body. */
export type VisitorsUpdateParams = UpdateVisitorRequest;

/**
 * Update a visitor
 *
 * Sending a PUT request to `/visitors` will result in an update of an existing Visitor.
 *
 * **Option 1.** You can update a visitor by passing in the `user_id` of the visitor in the Request body.
 *
 * **Option 2.** You can update a visitor by passing in the `id` of the visitor in the Request body.
 *
 * `PUT /visitors`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: visitor Not Found
 * @example
 * ```ts
 * const result = await visitorsUpdate(client, { id: "667d61cc8a68186f43bafe95", name: "Gareth Bale" });
 * ```
 */
export function visitorsUpdate(
  client: ClientCore,
  params: VisitorsUpdateParams,
  options?: RequestOptions,
): ApiPromise<Visitor> {
  return client.request<Visitor>(
    { method: "PUT", path: "/visitors", body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `visitors.mergeToContact`: the other fields are the json body. */
export type VisitorsMergeToContactParams = ConvertVisitorRequest;

/**
 * Convert a visitor
 *
 * You can merge a Visitor to a Contact of role type `lead` or `user`.
 *
 * > 📘 What happens upon a visitor being converted?
 * >
 * > If the User exists, then the Visitor will be merged into it, the Visitor deleted and the User returned. If the User does not exist, the Visitor will be converted to a User, with the User identifiers replacing it's Visitor identifiers.
 *
 * `POST /visitors/convert`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await visitorsMergeToContact(client, {
 *   type: "user",
 *   user: { user_id: "8a88a590-e1c3-41e2-a502-e0649dbf721c", email: "foo@bar.com" },
 *   visitor: { user_id: "3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3" },
 * });
 * ```
 */
export function visitorsMergeToContact(
  client: ClientCore,
  params: VisitorsMergeToContactParams,
  options?: RequestOptions,
): ApiPromise<Contact> {
  return client.request<Contact>(
    { method: "POST", path: "/visitors/convert", body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** The `visitors` operations, bound to a client. */
export interface Visitors {
  /**
   * Retrieve a visitor with User ID
   *
   * You can fetch the details of a single visitor.
   *
   * `GET /visitors`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Visitor not found
   * @example
   * ```ts
   * const result = await intercom.visitors.find({ user_id: "…" });
   * ```
   */
  find(params: VisitorsFindParams, options?: RequestOptions): ApiPromise<Visitor>;
  /**
   * Update a visitor
   *
   * Sending a PUT request to `/visitors` will result in an update of an existing Visitor.
   *
   * **Option 1.** You can update a visitor by passing in the `user_id` of the visitor in the Request body.
   *
   * **Option 2.** You can update a visitor by passing in the `id` of the visitor in the Request body.
   *
   * `PUT /visitors`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: visitor Not Found
   * @example
   * ```ts
   * const result = await intercom.visitors.update({ id: "667d61cc8a68186f43bafe95", name: "Gareth Bale" });
   * ```
   */
  update(params: VisitorsUpdateParams, options?: RequestOptions): ApiPromise<Visitor>;
  /**
   * Convert a visitor
   *
   * You can merge a Visitor to a Contact of role type `lead` or `user`.
   *
   * > 📘 What happens upon a visitor being converted?
   * >
   * > If the User exists, then the Visitor will be merged into it, the Visitor deleted and the User returned. If the User does not exist, the Visitor will be converted to a User, with the User identifiers replacing it's Visitor identifiers.
   *
   * `POST /visitors/convert`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.visitors.mergeToContact({
   *   type: "user",
   *   user: { user_id: "8a88a590-e1c3-41e2-a502-e0649dbf721c", email: "foo@bar.com" },
   *   visitor: { user_id: "3ecf64d0-9ed1-4e9f-88e1-da7d6e6782f3" },
   * });
   * ```
   */
  mergeToContact(params: VisitorsMergeToContactParams, options?: RequestOptions): ApiPromise<Contact>;
}

export class Visitors {
  constructor(private readonly client: ClientCore) {}

  find(params: VisitorsFindParams, options?: RequestOptions): ApiPromise<Visitor> {
    return visitorsFind(this.client, params, options);
  }

  update(params: VisitorsUpdateParams, options?: RequestOptions): ApiPromise<Visitor> {
    return visitorsUpdate(this.client, params, options);
  }

  mergeToContact(params: VisitorsMergeToContactParams, options?: RequestOptions): ApiPromise<Contact> {
    return visitorsMergeToContact(this.client, params, options);
  }
}

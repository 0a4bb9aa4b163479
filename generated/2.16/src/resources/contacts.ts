// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { jsonBody } from "../runtime/body.js";
import { paginate } from "../runtime/pagination.js";
import { buildQuery } from "../runtime/query.js";
import type { ClientCore, RequestOptions, ApiPromise, PagePromise } from "../runtime/index.js";
import type {
  Company,
  Contact,
  ContactArchived,
  ContactAttachedCompanies,
  ContactBlocked,
  ContactDeleted,
  ContactList,
  ContactSearchRequest,
  ContactSegments,
  ContactUnarchived,
  CreateContactRequest,
  MergeContactsRequest,
  MergeHistoryItem,
  MergeHistoryList,
  SubscriptionType,
  SubscriptionTypeList,
  TagList,
  UpdateContactRequest,
} from "../models.js";

/** Arguments of `contacts.listAttachedCompanies`: `contact_id` in the path; `page`, `per_page` in the query. */
export type ContactsListAttachedCompaniesParams = {
  /** The unique identifier for the contact which is given by Intercom */
  contact_id: string;
  /** The page of results to fetch. Defaults to first page */
  page?: number;
  /** How many results to display per page. Defaults to 15 */
  per_page?: number;
};

/**
 * List attached companies for contact
 *
 * You can fetch a list of companies that are associated to a contact.
 *
 * `GET /contacts/{contact_id}/companies`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Contact not found
 * @example
 * ```ts
 * for await (const item of contactsListAttachedCompanies(client, { contact_id: "63a07ddf05a32042dffac965", page: 1, per_page: 15 })) console.log(item);
 * ```
 */
export function contactsListAttachedCompanies(
  client: ClientCore,
  params: ContactsListAttachedCompaniesParams,
  options?: RequestOptions,
): PagePromise<ContactAttachedCompanies, Company, ContactsListAttachedCompaniesParams, number> {
  return paginate<ContactAttachedCompanies, Company, ContactsListAttachedCompaniesParams, number>(
    client,
    {
      method: "GET",
      path: "/contacts/{contact_id}/companies",
      pathParams: ["contact_id"],
      query: { params: ["page", "per_page"], serialize: buildQuery },
      response: "json",
    },
    params,
    options,
    { style: "page", items: ["companies", "data"], pageParam: "page", pages: "pages" },
  );
}

/** Arguments of `contacts.listAttachedSegments`: `contact_id` in the path. */
export type ContactsListAttachedSegmentsParams = {
  /** The unique identifier for the contact which is given by Intercom */
  contact_id: string;
};

/**
 * List attached segments for contact
 *
 * You can fetch a list of segments that are associated to a contact.
 *
 * `GET /contacts/{contact_id}/segments`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Contact not found
 * @example
 * ```ts
 * const result = await contactsListAttachedSegments(client, { contact_id: "63a07ddf05a32042dffac965" });
 * ```
 */
export function contactsListAttachedSegments(
  client: ClientCore,
  params: ContactsListAttachedSegmentsParams,
  options?: RequestOptions,
): ApiPromise<ContactSegments> {
  return client.request<ContactSegments>(
    { method: "GET", path: "/contacts/{contact_id}/segments", pathParams: ["contact_id"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `contacts.listAttachedSubscriptions`: `contact_id` in the path. */
export type ContactsListAttachedSubscriptionsParams = {
  /** The unique identifier for the contact which is given by Intercom */
  contact_id: string;
};

/**
 * List subscriptions for a contact
 *
 * You can fetch a list of subscription types that are attached to a contact. These can be subscriptions that a user has 'opted-in' to or has 'opted-out' from, depending on the subscription type.
 * This will return a list of Subscription Type objects that the contact is associated with.
 *
 * The data property will show a combined list of:
 *
 * 1.Opt-out subscription types that the user has opted-out from.
 * 2.Opt-in subscription types that the user has opted-in to receiving.
 *
 * **Note:** This endpoint only returns subscriptions where the contact has explicitly configured their preference. Subscriptions that are in the default state — where the contact has not made an explicit opt-in or opt-out choice — are not included in the response.
 *
 * `GET /contacts/{contact_id}/subscriptions`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Contact not found
 * @example
 * ```ts
 * const result = await contactsListAttachedSubscriptions(client, { contact_id: "63a07ddf05a32042dffac965" });
 * ```
 */
export function contactsListAttachedSubscriptions(
  client: ClientCore,
  params: ContactsListAttachedSubscriptionsParams,
  options?: RequestOptions,
): ApiPromise<SubscriptionTypeList> {
  return client.request<SubscriptionTypeList>(
    { method: "GET", path: "/contacts/{contact_id}/subscriptions", pathParams: ["contact_id"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `contacts.attachSubscription`: `contact_id` in the path; the other fields are the json body. */
export type ContactsAttachSubscriptionParams = {
  /** The unique identifier for the contact which is given by Intercom */
  contact_id: string;
  /** The unique identifier for the subscription which is given by Intercom */
  id: string;
  /** The consent_type of a subscription, opt_out or opt_in. */
  consent_type: string;
};

/**
 * Add subscription to a contact
 *
 * You can add a specific subscription to a contact. In Intercom, we have two different subscription types based on user consent - opt-out and opt-in:
 *
 * 1.Attaching a contact to an opt-out subscription type will opt that user out from receiving messages related to that subscription type.
 *
 * 2.Attaching a contact to an opt-in subscription type will opt that user in to receiving messages related to that subscription type.
 *
 * This will return a subscription type model for the subscription type that was added to the contact.
 *
 * `POST /contacts/{contact_id}/subscriptions`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Resource not found
 * @example
 * ```ts
 * const result = await contactsAttachSubscription(client, { contact_id: "63a07ddf05a32042dffac965", id: "108", consent_type: "opt_in" });
 * ```
 */
export function contactsAttachSubscription(
  client: ClientCore,
  params: ContactsAttachSubscriptionParams,
  options?: RequestOptions,
): ApiPromise<SubscriptionType> {
  return client.request<SubscriptionType>(
    {
      method: "POST",
      path: "/contacts/{contact_id}/subscriptions",
      pathParams: ["contact_id"],
      body: jsonBody,
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `contacts.detachSubscription`: `contact_id`, `subscription_id` in the path. */
export type ContactsDetachSubscriptionParams = {
  /** The unique identifier for the contact which is given by Intercom */
  contact_id: string;
  /** The unique identifier for the subscription type which is given by Intercom */
  subscription_id: string;
};

/**
 * Remove subscription from a contact
 *
 * You can remove a specific subscription from a contact. This will return a subscription type model for the subscription type that was removed from the contact.
 *
 * `DELETE /contacts/{contact_id}/subscriptions/{subscription_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Resource not found
 * @example
 * ```ts
 * const result = await contactsDetachSubscription(client, { contact_id: "63a07ddf05a32042dffac965", subscription_id: "37846" });
 * ```
 */
export function contactsDetachSubscription(
  client: ClientCore,
  params: ContactsDetachSubscriptionParams,
  options?: RequestOptions,
): ApiPromise<SubscriptionType> {
  return client.request<SubscriptionType>(
    {
      method: "DELETE",
      path: "/contacts/{contact_id}/subscriptions/{subscription_id}",
      pathParams: ["contact_id", "subscription_id"],
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `contacts.listAttachedTags`: `contact_id` in the path. */
export type ContactsListAttachedTagsParams = {
  /** The unique identifier for the contact which is given by Intercom */
  contact_id: string;
};

/**
 * List tags attached to a contact
 *
 * You can fetch a list of all tags that are attached to a specific contact.
 *
 * `GET /contacts/{contact_id}/tags`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Contact not found
 * @example
 * ```ts
 * const result = await contactsListAttachedTags(client, { contact_id: "63a07ddf05a32042dffac965" });
 * ```
 */
export function contactsListAttachedTags(
  client: ClientCore,
  params: ContactsListAttachedTagsParams,
  options?: RequestOptions,
): ApiPromise<TagList> {
  return client.request<TagList>(
    { method: "GET", path: "/contacts/{contact_id}/tags", pathParams: ["contact_id"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `contacts.find`: `contact_id` in the path; `include_merge_history` in the query. */
export type ContactsFindParams = {
  /** contact_id */
  contact_id: string;
  /**
   * Pass `true` to include the contact's merge history in the response. Only returned for contacts with a `user` role.
   * @default false
   */
  include_merge_history?: boolean;
};

/**
 * Get a contact
 *
 * You can fetch the details of a single contact.
 *
 * Info: Merged contacts return 410 Gone.
 * If a contact has been merged into another contact via the Merge endpoint (`POST /contacts/merge`), requesting it by its original ID will return **HTTP 410 Gone** with a `Link` header pointing to the canonical (merged-into) contact.
 *
 * **Response headers:**
 * ```
 * Link: </contacts/{canonical_id}>; rel="canonical"
 * ```
 *
 * **Response body:**
 * ```json
 * {
 *   "type": "error.list",
 *   "errors": [{ "code": "contact_merged", "message": "This contact has been merged. See the 'Link' header for the canonical contact." }]
 * }
 * ```
 *
 * The `Link` header contains the path to the final merge target, resolving multi-hop merge chains (up to 3 hops).
 *
 * `GET /contacts/{contact_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link IntercomApiError} 410: Contact Merged
 * @example
 * ```ts
 * const result = await contactsFind(client, { contact_id: "63a07ddf05a32042dffac965" });
 * ```
 */
export function contactsFind(
  client: ClientCore,
  params: ContactsFindParams,
  options?: RequestOptions,
): ApiPromise<
  {
    /** If the user has enabled push messaging. */
    enabled_push_messaging?: boolean | null;
  } & Contact
> {
  return client.request<
    {
      /** If the user has enabled push messaging. */
      enabled_push_messaging?: boolean | null;
    } & Contact
  >(
    {
      method: "GET",
      path: "/contacts/{contact_id}",
      pathParams: ["contact_id"],
      query: { params: ["include_merge_history"], serialize: buildQuery },
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `contacts.update`: `contact_id` in the path; `include_merge_history` in the query; the other fields are the json body. */
export type ContactsUpdateParams = {
  /** id */
  contact_id: string;
  /**
   * Pass `true` to include the contact's merge history in the response. Only returned for contacts with a `user` role.
   * @default false
   */
  include_merge_history?: boolean;
} & UpdateContactRequest;

/**
 * Update a contact
 *
 * You can update an existing contact (ie. user or lead).
 *
 * Info:
 * This endpoint handles both **contact updates** and **custom object associations**.
 *
 * See _`update a contact with an association to a custom object instance`_ in the request/response examples to see the custom object association format.
 *
 * `PUT /contacts/{contact_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await contactsUpdate(client, {
 *   contact_id: "63a07ddf05a32042dffac965",
 *   email: "joebloggs@intercom.io",
 *   name: "joe bloggs",
 * });
 * ```
 */
export function contactsUpdate(
  client: ClientCore,
  params: ContactsUpdateParams,
  options?: RequestOptions,
): ApiPromise<
  {
    /** If the user has enabled push messaging. */
    enabled_push_messaging?: boolean | null;
  } & Contact
> {
  return client.request<
    {
      /** If the user has enabled push messaging. */
      enabled_push_messaging?: boolean | null;
    } & Contact
  >(
    {
      method: "PUT",
      path: "/contacts/{contact_id}",
      pathParams: ["contact_id"],
      query: { params: ["include_merge_history"], serialize: buildQuery },
      body: jsonBody,
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `contacts.delete`: `contact_id` in the path. */
export type ContactsDeleteParams = {
  /** contact_id */
  contact_id: string;
};

/**
 * Delete a contact
 *
 * You can delete a single contact.
 *
 * `DELETE /contacts/{contact_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await contactsDelete(client, { contact_id: "…" });
 * ```
 */
export function contactsDelete(
  client: ClientCore,
  params: ContactsDeleteParams,
  options?: RequestOptions,
): ApiPromise<ContactDeleted> {
  return client.request<ContactDeleted>(
    { method: "DELETE", path: "/contacts/{contact_id}", pathParams: ["contact_id"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `contacts.mergeLeadInUser`: `include_merge_history` in the query; the other fields are the json body. */
export type ContactsMergeLeadInUserParams = {
  /**
   * Pass `true` to include the merge history of the resulting contact in the response. Only returned for contacts with a `user` role.
   * @default false
   */
  include_merge_history?: boolean;
} & MergeContactsRequest;

/**
 * Merge a lead and a user
 *
 * You can merge a contact with a `role` of `lead` into a contact with a `role` of `user`.
 *
 * Warning: Merged contacts are not retrievable via the API.
 * Once a merge is completed, the source contact (`from`) is permanently removed from the active contact list. This means:
 * - **GET /contacts/{id}** — Requesting the source contact by its original ID will return a `404 Not Found` error.
 * - **POST /contacts/search** — The source contact will not appear in search results, including queries filtered by `updated_at`.
 * - **GET /contacts** — The source contact will not appear in list results.
 *
 * Only the target contact (`into`) remains accessible. If your application stores contact IDs, update them to use the target contact's ID after a merge.
 *
 * `POST /contacts/merge`
 * @throws {@link BadRequestError} 400: Bad Request
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await contactsMergeLeadInUser(client, { from: "6762f0d51bb69f9f2193bb7f", into: "6762f0d51bb69f9f2193bb80" });
 * ```
 */
export function contactsMergeLeadInUser(
  client: ClientCore,
  params: ContactsMergeLeadInUserParams,
  options?: RequestOptions,
): ApiPromise<
  {
    /** If the user has enabled push messaging. */
    enabled_push_messaging?: boolean | null;
  } & Contact
> {
  return client.request<
    {
      /** If the user has enabled push messaging. */
      enabled_push_messaging?: boolean | null;
    } & Contact
  >(
    {
      method: "POST",
      path: "/contacts/merge",
      query: { params: ["include_merge_history"], serialize: buildQuery },
      body: jsonBody,
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `contacts.search`: `include_merge_history` in the query; the other fields are the json body. */
export type ContactsSearchParams = {
  /**
   * Pass `true` to include a `merge_history` array on each contact in the response. Only returned for contacts with a `user` role.
   * @default false
   */
  include_merge_history?: boolean;
} & ContactSearchRequest;

/**
 * Search contacts
 *
 * You can search for multiple contacts by the value of their attributes in order to fetch exactly who you want.
 *
 * To search for contacts, you need to send a `POST` request to `https://api.intercom.io/contacts/search`.
 *
 * This will accept a query object in the body which will define your filters in order to search for contacts.
 *
 * Warning: Optimizing search queries.
 * Search queries can be complex, so optimizing them can help the performance of your search.
 * Use the `AND` and `OR` operators to combine multiple filters to get the exact results you need and utilize
 * pagination to limit the number of results returned. The default is `50` results per page.
 * See the [pagination section](https://developers.intercom.com/docs/build-an-integration/learn-more/rest-apis/pagination/#example-search-conversations-request) for more details on how to use the `starting_after` param.
 *
 * ### Merged Contacts
 *
 * Contacts that have been merged (via POST /contacts/merge) are excluded from search results. If a contact was recently merged into another, it will no longer appear in queries filtered by `updated_at` or any other field. Only the target contact from the merge remains searchable.
 *
 * ### Contact Creation Delay
 *
 * If a contact has recently been created, there is a possibility that it will not yet be available when searching. This means that it may not appear in the response. This delay can take a few minutes. If you need to be instantly notified it is recommended to use webhooks and iterate to see if they match your search filters.
 *
 * ### Nesting & Limitations
 *
 * You can nest these filters in order to get even more granular insights that pinpoint exactly what you need. Example: (1 OR 2) AND (3 OR 4).
 * There are some limitations to the amount of multiple's there can be:
 * * There's a limit of max 2 nested filters
 * * There's a limit of max 15 filters for each AND or OR group
 *
 * ### Searching for Timestamp Fields
 *
 * Timestamp fields (`created_at`, `updated_at` etc.) and Date custom attributes are matched by calendar day. Sub-day precision (hour, minute, second) is not supported.
 *
 * The day boundary uses **your workspace's timezone**, so the same query can return different results on two workspaces in different timezones.
 *
 * Because the value is truncated to a day:
 *
 * * `=` matches the whole day.
 * * `>` matches from the start of the *next* day, not from the instant you passed.
 * * `<` matches everything before the start of that day.
 *
 * The `!=`, `>=`, `<=`, `IN` and `NIN` operators are not supported on Date fields and return an error.
 *
 * **Example**, on a workspace set to UTC. Searching for `created_at` greater than `1577869200` (January 1st, 2020 9:00 AM UTC) truncates that value to `1577836800` (January 1st, 2020 12:00 AM UTC). Because `>` starts at the next day, the results begin from January 2nd, 2020 12:00 AM UTC - not from 9:00 AM on January 1st. On a workspace in another timezone, the boundaries fall on that timezone's midnight instead.
 *
 * To get contacts created on January 1st, 2020, search for `created_at` equal to `1577836800`.
 *
 * Only search queries behave this way. Responses still carry the full UNIX timestamp, and sorting uses the full value.
 *
 * ### Accepted Fields
 *
 * Most key listed as part of the Contacts Model are searchable, whether writeable or not. The value you search for has to match the accepted type, otherwise the query will fail (ie. as `created_at` accepts a date, the `value` cannot be a string such as `"foorbar"`).
 *
 * | Field                              | Type                           |
 * | ---------------------------------- | ------------------------------ |
 * | id                                 | String                         |
 * | role                               | String<br>Accepts user or lead |
 * | name                               | String                         |
 * | avatar                             | String                         |
 * | owner_id                           | String                         |
 * | email                              | String                         |
 * | email_domain                       | String                         |
 * | phone                              | String                         |
 * | formatted_phone                    | String                         |
 * | external_id                        | String                         |
 * | created_at                         | Date (UNIX Timestamp)          |
 * | signed_up_at                       | Date (UNIX Timestamp)          |
 * | updated_at                         | Date (UNIX Timestamp)          |
 * | last_seen_at                       | Date (UNIX Timestamp)          |
 * | last_contacted_at                  | Date (UNIX Timestamp)          |
 * | last_replied_at                    | Date (UNIX Timestamp)          |
 * | last_email_opened_at               | Date (UNIX Timestamp)          |
 * | last_email_clicked_at              | Date (UNIX Timestamp)          |
 * | language_override                  | String                         |
 * | browser                            | String                         |
 * | browser_language                   | String                         |
 * | os                                 | String                         |
 * | location.country                   | String                         |
 * | location.region                    | String                         |
 * | location.city                      | String                         |
 * | unsubscribed_from_emails           | Boolean                        |
 * | marked_email_as_spam               | Boolean                        |
 * | has_hard_bounced                   | Boolean                        |
 * | ios_last_seen_at                   | Date (UNIX Timestamp)          |
 * | ios_app_version                    | String                         |
 * | ios_device                         | String                         |
 * | ios_app_device                     | String                         |
 * | ios_os_version                     | String                         |
 * | ios_app_name                       | String                         |
 * | ios_sdk_version                    | String                         |
 * | android_last_seen_at               | Date (UNIX Timestamp)          |
 * | android_app_version                | String                         |
 * | android_device                     | String                         |
 * | android_app_name                   | String                         |
 * | andoid_sdk_version                 | String                         |
 * | segment_id                         | String                         |
 * | tag_id                             | String                         |
 * | custom_attributes.{attribute_name} | String                         |
 *
 * ### Accepted Operators
 *
 * Warning: Operators not supported on Date fields.
 * Date fields (`created_at`, `updated_at`, and any Date custom attribute) do not support the `!=`, `>=`, or `<=` operators. Using them returns an error.
 *
 * The table below shows the operators you can use to define how you want to search for the value. The operator should be put in as a string (`"="`). Which operators are valid depends on the field's type - see the "Valid Types" column below. Searching by `tag_id` supports only the `=` and `!=` operators.
 *
 * | Operator | Valid Types                        | Description                                                            |
 * | :------- | :---------------------------------- | :----------------------------------------------------------------------|
 * | =        | All                                  | Equals                                                                  |
 * | !=       | All except Date                      | Doesn't Equal                                                           |
 * | IN       | All except Date and tag_id           | In<br>Shortcut for `OR` queries<br>Values must be in Array              |
 * | NIN      | All except Date and tag_id           | Not In<br>Shortcut for `OR !` queries<br>Values must be in Array        |
 * | >        | Integer<br>Date             | Greater than<br>On Date fields, matches from the start of the next day |
 * | <        | Integer<br>Date             | Lower than<br>On Date fields, matches before the start of the day      |
 * | >=       | Integer                     | Greater than or equal to<br>Not supported on Date fields               |
 * | <=       | Integer                     | Lower than or equal to<br>Not supported on Date fields                 |
 * | ~        | String                               | Contains                                                                |
 * | !~       | String                               | Doesn't Contain                                                         |
 * | ^        | String                               | Starts With                                                             |
 * | $        | String                               | Ends With                                                               |
 *
 * `POST /contacts/search`
 * @throws {@link BadRequestError} 400: Bad Request
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * for await (const item of contactsSearch(client, {
 *   query: {
 *     operator: "AND",
 *     value: [{ field: "created_at", operator: ">", value: "1306054154" }],
 *   },
 *   pagination: { per_page: 5 },
 *   sort: { field: "created_at", order: "ascending" },
 * })) console.log(item);
 * ```
 */
export function contactsSearch(
  client: ClientCore,
  params: ContactsSearchParams,
  options?: RequestOptions,
): PagePromise<ContactList, Contact, ContactsSearchParams, string> {
  return paginate<ContactList, Contact, ContactsSearchParams, string>(
    client,
    {
      method: "POST",
      path: "/contacts/search",
      query: { params: ["include_merge_history"], serialize: buildQuery },
      body: jsonBody,
      response: "json",
    },
    params,
    options,
    {
      style: "cursor",
      items: "data",
      cursorParam: "pagination.starting_after",
      nextCursor: "pages.next.starting_after",
    },
  );
}

/** Arguments of `contacts.list`: `include_merge_history`, `page`, `per_page`, `starting_after` in the query. */
export type ContactsListParams = {
  /**
   * Pass `true` to include a `merge_history` array on each contact in the response. Only returned for contacts with a `user` role.
   * @default false
   */
  include_merge_history?: boolean;
  /** The page of results to fetch. Defaults to first page */
  page?: number;
  /** How many results to display per page. Defaults to 15 */
  per_page?: number;
  /** String used to get the next page of conversations. */
  starting_after?: string;
};

/**
 * List all contacts
 *
 * You can fetch a list of all contacts (ie. users or leads) in your workspace.
 * Info: Merged contacts.
 * Contacts that have been merged (via POST /contacts/merge) will not appear in list results. Only the target contact from the merge remains accessible.
 *
 * Warning: Pagination.
 * You can use pagination to limit the number of results returned. The default is `50` results per page.
 * See the [pagination section](https://developers.intercom.com/docs/build-an-integration/learn-more/rest-apis/pagination/#pagination-for-list-apis) for more details on how to use the `starting_after` param.
 *
 * `GET /contacts`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * for await (const item of contactsList(client, { page: 1, per_page: 15 })) console.log(item);
 * ```
 */
export function contactsList(
  client: ClientCore,
  params: ContactsListParams = {},
  options?: RequestOptions,
): PagePromise<ContactList, Contact, ContactsListParams, string> {
  return paginate<ContactList, Contact, ContactsListParams, string>(
    client,
    {
      method: "GET",
      path: "/contacts",
      query: { params: ["include_merge_history", "page", "per_page", "starting_after"], serialize: buildQuery },
      response: "json",
    },
    params,
    options,
    { style: "cursor", items: "data", cursorParam: "starting_after", nextCursor: "pages.next.starting_after" },
  );
}

/** Arguments of `contacts.create`: the other fields are the json body. */
export type ContactsCreateParams = CreateContactRequest;

/**
 * Create contact
 *
 * You can create a new contact (ie. user or lead).
 *
 * `POST /contacts`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await contactsCreate(client, { email: "joebloggs@intercom.io" });
 * ```
 */
export function contactsCreate(
  client: ClientCore,
  params: ContactsCreateParams,
  options?: RequestOptions,
): ApiPromise<
  {
    /** If the user has enabled push messaging. */
    enabled_push_messaging?: boolean | null;
  } & Contact
> {
  return client.request<
    {
      /** If the user has enabled push messaging. */
      enabled_push_messaging?: boolean | null;
    } & Contact
  >({ method: "POST", path: "/contacts", body: jsonBody, response: "json" }, params, options);
}

/** Arguments of `contacts.showContactByExternalId`: `external_id` in the path; `include_merge_history` in the query. */
export type ContactsShowContactByExternalIdParams = {
  /** The external ID of the user that you want to retrieve */
  external_id: string;
  /**
   * Pass `true` to include the contact's merge history in the response. Only returned for contacts with a `user` role.
   * @default false
   */
  include_merge_history?: boolean;
};

/**
 * Get a contact by External ID
 *
 * You can fetch the details of a single contact by external ID. Note that this endpoint only supports users and not leads.
 *
 * Info: Merged contacts return 410 Gone.
 * If the contact with this external ID has been merged into another contact, the API returns **HTTP 410 Gone** with a `Link` header pointing to the canonical (merged-into) contact. See `GET /contacts/{id}` for details on the response format.
 *
 * `GET /contacts/find_by_external_id/{external_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link IntercomApiError} 410: Contact Merged
 * @example
 * ```ts
 * const result = await contactsShowContactByExternalId(client, { external_id: "cdd29344-5e0c-4ef0-ac56-f9ba2979bc27" });
 * ```
 */
export function contactsShowContactByExternalId(
  client: ClientCore,
  params: ContactsShowContactByExternalIdParams,
  options?: RequestOptions,
): ApiPromise<
  {
    /** If the user has enabled push messaging. */
    enabled_push_messaging?: boolean | null;
  } & Contact
> {
  return client.request<
    {
      /** If the user has enabled push messaging. */
      enabled_push_messaging?: boolean | null;
    } & Contact
  >(
    {
      method: "GET",
      path: "/contacts/find_by_external_id/{external_id}",
      pathParams: ["external_id"],
      query: { params: ["include_merge_history"], serialize: buildQuery },
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `contacts.archive`: `contact_id` in the path. */
export type ContactsArchiveParams = {
  /** contact_id */
  contact_id: string;
};

/**
 * Archive contact
 *
 * You can archive a single contact.
 *
 * `POST /contacts/{contact_id}/archive`
 * @example
 * ```ts
 * const result = await contactsArchive(client, { contact_id: "63a07ddf05a32042dffac965" });
 * ```
 */
export function contactsArchive(
  client: ClientCore,
  params: ContactsArchiveParams,
  options?: RequestOptions,
): ApiPromise<ContactArchived> {
  return client.request<ContactArchived>(
    { method: "POST", path: "/contacts/{contact_id}/archive", pathParams: ["contact_id"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `contacts.unarchive`: `contact_id` in the path. */
export type ContactsUnarchiveParams = {
  /** contact_id */
  contact_id: string;
};

/**
 * Unarchive contact
 *
 * You can unarchive a single contact.
 *
 * `POST /contacts/{contact_id}/unarchive`
 * @example
 * ```ts
 * const result = await contactsUnarchive(client, { contact_id: "63a07ddf05a32042dffac965" });
 * ```
 */
export function contactsUnarchive(
  client: ClientCore,
  params: ContactsUnarchiveParams,
  options?: RequestOptions,
): ApiPromise<ContactUnarchived> {
  return client.request<ContactUnarchived>(
    { method: "POST", path: "/contacts/{contact_id}/unarchive", pathParams: ["contact_id"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `contacts.blockContact`: `contact_id` in the path. */
export type ContactsBlockContactParams = {
  /** contact_id */
  contact_id: string;
};

/**
 * Block contact
 *
 * Block a single contact.<br>**Note:** conversations of the contact will also be archived during the process.<br>More details in [FAQ How do I block Inbox spam?](https://www.intercom.com/help/en/articles/8838656-inbox-faqs)
 *
 * `POST /contacts/{contact_id}/block`
 * @example
 * ```ts
 * const result = await contactsBlockContact(client, { contact_id: "63a07ddf05a32042dffac965" });
 * ```
 */
export function contactsBlockContact(
  client: ClientCore,
  params: ContactsBlockContactParams,
  options?: RequestOptions,
): ApiPromise<ContactBlocked> {
  return client.request<ContactBlocked>(
    { method: "POST", path: "/contacts/{contact_id}/block", pathParams: ["contact_id"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `contacts.listContactMergeHistory`: `id` in the path; `cursor`, `per_page`, `order` in the query. */
export type ContactsListContactMergeHistoryParams = {
  /** The id of the contact to fetch merge history for. */
  id: string;
  /** A cursor for pagination. Pass the `next_cursor` value from a previous response to fetch the next page. */
  cursor?: string;
  /**
   * The number of results to return per page (default 50, max 150).
   * @default 50
   */
  per_page?: number;
  /** The order to return results in. Defaults to descending. */
  order?: "asc" | "desc";
};

/**
 * Get contact merge history
 *
 * Retrieve the paginated list of contacts that have been merged into a given contact.
 *
 * Only available for contacts with a `user` role. Returns a `404` if the contact is not found or has a `lead` role.
 *
 * `GET /contacts/{id}/merge_history`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Contact not found
 * @example
 * ```ts
 * for await (const item of contactsListContactMergeHistory(client, { id: "63a07ddf05a32042dffac965" })) console.log(item);
 * ```
 */
export function contactsListContactMergeHistory(
  client: ClientCore,
  params: ContactsListContactMergeHistoryParams,
  options?: RequestOptions,
): PagePromise<MergeHistoryList, MergeHistoryItem, ContactsListContactMergeHistoryParams, string> {
  return paginate<MergeHistoryList, MergeHistoryItem, ContactsListContactMergeHistoryParams, string>(
    client,
    {
      method: "GET",
      path: "/contacts/{id}/merge_history",
      pathParams: ["id"],
      query: { params: ["cursor", "per_page", "order"], serialize: buildQuery },
      response: "json",
    },
    params,
    options,
    { style: "cursor", items: "data", cursorParam: "cursor", nextCursor: "next_cursor" },
  );
}

/** The `contacts` operations, bound to a client. */
export interface Contacts {
  /**
   * List attached companies for contact
   *
   * You can fetch a list of companies that are associated to a contact.
   *
   * `GET /contacts/{contact_id}/companies`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Contact not found
   * @example
   * ```ts
   * for await (const item of intercom.contacts.listAttachedCompanies({ contact_id: "63a07ddf05a32042dffac965", page: 1, per_page: 15 })) console.log(item);
   * ```
   */
  listAttachedCompanies(
    params: ContactsListAttachedCompaniesParams,
    options?: RequestOptions,
  ): PagePromise<ContactAttachedCompanies, Company, ContactsListAttachedCompaniesParams, number>;
  /**
   * List attached segments for contact
   *
   * You can fetch a list of segments that are associated to a contact.
   *
   * `GET /contacts/{contact_id}/segments`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Contact not found
   * @example
   * ```ts
   * const result = await intercom.contacts.listAttachedSegments({ contact_id: "63a07ddf05a32042dffac965" });
   * ```
   */
  listAttachedSegments(
    params: ContactsListAttachedSegmentsParams,
    options?: RequestOptions,
  ): ApiPromise<ContactSegments>;
  /**
   * List subscriptions for a contact
   *
   * You can fetch a list of subscription types that are attached to a contact. These can be subscriptions that a user has 'opted-in' to or has 'opted-out' from, depending on the subscription type.
   * This will return a list of Subscription Type objects that the contact is associated with.
   *
   * The data property will show a combined list of:
   *
   * 1.Opt-out subscription types that the user has opted-out from.
   * 2.Opt-in subscription types that the user has opted-in to receiving.
   *
   * **Note:** This endpoint only returns subscriptions where the contact has explicitly configured their preference. Subscriptions that are in the default state — where the contact has not made an explicit opt-in or opt-out choice — are not included in the response.
   *
   * `GET /contacts/{contact_id}/subscriptions`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Contact not found
   * @example
   * ```ts
   * const result = await intercom.contacts.listAttachedSubscriptions({ contact_id: "63a07ddf05a32042dffac965" });
   * ```
   */
  listAttachedSubscriptions(
    params: ContactsListAttachedSubscriptionsParams,
    options?: RequestOptions,
  ): ApiPromise<SubscriptionTypeList>;
  /**
   * Add subscription to a contact
   *
   * You can add a specific subscription to a contact. In Intercom, we have two different subscription types based on user consent - opt-out and opt-in:
   *
   * 1.Attaching a contact to an opt-out subscription type will opt that user out from receiving messages related to that subscription type.
   *
   * 2.Attaching a contact to an opt-in subscription type will opt that user in to receiving messages related to that subscription type.
   *
   * This will return a subscription type model for the subscription type that was added to the contact.
   *
   * `POST /contacts/{contact_id}/subscriptions`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Resource not found
   * @example
   * ```ts
   * const result = await intercom.contacts.attachSubscription({ contact_id: "63a07ddf05a32042dffac965", id: "108", consent_type: "opt_in" });
   * ```
   */
  attachSubscription(params: ContactsAttachSubscriptionParams, options?: RequestOptions): ApiPromise<SubscriptionType>;
  /**
   * Remove subscription from a contact
   *
   * You can remove a specific subscription from a contact. This will return a subscription type model for the subscription type that was removed from the contact.
   *
   * `DELETE /contacts/{contact_id}/subscriptions/{subscription_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Resource not found
   * @example
   * ```ts
   * const result = await intercom.contacts.detachSubscription({ contact_id: "63a07ddf05a32042dffac965", subscription_id: "37846" });
   * ```
   */
  detachSubscription(params: ContactsDetachSubscriptionParams, options?: RequestOptions): ApiPromise<SubscriptionType>;
  /**
   * List tags attached to a contact
   *
   * You can fetch a list of all tags that are attached to a specific contact.
   *
   * `GET /contacts/{contact_id}/tags`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Contact not found
   * @example
   * ```ts
   * const result = await intercom.contacts.listAttachedTags({ contact_id: "63a07ddf05a32042dffac965" });
   * ```
   */
  listAttachedTags(params: ContactsListAttachedTagsParams, options?: RequestOptions): ApiPromise<TagList>;
  /**
   * Get a contact
   *
   * You can fetch the details of a single contact.
   *
   * Info: Merged contacts return 410 Gone.
   * If a contact has been merged into another contact via the Merge endpoint (`POST /contacts/merge`), requesting it by its original ID will return **HTTP 410 Gone** with a `Link` header pointing to the canonical (merged-into) contact.
   *
   * **Response headers:**
   * ```
   * Link: </contacts/{canonical_id}>; rel="canonical"
   * ```
   *
   * **Response body:**
   * ```json
   * {
   *   "type": "error.list",
   *   "errors": [{ "code": "contact_merged", "message": "This contact has been merged. See the 'Link' header for the canonical contact." }]
   * }
   * ```
   *
   * The `Link` header contains the path to the final merge target, resolving multi-hop merge chains (up to 3 hops).
   *
   * `GET /contacts/{contact_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link IntercomApiError} 410: Contact Merged
   * @example
   * ```ts
   * const result = await intercom.contacts.find({ contact_id: "63a07ddf05a32042dffac965" });
   * ```
   */
  find(
    params: ContactsFindParams,
    options?: RequestOptions,
  ): ApiPromise<
    {
      /** If the user has enabled push messaging. */
      enabled_push_messaging?: boolean | null;
    } & Contact
  >;
  /**
   * Update a contact
   *
   * You can update an existing contact (ie. user or lead).
   *
   * Info:
   * This endpoint handles both **contact updates** and **custom object associations**.
   *
   * See _`update a contact with an association to a custom object instance`_ in the request/response examples to see the custom object association format.
   *
   * `PUT /contacts/{contact_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.contacts.update({
   *   contact_id: "63a07ddf05a32042dffac965",
   *   email: "joebloggs@intercom.io",
   *   name: "joe bloggs",
   * });
   * ```
   */
  update(
    params: ContactsUpdateParams,
    options?: RequestOptions,
  ): ApiPromise<
    {
      /** If the user has enabled push messaging. */
      enabled_push_messaging?: boolean | null;
    } & Contact
  >;
  /**
   * Delete a contact
   *
   * You can delete a single contact.
   *
   * `DELETE /contacts/{contact_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.contacts.delete({ contact_id: "…" });
   * ```
   */
  delete(params: ContactsDeleteParams, options?: RequestOptions): ApiPromise<ContactDeleted>;
  /**
   * Merge a lead and a user
   *
   * You can merge a contact with a `role` of `lead` into a contact with a `role` of `user`.
   *
   * Warning: Merged contacts are not retrievable via the API.
   * Once a merge is completed, the source contact (`from`) is permanently removed from the active contact list. This means:
   * - **GET /contacts/{id}** — Requesting the source contact by its original ID will return a `404 Not Found` error.
   * - **POST /contacts/search** — The source contact will not appear in search results, including queries filtered by `updated_at`.
   * - **GET /contacts** — The source contact will not appear in list results.
   *
   * Only the target contact (`into`) remains accessible. If your application stores contact IDs, update them to use the target contact's ID after a merge.
   *
   * `POST /contacts/merge`
   * @throws {@link BadRequestError} 400: Bad Request
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.contacts.mergeLeadInUser({ from: "6762f0d51bb69f9f2193bb7f", into: "6762f0d51bb69f9f2193bb80" });
   * ```
   */
  mergeLeadInUser(
    params: ContactsMergeLeadInUserParams,
    options?: RequestOptions,
  ): ApiPromise<
    {
      /** If the user has enabled push messaging. */
      enabled_push_messaging?: boolean | null;
    } & Contact
  >;
  /**
   * Search contacts
   *
   * You can search for multiple contacts by the value of their attributes in order to fetch exactly who you want.
   *
   * To search for contacts, you need to send a `POST` request to `https://api.intercom.io/contacts/search`.
   *
   * This will accept a query object in the body which will define your filters in order to search for contacts.
   *
   * Warning: Optimizing search queries.
   * Search queries can be complex, so optimizing them can help the performance of your search.
   * Use the `AND` and `OR` operators to combine multiple filters to get the exact results you need and utilize
   * pagination to limit the number of results returned. The default is `50` results per page.
   * See the [pagination section](https://developers.intercom.com/docs/build-an-integration/learn-more/rest-apis/pagination/#example-search-conversations-request) for more details on how to use the `starting_after` param.
   *
   * ### Merged Contacts
   *
   * Contacts that have been merged (via POST /contacts/merge) are excluded from search results. If a contact was recently merged into another, it will no longer appear in queries filtered by `updated_at` or any other field. Only the target contact from the merge remains searchable.
   *
   * ### Contact Creation Delay
   *
   * If a contact has recently been created, there is a possibility that it will not yet be available when searching. This means that it may not appear in the response. This delay can take a few minutes. If you need to be instantly notified it is recommended to use webhooks and iterate to see if they match your search filters.
   *
   * ### Nesting & Limitations
   *
   * You can nest these filters in order to get even more granular insights that pinpoint exactly what you need. Example: (1 OR 2) AND (3 OR 4).
   * There are some limitations to the amount of multiple's there can be:
   * * There's a limit of max 2 nested filters
   * * There's a limit of max 15 filters for each AND or OR group
   *
   * ### Searching for Timestamp Fields
   *
   * Timestamp fields (`created_at`, `updated_at` etc.) and Date custom attributes are matched by calendar day. Sub-day precision (hour, minute, second) is not supported.
   *
   * The day boundary uses **your workspace's timezone**, so the same query can return different results on two workspaces in different timezones.
   *
   * Because the value is truncated to a day:
   *
   * * `=` matches the whole day.
   * * `>` matches from the start of the *next* day, not from the instant you passed.
   * * `<` matches everything before the start of that day.
   *
   * The `!=`, `>=`, `<=`, `IN` and `NIN` operators are not supported on Date fields and return an error.
   *
   * **Example**, on a workspace set to UTC. Searching for `created_at` greater than `1577869200` (January 1st, 2020 9:00 AM UTC) truncates that value to `1577836800` (January 1st, 2020 12:00 AM UTC). Because `>` starts at the next day, the results begin from January 2nd, 2020 12:00 AM UTC - not from 9:00 AM on January 1st. On a workspace in another timezone, the boundaries fall on that timezone's midnight instead.
   *
   * To get contacts created on January 1st, 2020, search for `created_at` equal to `1577836800`.
   *
   * Only search queries behave this way. Responses still carry the full UNIX timestamp, and sorting uses the full value.
   *
   * ### Accepted Fields
   *
   * Most key listed as part of the Contacts Model are searchable, whether writeable or not. The value you search for has to match the accepted type, otherwise the query will fail (ie. as `created_at` accepts a date, the `value` cannot be a string such as `"foorbar"`).
   *
   * | Field                              | Type                           |
   * | ---------------------------------- | ------------------------------ |
   * | id                                 | String                         |
   * | role                               | String<br>Accepts user or lead |
   * | name                               | String                         |
   * | avatar                             | String                         |
   * | owner_id                           | String                         |
   * | email                              | String                         |
   * | email_domain                       | String                         |
   * | phone                              | String                         |
   * | formatted_phone                    | String                         |
   * | external_id                        | String                         |
   * | created_at                         | Date (UNIX Timestamp)          |
   * | signed_up_at                       | Date (UNIX Timestamp)          |
   * | updated_at                         | Date (UNIX Timestamp)          |
   * | last_seen_at                       | Date (UNIX Timestamp)          |
   * | last_contacted_at                  | Date (UNIX Timestamp)          |
   * | last_replied_at                    | Date (UNIX Timestamp)          |
   * | last_email_opened_at               | Date (UNIX Timestamp)          |
   * | last_email_clicked_at              | Date (UNIX Timestamp)          |
   * | language_override                  | String                         |
   * | browser                            | String                         |
   * | browser_language                   | String                         |
   * | os                                 | String                         |
   * | location.country                   | String                         |
   * | location.region                    | String                         |
   * | location.city                      | String                         |
   * | unsubscribed_from_emails           | Boolean                        |
   * | marked_email_as_spam               | Boolean                        |
   * | has_hard_bounced                   | Boolean                        |
   * | ios_last_seen_at                   | Date (UNIX Timestamp)          |
   * | ios_app_version                    | String                         |
   * | ios_device                         | String                         |
   * | ios_app_device                     | String                         |
   * | ios_os_version                     | String                         |
   * | ios_app_name                       | String                         |
   * | ios_sdk_version                    | String                         |
   * | android_last_seen_at               | Date (UNIX Timestamp)          |
   * | android_app_version                | String                         |
   * | android_device                     | String                         |
   * | android_app_name                   | String                         |
   * | andoid_sdk_version                 | String                         |
   * | segment_id                         | String                         |
   * | tag_id                             | String                         |
   * | custom_attributes.{attribute_name} | String                         |
   *
   * ### Accepted Operators
   *
   * Warning: Operators not supported on Date fields.
   * Date fields (`created_at`, `updated_at`, and any Date custom attribute) do not support the `!=`, `>=`, or `<=` operators. Using them returns an error.
   *
   * The table below shows the operators you can use to define how you want to search for the value. The operator should be put in as a string (`"="`). Which operators are valid depends on the field's type - see the "Valid Types" column below. Searching by `tag_id` supports only the `=` and `!=` operators.
   *
   * | Operator | Valid Types                        | Description                                                            |
   * | :------- | :---------------------------------- | :----------------------------------------------------------------------|
   * | =        | All                                  | Equals                                                                  |
   * | !=       | All except Date                      | Doesn't Equal                                                           |
   * | IN       | All except Date and tag_id           | In<br>Shortcut for `OR` queries<br>Values must be in Array              |
   * | NIN      | All except Date and tag_id           | Not In<br>Shortcut for `OR !` queries<br>Values must be in Array        |
   * | >        | Integer<br>Date             | Greater than<br>On Date fields, matches from the start of the next day |
   * | <        | Integer<br>Date             | Lower than<br>On Date fields, matches before the start of the day      |
   * | >=       | Integer                     | Greater than or equal to<br>Not supported on Date fields               |
   * | <=       | Integer                     | Lower than or equal to<br>Not supported on Date fields                 |
   * | ~        | String                               | Contains                                                                |
   * | !~       | String                               | Doesn't Contain                                                         |
   * | ^        | String                               | Starts With                                                             |
   * | $        | String                               | Ends With                                                               |
   *
   * `POST /contacts/search`
   * @throws {@link BadRequestError} 400: Bad Request
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * for await (const item of intercom.contacts.search({
   *   query: {
   *     operator: "AND",
   *     value: [{ field: "created_at", operator: ">", value: "1306054154" }],
   *   },
   *   pagination: { per_page: 5 },
   *   sort: { field: "created_at", order: "ascending" },
   * })) console.log(item);
   * ```
   */
  search(
    params: ContactsSearchParams,
    options?: RequestOptions,
  ): PagePromise<ContactList, Contact, ContactsSearchParams, string>;
  /**
   * List all contacts
   *
   * You can fetch a list of all contacts (ie. users or leads) in your workspace.
   * Info: Merged contacts.
   * Contacts that have been merged (via POST /contacts/merge) will not appear in list results. Only the target contact from the merge remains accessible.
   *
   * Warning: Pagination.
   * You can use pagination to limit the number of results returned. The default is `50` results per page.
   * See the [pagination section](https://developers.intercom.com/docs/build-an-integration/learn-more/rest-apis/pagination/#pagination-for-list-apis) for more details on how to use the `starting_after` param.
   *
   * `GET /contacts`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * for await (const item of intercom.contacts.list({ page: 1, per_page: 15 })) console.log(item);
   * ```
   */
  list(
    params?: ContactsListParams,
    options?: RequestOptions,
  ): PagePromise<ContactList, Contact, ContactsListParams, string>;
  /**
   * Create contact
   *
   * You can create a new contact (ie. user or lead).
   *
   * `POST /contacts`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.contacts.create({ email: "joebloggs@intercom.io" });
   * ```
   */
  create(
    params: ContactsCreateParams,
    options?: RequestOptions,
  ): ApiPromise<
    {
      /** If the user has enabled push messaging. */
      enabled_push_messaging?: boolean | null;
    } & Contact
  >;
  /**
   * Get a contact by External ID
   *
   * You can fetch the details of a single contact by external ID. Note that this endpoint only supports users and not leads.
   *
   * Info: Merged contacts return 410 Gone.
   * If the contact with this external ID has been merged into another contact, the API returns **HTTP 410 Gone** with a `Link` header pointing to the canonical (merged-into) contact. See `GET /contacts/{id}` for details on the response format.
   *
   * `GET /contacts/find_by_external_id/{external_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link IntercomApiError} 410: Contact Merged
   * @example
   * ```ts
   * const result = await intercom.contacts.showContactByExternalId({ external_id: "cdd29344-5e0c-4ef0-ac56-f9ba2979bc27" });
   * ```
   */
  showContactByExternalId(
    params: ContactsShowContactByExternalIdParams,
    options?: RequestOptions,
  ): ApiPromise<
    {
      /** If the user has enabled push messaging. */
      enabled_push_messaging?: boolean | null;
    } & Contact
  >;
  /**
   * Archive contact
   *
   * You can archive a single contact.
   *
   * `POST /contacts/{contact_id}/archive`
   * @example
   * ```ts
   * const result = await intercom.contacts.archive({ contact_id: "63a07ddf05a32042dffac965" });
   * ```
   */
  archive(params: ContactsArchiveParams, options?: RequestOptions): ApiPromise<ContactArchived>;
  /**
   * Unarchive contact
   *
   * You can unarchive a single contact.
   *
   * `POST /contacts/{contact_id}/unarchive`
   * @example
   * ```ts
   * const result = await intercom.contacts.unarchive({ contact_id: "63a07ddf05a32042dffac965" });
   * ```
   */
  unarchive(params: ContactsUnarchiveParams, options?: RequestOptions): ApiPromise<ContactUnarchived>;
  /**
   * Block contact
   *
   * Block a single contact.<br>**Note:** conversations of the contact will also be archived during the process.<br>More details in [FAQ How do I block Inbox spam?](https://www.intercom.com/help/en/articles/8838656-inbox-faqs)
   *
   * `POST /contacts/{contact_id}/block`
   * @example
   * ```ts
   * const result = await intercom.contacts.blockContact({ contact_id: "63a07ddf05a32042dffac965" });
   * ```
   */
  blockContact(params: ContactsBlockContactParams, options?: RequestOptions): ApiPromise<ContactBlocked>;
  /**
   * Get contact merge history
   *
   * Retrieve the paginated list of contacts that have been merged into a given contact.
   *
   * Only available for contacts with a `user` role. Returns a `404` if the contact is not found or has a `lead` role.
   *
   * `GET /contacts/{id}/merge_history`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Contact not found
   * @example
   * ```ts
   * for await (const item of intercom.contacts.listContactMergeHistory({ id: "63a07ddf05a32042dffac965" })) console.log(item);
   * ```
   */
  listContactMergeHistory(
    params: ContactsListContactMergeHistoryParams,
    options?: RequestOptions,
  ): PagePromise<MergeHistoryList, MergeHistoryItem, ContactsListContactMergeHistoryParams, string>;
}

export class Contacts {
  constructor(private readonly client: ClientCore) {}

  listAttachedCompanies(
    params: ContactsListAttachedCompaniesParams,
    options?: RequestOptions,
  ): PagePromise<ContactAttachedCompanies, Company, ContactsListAttachedCompaniesParams, number> {
    return contactsListAttachedCompanies(this.client, params, options);
  }

  listAttachedSegments(
    params: ContactsListAttachedSegmentsParams,
    options?: RequestOptions,
  ): ApiPromise<ContactSegments> {
    return contactsListAttachedSegments(this.client, params, options);
  }

  listAttachedSubscriptions(
    params: ContactsListAttachedSubscriptionsParams,
    options?: RequestOptions,
  ): ApiPromise<SubscriptionTypeList> {
    return contactsListAttachedSubscriptions(this.client, params, options);
  }

  attachSubscription(params: ContactsAttachSubscriptionParams, options?: RequestOptions): ApiPromise<SubscriptionType> {
    return contactsAttachSubscription(this.client, params, options);
  }

  detachSubscription(params: ContactsDetachSubscriptionParams, options?: RequestOptions): ApiPromise<SubscriptionType> {
    return contactsDetachSubscription(this.client, params, options);
  }

  listAttachedTags(params: ContactsListAttachedTagsParams, options?: RequestOptions): ApiPromise<TagList> {
    return contactsListAttachedTags(this.client, params, options);
  }

  find(
    params: ContactsFindParams,
    options?: RequestOptions,
  ): ApiPromise<
    {
      /** If the user has enabled push messaging. */
      enabled_push_messaging?: boolean | null;
    } & Contact
  > {
    return contactsFind(this.client, params, options);
  }

  update(
    params: ContactsUpdateParams,
    options?: RequestOptions,
  ): ApiPromise<
    {
      /** If the user has enabled push messaging. */
      enabled_push_messaging?: boolean | null;
    } & Contact
  > {
    return contactsUpdate(this.client, params, options);
  }

  delete(params: ContactsDeleteParams, options?: RequestOptions): ApiPromise<ContactDeleted> {
    return contactsDelete(this.client, params, options);
  }

  mergeLeadInUser(
    params: ContactsMergeLeadInUserParams,
    options?: RequestOptions,
  ): ApiPromise<
    {
      /** If the user has enabled push messaging. */
      enabled_push_messaging?: boolean | null;
    } & Contact
  > {
    return contactsMergeLeadInUser(this.client, params, options);
  }

  search(
    params: ContactsSearchParams,
    options?: RequestOptions,
  ): PagePromise<ContactList, Contact, ContactsSearchParams, string> {
    return contactsSearch(this.client, params, options);
  }

  list(
    params: ContactsListParams = {},
    options?: RequestOptions,
  ): PagePromise<ContactList, Contact, ContactsListParams, string> {
    return contactsList(this.client, params, options);
  }

  create(
    params: ContactsCreateParams,
    options?: RequestOptions,
  ): ApiPromise<
    {
      /** If the user has enabled push messaging. */
      enabled_push_messaging?: boolean | null;
    } & Contact
  > {
    return contactsCreate(this.client, params, options);
  }

  showContactByExternalId(
    params: ContactsShowContactByExternalIdParams,
    options?: RequestOptions,
  ): ApiPromise<
    {
      /** If the user has enabled push messaging. */
      enabled_push_messaging?: boolean | null;
    } & Contact
  > {
    return contactsShowContactByExternalId(this.client, params, options);
  }

  archive(params: ContactsArchiveParams, options?: RequestOptions): ApiPromise<ContactArchived> {
    return contactsArchive(this.client, params, options);
  }

  unarchive(params: ContactsUnarchiveParams, options?: RequestOptions): ApiPromise<ContactUnarchived> {
    return contactsUnarchive(this.client, params, options);
  }

  blockContact(params: ContactsBlockContactParams, options?: RequestOptions): ApiPromise<ContactBlocked> {
    return contactsBlockContact(this.client, params, options);
  }

  listContactMergeHistory(
    params: ContactsListContactMergeHistoryParams,
    options?: RequestOptions,
  ): PagePromise<MergeHistoryList, MergeHistoryItem, ContactsListContactMergeHistoryParams, string> {
    return contactsListContactMergeHistory(this.client, params, options);
  }
}

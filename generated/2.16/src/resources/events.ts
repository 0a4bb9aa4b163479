// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { jsonBody } from "../runtime/body.js";
import { buildQuery } from "../runtime/query.js";
import type { ClientCore, RequestOptions, ApiPromise } from "../runtime/index.js";
import type { CreateDataEventRequest, CreateDataEventSummariesRequest, DataEventSummary } from "../models.js";

/** Arguments of `events.list`: `filter`, `type`, `summary` in the query. */
export type EventsListParams = {
  filter: {
    user_id?: string;
    intercom_user_id?: string;
    email?: string;
  } & (
    | {
        user_id: string;
      }
    | {
        intercom_user_id: string;
      }
    | {
        email: string;
      }
  );
  /** The value must be user */
  type: string;
  /** summary flag */
  summary?: boolean;
};

/**
 * List all data events
 *
 * > 🚧
 * >
 * > Please note that you can only 'list' events that are less than 90 days old. Event counts and summaries will still include your events older than 90 days but you cannot 'list' these events individually if they are older than 90 days
 *
 * The events belonging to a customer can be listed by sending a GET request to `https://api.intercom.io/events` with a user or lead identifier along with a `type` parameter. The identifier parameter can be one of `user_id`, `email` or `intercom_user_id`. The `type` parameter value must be `user`.
 *
 * - `https://api.intercom.io/events?type=user&user_id={user_id}`
 * - `https://api.intercom.io/events?type=user&email={email}`
 * - `https://api.intercom.io/events?type=user&intercom_user_id={id}` (this call can be used to list leads)
 *
 * The `email` parameter value should be [url encoded](http://en.wikipedia.org/wiki/Percent-encoding) when sending.
 *
 * You can optionally define the result page size as well with the `per_page` parameter.
 *
 * `GET /events`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await eventsList(client, { filter: { user_id: "…" }, type: "…" });
 * ```
 */
export function eventsList(
  client: ClientCore,
  params: EventsListParams,
  options?: RequestOptions,
): ApiPromise<DataEventSummary> {
  return client.request<DataEventSummary>(
    {
      method: "GET",
      path: "/events",
      query: { params: ["filter", "type", "summary"], serialize: buildQuery },
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `events.create`: the other fields are the json body. */
export type EventsCreateParams = CreateDataEventRequest;

/**
 * Submit a data event
 *
 * You will need an Access Token that has write permissions to send Events. Once you have a key you can submit events via POST to the Events resource, which is located at https://api.intercom.io/events, or you can send events using one of the client libraries. When working with the HTTP API directly a client should send the event with a `Content-Type` of `application/json`.
 *
 * When using the JavaScript API, [adding the code to your app](http://docs.intercom.io/configuring-Intercom/tracking-user-events-in-your-app) makes the Events API available. Once added, you can submit an event using the `trackEvent` method. This will associate the event with the Lead or currently logged-in user or logged-out visitor/lead and send it to Intercom. The final parameter is a map that can be used to send optional metadata about the event.
 *
 * With the Ruby client you pass a hash describing the event to `Intercom::Event.create`, or call the `track_user` method directly on the current user object (e.g. `user.track_event`).
 *
 * **NB: For the JSON object types, please note that we do not currently support nested JSON structure.**
 *
 * | Type            | Description                                                                                                                                                                                                     | Example                                                                           |
 * | :-------------- | :-------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------- | :-------------------------------------------------------------------------------- |
 * | String          | The value is a JSON String                                                                                                                                                                                      | `"source":"desktop"`                                                              |
 * | Number          | The value is a JSON Number                                                                                                                                                                                      | `"load": 3.67`                                                                    |
 * | Date            | The key ends with the String `_date` and the value is a [Unix timestamp](http://en.wikipedia.org/wiki/Unix_time), assumed to be in the [UTC](http://en.wikipedia.org/wiki/Coordinated_Universal_Time) timezone. | `"contact_date": 1392036272`                                                      |
 * | Link            | The value is a HTTP or HTTPS URI.                                                                                                                                                                               | `"article": "https://example.org/ab1de.html"`                                     |
 * | Rich Link       | The value is a JSON object that contains `url` and `value` keys.                                                                                                                                                | `"article": {"url": "https://example.org/ab1de.html", "value":"the dude abides"}` |
 * | Monetary Amount | The value is a JSON object that contains `amount` and `currency` keys. The `amount` key is a positive integer representing the amount in cents. The price in the example to the right denotes €349.99.          | `"price": {"amount": 34999, "currency": "eur"}`                                   |
 *
 * **Lead Events**
 *
 * When submitting events for Leads, you will need to specify the Lead's `id`.
 *
 * **Metadata behaviour**
 *
 * - We currently limit the number of tracked metadata keys to 10 per event. Once the quota is reached, we ignore any further keys we receive. The first 10 metadata keys are determined by the order in which they are sent in with the event.
 * - It is not possible to change the metadata keys once the event has been sent. A new event will need to be created with the new keys and you can archive the old one.
 * - There might be up to 24 hrs delay when you send a new metadata for an existing event.
 *
 * **Event de-duplication**
 *
 * The API may detect and ignore duplicate events. Each event is uniquely identified as a combination of the following data - the Workspace identifier, the Contact external identifier, the Data Event name and the Data Event created time. As a result, it is **strongly recommended** to send a second granularity Unix timestamp in the `created_at` field.
 *
 * Duplicated events are responded to using the normal `202 Accepted` code - an error is not thrown, however repeat requests will be counted against any rate limit that is in place.
 *
 * ### HTTP API Responses
 *
 * - Successful responses to submitted events return `202 Accepted` with an empty body.
 * - Unauthorised access will be rejected with a `401 Unauthorized` or `403 Forbidden` response code.
 * - Events sent about users that cannot be found will return a `404 Not Found`.
 * - Event lists containing duplicate events will have those duplicates ignored.
 * - Server errors will return a `500` response code and may contain an error message in the body.
 *
 * `POST /events`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await eventsCreate(client, {
 *   event_name: "invited-friend",
 *   created_at: 1671028894,
 *   user_id: "314159",
 *   id: "8a88a590-e1c3-41e2-a502-e0649dbf721c",
 *   email: "frodo.baggins@example.com",
 *   metadata: { invite_code: "ADDAFRIEND" },
 * });
 * ```
 */
export function eventsCreate(
  client: ClientCore,
  params: EventsCreateParams,
  options?: RequestOptions,
): ApiPromise<undefined> {
  return client.request<undefined>(
    { method: "POST", path: "/events", body: jsonBody, response: "none" },
    params,
    options,
  );
}

/** Arguments of `events.summaries`: the other fields are the json body. */
export type EventsSummariesParams = CreateDataEventSummariesRequest;

/**
 * Create event summaries for a user. Event summaries are used to track the number of times an event has occurred, the first time it occurred and the last time it occurred.
 *
 * `POST /events/summaries`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await eventsSummaries(client, {
 *   user_id: "314159",
 *   event_summaries: {
 *     event_name: "invited-friend",
 *     count: 1,
 *     first: 1671028894,
 *     last: 1671028894,
 *   },
 * });
 * ```
 */
export function eventsSummaries(
  client: ClientCore,
  params: EventsSummariesParams = {},
  options?: RequestOptions,
): ApiPromise<undefined> {
  return client.request<undefined>(
    { method: "POST", path: "/events/summaries", body: jsonBody, response: "none" },
    params,
    options,
  );
}

/** The `events` operations, bound to a client. */
export interface Events {
  /**
   * List all data events
   *
   * > 🚧
   * >
   * > Please note that you can only 'list' events that are less than 90 days old. Event counts and summaries will still include your events older than 90 days but you cannot 'list' these events individually if they are older than 90 days
   *
   * The events belonging to a customer can be listed by sending a GET request to `https://api.intercom.io/events` with a user or lead identifier along with a `type` parameter. The identifier parameter can be one of `user_id`, `email` or `intercom_user_id`. The `type` parameter value must be `user`.
   *
   * - `https://api.intercom.io/events?type=user&user_id={user_id}`
   * - `https://api.intercom.io/events?type=user&email={email}`
   * - `https://api.intercom.io/events?type=user&intercom_user_id={id}` (this call can be used to list leads)
   *
   * The `email` parameter value should be [url encoded](http://en.wikipedia.org/wiki/Percent-encoding) when sending.
   *
   * You can optionally define the result page size as well with the `per_page` parameter.
   *
   * `GET /events`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.events.list({ filter: { user_id: "…" }, type: "…" });
   * ```
   */
  list(params: EventsListParams, options?: RequestOptions): ApiPromise<DataEventSummary>;
  /**
   * Submit a data event
   *
   * You will need an Access Token that has write permissions to send Events. Once you have a key you can submit events via POST to the Events resource, which is located at https://api.intercom.io/events, or you can send events using one of the client libraries. When working with the HTTP API directly a client should send the event with a `Content-Type` of `application/json`.
   *
   * When using the JavaScript API, [adding the code to your app](http://docs.intercom.io/configuring-Intercom/tracking-user-events-in-your-app) makes the Events API available. Once added, you can submit an event using the `trackEvent` method. This will associate the event with the Lead or currently logged-in user or logged-out visitor/lead and send it to Intercom. The final parameter is a map that can be used to send optional metadata about the event.
   *
   * With the Ruby client you pass a hash describing the event to `Intercom::Event.create`, or call the `track_user` method directly on the current user object (e.g. `user.track_event`).
   *
   * **NB: For the JSON object types, please note that we do not currently support nested JSON structure.**
   *
   * | Type            | Description                                                                                                                                                                                                     | Example                                                                           |
   * | :-------------- | :-------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------------- | :-------------------------------------------------------------------------------- |
   * | String          | The value is a JSON String                                                                                                                                                                                      | `"source":"desktop"`                                                              |
   * | Number          | The value is a JSON Number                                                                                                                                                                                      | `"load": 3.67`                                                                    |
   * | Date            | The key ends with the String `_date` and the value is a [Unix timestamp](http://en.wikipedia.org/wiki/Unix_time), assumed to be in the [UTC](http://en.wikipedia.org/wiki/Coordinated_Universal_Time) timezone. | `"contact_date": 1392036272`                                                      |
   * | Link            | The value is a HTTP or HTTPS URI.                                                                                                                                                                               | `"article": "https://example.org/ab1de.html"`                                     |
   * | Rich Link       | The value is a JSON object that contains `url` and `value` keys.                                                                                                                                                | `"article": {"url": "https://example.org/ab1de.html", "value":"the dude abides"}` |
   * | Monetary Amount | The value is a JSON object that contains `amount` and `currency` keys. The `amount` key is a positive integer representing the amount in cents. The price in the example to the right denotes €349.99.          | `"price": {"amount": 34999, "currency": "eur"}`                                   |
   *
   * **Lead Events**
   *
   * When submitting events for Leads, you will need to specify the Lead's `id`.
   *
   * **Metadata behaviour**
   *
   * - We currently limit the number of tracked metadata keys to 10 per event. Once the quota is reached, we ignore any further keys we receive. The first 10 metadata keys are determined by the order in which they are sent in with the event.
   * - It is not possible to change the metadata keys once the event has been sent. A new event will need to be created with the new keys and you can archive the old one.
   * - There might be up to 24 hrs delay when you send a new metadata for an existing event.
   *
   * **Event de-duplication**
   *
   * The API may detect and ignore duplicate events. Each event is uniquely identified as a combination of the following data - the Workspace identifier, the Contact external identifier, the Data Event name and the Data Event created time. As a result, it is **strongly recommended** to send a second granularity Unix timestamp in the `created_at` field.
   *
   * Duplicated events are responded to using the normal `202 Accepted` code - an error is not thrown, however repeat requests will be counted against any rate limit that is in place.
   *
   * ### HTTP API Responses
   *
   * - Successful responses to submitted events return `202 Accepted` with an empty body.
   * - Unauthorised access will be rejected with a `401 Unauthorized` or `403 Forbidden` response code.
   * - Events sent about users that cannot be found will return a `404 Not Found`.
   * - Event lists containing duplicate events will have those duplicates ignored.
   * - Server errors will return a `500` response code and may contain an error message in the body.
   *
   * `POST /events`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.events.create({
   *   event_name: "invited-friend",
   *   created_at: 1671028894,
   *   user_id: "314159",
   *   id: "8a88a590-e1c3-41e2-a502-e0649dbf721c",
   *   email: "frodo.baggins@example.com",
   *   metadata: { invite_code: "ADDAFRIEND" },
   * });
   * ```
   */
  create(params: EventsCreateParams, options?: RequestOptions): ApiPromise<undefined>;
  /**
   * Create event summaries for a user. Event summaries are used to track the number of times an event has occurred, the first time it occurred and the last time it occurred.
   *
   * `POST /events/summaries`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.events.summaries({
   *   user_id: "314159",
   *   event_summaries: {
   *     event_name: "invited-friend",
   *     count: 1,
   *     first: 1671028894,
   *     last: 1671028894,
   *   },
   * });
   * ```
   */
  summaries(params?: EventsSummariesParams, options?: RequestOptions): ApiPromise<undefined>;
}

export class Events {
  constructor(private readonly client: ClientCore) {}

  list(params: EventsListParams, options?: RequestOptions): ApiPromise<DataEventSummary> {
    return eventsList(this.client, params, options);
  }

  create(params: EventsCreateParams, options?: RequestOptions): ApiPromise<undefined> {
    return eventsCreate(this.client, params, options);
  }

  summaries(params: EventsSummariesParams = {}, options?: RequestOptions): ApiPromise<undefined> {
    return eventsSummaries(this.client, params, options);
  }
}

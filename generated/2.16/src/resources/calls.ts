// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { accepting } from "../runtime/accept.js";
import { jsonBody } from "../runtime/body.js";
import { paginate } from "../runtime/pagination.js";
import { buildQuery } from "../runtime/query.js";
import type { ClientCore, RequestOptions, ApiPromise, PagePromise } from "../runtime/index.js";
import type { AiCallResponse, Call, CallList, RegisterFinVoiceCallRequest } from "../models.js";

/** Arguments of `calls.listCalls`: `page`, `per_page` in the query. */
export type CallsListCallsParams = {
  /** The page of results to fetch. Defaults to first page */
  page?: number;
  /** How many results to display per page. Defaults to 25. Max 25. */
  per_page?: number;
};

/**
 * List all calls
 *
 * Retrieve a paginated list of calls.
 *
 * `GET /calls`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * for await (const item of callsListCalls(client, { page: 1, per_page: 25 })) console.log(item);
 * ```
 */
export function callsListCalls(
  client: ClientCore,
  params: CallsListCallsParams = {},
  options?: RequestOptions,
): PagePromise<CallList, Call, CallsListCallsParams, number> {
  return paginate<CallList, Call, CallsListCallsParams, number>(
    client,
    { method: "GET", path: "/calls", query: { params: ["page", "per_page"], serialize: buildQuery }, response: "json" },
    params,
    options,
    { style: "page", items: "data", pageParam: "page", pages: "pages" },
  );
}

/** Arguments of `calls.showCall`: `call_id` in the path. */
export type CallsShowCallParams = {
  /** The id of the call to retrieve */
  call_id: string;
};

/**
 * Get a call
 *
 * Retrieve a single call by id.
 *
 * `GET /calls/{call_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Not Found
 * @example
 * ```ts
 * const result = await callsShowCall(client, { call_id: "…" });
 * ```
 */
export function callsShowCall(
  client: ClientCore,
  params: CallsShowCallParams,
  options?: RequestOptions,
): ApiPromise<Call> {
  return client.request<Call>(
    { method: "GET", path: "/calls/{call_id}", pathParams: ["call_id"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `calls.showCallRecording`: `call_id` in the path. */
export type CallsShowCallRecordingParams = {
  /** The id of the call */
  call_id: string;
};

/**
 * Get call recording by call id
 *
 * Redirects to a signed URL for the call's recording if it exists.
 *
 * `GET /calls/{call_id}/recording`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Recording not found
 * @example
 * ```ts
 * const result = await callsShowCallRecording(client, { call_id: "…" });
 * ```
 */
export function callsShowCallRecording(
  client: ClientCore,
  params: CallsShowCallRecordingParams,
  options?: RequestOptions,
): ApiPromise<Uint8Array> {
  return client.request<Uint8Array>(
    { method: "GET", path: "/calls/{call_id}/recording", pathParams: ["call_id"], response: "binary" },
    params,
    accepting("application/octet-stream", options),
  );
}

/** Arguments of `calls.showCallTranscript`: `call_id` in the path. */
export type CallsShowCallTranscriptParams = {
  /** The id of the call */
  call_id: string;
};

/**
 * Get call transcript by call id
 *
 * Returns the transcript for the specified call as a downloadable text file.
 *
 * `GET /calls/{call_id}/transcript`
 * @throws {@link NotFoundError} 404: Not Found
 * @example
 * ```ts
 * const result = await callsShowCallTranscript(client, { call_id: "…" });
 * ```
 */
export function callsShowCallTranscript(
  client: ClientCore,
  params: CallsShowCallTranscriptParams,
  options?: RequestOptions,
): ApiPromise<string> {
  return client.request<string>(
    { method: "GET", path: "/calls/{call_id}/transcript", pathParams: ["call_id"], response: "text" },
    params,
    accepting("text/plain", options),
  );
}

/** Arguments of `calls.listCallsWithTranscripts`: the other fields are the json body. */
export type CallsListCallsWithTranscriptsParams = {
  /** A list of conversation ids to fetch calls for. Maximum 20. */
  conversation_ids: string[];
};

/**
 * List calls with transcripts
 *
 * Retrieve calls by a list of conversation ids and include transcripts when available.
 * A maximum of 20 `conversation_ids` can be provided. If none are provided or more than 20 are provided, a 400 error is returned.
 *
 * `POST /calls/search`
 * @throws {@link BadRequestError} 400: Bad Request
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await callsListCallsWithTranscripts(client, { conversation_ids: ["64619700005694", "64619700005695"] });
 * ```
 */
export function callsListCallsWithTranscripts(
  client: ClientCore,
  params: CallsListCallsWithTranscriptsParams,
  options?: RequestOptions,
): ApiPromise<{
  type?: string;
  data?: Array<
    Call & {
      /** The call transcript if available, otherwise an empty array. */
      transcript?: Array<{
        [key: string]: unknown;
      }>;
      /** The status of the transcript if available. */
      transcript_status?: string | null;
    }
  >;
}> {
  return client.request<{
    type?: string;
    data?: Array<
      Call & {
        /** The call transcript if available, otherwise an empty array. */
        transcript?: Array<{
          [key: string]: unknown;
        }>;
        /** The status of the transcript if available. */
        transcript_status?: string | null;
      }
    >;
  }>({ method: "POST", path: "/calls/search", body: jsonBody, response: "json" }, params, options);
}

/** Arguments of `calls.registerFinVoiceCall`: the other fields are the json body. */
export type CallsRegisterFinVoiceCallParams = NonNullable<RegisterFinVoiceCallRequest>;

/**
 * Register a Fin Voice call with Intercom. This endpoint creates an external reference
 * that links an external call identifier to an Intercom call and conversation.
 *
 * The call can be from different sources:
 * - AWS Connect (default)
 * - Five9
 * - Zoom Phone
 *
 * `POST /fin_voice/register`
 * @throws {@link BadRequestError} 400: bad request - missing phone_number or call_id
 * @throws {@link ConflictError} 409: conflict - duplicate call registration
 * @throws {@link IntercomApiError} default: Unexpected error
 * @example
 * ```ts
 * const result = await callsRegisterFinVoiceCall(client, {
 *   phone_number: "+1234567890",
 *   call_id: "call-123-abc",
 *   source: "aws_connect",
 *   data: { key: "value" },
 * });
 * ```
 */
export function callsRegisterFinVoiceCall(
  client: ClientCore,
  params: CallsRegisterFinVoiceCallParams,
  options?: RequestOptions,
): ApiPromise<AiCallResponse> {
  return client.request<AiCallResponse>(
    { method: "POST", path: "/fin_voice/register", body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `calls.collectFinVoiceCallById`: `id` in the path. */
export type CallsCollectFinVoiceCallByIdParams = {
  /** The external reference ID */
  id: number;
};

/**
 * Collect Fin Voice call by ID
 *
 * Retrieve information about a Fin Voice call using the external reference ID.
 *
 * `GET /fin_voice/collect/{id}`
 * @throws {@link NotFoundError} 404: not found - external reference not found or not matched
 * @throws {@link IntercomApiError} default: Unexpected error
 * @example
 * ```ts
 * const result = await callsCollectFinVoiceCallById(client, { id: 1 });
 * ```
 */
export function callsCollectFinVoiceCallById(
  client: ClientCore,
  params: CallsCollectFinVoiceCallByIdParams,
  options?: RequestOptions,
): ApiPromise<AiCallResponse> {
  return client.request<AiCallResponse>(
    { method: "GET", path: "/fin_voice/collect/{id}", pathParams: ["id"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `calls.collectFinVoiceCallByExternalId`: `external_id` in the path. */
export type CallsCollectFinVoiceCallByExternalIdParams = {
  /** The external call identifier from the call provider */
  external_id: string;
};

/**
 * Collect Fin Voice call by external ID
 *
 * Retrieve information about a Fin Voice call using the external call identifier.
 *
 * `GET /fin_voice/external_id/{external_id}`
 * @throws {@link NotFoundError} 404: not found - external reference not found or not matched
 * @throws {@link IntercomApiError} default: Unexpected error
 * @example
 * ```ts
 * const result = await callsCollectFinVoiceCallByExternalId(client, { external_id: "…" });
 * ```
 */
export function callsCollectFinVoiceCallByExternalId(
  client: ClientCore,
  params: CallsCollectFinVoiceCallByExternalIdParams,
  options?: RequestOptions,
): ApiPromise<AiCallResponse> {
  return client.request<AiCallResponse>(
    { method: "GET", path: "/fin_voice/external_id/{external_id}", pathParams: ["external_id"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `calls.collectFinVoiceCallByPhoneNumber`: `phone_number` in the path. */
export type CallsCollectFinVoiceCallByPhoneNumberParams = {
  /** Phone number in E.164 format */
  phone_number: string;
};

/**
 * Collect Fin Voice call by phone number
 *
 * Retrieve information about a Fin Voice call using the phone number.
 *
 * Returns the most recent matched call for the given phone number, ordered by creation date.
 *
 * `GET /fin_voice/phone_number/{phone_number}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: not found - no call found for phone number or not matched
 * @throws {@link IntercomApiError} default: Unexpected error
 * @example
 * ```ts
 * const result = await callsCollectFinVoiceCallByPhoneNumber(client, { phone_number: "…" });
 * ```
 */
export function callsCollectFinVoiceCallByPhoneNumber(
  client: ClientCore,
  params: CallsCollectFinVoiceCallByPhoneNumberParams,
  options?: RequestOptions,
): ApiPromise<AiCallResponse> {
  return client.request<AiCallResponse>(
    { method: "GET", path: "/fin_voice/phone_number/{phone_number}", pathParams: ["phone_number"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `calls.collectFinVoiceCallsByConversationId`: `conversation_id` in the path. */
export type CallsCollectFinVoiceCallsByConversationIdParams = {
  /** The Intercom conversation identifier */
  conversation_id: string;
};

/**
 * Collect Fin Voice calls by conversation ID
 *
 * Retrieve information about Fin Voice calls associated with a conversation.
 *
 * Returns all matched calls for the given conversation ID. A conversation may have multiple associated calls.
 *
 * `GET /fin_voice/conversation/{conversation_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link IntercomApiError} default: Unexpected error
 * @example
 * ```ts
 * const result = await callsCollectFinVoiceCallsByConversationId(client, { conversation_id: "…" });
 * ```
 */
export function callsCollectFinVoiceCallsByConversationId(
  client: ClientCore,
  params: CallsCollectFinVoiceCallsByConversationIdParams,
  options?: RequestOptions,
): ApiPromise<AiCallResponse[]> {
  return client.request<AiCallResponse[]>(
    {
      method: "GET",
      path: "/fin_voice/conversation/{conversation_id}",
      pathParams: ["conversation_id"],
      response: "json",
    },
    params,
    options,
  );
}

/** The `calls` operations, bound to a client. */
export interface Calls {
  /**
   * List all calls
   *
   * Retrieve a paginated list of calls.
   *
   * `GET /calls`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * for await (const item of intercom.calls.listCalls({ page: 1, per_page: 25 })) console.log(item);
   * ```
   */
  listCalls(
    params?: CallsListCallsParams,
    options?: RequestOptions,
  ): PagePromise<CallList, Call, CallsListCallsParams, number>;
  /**
   * Get a call
   *
   * Retrieve a single call by id.
   *
   * `GET /calls/{call_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Not Found
   * @example
   * ```ts
   * const result = await intercom.calls.showCall({ call_id: "…" });
   * ```
   */
  showCall(params: CallsShowCallParams, options?: RequestOptions): ApiPromise<Call>;
  /**
   * Get call recording by call id
   *
   * Redirects to a signed URL for the call's recording if it exists.
   *
   * `GET /calls/{call_id}/recording`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Recording not found
   * @example
   * ```ts
   * const result = await intercom.calls.showCallRecording({ call_id: "…" });
   * ```
   */
  showCallRecording(params: CallsShowCallRecordingParams, options?: RequestOptions): ApiPromise<Uint8Array>;
  /**
   * Get call transcript by call id
   *
   * Returns the transcript for the specified call as a downloadable text file.
   *
   * `GET /calls/{call_id}/transcript`
   * @throws {@link NotFoundError} 404: Not Found
   * @example
   * ```ts
   * const result = await intercom.calls.showCallTranscript({ call_id: "…" });
   * ```
   */
  showCallTranscript(params: CallsShowCallTranscriptParams, options?: RequestOptions): ApiPromise<string>;
  /**
   * List calls with transcripts
   *
   * Retrieve calls by a list of conversation ids and include transcripts when available.
   * A maximum of 20 `conversation_ids` can be provided. If none are provided or more than 20 are provided, a 400 error is returned.
   *
   * `POST /calls/search`
   * @throws {@link BadRequestError} 400: Bad Request
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.calls.listCallsWithTranscripts({ conversation_ids: ["64619700005694", "64619700005695"] });
   * ```
   */
  listCallsWithTranscripts(
    params: CallsListCallsWithTranscriptsParams,
    options?: RequestOptions,
  ): ApiPromise<{
    type?: string;
    data?: Array<
      Call & {
        /** The call transcript if available, otherwise an empty array. */
        transcript?: Array<{
          [key: string]: unknown;
        }>;
        /** The status of the transcript if available. */
        transcript_status?: string | null;
      }
    >;
  }>;
  /**
   * Register a Fin Voice call with Intercom. This endpoint creates an external reference
   * that links an external call identifier to an Intercom call and conversation.
   *
   * The call can be from different sources:
   * - AWS Connect (default)
   * - Five9
   * - Zoom Phone
   *
   * `POST /fin_voice/register`
   * @throws {@link BadRequestError} 400: bad request - missing phone_number or call_id
   * @throws {@link ConflictError} 409: conflict - duplicate call registration
   * @throws {@link IntercomApiError} default: Unexpected error
   * @example
   * ```ts
   * const result = await intercom.calls.registerFinVoiceCall({
   *   phone_number: "+1234567890",
   *   call_id: "call-123-abc",
   *   source: "aws_connect",
   *   data: { key: "value" },
   * });
   * ```
   */
  registerFinVoiceCall(params: CallsRegisterFinVoiceCallParams, options?: RequestOptions): ApiPromise<AiCallResponse>;
  /**
   * Collect Fin Voice call by ID
   *
   * Retrieve information about a Fin Voice call using the external reference ID.
   *
   * `GET /fin_voice/collect/{id}`
   * @throws {@link NotFoundError} 404: not found - external reference not found or not matched
   * @throws {@link IntercomApiError} default: Unexpected error
   * @example
   * ```ts
   * const result = await intercom.calls.collectFinVoiceCallById({ id: 1 });
   * ```
   */
  collectFinVoiceCallById(
    params: CallsCollectFinVoiceCallByIdParams,
    options?: RequestOptions,
  ): ApiPromise<AiCallResponse>;
  /**
   * Collect Fin Voice call by external ID
   *
   * Retrieve information about a Fin Voice call using the external call identifier.
   *
   * `GET /fin_voice/external_id/{external_id}`
   * @throws {@link NotFoundError} 404: not found - external reference not found or not matched
   * @throws {@link IntercomApiError} default: Unexpected error
   * @example
   * ```ts
   * const result = await intercom.calls.collectFinVoiceCallByExternalId({ external_id: "…" });
   * ```
   */
  collectFinVoiceCallByExternalId(
    params: CallsCollectFinVoiceCallByExternalIdParams,
    options?: RequestOptions,
  ): ApiPromise<AiCallResponse>;
  /**
   * Collect Fin Voice call by phone number
   *
   * Retrieve information about a Fin Voice call using the phone number.
   *
   * Returns the most recent matched call for the given phone number, ordered by creation date.
   *
   * `GET /fin_voice/phone_number/{phone_number}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: not found - no call found for phone number or not matched
   * @throws {@link IntercomApiError} default: Unexpected error
   * @example
   * ```ts
   * const result = await intercom.calls.collectFinVoiceCallByPhoneNumber({ phone_number: "…" });
   * ```
   */
  collectFinVoiceCallByPhoneNumber(
    params: CallsCollectFinVoiceCallByPhoneNumberParams,
    options?: RequestOptions,
  ): ApiPromise<AiCallResponse>;
  /**
   * Collect Fin Voice calls by conversation ID
   *
   * Retrieve information about Fin Voice calls associated with a conversation.
   *
   * Returns all matched calls for the given conversation ID. A conversation may have multiple associated calls.
   *
   * `GET /fin_voice/conversation/{conversation_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link IntercomApiError} default: Unexpected error
   * @example
   * ```ts
   * const result = await intercom.calls.collectFinVoiceCallsByConversationId({ conversation_id: "…" });
   * ```
   */
  collectFinVoiceCallsByConversationId(
    params: CallsCollectFinVoiceCallsByConversationIdParams,
    options?: RequestOptions,
  ): ApiPromise<AiCallResponse[]>;
}

export class Calls {
  constructor(private readonly client: ClientCore) {}

  listCalls(
    params: CallsListCallsParams = {},
    options?: RequestOptions,
  ): PagePromise<CallList, Call, CallsListCallsParams, number> {
    return callsListCalls(this.client, params, options);
  }

  showCall(params: CallsShowCallParams, options?: RequestOptions): ApiPromise<Call> {
    return callsShowCall(this.client, params, options);
  }

  showCallRecording(params: CallsShowCallRecordingParams, options?: RequestOptions): ApiPromise<Uint8Array> {
    return callsShowCallRecording(this.client, params, options);
  }

  showCallTranscript(params: CallsShowCallTranscriptParams, options?: RequestOptions): ApiPromise<string> {
    return callsShowCallTranscript(this.client, params, options);
  }

  listCallsWithTranscripts(
    params: CallsListCallsWithTranscriptsParams,
    options?: RequestOptions,
  ): ApiPromise<{
    type?: string;
    data?: Array<
      Call & {
        /** The call transcript if available, otherwise an empty array. */
        transcript?: Array<{
          [key: string]: unknown;
        }>;
        /** The status of the transcript if available. */
        transcript_status?: string | null;
      }
    >;
  }> {
    return callsListCallsWithTranscripts(this.client, params, options);
  }

  registerFinVoiceCall(params: CallsRegisterFinVoiceCallParams, options?: RequestOptions): ApiPromise<AiCallResponse> {
    return callsRegisterFinVoiceCall(this.client, params, options);
  }

  collectFinVoiceCallById(
    params: CallsCollectFinVoiceCallByIdParams,
    options?: RequestOptions,
  ): ApiPromise<AiCallResponse> {
    return callsCollectFinVoiceCallById(this.client, params, options);
  }

  collectFinVoiceCallByExternalId(
    params: CallsCollectFinVoiceCallByExternalIdParams,
    options?: RequestOptions,
  ): ApiPromise<AiCallResponse> {
    return callsCollectFinVoiceCallByExternalId(this.client, params, options);
  }

  collectFinVoiceCallByPhoneNumber(
    params: CallsCollectFinVoiceCallByPhoneNumberParams,
    options?: RequestOptions,
  ): ApiPromise<AiCallResponse> {
    return callsCollectFinVoiceCallByPhoneNumber(this.client, params, options);
  }

  collectFinVoiceCallsByConversationId(
    params: CallsCollectFinVoiceCallsByConversationIdParams,
    options?: RequestOptions,
  ): ApiPromise<AiCallResponse[]> {
    return callsCollectFinVoiceCallsByConversationId(this.client, params, options);
  }
}

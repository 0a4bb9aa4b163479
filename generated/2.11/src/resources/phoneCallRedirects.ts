// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { jsonBody } from "../runtime/body.js";
import type { ClientCore, RequestOptions, ApiPromise } from "../runtime/index.js";
import type { CreatePhoneSwitchRequest, PhoneSwitch } from "../models.js";

/** Arguments of `phoneCallRedirects.create`: the other fields are the json body. */
export type PhoneCallRedirectsCreateParams = CreatePhoneSwitchRequest;

/**
 * Create a phone Switch
 *
 * You can use the API to deflect phone calls to the Intercom Messenger.
 * Calling this endpoint will send an SMS with a link to the Messenger to the phone number specified.
 *
 * If custom attributes are specified, they will be added to the user or lead's custom data attributes.
 *
 * `POST /phone_call_redirects`
 * @throws {@link BadRequestError} 400: bad request - invalid number
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link UnprocessableEntityError} 422: unprocessable entity
 * @example
 * ```ts
 * const result = await phoneCallRedirectsCreate(client, {
 *   phone: "+353832345678",
 *   custom_attributes: { issue_type: "Billing", priority: "High" },
 * });
 * ```
 */
export function phoneCallRedirectsCreate(
  client: ClientCore,
  params: PhoneCallRedirectsCreateParams,
  options?: RequestOptions,
): ApiPromise<PhoneSwitch> {
  return client.request<PhoneSwitch>(
    { method: "POST", path: "/phone_call_redirects", body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** The `phoneCallRedirects` operations, bound to a client. */
export interface PhoneCallRedirects {
  /**
   * Create a phone Switch
   *
   * You can use the API to deflect phone calls to the Intercom Messenger.
   * Calling this endpoint will send an SMS with a link to the Messenger to the phone number specified.
   *
   * If custom attributes are specified, they will be added to the user or lead's custom data attributes.
   *
   * `POST /phone_call_redirects`
   * @throws {@link BadRequestError} 400: bad request - invalid number
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link UnprocessableEntityError} 422: unprocessable entity
   * @example
   * ```ts
   * const result = await intercom.phoneCallRedirects.create({
   *   phone: "+353832345678",
   *   custom_attributes: { issue_type: "Billing", priority: "High" },
   * });
   * ```
   */
  create(params: PhoneCallRedirectsCreateParams, options?: RequestOptions): ApiPromise<PhoneSwitch>;
}

export class PhoneCallRedirects {
  constructor(private readonly client: ClientCore) {}

  create(params: PhoneCallRedirectsCreateParams, options?: RequestOptions): ApiPromise<PhoneSwitch> {
    return phoneCallRedirectsCreate(this.client, params, options);
  }
}

// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import type { ClientCore, RequestOptions, ApiPromise } from "../runtime/index.js";
import type { EmailList, EmailSetting } from "../models.js";

/** Arguments of `emails.listEmails`. */
export type EmailsListEmailsParams = Record<string, never>;

/**
 * List all email settings
 *
 * Lists all sender email address settings for the workspace
 *
 * `GET /emails`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await emailsListEmails(client);
 * ```
 */
export function emailsListEmails(
  client: ClientCore,
  params: EmailsListEmailsParams = {},
  options?: RequestOptions,
): ApiPromise<EmailList> {
  return client.request<EmailList>({ method: "GET", path: "/emails", response: "json" }, params, options);
}

/** Arguments of `emails.retrieveEmail`: `id` in the path. */
export type EmailsRetrieveEmailParams = {
  /** The unique identifier of the email setting */
  id: string;
};

/**
 * Retrieve an email setting
 *
 * Fetches a specific email setting by its unique identifier
 *
 * `GET /emails/{id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Email setting not found
 * @example
 * ```ts
 * const result = await emailsRetrieveEmail(client, { id: "…" });
 * ```
 */
export function emailsRetrieveEmail(
  client: ClientCore,
  params: EmailsRetrieveEmailParams,
  options?: RequestOptions,
): ApiPromise<EmailSetting> {
  return client.request<EmailSetting>(
    { method: "GET", path: "/emails/{id}", pathParams: ["id"], response: "json" },
    params,
    options,
  );
}

/** The `emails` operations, bound to a client. */
export interface Emails {
  /**
   * List all email settings
   *
   * Lists all sender email address settings for the workspace
   *
   * `GET /emails`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.emails.listEmails();
   * ```
   */
  listEmails(params?: EmailsListEmailsParams, options?: RequestOptions): ApiPromise<EmailList>;
  /**
   * Retrieve an email setting
   *
   * Fetches a specific email setting by its unique identifier
   *
   * `GET /emails/{id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Email setting not found
   * @example
   * ```ts
   * const result = await intercom.emails.retrieveEmail({ id: "…" });
   * ```
   */
  retrieveEmail(params: EmailsRetrieveEmailParams, options?: RequestOptions): ApiPromise<EmailSetting>;
}

export class Emails {
  constructor(private readonly client: ClientCore) {}

  listEmails(params: EmailsListEmailsParams = {}, options?: RequestOptions): ApiPromise<EmailList> {
    return emailsListEmails(this.client, params, options);
  }

  retrieveEmail(params: EmailsRetrieveEmailParams, options?: RequestOptions): ApiPromise<EmailSetting> {
    return emailsRetrieveEmail(this.client, params, options);
  }
}

// Public surface of the runtime, re-exported by the generated package.
export { ClientCore } from "./client.js";
export { ApiPromise, type WithResponse } from "./api-promise.js";
export type { FieldEncoding, HttpMethod, OperationSpec, QueryParamSpec } from "./operation.js";
export type {
  ClientDefaults,
  ClientOptions,
  RequestHookInfo,
  RequestOptions,
  ResponseHookInfo,
  TokenSource,
} from "./options.js";
export type {
  BasicCredentials,
  ClientCredentials,
  Credential,
  SecurityRequirements,
  SecurityScheme,
  TokenGrant,
} from "./security.js";
export * from "./errors.js";
export * from "./pagination.js";
export type { ResponseValidator, ValidateMode, ValidationInfo, ValidationIssue } from "./validate.js";
export { ValidatingCore, type ValidationOptions, type ValidatorLoader } from "./validating.js";
export {
  SdkWebhookError,
  verifySignature,
  type WebhookHeaders,
  type WebhookNotification,
  type WebhookScheme,
} from "./webhooks.js";

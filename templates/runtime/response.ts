import { SdkApiError, SdkParseError } from "./errors.js";
import type { OperationSpec } from "./operation.js";
import type { AttemptResult } from "./attempt.js";

/** Turns a 2xx into data per `op.response`; empty bodies (204, "", "none") are undefined. */
export function readData(op: OperationSpec, { response, raw }: AttemptResult): unknown {
  if (op.response === "none" || raw.length === 0) return undefined;
  if (op.response !== "json") return raw;
  try {
    // JSON.parse defines "__proto__" as an own key; we never merge the result into other objects.
    return JSON.parse(raw as string);
  } catch (e) {
    throw new SdkParseError(response.status, raw as string, { cause: e });
  }
}

/** Non-2xx → the status-specific SdkApiError, body parsed when it is JSON, else kept as text. */
export function apiError({ response, raw }: AttemptResult): SdkApiError {
  let body: unknown = raw === "" ? undefined : raw;
  try {
    body = JSON.parse(raw as string);
  } catch {
    /* not JSON: keep the text */
  }
  return SdkApiError.from(response.status, response.headers, body, response.statusText);
}

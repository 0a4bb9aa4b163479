import type { OperationObject } from "../load/openapi.js";
import { SdkApiError } from "../../templates/runtime/errors.js";
import { RUNTIME_ERROR_PREFIX } from "./naming-rules.js";
import { deref, type RefContext } from "./refs.js";
import type { ThrownError } from "./types.js";

/** No response, so no headers: the class is all that is asked (a real `Headers` loads Node's fetch, 30 ms a run). */
const NO_HEADERS = { get: () => null } as unknown as Headers;

/** The name of the class the runtime throws for an HTTP status, asked of the runtime itself (`SdkApiError.from`). */
export const runtimeErrorName = (status: number): string => SdkApiError.from(status, NO_HEADERS, undefined).name;

/**
 * The operation's declared error responses (`404`, `4XX`, `5XX`, `default`), each with the class the runtime throws
 * for it: asked of the runtime itself (`SdkApiError.from`), so the table of statuses has one home. The runtime's base
 * classes are named as the package exports them (`SdkApiError` → `IntercomApiError`).
 */
export function throwsOf(op: OperationObject, errorPrefix: string, ctx: RefContext): ThrownError[] {
  const out: ThrownError[] = [];
  for (const [status, raw] of Object.entries(op.responses ?? {})) {
    const runtimeName = /^[45]\d\d$/.test(status)
      ? runtimeErrorName(Number(status))
      : /^5XX$/i.test(status)
        ? runtimeErrorName(500)
        : /^4XX$/i.test(status) || status === "default"
          ? "SdkApiError"
          : undefined;
    if (!runtimeName) continue; // a success or an informational response
    const className = runtimeName.startsWith(RUNTIME_ERROR_PREFIX)
      ? errorPrefix + runtimeName.slice(RUNTIME_ERROR_PREFIX.length)
      : runtimeName;
    const description = deref(raw, ctx)?.description;
    out.push({ status, className, ...(typeof description === "string" && description ? { description } : {}) });
  }
  return out.sort((a, b) => a.status.localeCompare(b.status));
}

import { ApiPromise } from "./api-promise.js";
import { ClientCore } from "./client.js";
import { SdkValidationError } from "./errors.js";
import type { OperationSpec } from "./operation.js";
import type { ClientDefaults, ClientOptions, RequestOptions } from "./options.js";
import type { ResponseValidator, ValidateMode, ValidationInfo, ValidationIssue } from "./validate.js";

/** The options of a client that can check responses against the schema. */
export interface ValidationOptions {
  /** Check 2xx JSON bodies against the schema: `off`, `warn` (report, return as received) or `throw`. */
  validate?: ValidateMode;
  /** Told about the issues under `validate: "warn"`; by default one console line per operation and response. */
  onValidationIssues?: (issues: ValidationIssue[], info: ValidationInfo) => void;
}

/** The default of `validate` (the generated README prints it from here). */
export const VALIDATION_DEFAULTS = { validate: "off" } as const satisfies Required<Pick<ValidationOptions, "validate">>;

// Beside the client, not in validate.ts: the client imports nothing of the checker, which is loaded with its schemas.
const printed = new Set<string>();

/**
 * The default `onValidationIssues`: one line per operation and response, with the number of issues and the first
 * three paths (`onValidationIssues` gets every issue); a response with the same issues is not reported twice.
 */
export function warnOnce(issues: ValidationIssue[], info: ValidationInfo): void {
  const paths = issues.map((i) => i.path || "body");
  // Array indexes of any width are one property: the same defect in another item or response is not news.
  const key = `${info.operation} ${[...new Set(paths.map((p) => p.replace(/\[\d+\]/g, "[]")))].join(" ")}`;
  if (printed.has(key)) return;
  printed.add(key);
  console.warn(
    `[response validation] ${info.operation}: ${issues.length} issue${issues.length === 1 ? "" : "s"} in the response ` +
      `(${paths.slice(0, 3).join(", ")}${paths.length > 3 ? ", …" : ""}): the API and its description disagree`,
  );
}

/** Loads the package's checker (its schemas): `() => import("./validators.js").then((m) => m.validator)`. */
export type ValidatorLoader = () => ResponseValidator | Promise<ResponseValidator>;

/**
 * A client that checks 2xx bodies when `validate` (the client's or the call's) is not `off`. It lives beside
 * ClientCore rather than in it, so that a bundle built on ClientCore alone (`createClient`) carries no validation code;
 * and it loads the checker with its schemas on the first call that validates, so that a bundle of this client carries
 * them only as a chunk it loads when asked (a bundler that splits code puts a dynamic import in its own file).
 */
export class ValidatingCore extends ClientCore {
  readonly #mode: ValidateMode;
  readonly #onIssues: ValidationOptions["onValidationIssues"];
  readonly #load: ValidatorLoader;
  #validator: Promise<ResponseValidator> | undefined;

  constructor(options: ClientOptions<string> & ValidationOptions, defaults: ClientDefaults, load: ValidatorLoader) {
    super(options, defaults);
    this.#mode = options.validate ?? VALIDATION_DEFAULTS.validate;
    this.#onIssues = options.onValidationIssues;
    this.#load = load;
  }

  override request<T>(op: OperationSpec, params: object | undefined, options?: RequestOptions): ApiPromise<T> {
    const sent = super.request<T>(op, params, options);
    const mode = options?.validate ?? this.#mode;
    if (mode === "off") return sent; // nothing loaded, nothing checked
    // Loaded while the request is in flight; a failed load is retried on the next call.
    const validator = (this.#validator ??= Promise.resolve()
      .then(this.#load)
      .catch((e: unknown) => {
        this.#validator = undefined;
        throw e;
      }));
    return new ApiPromise(
      Promise.all([validator, sent.withResponse()]).then(([check, result]) => {
        const found = check(op, result.data, result.response);
        if (found && mode === "throw")
          throw new SdkValidationError(found.issues, found.info, result.response, result.data);
        if (found) (this.#onIssues ?? warnOnce)(found.issues, found.info);
        return result;
      }),
    );
  }
}

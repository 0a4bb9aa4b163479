import type { RequestOptions } from "./options.js";

/**
 * The call's options asking for a response that is not JSON (`Accept: text/plain`), the caller's headers winning.
 * Used by the operations that answer text or bytes only, so other bundles leave it out.
 */
export function accepting(type: string, options: RequestOptions | undefined): RequestOptions {
  return { ...options, headers: { accept: type, ...options?.headers } };
}

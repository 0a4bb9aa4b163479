// Copied from templates/runtime/api-promise.ts. Do not edit here: edit the template and regenerate.
/** Result of an API call: awaitable for the data, or `.withResponse()` for the raw Response too. */
export interface WithResponse<T> {
  data: T;
  /** The HTTP response; its body has already been consumed. */
  response: Response;
}

/**
 * A Promise<T> whose request starts once, at creation (awaiting it many times, or also calling
 * withResponse(), shares that one request).
 */
export class ApiPromise<T> implements Promise<T> {
  readonly #result: Promise<WithResponse<T>>;
  #data?: Promise<T>;

  constructor(result: Promise<WithResponse<T>>) {
    this.#result = result;
  }

  withResponse(): Promise<WithResponse<T>> {
    return this.#result;
  }

  // Derived lazily so an unused .data chain does not add a second unhandled rejection.
  #value(): Promise<T> {
    return (this.#data ??= this.#result.then((r) => r.data));
  }

  then<A = T, B = never>(
    onFulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#value().then(onFulfilled, onRejected);
  }

  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.#value().catch(onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<T> {
    return this.#value().finally(onFinally);
  }

  readonly [Symbol.toStringTag] = "ApiPromise";
}

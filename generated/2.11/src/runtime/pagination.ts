// Copied from templates/runtime/pagination.ts. Do not edit here: edit the template and regenerate.
import { SdkApiError, SdkError } from "./errors.js";
import type { ClientCore } from "./client.js";
import type { OperationSpec } from "./operation.js";
import type { RequestOptions } from "./options.js";

/**
 * How one operation paginates. Paths are dotted: `items`, `nextCursor` and `pages` point into the
 * response body; `cursorParam` and `pageParam` into the call's params (e.g. "pagination.starting_after").
 * `items` may list alternatives where the evidence disagrees on where the list is: the first array present wins.
 */
export type PaginationSpec =
  | { style: "cursor"; items: ListPaths; cursorParam: string; nextCursor: string }
  | { style: "page"; items: ListPaths; pageParam: string; pages: string }
  | { style: "scroll"; items: ListPaths; cursorParam: string; nextCursor: string }
  /** The cursor is a field of the last item (`id`), sent while `hasMore` is true (Stripe's `has_more`). */
  | { style: "last-item"; items: ListPaths; cursorParam: string; itemCursor: string; hasMore: string };

/** A dotted path to the list in the response, or alternatives of which the first array present wins. */
export type ListPaths = string | readonly string[];

/** Fetches one page: the generated client's request for this operation with the given params. */
export type FetchPage<TPage> = (
  params: object,
  options: RequestOptions | undefined,
) => Promise<{ data: TPage; response: Response }>;

interface Context<TPage> {
  fetchPage: FetchPage<TPage>;
  options: RequestOptions | undefined;
  spec: PaginationSpec;
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** The value at a dotted path; "" is the value itself (page numbers at the top of the body). */
function getPath(value: unknown, path: string): unknown {
  for (const key of path ? path.split(".") : []) value = isObj(value) ? value[key] : undefined;
  return value;
}

// Plain objects and arrays are copied so the caller's params (nested `pagination` included) are never
// mutated by us, nor by whoever edits the params we hand out. Blobs, Dates… are shared as-is.
function clone(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(clone);
  if (!isObj(v)) return v;
  const proto: unknown = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null) return v;
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, clone(x)]));
}

/** A copy of `params` with `value` at the dotted `path`, creating nested objects as needed. */
function withPath(params: object, path: string, value: unknown): object {
  const root = clone(params) as Obj;
  const keys = path.split(".");
  const last = keys.pop() as string;
  let node = root;
  for (const key of keys) {
    const child = node[key];
    node = node[key] = isObj(child) ? { ...child } : {};
  }
  node[last] = value;
  return root;
}

/** The page's list: at the first of the `items` paths that holds an array; [] when none does. */
function itemsOf(body: unknown, items: ListPaths): unknown[] {
  for (const path of typeof items === "string" ? [items] : items) {
    const list = getPath(body, path);
    if (Array.isArray(list)) return list;
  }
  return [];
}

const asCursor = (v: unknown): string | number | null =>
  (typeof v === "string" && v !== "") || (typeof v === "number" && Number.isFinite(v)) ? v : null;

/** The cursor / page number / scroll_param of the page after this one, or null at the end. */
function nextOf(spec: PaginationSpec, params: object, body: unknown, count: number): string | number | null {
  if (spec.style === "page") {
    const pages = getPath(body, spec.pages);
    const { page, total_pages, next } = isObj(pages) ? pages : {};
    const current = typeof page === "number" ? page : Number(getPath(params, spec.pageParam)) || 1;
    // total_pages is authoritative (a server may leave `next` out before the last page); without it, `next` (an
    // object or a URL string) says whether there is more. An empty page always ends.
    const more = typeof total_pages === "number" ? current < total_pages : next != null && next !== "";
    return count > 0 && more ? current + 1 : null;
  }
  if (spec.style === "last-item") {
    const last = count > 0 && getPath(body, spec.hasMore) === true ? itemsOf(body, spec.items) : [];
    return last.length ? asCursor(getPath(last.at(-1), spec.itemCursor)) : null;
  }
  const cursor = asCursor(getPath(body, spec.nextCursor));
  // A server echoing the cursor we just sent would otherwise loop forever.
  if (spec.style === "cursor") return cursor === getPath(params, spec.cursorParam) ? null : cursor;
  // Scroll: the end is an empty page (a scroll_param may still come with it).
  return count === 0 ? null : cursor;
}

// Cheap identity of a page, to spot a scroll server replaying the same page (see getNextPage).
const fingerprint = (items: unknown[]): string => JSON.stringify([items.length, items[0], items.at(-1)]);

const SCROLL_HINT =
  "The scroll may have expired (a scroll unused for over a minute expires) or another scroll may be open " +
  "(a server may allow only one at a time). Restart the scroll from the first page.";

// Scroll failures come back as 400/404/409/410, or any status with a message about the scroll
// (e.g. the documented 500 "Please restart the scroll operation"). Keep the typed error, explain it.
function explainScrollError(err: unknown): never {
  if (
    err instanceof SdkApiError &&
    ([400, 404, 409, 410].includes(err.status) ||
      /scroll/i.test([err.message, ...err.errors.map((e) => `${e.code} ${e.message ?? ""}`)].join(" ")))
  ) {
    err.message = `${err.message} — ${SCROLL_HINT}`;
  }
  throw err;
}

/**
 * One page of a paginated list. Iterating it (`for await`) yields its items and those of all later pages.
 * `TParams` is the operation's own params type and `TCursor` what resumes it (a page number, or a cursor string).
 */
export class Page<
  TPage,
  TItem,
  TParams extends object = object,
  TCursor extends string | number = string | number,
> implements AsyncIterable<TItem> {
  /** The items of this page (`[]` when the response has none). */
  readonly data: TItem[];
  /** The parsed response body. */
  readonly response: TPage;
  readonly rawResponse: Response;
  readonly #ctx: Context<TPage>;
  readonly #params: object;
  readonly #next: string | number | null;

  /** @internal Pages are created by the client. */
  constructor(ctx: Context<TPage>, params: object, result: { data: TPage; response: Response }) {
    this.#ctx = ctx;
    this.#params = params;
    this.response = result.data;
    this.rawResponse = result.response;
    this.data = itemsOf(result.data, ctx.spec.items) as TItem[];
    this.#next = nextOf(ctx.spec, params, result.data, this.data.length);
  }

  hasNextPage(): boolean {
    return this.#next !== null;
  }

  /** The value to pass back as the cursor / page / scroll_param param to resume after this page, or null. */
  nextCursor(): TCursor | null {
    return this.#next as TCursor | null;
  }

  /** Full params for the next request (a fresh copy; the caller's params are untouched), or null. */
  nextPageParams(): TParams | null {
    if (this.#next === null) return null;
    const { spec } = this.#ctx;
    return withPath(this.#params, spec.style === "page" ? spec.pageParam : spec.cursorParam, this.#next) as TParams;
  }

  async getNextPage(): Promise<Page<TPage, TItem, TParams, TCursor>> {
    const params = this.nextPageParams();
    if (params === null) throw new SdkError("No next page: check hasNextPage() before calling getNextPage().");
    const ctx = this.#ctx;
    ctx.options?.signal?.throwIfAborted();
    const page = new Page<TPage, TItem, TParams, TCursor>(ctx, params, await ctx.fetchPage(params, ctx.options));
    // A server may return the same scroll_param for every page of a scroll, so a repeated scroll_param
    // alone is normal. Our guard: the same scroll_param AND the very same page again means the server is
    // replaying; fail loudly rather than yield duplicates forever.
    if (ctx.spec.style === "scroll" && page.#next === this.#next && fingerprint(page.data) === fingerprint(this.data)) {
      throw new SdkError(
        `The scroll returned the same page again for scroll_param ${String(this.#next)}; stopping to avoid an infinite loop. Restart the scroll from the first page.`,
      );
    }
    return page;
  }

  /** This page and every later one, fetched lazily; only the current page is kept in memory. */
  async *pages(): AsyncGenerator<Page<TPage, TItem, TParams, TCursor>, void, undefined> {
    let page: Page<TPage, TItem, TParams, TCursor> = this;
    yield page;
    while (page.hasNextPage()) yield (page = await page.getNextPage());
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<TItem, void, undefined> {
    const signal = this.#ctx.options?.signal;
    for await (const page of this.pages()) {
      for (const item of page.data) {
        signal?.throwIfAborted(); // an abort stops the loop now, not only at the next request
        yield item;
      }
    }
  }
}

/**
 * The result of a paginated call: `await` it for the first page, `for await` it for every item across
 * pages, or use `.pages()` / `.take(n)`. Nothing is requested until one of those is used.
 */
export class PagePromise<
  TPage,
  TItem,
  TParams extends object = object,
  TCursor extends string | number = string | number,
>
  implements PromiseLike<Page<TPage, TItem, TParams, TCursor>>, AsyncIterable<TItem>
{
  readonly #load: () => Promise<Page<TPage, TItem, TParams, TCursor>>;
  #first: Promise<Page<TPage, TItem, TParams, TCursor>> | undefined;

  /** @internal Use createPagePromise. */
  constructor(load: () => Promise<Page<TPage, TItem, TParams, TCursor>>) {
    this.#load = load;
  }

  // Lazy and memoized: a promise nobody awaits makes no request and never rejects unhandled.
  #page(): Promise<Page<TPage, TItem, TParams, TCursor>> {
    return (this.#first ??= this.#load());
  }

  then<R1 = Page<TPage, TItem, TParams, TCursor>, R2 = never>(
    onfulfilled?: ((page: Page<TPage, TItem, TParams, TCursor>) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#page().then(onfulfilled, onrejected);
  }

  catch<R = never>(
    onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null,
  ): Promise<Page<TPage, TItem, TParams, TCursor> | R> {
    return this.#page().catch(onrejected);
  }

  finally(onfinally?: (() => void) | null): Promise<Page<TPage, TItem, TParams, TCursor>> {
    return this.#page().finally(onfinally);
  }

  async *pages(): AsyncGenerator<Page<TPage, TItem, TParams, TCursor>, void, undefined> {
    yield* (await this.#page()).pages();
  }

  /** At most `n` items; stops as soon as it has them, without requesting another page. */
  async *take(n: number): AsyncGenerator<TItem, void, undefined> {
    if (n <= 0) return;
    for await (const item of this) {
      yield item;
      if (--n <= 0) return;
    }
  }

  async *[Symbol.asyncIterator](): AsyncGenerator<TItem, void, undefined> {
    yield* await this.#page();
  }
}

export function createPagePromise<
  TPage,
  TItem,
  TParams extends object = object,
  TCursor extends string | number = string | number,
>(
  fetchPage: FetchPage<TPage>,
  params: object,
  options: RequestOptions | undefined,
  spec: PaginationSpec,
): PagePromise<TPage, TItem, TParams, TCursor> {
  const ctx: Context<TPage> = {
    fetchPage: spec.style === "scroll" ? (p, o) => fetchPage(p, o).catch(explainScrollError) : fetchPage,
    options,
    spec,
  };
  // Copy once so later mutation of the caller's object can't change pages fetched afterwards.
  const first = clone(params) as object;
  return new PagePromise(async () => {
    options?.signal?.throwIfAborted();
    return new Page<TPage, TItem, TParams, TCursor>(ctx, first, await ctx.fetchPage(first, options));
  });
}

/**
 * Sends a paginated operation through `client`. A function rather than a client method, so a bundle that never
 * paginates leaves all of this file out.
 */
export function paginate<
  TPage,
  TItem,
  TParams extends object = object,
  TCursor extends string | number = string | number,
>(
  client: ClientCore,
  op: OperationSpec,
  params: TParams | undefined,
  options: RequestOptions | undefined,
  spec: PaginationSpec,
): PagePromise<TPage, TItem, TParams, TCursor> {
  const fetchPage = (p: object, o: RequestOptions | undefined) => client.request<TPage>(op, p, o).withResponse();
  return createPagePromise<TPage, TItem, TParams, TCursor>(fetchPage, params ?? {}, options, spec);
}

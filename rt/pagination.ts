export type PaginationSpec = object; export type PagePromise<A, B> = [A, B];
export function createPagePromise<A, B>(..._a: unknown[]): PagePromise<A, B> { return null as never; }

import type { PaginationSpec } from "../../templates/runtime/pagination.js";

// One entry per pagination style, keyed by the runtime's own contract (`PaginationSpec`): the curation's
// `x-pagination` is checked with it, proposals and the generated README describe a style with it, and the spec each
// paginated method hands the runtime is written from it. A style added to the runtime fails to compile until it
// has an entry here; a field added to a style fails until its entry lists it.

export type PaginationStyle = PaginationSpec["style"];
/** The runtime's spec of one style (`{ style: "page"; items; pageParam; pages }`). */
export type StyleSpec<S extends PaginationStyle> = Extract<PaginationSpec, { style: S }>;
type Field<S extends PaginationStyle> = Exclude<keyof StyleSpec<S>, "style">;

export interface Style<S extends PaginationStyle> {
  /** Every field of the spec, in the order it is emitted, and what its dotted path names. */
  fields: { readonly [F in Field<S>]: string };
  /** The field naming the input that each next request sets: the operation must have it. */
  input: Field<S>;
  /** What resumes a list (`Page`'s `TCursor`): a page number or a cursor string. */
  cursor: "number" | "string";
  /** The rule in one phrase, for diagnostics and proposals. */
  describe: (spec: StyleSpec<S>) => string;
  /** The rule for the generated README's pagination section. */
  docs: string;
}

export const PAGINATION_STYLES: { readonly [S in PaginationStyle]: Style<S> } = {
  cursor: {
    fields: {
      items: "the list in the response",
      cursorParam: "the cursor input",
      nextCursor: "the next cursor in the response",
    },
    input: "cursorParam",
    cursor: "string",
    describe: (p) => `cursor pagination (items \`${itemsText(p.items)}\`, \`${p.cursorParam}\` ← \`${p.nextCursor}\`)`,
    docs: "**cursor**: the response's next cursor is sent back as the cursor argument (in the query or the JSON body)",
  },
  page: {
    fields: {
      items: "the list in the response",
      pageParam: "the page number input",
      pages: "the response's page information",
    },
    input: "pageParam",
    cursor: "number",
    describe: (p) =>
      `page-number pagination (items \`${itemsText(p.items)}\`, \`${p.pageParam}\` + 1 up to \`${p.pages}.total_pages\`, or while \`${p.pages}\` has a next page)`,
    docs: "**page number**: the page argument + 1 until the response's `total_pages`, or until it has no `next`",
  },
  scroll: {
    fields: {
      items: "the list in the response",
      cursorParam: "the scroll input",
      nextCursor: "the scroll parameter in the response",
    },
    input: "cursorParam",
    cursor: "string",
    describe: (p) => `scroll pagination (items \`${itemsText(p.items)}\`, \`${p.cursorParam}\` ← \`${p.nextCursor}\`)`,
    docs: "**scroll**: the scroll parameter is sent back until an empty page; a scroll expires when unused, and a server may allow only one open scroll at a time",
  },
  "last-item": {
    fields: {
      items: "the list in the response",
      cursorParam: "the cursor input",
      itemCursor: "the item's field sent as the cursor",
      hasMore: "the response's flag saying there is more",
    },
    input: "cursorParam",
    cursor: "string",
    describe: (p) =>
      `last-item pagination (items \`${itemsText(p.items)}\`, \`${p.cursorParam}\` ← the last item's \`${p.itemCursor}\` while \`${p.hasMore}\`)`,
    docs: "**last item**: the last item's id is sent as the cursor argument while the response says there is more",
  },
};

/** An entry as code that reads a spec of any style sees it. */
export interface AnyStyle {
  fields: Readonly<Record<string, string>>;
  input: string;
  cursor: "number" | "string";
  describe: (spec: PaginationSpec) => string;
  docs: string;
}

/** The table's entry for a style (the table's own type ties each entry to its style; this one to any). */
export function styleOf(style: PaginationStyle): AnyStyle {
  return PAGINATION_STYLES[style] as unknown as AnyStyle;
}

export function isPaginationStyle(value: unknown): value is PaginationStyle {
  return typeof value === "string" && Object.hasOwn(PAGINATION_STYLES, value);
}

/** The spec the runtime reads (`paginate(…, spec)`): the style and its fields, in the table's order. */
export function runtimeSpec(pagination: PaginationSpec): PaginationSpec {
  const fields = Object.keys(styleOf(pagination.style).fields);
  const values: Readonly<Record<string, unknown>> = pagination;
  return Object.fromEntries([["style", pagination.style], ...fields.map((f) => [f, values[f]])]) as PaginationSpec;
}

/** "cursor pagination (items `data`, `starting_after` ← `pages.next.starting_after`)". */
export function describePagination(spec: PaginationSpec): string {
  return styleOf(spec.style).describe(spec);
}

/** `data`, or `[companies, data]` for alternatives, as the curation writes it. */
export function itemsText(items: PaginationSpec["items"]): string {
  return typeof items === "string" ? items : `[${items.join(", ")}]`;
}

import type { Reporter } from "../diagnostics.js";
import { isObject } from "../load/json.js";
import type { SchemaObject } from "../load/openapi.js";
import type { PaginationSpec } from "../../templates/runtime/pagination.js";
import { describePagination, isPaginationStyle, itemsText, PAGINATION_STYLES, styleOf } from "./pagination-styles.js";
import { propertiesOf, resolved, schemaAt } from "./refs.js";
import { type SchemaContext, toType } from "./schema.js";
import type { Pagination, Parameter } from "./types.js";

export interface PaginationSource {
  /** The curation's `x-pagination`, when it declares one. */
  declared: unknown;
  /** The JSON schema of the success response. */
  responseSchema: SchemaObject | undefined;
  /** Where the operation's inputs live: parameter names and the (merged) body's fields. */
  params: readonly Parameter[];
  bodySchema: SchemaObject | undefined;
  /** JSON pointer of the operation. */
  pointer: string;
}

/**
 * The operation's pagination: what the curation declares (`x-pagination`) wins; otherwise a style is proposed from
 * the response shape and reported, so an un-curated spec still gets helpers and says so.
 */
export function paginationOf(source: PaginationSource, ctx: SchemaContext): Pagination | undefined {
  const { declared, responseSchema, pointer } = source;
  if (declared !== undefined) return checkDeclared(declared, source, ctx);
  const proposed = propose(source, ctx);
  if (!proposed) return undefined;
  const itemType = toType(
    schemaAt(responseSchema, proposed.items, ctx)?.items as SchemaObject | undefined,
    ctx,
    pointer,
  );
  ctx.reporter.warn(
    "pagination-proposed",
    pointer,
    `no x-pagination declared; proposed ${describePagination(proposed)} from the response shape`,
    "declare x-pagination in the curation to confirm or change it",
  );
  return { ...proposed, itemType, source: "proposed" };
}

/** The curation's `x-pagination`, checked against the style table and the operation's response and inputs. */
function checkDeclared(value: unknown, source: PaginationSource, ctx: SchemaContext): Pagination | undefined {
  const fail = failure(ctx.reporter, `${source.pointer}/x-pagination`);
  if (!isObject(value)) return fail("x-pagination must be an object");
  const style = value["style"];
  if (!isPaginationStyle(style)) return fail(`unknown pagination style ${JSON.stringify(style)}`);
  const { fields, input } = styleOf(style);
  for (const [field, what] of Object.entries(fields))
    if (typeof value[field] !== "string" && !(field === "items" && isPathList(value[field])))
      return fail(`x-pagination (${style}) needs \`${field}\` (a dotted path to ${what})`);
  const declared = Object.fromEntries(["style", ...Object.keys(fields)].map((f) => [f, value[f]])) as PaginationSpec;
  // Alternatives absent from the schema are allowed (an example may put the list elsewhere); one must be an array.
  const alternatives = typeof declared.items === "string" ? [declared.items] : declared.items;
  const items = alternatives.map((path) => schemaAt(source.responseSchema, path, ctx)).find(isArraySchema);
  if (!items) return fail(`\`items: ${itemsText(declared.items)}\` is not an array in the response`);
  const param = value[input] as string;
  if (!hasInput(param, source, ctx)) return fail(`\`${param}\` is not a parameter or body field of the operation`);
  const itemType = toType(items.items as SchemaObject | undefined, ctx, source.pointer);
  return { ...declared, itemType, source: "declared" };
}

const isPathList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === "string");

const isArraySchema = (schema: SchemaObject | undefined): schema is SchemaObject =>
  schema !== undefined && (schema.type === "array" || schema.items !== undefined);

/** Reports a bad `x-pagination` with the shape each style takes, read from the table. */
function failure(reporter: Reporter, pointer: string) {
  const shapes = Object.entries(PAGINATION_STYLES).map(
    ([style, { fields }]) => `{ style: ${style}, ${Object.keys(fields).join(", ")} }`,
  );
  return (message: string): undefined => {
    reporter.error("bad-pagination", pointer, message, `declare x-pagination as one of ${shapes.join(" | ")}`);
    return undefined;
  };
}

/** A style guessed from the response shape and the operation's inputs, vendor by vendor (one list path). */
function propose(source: PaginationSource, ctx: SchemaContext): (PaginationSpec & { items: string }) | undefined {
  const props = propertiesOf(source.responseSchema, ctx);
  const has = (path: string) => hasInput(path, source, ctx);
  if (Object.keys(props).length === 0) return undefined;
  const arrays = Object.entries(props)
    .filter(([, s]) => resolved(s, ctx)?.type === "array")
    .map(([k]) => k);
  const items = arrays.includes("data") ? "data" : arrays.length === 1 ? arrays[0]! : undefined;
  if (!items) return undefined;
  if (props["scroll_param"] && has("scroll_param")) {
    return { style: "scroll", items, cursorParam: "scroll_param", nextCursor: "scroll_param" };
  }
  // Stripe: `has_more` + the last item's `id` as `starting_after`.
  const itemProps = propertiesOf(resolved(props[items], ctx)?.items as SchemaObject | undefined, ctx);
  if (props["has_more"] && itemProps["id"] && has("starting_after")) {
    return { style: "last-item", items, cursorParam: "starting_after", itemCursor: "id", hasMore: "has_more" };
  }
  // Intercom 2.16: `next_cursor` (with `has_more`), sent back as `cursor`.
  if (props["next_cursor"]) {
    const cursorParam = ["cursor", "next_cursor", "starting_after"].find(has);
    if (cursorParam) return { style: "cursor", items, cursorParam, nextCursor: "next_cursor" };
  }
  // DigitalOcean: `links.pages.next` is a URL while there is a next page, which the `page` argument reaches.
  if (propertiesOf(props["links"], ctx)["pages"] && has("page")) {
    return { style: "page", items, pageParam: "page", pages: "links.pages" };
  }
  const pages = resolved(props["pages"], ctx)?.properties;
  if (!pages) return undefined;
  const next = resolved(pages["next"], ctx)?.properties;
  if (next?.["starting_after"]) {
    const cursorParam = ["starting_after", "pagination.starting_after"].find(has);
    if (cursorParam) return { style: "cursor", items, cursorParam, nextCursor: "pages.next.starting_after" };
  }
  if (pages["page"] && (pages["total_pages"] || pages["next"]) && has("page")) {
    return { style: "page", items, pageParam: "page", pages: "pages" };
  }
  return undefined;
}

/** True when the dotted path names a parameter, or a field (possibly nested) of the body. */
function hasInput(path: string, source: PaginationSource, ctx: SchemaContext): boolean {
  if (source.params.some((p) => p.name === path)) return true;
  return schemaAt(source.bodySchema, path, ctx) !== undefined;
}

import { isObject, isPresent } from "../load/json.js";
import type { SchemaObject } from "../load/openapi.js";
import { deref } from "./operations.js";
import { type SchemaContext, toType } from "./schema.js";
import type { Pagination, Parameter } from "./types.js";

type Style = Pagination["style"];
type Declared =
  | { style: "cursor" | "scroll"; items: string; cursorParam: string; nextCursor: string }
  | { style: "page"; items: string; pageParam: string; pages: string }
  | { style: "last-item"; items: string; cursorParam: string; itemCursor: string; hasMore: string };

/** Where the operation's inputs live: parameter names and the body's top-level fields. */
export interface Inputs {
  params: readonly Parameter[];
  bodySchema: SchemaObject | undefined;
}

/**
 * The operation's pagination: what the curation declares (`x-pagination`) wins; otherwise a style is proposed from
 * the response shape and reported, so an un-curated spec still gets helpers and says so.
 */
export function paginationOf(
  declared: unknown,
  responseSchema: SchemaObject | undefined,
  inputs: Inputs,
  ctx: SchemaContext,
  pointer: string,
): Pagination | undefined {
  if (declared !== undefined) return checkDeclared(declared, responseSchema, inputs, ctx, `${pointer}/x-pagination`);
  const proposed = propose(responseSchema, inputs, ctx);
  if (!proposed) return undefined;
  const itemType = toType(
    schemaAt(responseSchema, proposed.items, ctx)?.items as SchemaObject | undefined,
    ctx,
    pointer,
  );
  ctx.reporter.warn(
    "pagination-proposed",
    pointer,
    `no x-pagination declared; proposed ${describe(proposed)} from the response shape`,
    "declare x-pagination in the curation to confirm or change it",
  );
  return { ...proposed, itemType, source: "proposed" };
}

function checkDeclared(
  value: unknown,
  responseSchema: SchemaObject | undefined,
  inputs: Inputs,
  ctx: SchemaContext,
  pointer: string,
): Pagination | undefined {
  const fail = (message: string) => {
    ctx.reporter.error(
      "bad-pagination",
      pointer,
      message,
      "declare x-pagination as { style: cursor|page|scroll|last-item, items, cursorParam|pageParam, nextCursor|pages|itemCursor+hasMore }",
    );
    return undefined;
  };
  if (!isObject(value)) return fail("x-pagination must be an object");
  const style = value["style"] as Style;
  const fields: Record<Style, string[]> = {
    cursor: ["items", "cursorParam", "nextCursor"],
    page: ["items", "pageParam", "pages"],
    scroll: ["items", "cursorParam", "nextCursor"],
    "last-item": ["items", "cursorParam", "itemCursor", "hasMore"],
  };
  if (typeof style !== "string" || !Object.hasOwn(fields, style))
    return fail(`unknown pagination style ${JSON.stringify(style)}`);
  for (const field of fields[style])
    if (typeof value[field] !== "string") return fail(`x-pagination (${style}) needs \`${field}\` (a dotted path)`);
  const declared = Object.fromEntries(["style", ...fields[style]].map((f) => [f, value[f]])) as Declared;
  const items = schemaAt(responseSchema, declared.items, ctx);
  if (!items || (items.type !== "array" && !items.items))
    return fail(`\`items: ${declared.items}\` is not an array in the response`);
  const param = "cursorParam" in declared ? declared.cursorParam : declared.pageParam;
  if (!hasInput(param, inputs, ctx)) return fail(`\`${param}\` is not a parameter or body field of the operation`);
  return { ...declared, itemType: toType(items.items as SchemaObject | undefined, ctx, pointer), source: "declared" };
}

function propose(response: SchemaObject | undefined, inputs: Inputs, ctx: SchemaContext): Declared | undefined {
  const props = propertiesOf(response, ctx);
  if (Object.keys(props).length === 0) return undefined;
  const arrays = Object.entries(props)
    .filter(([, s]) => resolved(s, ctx)?.type === "array")
    .map(([k]) => k);
  const items = arrays.includes("data") ? "data" : arrays.length === 1 ? arrays[0]! : undefined;
  if (!items) return undefined;
  if (props["scroll_param"] && hasInput("scroll_param", inputs, ctx)) {
    return { style: "scroll", items, cursorParam: "scroll_param", nextCursor: "scroll_param" };
  }
  // Stripe: `has_more` + the last item's `id` as `starting_after`.
  const itemProps = propertiesOf(resolved(props[items], ctx)?.items as SchemaObject | undefined, ctx);
  if (props["has_more"] && itemProps["id"] && hasInput("starting_after", inputs, ctx)) {
    return { style: "last-item", items, cursorParam: "starting_after", itemCursor: "id", hasMore: "has_more" };
  }
  // Intercom 2.16: `next_cursor` (with `has_more`), sent back as `cursor`.
  if (props["next_cursor"]) {
    const cursorParam = ["cursor", "next_cursor", "starting_after"].find((p) => hasInput(p, inputs, ctx));
    if (cursorParam) return { style: "cursor", items, cursorParam, nextCursor: "next_cursor" };
  }
  // DigitalOcean: `links.pages.next` is a URL while there is a next page, which the `page` argument reaches.
  if (propertiesOf(props["links"], ctx)["pages"] && hasInput("page", inputs, ctx)) {
    return { style: "page", items, pageParam: "page", pages: "links.pages" };
  }
  const pages = resolved(props["pages"], ctx)?.properties;
  if (!pages) return undefined;
  const next = resolved(pages["next"], ctx)?.properties;
  if (next?.["starting_after"]) {
    const cursorParam = ["starting_after", "pagination.starting_after"].find((p) => hasInput(p, inputs, ctx));
    if (cursorParam) return { style: "cursor", items, cursorParam, nextCursor: "pages.next.starting_after" };
  }
  if (pages["page"] && (pages["total_pages"] || pages["next"]) && hasInput("page", inputs, ctx)) {
    return { style: "page", items, pageParam: "page", pages: "pages" };
  }
  return undefined;
}

/** True when the dotted path names a parameter, or a field (possibly nested) of the body. */
function hasInput(path: string, inputs: Inputs, ctx: SchemaContext): boolean {
  if (inputs.params.some((p) => p.name === path)) return true;
  return schemaAt(inputs.bodySchema, path, ctx) !== undefined;
}

/** The schema at a dotted property path, following `$ref`s and `allOf`. */
function schemaAt(schema: SchemaObject | undefined, path: string, ctx: SchemaContext): SchemaObject | undefined {
  let current = resolved(schema, ctx);
  for (const key of path.split(".")) {
    const prop =
      current?.properties?.[key] ?? current?.allOf?.map((s) => resolved(s, ctx)?.properties?.[key]).find(Boolean);
    current = resolved(prop, ctx);
    if (!current) return undefined;
  }
  return current;
}

/** The properties of an object schema, with those of its `allOf`/`anyOf`/`oneOf` parts (DigitalOcean composes lists). */
function propertiesOf(schema: SchemaObject | undefined, ctx: SchemaContext, depth = 0): Record<string, SchemaObject> {
  const s = resolved(schema, ctx);
  if (!s || depth > 8) return {};
  const parts = [...(s.allOf ?? []), ...(s.anyOf ?? []), ...(s.oneOf ?? [])];
  return Object.assign({}, ...parts.map((p) => propertiesOf(p, ctx, depth + 1)), s.properties ?? {});
}

function resolved(schema: SchemaObject | undefined, ctx: SchemaContext): SchemaObject | undefined {
  const s = deref<SchemaObject>(schema, ctx);
  return isPresent(s) ? s : undefined;
}

function describe(p: Declared): string {
  if (p.style === "last-item")
    return `last-item pagination (items \`${p.items}\`, \`${p.cursorParam}\` ← the last item's \`${p.itemCursor}\` while \`${p.hasMore}\`)`;
  return p.style === "page"
    ? `page-number pagination (items \`${p.items}\`, \`${p.pageParam}\` + 1 up to \`${p.pages}.total_pages\`, or while \`${p.pages}\` has a next page)`
    : `${p.style} pagination (items \`${p.items}\`, \`${p.cursorParam}\` ← \`${p.nextCursor}\`)`;
}

import type { MediaTypeObject, SchemaObject } from "../load/openapi.js";

/** JSON media types (`application/json`, `application/problem+json`) and the catch-all `*\/*`. */
export const JSON_TYPE = /^application\/(.+\+)?json\b|^\*\/\*$/;

/** Bodies written as text (`text/plain`, `application/xml`, `application/atom+xml`); other types are bytes. */
export const TEXT_TYPE = /^text\/|^application\/([\w.-]+\+)?xml\b/;

/** The schema of the first media type of a `content` map. */
export function firstMediaSchema(content: Record<string, MediaTypeObject> | undefined): SchemaObject | undefined {
  return content ? Object.values(content)[0]?.schema : undefined;
}

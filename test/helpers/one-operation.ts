// The smallest description a package is made from: one operation, `GET /things`, curated as `things.list`. Tests
// that need a whole generation (caches, stages, `$ref` escapes, TSDoc) vary only its response and extras.

type Json = Record<string, unknown>;

export function listThingsDocument(
  options: { title?: string; schema?: Json; example?: unknown; parameters?: Json[]; components?: Json } = {},
): Json {
  const media = {
    schema: options.schema ?? { type: "object" },
    ...("example" in options ? { example: options.example } : {}),
  };
  return {
    openapi: "3.0.3",
    info: { title: options.title ?? "t", version: "1" },
    paths: {
      "/things": {
        get: {
          operationId: "listThings",
          "x-sdk-resource": "things",
          "x-sdk-method": "list",
          ...(options.parameters ? { parameters: options.parameters } : {}),
          responses: { "200": { description: "ok", content: { "application/json": media } } },
        },
      },
    },
    ...(options.components ? { components: options.components } : {}),
  };
}

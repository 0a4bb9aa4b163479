/**
 * The subset of OpenAPI 3.0/3.1 the generator reads. Fields are optional because real descriptions omit them;
 * the model stage decides what an absent field means.
 */
export interface Reference {
  $ref: string;
  description?: string;
  nullable?: boolean;
}

export interface SchemaObject {
  $ref?: string;
  type?: string | string[];
  format?: string;
  title?: string;
  description?: string;
  enum?: unknown[];
  const?: unknown;
  nullable?: boolean;
  readOnly?: boolean;
  writeOnly?: boolean;
  deprecated?: boolean;
  default?: unknown;
  example?: unknown;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  additionalProperties?: boolean | SchemaObject;
  items?: SchemaObject | SchemaObject[] | boolean;
  /** OpenAPI 3.1 (JSON Schema 2020-12) tuple positions. */
  prefixItems?: SchemaObject[];
  /** OpenAPI 3.1 examples (documentation only). */
  examples?: unknown[];
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  allOf?: SchemaObject[];
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
  [extension: `x-${string}`]: unknown;
}

export interface ParameterObject {
  $ref?: string;
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  description?: string;
  deprecated?: boolean;
  schema?: SchemaObject;
  content?: Record<string, MediaTypeObject>;
  style?: string;
  explode?: boolean;
  /** A path parameter that may hold `/` (GitHub's `contents/{path}`). */
  "x-multi-segment"?: boolean;
  /** Azure's (AutoRest) mark of a path parameter that holds `/` (a resource id). */
  "x-ms-skip-url-encoding"?: boolean;
}

export interface MediaTypeObject {
  schema?: SchemaObject;
  /** Per-property serialization of a form or multipart body. */
  encoding?: Record<string, { contentType?: string; style?: string; explode?: boolean }>;
}

export interface RequestBodyObject {
  $ref?: string;
  description?: string;
  required?: boolean;
  content?: Record<string, MediaTypeObject>;
}

export interface ResponseObject {
  $ref?: string;
  description?: string;
  content?: Record<string, MediaTypeObject>;
}

export interface OperationObject {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  deprecated?: boolean;
  parameters?: ParameterObject[];
  requestBody?: RequestBodyObject;
  responses?: Record<string, ResponseObject>;
  /** Alternatives of `{ scheme: scopes }`; `[]` means no credential. */
  security?: SecurityRequirementObject[];
  "x-sdk-resource"?: string;
  "x-sdk-method"?: string;
  "x-pagination"?: unknown;
}

export type SecurityRequirementObject = Record<string, string[]>;

export type PathItemObject = {
  parameters?: ParameterObject[];
} & Partial<Record<HttpMethodKey, OperationObject>>;

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type HttpMethodKey = (typeof HTTP_METHODS)[number];

export interface OpenApiDocument {
  openapi: string;
  info: { title?: string; version: string; description?: string };
  servers?: { url: string; description?: string }[];
  paths: Record<string, PathItemObject>;
  components?: {
    schemas?: Record<string, SchemaObject>;
    responses?: Record<string, ResponseObject>;
    parameters?: Record<string, ParameterObject>;
    requestBodies?: Record<string, RequestBodyObject>;
    securitySchemes?: Record<string, unknown>;
  };
  security?: SecurityRequirementObject[];
  tags?: { name: string; description?: string }[];
  [key: string]: unknown;
}

// Copied from templates/runtime/operation.ts. Do not edit here: edit the template and regenerate.
// Static description of one API operation; the generator emits one literal per call site.
import type { BodySerializer } from "./body.js";
import type { buildQuery } from "./query.js";
import type { SecurityRequirements } from "./security.js";

export type HttpMethod = "GET" | "POST" | "PUT" | "PATCH" | "DELETE" | "HEAD" | "OPTIONS";

/** OpenAPI query serialization. Defaults: style "form"; explode true for form, false otherwise (as in OpenAPI). */
export interface QueryParamSpec {
  name: string;
  style?: "form" | "spaceDelimited" | "pipeDelimited" | "deepObject";
  explode?: boolean;
}

/** How one field of a form or multipart body is sent (the description's `encoding`); deepObject: `a[b]=c`, `a[]=x`. */
export interface FieldEncoding {
  style?: QueryParamSpec["style"];
  explode?: boolean;
  /** A JSON type sends the field as JSON text (a multipart part of that type). */
  contentType?: string;
}

export interface OperationSpec {
  method: HttpMethod;
  /** Template, e.g. "/contacts/{contact_id}/companies/{company_id}". */
  path: string;
  /** Params keys substituted into the template (key === template name). */
  pathParams?: readonly string[];
  /** Path params that may hold "/" (`x-multi-segment`): each segment is encoded on its own. */
  multiSegment?: readonly string[];
  /**
   * Params keys sent as query (a string means form/explode), with the serializer: passed in by the operation, so
   * that a bundler keeps the serializers (query, body) only when some operation in use needs them.
   */
  query?: { params: readonly (string | QueryParamSpec)[]; serialize: typeof buildQuery };
  /** Params key -> HTTP header name. */
  headers?: Readonly<Record<string, string>>;
  /** Present iff the operation declares a request body: the serializer of its media type (`jsonBody`…). */
  body?: BodySerializer;
  /** The declared Content-Type of a text or binary body (e.g. "text/plain", "application/octet-stream"). */
  contentType?: string;
  /** When set, params[bodyKey] is the body; otherwise the body is every params key not used above. */
  bodyKey?: string;
  /** Per-field encoding of a form or multipart body, where the description declares one. */
  encoding?: Readonly<Record<string, FieldEncoding>>;
  /** The operation's own security requirements, where they differ from the API's. */
  security?: SecurityRequirements;
  /** How to read a 2xx body. */
  response: "json" | "text" | "binary" | "none";
}

import type { FieldEncoding, HttpMethod, OperationSpec, QueryParamSpec } from "../../templates/runtime/operation.js";
import type { PaginationSpec } from "../../templates/runtime/pagination.js";
import type { WebhookScheme } from "../../templates/runtime/webhooks.js";

/**
 * The intermediate model of an API: everything the emitter needs, with every `$ref` resolved to a type name and
 * every name decided. Emitters only print it.
 *
 * Not supported (reported, never silently dropped): references to other files, cookie parameters (skipped with a
 * warning). Request bodies: JSON, multipart, form-urlencoded, `text/*` (a string) and any other media type as bytes. `writeOnly` is kept as documentation only.
 */
export interface ApiModel {
  title: string;
  /** The API version the package targets (`info.version`). */
  version: string;
  description?: string;
  /** Who the package is for: names, token, version header, servers. */
  profile: Profile;
  types: NamedType[];
  /** Every resource, nested ones included, a parent before the resources nested in it. */
  resources: Resource[];
  /** The package's semver, set by its last release (`generated/<v>/release.json`); derived from `version` before. */
  packageVersion?: string;
  /** Absent: the API declares no security. */
  security?: SecurityModel;
}

/** The description's security schemes and the requirements of operations that declare none of their own. */
export interface SecurityModel {
  schemes: SecuritySchemeModel[];
  /** Alternatives of combinations of scheme names; empty: no credential. */
  requirements: string[][];
  /** The one bearer-like scheme, which the `token` option fills (absent: none, or more than one). */
  tokenScheme?: string;
}

export interface SecuritySchemeModel {
  /** The key under `components.securitySchemes`: the key of `credentials`. */
  name: string;
  /** How the runtime sends it (oauth2 and openIdConnect are bearer tokens). */
  type: "apiKey" | "basic" | "bearer";
  /** What the description declares, for documentation (`oauth2`, `http basic`). */
  declaredType: string;
  /** apiKey: where, and under which name. */
  in?: "header" | "query" | "cookie";
  paramName?: string;
  /** oauth2 with a clientCredentials flow: where tokens are fetched. */
  tokenUrl?: string;
  /** The environment variable read when the client is given no credential for it. */
  env: string;
  description?: string;
}

/**
 * The vendor's side of the package, declared by the curation (`x-sdk-profile`) or derived from `info.title` and
 * `servers`. The generator and the runtime hold no vendor knowledge beyond this.
 */
export interface Profile {
  /** Class name of the client (`Intercom`). */
  clientName: string;
  /** npm name of the package. */
  packageName: string;
  /** Environment variable the token is read from when none is passed (`INTERCOM_API_KEY`). */
  tokenEnv: string;
  /** Header that carries the API version, and the version sent by default; absent when the API has none. */
  versionHeader?: { name: string; default: string };
  /** Regional servers, the first one the default; empty when the API declares no regions. */
  regions: Server[];
  /** The server when there are no regions (`servers[0]`). */
  baseUrl?: string;
  /** Prefix the error classes are exported under (`Intercom` → `IntercomError`, `IntercomApiError`). */
  errorPrefix: string;
  /** How the API signs its webhook notifications, and the schema of each topic's item; absent when not declared. */
  webhooks?: Omit<WebhookScheme, "errorName"> & { topics: { topic: string; schema: string }[] };
}

export interface Server {
  region: string;
  url: string;
  description?: string;
}

/** Documentation carried to TSDoc. */
export interface Docs {
  title?: string;
  description?: string;
  deprecated?: boolean;
  default?: unknown;
  /** Extra sentence about the wire format (e.g. Unix timestamps). */
  formatNote?: string;
  readOnly?: boolean;
}

/** A named model: one per component schema. */
export interface NamedType {
  name: string;
  /** The component key it comes from (`#/components/schemas/<key>`). */
  schemaKey: string;
  type: TypeNode;
  docs: Docs;
  /** Set when the type (or a type it uses) has readOnly properties: the name of its request-side variant. */
  inputName?: string;
}

export type TypeNode = (
  | { kind: "unknown" }
  /** `integer` is a whole `number` in TypeScript; kept apart so validation can tell 1.5 from 1. */
  | { kind: "primitive"; name: "string" | "number" | "integer" | "boolean" | "null" }
  /** Bytes; `stream` for a whole request body, which may also be an ArrayBuffer or a ReadableStream. */
  | { kind: "binary"; stream?: boolean }
  | { kind: "literal"; values: (string | number | boolean | null)[] }
  | { kind: "ref"; name: string }
  | { kind: "array"; items: TypeNode }
  /** OpenAPI 3.1 `prefixItems`: fixed positions, then `rest` items (none with `items: false`). */
  | { kind: "tuple"; items: TypeNode[]; rest: TypeNode | false }
  | { kind: "object"; properties: Property[]; additional: TypeNode | false }
  | { kind: "union"; variants: TypeNode[] }
  | { kind: "intersection"; parts: TypeNode[] }
) & { nullable?: boolean };

export interface Property {
  /** The name on the wire, printed quoted when it is not an identifier. */
  name: string;
  type: TypeNode;
  required: boolean;
  readOnly: boolean;
  docs: Docs;
}

export interface Resource {
  /** Property name on the client, or on the resource it is nested in (`collections`). */
  name: string;
  /** Where it is reached from the client (`helpCenters.collections`); `name` at the top level. */
  path: string;
  /** Class name of the resource (`HelpCentersCollections`). */
  className: string;
  operations: Operation[];
  /** The resources nested in this one (also listed in `ApiModel.resources`). */
  resources: Resource[];
}

export type { HttpMethod }; // the runtime's contract decides it, as the query style and response kind below

export interface Operation {
  /** operationId, or the derived one. */
  operationId: string;
  /** Path of the resource it belongs to (`companies`, `helpCenters.collections`). */
  resource: string;
  /** Method name on the resource (`find`). */
  method: string;
  /** Standalone function name (`companiesFind`). */
  functionName: string;
  /** Name of the argument type (`CompaniesFindParams`). */
  paramsTypeName: string;
  httpMethod: HttpMethod;
  path: string;
  /** JSON pointer of the operation in the spec. */
  pointer: string;
  summary?: string;
  docs: Docs;
  params: Parameter[];
  body?: RequestBody;
  /** The call's argument: `params` and `body` as the one object the caller passes. */
  argument: Argument;
  response: ResponseModel;
  pagination?: Pagination;
  /** The argument of a sample call, from the description's examples (`samples.ts`); absent when it may be left out. */
  sample?: SampleValue;
  /** The error classes its declared error responses are thrown as, in status order; absent when it declares none. */
  throws?: ThrownError[];
  /** The operation's own security requirements (absent: the document's apply). */
  security?: string[][];
}

/** A value in a sample call: the description's own (`json`), a placeholder where it has none, or bytes. */
export type SampleValue =
  | { kind: "json"; value: unknown; placeholder?: true }
  | { kind: "bytes" }
  | { kind: "array"; items: SampleValue[] }
  | { kind: "object"; fields: { name: string; value: SampleValue }[] };

/** A declared error response (`404`, `4XX`, `default`) and the class the client throws for it. */
export interface ThrownError {
  status: string;
  /** As the package exports it (`NotFoundError`, `IntercomApiError`). */
  className: string;
  description?: string;
}

export interface Argument {
  /** Parameters as fields, then the body's fields (merged) or the body under its key. */
  type: TypeNode;
  /** No required parameter and no required body field: the call may leave the argument out. */
  optional: boolean;
  /** The type can include `null` (a nullable body schema), which the argument object itself never is. */
  nonNull: boolean;
}

export interface Parameter {
  /** Name on the wire and key in the argument object. */
  name: string;
  in: "path" | "query" | "header";
  required: boolean;
  type: TypeNode;
  docs: Docs;
  /** A path parameter that may hold `/` (`x-multi-segment: true`). */
  multiSegment?: boolean;
  /** Query serialization when not the default (form, explode). */
  style?: QueryParamSpec["style"];
  explode?: boolean;
}

export interface RequestBody {
  mediaType: "json" | "multipart" | "form-urlencoded" | "text" | "binary";
  /** The declared Content-Type of a text or binary body. */
  contentType?: string;
  type: TypeNode;
  required: boolean;
  /** Fields are spread into the argument object; otherwise the body is the argument's `bodyKey` field. */
  merged: boolean;
  bodyKey?: string;
  /** Per-field `encoding` of a form or multipart body, where declared. */
  encoding?: Record<string, FieldEncoding>;
  docs: Docs;
}

export interface ResponseModel {
  kind: OperationSpec["response"];
  /** The body type when there is one (ignored for `none`). */
  type: TypeNode;
  /** True when a success response has no body, which the client returns as `undefined`. */
  mayBeEmpty: boolean;
  /** The declared media type of a text or binary response, or of JSON other than `application/json`: asked for with `Accept`. */
  mediaType?: string;
  description?: string;
}

/**
 * How to page through an operation: the runtime's spec (paths are dotted, `pages.next.starting_after`; each style's
 * fields are in `pagination-styles.ts`), with the item type.
 */
export type Pagination = PaginationSpec & {
  itemType: TypeNode;
  /** Declared by the curation (`x-pagination`) or proposed from the response shape. */
  source: "declared" | "proposed";
};

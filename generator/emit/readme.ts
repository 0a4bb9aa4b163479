import { BY_STATUS } from "../../templates/runtime/errors.js";
import { RUNTIME_DEFAULTS as DEFAULTS } from "../../templates/runtime/options.js";
import { VALIDATION_DEFAULTS } from "../../templates/runtime/validating.js";
import type { ApiModel, Operation, SecuritySchemeModel } from "../model/types.js";
import { itemsText, styleOf } from "../model/pagination-styles.js";
import { runtimeErrorName } from "../model/throws.js";
import { callExpression, functionCall } from "./samples.js";
import { alignTables } from "./markdown.js";
import { article, clientVariable, credentialOptions } from "./package-info.js";

/**
 * README of the generated package: one function per section, each ending without a newline so that a blank line
 * joins them (an API without pagination gets no pagination section).
 */
export function readme(model: ApiModel, info: PackageInfo): string {
  const client = clientVariable(model);
  // Tables are padded as Prettier pads them, so the format stage can keep the text as it is.
  return alignTables(
    [
      intro(model, info, client),
      clientOptions(model),
      credentialsSection(model),
      errors(model),
      validation(model, info, client),
      retries(model),
      pagination(model, client),
    ].join("\n\n"),
  );
}

type PackageInfo = { name: string; version: string };

/** The first call the samples make: one with a path parameter in the first resource, so it shows an argument. */
function firstCall(model: ApiModel): { path: string; operation: Operation } | undefined {
  const first = model.resources[0];
  const operation = first?.operations.find((o) => !o.pagination && o.params.some((p) => p.in === "path"));
  return operation && { path: first!.path, operation };
}

/** The first paginated operation with its resource path, for the iteration samples. */
function firstPaged(model: ApiModel): { path: string; operation: Operation } | undefined {
  const paged = model.resources.flatMap((r) => r.operations.map((o) => ({ r, o }))).find(({ o }) => o.pagination);
  return paged && { path: paged.r.path, operation: paged.o };
}

/** What the package is, which Node it needs, and a first call through the class and through `createClient`. */
function intro(model: ApiModel, info: PackageInfo, client: string): string {
  const { clientName } = model.profile;
  const given = credentialOptions(model);
  const options = given ? `{ ${given} }` : "";
  const find = firstCall(model);
  const paged = firstPaged(model);
  // The standalone sample calls a real operation: one with a path parameter if there is one, else the first.
  const standalone = find?.operation ?? model.resources.flatMap((r) => r.operations)[0];
  return `# ${info.name}

Typed client for the ${model.title} ${model.version}, generated from its OpenAPI description. Zero runtime
dependencies: it uses the platform's \`fetch\` (browsers, Deno, Bun, Node). See [api.md](./api.md) for every method.

The package is **ESM only** and needs **Node ≥ 20.19** (\`engines\`): \`import\` it, or \`require()\` it from CommonJS,
which Node supports for ES modules from 20.19 on.

\`\`\`ts
import { ${clientName} } from "${info.name}";

const ${client} = new ${clientName}(${options});
${find ? `const result = await ${callExpression(client, find.path, find.operation)};\n` : ""}${paged ? `for await (const item of ${callExpression(client, paged.path, paged.operation)}) console.log(item);\n` : ""}\`\`\`

Every method is also a standalone function taking a client first. With \`createClient\` (a client without the
resource classes) a bundler keeps only the operations you call:

\`\`\`ts
import { createClient${standalone ? `, ${standalone.functionName}` : ""} } from "${info.name}";

const client = createClient(${options});
${standalone ? `const result = await ${functionCall(standalone)};` : ""}
\`\`\``;
}

/** The options table (defaults from the runtime's `RUNTIME_DEFAULTS` and the spec) and the per-call options. */
function clientOptions(model: ApiModel): string {
  const { profile } = model;
  const { versionHeader } = profile;
  const regions = profile.regions.map((s) => `\`"${s.region}"\` → ${s.url}`).join(", ");
  return `## Client options

| option | default | meaning |
|---|---|---|
${credentialRows(model)}${
    regions
      ? `| \`region\` | \`"${profile.regions[0]!.region}"\` | ${regions} |
| \`baseUrl\` | from \`region\` | Wins over \`region\` (proxies, mock servers). |`
      : `| \`baseUrl\` | ${profile.baseUrl ? `\`${profile.baseUrl}\`` : "none declared"} | The server (proxies, mock servers). |`
  }${versionHeader ? `\n| \`version\` | \`"${versionHeader.default}"\` | Sent as \`${versionHeader.name}\`. |` : ""}
| \`fetch\` | \`globalThis.fetch\` | Custom fetch implementation. |
| \`maxRetries\` | \`${DEFAULTS.maxRetries}\` | Retries after the first attempt. |
| \`timeoutMs\` | \`${DEFAULTS.timeoutMs}\` | Per-attempt timeout: each retry gets its own. |
| \`totalTimeoutMs\` | none | Bound on the whole call: every attempt, retry and wait between them. |
| \`validate\` | \`"${VALIDATION_DEFAULTS.validate}"\` | Check 2xx bodies against the schema: \`"warn"\` or \`"throw"\` (see below; not with \`createClient\`). |
| \`onValidationIssues\` | one console line per operation and property, once | Told about the issues under \`validate: "warn"\`. |
| \`headers\` | none | Extra headers on every request (CR/LF rejected). |
| \`retryNonIdempotent\` | \`${DEFAULTS.retryNonIdempotent}\` | Also retry POST/PATCH after 408/5xx/network errors (may duplicate side effects). |
| \`onRequest\` / \`onResponse\` | none | Hooks for logging and metrics; every credential (header, query parameter, cookie) is redacted in what they receive. |

Per call, the second argument of every method takes
\`{ signal, timeoutMs, totalTimeoutMs, maxRetries, headers, retryNonIdempotent, validate }\`.
Every call returns a promise with \`.withResponse()\` → \`{ data, response }\` for the raw \`Response\`.`;
}

/** The error classes: the base classes under the profile's prefix, and the table of classes by status. */
function errors(model: ApiModel): string {
  const { clientName, errorPrefix: E } = model.profile;
  return `## Errors

Every error is ${article(E)} \`${E}Error\`. Non-2xx responses throw ${article(E)} \`${E}ApiError\` with \`status\`, \`headers\`,
\`requestId\`, \`errors\` (${clientName}'s \`{ code, message, field }\` list), \`body\` and, on 429, \`rateLimit\`.

| status | class |
|---|---|
${statusRows()}
| not sent: a missing credential, an invalid path parameter, a body the method cannot carry | \`${E}RequestError\` (never retried) |
| no response | \`${E}ConnectionError\` (\`${E}TimeoutError\` for timeouts) |
| 2xx with a body that is not JSON | \`${E}ParseError\` (carries the raw text) |

The caller's own \`AbortSignal\` rejects with its \`AbortError\`, unwrapped. No credential appears in any error or hook.`;
}

/**
 * The classes by status, asked of the runtime itself as the model's `throwsOf` does: the statuses of its `BY_STATUS`
 * table, and any 5xx.
 */
function statusRows(): string {
  return [
    ...Object.keys(BY_STATUS).map((status) => `| ${status} | \`${runtimeErrorName(Number(status))}\` |`),
    `| ≥ 500 | \`${runtimeErrorName(500)}\` |`,
  ].join("\n");
}

/** Response validation: what `warn` and `throw` do, and a sample of both on the first call. */
function validation(model: ApiModel, info: PackageInfo, client: string): string {
  const { clientName, errorPrefix: E } = model.profile;
  const given = credentialOptions(model);
  const find = firstCall(model);
  const call = find && callExpression(client, find.path, find.operation);
  return `## Response validation

Off by default: no validation code runs and nothing is printed. \`validate: "throw"\` rejects a 2xx body that does not
match the schema the types come from with \`${E}ValidationError\` (${article(E)} \`${E}Error\`): \`issues\` lists
\`{ path, message }\` (\`path\` names the property: \`website\`, \`data[3].id\`), with \`operation\`, \`requestId\`, \`body\` and
\`response\`. \`validate: "warn"\` returns the body as received and calls \`onValidationIssues(issues, info)\`. Unknown extra
properties are accepted (the API may add fields); unknown enum values, wrong types, missing required fields and
\`null\` where the schema does not allow it are issues. The schemas are loaded on the first call that validates: a
bundler that splits code (Vite, Rollup, webpack, esbuild \`--splitting\`) keeps them in a chunk of their own. With the
standalone functions, \`createValidatingClient\` takes the same options; \`createClient\` carries no validation code.

\`\`\`ts
import { ${clientName}, ${E}ValidationError } from "${info.name}";

const ${client} = new ${clientName}({ ${given ? `${given}, ` : ""}validate: "warn" });
try {
  ${call ? `await ${call};` : ""}
  ${call ? `await ${call.replace(/\)$/, ', { validate: "throw" })')};` : ""}
} catch (error) {
  if (error instanceof ${E}ValidationError) console.log(error.operation, error.issues);
}
\`\`\``;
}

/** Which failures are retried, how long each attempt and the whole call may take, and how long the waits are. */
function retries(model: ApiModel): string {
  return `## Retries

- 429 and 503 are retried for every method: ${model.profile.clientName} did not process the request.
- 408, 500, 502, 504, network errors and timeouts are retried only for idempotent methods (GET, PUT, DELETE, HEAD,
  OPTIONS), unless \`retryNonIdempotent\` is set.
- \`timeoutMs\` bounds each attempt; \`totalTimeoutMs\` bounds the whole call: a retry whose wait would end past it is not
  made, and the last attempt is cut short.
- The wait honours \`Retry-After\` (seconds or HTTP date), then \`X-RateLimit-Reset\` (Unix seconds), else exponential
  backoff with jitter; it is capped at ${DEFAULTS.maxRetryDelayMs / 1000} s and aborts at once with the caller's signal.`;
}

function paginatedTable(model: ApiModel): string {
  const rows = model.resources.flatMap((r) =>
    r.operations
      .filter((o) => o.pagination)
      .map((o) => `| \`${r.path}.${o.method}\` | ${o.pagination!.style} | \`${itemsText(o.pagination!.items)}\` |`),
  );
  return rows.length ? `| method | style | items |\n|---|---|---|\n${rows.join("\n")}` : "";
}

/** Resuming later is typed per operation: the cursor is a string, the next params are the method's own params. */
function resumeExample(model: ApiModel): string {
  const cursor = model.resources
    .flatMap((r) => r.operations.map((o) => ({ r, o })))
    .find(({ o }) => o.pagination?.style === "cursor");
  if (!cursor) return "";
  const client = clientVariable(model);
  const call = callExpression(client, cursor.r.path, cursor.o);
  return `Resuming later is typed per method: \`nextCursor()\` is a \`string\` for cursor methods (a \`number\` for page-number
ones), and \`nextPageParams()\` returns the method's own argument type, ready to pass back:

\`\`\`ts
const first = await ${call};
const cursor: string | null = first.nextCursor(); // store it
const next = first.nextPageParams();
if (next) await ${client}.${cursor.r.path}.${cursor.o.method}(next);
\`\`\`

`;
}

/** One line per pagination style the package uses. */
function styles(model: ApiModel): string {
  const used = new Set(model.resources.flatMap((r) => r.operations.flatMap((o) => o.pagination?.style ?? [])));
  return [...used].map((style) => `- ${styleOf(style).docs}.`).join("\n");
}

/** The pagination section, when some operation pages (an API without pagination gets none). */
function pagination(model: ApiModel, client: string): string {
  const paged = firstPaged(model);
  if (!paged) return "";
  const pagedCall = callExpression(client, paged.path, paged.operation);
  return `## Pagination

Paginated methods return a \`PagePromise\`: \`await\` it for the first page, or iterate it.

\`\`\`ts
const page = await ${pagedCall};
page.data; // items of this page
page.response; // the typed response body
if (page.hasNextPage()) await page.getNextPage(); // never mutates your arguments
page.nextCursor(); // save it to resume later

for await (const item of ${pagedCall}) { /* every item, page after page */ }
for await (const p of ${pagedCall}.pages()) { /* page by page */ }
for await (const item of ${pagedCall}.take(100)) { /* stops fetching after 100 */ }
\`\`\`

${resumeExample(model)}${styles(model)}

${paginatedTable(model)}
`;
}

/**
 * The credential options: `token` where the API has one bearer-like scheme, `credentials` where it has any scheme
 * (each listed under "Credentials").
 */
function credentialRows(model: ApiModel): string {
  const schemes = model.security?.schemes ?? [];
  if (schemes.length === 0) return "";
  const bearer = schemes.find((s) => s.name === model.security?.tokenScheme);
  const token = bearer
    ? `| \`token\` | \`${bearer.env}\` env var | Shorthand for \`credentials.${bearer.name}\`: a token, or a (sync/async) function called before every attempt so tokens can rotate. |\n`
    : "";
  return `${token}| \`credentials\` | each scheme's env var | By security scheme name, see [Credentials](#credentials). |\n`;
}

/** One line per security scheme: where its credential goes, what it takes, its environment variable. */
export function credentialsSection(model: ApiModel): string {
  const schemes = model.security?.schemes ?? [];
  if (schemes.length === 0) return "## Credentials\n\nThe API declares no security scheme: no credential is sent.";
  const lines = schemes.map((s) => `- \`${s.name}\`: ${where(s)}. Default: \`${s.env}\`.`);
  return `## Credentials

\`credentials\` is keyed by the description's security schemes. A value is a string, \`{ username, password }\` for
basic, \`{ clientId, clientSecret }\` for an oauth2 client-credentials flow, or a (sync/async) function called before
every attempt. Each scheme given none reads its environment variable. Creating a client never needs a credential: a
call whose security requirement cannot be met throws \`${model.profile.errorPrefix}RequestError\`, naming the schemes, before
anything is sent. Credentials are redacted from what hooks receive.

${lines.join("\n")}`;
}

function where(s: SecuritySchemeModel): string {
  if (s.type === "apiKey") return `API key in the ${s.in} \`${s.paramName}\``;
  if (s.type === "basic") return 'HTTP basic, `{ username, password }` or `"username:password"`';
  const kind = s.declaredType === "http bearer" ? "HTTP" : s.declaredType;
  return s.tokenUrl
    ? `${kind} bearer token, or \`{ clientId, clientSecret }\` exchanged at ${s.tokenUrl} (cached until it expires, fetched again once on a 401)`
    : `${kind} bearer token`;
}

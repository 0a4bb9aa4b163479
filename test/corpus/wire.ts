// The wire check (issue 22): a package generated from a real description is called, operation by operation, against
// a Prism mock of the same description (`--errors`: Prism answers 401 for a missing credential and 422 for a request
// the description does not allow), with a credential for every security scheme and arguments built from the
// description's examples. Used by `npm run corpus -- --wire` and by test/contract/security-schemes-prism.test.ts.
import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { GeneratorError } from "../../generator/diagnostics.js";
import { generate } from "../../generator/generate.js";
import { loadDocument } from "../../generator/load/load-document.js";
import type { OpenApiDocument } from "../../generator/load/openapi.js";
import type { ApiModel, Operation } from "../../generator/model/types.js";
import { startPrism } from "../contract/prism-server.js";

/** One call: accepted (a 2xx), or why not. */
export interface WireCall {
  operation: string;
  accepted: boolean;
  /** HTTP status (0: the client refused to send, or no response). */
  status: number;
  reason?: string;
}

export interface WireOutcome {
  calls: WireCall[];
  /** Set when the description could not be generated or mocked at all. */
  failure?: string;
}

/** The credential each kind of scheme is given (Prism checks presence and form, not values). */
export function testCredentials(model: ApiModel): Record<string, unknown> {
  return Object.fromEntries(
    (model.security?.schemes ?? []).map((s) => [
      s.name,
      s.type === "basic" ? { username: "user", password: "pass" } : s.type === "apiKey" ? "test-key" : "test-token",
    ]),
  );
}

/** Options of one round of calls. */
export interface WireCallOptions {
  maxOperations?: number;
  credentials?: (model: ApiModel) => Record<string, unknown>;
  /** The client's `fetch` (to take a credential off the wire, and see Prism refuse the call). */
  fetch?: typeof fetch;
}

/** A package generated from one description and a Prism mock of it, for any number of rounds of calls. */
export interface WireSession {
  /** Calls every operation once (up to `maxOperations`) with a fresh client. */
  run(options?: WireCallOptions): Promise<WireOutcome>;
  /** Stops Prism and removes the package. */
  close(): Promise<void>;
}

/**
 * Generates `file` into a temporary folder under `root` and starts Prism on it: one generation and one Prism per
 * description, however many rounds of calls are made. Rejects when the description cannot be generated or mocked.
 */
export async function openWire(
  file: string,
  root: string,
  /** How long Prism may take to start (a large description takes minutes on a busy machine). */
  prismTimeoutMs = 180_000,
): Promise<WireSession> {
  const out = mkdtempSync(join(root, "wire-"));
  const remove = () => rmSync(out, { recursive: true, force: true });
  try {
    let model: ApiModel;
    try {
      model = (await generate({ spec: file, out, build: false })).model;
    } catch (error) {
      if (!(error instanceof GeneratorError)) throw error;
      model = (await generate({ spec: file, out, build: false, lenient: true })).model;
    }
    const sdk = (await import(join(out, "src", "index.ts"))) as Record<string, unknown>;
    const document = loadDocument(file).document;
    const prism = await startPrism(file, ["--errors"], prismTimeoutMs);
    return {
      async run(options = {}) {
        const createClient = sdk["createClient"] as (o: object) => unknown;
        const client = createClient({
          baseUrl: prism.url,
          credentials: (options.credentials ?? testCredentials)(model),
          maxRetries: 0,
          ...(options.fetch ? { fetch: options.fetch } : {}),
        });
        const operations = model.resources.flatMap((r) => r.operations).slice(0, options.maxOperations);
        const calls: WireCall[] = [];
        for (const op of operations) calls.push(await call(sdk, client, op, document));
        return { calls };
      },
      async close() {
        await prism.stop();
        remove();
      },
    };
  } catch (error) {
    remove();
    throw error;
  }
}

/** Generates `file` into a temporary folder under `root`, starts Prism on it and calls every operation once. */
export async function wireRun(
  file: string,
  root: string,
  options: WireCallOptions & { prismTimeoutMs?: number } = {},
): Promise<WireOutcome> {
  let session: WireSession;
  try {
    session = await openWire(file, root, options.prismTimeoutMs);
  } catch (error) {
    return { calls: [], failure: String(error instanceof Error ? error.message : error).split("\n")[0]! };
  }
  try {
    return await session.run(options);
  } catch (error) {
    return { calls: [], failure: String(error instanceof Error ? error.message : error).split("\n")[0]! };
  } finally {
    await session.close();
  }
}

async function call(
  sdk: Record<string, unknown>,
  client: unknown,
  op: Operation,
  document: OpenApiDocument,
): Promise<WireCall> {
  const name = `${op.httpMethod} ${op.path}`;
  const fn = sdk[op.functionName] as (c: unknown, p: object) => PromiseLike<unknown>;
  try {
    await fn(client, argumentsOf(op, document));
    return { operation: name, accepted: true, status: 200 };
  } catch (error) {
    const e = error as { status?: number; body?: unknown; name?: string; message?: string; headers?: Headers };
    return { operation: name, accepted: false, status: e.status ?? 0, reason: reasonOf(e) };
  }
}

/**
 * Prism's problem detail, shortened: its `validation` list (or its `sl-violations` header, when the description's
 * own error response was chosen) names the field it refused.
 */
function reasonOf(e: { status?: number; body?: unknown; name?: string; message?: string; headers?: Headers }): string {
  const violations = e.headers?.get?.("sl-violations");
  const listed = violations ? (JSON.parse(violations) as { location?: string[]; message?: string }[]) : undefined;
  const body = (e.body ?? (listed ? { title: `${e.status}`, validation: listed } : undefined)) as {
    title?: string;
    detail?: string;
    validation?: { location?: string[]; message?: string }[];
  };
  if (body && typeof body === "object") {
    const first = body.validation?.[0];
    const where = first ? `${first.location?.join(".")}: ${first.message}` : (body.detail ?? "");
    return `${body.title ?? e.name}${where ? ` — ${where}` : ""}`.slice(0, 200);
  }
  return `${e.name}: ${e.message}`.slice(0, 200);
}

type Json = Record<string, unknown>;

/** The call's argument: each parameter and the body's fields (or the body under its key) from the examples. */
function argumentsOf(op: Operation, document: OpenApiDocument): Json {
  const raw = pointer(document, op.pointer) as Json;
  const item = pointer(document, op.pointer.replace(/\/[a-z]+$/, "")) as Json;
  const args: Json = {};
  for (const p of [...((item["parameters"] as Json[]) ?? []), ...((raw["parameters"] as Json[]) ?? [])]) {
    const param = resolve(document, p);
    if (!op.params.some((q) => q.name === param["name"] && q.in === param["in"])) continue;
    if (!param["required"] && param["in"] !== "path") continue;
    const example = param["example"] ?? firstExample(param["examples"]);
    args[param["name"] as string] = example ?? sample(document, param["schema"] as Json | undefined);
  }
  if (op.body) {
    const body = resolve(document, raw["requestBody"] as Json);
    const content = (body["content"] ?? {}) as Record<string, Json>;
    const media = Object.entries(content).find(([t]) => /json/i.test(t)) ?? Object.entries(content)[0];
    const value = media
      ? (media[1]["example"] ?? firstExample(media[1]["examples"]) ?? sample(document, media[1]["schema"] as Json))
      : undefined;
    if (op.body.mediaType === "binary") args[op.body.bodyKey ?? "body"] = new Uint8Array([1, 2, 3]);
    else if (op.body.merged && value && typeof value === "object" && !Array.isArray(value)) Object.assign(args, value);
    else if (!op.body.merged && value !== undefined) args[op.body.bodyKey!] = value;
  }
  return args;
}

function firstExample(examples: unknown): unknown {
  if (!examples || typeof examples !== "object") return undefined;
  const first = Object.values(examples as Json)[0] as Json | undefined;
  return first?.["value"];
}

function pointer(document: unknown, at: string): unknown {
  return at
    .split("/")
    .slice(1)
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((node: unknown, key) => (node as Json | undefined)?.[key], document);
}

function resolve(document: unknown, node: Json | undefined, depth = 0): Json {
  if (!node) return {};
  const ref = node["$ref"];
  return typeof ref === "string" && ref.startsWith("#") && depth < 20
    ? resolve(document, pointer(document, ref.slice(1)) as Json, depth + 1)
    : node;
}

/** A value the schema accepts: its example, default, first enum value, else one built by type and format. */
export function sample(document: unknown, raw: Json | undefined, depth = 0): unknown {
  const s = resolve(document, raw);
  if (depth > 6) return undefined;
  for (const key of ["example", "default", "const"]) if (s[key] !== undefined) return s[key];
  if (Array.isArray(s["examples"]) && s["examples"].length) return s["examples"][0];
  if (Array.isArray(s["enum"]) && s["enum"].length)
    return s["enum"].find((v) => v !== null && v !== "") ?? s["enum"][0];
  if (Array.isArray(s["allOf"]))
    return Object.assign({}, ...(s["allOf"] as Json[]).map((b) => sample(document, b, depth + 1) as Json));
  const branch = (s["oneOf"] ?? s["anyOf"]) as Json[] | undefined;
  if (branch?.length) return sample(document, branch[0], depth + 1);
  const type = Array.isArray(s["type"]) ? (s["type"] as string[]).find((t) => t !== "null") : s["type"];
  if (type === "object" || (type === undefined && s["properties"])) {
    const required = new Set((s["required"] as string[] | undefined) ?? []);
    const out: Json = {};
    for (const [k, v] of Object.entries((s["properties"] as Record<string, Json>) ?? {}))
      if (required.has(k) && !resolve(document, v)["readOnly"]) out[k] = sample(document, v, depth + 1);
    return out;
  }
  if (type === "array") {
    const min = Math.max(1, Number(s["minItems"] ?? 1));
    return Array.from({ length: min }, () => sample(document, s["items"] as Json, depth + 1));
  }
  if (type === "integer" || type === "number")
    return Number(s["minimum"] ?? 1) + (s["exclusiveMinimum"] === true ? 1 : 0);
  if (type === "boolean") return true;
  const formats: Record<string, string> = {
    "date-time": "2024-01-02T03:04:05Z",
    date: "2024-01-02",
    email: "user@example.com",
    uuid: "3fa85f64-5717-4562-b3fc-2c963f66afa6",
    uri: "https://example.com/x",
    url: "https://example.com/x",
    hostname: "example.com",
    ipv4: "192.0.2.1",
  };
  const text = formats[String(s["format"])] ?? "string";
  const min = Number(s["minLength"] ?? 0);
  return text.length >= min ? text : text.padEnd(min, "x");
}

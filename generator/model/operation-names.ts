import type { Reporter } from "../diagnostics.js";
import type { HTTP_METHODS, OperationObject } from "../load/openapi.js";
import { clientCoreMembers } from "../runtime-exports.js";
import {
  camelCase,
  methodNameFromOperationId,
  methodNameFromRoute,
  RESOURCE_MEMBERS,
  withoutResourceName,
} from "./naming-rules.js";
import { FALLBACK_TYPE } from "./schema.js";

/** Where an operation sits: `path` + HTTP method, and its JSON pointer. */
export interface OperationAt {
  path: string;
  method: (typeof HTTP_METHODS)[number];
  operation: OperationObject;
  pointer: string;
  /** The HTTP methods the path declares (an action is a POST on a path nothing reads). */
  pathMethods?: readonly string[];
}

/**
 * Decides each operation's SDK name (`resource.method`) in document order: the curation's `x-sdk-resource` and
 * `x-sdk-method` when given, else the tag and the operationId; a clash gets a number and a warning, unless the
 * curation chose one of the names (then it is an error).
 */
export class OperationNames {
  private readonly byOperationId = new Map<string, string>();
  private readonly bySdkName = new Map<string, { pointer: string; declared: boolean }>();
  constructor(private readonly reporter: Reporter) {}

  nameOf({ path, method: key, operation: op, pointer, pathMethods }: OperationAt): {
    resource: string;
    method: string;
  } {
    if (op.operationId) {
      const first = this.byOperationId.get(op.operationId);
      if (first)
        this.reporter.fallback("duplicate-operation-id", `${pointer}/operationId`, {
          message: `operationId \`${op.operationId}\` is also used by ${first}`,
          fix: "give each operation a unique operationId",
          outcome: FALLBACK_TYPE,
        });
      this.byOperationId.set(op.operationId, pointer);
    }
    const declared = typeof op["x-sdk-method"] === "string";
    // `helpCenters.collections`: a resource nested in another keeps each level's name; the top level is a property
    // of the client, so it may not hide one of the client's own members.
    const [top, ...nested] = String(op["x-sdk-resource"] ?? op.tags?.[0] ?? firstSegment(path))
      .split(".")
      .map(camelCase);
    const resource = [this.resourceName(top!, pointer), ...nested].join(".");
    const shaped =
      op.operationId && isRouteName(op.operationId, key, path) ? shapeName(key, path, pathMethods) : undefined;
    const full =
      shaped ?? (op.operationId ? methodNameFromOperationId(op.operationId) : methodNameFromRoute(key, path));
    const takenBy = (name: string) =>
      this.bySdkName.get(`${resource}.${name}`) ??
      (RESOURCE_MEMBERS.has(name) ? { pointer: "the resource class itself", declared: false } : undefined);
    // The short name when free, else the operationId's own name before a number (`list`, `listKernels`, `list2`).
    const short = shaped ?? withoutResourceName(full, resource);
    let method = op["x-sdk-method"] ?? (takenBy(short) && !takenBy(full) ? full : short);
    const taken = takenBy(method);
    if (taken) {
      if (declared || taken.declared) {
        this.reporter.error(
          "duplicate-sdk-name",
          pointer,
          `the SDK name \`${resource}.${method}\` is also given to ${taken.pointer}`,
          "give one of them another x-sdk-method in the curation",
        );
      } else {
        const unique = this.uniqueMethod(method, resource);
        this.reporter.warn(
          "sdk-name-collision",
          pointer,
          `\`${resource}.${method}\` is taken by ${taken.pointer}; named \`${resource}.${unique}\``,
          "set x-sdk-method to choose the name",
        );
        method = unique;
      }
    }
    this.bySdkName.set(`${resource}.${method}`, { pointer, declared });
    return { resource, method };
  }

  /** A resource is a property of the client, so it cannot take a member of `ClientCore` (`request` → `requestResource`). */
  private resourceName(name: string, pointer: string): string {
    if (!clientCoreMembers().has(name)) return name;
    this.reporter.warn(
      "name-collision",
      pointer,
      `the resource \`${name}\` would hide the client's own \`${name}\`; named \`${name}Resource\``,
      "name the operation in the curation (x-sdk-resource)",
    );
    return `${name}Resource`;
  }

  private uniqueMethod(method: string, resource: string): string {
    let n = 2;
    while (this.bySdkName.has(`${resource}.${method}${n}`)) n++;
    return `${method}${n}`;
  }
}

const VERSION_SEGMENT = /^(v\d+(\.\d+)*|api|rest)$/i;

/** The path's segments after a version or `api` prefix (`/v1/customers/{customer}` → `customers`, `{customer}`). */
function routeSegments(path: string): string[] {
  const segments = path.split("/").filter(Boolean);
  while (segments.length > 1 && VERSION_SEGMENT.test(segments[0]!)) segments.shift();
  return segments;
}

/**
 * An operationId that only spells the method and the path (Stripe's `GetCustomersCustomer` for
 * `GET /v1/customers/{customer}`) says nothing the REST shape does not.
 */
export function isRouteName(operationId: string, method: string, path: string): boolean {
  const letters = (s: string) => s.replace(/[^A-Za-z0-9]/g, "").toLowerCase();
  return letters(operationId) === letters(method + routeSegments(path).join(""));
}

/**
 * The name a hand-written SDK gives a route: `list`/`create` on a collection, `retrieve`/`update`/`delete` on an
 * item, the words after the resource's own segment appended (`listBalanceTransactions`, `retrieveSource`), and a
 * POST on a path nothing reads named by its last word (`/invoices/{invoice}/finalize` → `finalize`).
 */
export function shapeName(method: string, path: string, pathMethods: readonly string[] = []): string {
  const [, ...rest] = routeSegments(path);
  const isParam = (s: string | undefined) => s !== undefined && /^\{.*\}$/.test(s);
  const item = isParam(rest.at(-1));
  const words = rest.filter((s) => !isParam(s));
  if (method === "post" && !item && words.length > 0 && isParam(rest.at(-2)) && !pathMethods.includes("get"))
    return camelCase(words.join(" "));
  const verb =
    method === "get"
      ? item
        ? "retrieve"
        : "list"
      : method === "post"
        ? item
          ? "update"
          : "create"
        : method === "put" || method === "patch"
          ? "update"
          : method === "delete"
            ? "delete"
            : method;
  const noun = words.join(" ");
  return camelCase(`${verb} ${verb === "list" ? noun : singular(noun)}`);
}

/** `balance_transactions` → `balance_transaction`, `entries` → `entry`; `status` and `address` stay. */
function singular(noun: string): string {
  if (/(ss|us|is)$/i.test(noun)) return noun;
  // One rule per noun: `addresses` → `address`, not on to `addres`.
  if (/ies$/i.test(noun)) return noun.replace(/ies$/i, "y");
  if (/(x|ch|sh|ss)es$/i.test(noun)) return noun.replace(/es$/i, "");
  return noun.replace(/s$/i, "");
}

/** The resource of an untagged operation: its first path segment that is not a version (`/v1/customers` → `customers`). */
function firstSegment(path: string): string {
  const segments = path.split("/").filter((s) => s && !/^\{.*\}$/.test(s) && !VERSION_SEGMENT.test(s));
  return segments[0] ?? "api";
}

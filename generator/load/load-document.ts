import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { type Diagnostic, pointerOf, Reporter } from "../diagnostics.js";
import { isObject, resolvePointer } from "./json.js";
import type { OpenApiDocument } from "./openapi.js";
import { parseText } from "./parse.js";
import { checkStructure } from "./structure.js";

export interface LoadedSpec {
  file: string;
  document: OpenApiDocument;
  /** `$ref` values that do not resolve (only kept in lenient mode; the model turns them into `unknown`). */
  brokenRefs: ReadonlySet<string>;
  diagnostics: readonly Diagnostic[];
}

export interface LoadOptions {
  /** Report defects of the input as warnings and carry on, instead of stopping. */
  lenient?: boolean;
}

/** Reads an OpenAPI 3 description and checks what every later stage relies on: shape and resolvable `$ref`s. */
export function loadDocument(file: string, options: LoadOptions = {}): LoadedSpec {
  const reporter = new Reporter(file, options.lenient);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    reporter.error(
      "unreadable",
      "",
      `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
      "check the path given to --spec",
    );
    reporter.throwIfErrors();
    throw new Error("unreachable");
  }
  const parsed = parseText(bytes, reporter);
  reporter.throwIfErrors();
  return checkDocument(parsed, reporter);
}

/**
 * The checks of `loadDocument` on a document already in memory (e.g. one the curation just made); the reporter says
 * whether defects stop the run or fall back (`lenient`).
 */
export function checkDocument(parsed: unknown, reporter: Reporter): LoadedSpec {
  const file = reporter.file;
  const document = checkShape(parsed, reporter);
  reporter.throwIfErrors();
  checkStructure(document as unknown as Record<string, unknown>, reporter);
  reporter.throwIfErrors();
  const brokenRefs = checkRefs(document!, file, reporter);
  reporter.throwIfErrors();
  return { file, document: document!, brokenRefs, diagnostics: reporter.diagnostics };
}

function checkShape(value: unknown, reporter: Reporter): OpenApiDocument | undefined {
  if (!isObject(value)) {
    const found = Array.isArray(value) ? "a list" : value === null ? "null" : `a ${typeof value}`;
    reporter.error(
      "not-an-object",
      "",
      `the document is ${found}, not an OpenAPI description (a mapping with \`openapi\`, \`info\` and \`paths\`)`,
      "point --spec at an OpenAPI 3 description",
    );
    return undefined;
  }
  if ("swagger" in value) {
    reporter.error(
      "swagger-2",
      "/swagger",
      `this is a Swagger ${String(value["swagger"])} document; only OpenAPI 3.0 and 3.1 are supported`,
      "convert it first, e.g. with `npx swagger2openapi in.yaml -o out.yaml`",
    );
    return undefined;
  }
  const openapi = value["openapi"];
  if (openapi === undefined) {
    reporter.error(
      "not-openapi-3",
      "/openapi",
      "the `openapi` version field is missing, so this is not an OpenAPI description",
      "add `openapi: 3.1.0` (or the 3.0.x version the description follows) at the top",
    );
  } else if (typeof openapi !== "string" || !/^3\.[01]\./.test(openapi)) {
    reporter.error(
      "not-openapi-3",
      "/openapi",
      `\`openapi: ${String(JSON.stringify(openapi)).slice(0, 40)}\` is not supported; only OpenAPI 3.0.x and 3.1.x are`,
      typeof openapi === "number"
        ? 'quote the version, e.g. `openapi: "3.0.3"`'
        : "use an OpenAPI 3.0 or 3.1 description (`openapi: 3.1.0`)",
    );
  }
  const version = isObject(value["info"]) ? value["info"]["version"] : undefined;
  if (typeof version !== "string") {
    reporter.error(
      "missing-info-version",
      "/info/version",
      version === undefined
        ? "`info.version` is missing; it names the API version of the package"
        : `\`info.version\` must be a string; found ${String(JSON.stringify(version)).slice(0, 40)}`,
      typeof version === "number"
        ? 'quote it so YAML reads a string, e.g. `version: "2.10"` (unquoted, 2.10 reads as the number 2.1)'
        : 'add `info: { version: "2.11" }`',
    );
  }
  if (!isObject(value["paths"])) {
    reporter.error(
      "missing-paths",
      "/paths",
      value["paths"] === undefined
        ? "the document has no `paths`, so there is no operation to generate"
        : "`paths` must be a mapping of paths to operations",
      "add `paths:` with the API's operations, e.g. `paths: { /contacts: { get: … } }`",
    );
  }
  return value as unknown as OpenApiDocument;
}

/** Walks every `$ref`, reporting the ones that do not resolve, point to another file, or only point to themselves. */
function checkRefs(document: OpenApiDocument, file: string, reporter: Reporter): Set<string> {
  const broken = new Set<string>();
  const visit = (node: unknown, pointer: string): void => {
    if (Array.isArray(node)) return node.forEach((item, i) => visit(item, `${pointer}/${i}`));
    if (!isObject(node)) return;
    const ref = node["$ref"];
    if (typeof ref === "string") checkRef(ref, `${pointer}/$ref`);
    for (const [key, child] of Object.entries(node)) {
      if (key !== "$ref" && key !== "example" && key !== "examples") visit(child, `${pointer}${pointerOf(key)}`);
    }
  };
  const checkRef = (ref: string, at: string): void => {
    if (!ref.startsWith("#")) {
      const target = resolve(dirname(file), ref.split("#")[0]!);
      if (!existsSync(target)) {
        reporter.error(
          "missing-ref-file",
          at,
          `\`$ref: ${ref}\` points to a file that does not exist (${target})`,
          "fix the path or bundle the description into one file",
        );
      } else {
        reporter.error(
          "external-ref",
          at,
          `\`$ref: ${ref}\` points to another file; only references inside the document are supported`,
          "bundle the description first, e.g. `npx @redocly/cli bundle`",
        );
      }
      return;
    }
    const target = resolvePointer(document, ref);
    if (target === undefined) {
      broken.add(ref);
      reporter.fallback("missing-ref", at, {
        message: `\`$ref: ${ref}\` points to nothing`,
        fix: "define the target, correct the reference, or run with --lenient to emit `unknown` for it",
        outcome: "emitted as `unknown`",
        lenientFix: "define the target in the description to get a precise type",
      });
      return;
    }
    if (isPureRefCycle(document, ref)) {
      reporter.error(
        "ref-cycle",
        at,
        `\`$ref: ${ref}\` only refers to itself through a chain of references, so it describes no type`,
        "give the schema a type or point the reference at a real schema",
      );
    }
  };
  visit(document, "");
  return broken;
}

/** True when following `$ref`s from `ref` (with nothing else beside them) comes back to `ref`. */
function isPureRefCycle(document: OpenApiDocument, ref: string): boolean {
  const seen = new Set<string>();
  let current: string | undefined = ref;
  while (current !== undefined) {
    if (seen.has(current)) return current === ref;
    seen.add(current);
    const target = resolvePointer(document, current);
    current =
      isObject(target) && typeof target["$ref"] === "string" && target["$ref"].startsWith("#")
        ? target["$ref"]
        : undefined;
  }
  return false;
}

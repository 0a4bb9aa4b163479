import { splitPointer } from "../diagnostics.js";

/** Plain-data helpers shared by the stages that read a parsed description. */

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Narrows an already-typed spec object that real descriptions may leave out or get wrong (null, a list…). */
export function isPresent<T extends object>(value: T | null | undefined): value is T {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Resolves a local `#/a/b` reference, or undefined when it points to nothing. */
export function resolvePointer(document: unknown, ref: string): unknown {
  let node: unknown = document;
  for (const segment of splitPointer(ref)) {
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    if (!Object.prototype.hasOwnProperty.call(node, segment)) return undefined;
    node = (node as Record<string, unknown>)[segment];
  }
  return node;
}

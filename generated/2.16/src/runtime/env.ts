// Copied from templates/runtime/env.ts. Do not edit here: edit the template and regenerate.
/** Reads an environment variable where one exists (Node, Bun, Deno with --allow-env); undefined elsewhere. */
export function readEnv(name: string): string | undefined {
  try {
    // Typed locally: the generated package must not depend on @types/node.
    return (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name];
  } catch {
    return undefined; // e.g. Deno without env permission throws
  }
}

// The names the hand-written runtime (templates/runtime/) exports, read from its source: the model keeps every name
// it hands out clear of them, so a schema can never shadow a runtime export in the package's index. Read here, beside
// the model and the emitter rather than in either, because the runtime is an input to both.
//
// Read from the text of the `export` statements, not with TypeScript: the model asks on every run, and loading
// TypeScript alone takes a quarter of a second. The runtime is ours and kept in Prettier's shape (one statement per
// line start); test/model/runtime-exports.test.ts checks the result against TypeScript's own reading of it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ClientCore } from "../templates/runtime/client.js";
import { TEMPLATES_DIR } from "./paths.js";

/** `export * from "./x.js"`, `export { a, type B as C } from …` (or `export type {…}`), `export <declaration> Name`. */
const EXPORT =
  /^export\s+(?:\*\s+from\s+"\.\/([^"]+)\.js"|(?:type\s+)?\{([^}]*)\}|(?:declare\s+)?(?:abstract\s+)?(?:async\s+)?(?:function\*?|class|const|let|var|interface|type|enum|namespace)\s+([A-Za-z_$][\w$]*))/gm;

let runtimeNames: ReadonlySet<string> | undefined;

/**
 * What the runtime exports, read from `templates/runtime/index.ts` (following `export *`), so a model can never
 * shadow one of them in the package's index.
 */
export function runtimeExports(): ReadonlySet<string> {
  return (runtimeNames ??= exportsOf(join(TEMPLATES_DIR, "runtime")));
}

/** The names a folder's `index.ts` exports, following `export *` into the folder's other files. */
export function exportsOf(dir: string): Set<string> {
  const names = new Set<string>();
  const collect = (file: string): void => {
    const text = readFileSync(join(dir, file), "utf8");
    for (const [, star, listed, declared] of text.matchAll(EXPORT)) {
      if (star) collect(`${star}.ts`);
      else if (declared) names.add(declared);
      else
        for (const item of listed!.split(",")) {
          const name = item
            .replace(/^\s*type\s+/, "")
            .split(/\s+as\s+/)
            .pop()!
            .trim();
          if (name) names.add(name);
        }
    }
  };
  collect("index.ts");
  return names;
}

let coreMembers: ReadonlySet<string> | undefined;

/**
 * The public members of the runtime's `ClientCore` (`request`), which no resource property on the client may take:
 * its methods and accessors, as the class itself has them (its fields are `#private`).
 */
export function clientCoreMembers(): ReadonlySet<string> {
  return (coreMembers ??= new Set(
    Object.getOwnPropertyNames(ClientCore.prototype).filter((name) => name !== "constructor"),
  ));
}

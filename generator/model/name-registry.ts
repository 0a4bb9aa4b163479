import type { Reporter } from "../diagnostics.js";
import { runtimeExports } from "../runtime-exports.js";
import { isGlobalOrKeyword } from "./naming-rules.js";

const GLOBAL = "a TypeScript/JavaScript global or keyword";

/** Why a name was not available, for the warning. */
function unavailable(name: string, reserved: ReadonlySet<string>): string | undefined {
  if (isGlobalOrKeyword(name)) return GLOBAL;
  if (runtimeExports().has(name)) return "exported by the runtime";
  if (reserved.has(name)) return "written by the generator";
  return undefined;
}

/**
 * Hands out unique names in the package's one namespace (the index re-exports every module, types and values
 * alike). Rule: a global, runtime or generator-written name gets the suffix `Model` (`Error` → `ErrorModel`,
 * `Region` → `RegionModel`); a name already taken gets the next free number (`Company2`). With a pointer, a rename
 * is reported as a warning there.
 */
export class NameRegistry {
  private readonly taken = new Set<string>();

  /** `reserved`: names the emitters write themselves (the client class, `Region`, `createClient`…). */
  constructor(
    private readonly reserved: ReadonlySet<string> = new Set(),
    private readonly reporter?: Reporter,
  ) {}

  claim(desired: string, pointer?: string): string {
    const why = unavailable(desired, this.reserved);
    const base = why ? `${desired}Model` : desired;
    let name = base;
    for (let n = 2; this.taken.has(name) || unavailable(name, this.reserved); n++) name = `${base}${n}`;
    this.taken.add(name);
    // A global or keyword gets `Model` by a fixed rule (`Error` → `ErrorModel`), silently; a clash with the runtime,
    // the emitters or another declaration depends on what else exists, so it is reported.
    const fixedRule = name === base && why === GLOBAL;
    if (name !== desired && pointer !== undefined && !fixedRule)
      this.reporter?.warn(
        "name-collision",
        pointer,
        `\`${desired}\` is ${why ?? "already taken by another declaration"}; named \`${name}\``,
        pointer.startsWith("/components/")
          ? "rename the schema (a fix in the curation)"
          : "name the operation in the curation (x-sdk-resource / x-sdk-method)",
      );
    return name;
  }

  /** The first of `candidates` that is free, by a fixed rule (silently); when none is, `claim` of the first. */
  claimFirst(candidates: readonly string[], pointer?: string): string {
    const free = candidates.find((c) => !this.taken.has(c) && !unavailable(c, this.reserved));
    return free === undefined ? this.claim(candidates[0]!, pointer) : this.claim(free);
  }
}

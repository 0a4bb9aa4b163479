import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/paths.js";
import { STRICT_OPTIONS, typeErrors } from "../helpers/typecheck.js";

// examples/migration: one program for intercom-client 7.0.3 and its port to intercom-api-2.11, both type-checked
// under the strictest flags, each against its own SDK; the README lists exactly the lines the port changed.

const dir = join(ROOT, "examples/migration");
const options = { ...STRICT_OPTIONS, types: ["node"], typeRoots: [join(ROOT, "node_modules/@types")] };
const paths = { "intercom-api-2.11": [join(ROOT, "generated/2.11/src/index.ts")] };

const source = readFileSync(join(dir, "intercom-client.ts"), "utf8");
const port = readFileSync(join(dir, "intercom-api.ts"), "utf8");
/** The intercom-client half with only the import and the constructor changed. */
const naive = source
  .replace(
    /^import .* from "intercom-client";$/m,
    port.split("\n").find((l) => l.startsWith("import "))!,
  )
  .replace("new IntercomClient(", "new Intercom(");
const scratch = mkdtempSync(join(dir, ".tmp-naive-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const naiveFile = join(scratch, "naive.ts");

/**
 * The port and the naive port against generated/2.11, type-checked in one program; the errors of each, made on the
 * first call. Only these two files' errors: the package itself is type-checked by test/write/committed-packages.
 */
let againstPackage: { port: string[]; naive: string[] } | undefined;
function errorsAgainstPackage(): { port: string[]; naive: string[] } {
  if (!againstPackage) {
    writeFileSync(naiveFile, naive);
    const errors = typeErrors([join(dir, "intercom-api.ts"), naiveFile], { ...options, paths }, { only: "given" });
    againstPackage = {
      port: errors.filter((e) => !e.startsWith(`${naiveFile}:`)),
      naive: errors.filter((e) => e.startsWith(`${naiveFile}:`)),
    };
  }
  return againstPackage;
}

describe("the migration example", () => {
  it("the intercom-client half type-checks against intercom-client 7.0.3", () => {
    expect(typeErrors([join(dir, "intercom-client.ts")], options)).toEqual([]);
  });

  it("its port type-checks against generated/2.11", () => {
    expect(errorsAgainstPackage().port).toEqual([]);
  });

  it("the port differs only where it says `changed:`, and the README lists each of those changes", () => {
    const lines = (file: string) =>
      readFileSync(join(dir, file), "utf8")
        .split("\n")
        .filter((l) => l.trim() && !l.startsWith("//"));
    const before = lines("intercom-client.ts");
    const after = lines("intercom-api.ts");
    const changed = after.filter((l) => !before.includes(l));
    // every line the port added or altered carries its reason, and every such reason is in the README's list
    expect(changed.filter((l) => !l.includes("// changed:"))).toEqual([]);
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const section = readme.slice(readme.indexOf("### Coming from intercom-client"), readme.indexOf("## Maintain it"));
    const reasons = [...new Set(changed.map((l) => l.split("// changed: ")[1]!.trim()))];
    const listed = [...section.matchAll(/^- \*\*(.+?)\*\*/gm)].map((m) => m[1]);
    expect(listed).toEqual(reasons);
  });

  it("each change was needed: with only the import and the constructor changed, every other replaced line fails", () => {
    const failing = new Set(errorsAgainstPackage().naive.map((e) => Number(/:(\d+): /.exec(e)![1])));
    const lines = naive.split("\n");
    const kept = new Set(port.split("\n").map((l) => l.replace(/ \/\/ changed: .*$/, "").trim()));
    // the lines the port had to replace (besides the import and the constructor) are exactly the failing ones
    const replaced = lines
      .map((l, i) => [l, i + 1] as const)
      .filter(([l]) => l.trim() && !l.startsWith("//") && !kept.has(l.trim()) && !l.startsWith("import "))
      .map(([, n]) => n);
    expect(replaced.length).toBeGreaterThanOrEqual(6);
    for (const n of replaced) expect(failing.has(n), `line ${n}: ${lines[n - 1]}`).toBe(true);
    for (const n of failing) expect(replaced, `line ${n} fails but the port kept it: ${lines[n - 1]}`).toContain(n);
  });
});

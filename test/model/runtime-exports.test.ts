import { join } from "node:path";
import { Project } from "ts-morph";
import { describe, expect, it } from "vitest";
import { TEMPLATES_DIR } from "../../generator/paths.js";
import { clientCoreMembers, runtimeExports } from "../../generator/runtime-exports.js";

// The generator reads the runtime's names from its text (TypeScript is too slow to load for that on every run);
// TypeScript's own reading of templates/runtime/ is the reference. A runtime edit the text reader gets wrong (an
// export form it does not know) fails here.
describe("the runtime's names, read from its text", () => {
  it("are every name TypeScript sees templates/runtime/index.ts export, types included", () => {
    const project = new Project({ compilerOptions: { noLib: true } });
    const index = project.addSourceFileAtPath(join(TEMPLATES_DIR, "runtime", "index.ts"));
    project.resolveSourceFileDependencies();
    const expected = [...index.getExportedDeclarations().keys()].filter((n) => n !== "default").sort();
    expect(expected.length).toBeGreaterThan(40);
    expect([...runtimeExports()].sort()).toEqual(expected);
  });

  it("ClientCore's public members are those TypeScript lists (no #private one)", () => {
    const project = new Project({ compilerOptions: { noLib: true } });
    const core = project.addSourceFileAtPath(join(TEMPLATES_DIR, "runtime", "client.ts")).getClassOrThrow("ClientCore");
    const expected = core
      .getInstanceMembers()
      .map((m) => m.getName())
      .filter((n) => !n.startsWith("#"));
    expect([...clientCoreMembers()].sort()).toEqual(expected.sort());
    expect(clientCoreMembers()).toContain("request");
  });
});

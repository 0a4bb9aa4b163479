import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Project } from "ts-morph";
import { describe, expect, it } from "vitest";
import { TEMPLATES_DIR } from "../../generator/paths.js";
import { clientCoreMembers, exportsOf, runtimeExports } from "../../generator/runtime-exports.js";

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

  // Every export form, also written with more spaces than Prettier leaves, against the names TypeScript sees.
  it("reads every export form, whatever the spaces, and nothing nested or only imported", () => {
    const dir = mkdtempSync(join(tmpdir(), "exports-"));
    try {
      const files: Record<string, string> = {
        "index.ts": [
          'export { a, type B, c as C2 } from "./one.js";',
          'export  {  d  as  D2,  type  E  as  E2  }  from  "./one.js";',
          'export type {F} from "./one.js";',
          'export type  { G } from "./one.js";',
          'export *  from  "./two.js";',
          'import { notExported } from "./one.js";',
          "export const h = 1;",
          "export declare  const i: number;",
          "export abstract  class J {}",
          "export async  function k() {}",
          "export function* l() {}",
          "export  interface  M {}",
          "export enum N { A }",
          "export namespace O {\n  export const nested = 1;\n}",
          "export let p = 1;",
          "export var q = 1;",
          "export type R = string;",
          "export default 1;",
        ].join("\n"),
        "one.ts":
          "export const a = 1, c = 2, d = 3;\nexport type B = 1;\nexport type E = 1;\nexport type F = 1;\nexport type G = 1;\n",
        "two.ts": "export class Two {}\n",
      };
      for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
      const project = new Project({ compilerOptions: { noLib: true } });
      for (const name of Object.keys(files)) project.addSourceFileAtPath(join(dir, name));
      const fromTypeScript = [
        ...project.getSourceFileOrThrow(join(dir, "index.ts")).getExportedDeclarations().keys(),
      ].filter((n) => n !== "default");
      expect(fromTypeScript.sort()).toEqual("B C2 D2 E2 F G J M N O R Two a h i k l p q".split(" ").sort());
      expect([...exportsOf(dir)].sort()).toEqual(fromTypeScript);
      expect(exportsOf(dir)).not.toContain("nested");
      expect(exportsOf(dir)).not.toContain("notExported");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

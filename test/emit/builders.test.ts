import { Project, type StatementStructures } from "ts-morph";
import { describe, expect, it } from "vitest";
import {
  constant,
  doc,
  exampleBlock,
  exportedType,
  importDecl,
  typeName,
  uniqueSorted,
} from "../../generator/emit/builders.js";

/** The statements as ts-morph prints them into a file, as the emitters' files are printed. */
function printed(statements: StatementStructures[]): string {
  const project = new Project({ useInMemoryFileSystem: true });
  return project.createSourceFile("out.ts", { statements }).getFullText();
}

describe("importDecl", () => {
  // Each case is built inside its test, not while the file is collected (see MUTATION.md).
  const cases: [string, () => StatementStructures[], string][] = [
    ["value names", () => importDecl("./a.js", ["b", "c"]), 'import { b, c } from "./a.js";\n'],
    [
      "type-only",
      () => importDecl("../models.js", ["Contact"], { typeOnly: true }),
      'import type { Contact } from "../models.js";\n',
    ],
    [
      "a type name inside a value import",
      () => importDecl("./runtime/index.js", ["ClientCore", typeName("ClientOptions")]),
      'import { ClientCore, type ClientOptions } from "./runtime/index.js";\n',
    ],
    ["`when` false: nothing", () => importDecl("./a.js", ["b"], { when: false }), ""],
    ["no names left: nothing", () => importDecl("./a.js", []), ""],
  ];
  it.each(cases)("%s", (_name, statements, want) => expect(printed(statements())).toBe(want));
});

describe("the other builders", () => {
  it("uniqueSorted drops undefined and repeats, then sorts", () => {
    expect(uniqueSorted(["textBody", undefined, "jsonBody", "textBody"])).toEqual(["jsonBody", "textBody"]);
  });

  it("exportedType writes an exported alias with its doc", () => {
    expect(printed([exportedType("Region", '"us" | "eu"', "The regions.")])).toBe(
      '/** The regions. */\nexport type Region = "us" | "eu";\n',
    );
  });

  it("constant writes a typed const, exported only when asked", () => {
    expect(printed([constant("SCHEME", "{}", "How it signs.", { type: "WebhookScheme" })])).toBe(
      "/** How it signs. */\nconst SCHEME: WebhookScheme = {};\n",
    );
    expect(printed([constant("validator", "make()", "Checks.", { exported: true })])).toBe(
      "/** Checks. */\nexport const validator = make();\n",
    );
  });

  it("exampleBlock fences its lines after @example, and doc carries tags only when given", () => {
    expect(exampleBlock(["const a = 1;", "a;"])).toBe("@example\n```ts\nconst a = 1;\na;\n```");
    expect(doc("Text.")).toEqual([{ description: "Text." }]);
    expect(doc("Text.", [{ tagName: "throws", text: "E" }])).toEqual([
      { description: "Text.", tags: [{ tagName: "throws", text: "E" }] },
    ]);
  });
});

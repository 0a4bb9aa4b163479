// `npm run diff` says first what an upgrade breaks in the calls themselves (operations removed, arguments whose type
// or presence changes), one line per operation; responses and models, the type-level details, come after.
import { describe, expect, it } from "vitest";
import { diffModels } from "../../generator/diff/diff-models.js";
import { formatText } from "../../generator/diff/report.js";
import type { ApiModel } from "../../generator/model/types.js";
import { modelOf } from "../helpers/model.js";
import { body, create, description, diffOf, type Json, object, str } from "./documents.js";

const lenient = { lenient: true };
const side = (file: string) => ({ file, title: "fixture", version: file });
// The fixture models are loaded once; the diff and the report are made inside each test (a mutation run attributes
// work done while tests are collected to no test).
let models: [ApiModel, ApiModel] | undefined;
function upgrade() {
  models ??= [modelOf("diff/old.yaml", lenient).model, modelOf("diff/new.yaml", lenient).model];
  const changes = diffModels(...models);
  const text = formatText({ old: side("old"), new: side("new"), changes });
  const summary = text.slice(text.indexOf("## Calls that stop compiling"), text.indexOf("## Breaking changes"));
  return { changes, text, summary };
}

describe("the upgrade summary", () => {
  it("comes first, before every change is listed", () => {
    const { text } = upgrade();
    expect(text.indexOf("## Calls that stop compiling")).toBeGreaterThan(0);
    expect(text.indexOf("## Calls that stop compiling")).toBeLessThan(text.indexOf("## Breaking changes"));
  });

  it("has one line per operation whose calls break: every breaking argument and operation change, no response change", () => {
    const { changes, summary } = upgrade();
    const breakingCalls = changes.filter(
      (c) => c.severity === "breaking" && c.scope === "operation" && c.location !== "response",
    );
    const operations = [...new Set(breakingCalls.map((c) => c.subject))];
    expect(operations.length).toBeGreaterThan(0);
    expect(summary).toContain(`(${operations.length} operation`);
    const lines = summary.split("\n").filter((l) => l.startsWith("- "));
    expect(lines.map((l) => /^- `([^`]+)`/.exec(l)![1])).toEqual(operations);
    for (const c of breakingCalls) expect(lines.find((l) => l.startsWith(`- \`${c.subject}\`:`))).toContain(c.detail);
    for (const c of changes.filter((c) => c.location === "response" || c.severity !== "breaking"))
      expect(summary).not.toContain(c.detail);
  });

  it("names an operation removed and an argument that lost values", () => {
    const { summary } = upgrade();
    expect(summary).toMatch(/^- `notes\.list`: operation removed/m);
    expect(summary).toMatch(/^- `companies\.find`: .*parameter `view` lost values "full"/m);
  });

  it("says so when every call still compiles", () => {
    const { changes } = upgrade();
    const same = formatText({
      old: side("a"),
      new: side("b"),
      changes: changes.filter((c) => c.location === "response"),
    });
    expect(same).toContain("## Calls that stop compiling (0 operations)\n\nNone: every call compiles as it did");
  });
});

describe("the upgrade summary of small descriptions", () => {
  const summaryOf = (before: Json, after: Json) => {
    const text = formatText({ old: side("a"), new: side("b"), changes: diffOf(before, after) });
    return text.slice(text.indexOf("## Calls that stop compiling"), text.indexOf("## Breaking changes"));
  };

  it("lists every breaking argument change of an operation on its line, in order", () => {
    const before = description(create(body(object({ name: str, email: str }))));
    const after = description(create(body(object({ name: str }, { required: ["name"] }))));
    expect(summaryOf(before, after)).toBe(
      [
        "## Calls that stop compiling (1 operation)",
        "",
        "- `things.create`: body field `name` is now required; body field `email` removed",
        "",
        "",
      ].join("\n"),
    );
  });

  it("says the same thing once, though two union alternatives lost the same field", () => {
    const union = (...variants: Json[]) => description(create(body({ oneOf: variants })));
    const before = union(object({ x: str, a: str }), object({ x: str, b: str }));
    const after = union(object({ a: str }), object({ b: str }));
    expect(diffOf(before, after).map((c) => c.message)).toEqual([
      "BREAKING things.create: body field `x` removed",
      "BREAKING things.create: body field `x` removed",
    ]);
    expect(summaryOf(before, after)).toContain(
      "## Calls that stop compiling (1 operation)\n\n- `things.create`: body field `x` removed\n\n",
    );
  });
});

// A model's change is breaking for whoever uses it: the user writes a model used by parameters or bodies and reads
// one used by responses. The use is taken from both versions together (a model read in the old version and written
// in the new one is both), through arrays and other models. Two small descriptions in, the model's changes out.
import { describe, expect, it } from "vitest";
import { body, changes, create, description, find, type Json, object, response, str } from "./documents.js";

const thing = { $ref: "#/components/schemas/Thing" };
type Use = "read" | "written" | "both";
const uses: Record<Use, (schema: Json) => Json> = {
  read: (schema) => description(find(response(thing)), { Thing: schema }),
  written: (schema) => description(create(body(thing)), { Thing: schema }),
  both: (schema) => description({ ...find(response(thing)), ...create(body(thing)) }, { Thing: schema }),
};
const optional = object({ id: str, n: str });
const required = object({ id: str, n: str }, { required: ["n"] });
const modelChanges = (before: Json, after: Json) => changes(before, after).filter((c) => c[1]!.includes(" Thing: "));

describe("a model's use is the union of its uses in both versions", () => {
  const all: Use[] = ["read", "written", "both"];
  const rows = all.flatMap((old) => all.map((now) => [old, now] as const));
  // Made required breaks writers, made optional breaks readers.
  it.each(rows)("old: %s, new: %s", (old, now) => {
    const writers = old !== "read" || now !== "read";
    const readers = old !== "written" || now !== "written";
    expect([
      ...modelChanges(uses[old](optional), uses[now](required)),
      ...modelChanges(uses[old](required), uses[now](optional)),
    ]).toEqual([
      ["made-required", `${writers ? "BREAKING" : "non-breaking"} Thing: property \`n\` is now required`],
      ["made-optional", `${readers ? "BREAKING" : "non-breaking"} Thing: property \`n\` is now optional`],
    ]);
  });
});

describe("a model is used wherever a response or body reaches it", () => {
  it.each([
    [
      "as the items of a response array",
      (schema: Json) => description(find(response({ type: "array", items: thing })), { Thing: schema }),
    ],
    [
      "through another model of a response",
      (schema: Json) =>
        description(find(response({ $ref: "#/components/schemas/Holder" })), {
          Holder: object({ t: thing }),
          Thing: schema,
        }),
    ],
  ])("%s: read only, so made required is not breaking", (_where, version) => {
    expect(modelChanges(version(optional), version(required))).toEqual([
      ["made-required", "non-breaking Thing: property `n` is now required"],
    ]);
  });
});

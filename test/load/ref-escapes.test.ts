// `$ref`s to keys that contain `/` or `~`, which a JSON pointer escapes as `~1` and `~0` (RFC 6901: `~1` is
// decoded before `~0`, so `~01` is the key `~1`, not `/`). What a user sees: the reference resolves to the schema
// it names, with no "points to nothing".
import { describe, expect, it } from "vitest";
import { Reporter } from "../../generator/diagnostics.js";
import { checkDocument } from "../../generator/load/load-document.js";
import { buildModel } from "../../generator/model/build-model.js";
import { oneLine, printedTypes } from "../helpers/model.js";
import { listThingsDocument } from "../helpers/one-operation.js";

type Json = Record<string, unknown>;

function model(schemas: Json, responseRef: string) {
  const document = listThingsDocument({ schema: { $ref: responseRef }, components: { schemas } });
  return buildModel(checkDocument(document, new Reporter("api.yaml", false)), {});
}

const marked = (field: string): Json => ({
  type: "object",
  required: [field],
  properties: { [field]: { type: "string" } },
});

describe("$ref to a key with escaped characters", () => {
  // Three look-alike keys side by side: each reference must reach its own, not a neighbour.
  const schemas = { "a/b": marked("slash"), "a~1b": marked("tilde_one"), "a~b": marked("tilde"), ab: marked("plain") };

  it.each([
    ["`/` as ~1", "#/components/schemas/a~1b", "slash"],
    ["`~1` as ~01 (~1 decoded first)", "#/components/schemas/a~01b", "tilde_one"],
    ["`~` as ~0", "#/components/schemas/a~0b", "tilde"],
    ["`/` percent-encoded in the fragment as well", "#/components/schemas/a~1b".replace("~1", "%7E1"), "slash"],
  ])("%s resolves to that schema", (_what, ref, field) => {
    const { model: m, diagnostics } = model(structuredClone(schemas), ref);
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const op = m.resources[0]!.operations[0]!;
    expect(op.response.type.kind).toBe("ref");
    const name = (op.response.type as { name: string }).name;
    expect(printedTypes(m)[name]).toBe(oneLine(`{ ${field}: string; }`));
  });

  it("a reference to a key that is not there still names the reference", () => {
    const ref = "#/components/schemas/a~1c";
    expect(() => model(structuredClone(schemas), ref)).toThrow(`\`$ref: ${ref}\` points to nothing`);
  });
});

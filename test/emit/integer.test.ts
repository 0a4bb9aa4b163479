import { describe, expect, it } from "vitest";
import { compileSchema, compileTable } from "../../generator/emit/schema-table.js";
import { validate } from "../../templates/runtime/validate.js";
import { modelOf, printedTypes } from "../helpers/model.js";

// `integer` is its own primitive in the model: printed as TypeScript's `number`, checked as a whole number.

describe("integer: a whole number, kept apart from number", () => {
  // Built inside each test (in milliseconds): nothing of the generator runs while the file is collected.
  const built = () => modelOf("model/integer.yaml");

  it("is printed as number", () => {
    const { model, diagnostics } = built();
    expect(diagnostics).toEqual([]);
    expect(printedTypes(model)["Counts"]).toBe(
      "{ seats?: number; ratio?: number; either?: number; maybe?: number | null; sizes?: number[]; }",
    );
  });

  it("is compiled for the validator as `i`, and a union with number is just number", () => {
    const counts = built().model.types.find((t) => t.schemaKey === "counts")!;
    expect(compileSchema(counts.type)).toEqual({
      o: { seats: "i", ratio: "n", either: "n", maybe: { u: ["i", "0"] }, sizes: { a: "i" } },
    });
  });

  it("the validator takes whole numbers only where the schema says integer", () => {
    const table = compileTable(built().model.types);
    const issues = (value: unknown) => validate(value, "Counts", table).map((i) => `${i.path}: ${i.message}`);
    expect(issues({ seats: 3, ratio: 1.5, either: 2.5, maybe: null, sizes: [1, 2] })).toEqual([]);
    expect(issues({ seats: 1.5, sizes: [1, 2.5, "3"] })).toEqual([
      "seats: expected integer, got 1.5",
      "sizes[1]: expected integer, got 2.5",
      "sizes[2]: expected integer, got string",
    ]);
  });
});

// The plain-data helpers every stage reads a description with (generator/load/json.ts): a local `$ref` resolves to
// what it names or to nothing (never to an inherited property), and "an object" means a mapping, not null or a list.
import { describe, expect, it } from "vitest";
import { isObject, isPresent, resolvePointer } from "../../generator/load/json.js";

const document = {
  components: { schemas: { "a/b": { type: "string" }, list: [{ x: 1 }, { x: 2 }], empty: {}, zero: 0, nil: null } },
};

describe("resolvePointer", () => {
  it.each([
    ["#", document],
    ["#/components/schemas/a~1b", { type: "string" }],
    ["#/components/schemas/list/1", { x: 2 }],
    ["#/components/schemas/list/1/x", 2],
    ["#/components/schemas/zero", 0],
    ["#/components/schemas/nil", null],
    ["#/components/schemas/empty", {}],
    ["#/components/schemas/missing", undefined],
    ["#/components/schemas/list/2", undefined],
    ["#/components/schemas/constructor", undefined], // own keys only: not what an object inherits
    ["#/components/schemas/zero/x", undefined], // below a number
    ["#/components/schemas/nil/x", undefined], // below null
  ])("%s", (ref, target) => {
    expect(resolvePointer(document, ref)).toEqual(target);
  });
});

describe("isObject and isPresent: a mapping", () => {
  it.each([
    [{}, true],
    [{ a: 1 }, true],
    [null, false],
    [undefined, false],
    [[], false],
    ["text", false],
    [1, false],
  ])("%j: %s", (value, mapping) => {
    expect(isObject(value)).toBe(mapping);
    expect(isPresent(value as object | null | undefined)).toBe(mapping);
  });
});

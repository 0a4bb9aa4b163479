// The fast path of parsing (generator/load/fast-parse.ts) gives `yaml`'s value wherever it answers.
import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument, stringify } from "yaml";
import { fastParse } from "../../generator/load/fast-parse.js";
import { OFFICIAL_SPEC } from "../helpers/paths.js";

/** What `yaml` reads (the slow path), or "error". */
function slow(text: string): unknown {
  try {
    const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
    return doc.errors.length > 0 ? "error" : doc.toJS({ maxAliasCount: 1000 });
  } catch {
    return "error";
  }
}

function agrees(text: string): boolean {
  const fast = fastParse(text);
  return fast === undefined || (slow(text) !== "error" && isDeepStrictEqual(fast.value, slow(text)));
}

// Plain scalars whose type differs between YAML 1.1 (js-yaml's own schema) and 1.2, and other tricky strings.
const SCALARS = [
  "0b101",
  "1_000",
  "012",
  "0o17",
  "0x1F",
  "-0x1F",
  "+12",
  "-0",
  "1.",
  ".5",
  "1e3",
  "1E-2",
  "+.inf",
  "-.Inf",
  ".NaN",
  ".nan",
  "yes",
  "no",
  "on",
  "off",
  "y",
  "~",
  "Null",
  "NULL",
  "True",
  "FALSE",
  "2001-12-14",
  "12:30:00",
  "=",
  "<<",
  "1.0",
  "00",
  "0.0e0",
  "9007199254740993",
  "a: b",
  "- x",
  "#x",
  "'q'",
  '"q"',
  "x\ny",
  " lead",
  "trail ",
  "",
];
const scalar = fc.oneof(fc.constantFrom(...SCALARS), fc.string(), fc.integer(), fc.double(), fc.boolean());
const value = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: "small" }, scalar, tie("list"), tie("map")),
  list: fc.array(tie("node"), { maxLength: 4 }),
  map: fc.dictionary(fc.oneof(fc.constantFrom(...SCALARS), fc.string()), tie("node"), { maxKeys: 4 }),
})).node;

describe("fast parsing", () => {
  it("reads the official descriptions as `yaml` does", () => {
    const text = readFileSync(OFFICIAL_SPEC, "utf8");
    const fast = fastParse(text);
    expect(fast).toBeDefined(); // the fast path is taken for them
    expect(isDeepStrictEqual(fast!.value, slow(text))).toBe(true);
  });

  it("agrees with `yaml` on generated documents, in YAML and in JSON", () => {
    let taken = 0;
    fc.assert(
      fc.property(value, fc.constantFrom("block", "flow", "json", "plain"), (v, style) => {
        const text =
          style === "json"
            ? JSON.stringify(v, null, 1)
            : style === "flow"
              ? stringify(v, { collectionStyle: "flow" })
              : style === "plain"
                ? stringify(v, { defaultStringType: "PLAIN", defaultKeyType: "PLAIN" })
                : stringify(v);
        expect(agrees(text), text).toBe(true);
        if (fastParse(text)) taken++;
      }),
      { numRuns: 1500, seed: 23 },
    );
    expect(taken).toBeGreaterThan(1000); // mostly the fast path answered
  });

  it("reads the scalars where YAML 1.1 and 1.2 differ as YAML 1.2 does", () => {
    for (const s of SCALARS.filter((x) => !/[\n:#'"-]|^$|^ | $/.test(x))) {
      const text = `a: ${s}\n`;
      expect(fastParse(text), text).toBeDefined();
      expect(agrees(text), text).toBe(true);
    }
    expect(fastParse("a: 0b101\nb: 1_000\nc: 012\n")!.value).toEqual({ a: "0b101", b: "1_000", c: 12 });
  });

  it("reads the core schema's explicit tags as `yaml` does, and no tag without a name", () => {
    for (const text of ["a: !!null ~\n", "a: !!bool true\n", "a: !!int 0x1F\n", "a: !!int '12'\n"]) {
      expect(fastParse(text), text).toBeDefined();
      expect(agrees(text), text).toBe(true);
    }
    // A tag without a name is not a core tag: `yaml` reads the verbatim one as a string, and refuses `!!` alone.
    expect(slow("a: !<tag:yaml.org,2002:> 12\n")).toEqual({ a: "12" });
    for (const s of ["~", "true", "12"])
      for (const tag of ["!!", "!<tag:yaml.org,2002:>"]) expect(agrees(`a: ${tag} ${s}\n`), `${tag} ${s}`).toBe(true);
  });

  it("leaves to `yaml` what it cannot be sure of, and every error", () => {
    for (const text of [
      "a: &x [1]\nb: *x\n", // anchors: `yaml` bounds their expansion
      "%YAML 1.1\n---\na: yes\n", // a directive changes the schema
      "? [a]\n: 1\n", // a complex key
      "~: 1\n", // a null key
      "a: !!binary aGk=\n", // a tag beyond the core schema
      "a: 1\na: 2\n", // a repeated key
      '{"a": 1, "a": 2}', // the same in JSON, which JSON.parse would take
      '{"a": "x:\\"y", "a": 2}',
      "a: [1\n", // a syntax error: `yaml` reports where
    ])
      expect(fastParse(text), text).toBeUndefined();
    expect(fastParse("# only a comment\n")).toEqual({ value: null }); // as `yaml` reads it
    expect(fastParse('{"a": "x:\\"y", "b": {"c": [1, {"d": null}]}}')!.value).toEqual({
      a: 'x:"y',
      b: { c: [1, { d: null }] },
    });
  });
});

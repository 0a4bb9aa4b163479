// The Markdown tables of the README and api.md are printed padded as Prettier pads them (every column as wide as its
// widest cell, at least 3), so that the format stage leaves the text as it is. What is a table and what is not:
// lines inside a code fence, a line of pipes without a delimiter row under it, and text after the table stay as written.
import { describe, expect, it } from "vitest";
import { alignTables, table } from "../../generator/emit/markdown.js";

const lines = (...l: string[]) => l.join("\n");

describe("table", () => {
  it("pads each column to its widest cell, at least 3; a short row keeps its cells", () => {
    expect(table(["a", "longer"], [["wide cell", "x"], ["b"]])).toEqual([
      "| a         | longer |",
      "| --------- | ------ |",
      "| wide cell | x      |",
      "| b         |",
    ]);
  });

  it("counts code points, not UTF-16 units", () => {
    expect(table(["≥ 𝑥"], [["ab"]])).toEqual(["| ≥ 𝑥 |", "| --- |", "| ab  |"]);
  });
});

describe("alignTables", () => {
  const cases: [string, string, string][] = [
    [
      "a table: cells trimmed and padded, an escaped pipe kept inside its cell",
      lines("intro", "", "|a|b|", "|-|-|", "|  x \\| y |z|", "", "after"),
      lines("intro", "", "| a      | b   |", "| ------ | --- |", "| x \\| y | z   |", "", "after"),
    ],
    [
      "delimiter cells with blanks around their dashes",
      lines("| a | b |", "| --- |---|", "| c | d |"),
      lines("| a   | b   |", "| --- | --- |", "| c   | d   |"),
    ],
    ["a table at the end of the text", lines("|a|", "|---|", "|b|"), lines("| a   |", "| --- |", "| b   |")],
    [
      "a table right after a code fence is printed; the fence's own lines are not",
      lines("```ts", "|a|", "|---|", "```", "|a|", "|---|"),
      lines("```ts", "|a|", "|---|", "```", "| a   |", "| --- |"),
    ],
    [
      "a fence that does not start its line does not open one",
      lines("x ```", "|a|", "|---|"),
      lines("x ```", "| a   |", "| --- |"),
    ],
    [
      "a line of pipes without a delimiter row is text",
      lines("|a|", "|b|", "", "|a|", "text"),
      lines("|a|", "|b|", "", "|a|", "text"),
    ],
    [
      "a delimiter row needs dashes in every cell, and nothing around it",
      lines("|a|b|", "|---|x|", "", "|a|", "|--- x|", "", "|a|", "|---| x", "", "|a|", "x|---|", "", "|a|", "|x---|"),
      lines("|a|b|", "|---|x|", "", "|a|", "|--- x|", "", "|a|", "|---| x", "", "|a|", "x|---|", "", "|a|", "|x---|"),
    ],
    [
      "a row ending without a pipe is still a row; a line starting with one ends the table only when it does not",
      lines("|a|b|", "|---|---|", "|c|d", "not a row |"),
      lines("| a   | b   |", "| --- | --- |", "| c   | d   |", "not a row |"),
    ],
    ["a delimiter row with one dash per cell", lines("|a|", "|-|"), lines("| a   |", "| --- |")],
    ["a header row starting after a blank", lines(" |a|", "|---|"), lines(" |a|", "|---|")],
  ];
  it.each(cases)("%s", (_what, given, want) => expect(alignTables(given)).toBe(want));
});

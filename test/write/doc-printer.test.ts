// The layout algorithm (generator/write/doc-printer.ts) on documents built by hand: what it prints at a given width.
// typescript-constructs.test.ts checks the documents the TypeScript printer builds against Prettier itself.
import { describe, expect, it } from "vitest";
import {
  breakParent,
  canBreak,
  conditionalGroup,
  flatOnly,
  group,
  hardline,
  hardlineKeepingSpaces,
  ifBreak,
  indent,
  indentIfBreak,
  line,
  lineSuffix,
  printDoc,
  softline,
  Unsupported,
  width,
  willBreak,
  type Doc,
  type Group,
} from "../../generator/write/doc-printer.js";

const list = (items: string[]) =>
  group(["[", indent([softline, items.flatMap((x, i) => (i ? [",", line, x] : [x]))]), softline, "]"]);

describe("the layout algorithm", () => {
  it("prints a group flat when it fits, broken and indented when it does not", () => {
    expect(printDoc(list(["a", "b"]), 10)).toBe("[a, b]");
    expect(printDoc(list(["aaaa", "bbbb"]), 10)).toBe("[\n  aaaa,\n  bbbb\n]");
    expect(printDoc(list(["aaa", "bbb"]), 10)).toBe("[aaa, bbb]"); // exactly the width
  });

  it("measures what follows a group on its line", () => {
    expect(printDoc([list(["a", "b"]), "tail"], 9)).toBe("[\n  a,\n  b\n]tail");
    expect(printDoc([list(["a", "b"]), hardline, "tail that is long"], 10)).toBe("[a, b]\ntail that is long");
  });

  it("breaks a group that holds a hard line, and trims the spaces before a line unless asked to keep them", () => {
    expect(printDoc(group(["a ", hardline, "b"]), 80)).toBe("a\nb");
    expect(printDoc(group(["a  ", hardlineKeepingSpaces, "b"]), 80)).toBe("a  \nb");
    expect(printDoc(indent(["a", hardline, "", hardline, "b"]), 80)).toBe("a\n\n  b");
  });

  it("prints the if-break side of the group it names, and indents by it", () => {
    const id = Symbol("g");
    const doc = (n: number) => [
      group(["x", indent(line)], { id }),
      indentIfBreak(["y".repeat(n), line, "z"], id),
      ifBreak("!", "?", id),
    ];
    expect(printDoc(group(doc(2)), 10)).toBe("x yy z?");
    expect(printDoc(doc(9), 10)).toBe("x\n  yyyyyyyyy\n  z!");
  });

  it("takes the first state of a conditional group that fits, else the most expanded", () => {
    const states = (n: number) =>
      conditionalGroup(["a".repeat(n), ["b", line, "c"], group(["d", line, "e"], { shouldBreak: true })]);
    expect(printDoc(states(3), 5)).toBe("aaa");
    expect(printDoc(states(9), 5)).toBe("b c");
    expect(printDoc([states(9), "x".repeat(9)], 5)).toBe("d\ne" + "x".repeat(9));
  });

  it("refuses to break a layout known only flat", () => {
    expect(printDoc(flatOnly(["a", line, "b"]), 10)).toBe("a b");
    expect(() => printDoc(flatOnly(["aaaa", line, "bbbb"]), 5)).toThrow(Unsupported);
  });

  it("puts a line suffix at the end of its line", () => {
    expect(printDoc(["a", lineSuffix(" // c"), ";", hardline, "b"], 80)).toBe("a; // c\nb");
    expect(printDoc(["a", lineSuffix(" // c"), ";"], 80)).toBe("a; // c");
  });

  it("knows the width of what it prints: emoji two columns, others it cannot measure refused", () => {
    expect(width("abc é → x")).toBe(9);
    expect(width("a🎟️")).toBe(3);
    expect(() => width("漢")).toThrow(Unsupported);
    expect(() => width("e\u0301")).toThrow(Unsupported);
    expect(() => width("a\u0007")).toThrow(Unsupported);
    // Unmeasured text is printed when nothing on its line must fit; a group after it is refused.
    expect(printDoc(["漢", hardline, list(["a"])], 10)).toBe("漢\n[a]");
    expect(() => printDoc(["漢", list(["a"])], 10)).toThrow(Unsupported);
  });

  it("tells which documents break or can break", () => {
    expect([
      willBreak("a"),
      willBreak([line]),
      willBreak(hardline),
      willBreak(group("a", { shouldBreak: true })),
    ]).toEqual([false, false, true, true]);
    expect([willBreak(ifBreak(hardline)), willBreak(indent(hardline)), willBreak(lineSuffix("a"))]).toEqual([
      true,
      true,
      false,
    ]);
    expect([canBreak("a"), canBreak([softline]), canBreak(ifBreak("a", line)), canBreak(indent("a"))]).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect([canBreak(conditionalGroup(["a", ["b", line]])), canBreak(group("a")), canBreak(hardline)]).toEqual([
      true,
      false,
      true,
    ]);
  });

  it("measures a character just outside each narrow range by its code point, and refuses those it cannot measure", () => {
    // Each range's ends: the first character in it counts one column, the first after it is refused.
    for (const c of ["\u00a0", "\u0370", "\u2010"]) expect(width(`${c}😀`), c.codePointAt(0)!.toString(16)).toBe(3);
    expect(width("é → 😀")).toBe(6);
    for (const c of ["\u007f", "\u0300", "\u1100", "\u2300"])
      expect(() => width(c), c.codePointAt(0)!.toString(16)).toThrow(Unsupported);
  });

  it("counts a flat line's space only when text follows it", () => {
    expect(printDoc(group(["aaaa", line, ""]), 4)).toBe("aaaa ");
    expect(printDoc(group(["aaaa", line, "b"]), 4)).toBe("aaaa\nb");
  });

  it("keeps counting the column after a flat line's space", () => {
    const doc = [group(["a", line, "b"]), group(["c", line, "dddd"])];
    expect(printDoc(doc, 8)).toBe("a bc\ndddd");
    expect(printDoc(doc, 9)).toBe("a bc dddd");
  });

  it("measures a conditional group by its contents when flat and by its most expanded state when it must break", () => {
    const broken = (states: Doc[]): Group => ({ ...conditionalGroup(states), break: true });
    // What follows a group on its line is measured up to the first line of the broken group after it.
    const after = broken(["c0-long-text", ["c1-long-text", line, "y"], ["c2", line, "z"]]);
    expect(printDoc([group(["a", line, "b"]), after], 10)).toBe("a bc2\nz");
    // Inside a group that fits, a conditional group is measured by its first state.
    expect(printDoc(group(["a", line, conditionalGroup(["b", ["cccccccccc", line, "d"]])]), 10)).toBe("a b");
    // A broken conditional group inside a flat one (breaks do not reach out of a conditional group) prints its first
    // state broken, not its most expanded one.
    const inner = broken([["s0", ifBreak("B", "F")], "s1-expanded"]);
    expect(printDoc(conditionalGroup([["a", line, inner]]), 80)).toBe("a s0B");
  });

  it("measures an if-break by the mode of the group it names, flat when that group is not printed yet", () => {
    const id = Symbol("g");
    const doc = [group(["x", hardline, "y"], { id }), group(["a", line, ifBreak("-".repeat(20), "", id)])];
    expect(printDoc(doc, 10)).toBe(`x\nya\n${"-".repeat(20)}`);
    const later = Symbol("later");
    expect(printDoc([ifBreak("B", "F", later), group("g", { id: later })], 80)).toBe("g");
  });

  it("prints the document's top level broken: its if-breaks print their broken side", () => {
    expect(printDoc(["a", ifBreak(",", "")], 80)).toBe("a,");
  });

  it("prints the most expanded state of a conditional group broken, even when it would fit flat", () => {
    expect(printDoc(conditionalGroup(["aaaaaaaaaa", ["b", ifBreak(",", "")]]), 5)).toBe("b,");
  });

  it("measures a group again after a line printed broken inside a flat group", () => {
    const tail = group(["x", line, "y".repeat(20)]);
    // A hard line in a flat conditional group: what follows is measured on its new line.
    expect(printDoc(conditionalGroup([["a", hardline, tail]]), 10)).toBe(`a\nx\n${"y".repeat(20)}`);
    expect(printDoc(conditionalGroup([["a", hardline, "b"]]), 80)).toBe("a\nb");
    expect(printDoc(conditionalGroup([["a", hardlineKeepingSpaces, "b"]]), 80)).toBe("a\nb");
    // A line of a broken group inside a flat one is no reason to measure again: the flat group's parts stay flat.
    const broken: Group = { ...conditionalGroup([["b", line, "c"]]), break: true };
    expect(printDoc(conditionalGroup([["a", line, broken, group(["x", line, "y".repeat(20)])]]), 10)).toBe(
      `a b\ncx ${"y".repeat(20)}`,
    );
  });

  it("breaks the group around a break inside an if-break, and a group around a hard line everywhere", () => {
    expect(printDoc(group(["a", line, "b", ifBreak(["c", breakParent], "")]), 80)).toBe("a\nbc");
    expect(printDoc(group(["a", line, "b", hardline, "c"]), 80)).toBe("a\nb\nc");
  });

  it("prints line suffixes in their order, at the end of their line or of the document", () => {
    expect(printDoc(["a", lineSuffix(" // 1"), lineSuffix(" // 2"), hardline, "b"], 80)).toBe("a // 1 // 2\nb");
    expect(printDoc(["a", lineSuffix(" // 1"), lineSuffix(" // 2")], 80)).toBe("a // 1 // 2");
  });

  it("trims a line that holds only spaces", () => {
    expect(printDoc([" ", "", hardline, "b"], 80)).toBe("\nb");
  });

  it("tells which single parts break or can break", () => {
    expect([willBreak(breakParent), willBreak({ kind: "line", hard: true }), canBreak(["a", breakParent])]).toEqual([
      true,
      true,
      false,
    ]);
    expect(canBreak(ifBreak("a", "b"))).toBe(false);
  });
});

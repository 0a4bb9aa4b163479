// The layout algorithm (generator/write/doc-printer.ts) on documents built by hand: what it prints at a given width.
// typescript-constructs.test.ts checks the documents the TypeScript printer builds against Prettier itself.
import { describe, expect, it } from "vitest";
import {
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
});

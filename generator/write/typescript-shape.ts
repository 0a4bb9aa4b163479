import { ts } from "ts-morph";
import {
  align,
  breakParent,
  canBreak,
  conditionalGroup,
  type Doc,
  flatOnly,
  group,
  hardline,
  hardlineKeepingSpaces,
  ifBreak,
  indent,
  indentIfBreak,
  join,
  line,
  lineSuffix,
  printDoc,
  softline,
  Unsupported,
  willBreak,
} from "./doc-printer.js";

const K = ts.SyntaxKind;
const PRINT_WIDTH = 120;

/**
 * TypeScript printed as Prettier prints it (babel-ts parser, printWidth 120, Prettier's other defaults), for the
 * language the emitters write: imports and exports, interfaces, type aliases, functions and classes whose bodies
 * return or call, object and array literals, calls, JSDoc and line comments before declarations and members. The
 * layout is Prettier's own: the same documents (groups, indents, conditional groups for the last argument) printed
 * by the same algorithm (doc-printer.ts), so the format stage needs Prettier only for what falls outside.
 *
 * Returns undefined for anything else (a construct not listed, a comment elsewhere, a quote or escape Prettier would
 * rewrite, a layout known only flat that would break): the caller formats that text with Prettier. Tests compare
 * the result with Prettier on every emitted file and on generated descriptions.
 */
export function printLikePrettier(text: string): string | undefined {
  // Comments are read from the text, so their JSDoc structure is not parsed: that halves the parse.
  const options = { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone };
  const file = ts.createSourceFile("part.ts", text, options, false, ts.ScriptKind.TS);
  return print(text, file, (printer) => printer.statements(file.statements));
}

/**
 * A JSON text as Prettier's `json` parser prints it: the layout of JavaScript objects and arrays, with keys and
 * strings as written and no trailing commas. Undefined for what the printer leaves to Prettier.
 */
export function printJsonLikePrettier(text: string): string | undefined {
  const file = ts.parseJsonText("part.json", text);
  const root = file.statements[0]?.expression;
  return print(text, file, (printer) => (root ? printer.expression(root) : unsupported()), true);
}

function print(
  text: string,
  file: ts.SourceFile,
  build: (printer: ShapePrinter) => Doc,
  json = false,
): string | undefined {
  const comments = countComments(text);
  if (comments === undefined) return undefined;
  const syntaxErrors = (file as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics.length;
  if (syntaxErrors > 0 || file.statements.length === 0) return undefined;
  try {
    const printer = new ShapePrinter(text, json);
    const doc = [build(printer), hardline];
    // A comment the printer did not place (inside an expression, before a closing brace) is Prettier's to place.
    return printer.comments === comments ? printDoc(doc, PRINT_WIDTH) : undefined;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/** Comments in a text without template literals (undefined when it has one): what the printer must account for. */
function countComments(text: string): number | undefined {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "`") return undefined;
    if (c === '"' || c === "'") {
      for (i++; i < text.length && text[i] !== c && text[i] !== "\n"; i++) if (text[i] === "\\") i++;
    } else if (c === "/" && text[i + 1] === "/") {
      count++;
      while (i < text.length && text[i] !== "\n") i++;
    } else if (c === "/" && text[i + 1] === "*") {
      count++;
      const end = text.indexOf("*/", i + 2);
      if (end < 0) return undefined;
      i = end + 1;
    }
  }
  return count;
}

/** Operators printed as written between two operands that are not themselves binary. */
const BINARY_OPERATORS = new Set([
  "instanceof",
  "in",
  "===",
  "!==",
  "==",
  "!=",
  "<",
  ">",
  "<=",
  ">=",
  "&&",
  "||",
  "??",
]);

/** A callee printed as it is: a name, `super(…)` or `import(…)`. */
const isPlainCallee = (node: ts.Expression): boolean =>
  ts.isIdentifier(node) || node.kind === K.SuperKeyword || node.kind === K.ImportKeyword;

/** A plain callee, or names joined by dots (`a.b.c`, `this.a`): no call inside. */
const isNamesOrPlain = (node: ts.Expression): boolean =>
  isPlainCallee(node) ||
  node.kind === K.ThisKeyword ||
  (ts.isPropertyAccessExpression(node) && !node.questionDotToken && isNamesOrPlain(node.expression));

function unsupported(): never {
  throw new Unsupported();
}

type Member = ts.TypeElement | ts.ClassElement | ts.ObjectLiteralElementLike;

class ShapePrinter {
  comments = 0;
  /** Inside a part that must print on one line (`flatly`): constructs whose broken layout is not Prettier's here. */
  private flat = 0;

  /** In `json`, keys and strings stay as written and a broken object or array takes no trailing comma. */
  constructor(
    private readonly text: string,
    private readonly json = false,
  ) {}

  /** The separator a broken list ends with: none in JSON. */
  private trailing(separator: string): Doc {
    return this.json ? "" : ifBreak(separator);
  }

  // ---- statements ----

  /** Statements one per line, a blank line kept where the text has one (Prettier's statement sequence). */
  statements(nodes: readonly ts.Statement[]): Doc {
    return nodes.map((node, i) => [
      this.withComments(node, this.statement(node), true),
      i < nodes.length - 1 ? [hardline, this.nextLineEmpty(node.end) ? hardline : ""] : "",
    ]);
  }

  private statement(node: ts.Statement): Doc {
    if (ts.isImportDeclaration(node)) return this.importDeclaration(node);
    if (ts.isExportDeclaration(node)) return this.exportDeclaration(node);
    if (ts.isTypeAliasDeclaration(node)) return this.typeAlias(node);
    if (ts.isInterfaceDeclaration(node)) return this.interfaceDeclaration(node);
    if (ts.isFunctionDeclaration(node)) return this.functionDeclaration(node);
    if (ts.isClassDeclaration(node)) return this.classDeclaration(node);
    if (ts.isVariableStatement(node)) return this.variableStatement(node);
    if (ts.isExpressionStatement(node)) {
      const e = node.expression;
      if (ts.isBinaryExpression(e) && e.operatorToken.kind === K.EqualsToken) {
        this.noComments(e.operatorToken);
        this.noComments(e.right);
        // `a.b = c;` on one line; broken, Prettier's assignment layouts apply.
        return [this.flatly(() => [this.expression(e.left), " = ", this.expression(e.right)]), ";"];
      }
      return [this.expression(e), ";"];
    }
    if (ts.isReturnStatement(node)) return this.returnStatement(node);
    if (ts.isForOfStatement(node)) return this.forOf(node);
    if (ts.isIfStatement(node)) return this.ifStatement(node);
    if (ts.isTryStatement(node)) return this.tryStatement(node);
    return unsupported();
  }

  /** A part printed on one line, or left to Prettier when it does not fit there. */
  private flatly(build: () => Doc): Doc {
    this.flat++;
    try {
      return flatOnly(build());
    } finally {
      this.flat--;
    }
  }

  private modifiers(node: ts.HasModifiers, allowed: ts.SyntaxKind[]): Doc {
    const mods = ts.getModifiers(node) ?? [];
    if (mods.some((m) => !allowed.includes(m.kind))) unsupported();
    // Prettier's order: accessibility, static, readonly, async; export first on declarations.
    const order = [K.ExportKeyword, K.PrivateKeyword, K.ProtectedKeyword, K.PublicKeyword, K.ReadonlyKeyword];
    const kinds = mods.map((m) => m.kind);
    if (kinds.some((k, i) => i > 0 && order.indexOf(k) <= order.indexOf(kinds[i - 1]!))) unsupported();
    return mods.map((m) => `${ts.tokenToString(m.kind)} `);
  }

  private importDeclaration(node: ts.ImportDeclaration): Doc {
    if (node.attributes || !ts.isStringLiteral(node.moduleSpecifier)) return unsupported();
    const source = this.string(node.moduleSpecifier);
    const clause = node.importClause;
    if (!clause) return ["import ", source, ";"];
    if (clause.name || !clause.namedBindings || !ts.isNamedImports(clause.namedBindings)) return unsupported();
    const specifiers = clause.namedBindings.elements.map((s) => this.specifier(s));
    return group(["import ", clause.isTypeOnly ? "type " : "", this.specifiers(specifiers), " from ", source, ";"]);
  }

  private exportDeclaration(node: ts.ExportDeclaration): Doc {
    if (node.attributes || !node.moduleSpecifier || !ts.isStringLiteral(node.moduleSpecifier)) return unsupported();
    const source = this.string(node.moduleSpecifier);
    const type = node.isTypeOnly ? "type " : "";
    if (!node.exportClause) return ["export ", type, "* from ", source, ";"];
    if (!ts.isNamedExports(node.exportClause)) return unsupported();
    const specifiers = node.exportClause.elements.map((s) => this.specifier(s));
    return group(["export ", type, this.specifiers(specifiers), " from ", source, ";"]);
  }

  private specifier(node: ts.ImportSpecifier | ts.ExportSpecifier): Doc {
    this.noComments(node);
    const type = node.isTypeOnly ? "type " : "";
    if (!ts.isIdentifier(node.name) || (node.propertyName && !ts.isIdentifier(node.propertyName))) unsupported();
    return node.propertyName ? [type, node.propertyName.text, " as ", node.name.text] : [type, node.name.text];
  }

  /** `{ a, b }`, broken one per line when long; a lone specifier never breaks. */
  private specifiers(specifiers: Doc[]): Doc {
    if (specifiers.length === 0) return "{}";
    if (specifiers.length === 1) return ["{ ", specifiers[0]!, " }"];
    return ["{", indent([line, join([",", line], specifiers)]), ifBreak(","), line, "}"];
  }

  private typeAlias(node: ts.TypeAliasDeclaration): Doc {
    if (node.typeParameters) return unsupported();
    const left = [this.modifiers(node, [K.ExportKeyword]), "type ", node.name.text];
    return [this.assignment(left, " =", node.type), ";"];
  }

  private interfaceDeclaration(node: ts.InterfaceDeclaration): Doc {
    if (node.typeParameters) return unsupported();
    const parts: Doc[] = [this.modifiers(node, [K.ExportKeyword]), "interface ", node.name.text];
    const heritage = node.heritageClauses ?? [];
    if (heritage.length > 1) unsupported();
    if (heritage[0]) {
      const types = heritage[0].types.map((t) => this.expressionWithTypeArguments(t));
      parts.push(flatOnly(indent([line, "extends ", join([",", line], types)])));
    }
    return group([...parts, " ", this.members(node, node.members, ";", true)]);
  }

  private functionDeclaration(node: ts.FunctionDeclaration): Doc {
    if (!node.name || !node.body || node.typeParameters || node.asteriskToken) return unsupported();
    return [
      this.modifiers(node, [K.ExportKeyword, K.AsyncKeyword]),
      "function ",
      node.name.text,
      this.signature(node),
      " ",
      this.block(node.body, true),
    ];
  }

  /** Parameters and return type (Prettier's function signature group). */
  private signature(node: ts.SignatureDeclarationBase): Doc {
    if (node.typeParameters) unsupported();
    const params = node.parameters;
    const returnType = node.type ? [": ", this.type(node.type)] : "";
    if (params.length === 1 && this.hugsOnlyParameter(params[0]!)) unsupported();
    const printed = params.map((p) => this.parameter(p));
    const doc: Doc =
      params.length === 0
        ? "()"
        : [
            "(",
            indent([softline, join([",", line], printed)]),
            ifBreak(params.at(-1)!.dotDotDotToken ? "" : ","),
            softline,
            ")",
          ];
    const hasProperty = params.some((p) => ts.getModifiers(p)?.length);
    const groupParams =
      params.length === 1 && node.type !== undefined && (isObjectType(node.type) || willBreak(returnType));
    const paramsDoc =
      params.length > 1 && hasProperty ? group(doc, { shouldBreak: true }) : groupParams ? group(doc) : doc;
    return group([paramsDoc, returnType]);
  }

  private hugsOnlyParameter(p: ts.ParameterDeclaration): boolean {
    if (!ts.isIdentifier(p.name)) return true;
    return p.type !== undefined && isObjectType(p.type) && !ts.getModifiers(p)?.length && !p.initializer;
  }

  private parameter(node: ts.ParameterDeclaration): Doc {
    this.noComments(node);
    if (!ts.isIdentifier(node.name)) unsupported();
    const mods = this.modifiers(node, [K.PrivateKeyword, K.ProtectedKeyword, K.PublicKeyword, K.ReadonlyKeyword]);
    const left = [
      mods,
      node.dotDotDotToken ? "..." : "",
      node.name.text,
      node.questionToken ? "?" : "",
      node.type ? [": ", this.type(node.type)] : "",
    ];
    return node.initializer ? [left, " = ", this.expression(node.initializer)] : left;
  }

  /** A block; an empty one is `{}` as a function's or catch's body (`functionBody`), else Prettier opens it. */
  private block(node: ts.Block, functionBody = false): Doc {
    if (node.statements.length === 0) {
      const inside = this.text.slice(firstTokenStart(this.text, node.pos) + 1, node.end - 1).trim();
      if (inside === "") return functionBody ? "{}" : ["{", hardline, "}"];
      // One comment alone in the block goes on its own line (`{ /* … */ }`).
      if (!/^(\/\*(?:(?!\*\/)[^\n])*\*\/|\/\/[^\n]*)$/.test(inside)) unsupported();
      this.comments++;
      return ["{", indent([hardline, inside]), hardline, "}"];
    }
    return ["{", indent([hardline, this.statements(node.statements)]), hardline, "}"];
  }

  private returnStatement(node: ts.ReturnStatement): Doc {
    if (!node.expression) return "return;";
    if (ts.isBinaryExpression(node.expression) || ts.getLeadingCommentRanges(this.text, node.expression.pos))
      return unsupported();
    return ["return ", this.expression(node.expression), ";"];
  }

  /** `if (test) statement` on one line, or `if (test) { … }`; an `else` is left to Prettier. */
  private ifStatement(node: ts.IfStatement): Doc {
    if (node.elseStatement) return unsupported();
    const test = () => this.expression(node.expression);
    if (ts.isBlock(node.thenStatement)) return ["if (", this.flatly(test), ") ", this.block(node.thenStatement)];
    this.noComments(node.thenStatement);
    return this.flatly(() => ["if (", test(), ") ", this.statement(node.thenStatement)]);
  }

  private tryStatement(node: ts.TryStatement): Doc {
    const clause = node.catchClause;
    if (node.finallyBlock || !clause) return unsupported();
    const binding = clause.variableDeclaration;
    if (binding && (!ts.isIdentifier(binding.name) || binding.type || binding.initializer)) return unsupported();
    this.noComments(clause);
    const name = binding ? `(${(binding.name as ts.Identifier).text}) ` : "";
    return ["try ", this.block(node.tryBlock), " catch ", name, this.block(clause.block, true)];
  }

  private forOf(node: ts.ForOfStatement): Doc {
    const init = node.initializer;
    if (!ts.isVariableDeclarationList(init) || init.declarations.length !== 1) return unsupported();
    const declaration = init.declarations[0]!;
    const name = declaration.name;
    if (declaration.initializer || declaration.type || !ts.isIdentifier(name)) return unsupported();
    const kind = init.flags & ts.NodeFlags.Const ? "const" : init.flags & ts.NodeFlags.Let ? "let" : "var";
    const body = node.statement;
    const clause = ts.isBlock(body) ? [" ", this.block(body)] : indent([line, this.statement(body)]);
    if (!ts.isBlock(body)) this.noComments(body);
    return group([
      "for",
      node.awaitModifier ? " await" : "",
      " (",
      kind,
      " ",
      name.text,
      " of ",
      this.expression(node.expression),
      ")",
      clause,
    ]);
  }

  private variableStatement(node: ts.VariableStatement): Doc {
    const list = node.declarationList;
    if (list.declarations.length !== 1) return unsupported();
    const kind = list.flags & ts.NodeFlags.Const ? "const" : list.flags & ts.NodeFlags.Let ? "let" : "var";
    const d = list.declarations[0]!;
    if (!ts.isIdentifier(d.name) || d.exclamationToken) return unsupported();
    const typeArgs = d.type && ts.isTypeReferenceNode(d.type) ? d.type.typeArguments : undefined;
    const complexType =
      typeArgs !== undefined &&
      typeArgs.length > 1 &&
      typeArgs.some((t) => (ts.isTypeReferenceNode(t) && t.typeArguments?.length) || ts.isConditionalTypeNode(t));
    const left: Doc = [d.name.text, d.type ? [": ", this.type(d.type)] : ""];
    const declarator = d.initializer
      ? this.assignment(left, " =", d.initializer, complexType ? "break-lhs" : undefined)
      : left;
    return group([this.modifiers(node, [K.ExportKeyword]), kind, " ", declarator, ";"]);
  }

  private classDeclaration(node: ts.ClassDeclaration): Doc {
    if (!node.name || node.typeParameters) return unsupported();
    const parts: Doc[] = [this.modifiers(node, [K.ExportKeyword]), "class ", node.name.text];
    const heritage = node.heritageClauses ?? [];
    if (heritage.length > 1 || heritage.some((h) => h.token !== K.ExtendsKeyword || h.types.length !== 1))
      unsupported();
    if (heritage[0])
      parts.push(flatOnly(indent([line, "extends ", this.expressionWithTypeArguments(heritage[0].types[0]!)])));
    const members = node.members;
    const body: Doc =
      members.length === 0
        ? "{}"
        : [
            "{",
            indent([
              hardline,
              members.map((m, i) => [
                this.withComments(m, this.classMember(m)),
                i < members.length - 1 ? [hardline, this.nextLineEmpty(m.end) ? hardline : ""] : "",
              ]),
            ]),
            hardline,
            "}",
          ];
    return [...parts, " ", body];
  }

  private classMember(node: ts.ClassElement): Doc {
    if (ts.isPropertyDeclaration(node)) {
      if (!ts.isIdentifier(node.name) || node.exclamationToken) return unsupported();
      const mods = this.modifiers(node, [K.PrivateKeyword, K.ProtectedKeyword, K.PublicKeyword, K.ReadonlyKeyword]);
      const left = [mods, node.name.text, node.questionToken ? "?" : "", node.type ? [": ", this.type(node.type)] : ""];
      return [node.initializer ? this.assignment(left, " =", node.initializer) : left, ";"];
    }
    if (ts.isConstructorDeclaration(node) || ts.isMethodDeclaration(node)) {
      if (!node.body || (ts.isMethodDeclaration(node) && (node.asteriskToken || node.questionToken))) unsupported();
      const mods = this.modifiers(node, [K.PrivateKeyword, K.ProtectedKeyword, K.PublicKeyword, K.AsyncKeyword]);
      const name = ts.isConstructorDeclaration(node) ? "constructor" : this.simpleName(node.name);
      return [mods, name, this.signature(node), " ", this.block(node.body!, true)];
    }
    return unsupported();
  }

  private simpleName(name: ts.PropertyName): string {
    return ts.isIdentifier(name) ? name.text : unsupported();
  }

  private expressionWithTypeArguments(node: ts.ExpressionWithTypeArguments): Doc {
    return [this.expression(node.expression), this.typeArguments(node.typeArguments)];
  }

  // ---- comments and blank lines ----

  /** A node with the comments before it (each on its own line, or `/* … *\/ ` inline) and, at the end of a
   * statement, a `// …` comment after it on its line. */
  private withComments(node: ts.Node, printed: Doc, trailing = false): Doc {
    const leading = ts.getLeadingCommentRanges(this.text, node.pos) ?? [];
    const parts: Doc[] = leading.map((c) => this.leadingComment(c));
    parts.push(printed);
    if (trailing) {
      for (const c of ts.getTrailingCommentRanges(this.text, node.end) ?? []) {
        if (c.kind !== K.SingleLineCommentTrivia) unsupported();
        this.comments++;
        parts.push(lineSuffix([" ", this.text.slice(c.pos, c.end).trimEnd()]), breakParent);
      }
    }
    return parts;
  }

  private leadingComment(c: ts.CommentRange): Doc {
    this.comments++;
    const raw = this.text.slice(c.pos, c.end);
    const after = this.text.slice(c.end).match(/^[ \t]*(\r?\n)?/)!;
    const blankAfter = after[1] !== undefined && /^[ \t]*\r?\n/.test(this.text.slice(c.end + after[0].length));
    if (c.kind === K.SingleLineCommentTrivia) return [raw.trimEnd(), hardline, blankAfter ? hardline : ""];
    // Followed by a line break, the comment keeps its own line, even after another comment on its line (as Prettier).
    return [this.blockComment(raw), after[1] !== undefined ? hardline : " ", blankAfter ? hardline : ""];
  }

  /**
   * A block comment whose lines all start with `*` (JSDoc) is re-indented, as Prettier does; in a `/**` comment, a
   * line ending in two spaces (a Markdown line break) keeps them. Other block comments are kept as they are.
   */
  private blockComment(raw: string): Doc {
    const value = raw.slice(2, -2);
    if (!value.includes("\n")) return raw;
    const lines = `*${value}*`.split("\n").map((l) => l.trimStart());
    if (!lines.every((l) => l.startsWith("*"))) return unsupported();
    const jsDoc = value[0] === "*" && value[1] !== "*";
    return [
      "/",
      lines.map((l, i) => {
        if (i === 0) return [l.trimEnd(), hardline];
        if (i === lines.length - 1) return [" ", l];
        const trimmed = l.trimEnd();
        return jsDoc && trimmed !== "*" && l.endsWith("  ")
          ? [" ", trimmed, "  ", hardlineKeepingSpaces]
          : [" ", trimmed, hardline];
      }),
      "/",
    ];
  }

  private noComments(node: ts.Node): void {
    if (ts.getLeadingCommentRanges(this.text, node.pos)?.length) unsupported();
  }

  /** Prettier's `isNextLineEmpty`: after the node's line, an empty line. */
  private nextLineEmpty(end: number): boolean {
    const rest = this.text.slice(end, end + 400);
    return /^[,; \t]*(\/\/[^\n]*)?\r?\n[ \t]*\r?\n/.test(rest);
  }

  // ---- members of interfaces, type literals and object literals ----

  /** Prettier's object printing: `{ a; b }` or one member per line; `expanded` when it must break. */
  private members(node: ts.Node, members: readonly Member[], separator: string, expanded: boolean): Doc {
    if (members.length === 0) {
      if (/\/[/*]/.test(this.text.slice(this.text.lastIndexOf("{", node.end), node.end))) unsupported();
      return "{}";
    }
    const parts = members.map((m, i) => [
      group(this.withComments(m, this.member(m))),
      i < members.length - 1 ? [separator, line, this.nextLineEmpty(m.end) ? softline : ""] : "",
    ]);
    return group(["{", indent([line, parts]), this.trailing(separator), line, "}"], { shouldBreak: expanded });
  }

  private member(node: Member): Doc {
    if (ts.isPropertySignature(node)) {
      if (!node.type) return unsupported();
      const mods = this.modifiers(node, [K.ReadonlyKeyword]);
      return [mods, this.key(node.name), node.questionToken ? "?" : "", ": ", this.type(node.type)];
    }
    if (ts.isMethodSignature(node)) {
      return [this.key(node.name), node.questionToken ? "?" : "", this.signature(node)];
    }
    if (ts.isIndexSignatureDeclaration(node)) {
      const [p] = node.parameters;
      if (node.parameters.length !== 1 || !p!.type || !ts.isIdentifier(p!.name) || ts.getModifiers(node)?.length)
        return unsupported();
      return ["[", p!.name.text, ": ", this.type(p!.type), "]: ", this.type(node.type)];
    }
    if (ts.isPropertyAssignment(node)) {
      return this.assignment(this.key(node.name), ":", node.initializer, undefined, true);
    }
    if (ts.isShorthandPropertyAssignment(node)) {
      if (node.objectAssignmentInitializer) unsupported();
      return node.name.text;
    }
    if (ts.isSpreadAssignment(node)) return ["...", this.expression(node.expression)];
    return unsupported();
  }

  /** A property name: quotes dropped where not needed (Prettier's quoteProps "as-needed"). */
  private key(name: ts.PropertyName): string {
    if (this.json) return ts.isStringLiteral(name) ? this.string(name) : unsupported();
    if (ts.isIdentifier(name)) return name.text;
    if (ts.isStringLiteral(name)) {
      const raw = this.string(name);
      if (/[^\x00-\x7f]/.test(name.text)) unsupported(); // Prettier's identifier test knows Unicode letters
      return /^[A-Za-z_$][\w$]*$/.test(name.text) ? name.text : raw;
    }
    return unsupported();
  }

  /**
   * Prettier's `printAssignment` with its choice of layout (`chooseLayout`), for a right side printed here:
   * `fluid` unless a short key, a literal or a string decide otherwise.
   */
  private assignment(left: Doc, operator: string, right: ts.Node, layout?: string, property = false): Doc {
    // A `/* … */` comment on the same line before the right side (`/* @__PURE__ */ call()`) stays before it.
    // (TypeScript calls a comment on the line of the token before it "trailing".)
    const comments = [
      ...(ts.getTrailingCommentRanges(this.text, right.pos) ?? []),
      ...(ts.getLeadingCommentRanges(this.text, right.pos) ?? []),
    ];
    if (comments.some((c) => c.kind !== K.MultiLineCommentTrivia || /\n/.test(this.text.slice(c.pos, c.end + 1))))
      unsupported();
    this.comments += comments.length;
    const union = ts.isUnionTypeNode(right) && !hugsUnion(right);
    const printedRight = union
      ? this.union(right, undefined, true)
      : ts.isTypeNode(right)
        ? this.type(right)
        : this.expression(right as ts.Expression);
    const rightDoc = [...comments.map((c) => [this.text.slice(c.pos, c.end), " "]), printedRight];
    const shortKey = property && typeof left === "string" && left.length < 5;
    // Prettier never puts a JSON value on a line of its own.
    let chosen = union ? "break-after-operator" : this.json ? "never-break-after-operator" : layout;
    if (!chosen) {
      if (this.breaksAfterOperator(right, shortKey)) chosen = "break-after-operator";
      else if (
        !canBreak(left) &&
        (shortKey ||
          right.kind === K.TrueKeyword ||
          right.kind === K.FalseKeyword ||
          ts.isNumericLiteral(right) ||
          ts.isClassExpression(right))
      )
        chosen = "never-break-after-operator";
      else chosen = "fluid";
    }
    switch (chosen) {
      case "break-after-operator":
        return group([group(left), operator, group(indent([line, rightDoc]))]);
      case "never-break-after-operator":
        return group([group(left), operator, " ", rightDoc]);
      case "break-lhs":
        return group([left, operator, " ", group(rightDoc)]);
      default: {
        const id = Symbol("assignment");
        return group([group(left), operator, group(indent(line), { id }), indentIfBreak(rightDoc, id)]);
      }
    }
  }

  private breaksAfterOperator(right: ts.Node, shortKey: boolean): boolean {
    if (ts.isBinaryExpression(right) || ts.isConditionalExpression(right) || ts.isConditionalTypeNode(right))
      return unsupported();
    if (shortKey) return false;
    let node = right;
    while (ts.isAwaitExpression(node) || ts.isPrefixUnaryExpression(node) || ts.isNonNullExpression(node))
      node = ts.isNonNullExpression(node)
        ? node.expression
        : ((node as ts.AwaitExpression).expression ?? unsupported());
    return ts.isStringLiteral(node) || this.poorlyBreakableChain(node, false);
  }

  /** Prettier's `isPoorlyBreakableMemberOrCallChain`: `a.b.c` or calls without (or with one short) argument. */
  private poorlyBreakableChain(node: ts.Node, deep: boolean): boolean {
    if (ts.isCallExpression(node)) {
      const args = node.arguments;
      const poor = args.length === 0 || (args.length === 1 && this.loneShortArgument(args[0]!));
      if (!poor) return false;
      const typeArgs = node.typeArguments;
      if (typeArgs && (typeArgs.length > 1 || (typeArgs.length === 1 && isComplexTypeArgument(typeArgs[0]!))))
        return false;
      return this.poorlyBreakableChain(node.expression, true);
    }
    if (ts.isPropertyAccessExpression(node)) return this.poorlyBreakableChain(node.expression, true);
    return deep && (ts.isIdentifier(node) || node.kind === K.ThisKeyword);
  }

  private loneShortArgument(arg: ts.Expression): boolean {
    const threshold = PRINT_WIDTH * 0.25;
    if (arg.kind === K.ThisKeyword) return true;
    if (ts.isIdentifier(arg)) return arg.text.length <= threshold;
    if (ts.isStringLiteral(arg)) return this.string(arg).length <= threshold;
    if (ts.isNumericLiteral(arg) || arg.kind === K.TrueKeyword || arg.kind === K.FalseKeyword) return true;
    if (arg.kind === K.NullKeyword) return true;
    if (ts.isObjectLiteralExpression(arg) && arg.properties.length > 0) return false;
    if (ts.isArrayLiteralExpression(arg) && arg.elements.length > 0) return false;
    // `f()`: a call of a short name without arguments.
    if (ts.isCallExpression(arg) && arg.arguments.length === 0 && ts.isIdentifier(arg.expression))
      return arg.expression.text.length <= threshold - 2;
    if (ts.isCallExpression(arg) || ts.isNewExpression(arg) || ts.isPropertyAccessExpression(arg)) return false;
    return unsupported();
  }

  // ---- expressions ----

  expression(node: ts.Expression): Doc {
    switch (node.kind) {
      case K.Identifier:
        return (node as ts.Identifier).text;
      case K.ThisKeyword:
        return "this";
      case K.TrueKeyword:
        return "true";
      case K.FalseKeyword:
        return "false";
      case K.NullKeyword:
        return "null";
      case K.StringLiteral:
        return this.string(node as ts.StringLiteral);
      case K.NumericLiteral:
        return this.number(node as ts.NumericLiteral);
      case K.PrefixUnaryExpression: {
        const unary = node as ts.PrefixUnaryExpression;
        if (unary.operator !== K.MinusToken || !ts.isNumericLiteral(unary.operand)) return unsupported();
        return ["-", this.number(unary.operand)];
      }
      case K.PropertyAccessExpression:
        return this.propertyAccess(node as ts.PropertyAccessExpression);
      case K.CallExpression:
      case K.NewExpression:
        return this.call(node as ts.CallExpression | ts.NewExpression);
      case K.AwaitExpression:
        return ["await ", this.expression((node as ts.AwaitExpression).expression)];
      case K.ObjectLiteralExpression: {
        const object = node as ts.ObjectLiteralExpression;
        return this.members(object, object.properties, ",", this.newlineAfterBrace(object.pos, object.properties[0]));
      }
      case K.ArrayLiteralExpression:
        return this.array(node as ts.ArrayLiteralExpression);
      case K.SuperKeyword:
        return "super";
      case K.ImportKeyword:
        return this.flat ? "import" : unsupported();
      case K.ArrowFunction:
        return this.arrow(node as ts.ArrowFunction);
      case K.BinaryExpression:
        return this.binary(node as ts.BinaryExpression);
      default:
        return unsupported();
    }
  }

  /** `(a, b) => expression`, on one line only: broken, Prettier's arrow chains and last-argument hugging apply. */
  private arrow(node: ts.ArrowFunction): Doc {
    if (!this.flat || node.typeParameters || node.type || ts.getModifiers(node)?.length || ts.isBlock(node.body))
      return unsupported();
    const names = node.parameters.map((p) => {
      this.noComments(p);
      if (!ts.isIdentifier(p.name) || p.type || p.initializer || p.dotDotDotToken || p.questionToken) unsupported();
      return p.name.text;
    });
    this.noComments(node.body);
    return ["(", names.join(", "), ") => ", this.expression(node.body)];
  }

  /** `a instanceof B`, `a === b`: one operator, on one line only (mixed operators get Prettier's parentheses). */
  private binary(node: ts.BinaryExpression): Doc {
    const operator = ts.tokenToString(node.operatorToken.kind);
    if (!this.flat || !operator || !BINARY_OPERATORS.has(operator)) return unsupported();
    if (ts.isBinaryExpression(node.left) || ts.isBinaryExpression(node.right)) return unsupported();
    this.noComments(node.operatorToken);
    this.noComments(node.right);
    return [this.expression(node.left), " ", operator, " ", this.expression(node.right)];
  }

  /** Prettier keeps an object expanded when its first member starts on a later line than its `{`. */
  private newlineAfterBrace(pos: number, first: ts.Node | undefined): boolean {
    if (!first) return false;
    const brace = this.text.indexOf("{", pos);
    return this.text.slice(brace, firstTokenStart(this.text, first.pos)).includes("\n");
  }

  private propertyAccess(node: ts.PropertyAccessExpression): Doc {
    if (node.questionDotToken || !ts.isIdentifier(node.name)) return unsupported();
    const object = node.expression;
    // A member of a call (`import(…).then`, `a.list(…).pages`): a chain of two calls, on one line only (see `call`).
    const callMember = this.flat > 0 && ts.isCallExpression(object) && isNamesOrPlain(object.expression);
    if (
      !ts.isIdentifier(object) &&
      object.kind !== K.ThisKeyword &&
      !ts.isPropertyAccessExpression(object) &&
      !callMember
    )
      return unsupported();
    this.noComments(node.name);
    return [this.expression(object), ".", node.name.text];
  }

  /** Prettier's call printing: callee, type arguments, then the arguments (the last one hugged when it can be). */
  private call(node: ts.CallExpression | ts.NewExpression): Doc {
    const callee = node.expression;
    const isNew = ts.isNewExpression(node);
    if (!node.arguments) return unsupported();
    if (ts.isCallExpression(node) && node.questionDotToken) return unsupported();
    if (ts.isIdentifier(callee) && ["require", "define", "it", "test", "describe", "beforeEach"].includes(callee.text))
      return unsupported();
    // Two calls in a chain: broken, Prettier's member-chain layout applies.
    if (!this.flat && ts.isPropertyAccessExpression(callee) && ts.isCallExpression(callee.expression))
      return this.flatly(() => this.call(node));
    const plain = isPlainCallee(callee) && !(isNew && callee.kind !== K.Identifier);
    if (!plain && !(ts.isPropertyAccessExpression(callee) && !isNew)) return unsupported();
    const printed: Doc = [
      isNew ? "new " : "",
      this.expression(callee),
      this.typeArguments(node.typeArguments),
      this.arguments(node.arguments),
    ];
    // A call on a member (`a.b.c(…)`) is a member chain of two groups, which Prettier prints as one group.
    return ts.isPropertyAccessExpression(callee) ? group(printed) : printed;
  }

  private arguments(args: readonly ts.Expression[]): Doc {
    if (args.length === 0) return "()";
    if (args.some((a) => ts.isFunctionExpression(a))) return unsupported();
    for (const a of args.slice(0, -1)) if (this.nextLineEmpty(a.end)) unsupported();
    const isFunction = (a: ts.Expression) => ts.isArrowFunction(a) || ts.isFunctionExpression(a);
    const functions = args.filter(isFunction).length;
    // Prettier breaks every argument of a composition: two functions, or a call given a function.
    const composition = args.some(
      (a) => (ts.isCallExpression(a) || ts.isNewExpression(a)) && a.arguments?.some(isFunction),
    );
    if (args.length > 1 && (functions > 1 || composition)) return unsupported();
    if (functions === 1)
      return this.flatly(() => [
        "(",
        join(
          ", ",
          args.map((a) => {
            this.noComments(a);
            return this.expression(a);
          }),
        ),
        ")",
      ]);
    const printedArgs = args.map((a) => {
      this.noComments(a);
      return this.expression(a);
    });
    const printed = printedArgs.map((doc, i) => (i < args.length - 1 ? [doc, ",", line] : doc));
    const allBroken = () => group(["(", indent([line, ...printed]), ",", line, ")"], { shouldBreak: true });
    const last = args.at(-1)!;
    const penultimate = args.at(-2);
    const couldExpand =
      (ts.isObjectLiteralExpression(last) && last.properties.length > 0) ||
      (ts.isArrayLiteralExpression(last) && last.elements.length > 0);
    const concise = args.length > 1 && ts.isArrayLiteralExpression(last) && isConciselyPrinted(last);
    if (couldExpand && (!penultimate || penultimate.kind !== last.kind) && !concise) {
      const head = printed.slice(0, -1);
      if (head.some(willBreak)) return allBroken();
      const lastDoc = printedArgs.at(-1)!;
      if (willBreak(lastDoc))
        return [
          breakParent,
          conditionalGroup([["(", ...head, group(lastDoc, { shouldBreak: true }), ")"], allBroken()]),
        ];
      return conditionalGroup([
        ["(", ...head, lastDoc, ")"],
        ["(", ...head, group(lastDoc, { shouldBreak: true }), ")"],
        allBroken(),
      ]);
    }
    return group(["(", indent([softline, ...printed]), ifBreak(","), softline, ")"], {
      shouldBreak: printed.some(willBreak),
    });
  }

  private array(node: ts.ArrayLiteralExpression): Doc {
    const elements = node.elements;
    if (elements.length === 0) {
      if (/\/[/*]/.test(this.text.slice(this.text.lastIndexOf("[", node.end), node.end))) unsupported();
      return "[]";
    }
    const items = elements.map((e) => {
      if (ts.isSpreadElement(e) || ts.isOmittedExpression(e)) unsupported();
      this.noComments(e);
      return this.expression(e);
    });
    for (const e of elements.slice(0, -1)) if (this.nextLineEmpty(e.end)) unsupported();
    // Numbers are filled line by line when they break (Prettier's `fill`): on one line only here.
    if (isConciselyPrinted(node)) return this.flatly(() => ["[", join(", ", items), "]"]);
    const size = (e: ts.Expression) =>
      ts.isObjectLiteralExpression(e) ? e.properties.length : ts.isArrayLiteralExpression(e) ? e.elements.length : 0;
    const shouldBreak =
      elements.length > 1 &&
      elements.every(
        (e, i) =>
          (ts.isObjectLiteralExpression(e) || ts.isArrayLiteralExpression(e)) &&
          size(e) > 1 &&
          (i === elements.length - 1 || elements[i + 1]!.kind === e.kind),
      );
    return group(["[", indent([softline, join([",", line], items), this.trailing(",")]), softline, "]"], {
      shouldBreak,
    });
  }

  private number(node: ts.NumericLiteral): string {
    const raw = this.text.slice(firstTokenStart(this.text, node.pos), node.end);
    return /^(0|[1-9]\d*)(\.\d*[1-9])?$/.test(raw) ? raw : unsupported();
  }

  /**
   * A string literal as Prettier prints it: in double quotes unless the text holds more `"` than `'`; moved to the other
   * quote, the chosen quote escaped and the other one not; any other escape is kept as written.
   */
  string(node: ts.StringLiteral): string {
    const raw = this.text.slice(firstTokenStart(this.text, node.pos), node.end);
    // Prettier's json printer puts a single-quoted string (JSON5) in double quotes.
    if (this.json) return raw.startsWith('"') ? raw : unsupported();
    const body = raw.slice(1, -1);
    if (body.includes("\n")) return unsupported(); // a line continuation
    const count = (quote: string) => body.split(quote).length - 1;
    const quote = count('"') > count("'") ? "'" : '"';
    // A string already in the quote Prettier chooses is kept as written, needless escapes (`"a\'b"`) included.
    if (raw.startsWith(quote)) return raw;
    const escaped = body.replace(/\\(.)|(["'])/g, (_, escape: string | undefined, bare: string | undefined) => {
      if (bare !== undefined) return bare === quote ? `\\${bare}` : bare;
      if (escape === quote) return `\\${escape}`;
      return escape === "'" || escape === '"' ? escape : `\\${escape}`;
    });
    return `${quote}${escaped}${quote}`;
  }

  // ---- types ----

  type(node: ts.TypeNode, parent?: ts.Node | "type-arguments"): Doc {
    switch (node.kind) {
      case K.StringKeyword:
      case K.NumberKeyword:
      case K.BooleanKeyword:
      case K.UnknownKeyword:
      case K.AnyKeyword:
      case K.NeverKeyword:
      case K.UndefinedKeyword:
      case K.VoidKeyword:
      case K.ObjectKeyword:
      case K.BigIntKeyword:
      case K.SymbolKeyword:
        return ts.tokenToString(node.kind)!;
      case K.LiteralType: {
        const literal = (node as ts.LiteralTypeNode).literal;
        if (literal.kind === K.NullKeyword) return "null";
        if (literal.kind === K.TrueKeyword) return "true";
        if (literal.kind === K.FalseKeyword) return "false";
        return this.expression(literal as ts.Expression);
      }
      case K.TypeReference: {
        const ref = node as ts.TypeReferenceNode;
        if (!ts.isIdentifier(ref.typeName)) return unsupported();
        return [ref.typeName.text, this.typeArguments(ref.typeArguments)];
      }
      case K.ArrayType: {
        const element = (node as ts.ArrayTypeNode).elementType;
        return [this.type(element, node), "[]"];
      }
      case K.TypeLiteral: {
        const literal = node as ts.TypeLiteralNode;
        return this.members(literal, literal.members, ";", this.newlineAfterBrace(literal.pos, literal.members[0]));
      }
      case K.UnionType:
        return this.union(node as ts.UnionTypeNode, parent);
      case K.IntersectionType:
        return this.intersection(node as ts.IntersectionTypeNode);
      case K.ParenthesizedType: {
        // Kept where Prettier keeps them: a union in an intersection or an array, an intersection in a union or array.
        const inner = (node as ts.ParenthesizedTypeNode).type;
        const outer = parent === undefined || parent === "type-arguments" ? undefined : parent;
        const inArray = outer !== undefined && ts.isArrayTypeNode(outer);
        if (ts.isUnionTypeNode(inner) && outer && (inArray || ts.isIntersectionTypeNode(outer)) && !hugsUnion(inner))
          return ["(", this.type(inner, node), ")"];
        if (ts.isIntersectionTypeNode(inner) && outer && ts.isUnionTypeNode(outer))
          return ["(", this.type(inner, node), ")"];
        if (!inArray || !ts.isIntersectionTypeNode(inner)) return unsupported();
        return ["(", flatOnly(this.type(inner, node)), ")"];
      }
      case K.TupleType: {
        const elements = (node as ts.TupleTypeNode).elements;
        if (elements.length === 0) return "[]";
        const items = elements.map((e) => (ts.isRestTypeNode(e) ? ["...", this.type(e.type, e)] : this.type(e, node)));
        return flatOnly(["[", join(", ", items), "]"]);
      }
      default:
        return unsupported();
    }
  }

  /** Prettier's `printTypeParameters` for type arguments: inline when one simple or object type, else a group. */
  private typeArguments(args: ts.NodeArray<ts.TypeNode> | undefined): Doc {
    if (!args) return "";
    if (args.length === 0) return unsupported(); // `A<>`: a syntax error to Prettier
    const printed = args.map((a) => this.type(a, "type-arguments"));
    if (args.length === 1 && (isSimpleTypeArgument(args[0]!) || isObjectType(args[0]!) || hugsUnion(args[0]!)))
      return ["<", printed[0]!, ">"];
    return group(["<", indent([softline, join([",", line], printed)]), softline, ">"]);
  }

  /**
   * Prettier's union printing: `A | B`, or one member per line after `| `; on a line of its own (indented) after a
   * property's colon, in parentheses where it needs them.
   */
  private union(node: ts.UnionTypeNode, parent: ts.Node | "type-arguments" | undefined, afterOperator = false): Doc {
    if (hugsUnion(node))
      return join(
        " | ",
        node.types.map((t) => this.type(t, node)),
      );
    for (const t of node.types) this.noComments(t);
    const lines = group(
      node.types.map((t, i) => [i === 0 ? ifBreak("| ") : [line, "| "], align(2, this.type(t, node))]),
    );
    if (parent !== undefined && parent !== "type-arguments" && ts.isParenthesizedTypeNode(parent))
      return group([indent([softline, lines]), softline]);
    if (parent !== undefined && parent !== "type-arguments" && ts.isTupleTypeNode(parent)) return unsupported();
    return afterOperator || parent === "type-arguments" ? lines : group(indent([softline, lines]));
  }

  private intersection(node: ts.IntersectionTypeNode): Doc {
    const types = node.types.map((t) => this.type(t, node));
    const result: Doc[] = [];
    let wasIndented = false;
    node.types.forEach((t, i) => {
      const previous = node.types[i - 1];
      if (i === 0) result.push(types[0]!);
      else if (!isObjectType(previous!) && !isObjectType(t)) result.push(indent([" &", line, types[i]!]));
      else if (isObjectType(previous!) && isObjectType(t))
        result.push([" & ", wasIndented ? indent(types[i]!) : types[i]!]);
      else {
        if (i > 1) wasIndented = true;
        result.push(" & ", i > 1 ? indent(types[i]!) : types[i]!);
      }
    });
    return group(result);
  }
}

/** Where the first token at or after `pos` starts (past whitespace and comments). */
function firstTokenStart(text: string, pos: number): number {
  return (ts as unknown as { skipTrivia(text: string, pos: number): number }).skipTrivia(text, pos);
}

/** TSTypeLiteral (and mapped types): what Prettier calls an object type. */
function isObjectType(node: ts.TypeNode): boolean {
  return ts.isTypeLiteralNode(node) || ts.isMappedTypeNode(node);
}

/** Prettier's `isSimpleType`: a keyword type, or a type reference without type arguments. */
function isSimpleTypeArgument(node: ts.TypeNode): boolean {
  if (ts.isTypeReferenceNode(node)) return !node.typeArguments;
  return [
    K.AnyKeyword,
    K.NullKeyword,
    K.ThisType,
    K.NumberKeyword,
    K.VoidKeyword,
    K.BooleanKeyword,
    K.BigIntKeyword,
    K.SymbolKeyword,
    K.StringKeyword,
    K.NeverKeyword,
    K.UndefinedKeyword,
    K.UnknownKeyword,
  ].includes(node.kind);
}

/**
 * Prettier's `isCallExpressionWithComplexTypeArguments` for a lone type argument: a union, an intersection or an object
 * type. An object type nested deeper may break, which Prettier also counts: left to Prettier.
 */
function isComplexTypeArgument(node: ts.TypeNode): boolean {
  if (ts.isUnionTypeNode(node) || ts.isIntersectionTypeNode(node) || ts.isTypeLiteralNode(node)) return true;
  const hasObjectType = (n: ts.Node): boolean => ts.isTypeLiteralNode(n) || !!ts.forEachChild(n, hasObjectType);
  if (hasObjectType(node)) unsupported();
  return false;
}

/** Prettier's `shouldHugType` for a union: one object type and the rest `null` (or `void`). */
function hugsUnion(node: ts.TypeNode): boolean {
  if (!ts.isUnionTypeNode(node)) return false;
  const nulls = node.types.filter(
    (t) => t.kind === K.VoidKeyword || (ts.isLiteralTypeNode(t) && t.literal.kind === K.NullKeyword),
  ).length;
  const objectLike = (t: ts.TypeNode) => isObjectType(t) || ts.isTypeReferenceNode(t);
  return node.types.length - 1 === nulls && node.types.some(objectLike);
}

/** Arrays of numbers, which Prettier fills line by line (not reproduced here). */
function isConciselyPrinted(node: ts.ArrayLiteralExpression): boolean {
  return (
    node.elements.length > 0 &&
    node.elements.every(
      (e) =>
        ts.isNumericLiteral(e) ||
        (ts.isPrefixUnaryExpression(e) && ts.isNumericLiteral(e.operand) && e.operator !== K.ExclamationToken),
    )
  );
}

// Small builders for the ts-morph structures every emitter writes, so that an emitter reads as the file it emits:
// imports, exported type aliases, constants and doc comments, each in one line.
import {
  type ImportDeclarationStructure,
  type ImportSpecifierStructure,
  type JSDocStructure,
  type OptionalKind,
  type TypeAliasDeclarationStructure,
  type VariableStatementStructure,
  StructureKind,
  VariableDeclarationKind,
} from "ts-morph";

/** A name to import: plain, or `type Name` (see `typeName`). */
export type ImportName = string | OptionalKind<ImportSpecifierStructure>;

/**
 * `import { names } from "module"` (`import type` with `typeOnly`), as a list of zero or one declaration to spread
 * into the statements: none when `when` is false or no name is left to import.
 */
export function importDecl(
  module: string,
  names: readonly ImportName[],
  { typeOnly = false, when = true }: { typeOnly?: boolean; when?: boolean } = {},
): ImportDeclarationStructure[] {
  if (!when || names.length === 0) return [];
  return [
    {
      kind: StructureKind.ImportDeclaration,
      ...(typeOnly ? { isTypeOnly: true } : {}),
      moduleSpecifier: module,
      namedImports: [...names],
    },
  ];
}

/** `type Name` inside a value import: the import stays for the values, the name is erased. */
export function typeName(name: string): OptionalKind<ImportSpecifierStructure> {
  return { name, isTypeOnly: true };
}

/** The names once each, sorted: an import of whatever a file's operations use. */
export function uniqueSorted(names: readonly (string | undefined)[]): string[] {
  return [...new Set(names.filter((n) => n !== undefined))].sort();
}

/** A doc comment of one description, optionally with tags (`@throws`, `@example`). */
export function doc(description: string, tags?: JSDocStructure["tags"]): OptionalKind<JSDocStructure>[] {
  return [{ description, ...(tags ? { tags } : {}) }];
}

/** An `@example` block of TypeScript lines, as the description ends it (`@example` + a fenced block). */
export function exampleBlock(lines: readonly string[]): string {
  return `@example\n\`\`\`ts\n${lines.map((line) => `${line}\n`).join("")}\`\`\``;
}

/** `export type Name = type;` with its doc. */
export function exportedType(name: string, type: string, description: string): TypeAliasDeclarationStructure {
  return { kind: StructureKind.TypeAlias, name, isExported: true, type, docs: doc(description) };
}

/** `const name: type = initializer;` with its doc (`export const` with `exported`). */
export function constant(
  name: string,
  initializer: string,
  description: string,
  { type, exported = false }: { type?: string; exported?: boolean } = {},
): VariableStatementStructure {
  return {
    kind: StructureKind.VariableStatement,
    declarationKind: VariableDeclarationKind.Const,
    ...(exported ? { isExported: true } : {}),
    docs: doc(description),
    declarations: [{ name, ...(type ? { type } : {}), initializer }],
  };
}

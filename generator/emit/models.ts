import {
  type InterfaceDeclarationStructure,
  type StatementStructures,
  StructureKind,
  type TypeAliasDeclarationStructure,
} from "ts-morph";
import type { NamedType, TypeNode } from "../model/types.js";
import { jsDocs } from "./docs.js";
import { indexSignatureType, type PrintMode, printType, propertiesFor, propertyName } from "./print-type.js";

/** One declaration per named type (plus its request-side `<Name>Input` variant when it has readOnly fields). */
export function modelStatements(types: readonly NamedType[]): StatementStructures[] {
  const inputNames = new Map(types.flatMap((t) => (t.inputName ? [[t.name, t.inputName] as const] : [])));
  const output: PrintMode = { side: "output", inputNames };
  const input: PrintMode = { side: "input", inputNames };
  return types.flatMap((t) => [
    declaration(t.name, t, output),
    ...(t.inputName
      ? [declaration(t.inputName, t, input, [`\`${t.name}\` as sent in requests: without its read-only fields.`])]
      : []),
  ]);
}

function declaration(name: string, t: NamedType, mode: PrintMode, extra: string[] = []): StatementStructures {
  const docs = jsDocs(t.docs, extra);
  if (isPlainObject(t.type)) return interfaceOf(name, t.type, mode, docs);
  const alias: TypeAliasDeclarationStructure = {
    kind: StructureKind.TypeAlias,
    name,
    isExported: true,
    type: printType(t.type, mode),
    docs,
  };
  return alias;
}

/** Objects become interfaces (better editor hovers and error messages); everything else a type alias. */
function isPlainObject(node: TypeNode): node is Extract<TypeNode, { kind: "object" }> {
  return node.kind === "object" && !node.nullable;
}

function interfaceOf(
  name: string,
  node: Extract<TypeNode, { kind: "object" }>,
  mode: PrintMode,
  docs: InterfaceDeclarationStructure["docs"],
): InterfaceDeclarationStructure {
  const properties = propertiesFor(node, mode).map((p) => ({
    name: propertyName(p.name),
    type: printType(p.type, mode),
    hasQuestionToken: !p.required,
    docs: jsDocs(p.docs),
  }));
  return {
    kind: StructureKind.Interface,
    name,
    isExported: true,
    docs: docs ?? [],
    properties,
    indexSignatures:
      node.additional === false
        ? []
        : [{ keyName: "key", keyType: "string", returnType: indexSignatureType(node, mode) }],
  };
}

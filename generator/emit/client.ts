import { type ClassDeclarationStructure, type StatementStructures, StructureKind } from "ts-morph";
import type { ApiModel } from "../model/types.js";
import { docText } from "./docs.js";
import { packageInfo } from "./package-info.js";

/** `client.ts`: the `Intercom` class, one property per resource, defaults taken from the spec. */
export function clientStatements(model: ApiModel): StatementStructures[] {
  const info = packageInfo(model);
  const regions = model.servers.map((s) => JSON.stringify(s.region)).join(" | ") || "string";
  const defaults = {
    version: model.version,
    servers: Object.fromEntries(model.servers.map((s) => [s.region, s.url])),
    defaultRegion: model.servers[0]?.region ?? "",
    userAgent: `${info.name}/${info.version}`,
  };
  const clientClass: ClassDeclarationStructure = {
    kind: StructureKind.Class,
    name: "Intercom",
    isExported: true,
    extends: "ClientCore",
    docs: [
      {
        description: [
          docText(`${model.title} ${model.version} client.`),
          `Regions: ${model.servers.map((s) => `\`${s.region}\` (${s.url})`).join(", ") || "none declared; pass `baseUrl`"}.`,
          "@example\n```ts\nconst intercom = new Intercom({ token: process.env.INTERCOM_API_KEY });\n```",
        ].join("\n\n"),
      },
    ],
    properties: model.resources.map((r) => ({ name: r.name, type: r.className, isReadonly: true })),
    ctors: [
      {
        parameters: [{ name: "options", type: `ClientOptions<${regions}>`, initializer: "{}" }],
        statements: [`super(options, ${JSON.stringify(defaults)});`, ...model.resources.map((r) => `this.${r.name} = new ${r.className}(this);`)],
      },
    ],
  };
  return [
    { kind: StructureKind.ImportDeclaration, moduleSpecifier: "./runtime/index.js", namedImports: ["ClientCore", { name: "ClientOptions", isTypeOnly: true }] },
    ...model.resources.map((r) => ({ kind: StructureKind.ImportDeclaration, moduleSpecifier: `./resources/${r.name}.js`, namedImports: [r.className] }) satisfies StatementStructures),
    { kind: StructureKind.TypeAlias, name: "Region", isExported: true, type: regions, docs: [{ description: "The regions of the spec's servers." }] },
    clientClass,
  ];
}

import {
  type ClassDeclarationStructure,
  type FunctionDeclarationStructure,
  type StatementStructures,
  StructureKind,
  VariableDeclarationKind,
} from "ts-morph";
import type { ApiModel } from "../model/types.js";
import { docText } from "./docs.js";
import { packageInfo } from "./package-info.js";

/** `client.ts`: the `Intercom` class, one property per top-level resource, defaults taken from the spec. */
export function clientStatements(model: ApiModel): StatementStructures[] {
  const info = packageInfo(model);
  const resources = model.resources.filter((r) => r.path === r.name);
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
          "Responses are checked against the schema with `validate: \"warn\"` or `\"throw\"` and the exported `validator` (off by default).",
          "@example\n```ts\nconst intercom = new Intercom({ token: process.env.INTERCOM_API_KEY });\n```",
        ].join("\n\n"),
      },
    ],
    properties: resources.map((r) => ({ name: r.name, type: r.className, isReadonly: true })),
    ctors: [
      {
        parameters: [{ name: "options", type: "ClientOptions<Region>", initializer: "{}" }],
        statements: [
          // The schemas stay out of a bundle that does not import them: validating needs the `validator` passed in.
          'if ((options.validate ?? "off") !== "off" && !options.validator) throw new IntercomError(`validate: "${options.validate}" needs the validator: import { validator } from the package and pass it as \\`validator\\``);',
          "super(options, DEFAULTS);",
          ...resources.map((r) => `this.${r.name} = new ${r.className}(this);`),
        ],
      },
    ],
  };
  const createClient: FunctionDeclarationStructure = {
    kind: StructureKind.Function,
    name: "createClient",
    isExported: true,
    docs: [
      {
        description:
          "A client without the resource classes, for the standalone functions: a bundle then holds only the operations it calls.\n\n" +
          '@example\n```ts\nconst client = createClient({ token: process.env.INTERCOM_API_KEY });\nconst company = await companiesFind(client, { company_id: "…" });\n```',
      },
    ],
    parameters: [{ name: "options", type: "ClientOptions<Region>", initializer: "{}" }],
    returnType: "ClientCore",
    statements: "return new ClientCore(options, DEFAULTS);",
  };
  return [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: "./runtime/index.js",
      namedImports: [
        "ClientCore",
        "IntercomError",
        { name: "ClientDefaults", isTypeOnly: true },
        { name: "ClientOptions", isTypeOnly: true },
      ],
    },
    ...resources.map(
      (r) =>
        ({
          kind: StructureKind.ImportDeclaration,
          moduleSpecifier: `./resources/${r.path}.js`,
          namedImports: [r.className],
        }) satisfies StatementStructures,
    ),
    {
      kind: StructureKind.TypeAlias,
      name: "Region",
      isExported: true,
      type: regions,
      docs: [{ description: "The regions of the spec's servers." }],
    },
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      docs: [
        { description: "What the spec says: API version, servers by region, and the package's name for User-Agent." },
      ],
      declarations: [{ name: "DEFAULTS", type: "ClientDefaults", initializer: JSON.stringify(defaults) }],
    },
    createClient,
    clientClass,
  ];
}

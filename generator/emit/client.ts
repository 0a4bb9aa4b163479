import {
  type ClassDeclarationStructure,
  type FunctionDeclarationStructure,
  type StatementStructures,
  type WriterFunction,
  StructureKind,
  VariableDeclarationKind,
} from "ts-morph";
import { CLIENT_MODULE_NAMES, errorClassNames, RUNTIME_ERROR_PREFIX } from "../model/naming-rules.js";
import { soleScheme } from "../model/security.js";
import type { ApiModel, SecuritySchemeModel } from "../model/types.js";
import { docText } from "./docs.js";
import { functionCall } from "./samples.js";
import { clientVariable, credentialOptions, packageInfo } from "./package-info.js";
import { Code, literal } from "./resources.js";
import type * as appliers from "../../templates/runtime/security.js";

/** `client.ts`: the client class named by the profile, one property per top-level resource, defaults from the spec. */
export function clientStatements(model: ApiModel): (StatementStructures | WriterFunction)[] {
  const info = packageInfo(model);
  const resources = model.resources.filter((r) => r.path === r.name);
  const { profile } = model;
  const {
    region: Region,
    scheme: SchemeName,
    defaults: DEFAULTS,
    createClient: createClientName,
    createValidatingClient: createValidatingName,
    validator,
  } = CLIENT_MODULE_NAMES;
  // The checker and its schemas, loaded on the first call that validates (a bundler that splits code leaves them in
  // a chunk of their own, so the class with every resource stays small).
  const loader = `() => import("./validators.js").then((m) => m.${validator})`;
  const regions = profile.regions.map((s) => JSON.stringify(s.region)).join(" | ") || "never";
  const schemes = model.security?.schemes ?? [];
  const bearers = schemes.filter((s) => s.type === "bearer");
  const authenticate = soleScheme(model) ? "applySoleScheme" : "applyCredentials";
  const defaults = {
    version: profile.versionHeader?.default ?? model.version,
    ...(profile.versionHeader ? { versionHeader: profile.versionHeader.name } : {}),
    servers: Object.fromEntries(profile.regions.map((s) => [s.region, s.url])),
    defaultRegion: profile.regions[0]?.region ?? "",
    ...(profile.baseUrl ? { baseUrl: profile.baseUrl } : {}),
    schemes: Object.fromEntries(
      schemes.map((s) => [s.name, runtimeScheme(s, bearers.length === 1 && s === bearers[0])]),
    ),
    security: model.security?.requirements ?? [],
    authenticate: new Code(authenticate),
    userAgent: `${info.name}/${info.version}`,
  };
  const schemeNames = schemes.map((s) => JSON.stringify(s.name)).join(" | ") || "never";
  const grants = schemes.some((s) => s.tokenUrl);
  const used = [...new Set([authenticate, ...schemes.map((s) => APPLIERS[s.type])])].sort();
  const optionsType = `ClientOptions<${Region}, ${SchemeName}>`;
  const servers =
    profile.regions.map((s) => `\`${s.region}\` (${s.url})`).join(", ") ||
    (profile.baseUrl
      ? `none; the server is ${profile.baseUrl} unless \`baseUrl\` is passed`
      : "none declared; pass `baseUrl`");
  const given = credentialOptions(model);
  const example = `new ${profile.clientName}(${given ? `{ ${given} }` : ""})`;
  const find = model.resources.flatMap((r) => r.operations).find((o) => o.params.some((p) => p.required));
  const clientClass: ClassDeclarationStructure = {
    kind: StructureKind.Class,
    name: profile.clientName,
    isExported: true,
    extends: "ValidatingCore",
    docs: [
      {
        description: [
          docText(`${model.title} ${model.version} client.`),
          `Regions: ${servers}.`,
          'Responses are checked against the schema with `validate: "warn"` or `"throw"` (off by default; the schemas are loaded on the first call that validates).',
          `@example\n\`\`\`ts\nconst ${clientVariable(model)} = ${example};\n\`\`\``,
        ].join("\n\n"),
      },
    ],
    properties: resources.map((r) => ({ name: r.name, type: r.className, isReadonly: true })),
    ctors: [
      {
        parameters: [{ name: "options", type: `${optionsType} & ValidationOptions`, initializer: "{}" }],
        statements: [
          `super(options, ${DEFAULTS}, ${loader});`,
          ...resources.map((r) => `this.${r.name} = new ${r.className}(this);`),
        ],
      },
    ],
  };
  const createClient: FunctionDeclarationStructure = {
    kind: StructureKind.Function,
    name: createClientName,
    isExported: true,
    docs: [
      {
        description:
          "A client without the resource classes, for the standalone functions: a bundle then holds only the operations it calls.\n\n" +
          `@example\n\`\`\`ts\nconst client = ${createClientName}(${given ? `{ ${given} }` : ""});\n` +
          (find ? `const result = await ${functionCall(find)};\n` : "") +
          "```",
      },
    ],
    parameters: [{ name: "options", type: optionsType, initializer: "{}" }],
    returnType: "ClientCore",
    statements: `return new ClientCore(options, ${DEFAULTS});`,
  };
  const createValidatingClient: FunctionDeclarationStructure = {
    kind: StructureKind.Function,
    name: createValidatingName,
    isExported: true,
    docs: [
      {
        description:
          `\`${createClientName}\` with response validation (\`validate\`, per client or per call): the schemas are loaded on the first ` +
          `call that validates. \`${createClientName}\` itself carries no validation code.\n\n` +
          `@example\n\`\`\`ts\nconst client = ${createValidatingName}({ ${given ? `${given}, ` : ""}validate: "warn" });\n` +
          (find ? `const result = await ${functionCall(find)};\n` : "") +
          "```",
      },
    ],
    parameters: [{ name: "options", type: `${optionsType} & ValidationOptions`, initializer: "{}" }],
    returnType: "ClientCore",
    statements: `return new ValidatingCore(options, ${DEFAULTS}, ${loader});`,
  };
  return [
    {
      kind: StructureKind.ImportDeclaration,
      moduleSpecifier: "./runtime/index.js",
      namedImports: [
        "ClientCore",
        "ValidatingCore",
        ...(profile.errorPrefix === RUNTIME_ERROR_PREFIX ? [] : ["nameErrors"]),
        { name: "ClientDefaults", isTypeOnly: true },
        { name: "ClientOptions", isTypeOnly: true },
        { name: "ValidationOptions", isTypeOnly: true },
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
    ...(used.length
      ? [
          {
            kind: StructureKind.ImportDeclaration,
            moduleSpecifier: "./runtime/security.js",
            namedImports: used,
          } satisfies StatementStructures,
        ]
      : []),
    ...(grants
      ? [
          {
            kind: StructureKind.ImportDeclaration,
            moduleSpecifier: "./runtime/oauth.js",
            namedImports: ["clientCredentials"],
          } satisfies StatementStructures,
        ]
      : []),
    ...errorAliases(profile.errorPrefix),
    {
      kind: StructureKind.TypeAlias,
      name: SchemeName,
      isExported: true,
      type: schemeNames,
      docs: [{ description: "The description's security schemes: the keys of the `credentials` option." }],
    },
    {
      kind: StructureKind.TypeAlias,
      name: Region,
      isExported: true,
      type: regions,
      docs: [
        {
          description: profile.regions.length
            ? "The regions of the spec's servers."
            : "The API declares no regions: pass `baseUrl` to choose another server.",
        },
      ],
    },
    {
      kind: StructureKind.VariableStatement,
      declarationKind: VariableDeclarationKind.Const,
      docs: [
        { description: "What the spec says: API version, servers by region, and the package's name for User-Agent." },
      ],
      declarations: [{ name: DEFAULTS, type: "ClientDefaults", initializer: literal(defaults) }],
    },
    createClient,
    createValidatingClient,
    clientClass,
  ];
}

/** The runtime's applier of each kind of scheme (a name security.ts exports). */
const APPLIERS = { apiKey: "apiKey", basic: "basic", bearer: "bearer" } as const satisfies Record<
  SecuritySchemeModel["type"],
  keyof typeof appliers
>;

/** A scheme as the runtime's table holds it (`SecurityScheme`); an oauth2 clientCredentials flow gets its grant. */
function runtimeScheme(s: SecuritySchemeModel, token: boolean): Record<string, unknown> {
  const header = s.type !== "apiKey" ? "authorization" : s.in === "header" ? s.paramName!.toLowerCase() : undefined;
  return {
    env: s.env,
    set: new Code(APPLIERS[s.type]),
    ...(header ? { header } : { in: s.in, name: s.paramName }),
    ...(token ? { token: true } : {}),
    ...(s.tokenUrl ? { tokenUrl: s.tokenUrl, grant: new Code("clientCredentials") } : {}),
  };
}

/** `export { SdkApiError as GitHubApiError, … }`: the runtime's error classes under the profile's prefix. */
function errorAliases(prefix: string): (StatementStructures | WriterFunction)[] {
  if (prefix === RUNTIME_ERROR_PREFIX) return [];
  const aliases = errorClassNames(prefix);
  return [
    {
      kind: StructureKind.ExportDeclaration,
      moduleSpecifier: "./runtime/index.js",
      namedExports: errorClassNames(RUNTIME_ERROR_PREFIX).map((name, i) => ({ name, alias: aliases[i]! })),
    },
    (w) => w.writeLine(`nameErrors(${JSON.stringify(prefix)}); // \`error.name\` says what users import (${aliases[1]})`),
  ];
}

import {
  type ClassDeclarationStructure,
  type FunctionDeclarationStructure,
  type ImportDeclarationStructure,
  type StatementStructures,
  type WriterFunction,
  StructureKind,
} from "ts-morph";
import { CLIENT_MODULE_NAMES, errorClassNames, RUNTIME_ERROR_PREFIX } from "../model/naming-rules.js";
import { soleScheme } from "../model/security.js";
import type { ApiModel, Operation, Resource, SecuritySchemeModel } from "../model/types.js";
import { constant, doc, exampleBlock, exportedType, importDecl, typeName, uniqueSorted } from "./builders.js";
import { docText } from "./docs.js";
import { functionCall } from "./samples.js";
import { clientVariable, credentialOptions, packageInfo } from "./package-info.js";
import { Code, literal } from "./resources.js";
import type * as appliers from "../../templates/runtime/security.js";

const { region: REGION, scheme: SCHEME_NAME, defaults: DEFAULTS } = CLIENT_MODULE_NAMES;
const OPTIONS_TYPE = `ClientOptions<${REGION}, ${SCHEME_NAME}>`;
// The checker and its schemas, loaded on the first call that validates (a bundler that splits code leaves them in
// a chunk of their own, so the class with every resource stays small).
const VALIDATOR_LOADER = `() => import("./validators.js").then((m) => m.${CLIENT_MODULE_NAMES.validator})`;

/** `client.ts`: the client class named by the profile, one property per top-level resource, defaults from the spec. */
export function clientStatements(model: ApiModel): (StatementStructures | WriterFunction)[] {
  const { profile } = model;
  const resources = model.resources.filter((r) => r.path === r.name);
  const schemes = model.security?.schemes ?? [];
  return [
    ...clientImports(model, resources),
    ...errorAliases(profile.errorPrefix),
    exportedType(
      SCHEME_NAME,
      schemes.map((s) => JSON.stringify(s.name)).join(" | ") || "never",
      "The description's security schemes: the keys of the `credentials` option.",
    ),
    exportedType(
      REGION,
      profile.regions.map((s) => JSON.stringify(s.region)).join(" | ") || "never",
      profile.regions.length
        ? "The regions of the spec's servers."
        : "The API declares no regions: pass `baseUrl` to choose another server.",
    ),
    constant(
      DEFAULTS,
      literal(clientDefaults(model)),
      "What the spec says: API version, servers by region, and the package's name for User-Agent.",
      { type: "ClientDefaults" },
    ),
    clientFactory(model, false),
    clientFactory(model, true),
    clientClass(model, resources),
  ];
}

/** The runtime's core and types, the top-level resource classes, and the appliers of the declared schemes. */
function clientImports(model: ApiModel, resources: Resource[]): ImportDeclarationStructure[] {
  const schemes = model.security?.schemes ?? [];
  return [
    ...importDecl("./runtime/index.js", [
      "ClientCore",
      "ValidatingCore",
      ...(model.profile.errorPrefix === RUNTIME_ERROR_PREFIX ? [] : ["nameErrors"]),
      typeName("ClientDefaults"),
      typeName("ClientOptions"),
      typeName("ValidationOptions"),
    ]),
    ...resources.flatMap((r) => importDecl(`./resources/${r.path}.js`, [r.className])),
    ...importDecl(
      "./runtime/security.js",
      uniqueSorted([authenticator(model), ...schemes.map((s) => APPLIERS[s.type])]),
    ),
    ...importDecl("./runtime/oauth.js", ["clientCredentials"], { when: schemes.some((s) => s.tokenUrl) }),
  ];
}

/** `DEFAULTS`: what the spec says, as the runtime's `ClientDefaults`. */
function clientDefaults(model: ApiModel): Record<string, unknown> {
  const { profile } = model;
  const info = packageInfo(model);
  const schemes = model.security?.schemes ?? [];
  return {
    version: profile.versionHeader?.default ?? model.version,
    ...(profile.versionHeader ? { versionHeader: profile.versionHeader.name } : {}),
    servers: Object.fromEntries(profile.regions.map((s) => [s.region, s.url])),
    defaultRegion: profile.regions[0]?.region ?? "",
    ...(profile.baseUrl ? { baseUrl: profile.baseUrl } : {}),
    schemes: Object.fromEntries(schemes.map((s) => [s.name, runtimeScheme(s, s.name === model.security?.tokenScheme)])),
    security: model.security?.requirements ?? [],
    authenticate: new Code(authenticator(model)),
    userAgent: `${info.name}/${info.version}`,
  };
}

/** The runtime's credential function: a small one where one header scheme is all every operation needs. */
function authenticator(model: ApiModel): string {
  return soleScheme(model) ? "applySoleScheme" : "applyCredentials";
}

/**
 * `createClient` (no resource classes, no validation code) or `createValidatingClient`: one builder, so that both
 * docs show the same first call.
 */
function clientFactory(model: ApiModel, validating: boolean): FunctionDeclarationStructure {
  const { createClient, createValidatingClient } = CLIENT_MODULE_NAMES;
  const name = validating ? createValidatingClient : createClient;
  const given = credentialOptions(model);
  const options = validating ? `{ ${given ? `${given}, ` : ""}validate: "warn" }` : given ? `{ ${given} }` : "";
  const intro = validating
    ? `\`${createClient}\` with response validation (\`validate\`, per client or per call): the schemas are loaded on the first ` +
      `call that validates. \`${createClient}\` itself carries no validation code.`
    : "A client without the resource classes, for the standalone functions: a bundle then holds only the operations it calls.";
  const call = firstCallWithParams(model);
  const example = [
    `const client = ${name}(${options});`,
    ...(call ? [`const result = await ${functionCall(call)};`] : []),
  ];
  return {
    kind: StructureKind.Function,
    name,
    isExported: true,
    docs: doc(`${intro}\n\n${exampleBlock(example)}`),
    parameters: [
      { name: "options", type: validating ? `${OPTIONS_TYPE} & ValidationOptions` : OPTIONS_TYPE, initializer: "{}" },
    ],
    returnType: "ClientCore",
    statements: validating
      ? `return new ValidatingCore(options, ${DEFAULTS}, ${VALIDATOR_LOADER});`
      : `return new ClientCore(options, ${DEFAULTS});`,
  };
}

/** The operation the factories' examples call: the first with a required parameter, so the sample shows one. */
function firstCallWithParams(model: ApiModel): Operation | undefined {
  return model.resources.flatMap((r) => r.operations).find((o) => o.params.some((p) => p.required));
}

/** The class named by the profile: a property per top-level resource, validation loaded on first use. */
function clientClass(model: ApiModel, resources: Resource[]): ClassDeclarationStructure {
  const { profile } = model;
  const given = credentialOptions(model);
  const example = `new ${profile.clientName}(${given ? `{ ${given} }` : ""})`;
  return {
    kind: StructureKind.Class,
    name: profile.clientName,
    isExported: true,
    extends: "ValidatingCore",
    docs: doc(
      [
        docText(`${model.title} ${model.version} client.`),
        `Regions: ${serversText(model)}.`,
        'Responses are checked against the schema with `validate: "warn"` or `"throw"` (off by default; the schemas are loaded on the first call that validates).',
        exampleBlock([`const ${clientVariable(model)} = ${example};`]),
      ].join("\n\n"),
    ),
    properties: resources.map((r) => ({ name: r.name, type: r.className, isReadonly: true })),
    ctors: [
      {
        parameters: [{ name: "options", type: `${OPTIONS_TYPE} & ValidationOptions`, initializer: "{}" }],
        statements: [
          `super(options, ${DEFAULTS}, ${VALIDATOR_LOADER});`,
          ...resources.map((r) => `this.${r.name} = new ${r.className}(this);`),
        ],
      },
    ],
  };
}

/** The regions and their servers, or where the server comes from when the spec declares none. */
function serversText(model: ApiModel): string {
  const { profile } = model;
  return (
    profile.regions.map((s) => `\`${s.region}\` (${s.url})`).join(", ") ||
    (profile.baseUrl
      ? `none; the server is ${profile.baseUrl} unless \`baseUrl\` is passed`
      : "none declared; pass `baseUrl`")
  );
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
    (w) =>
      w.writeLine(`nameErrors(${JSON.stringify(prefix)}); // \`error.name\` says what users import (${aliases[1]})`),
  ];
}

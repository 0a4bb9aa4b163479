import type { ApiModel } from "../model/types.js";
import { packageInfo } from "./package-info.js";
import { readme } from "./readme.js";
import { apiReference } from "./api-reference.js";

/** package.json, tsconfig.json and the docs of the generated package. */
export function packageFiles(model: ApiModel): [string, string][] {
  const info = packageInfo(model);
  return [
    ["package.json", JSON.stringify(packageJson(model, info), null, 2) + "\n"],
    ["tsconfig.json", JSON.stringify(TSCONFIG, null, 2) + "\n"],
    ["README.md", readme(model, info)],
    ["api.md", apiReference(model, info)],
  ];
}

/** The package's manifest: ESM only, no dependencies, built `dist/` with its sources. */
function packageJson(model: ApiModel, info: { name: string; version: string }): Record<string, unknown> {
  return {
    name: info.name,
    version: info.version,
    description: `Typed client for the ${model.title} ${model.version}, generated from its OpenAPI description.`,
    license: "MIT",
    type: "module",
    sideEffects: false,
    // ESM only: `require()` of an ES module works from Node 20.19 on.
    engines: { node: ">=20.19" },
    main: "./dist/index.js",
    types: "./dist/index.d.ts",
    exports: { ".": { types: "./dist/index.d.ts", default: "./dist/index.js" }, "./package.json": "./package.json" },
    // src/ ships with the declaration maps so "go to definition" lands in the TypeScript source.
    files: ["dist", "src", "README.md", "api.md", "CHANGELOG.md"],
    scripts: {
      build: "tsc -p tsconfig.json",
      // dist/ is gitignored and built by the generator: never publish a package without it.
      prepublishOnly: `node -e "require('fs').existsSync('dist/index.js')||(console.error('dist/ is missing: build the package first (npm run generate in the generator repository)'),process.exit(1))"`,
    },
  };
}

/** The package's own build: `src/` to `dist/` with declarations and their maps, under the strictest flags. */
const TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    lib: ["ES2022", "DOM", "DOM.Iterable"],
    module: "NodeNext",
    moduleResolution: "NodeNext",
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    verbatimModuleSyntax: true,
    declaration: true,
    declarationMap: true,
    sourceMap: false,
    rootDir: "src",
    outDir: "dist",
    skipLibCheck: true,
    types: [],
  },
  include: ["src"],
};

import { describeGeneratedClient, type GeneratedPackage } from "./helpers/client-suite.js";
import { generatedOf, VERSIONS } from "./helpers/paths.js";

// Every committed version's package through the same HTTP suite.
for (const version of VERSIONS) {
  describeGeneratedClient(`generated/${version}`, () => import(`${generatedOf(version)}/src/index.ts`) as Promise<GeneratedPackage>, version);
}

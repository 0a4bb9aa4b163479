import { describe } from "vitest";
import { describeGeneratedClient } from "../helpers/client-suite.js";
import { describePaginatedOperations, describeWireOperations } from "../helpers/pagination-suite.js";
import { packageLoader } from "../helpers/package-loader.js";
import { curatedSpecOf, generatedOf, VERSIONS } from "../helpers/paths.js";

// Every committed version's package through the same HTTP suites: the hand-written one, then the model-driven ones
// (every paginated operation, one operation per resource).
describe.each(VERSIONS)("%s", (version) => {
  const load = packageLoader(
    generatedOf(version),
    `\`npm run generate\` (generated/${version} is committed: regenerate and commit it)`,
  );
  describeGeneratedClient(`generated/${version}`, load, version);
  describePaginatedOperations(`generated/${version}`, load, curatedSpecOf(version));
  describeWireOperations(`generated/${version}`, load, curatedSpecOf(version));
});

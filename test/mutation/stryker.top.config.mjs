// Stryker over top (run by `npm run mutation`, see test/mutation/run.ts).
import { strykerConfig } from "./stryker.base.mjs";

export default strykerConfig("top", "generator/{generate,cache,diagnostics,jobs,versions,add-version}.ts");

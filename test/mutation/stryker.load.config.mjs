// Stryker over load (run by `npm run mutation`, see test/mutation/run.ts).
import { strykerConfig } from "./stryker.base.mjs";

export default strykerConfig("load", "generator/load/**/*.ts");

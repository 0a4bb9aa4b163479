// Stryker over write (run by `npm run mutation`, see test/mutation/run.ts).
import { strykerConfig } from "./stryker.base.mjs";

export default strykerConfig("write", "generator/write/**/*.ts");

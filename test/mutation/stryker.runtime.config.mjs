// Stryker over the runtime (run by `npm run mutation`, see test/mutation/run.ts).
import { strykerConfig } from "./stryker.base.mjs";

export default strykerConfig("runtime", "templates/runtime/**/*.ts");

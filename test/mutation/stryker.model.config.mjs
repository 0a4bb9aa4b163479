// Stryker over the model (run by `npm run mutation`, see test/mutation/run.ts).
import { strykerConfig } from "./stryker.base.mjs";

export default strykerConfig("model", "generator/model/**/*.ts", {
  timeoutMS: 5_000,
});

// Mutation run over generator/diff/: the change-kind table and the fixture diff (see vitest.base.ts for what is left out and why).
import { mutationTests } from "./vitest.base.js";

export default mutationTests(["test/diff/*.test.ts"], { skip: ["npm run diff "] });

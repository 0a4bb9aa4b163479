// Mutation run over generator/diff/: the change-kind table and the fixture diff (see vitest.base.ts for what is left out and why).
import { mutationTests } from "./vitest.base.js";

// diff-command runs `npm run diff` in child processes, which never see a mutant.
export default mutationTests(["test/diff/*.test.ts"], { exclude: ["test/diff/diff-command.test.ts"] });

// Lint catches bugs, not taste: Prettier owns layout and `tsc` owns types, so every rule here names a mistake that
// compiles and still misbehaves. Each rule says why it is on; add one only with such a reason.
import { defineConfig } from "eslint/config";
import tseslint from "typescript-eslint";
import globals from "globals";

// Mistakes plain JavaScript rules see in TypeScript and JavaScript alike.
const bugs = {
  // A condition that is always true or false (`x ?? "a" || b`, `if (0)`): a check that cannot fail.
  "no-constant-binary-expression": "error",
  "no-constant-condition": ["error", { checkLoops: "allExceptWhileTrue" }],
  // `x === x` is either a typo or a NaN test written obscurely.
  "no-self-compare": "error",
  // `if (a = b)` assigns where a comparison was meant.
  "no-cond-assign": "error",
  // Two `case`s with the same value: the second can never run.
  "no-duplicate-case": "error",
  // A `case` that runs into the next one without saying so.
  "no-fallthrough": "error",
  // `return`/`throw` in `finally` swallows the error being thrown.
  "no-unsafe-finally": "error",
  // `(a?.b).c` or `[...a?.b]` throws on the very undefined the `?.` allowed.
  "no-unsafe-optional-chaining": "error",
  // `"${name}"` in a plain string: a template literal was meant (easy to miss in a code generator).
  "no-template-curly-in-string": "error",
  // An async Promise executor loses its rejections.
  "no-async-promise-executor": "error",
  // A number literal that cannot be represented (e.g. a 2^53+ id) silently changes value.
  "no-loss-of-precision": "error",
  // `x === NaN` is always false; `typeof x === "strin"` is always false.
  "use-isnan": "error",
  "valid-typeof": "error",
  // `[1,,2]`: a hole where a value was forgotten.
  "no-sparse-arrays": "error",
  // A regex that can never match, or does not compile, as written (`/[]/`, `new RegExp("(")`).
  "no-empty-character-class": "error",
  "no-invalid-regexp": "error",
  // `it.only`/`describe.only` left in a test file silently skips every other test in it.
  "no-restricted-properties": [
    "error",
    ...["it", "test", "describe"].map((object) => ({
      object,
      property: "only",
      message: "A focused test skips the others; remove `.only` before committing.",
    })),
  ],
};

// Mistakes only the type checker's view shows: promises and values used as what they are not.
const typedBugs = {
  // A promise neither awaited nor returned: its rejection is lost and the code after it runs too early.
  "@typescript-eslint/no-floating-promises": "error",
  // A promise where a boolean or a void callback is expected (`if (load())`, `arr.forEach(async …)`).
  "@typescript-eslint/no-misused-promises": "error",
  // `await` on a value that is not a promise: a sign the called function is not what the author thinks.
  "@typescript-eslint/await-thenable": "error",
  // `return promise` inside `try` skips the `catch` and `finally` it sits in.
  "@typescript-eslint/return-await": ["error", "error-handling-correctness-only"],
  // Throwing a string or an object loses the stack, and `catch (e) { e.message }` breaks.
  "@typescript-eslint/only-throw-error": "error",
  // A `switch` over a union that forgets a member: a new kind (pagination style, schema kind) is silently skipped.
  "@typescript-eslint/switch-exhaustiveness-check": [
    "error",
    { considerDefaultExhaustiveForUnions: true, requireDefaultForNonUnion: false },
  ],
  // A variable or import nobody reads: usually a forgotten use, or dead code left after a change.
  "@typescript-eslint/no-unused-vars": [
    "error",
    { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true },
  ],
};

export default defineConfig(
  // Output and inputs, not source: generated packages are checked by their own build and tests; fixtures are
  // deliberately odd specs; the migration example's two halves are type-checked by their test, each against its own
  // SDK (no tsconfig of the repository can resolve both).
  {
    ignores: [
      "generated/**",
      "examples/migration/**",
      "node_modules/**",
      "test/fixtures/**",
      "test/**/__snapshots__/**",
      "**/.tmp*/**",
      ".fuzz-tmp/**",
      "**/dist/**",
    ],
  },
  {
    files: ["**/*.ts"],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: { allowDefaultProject: ["vitest.config.ts", "eslint.config.js"] } },
    },
    plugins: { "@typescript-eslint": tseslint.plugin },
    rules: { ...bugs, ...typedBugs },
  },
  {
    files: ["**/*.js", "**/*.mjs", "**/*.cjs"],
    languageOptions: { globals: { ...globals.node } },
    rules: { ...bugs, "no-undef": "error", "no-unused-vars": ["error", { caughtErrors: "none" }] },
  },
);

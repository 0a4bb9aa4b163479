import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

// Mutation run over templates/runtime/: the runtime's own tests plus the security tests. The security tests use the
// committed package, whose runtime is a copy of the templates; its imports are redirected to the (mutated) templates
// so that they judge the code under test, not the copy.
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
// The runtime copy of any generated package: the committed ones and those a test generates (test/http/schemes-and-encodings.test.ts).
const COPY = /[/\\]src[/\\]runtime[/\\]([\w-]+)\.js$/;

export default defineConfig({
  root,
  plugins: [
    {
      name: "runtime-from-templates",
      enforce: "pre",
      resolveId(source, importer) {
        if (!importer || !source.startsWith(".")) return null;
        const m = COPY.exec(resolve(dirname(importer), source));
        return m ? join(root, "templates/runtime", `${m[1]}.ts`) : null;
      },
    },
  ],
  test: {
    include: [
      "test/runtime/**/*.test.ts",
      "test/http/security.test.ts",
      "test/http/schemes-and-encodings.test.ts",
      "test/package/webhooks.test.ts",
    ],
    exclude: ["test/runtime/templates-format.test.ts"],
    testTimeout: 30_000,
  },
});

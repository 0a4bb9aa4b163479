// `npm run generate`: runs the generator as one compiled ES module instead of through tsx (whose start-up and
// on-the-fly transpiling cost ~0.35 s per run), beside a second one for its model thread (model-worker.ts). Both are
// built with esbuild on first use and whenever a source under generator/ (or of the runtime, which it reads values
// from) changes, into node_modules/.cache (never committed); dependencies stay external, and V8's compiled code of
// them is kept there too (code-cache.mjs).
// package.json runs it with `--max-semi-space-size=4`: V8 then keeps its young generation's halves at 4 MB instead of
// growing them to 16, which a first run of 2.11 leaves unused but resident. With the packages' compiled code kept, a
// first run peaks 14 MB lower than at 8 MB (160 MB against 174) in the same time (0.97×); at 2 MB it is 155 MB, but
// 3 % slower.
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { cacheCompiledCode } from "./code-cache.mjs";

const GENERATOR = dirname(fileURLToPath(import.meta.url));
const ROOT = dirname(GENERATOR);
const RUNTIME = join(ROOT, "templates", "runtime");
const CACHE = join(ROOT, "node_modules", ".cache", "intercom-sdk-generator");

/** A hash of every source bundled into the module (the generator's and the runtime's), so an edit rebuilds it. */
function sourceHash() {
  const hash = createHash("sha256");
  for (const dir of [GENERATOR, RUNTIME]) {
    const files = readdirSync(dir, { recursive: true })
      .filter((f) => /\.(ts|mjs)$/.test(f))
      .sort();
    for (const file of files)
      hash
        .update(file)
        .update("\0")
        .update(readFileSync(join(dir, file)))
        .update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

/** Static imports of bare packages become `require()`; dynamic ones (prettier, ESM-only) stay imports. */
const requireCommonJs = {
  name: "require-commonjs",
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.kind === "import-statement" && !args.path.startsWith("node:")
        ? { path: args.path, namespace: "require-commonjs" }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: "require-commonjs" }, (args) => ({
      contents: `module.exports = require(${JSON.stringify(args.path)});`,
      loader: "js",
      resolveDir: ROOT,
    }));
  },
};

/** The folder of the compiled modules: cli.mjs and model-worker.mjs. */
async function compiled() {
  const out = join(CACHE, sourceHash());
  if (existsSync(out)) return out;
  const { build } = await import("esbuild");
  mkdirSync(CACHE, { recursive: true });
  const temp = `${out}.${process.pid}.tmp`;
  await build({
    entryPoints: [join(GENERATOR, "cli.ts"), join(GENERATOR, "model-worker.ts")],
    outdir: temp,
    outExtension: { ".js": ".mjs" },
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    packages: "external",
    logLevel: "error",
    // The sources locate templates/ (and resolve packages) from their own place in the repo.
    define: { "import.meta.url": JSON.stringify(pathToFileURL(join(GENERATOR, "generate.ts")).href) },
    // CommonJS packages (ts-morph, yaml) are require()d: importing them as ESM makes Node scan their source for
    // export names first (cjs-module-lexer: 0.2 s for ts-morph).
    banner: {
      js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
    },
    plugins: [requireCommonJs],
  });
  try {
    renameSync(temp, out); // atomic: a concurrent run sees both modules or none
  } catch (error) {
    if (!existsSync(out)) throw error; // else a concurrent run renamed its own first: the same modules
  }
  return out;
}

cacheCompiledCode();
const dir = await compiled();
const { main } = await import(pathToFileURL(join(dir, "cli.mjs")).href);
process.exitCode = await main(process.argv.slice(2), { modelWorker: pathToFileURL(join(dir, "model-worker.mjs")) });

// V8's compiled code for the CommonJS packages the generator requires, kept between runs. ts-morph and the
// TypeScript it bundles are 13 MB of JavaScript, and compiling them took a quarter of a second of every run. Node 22
// does this itself (`module.enableCompileCache`); Node 20 does not, so require's compile step is wrapped here, as
// Python keeps the byte code of what it imports. The cache depends on the packages installed and on node, never on a
// description: it is part of the install, like the compiled generator that launch.mjs keeps beside it.
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import Module, { createRequire } from "node:module";
import { dirname, join, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { Script, constants } from "node:vm";

/** Where the command keeps it: beside the compiled generator, in the repository's node_modules/.cache. */
export const CODE_CACHE = fileURLToPath(new URL("../node_modules/.cache/intercom-sdk-generator/code", import.meta.url));

/**
 * From now on, a package module (under node_modules) is compiled with the code V8 saved for it in `dir`. A module
 * with none saved, or whose saved code V8 rejects (another node, other flags), has its code saved once it has run:
 * its top level and the functions that ran with it. A first run then pays for the saving while the generator's
 * model thread still works, not at its end.
 */
export function cacheCompiledCode(dir = CODE_CACHE) {
  const compile = Module.prototype._compile;
  Module.prototype._compile = function (content, filename, format, ...rest) {
    // Later nodes pass a format: an ES module or TypeScript that require() loads is theirs to compile.
    const commonJs = format === undefined || format === "commonjs";
    if (!commonJs || !filename.includes(`${sep}node_modules${sep}`))
      return compile.call(this, content, filename, format, ...rest);
    const file = join(dir, cacheName(filename));
    const cachedData = readIfPresent(file);
    const script = new Script(Module.wrap(content), {
      filename,
      cachedData,
      importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    });
    const wrapper = script.runInThisContext({ displayErrors: true });
    const result = wrapper.call(this.exports, this.exports, createRequire(filename), this, filename, dirname(filename));
    if (cachedData === undefined || script.cachedDataRejected) save(script, dir, file);
    return result;
  };
}

function save(script, dir, file) {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(temp, script.createCachedData());
    renameSync(temp, file); // atomic: a concurrent run reads a whole file or none
  } catch {
    // A cache that cannot be written costs the next run time, nothing else.
  }
}

/** The module's path, size and time (so an updated package is compiled again), node and its flags. */
function cacheName(filename) {
  const { size, mtimeMs } = statSync(filename);
  const key = [filename, size, mtimeMs, process.version, process.arch, ...process.execArgv].join("\0");
  return `${createHash("sha256").update(key).digest("hex").slice(0, 32)}.v8`;
}

function readIfPresent(file) {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

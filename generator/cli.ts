import type { GenerateOptions } from "./generate.js";
import { generateVersions, runJob, versionJobs } from "./jobs.js";
import { parseCommand } from "./command.js";

const USAGE = `usage: npm run generate -- [<version> …] [--spec <openapi file> --out <dir>] [--check] [--lenient] [--no-build] [--watch] [--drift]
  <version>: regenerates generated/<version> from spec/<version>/openapi.yaml (default: every version)
  --drift: list every schema property its examples disagree with (by default, one summary line)`;

/**
 * Parses arguments, runs the generator, prints diagnostics; exit 0 ok, 1 bad input or stale output, 2 usage.
 * `modelWorker`: the compiled model-worker.ts (launch.mjs passes it), see `GenerateOptions`.
 */
export async function main(argv: string[], { modelWorker }: { modelWorker?: URL } = {}): Promise<number> {
  const parsed = parseCommand(USAGE, {
    args: argv,
    allowPositionals: true,
    options: {
      spec: { type: "string" },
      out: { type: "string" },
      check: { type: "boolean", default: false },
      lenient: { type: "boolean", default: false },
      "no-build": { type: "boolean", default: false },
      watch: { type: "boolean", default: false },
      drift: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  if (!parsed) return 2;
  const args = parsed.values;
  if (args.help) return (console.log(USAGE), 0);
  if (Boolean(args.spec) !== Boolean(args.out)) return (console.error(`--spec and --out go together\n${USAGE}`), 2);
  if (args.spec && parsed.positionals.length > 0) return (console.error(`a version or --spec, not both\n${USAGE}`), 2);
  let selected: GenerateOptions[];
  try {
    selected = args.spec ? [{ spec: args.spec, out: args.out! }] : versionJobs(parsed.positionals);
  } catch (error) {
    return (console.error(`${(error as Error).message}\n${USAGE}`), 2);
  }
  // A package whose files and build are already those of its spec is left as it is: after an edit of one curation,
  // only that version is written and built again.
  // Watch mode keeps the emitter loaded between runs: no thread to load it beside.
  const common = {
    lenient: args.lenient,
    check: args.check,
    build: !args["no-build"],
    skipUnchanged: true,
    ...(modelWorker && !args.watch ? { modelWorker } : {}),
  };
  const jobs: GenerateOptions[] = selected.map((job) => ({
    ...job,
    ...common,
  }));
  if (jobs.length === 0) return (console.error("no spec/<version>/openapi.yaml found"), 1);
  if (args.watch) {
    const { watch } = await import("./watch.js");
    return watch(jobs, runJob);
  }
  return (await generateVersions(jobs, { drift: args.drift })) ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main(process.argv.slice(2));

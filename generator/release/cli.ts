import { parseCommand, reportFailure } from "../command.js";
import { release } from "./release.js";

const USAGE = `usage: npm run release -- <version> [--no-pack]
  Releases generated/<version>: compares its API with the last release (generated/<version>/release.json), bumps
  the package version (breaking → major, other changes → minor, none → patch), writes CHANGELOG.md and the new
  record, regenerates the package, and packs it into releases/ (not with --no-pack).`;

async function main(argv: string[]): Promise<number> {
  const parsed = parseCommand(USAGE, {
    args: argv,
    allowPositionals: true,
    options: { "no-pack": { type: "boolean", default: false }, help: { type: "boolean", short: "h", default: false } },
  });
  if (!parsed) return 2;
  if (parsed.values.help) return (console.log(USAGE), 0);
  const [version, ...extra] = parsed.positionals;
  if (!version || extra.length > 0) return (console.error(USAGE), 2);
  try {
    const result = await release(version, parsed.values["no-pack"] ? { packTo: false } : {});
    const breaking = result.changes.filter((c) => c.severity === "breaking").length;
    const counts = result.previous
      ? ` (${result.bump}: ${breaking} breaking, ${result.changes.length - breaking} other changes since ${result.previous})`
      : " (first release)";
    console.log(`${result.out}: ${result.version}${counts}; see ${result.out}/CHANGELOG.md`);
    if (result.tarball) console.log(`${result.tarball}: install it with \`npm install <path to it>\``);
    return 0;
  } catch (error) {
    reportFailure(error, { subject: `release ${version}`, outcome: "nothing was released." });
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));

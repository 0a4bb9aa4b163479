import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { GeneratorError } from "../diagnostics.js";
import { diffModels, type Change } from "../diff/diff-models.js";
import { packageInfo } from "../emit/package-info.js";
import { generate } from "../generate.js";
import { loadDocument } from "../load/load-document.js";
import { buildModel } from "../model/build-model.js";
import { specFile } from "../versions.js";
import { buildPackage } from "../write/build.js";
import { staleBuild, stampBuild } from "../write/stale-files.js";
import { changelogEntry } from "./changelog.js";
import { CHANGELOG_FILE, RECORD_FILE, recordOf, recordText, releaseFiles } from "./record.js";

export type Bump = "first" | "major" | "minor" | "patch";

export interface ReleaseResult {
  out: string;
  previous?: string;
  version: string;
  bump: Bump;
  changes: Change[];
  /** The packed package, when packed. */
  tarball?: string;
}

export interface ReleaseOptions {
  /** The day the changelog names (default: today, UTC). */
  date?: string;
  /** Where the tarball goes (default `releases/`); `false`: not packed. */
  packTo?: string | false;
}

/**
 * Releases `generated/<version>`: its API model (from `spec/<version>/openapi.yaml`) against the last release's
 * (`release.json`), by the diff tool; breaking → major, any other change → minor, none → patch. Regenerates the
 * package with the new version, the changelog entry and the new record in one atomic write, then packs it.
 */
export async function release(apiVersion: string, options: ReleaseOptions = {}): Promise<ReleaseResult> {
  const spec = specFile(apiVersion, "openapi.yaml");
  const out = join("generated", apiVersion);
  if (!existsSync(spec)) throw new Error(`${spec} does not exist: add the version first (npm run add-version)`);
  const files = releaseFiles(out);
  const last = recordOf(files, out);
  const { model, diagnostics } = buildModel(loadDocument(spec));
  if (diagnostics.some((d) => d.severity === "error")) throw new GeneratorError(diagnostics);
  const changes = last ? diffModels(last.model, model) : [];
  const bump: Bump = !last
    ? "first"
    : changes.some((c) => c.severity === "breaking")
      ? "major"
      : changes.length > 0
        ? "minor"
        : "patch";
  const version = last && bump !== "first" ? nextVersion(last.version, bump) : packageInfo(model).version;
  const date = options.date ?? new Date().toISOString().slice(0, 10);
  const entry = changelogEntry({ version, previous: last?.version, date, changes, title: packageInfo(model).name });
  const release = new Map([
    [RECORD_FILE, recordText({ version, model })],
    [CHANGELOG_FILE, withEntry(files.get(CHANGELOG_FILE), entry, packageInfo(model).name)],
  ]);
  await generate({ spec, out, release });
  const result: ReleaseResult = { out, version, bump, changes, ...(last ? { previous: last.version } : {}) };
  if (options.packTo === false) return result;
  return { ...result, tarball: pack(out, options.packTo ?? "releases") };
}

/** `2.11.0` + major → `3.0.0`. */
export function nextVersion(version: string, bump: Exclude<Bump, "first">): string {
  const [major, minor, patch] = version.split(".").map(Number) as [number, number, number];
  if (bump === "major") return `${major + 1}.0.0`;
  if (bump === "minor") return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** The changelog with the new entry on top, under its title. */
function withEntry(changelog: string | undefined, entry: string, name: string): string {
  const title = `# Changelog of ${name}\n\n`;
  const rest = changelog?.startsWith(title) ? changelog.slice(title.length) : (changelog ?? "");
  return `${title}${entry}${rest ? `\n${rest}` : ""}`;
}

/**
 * `npm pack` of the package folder into `dest`; the tarball's path. A missing or stale dist/ (a fresh clone, or a
 * build from other sources) is built first: a tarball always holds the build of the package's current sources.
 */
export function pack(out: string, dest: string): string {
  if (!existsSync(join(out, "dist")) || staleBuild(out)) {
    buildPackage(out);
    stampBuild(out);
  }
  mkdirSync(dest, { recursive: true });
  const npm = spawnSync(
    "npm",
    ["pack", resolve(out), "--pack-destination", resolve(dest), "--json", "--ignore-scripts"],
    {
      encoding: "utf8",
      shell: process.platform === "win32",
    },
  );
  if (npm.status !== 0) throw new Error(`npm pack ${out} failed: ${npm.stderr.trim()}`);
  const [packed] = JSON.parse(npm.stdout) as { filename: string }[];
  return join(dest, packed!.filename);
}

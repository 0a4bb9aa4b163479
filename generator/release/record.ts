import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ApiModel } from "../model/types.js";

/**
 * What a release leaves beside its package, carried verbatim by every later generation: `release.json` (the package
 * version and the API model it shipped, the base of the next release's diff) and `CHANGELOG.md`. Neither is
 * published: `release.json` is not among the package's `files`.
 */
export const RECORD_FILE = "release.json";
export const CHANGELOG_FILE = "CHANGELOG.md";

export interface ReleaseRecord {
  /** The semver of the last release. */
  version: string;
  /** The API model of the last release. */
  model: ApiModel;
}

/** The release files of a package folder, as they are on disk (empty before the first release). */
export function releaseFiles(outDir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of [RECORD_FILE, CHANGELOG_FILE]) {
    const path = join(outDir, name);
    if (existsSync(path)) files.set(name, readFileSync(path, "utf8"));
  }
  return files;
}

/** The recorded last release among release files; a record that is not one is an error naming the file. */
export function recordOf(files: ReadonlyMap<string, string>, outDir: string): ReleaseRecord | undefined {
  const text = files.get(RECORD_FILE);
  if (text === undefined) return undefined;
  let record: Partial<ReleaseRecord>;
  try {
    record = JSON.parse(text) as Partial<ReleaseRecord>;
  } catch {
    record = {};
  }
  if (typeof record.version !== "string" || !/^\d+\.\d+\.\d+$/.test(record.version) || typeof record.model !== "object")
    throw new Error(
      `${join(outDir, RECORD_FILE)} is not a release record ({ version, model }); restore it from git, or delete it to release anew`,
    );
  return record as ReleaseRecord;
}

/** The record's text: the version on its own line first, so a reader (and a diff) sees it without the model. */
export function recordText(record: ReleaseRecord): string {
  return `{"version":${JSON.stringify(record.version)},\n"model":${JSON.stringify(record.model)}}\n`;
}

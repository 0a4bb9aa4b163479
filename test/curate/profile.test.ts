import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { curate } from "../../generator/curate/curate.js";
import { readCuration } from "../../generator/curate/curation.js";
import { GeneratorError } from "../../generator/diagnostics.js";
import { ROOT } from "../helpers/paths.js";

// The curation's `profile:` travels into the curated document as `x-sdk-profile`, where the model reads it.
const tmp = mkdtempSync(join(ROOT, ".tmp-curation-profile-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function curation(profile: string): string {
  const file = join(tmp, "curation.yaml");
  writeFileSync(file, `source: official.yaml\n${profile}\noperations:\n  things.list: GET /things\n`);
  return file;
}
const official = {
  openapi: "3.0.3",
  info: { title: "T", version: "1" },
  paths: { "/things": { get: { responses: { "204": { description: "none" } } } } },
};

it("writes the profile into the curated document as x-sdk-profile", () => {
  const read = readCuration(curation("profile:\n  clientName: Things\n  tokenEnv: THINGS_KEY"));
  const { document } = curate(official, read, "official.yaml");
  expect(document["x-sdk-profile"]).toEqual({ clientName: "Things", tokenEnv: "THINGS_KEY" });
});

it("no profile, no extension", () => {
  const { document } = curate(official, readCuration(curation("")), "official.yaml");
  expect(document).not.toHaveProperty("x-sdk-profile");
});

it("an unknown profile key is an error naming the curation key and the keys allowed", () => {
  const error = (() => {
    try {
      readCuration(curation("profile:\n  className: Things"));
    } catch (e) {
      return e as GeneratorError;
    }
  })();
  expect(error).toBeInstanceOf(GeneratorError);
  expect(error!.diagnostics.map((d) => [d.pointer, d.fix])).toEqual([
    ["/profile/className", expect.stringContaining("clientName")],
  ]);
});

import { readFileSync, writeFileSync } from "node:fs";
import { type Diagnostic, pointerOf } from "../diagnostics.js";
import { describePagination, runtimeSpec } from "../model/pagination-styles.js";
import { curatedModel } from "./check-curated.js";
import { curate } from "./curate.js";
import { type Curation, readCuration } from "./curation.js";
import { flow, removeEntries, removeItems, removeSection, setEntry } from "./edit-yaml.js";

/**
 * A curation written for one version, made to fit another (`add-version`): each entry that does not fit is left out
 * or re-derived, never silently; every change is recorded under `adapted:` in the new curation with its `why`.
 */

export type AdaptationKind =
  "operation-absent" | "fix-not-applicable" | "webhook-topic-absent" | "pagination-rederived" | "pagination-dropped";

export interface Adaptation {
  kind: AdaptationKind;
  /** The entry of the curation it started from (`spec/2.11/curation.yaml#/fixes/12`). */
  from: string;
  why: string;
}

type Json = Record<string, unknown>;

export interface Adapted {
  adaptations: Adaptation[];
  /** For each fix of the adapted curation, its index in the original one (to report a problem where it was written). */
  fixOrigin: number[];
}

/** The curation's record of what add-version adapted (replaced when a version is added from an adapted one). */
export const ADAPTED = "adapted";

/**
 * Adapts the curation in `file` (a copy of `fromFile`, its `source` already the new official description) to
 * `official`, rewriting the file. Returns what was adapted; what remains wrong is left for the curation check.
 */
export function adaptCuration(file: string, fromFile: string, official: Json, version: string): Adapted {
  const adaptations: Adaptation[] = [];
  // Where each fix of the current file was in the original one, as fixes are taken out.
  let fixOrigin = readCuration(file).fixes.map((_, i) => i);
  const record = (kind: AdaptationKind, entry: string, why: string) =>
    adaptations.push({ kind, from: `${fromFile}#${entry}`, why });

  // Entries that refer to what the version lacks: left out, until the curation applies cleanly.
  let curation: Curation;
  let document: Json;
  for (;;) {
    curation = readCuration(file);
    const curated = curate(official, curation, "the official description");
    const diagnostics = curated.diagnostics;
    document = curated.document;
    const absent = new Set(diagnostics.filter((d) => d.code === "operation-not-found").map((d) => nameAt(d.pointer)));
    const fixes = new Map<number, string>();
    for (const d of diagnostics) {
      const index = /^\/fixes\/(\d+)$/.exec(d.pointer)?.[1];
      if (index !== undefined && (d.code === "fix-not-applicable" || d.code === "missing-ref"))
        fixes.set(Number(index), absentTarget(d, curation.fixes[Number(index)]!.path));
    }
    curation.fixes.forEach((fix, i) => {
      if (fix.operation !== undefined && absent.has(fix.operation)) fixes.set(i, `its operation ${fix.operation}`);
    });
    if (absent.size === 0 && fixes.size === 0) break;
    for (const [i, what] of [...fixes].sort((a, b) => a[0] - b[0]))
      record("fix-not-applicable", `/fixes/${fixOrigin[i]}`, `not applicable in ${version}: ${what} absent`);
    for (const name of absent) {
      const route = curation.operations.find((o) => o.sdkName === name)!;
      record(
        "operation-absent",
        `/operations/${name}`,
        `not in ${version}: no \`${route.method.toUpperCase()} ${route.path}\` (matched by method and route shape)`,
      );
    }
    let text = removeItems(readFileSync(file, "utf8"), "fixes", new Set(fixes.keys()));
    fixOrigin = fixOrigin.filter((_, i) => !fixes.has(i));
    for (const section of ["operations", "pagination", "parameters"]) text = removeEntries(text, section, absent);
    writeFileSync(file, text);
  }

  // Webhook topics whose item the version does not define: left out, as the operations it lacks are.
  const schemas = ((document["components"] as Json | undefined)?.["schemas"] ?? {}) as Json;
  const topics = Object.entries(webhookTopics(curation)).filter(([, schema]) => !(schema in schemas));
  if (topics.length > 0) {
    for (const [topic, schema] of topics)
      record(
        "webhook-topic-absent",
        pointerOf("profile", "webhooks", "topics", topic),
        `not in ${version}: no \`${schema}\` schema for the \`${topic}\` notification's item`,
      );
    writeFileSync(
      file,
      removeEntries(readFileSync(file, "utf8"), "profile.webhooks.topics", new Set(topics.map(([t]) => t))),
    );
    curation = readCuration(file);
  }

  // Pagination declarations the version's response does not fit: re-derived from the response shape by the model's
  // own proposals, which it makes for an operation the curation does not name (a curated one paginates only as
  // declared): the model of the curated document with those operations un-named.
  const bad = new Map<string, string>();
  for (const d of curatedModel(document, curation, file).diagnostics)
    if (d.severity === "error" && d.pointer.startsWith("/pagination/"))
      bad.set(nameAt(d.pointer), d.message.replace(/ \(at \/paths.*\)$/, ""));
  if (bad.size > 0) {
    const routes = curation.operations.filter((o) => bad.has(o.sdkName));
    for (const route of routes) {
      const operation = (document["paths"] as Record<string, Json>)[route.path]![route.method] as Json;
      for (const key of ["x-sdk-resource", "x-sdk-method", "x-pagination"]) delete operation[key];
    }
    const { model } = curatedModel(document, curation, file);
    const all = model?.resources.flatMap((r) => r.operations) ?? [];
    const proposals = new Map(
      routes.map((r) => [
        r.sdkName,
        all.find((o) => o.path === r.path && o.httpMethod.toLowerCase() === r.method)?.pagination,
      ]),
    );
    let text = readFileSync(file, "utf8");
    for (const [name, problem] of bad) {
      const proposed = proposals.get(name);
      if (proposed?.source === "proposed") {
        text = setEntry(text, "pagination", name, runtimeSpec(proposed));
        record(
          "pagination-rederived",
          `/pagination/${name}`,
          `re-derived for ${version}: ${problem}; the response shape gives ${describePagination(proposed)}`,
        );
      } else {
        text = removeEntries(text, "pagination", new Set([name]));
        record(
          "pagination-dropped",
          `/pagination/${name}`,
          `not applicable in ${version}: ${problem}, and no pagination style fits the response shape; the operation is not paginated`,
        );
      }
    }
    writeFileSync(file, text);
  }
  writeFileSync(file, withAdapted(readFileSync(file, "utf8"), fromFile, adaptations));
  return { adaptations, fixOrigin };
}

/** The curation's `profile.webhooks.topics` (topic → schema name), if it declares any. */
function webhookTopics(curation: Curation): Record<string, string> {
  const webhooks = curation.profile?.["webhooks"] as Json | undefined;
  const topics = webhooks?.["topics"];
  return typeof topics === "object" && topics !== null ? (topics as Record<string, string>) : {};
}

/** `/operations/contacts.archive` → `contacts.archive`. */
const nameAt = (pointer: string) => pointer.split("/")[2]!;

/** What a fix needs that the version lacks: the component it refers to, or the place it changes. */
function absentTarget(d: Diagnostic, path: string): string {
  const ref = /`(#\/[^`]+)`/.exec(d.message)?.[1];
  return d.code === "missing-ref" && ref ? `\`${ref}\`` : `\`${path}\``;
}

/**
 * The record of what was adapted, as the curation's last section; the record of the curation it started from (which
 * was about another pair of versions) is dropped.
 */
function withAdapted(text: string, fromFile: string, adaptations: Adaptation[]): string {
  const entries = adaptations.map((a) => `  - ${flow({ kind: a.kind, from: a.from, why: a.why })}`);
  const kept = removeSection(text, ADAPTED);
  if (adaptations.length === 0) return `${kept.trimEnd()}\n`;
  return `${kept.trimEnd()}\n\n# What \`npm run add-version\` changed in ${fromFile} to fit this version, and why.\n${ADAPTED}:\n${entries.join("\n")}\n`;
}

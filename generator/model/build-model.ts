import { type Diagnostic, Reporter } from "../diagnostics.js";
import type { LoadedSpec } from "../load/load-document.js";
import { argumentOf } from "./arguments.js";
import { buildNamedTypes, claimTypeNames } from "./named-types.js";
import { NameRegistry } from "./name-registry.js";
import { CLIENT_MODULE_NAMES, errorClassNames } from "./naming-rules.js";
import { buildOperations } from "./operation.js";
import { clientHeaders } from "./parameters.js";
import { profileOf } from "./profile.js";
import { schemeNames, securityOf } from "./security.js";
import { groupByResource } from "./resources.js";
import { sampleOf } from "./samples.js";
import type { ApiModel, Operation } from "./types.js";

export interface ModelResult {
  model: ApiModel;
  diagnostics: Diagnostic[];
}

/**
 * Document → ApiModel. Pure: reads the loaded spec, returns the model and every problem found. `lenient`: what
 * cannot be expressed precisely gets a fallback type and a warning instead of an error.
 */
export function buildModel(spec: LoadedSpec, options: { lenient?: boolean } = {}): ModelResult {
  const { document, brokenRefs } = spec;
  const reporter = new Reporter(spec.file, options.lenient ?? false);
  // The profile first: the client's name and error classes are claimed before any schema can take them.
  const profile = profileOf({ document, brokenRefs, reporter });
  const emitted = [profile.clientName, ...Object.values(CLIENT_MODULE_NAMES), ...errorClassNames(profile.errorPrefix)];
  const names = new NameRegistry(new Set(emitted), reporter);
  const ctx = { document, brokenRefs, reporter, typeNames: claimTypeNames({ document }, names) };

  const security = securityOf(ctx, profile);
  const types = buildNamedTypes(ctx, names);
  const byName = new Map(types.map((t) => [t.name, t]));
  const operations = buildOperations({
    ...ctx,
    names,
    clientHeaders: clientHeaders(profile),
    errorPrefix: profile.errorPrefix,
    securitySchemes: schemeNames(document, security.schemes),
  }).map((op): Operation => {
    const withArgument = { ...op, argument: argumentOf(op, byName) };
    const sample = sampleOf(withArgument, byName, ctx);
    return { ...withArgument, ...(sample ? { sample } : {}) };
  });
  const model: ApiModel = {
    title: document.info?.title ?? "API",
    version: document.info.version,
    ...(document.info?.description ? { description: document.info.description } : {}),
    profile,
    types,
    resources: groupByResource(operations, names),
    security,
  };
  return { model, diagnostics: [...spec.diagnostics, ...reporter.diagnostics] };
}

import type { StatementStructures } from "ts-morph";
import { CLIENT_MODULE_NAMES } from "../model/naming-rules.js";
import type { ApiModel } from "../model/types.js";
import { constant, importDecl } from "./builders.js";
import { responseSchemas } from "./schema-table.js";

/** `validators.ts`: the checker bound to the response schemas; imported only by bundles that validate. */
export function validatorStatements(model: ApiModel): StatementStructures[] {
  return [
    ...importDecl("./runtime/validate.js", ["responseValidator"]),
    constant(
      CLIENT_MODULE_NAMES.validator,
      `/* @__PURE__ */ responseValidator(${JSON.stringify(responseSchemas(model))})`,
      `Checks response bodies against the schemas the types come from. The \`${model.profile.clientName}\` class and\n` +
        "`createValidatingClient` load it on the first call that validates.",
      { exported: true },
    ),
  ];
}

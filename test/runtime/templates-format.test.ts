import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { format } from "prettier";
import { expect, it } from "vitest";
import { TEMPLATES_DIR } from "../../generator/generate.js";
import { PRETTIER_OPTIONS } from "../../generator/write/format.js";

// The runtime is copied into packages verbatim (not re-formatted), so it must already be formatted like them.
const files = readdirSync(join(TEMPLATES_DIR, "runtime")).filter((f) => f.endsWith(".ts"));

it.each(files)("templates/runtime/%s is formatted with the generator's prettier options", async (file) => {
  const text = readFileSync(join(TEMPLATES_DIR, "runtime", file), "utf8");
  expect(await format(text, { parser: "typescript", ...PRETTIER_OPTIONS })).toBe(text);
});

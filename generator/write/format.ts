import { format } from "prettier";
import type { FileMap } from "../emit/emit-package.js";

// babel-ts prints the same as the typescript parser on this code, in about half the time.
const PARSERS: Record<string, string> = { ts: "babel-ts", json: "json", md: "markdown" };

export const PRETTIER_OPTIONS = { printWidth: 120, proseWrap: "preserve" } as const;

/**
 * Formats every emitted file with prettier, so the committed output reads like hand-written code. The runtime
 * copies are left as they are: templates/ is kept formatted with the same options (a test checks it).
 */
export async function formatFiles(files: FileMap): Promise<FileMap> {
  const out: FileMap = new Map();
  await Promise.all(
    [...files].map(async ([path, text]) => {
      const parser = PARSERS[path.split(".").pop() ?? ""];
      const verbatim = path.startsWith("src/runtime/");
      out.set(path, parser && !verbatim ? await format(text, { parser, ...PRETTIER_OPTIONS }) : text);
    }),
  );
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

import { format } from "prettier";
import type { FileMap } from "../emit/emit-package.js";

const PARSERS: Record<string, string> = { ts: "typescript", json: "json", md: "markdown" };

/** Formats every file with prettier, so the committed output reads like hand-written code. */
export async function formatFiles(files: FileMap): Promise<FileMap> {
  const out: FileMap = new Map();
  await Promise.all(
    [...files].map(async ([path, text]) => {
      const parser = PARSERS[path.split(".").pop() ?? ""];
      out.set(path, parser ? await format(text, { parser, printWidth: 120, proseWrap: "preserve" }) : text);
    }),
  );
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

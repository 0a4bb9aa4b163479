import { FAILSAFE_SCHEMA, load, Type } from "js-yaml";

/**
 * The same value `yaml` (YAML 1.2, core schema) reads from a text, found much faster where that is certain, or
 * undefined: then `yaml` parses it, and reports any error with its line and column. `yaml` takes 0.7 s for the
 * 700 KB Intercom description and 10 s for GitHub's 13 MB JSON one.
 *
 * - JSON is YAML 1.2, read the same, except that a repeated key is an error in YAML: `JSON.parse`, then a count of
 *   the members in the text against the keys in the value finds one.
 * - Other YAML is read by js-yaml with the YAML 1.2 core schema's rules for plain scalars (js-yaml's own accept
 *   YAML 1.1 forms such as `0b1` or `1_000`), and only where it cannot differ from `yaml`: no directive, anchor
 *   (so no alias), complex key or null key; tags beyond the core schema's, and repeated keys, make js-yaml throw.
 *   Anything js-yaml refuses goes to `yaml`.
 */
export function fastParse(text: string): { value: unknown } | undefined {
  if (/^\s*[{[]/.test(text)) return parseJson(text);
  if (UNSURE.test(text)) return undefined;
  let anchored = false;
  try {
    const value = load(text, {
      schema: CORE_1_2,
      // `yaml` bounds how far aliases expand ("billion laughs"); js-yaml does not, so a text with anchors is its.
      listener: (event, state) => {
        if (event === "close" && (state as { anchor?: string | null }).anchor) anchored = true;
      },
    });
    return value === undefined || anchored ? undefined : { value }; // no document: `yaml` says null
  } catch {
    return undefined;
  }
}

// Directives (`%YAML 1.1` changes the schema), `? ` complex keys, and keys that are null (js-yaml names them
// "null", `yaml` ""). Conservative: the same characters inside a string only make the parse slower.
const UNSURE = /^%|^[\s-]*\?(?:\s|$)|(?:^[\s-]*|[{,]\s*)(?:~|null|Null|NULL)?\s*:(?:\s|$)/m;

function parseJson(text: string): { value: unknown } | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  return membersInText(text) === keysIn(value) ? { value } : undefined;
}

/** The `:` outside strings: one per object member written in a JSON text. */
function membersInText(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3a) count++;
    else if (c === 0x22) {
      // Skip the string: to the next quote that no backslash escapes.
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    }
  }
  return count;
}

function keysIn(value: unknown): number {
  if (typeof value !== "object" || value === null) return 0;
  let count = 0;
  if (Array.isArray(value)) for (const item of value) count += keysIn(item);
  else for (const key in value) count += 1 + keysIn((value as Record<string, unknown>)[key]);
  return count;
}

// The YAML 1.2 core schema (https://yaml.org/spec/1.2.2/#1032-tag-resolution), as `yaml` applies it.
const scalar = (tag: string, test: RegExp, construct: (text: string) => unknown) =>
  new Type(`tag:yaml.org,2002:${tag}`, { kind: "scalar", resolve: (text: string) => test.test(text), construct });
const CORE_1_2 = FAILSAFE_SCHEMA.extend({
  implicit: [
    scalar("null", /^(?:~|[Nn]ull|NULL)?$/, () => null),
    scalar("bool", /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (text) => text[0] === "t" || text[0] === "T"),
    scalar("int", /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/, (text) =>
      text.startsWith("0o")
        ? parseInt(text.slice(2), 8)
        : text.startsWith("0x")
          ? parseInt(text.slice(2), 16)
          : parseInt(text, 10),
    ),
    scalar(
      "float",
      /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      (text) =>
        /nan$/i.test(text)
          ? NaN
          : /inf$/i.test(text)
            ? text.startsWith("-")
              ? -Infinity
              : Infinity
            : parseFloat(text),
    ),
  ],
});

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ROOT } from "../helpers/paths.js";
import { STRICT_OPTIONS, typeErrors } from "../helpers/typecheck.js";

// Every method of the committed packages has an `@example` (built from the description's example values) and the
// examples compile under the strictest flags, each in its own function, against the package's sources (a fresh
// clone has no dist/).

const dir = mkdtempSync(join(tmpdir(), "tsdoc-examples-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Documented {
  /** The declaration the comment documents: `contactsFind(` (a function) or `find(` (an interface method). */
  name: string;
  example: string | undefined;
  throws: string[];
}

/** Each doc comment of a resource file, with the name declared after it. */
function documented(file: string): Documented[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/\/\*\*\n([\s\S]*?)\*\/\n\s*(?:export function )?(\w+)\(/g)].map((m) => {
    const body = m[1]!
      .split("\n")
      .map((l) => l.replace(/^\s*\* ?/, ""))
      .join("\n")
      .replaceAll("\u200b", "");
    const example = /@example\n```ts\n([\s\S]*?)\n```/.exec(body)?.[1];
    return { name: m[2]!, example, throws: [...body.matchAll(/@throws \{@link (\w+)\}/g)].map((t) => t[1]!) };
  });
}

describe.each(["2.11", "2.16"])("TSDoc of generated/%s", (version) => {
  const pkg = join(ROOT, "generated", version);
  const resources = join(pkg, "src/resources");
  const docs = readdirSync(resources).flatMap((f) => documented(join(resources, f)));
  const operations = Object.keys(
    (parse(readFileSync(join(ROOT, "spec", version, "curation.yaml"), "utf8")) as { operations: object }).operations,
  );

  it("every method and standalone function has an @example", () => {
    // each operation is documented twice: the interface method and the standalone function
    expect(docs.length).toBe(operations.length * 2);
    expect(docs.filter((d) => !d.example).map((d) => d.name)).toEqual([]);
  });

  it("every @throws names an error class the package exports", async () => {
    const exported = await import(join(pkg, "src/index.ts"));
    const named = new Set(docs.flatMap((d) => d.throws));
    expect(named.size).toBeGreaterThan(1);
    for (const name of named) expect(exported[name], name).toBeTypeOf("function");
  });

  it("every @example type-checks under the strictest flags", () => {
    const examples = docs.map((d) => d.example!);
    const functions = new Set(examples.flatMap((e) => [...e.matchAll(/\b(\w+)\(client[,)]/g)].map((m) => m[1]!)));
    const file = join(dir, `examples-${version}.mts`);
    writeFileSync(
      file,
      [
        `import { Intercom, createClient, ${[...functions].join(", ")} } from "${join(pkg, "src/index.js")}";`,
        "declare const intercom: Intercom;",
        "declare const client: ReturnType<typeof createClient>;",
        ...examples.map((e, i) => `export async function example${i}() {\n${e}\n}`),
      ].join("\n"),
    );
    // The examples' own errors: the package itself is type-checked by test/write/committed-packages.test.ts.
    expect(typeErrors([file], STRICT_OPTIONS, { only: "given" }).map((e) => e.replace(dir, ""))).toEqual([]);
  });
});

// api.md shows the description's own values: every parameter example and every top-level field of a JSON request
// body example that the argument declares is in that method's sample, as the description writes it.
describe.each(["2.11", "2.16"])("api.md of generated/%s", (version) => {
  const doc = parse(readFileSync(join(ROOT, "spec", version, "openapi.yaml"), "utf8")) as {
    paths: Record<string, Record<string, OperationLike>>;
    components: { schemas: Record<string, { properties?: Record<string, { readOnly?: boolean }> }> };
  };
  interface OperationLike {
    "x-sdk-resource"?: string;
    "x-sdk-method"?: string;
    parameters?: { name: string; in: string; example?: unknown }[];
    requestBody?: {
      content?: Record<
        string,
        { example?: unknown; examples?: Record<string, { value: unknown }>; schema?: { $ref?: string } }
      >;
    };
  }
  const api = readFileSync(join(ROOT, "generated", version, "api.md"), "utf8");
  /** The sample of a method: the first ```ts block after its heading. */
  const sampleOf = (name: string) => {
    const at = api.indexOf(`### \`intercom.${name}(`);
    return at < 0 ? undefined : /```ts\n([\s\S]*?)```/.exec(api.slice(at))?.[1];
  };
  const literal = (v: unknown) => (typeof v === "string" ? JSON.stringify(v) : String(v));

  it("every example value a parameter or a body field declares is in the method's sample", () => {
    let checked = 0;
    const missing: string[] = [];
    for (const item of Object.values(doc.paths))
      for (const op of Object.values(item)) {
        if (!op["x-sdk-method"]) continue;
        const name = `${op["x-sdk-resource"]}.${op["x-sdk-method"]}`;
        const sample = sampleOf(name) ?? "";
        const expected: [string, unknown][] = (op.parameters ?? [])
          .filter((p) => p.in !== "header" && ["string", "number", "boolean"].includes(typeof p.example))
          .map((p) => [p.name, p.example]);
        const media = op.requestBody?.content?.["application/json"];
        const body = media?.example ?? Object.values(media?.examples ?? {})[0]?.value;
        const schemaKey = media?.schema?.$ref?.split("/").pop();
        const declared = schemaKey ? doc.components.schemas[schemaKey]?.properties : undefined;
        if (body && typeof body === "object" && declared)
          for (const [key, value] of Object.entries(body))
            if (["string", "number", "boolean"].includes(typeof value) && declared[key] && !declared[key]!.readOnly)
              expected.push([key, value]);
        for (const [key, value] of expected) {
          checked++;
          // Prettier writes a string holding double quotes in single quotes
          const single = typeof value === "string" ? `'${value}'` : literal(value);
          if (!sample.includes(`${key}: ${literal(value)}`) && !sample.includes(`${key}: ${single}`))
            missing.push(`${name}: ${key}: ${literal(value)}`);
        }
      }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});

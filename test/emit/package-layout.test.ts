// The files of a package as emitted, before the format stage: which files there are and in which order, the index's
// re-exports, the runtime copied under a header naming its template, manifests ending with a newline, a blank line
// between declarations (imports kept together), and webhooks.ts only where the profile declares webhooks. Emitted in
// memory inside each test.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TEMPLATES_DIR } from "../../generator/paths.js";
import { emitFrom } from "../helpers/emit-document.js";
import { example } from "../helpers/emitted-text.js";

type Json = Record<string, unknown>;

function tiny(extra: Json = {}): Json {
  return {
    openapi: "3.0.3",
    info: { title: "Tiny", version: "1" },
    paths: {
      "/things": {
        get: {
          operationId: "listThings",
          tags: ["things"],
          responses: {
            "200": {
              description: "ok",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } },
            },
          },
        },
      },
    },
    components: {
      schemas: { Thing: { type: "object", properties: { a: { type: "string" } } }, Other: { type: "string" } },
    },
    ...extra,
  };
}

const runtime = readdirSync(join(TEMPLATES_DIR, "runtime")).filter((f) => f.endsWith(".ts"));

describe("the emitted package", () => {
  it("holds its files in path order, the runtime's among them; no webhooks.ts without declared webhooks", () => {
    const paths = [...emitFrom(tiny()).keys()];
    const expected = [
      "README.md",
      "api.md",
      "package.json",
      "src/client.ts",
      "src/index.ts",
      "src/models.ts",
      "src/resources/things.ts",
      ...runtime.map((f) => `src/runtime/${f}`),
      "src/validators.ts",
      "tsconfig.json",
    ].sort((a, b) => a.localeCompare(b));
    expect(paths).toEqual(expected);
  });

  it("index.ts re-exports each module, one per line, ending with a newline", () => {
    expect(emitFrom(tiny()).get("src/index.ts")).toBe(
      "// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.\n" +
        'export * from "./client.js";\nexport * from "./models.js";\nexport * from "./resources/things.js";\n' +
        'export * from "./runtime/index.js";\nexport * from "./validators.js";\n',
    );
  });

  it("copies each runtime template verbatim under a header naming it", () => {
    const files = emitFrom(tiny());
    for (const f of runtime)
      expect(files.get(`src/runtime/${f}`), f).toBe(
        `// Copied from templates/runtime/${f}. Do not edit here: edit the template and regenerate.\n` +
          readFileSync(join(TEMPLATES_DIR, "runtime", f), "utf8"),
      );
  });

  it("package.json and tsconfig.json end with a newline", () => {
    const files = emitFrom(tiny());
    expect(files.get("package.json")!.endsWith("}\n")).toBe(true);
    expect(files.get("tsconfig.json")!.endsWith("}\n")).toBe(true);
  });

  it("a blank line between declarations, none between imports; no comment on an undocumented declaration", () => {
    const models = emitFrom(tiny()).get("src/models.ts")!;
    expect(models).toMatch(/^\/\/ Generated .*\nexport interface Thing \{\n/);
    expect(models).toContain("\n}\n\nexport type Other = string;\n");
    const resource = emitFrom(tiny()).get("src/resources/things.ts")!;
    expect(resource).toMatch(/^\/\/ Generated .*\nimport .*;\nimport .*;\n\n/);
  });
});

describe("webhooks.ts", () => {
  const profile = (topics: Json) => ({
    "x-sdk-profile": { webhooks: { header: "X-Signature", algorithm: "HMAC-SHA256", prefix: "sha256=", topics } },
  });

  it("with topics: the event typed by topic, and an example that tells one apart", () => {
    const files = emitFrom(tiny(profile({ "thing.created": "Thing" })));
    const webhooks = files.get("src/webhooks.ts")!;
    expect(webhooks).toContain('export type WebhookEvent = WebhookNotification<"thing.created", Thing>;');
    expect(example(webhooks, "async function verifyWebhook")).toEqual([
      "const event = await verifyWebhook(rawBody, request.headers, secret);",
      'if (event.topic === "thing.created") console.log(event.data.item);',
    ]);
    expect(files.get("src/index.ts")).toContain('export * from "./webhooks.js";\n');
  });

  it("without topics: any topic, any item; the example only verifies", () => {
    const webhooks = emitFrom(tiny(profile({}))).get("src/webhooks.ts")!;
    expect(webhooks).toContain("export type WebhookEvent = WebhookNotification<string, unknown>;");
    expect(example(webhooks, "async function verifyWebhook")).toEqual([
      "const event = await verifyWebhook(rawBody, request.headers, secret);",
    ]);
  });
});

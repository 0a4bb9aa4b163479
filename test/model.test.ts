import { describe, expect, it } from "vitest";
import { camelCase, methodNameFromOperationId } from "../generator/model/names.js";
import { modelOf, printedTypes } from "./helpers/model.js";

// Model stage, table-driven: a tiny feature-named spec in, the types it must produce out (printed on one line).
const cases: [string, { given: string; want: Record<string, string> }][] = [
  [
    "enums: string literals, values that are not identifiers, null, numbers",
    {
      given: "model/enum.yaml",
      want: {
        Status: `"open" | "closed"`,
        Operator: `"=" | "!=" | "Back-office" | "1.0"`,
        NullableEnum: `"a" | "b" | null`,
        Level: `1 | 2`,
      },
    },
  ],
  [
    "nullable beside a $ref keeps the reference and adds null",
    { given: "model/nullable-ref.yaml", want: { Plan: `{ name?: string; }`, Company: `{ plan: Plan | null; note?: string | null; }` } },
  ],
  [
    "a discriminator mapping several tag values to one branch gives it all of them; required-only alternatives ask for one of their fields",
    {
      given: "model/alternatives.yaml",
      want: {
        SearchResult: `(Item & { type: "snippet" | "page"; }) | (Article & { type: "article"; })`,
        VisitorUpdate: `{ id?: string; user_id?: string; name?: string; } & ({ id: string; } | { user_id: string; })`,
      },
    },
  ],
  ["allOf keeps every branch's fields", { given: "model/all-of.yaml", want: { Extended: `Base & { name?: string; }` } }],
  [
    "oneOf with a discriminator narrows each branch on its tag; anyOf is a union",
    { given: "model/one-of.yaml", want: { Pet: `(Cat & { type: "cat"; }) | (Dog & { type: "dog"; })`, IdOrNumber: `string | number` } },
  ],
  [
    "inline objects, objects without properties, arrays without items",
    { given: "model/inline-object.yaml", want: { Contact: `{ location?: { city?: string; }; anything?: { [key: string]: unknown; }; tags?: unknown[]; }` } },
  ],
  ["recursive schemas refer to themselves by name", { given: "model/recursive.yaml", want: { Node: `{ children: Node[]; }` } }],
  [
    "reserved and global names get the suffix Model (\`delete\` becomes \`Delete\`, which is free); colliding names get a number",
    { given: "model/reserved-names.yaml", want: { ErrorModel: `{ message?: string; }`, ObjectModel: `string`, Delete: `boolean`, CompanyList: `string`, CompanyList2: `number` } },
  ],
  [
    "property names that are not identifiers are quoted, never renamed (integer-like keys come first, as in any JS object)",
    { given: "model/odd-property-names.yaml", want: { Translations: `{ "123"?: number; "pt-BR": string; "@type"?: string; valid_name?: string; }` } },
  ],
  [
    "additionalProperties: true, a schema, false, and beside properties",
    {
      given: "model/additional-properties.yaml",
      want: { AnyValues: `{ [key: string]: unknown; }`, StringValues: `{ [key: string]: string; }`, Closed: `{ a?: string; }`, Mixed: `{ a?: number; [key: string]: unknown; }` },
    },
  ],
  [
    "integer date-time/timestamp stay number, binary is Blob | Uint8Array",
    { given: "model/formats.yaml", want: { Event: `{ created_at?: number; updated_at?: number; iso?: string; file?: Blob | Uint8Array; legacy?: string; }` } },
  ],
  [
    "readOnly properties are absent from the request-side variant, also through references",
    {
      given: "model/read-only.yaml",
      want: { Company: `{ id: string; name: string; }`, CompanyInput: `{ name: string; }`, Holder: `{ company?: Company; }`, HolderInput: `{ company?: CompanyInput; }` },
    },
  ],
  [
    "objects without type, empty schemas, required names that are not properties, $ref with siblings, 3.1 type lists",
    {
      given: "model/schemaless.yaml",
      want: { NoType: `{ a?: string; }`, Nothing: `unknown`, RequiredMissing: `{ real?: string; }`, RefWithSiblings: `Nothing`, Openapi31Types: `string | null` },
    },
  ],
];

describe("model: schemas → types", () => {
  it.each(cases)("%s", (_name, { given, want }) => {
    const { model } = modelOf(given);
    expect(printedTypes(model)).toMatchObject(want);
  });
});

describe("model: documentation", () => {
  it("marks Unix timestamps, deprecation and defaults", () => {
    const { model } = modelOf("model/formats.yaml");
    const event = model.types.find((t) => t.name === "Event")!;
    if (event.type.kind !== "object") throw new Error("Event is not an object");
    const docs = Object.fromEntries(event.type.properties.map((p) => [p.name, p.docs]));
    expect(docs["created_at"]).toEqual({ description: "When it happened.", formatNote: "Unix timestamp in seconds." });
    expect(docs["updated_at"]).toEqual({ formatNote: "Unix timestamp in seconds." });
    expect(docs["iso"]).toEqual({});
    expect(docs["legacy"]).toEqual({ deprecated: true, default: "x" });
  });

  it("warns about required names that are not properties, with the pointer", () => {
    const { diagnostics } = modelOf("model/schemaless.yaml");
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: "required-not-a-property", severity: "warning", pointer: "/components/schemas/required_missing/required" }));
  });
});

describe("model: names", () => {
  const cases: [string, { given: string; want: string }][] = [
    ["PascalCase operationId", { given: "RetrieveACompanyById", want: "retrieveACompanyById" }],
    ["camelCase operationId kept", { given: "listAllCompanies", want: "listAllCompanies" }],
    ["leading acronym", { given: "AIAgentReply", want: "aiAgentReply" }],
    ["all caps", { given: "URL", want: "url" }],
    ["not an identifier", { given: "list-all companies", want: "listAllCompanies" }],
  ];
  it.each(cases)("method from operationId: %s", (_name, { given, want }) => {
    expect(methodNameFromOperationId(given)).toBe(want);
  });

  it.each([
    ["Data Attributes", "dataAttributes"],
    ["AI Content", "aiContent"],
    ["Help Center", "helpCenter"],
  ])("resource from tag %s", (tag, want) => {
    expect(camelCase(tag)).toBe(want);
  });
});

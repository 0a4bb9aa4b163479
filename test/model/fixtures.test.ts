import { describe, expect, it } from "vitest";
import { NameRegistry } from "../../generator/model/name-registry.js";
import {
  camelCase,
  isReservedWord,
  methodNameFromOperationId,
  methodNameFromRoute,
  pascalCase,
} from "../../generator/model/naming-rules.js";
import * as runtime from "../../templates/runtime/index.js";
import { printType } from "../../generator/emit/print-type.js";
import type { TypeNode } from "../../generator/model/types.js";
import { modelOf, oneLine, printedTypes } from "../helpers/model.js";

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
    "const: a single literal (string, number, boolean, null), also as a discriminating property",
    {
      given: "model/const.yaml",
      want: {
        Kind: `"contact"`,
        Answer: `42`,
        Flag: `false`,
        Nothing: `null`,
        Tagged: `{ type: "tag"; id?: string; }`,
      },
    },
  ],
  [
    "nullable beside a $ref keeps the reference and adds null",
    {
      given: "model/nullable-ref.yaml",
      want: { Plan: `{ name?: string; }`, Company: `{ plan: Plan | null; note?: string | null; }` },
    },
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
  [
    "allOf keeps every branch's fields",
    { given: "model/all-of.yaml", want: { Extended: `Base & { name?: string; }` } },
  ],
  [
    "oneOf with a discriminator narrows each branch on its tag; anyOf is a union",
    {
      given: "model/one-of.yaml",
      want: { Pet: `(Cat & { type: "cat"; }) | (Dog & { type: "dog"; })`, IdOrNumber: `string | number` },
    },
  ],
  [
    "inline objects, objects without properties, arrays without items",
    {
      given: "model/inline-object.yaml",
      want: { Contact: `{ location?: { city?: string; }; anything?: { [key: string]: unknown; }; tags?: unknown[]; }` },
    },
  ],
  [
    "recursive schemas refer to themselves by name",
    { given: "model/recursive.yaml", want: { Node: `{ children: Node[]; }` } },
  ],
  [
    "reserved and global names get the suffix Model (\`delete\` becomes \`Delete\`, which is free); colliding names get a number",
    {
      given: "model/reserved-names.yaml",
      want: {
        ErrorModel: `{ message?: string; }`,
        ObjectModel: `string`,
        Delete: `boolean`,
        CompanyList: `string`,
        CompanyList2: `number`,
      },
    },
  ],
  [
    "property names that are not identifiers are quoted, never renamed (integer-like keys come first, as in any JS object)",
    {
      given: "model/odd-property-names.yaml",
      want: { Translations: `{ "123"?: number; "pt-BR": string; "@type"?: string; valid_name?: string; }` },
    },
  ],
  [
    "additionalProperties: true, a schema, false, and beside properties",
    {
      given: "model/additional-properties.yaml",
      want: {
        AnyValues: `{ [key: string]: unknown; }`,
        StringValues: `{ [key: string]: string; }`,
        Closed: `{ a?: string; }`,
        Mixed: `{ a?: number; [key: string]: unknown; }`,
      },
    },
  ],
  [
    "integer date-time/timestamp stay number, binary is Blob | Uint8Array",
    {
      given: "model/formats.yaml",
      want: {
        Event: `{ created_at?: number; updated_at?: number; iso?: string; file?: Blob | Uint8Array; legacy?: string; }`,
      },
    },
  ],
  [
    "readOnly properties are absent from the request-side variant, also through references",
    {
      given: "model/read-only.yaml",
      want: {
        Company: `{ id: string; name: string; }`,
        CompanyInput: `{ name: string; }`,
        Holder: `{ company?: Company; }`,
        HolderInput: `{ company?: CompanyInput; }`,
      },
    },
  ],
  [
    "objects without type, empty schemas, required names that are not properties, $ref with siblings, 3.1 type lists",
    {
      given: "model/schemaless.yaml",
      want: {
        NoType: `{ a?: string; }`,
        Nothing: `unknown`,
        RequiredMissing: `{ real?: string; }`,
        RefWithSiblings: `Nothing`,
        Openapi31Types: `string | null`,
      },
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
    expect(diagnostics).toContainEqual(
      expect.objectContaining({
        code: "required-not-a-property",
        severity: "warning",
        pointer: "/components/schemas/required_missing/required",
      }),
    );
  });
});

describe("model: operations (test/fixtures/operations/constructs.yaml)", () => {
  // Each operation summed up on a few lines: the call, its names, parameters, body, argument and response, as the
  // emitter receives them (types printed as on the request or response side). Built inside each test.
  const summaries = () => {
    const { model, diagnostics } = modelOf("operations/constructs.yaml");
    const inputNames = new Map(model.types.flatMap((t) => (t.inputName ? [[t.name, t.inputName] as const] : [])));
    const print = (t: TypeNode, side: "input" | "output") => oneLine(printType(t, { side, inputNames }));
    const byPointer = new Map(
      model.resources.flatMap((r) =>
        r.operations.map((o) => {
          const p = o.params.map(
            (x) =>
              `${x.in} ${x.name}${x.required ? "" : "?"}: ${print(x.type, "input")}${x.style ? ` style=${x.style}` : ""}${x.explode === false ? " explode=false" : ""}`,
          );
          const b =
            o.body &&
            `${o.body.mediaType} ${o.body.merged ? "merged" : `under ${o.body.bodyKey}`}${o.body.required ? " required" : ""}: ${print(o.body.type, "input")}`;
          const summary = {
            call: `${r.name}.${o.method} ${o.httpMethod} ${o.path}`,
            names: `${o.functionName} ${o.paramsTypeName} ${o.operationId} ${r.className}`,
            params: p,
            ...(b ? { body: b } : {}),
            argument: `${print(o.argument.type, "input")}${o.argument.optional ? " optional" : ""}${o.argument.nonNull ? " nonNull" : ""}`,
            response: `${o.response.kind}${o.response.mayBeEmpty ? " mayBeEmpty" : ""}: ${print(o.response.type, "output")}`,
            ...(Object.keys(o.docs).length ? { docs: o.docs } : {}),
          };
          return [o.pointer, summary] as const;
        }),
      ),
    );
    return { model, diagnostics, byPointer };
  };
  const cases: [string, object][] = [
    [
      "/paths/~1things~1{thing_id}/get",
      {
        call: "things.retrieveAThingById GET /things/{thing_id}",
        names: "thingsRetrieveAThingById ThingsRetrieveAThingByIdParams RetrieveAThingById Things",
        params: ["path thing_id: string", "header X-Trace?: string"],
        argument: '{ thing_id: string; "X-Trace"?: string; }',
        response: "json: Thing",
      },
    ],
    [
      "/paths/~1things~1{thing_id}/put",
      {
        call: "things.replace PUT /things/{thing_id}",
        names: "thingsReplace ThingsReplaceParams replaceThing Things",
        params: ["path thing_id: string"],
        body: "json under body required: { thing_id?: string; name?: string; }",
        argument: "{ thing_id: string; body: { thing_id?: string; name?: string; }; }",
        response: "none mayBeEmpty: unknown",
      },
    ],
    [
      "/paths/~1things~1{thing_id}/delete",
      {
        call: "things.deleteThingId DELETE /things/{thing_id}",
        names: "thingsDeleteThingId ThingsDeleteThingIdParams deleteThingsThingId Things",
        params: ["path thing_id: string"],
        argument: "{ thing_id: string; }",
        response: "json: { deleted?: boolean; }",
        docs: { deprecated: true },
      },
    ],
    [
      "/paths/~1things~1{thing_id}/patch",
      {
        call: "things.update PATCH /things/{thing_id}",
        names: "thingsUpdate ThingsUpdateParams updateThing Things",
        params: ["path thing_id: string"],
        body: "json merged: { name?: string; } | null",
        argument: "{ thing_id: string; name?: string; }",
        response: "json: Thing",
      },
    ],
    [
      "/paths/~1things~1{id}~1note/get",
      {
        call: "things.getNote GET /things/{id}/note",
        names: "thingsGetNote ThingsGetNoteParams getNote Things",
        params: ["path id: string"],
        argument: "{ id: string; }",
        response: "text: string",
      },
    ],
    [
      "/paths/~1things~1{thing_id}~1file/get",
      {
        call: "things.downloadFile GET /things/{thing_id}/file",
        names: "thingsDownloadFile ThingsDownloadFileParams downloadFile Things",
        params: ["path thing_id: string"],
        argument: "{ thing_id: string; }",
        response: "binary: Blob | Uint8Array",
      },
    ],
    [
      "/paths/~1things~1{thing_id}~1file/post",
      {
        call: "things.uploadFile POST /things/{thing_id}/file",
        names: "thingsUploadFile ThingsUploadFileParams uploadFile Things",
        params: ["path thing_id: string"],
        body: "multipart merged: { file: Blob | Uint8Array; label?: string; }",
        argument: "{ thing_id: string; file: Blob | Uint8Array; label?: string; }",
        response: "json: Thing",
      },
    ],
    [
      "/paths/~1things~1bulk/post",
      {
        call: "things.bulkCreate POST /things/bulk",
        names: "thingsBulkCreate ThingsBulkCreateParams bulkCreate Things",
        params: [],
        body: "json under body: ThingInput[]",
        argument: "{ body?: ThingInput[]; } optional",
        response: "json: Thing[]",
      },
    ],
    [
      "/paths/~1things/get",
      {
        call: "things.list GET /things",
        names: "thingsList ThingsListParams listThings Things",
        params: ["query ids?: string[] explode=false", "query filter?: { name?: string; } style=deepObject"],
        argument: "{ ids?: string[]; filter?: { name?: string; }; } optional",
        response: "json: Thing[]",
      },
    ],
    [
      "/paths/~1things/post",
      {
        call: "things.create POST /things",
        names: "thingsCreate ThingsCreateParams createThing Things",
        params: [],
        body: "json merged: ThingRequest",
        argument: "ThingRequest nonNull",
        response: "json: Thing",
      },
    ],
    [
      "/paths/~1things~1all/get",
      {
        call: "things.listThings GET /things/all",
        names: "thingsListThings ThingsListThingsParams ListThings Things",
        params: [],
        argument: "Record<string, never> optional",
        response: "none mayBeEmpty: unknown",
      },
    ],
    [
      "/paths/~1ping/get",
      {
        call: "ping.get GET /ping",
        names: "pingGet PingGetParams getPing Ping",
        params: [],
        argument: "Record<string, never> optional",
        response: "none mayBeEmpty: unknown",
      },
    ],
  ];

  it.each(cases)("%s", (pointer, want) => {
    expect(summaries().byPointer.get(pointer)).toEqual(want);
  });

  it("has no other operation; servers, title and version come from the document; warnings name what was decided", () => {
    const { model, diagnostics, byPointer } = summaries();
    expect([...byPointer.keys()]).toEqual(cases.map(([pointer]) => pointer));
    expect([model.title, model.version, model.profile.baseUrl, model.profile.regions]).toEqual([
      "Constructs",
      "9.9",
      "https://api.intercom.io",
      [],
    ]);
    expect(diagnostics.map((d) => [d.severity, d.code, d.pointer, d.message])).toEqual([
      [
        "warning",
        "template-param-in-query",
        "/paths/~1things~1{id}~1note/get/parameters/0",
        "`id` is in the path template but declared `in: query`; sent in the path",
      ],
    ]);
  });
});

describe("model: pagination proposals for un-curated operations", () => {
  // [operationId, the proposal (undefined: not paginated)] — test/fixtures/model/pagination-proposals.yaml.
  const item = { kind: "ref", name: "Item" };
  const page = { style: "page", items: "data", pageParam: "page", pages: "pages", itemType: item, source: "proposed" };
  const scroll = {
    style: "scroll",
    items: "data",
    cursorParam: "scroll_param",
    nextCursor: "scroll_param",
    itemType: item,
    source: "proposed",
  };
  const cursor = {
    style: "cursor",
    items: "data",
    cursorParam: "starting_after",
    nextCursor: "pages.next.starting_after",
    itemType: item,
    source: "proposed",
  };
  const cases: [string, { want: object | undefined; pointer?: string }][] = [
    ["scroll", { want: scroll, pointer: "/paths/~1scroll/get" }],
    ["scrollParamInBody", { want: scroll, pointer: "/paths/~1scroll-in-body/post" }],
    ["scrollWithoutParam", { want: undefined }],
    ["cursorInQuery", { want: cursor, pointer: "/paths/~1cursor/get" }],
    [
      "cursorInBody",
      { want: { ...cursor, cursorParam: "pagination.starting_after" }, pointer: "/paths/~1cursor~1search/post" },
    ],
    ["cursorShapeWithPageParamOnly", { want: page, pointer: "/paths/~1cursor-page-only/get" }],
    ["cursorShapeWithoutParam", { want: undefined }],
    ["pageNumber", { want: page, pointer: "/paths/~1pages/get" }],
    ["pageWithNextInsteadOfTotal", { want: page, pointer: "/paths/~1pages-next/get" }],
    ["pageWithoutTotalOrNext", { want: undefined }],
    ["pageShapeWithoutParam", { want: undefined }],
    ["singleArrayNotNamedData", { want: { ...page, items: "companies" }, pointer: "/paths/~1named-items/get" }],
    [
      "dataAmongSeveralArrays",
      {
        want: { ...page, itemType: { kind: "primitive", name: "integer" } },
        pointer: "/paths/~1data-among-arrays/get",
      },
    ],
    ["twoArraysNoneNamedData", { want: undefined }],
    ["noArray", { want: undefined }],
    ["arrayWithoutPages", { want: undefined }],
    ["responseWithoutProperties", { want: undefined }],
    ["curatedWithoutPagination", { want: undefined }],
    ["declaredWins", { want: { ...page, source: "declared" } }],
  ];
  // Built inside each test (not once per file), so mutation testing can tell which tests run the model.
  const proposals = () => {
    const { model, diagnostics } = modelOf("model/pagination-proposals.yaml");
    return { diagnostics, byId: new Map(model.resources.flatMap((r) => r.operations.map((o) => [o.operationId, o]))) };
  };

  it.each(cases)("%s", (operationId, { want, pointer }) => {
    const { byId, diagnostics } = proposals();
    const op = byId.get(operationId);
    expect(op, operationId).toBeDefined();
    expect(op!.pagination).toEqual(want);
    const warnings = diagnostics.filter((d) => d.code === "pagination-proposed" && d.pointer === op!.pointer);
    expect(warnings.map((w) => [w.severity, w.pointer])).toEqual(pointer ? [["warning", pointer]] : []);
  });

  it("covers every operation of the fixture, and says what it proposed", () => {
    const { byId, diagnostics } = proposals();
    expect([...byId.keys()].sort()).toEqual(cases.map(([id]) => id).sort());
    const scrollWarning = diagnostics.find((d) => d.pointer === "/paths/~1scroll/get")!;
    expect(scrollWarning.message).toBe(
      "no x-pagination declared; proposed scroll pagination (items `data`, `scroll_param` ← `scroll_param`) from the response shape",
    );
    expect(scrollWarning.fix).toBe("declare x-pagination in the curation to confirm or change it");
    const pageWarning = diagnostics.find((d) => d.pointer === "/paths/~1pages/get")!;
    expect(pageWarning.message).toBe(
      "no x-pagination declared; proposed page-number pagination (items `data`, `page` + 1 up to `pages.total_pages`, or while `pages` has a next page) from the response shape",
    );
    expect(diagnostics.filter((d) => d.severity === "error")).toEqual([]);
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

  // A type named like a global, a TypeScript built-in or an export of the runtime would shadow it in the emitted
  // code; a reserved word is no identifier. The lists are the contract, written out here on purpose.
  const GLOBALS =
    "Array ArrayBuffer Awaited BigInt Blob Boolean DataView Date Error EvalError File FormData Function Headers Infinity Intl Iterable JSON Map Math NaN Number Object Omit Partial Pick Promise Proxy RangeError Readonly Record ReferenceError Reflect RegExp Request Required Response Set String Symbol SyntaxError TypeError URIError URL URLSearchParams Uint8Array WeakMap WeakSet Exclude Extract NonNullable ReturnType";
  const TS_TYPES = "any boolean never null number object string symbol undefined unknown void";
  const RUNTIME_TYPES = "ClientOptions ClientDefaults RequestOptions OperationSpec PaginationSpec";
  const KEYWORDS =
    "break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with as implements interface let package private protected public static yield await";

  it.each([
    ["a global or built-in type", GLOBALS],
    ["a TypeScript type keyword", TS_TYPES],
    ["a type of the runtime or the client", RUNTIME_TYPES],
    ["a reserved word", KEYWORDS],
  ])("a type named like %s gets the suffix Model", (_what, list) => {
    const registry = new NameRegistry();
    const names = list.split(" ");
    expect(names.map((n) => registry.claim(n))).toEqual(names.map((n) => `${n}Model`));
  });

  it("the names the emitters write (the profile's client class…) are reserved when given", () => {
    const registry = new NameRegistry(new Set(["Intercom", "Region"]));
    expect(["Intercom", "Region", "Company"].map((n) => registry.claim(n))).toEqual([
      "IntercomModel",
      "RegionModel",
      "Company",
    ]);
  });

  it("every value the runtime exports is reserved too", () => {
    const registry = new NameRegistry();
    const exported = Object.keys(runtime).filter((n) => /^[A-Z]/.test(n));
    expect(exported).toEqual(
      expect.arrayContaining(["ClientCore", "ApiPromise", "Page", "PagePromise", "SdkError", "NotFoundError"]),
    );
    expect(exported.map((n) => registry.claim(n))).toEqual(exported.map((n) => `${n}Model`));
  });

  it("reserved words are exactly the keywords", () => {
    expect(KEYWORDS.split(" ").every(isReservedWord)).toBe(true);
    expect(["Error", "Company", "model", "constructor", ""].some(isReservedWord)).toBe(false);
  });

  it("a taken name gets the next free number; a free name is kept", () => {
    const registry = new NameRegistry();
    expect(["Company", "Company", "Company", "Company2", "ErrorModel", "Error"].map((n) => registry.claim(n))).toEqual([
      "Company",
      "Company2",
      "Company3",
      "Company22",
      "ErrorModel",
      "ErrorModel2",
    ]);
  });

  it.each([
    ["company_list", "CompanyList"],
    ["RetrieveACompanyById", "RetrieveACompanyById"],
    ["AIAgent", "AIAgent"], // acronyms keep their case
    ["pt-BR", "PtBR"],
    ["123abc", "Abc123"], // a number of several digits moves to the end (a single digit is spelled out)
    ["---", "Unnamed"],
    ["HTMLParser2x", "HTMLParser2x"],
  ])("type name from %j: %s", (given, want) => {
    expect(pascalCase(given)).toBe(want);
  });

  it.each([
    ["GET", "/contacts/{id}/notes", "getContactsIdNotes"],
    ["DELETE", "/", "delete"],
  ])("method from route %s %s", (method, path, want) => {
    expect(methodNameFromRoute(method, path)).toBe(want);
  });

  it.each([
    ["Data Attributes", "dataAttributes"],
    ["AI Content", "aiContent"],
    ["Help Center", "helpCenter"],
  ])("resource from tag %s", (tag, want) => {
    expect(camelCase(tag)).toBe(want);
  });
});

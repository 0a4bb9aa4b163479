// generator/model/operation.ts, operation-names.ts and resources.ts: operations, their SDK names and resources.
import { describe, expect, it } from "vitest";
import { build, type Doc, json, ok, operations, str } from "./rows.js";

describe("model documents: operations, names and resources", () => {
  it("names from operationId or route; resource from x-sdk-resource, the tag or the first plain path segment", () => {
    const { model, summaries, diagnostics } = operations({
      paths: {
        "/v1/api/customers/{id}": {
          get: { parameters: [{ name: "id", in: "path", required: true, schema: str }], responses: ok },
        },
        "/rest/v2.1/orders": {
          post: { responses: ok },
          put: { operationId: "replaceOrders", tags: ["shop"], responses: ok },
        },
        "/{id}": { delete: { parameters: [{ name: "id", in: "path", required: true, schema: str }], responses: ok } },
        "/help/collections": {
          get: { operationId: "listCollections", "x-sdk-resource": "helpCenter.collections", responses: ok },
        },
      },
    });
    expect(diagnostics).toEqual([]);
    expect(summaries.map((s) => s.call)).toEqual([
      "customers.getV1ApiId GET /v1/api/customers/{id} (customersGetV1ApiId, getV1ApiCustomersId)",
      "shop.replaceOrders PUT /rest/v2.1/orders (shopReplaceOrders, replaceOrders)",
      "orders.postRestV21 POST /rest/v2.1/orders (ordersPostRestV21, postRestV21Orders)",
      "api.deleteId DELETE /{id} (apiDeleteId, deleteId)",
      "helpCenter.collections.listCollections GET /help/collections (helpCenterCollectionsListCollections, listCollections)",
    ]);
    expect(
      model.resources.map((r) => [r.path, r.name, r.className, r.operations.length, r.resources.map((n) => n.path)]),
    ).toEqual([
      ["customers", "customers", "Customers", 1, []],
      // `Shop` is the client's name (from the title "Shop API"), so the resource class takes the Resource suffix
      ["shop", "shop", "ShopResource", 1, []],
      ["orders", "orders", "Orders", 1, []],
      ["api", "api", "Api", 1, []],
      ["helpCenter", "helpCenter", "HelpCenter", 0, ["helpCenter.collections"]],
      ["helpCenter.collections", "collections", "HelpCenterCollections", 1, []],
    ]);
  });

  /** The SDK name of the one GET on `path` (its path parameters declared), with what the document says of it. */
  const nameOfGet = (path: string, operation: Doc = {}) => {
    const parameters = [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
      name,
      in: "path",
      required: true,
      schema: str,
    }));
    const { summaries, diagnostics } = operations({
      paths: { [path]: { get: { parameters, responses: ok, ...operation } } },
    });
    return { names: summaries.map((s) => s.call.split(" ")[0]), diagnostics };
  };

  it.each([
    ["/v10/customers", "customers.getV10"], // a version of any number of digits
    ["/v1.10/orders", "orders.getV110"], // and of dotted parts of any number of digits
    ["/restaurants", "restaurants.get"], // a word that starts like `rest` is no version
    ["/myapi/things", "myapi.getThings"], // nor one that ends like `api`
    ["/x{id}/things", "xId.getThings"], // a segment is skipped only when it is a whole parameter
    ["/{lang}-docs/pages", "langDocs.getPages"], // nor one that only starts with one
  ])("an untagged operation on %j is named %j after its first plain segment", (path, want) => {
    expect(nameOfGet(path)).toEqual({ names: [want], diagnostics: [] });
  });

  it.each([
    ["GetCustomersCustomer", "/v1/customers/{customer}", "customers.retrieve"], // Stripe's: the parameter's braces too
    ["get-invoices", "/v2/invoices", "invoices.list"], // separators do not count
    ["GetV1", "/v1", "api.list"], // a path that is only a version keeps it as its one segment
  ])("an operationId %j that only spells GET %j is named by the route's shape: %j", (operationId, path, want) => {
    expect(nameOfGet(path, { operationId })).toEqual({ names: [want], diagnostics: [] });
  });

  it("summary, description and deprecation; title, version and description of the document", () => {
    const { model } = build({
      info: { title: "Shop", version: "3", description: "All about shops." },
      paths: {
        "/a": {
          get: { summary: "Get a.", description: "Long.", deprecated: true, responses: ok },
          post: { responses: ok },
        },
      },
    });
    expect([model.title, model.version, model.description]).toEqual(["Shop", "3", "All about shops."]);
    expect(model.resources.flatMap((r) => r.operations).map((o) => [o.summary, o.docs])).toEqual([
      ["Get a.", { description: "Long.", deprecated: true }],
      [undefined, {}],
    ]);
    const bare = build({ info: { version: "1" } }).model;
    expect([bare.title, bare.description, bare.types]).toEqual(["API", undefined, []]);
  });

  it("a TRACE operation is an error and left out", () => {
    const { ops, diagnostics } = operations({ paths: { "/a": { trace: { responses: ok }, get: { responses: ok } } } });
    expect(ops.map((o) => o.httpMethod)).toEqual(["GET"]);
    expect(diagnostics).toEqual([
      [
        "error",
        "unsupported-method",
        "/paths/~1a/trace",
        "a TRACE operation cannot be sent with fetch",
        "remove the operation from the description",
      ],
    ]);
  });

  it("a duplicate operationId is an error (a warning when lenient) naming the first", () => {
    const paths = {
      "/a": { get: { operationId: "same", responses: ok } },
      "/b": { get: { operationId: "same", responses: ok } },
    };
    expect(operations({ paths }).diagnostics).toContainEqual([
      "error",
      "duplicate-operation-id",
      "/paths/~1b/get/operationId",
      "operationId `same` is also used by /paths/~1a/get",
      "give each operation a unique operationId",
    ]);
    expect(operations({ paths }, { lenient: true }).diagnostics).toContainEqual([
      "warning",
      "duplicate-operation-id",
      "/paths/~1b/get/operationId",
      "operationId `same` is also used by /paths/~1a/get; emitted with a fallback type",
      "give each operation a unique operationId",
    ]);
  });

  it("SDK names that collide: undeclared ones get a number, declared ones are an error", () => {
    const get = (extra: Doc = {}) => ({ get: { tags: ["things"], responses: ok, ...extra } });
    const { summaries, diagnostics } = operations({
      paths: {
        "/x/list": get({ operationId: "listThings" }),
        "/y/list": get({ operationId: "list" }),
        "/z/list": get({ operationId: "list_things" }),
        "/w/list": get({ operationId: "listThings_2" }),
        "/v/list": get({ operationId: "List" }),
      },
    });
    expect(summaries.map((s) => s.call.split(" ")[0])).toEqual([
      "things.list",
      "things.list2",
      "things.listThings",
      "things.listThings2",
      "things.list3",
    ]);
    expect(diagnostics).toEqual([
      [
        "warning",
        "sdk-name-collision",
        "/paths/~1y~1list/get",
        "`things.list` is taken by /paths/~1x~1list/get; named `things.list2`",
        "set x-sdk-method to choose the name",
      ],
      [
        "warning",
        "sdk-name-collision",
        "/paths/~1v~1list/get",
        "`things.list` is taken by /paths/~1x~1list/get; named `things.list3`",
        "set x-sdk-method to choose the name",
      ],
    ]);
    const declared = operations({
      paths: {
        "/a": get({ "x-sdk-method": "find" }),
        "/b": get({ operationId: "find" }),
        "/c": get({ "x-sdk-method": "constructor" }),
      },
    });
    expect(declared.diagnostics).toEqual([
      [
        "error",
        "duplicate-sdk-name",
        "/paths/~1b/get",
        "the SDK name `things.find` is also given to /paths/~1a/get",
        "give one of them another x-sdk-method in the curation",
      ],
      // the error does not stop the run: the emitted names still get unique numbers
      [
        "warning",
        "name-collision",
        "/paths/~1b/get",
        "`thingsFind` is already taken by another declaration; named `thingsFind2`",
        "name the operation in the curation (x-sdk-resource / x-sdk-method)",
      ],
      [
        "warning",
        "name-collision",
        "/paths/~1b/get",
        "`ThingsFindParams` is already taken by another declaration; named `ThingsFindParams2`",
        "name the operation in the curation (x-sdk-resource / x-sdk-method)",
      ],
      [
        "error",
        "duplicate-sdk-name",
        "/paths/~1c/get",
        "the SDK name `things.constructor` is also given to the resource class itself",
        "give one of them another x-sdk-method in the curation",
      ],
    ]);
  });

  it("a resource that would hide a client member is renamed, with a warning", () => {
    const { summaries, diagnostics } = operations({ paths: { "/request": { get: { responses: ok } } } });
    expect(summaries.map((s) => s.call.split(" ")[0])).toEqual(["requestResource.getRequest"]);
    expect(diagnostics).toEqual([
      [
        "warning",
        "name-collision",
        "/paths/~1request/get",
        "the resource `request` would hide the client's own `request`; named `requestResource`",
        "name the operation in the curation (x-sdk-resource)",
      ],
    ]);
  });

  it("pagination is proposed for an uncurated JSON operation only, never for a curated one without x-pagination", () => {
    const list = { type: "object", properties: { data: { type: "array", items: str }, scroll_param: str } };
    const page = [{ name: "scroll_param", in: "query", schema: str }];
    const { ops } = operations({
      paths: {
        "/a": { get: { parameters: page, responses: { "200": json(list) } } },
        "/b": { get: { "x-sdk-method": "listB", parameters: page, responses: { "200": json(list) } } },
        "/c": { get: { parameters: page, responses: { "200": { description: "csv", content: { "text/csv": {} } } } } },
      },
    });
    expect(ops.map((o) => [o.path, o.pagination?.style ?? "none"])).toEqual([
      ["/a", "scroll"],
      ["/b", "none"],
      ["/c", "none"],
    ]);
  });
});

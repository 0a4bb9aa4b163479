// generator/model/throws.ts: the declared error responses of an operation, each with the class the client throws.
import { describe, expect, it } from "vitest";
import { operations, respond, rows } from "./rows.js";

const said = (description: string) => ({ description });

describe("model documents: thrown errors", () => {
  rows(
    [
      [
        "each status the runtime names gets its own class in @throws",
        respond({
          "400": said("Bad"),
          "401": said("Who"),
          "403": said("No"),
          "404": said("Gone"),
          "409": said("Clash"),
          "422": said("Wrong"),
          "429": said("Slow"),
        }),
        [
          "400 BadRequestError: Bad",
          "401 UnauthorizedError: Who",
          "403 ForbiddenError: No",
          "404 NotFoundError: Gone",
          "409 ConflictError: Clash",
          "422 UnprocessableEntityError: Wrong",
          "429 RateLimitError: Slow",
        ],
      ],
      [
        "any 5xx status, and 5XX in either case, is an InternalServerError",
        respond({ "503": said("Down"), "5xx": said("Broken"), "500": said("Oops") }),
        ["500 InternalServerError: Oops", "503 InternalServerError: Down", "5xx InternalServerError: Broken"],
      ],
      [
        "a 4xx status the runtime does not name, 4XX and default are the API error under the profile's prefix",
        respond({ default: said("Else"), "4XX": said("Client"), "418": said("Teapot"), "4xx": said("client") }),
        [
          "418 ShopApiError: Teapot",
          "4xx ShopApiError: client",
          "4XX ShopApiError: Client",
          "default ShopApiError: Else",
        ],
      ],
      [
        "success, informational and redirect responses throw nothing: no @throws at all",
        respond({
          "200": said("OK"),
          "2XX": said("Fine"),
          "1XX": said("Wait"),
          "302": said("There"),
          "3XX": said("Away"),
        }),
        undefined,
      ],
      [
        "keys that only look like errors (4044, 40, X404, 4XXX, 14XX, 5XXs, 45XX) throw nothing",
        respond({
          "4044": said("a"),
          "40": said("b"),
          X404: said("c"),
          "4XXX": said("d"),
          "14XX": said("f"),
          "5XXs": said("e"),
          "45XX": said("g"),
          "200": said("OK"),
        }),
        undefined,
      ],
      [
        "sorted by status whatever the order written: codes, then ranges, then default",
        respond({ default: said("d"), "5XX": said("c"), "429": said("b"), "400": said("a") }),
        ["400 BadRequestError: a", "429 RateLimitError: b", "5XX InternalServerError: c", "default ShopApiError: d"],
      ],
      [
        "the description of a $ref response; an empty description is left out",
        respond({ "404": { $ref: "#/components/responses/Missing" }, "500": said("") }),
        ["404 NotFoundError: The thing is not there.", "500 InternalServerError"],
      ],
    ] as const,
    (paths) => {
      const { ops, diagnostics } = operations({
        paths,
        components: { responses: { Missing: said("The thing is not there.") } },
      });
      const thrown = ops[0]!.throws?.map(
        (t) => `${t.status} ${t.className}${"description" in t ? `: ${t.description}` : ""}`,
      );
      return { got: thrown, diagnostics };
    },
  );

  it("the profile's errorPrefix names the base class (AcmeApiError); the named classes keep their names", () => {
    const { ops, diagnostics } = operations({
      "x-sdk-profile": { errorPrefix: "Acme" },
      paths: respond({ "404": said("Gone"), "4XX": said("Client"), "502": said("Gateway") }),
    });
    expect(diagnostics).toEqual([]);
    expect(ops[0]!.throws).toEqual([
      { status: "404", className: "NotFoundError", description: "Gone" },
      { status: "4XX", className: "AcmeApiError", description: "Client" },
      { status: "502", className: "InternalServerError", description: "Gateway" },
    ]);
  });

  it("an operation without responses throws nothing", () => {
    const { ops, diagnostics } = operations({ paths: { "/r": { get: { operationId: "getR" } } } });
    expect(diagnostics).toEqual([]);
    expect(ops[0]!.throws).toBeUndefined();
  });

  it("lenient: an error response whose $ref points to nothing is still thrown, without a description", () => {
    const { ops, diagnostics } = operations(
      { paths: respond({ "404": { $ref: "#/components/responses/Nope" } }) },
      { lenient: true },
    );
    expect(diagnostics.map((d) => d.slice(0, 3))).toEqual([
      ["warning", "missing-ref", "/paths/~1r/get/responses/404/$ref"],
    ]);
    expect(ops[0]!.throws).toStrictEqual([{ status: "404", className: "NotFoundError" }]);
  });
});

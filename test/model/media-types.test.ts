// generator/model/media-types.ts: JSON-like media types, and lenient input.
import { describe, expect, it } from "vitest";
import { printedTypes } from "../helpers/model.js";
import { body, build, obj, operations, respond } from "./rows.js";

describe("model documents: media types and lenient input", () => {
  it.each([
    ["application/json; charset=utf-8", "json merged: { name: string; }"],
    ["application/merge-patch+json", "json merged: { name: string; }"],
    [
      "application/x-json-stream",
      "binary (application/x-json-stream) under body: Blob | Uint8Array | ArrayBuffer | ReadableStream",
    ],
    ["application/xml", "text (application/xml) under body: string"],
    ["text/csv", "text (text/csv) under body: string"],
  ])("request body %s", (type, want) => {
    const { summaries } = operations({ paths: body({ [type]: { schema: obj } }) });
    expect(summaries[0]!.body).toBe(want);
  });

  it.each([
    ["application/json; charset=utf-8", "json: { name: string; }", undefined],
    ["*/*", "json: { name: string; }", undefined],
    ["text/html", "text: string", "text/html"],
    ["application/xml", "binary: Blob | Uint8Array", "application/xml"],
  ])("response %s", (type, want, mediaType) => {
    const { summaries } = operations({
      paths: respond({ "200": { description: "x", content: { [type]: { schema: obj } } } }),
    });
    expect([summaries[0]!.response, summaries[0]!.responseMediaType]).toEqual([want, mediaType]);
  });

  it("lenient: a dangling $ref is typed unknown, and its property has no docs from it", () => {
    const { printed, model } = (() => {
      const r = build(
        {
          components: {
            schemas: {
              T: { type: "object", properties: { gone: { $ref: "#/components/schemas/Gone", description: "Kept." } } },
            },
          },
        },
        { lenient: true },
      );
      return { printed: printedTypes(r.model), model: r.model };
    })();
    expect(printed["T"]).toBe("{ gone?: unknown; }");
    const t = model.types[0]!.type;
    if (t.kind !== "object") throw new Error("T is not an object");
    expect(t.properties[0]!.docs).toEqual({ description: "Kept." });
  });
});

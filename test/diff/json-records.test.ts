// The change records of `npm run diff --json`, as a program reading them sees them: kind, severity, place (scope,
// subject, route, location), the path inside it, the types for type changes, and the counts. Two small
// descriptions in, the parsed JSON report out.
import { describe, expect, it } from "vitest";
import { formatJson } from "../../generator/diff/report.js";
import {
  body,
  create,
  description,
  diffOf,
  find,
  type Json,
  json,
  list,
  object,
  query,
  response,
  str,
} from "./documents.js";

/** The JSON report of the diff between two versions, parsed. */
function jsonReport(before: Json, after: Json) {
  const side = (version: string) => ({ file: `v${version}.yaml`, title: "Things", version });
  const text = formatJson({ old: side("1"), new: side("2"), changes: diffOf(before, after) });
  return JSON.parse(text) as { summary: { breaking: number; nonBreaking: number }; changes: Json[] };
}
const records = (before: Json, after: Json) => jsonReport(before, after).changes;
/** Kind, location, path and message of each change. */
const places = (before: Json, after: Json) =>
  records(before, after).map((c) => [c["kind"], c["location"], c["path"], c["message"]]);

const thing = object({ name: str });
const empty = { responses: { "200": json(object({ id: str })), "204": { description: "nothing" } } };

describe("the JSON report's change records", () => {
  it("an operation's route changed: the whole record, at the operation, without types", () => {
    expect(records(description(find()), description({ "GET /items/{id}": { method: "find" } }))).toStrictEqual([
      {
        kind: "route-changed",
        severity: "non-breaking",
        scope: "operation",
        subject: "things.find",
        route: "GET /items/{id}",
        location: "operation",
        path: "",
        detail:
          "route changed from `GET /things/{id}` to `GET /items/{id}` (calls keep compiling and reach the new route)",
        message:
          "non-breaking things.find: route changed from `GET /things/{id}` to `GET /items/{id}` (calls keep compiling and reach the new route)",
      },
    ]);
  });

  it("a type change: the whole record, with the old and the new type", () => {
    const field = (f: Json) => description(find(response(object({ id: str, f }))));
    expect(records(field(str), field({ type: "integer" }))).toStrictEqual([
      {
        kind: "type-changed",
        severity: "breaking",
        scope: "operation",
        subject: "things.find",
        route: "GET /things/{id}",
        location: "response",
        path: "f",
        from: "string",
        to: "integer",
        detail: "response field `f` changed type from `string` to `integer`",
        message: "BREAKING things.find: response field `f` changed type from `string` to `integer`",
      },
    ]);
  });

  it("an enum change: the values in the words, the whole enums as the types", () => {
    const field = (values: string[]) => description(find(response(object({ f: { type: "string", enum: values } }))));
    expect(records(field(["a"]), field(["a", "b", "c"]))).toStrictEqual([
      {
        kind: "enum-values-added",
        severity: "breaking",
        scope: "operation",
        subject: "things.find",
        route: "GET /things/{id}",
        location: "response",
        path: "f",
        from: '"a"',
        to: '"a" | "b" | "c"',
        detail: 'response field `f` has new values "b", "c"',
        message: 'BREAKING things.find: response field `f` has new values "b", "c"',
      },
    ]);
    expect(records(field(["a", "b", "c"]), field(["a"])).map((c) => c["message"])).toEqual([
      'non-breaking things.find: response field `f` lost values "b", "c"',
    ]);
  });

  it.each<[string, Json, Json, unknown[][]]>([
    [
      "operations added and removed are at the operation",
      description(find()),
      description(list()),
      [
        ["operation-removed", "operation", "", "BREAKING things.find: operation removed"],
        ["operation-added", "operation", "", "non-breaking things.list: operation added (`GET /things`)"],
      ],
    ],
    [
      "a body added is the whole body",
      description(create()),
      description(create(body(thing, false))),
      [["body-added", "body", "", "non-breaking things.create: optional request body added"]],
    ],
    [
      "a body removed is the whole body",
      description(create(body(thing))),
      description(create()),
      [["body-removed", "body", "", "BREAKING things.create: request body removed"]],
    ],
    [
      "a body made required is the whole body",
      description(create(body(thing, false))),
      description(create(body(thing, true))),
      [["made-required", "body", "", "BREAKING things.create: request body is now required"]],
    ],
    [
      "a body sent as another media type is the whole body",
      description(create(body(thing))),
      description(create(body(thing, true, "application/x-www-form-urlencoded"))),
      [
        [
          "body-media-type-changed",
          "body",
          "",
          "non-breaking things.create: request body is now sent as form-urlencoded (was json)",
        ],
      ],
    ],
    [
      "a body argument renamed (a parameter took its name) moved",
      description(create(body({ type: "array", items: str }))),
      description(create({ ...body({ type: "array", items: str }), parameters: [query("body")] })),
      [
        ["field-added", "parameter", "body", "non-breaking things.create: parameter `body` added (optional)"],
        [
          "body-moved",
          "body",
          "",
          "BREAKING things.create: request body moved from the `body` argument to the `requestBody` argument",
        ],
      ],
    ],
    [
      "a response that changed kind is the whole response",
      description(find({ responses: { "204": { description: "none" } } })),
      description(find()),
      [["response-kind-changed", "response", "", "non-breaking things.find: response changed from no body to JSON"]],
    ],
    [
      "a response that may be empty is the whole response",
      description(find()),
      description(find(empty)),
      [["response-may-be-empty", "response", "", "BREAKING things.find: response may now be empty (`undefined`)"]],
    ],
    [
      "a response always present is the whole response",
      description(find(empty)),
      description(find()),
      [["response-always-present", "response", "", "non-breaking things.find: response is never empty any more"]],
    ],
  ])("%s", (_what, before, after, expected) => {
    expect(places(before, after)).toEqual(expected);
  });

  it("counts breaking and non-breaking changes apart", () => {
    const before = description({ ...find(), ...list() });
    const after = description(create());
    expect(jsonReport(before, after).summary).toEqual({ breaking: 2, nonBreaking: 1 });
  });
});

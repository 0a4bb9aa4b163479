// Every committed version's client against both shapes of the attached-companies list (see the helper).
import { describe, expect, it } from "vitest";
import { paginate, type PaginationSpec } from "../../templates/runtime/pagination.js";
import { describeAttachedCompanies } from "../helpers/attached-companies.js";
import type { GeneratedPackage } from "../helpers/client-suite.js";
import { generatedOf, VERSIONS } from "../helpers/paths.js";
import { makeClient } from "../runtime/helpers.js";
import { startServer } from "../runtime/server.js";

for (const version of VERSIONS)
  describeAttachedCompanies(
    `generated/${version}`,
    () => import(`${generatedOf(version)}/src/index.ts`) as Promise<GeneratedPackage>,
  );

describe("items alternatives: the first array present wins", () => {
  const spec: PaginationSpec = { style: "page", items: ["companies", "data"], pageParam: "page", pages: "pages" };
  const op = { method: "GET", path: "/list", response: "json" } as const;
  const cases: [string, object, string[]][] = [
    ["both present: the first", { companies: [{ id: "a" }], data: [{ id: "b" }] }, ["a"]],
    ["the first absent: the second", { data: [{ id: "b" }] }, ["b"]],
    ["the first not an array: the second", { companies: { id: "a" }, data: [{ id: "b" }] }, ["b"]],
    ["neither: no items", { other: [{ id: "c" }] }, []],
  ];
  it.each(cases)("%s", async (_name, body, expected) => {
    const server = await startServer(() => ({ body: { ...body, pages: { page: 1, total_pages: 1 } } }));
    try {
      const page = await paginate<unknown, { id: string }>(makeClient(server.url).client, op, {}, undefined, spec);
      expect(page.data.map((x) => x.id)).toEqual(expected);
    } finally {
      await server.close();
    }
  });
});

// The curation names every operation as Intercom's own SDK does (README, "The whole API"): checked against the
// installed intercom-client's compiled resource clients, for every committed version; and the curations of later
// versions carry 2.11's entries unchanged.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { curate } from "../../generator/curate/curate.js";
import { readCuration, routeShape } from "../../generator/curate/curation.js";
import { clientOperations, sdkNamesOf } from "../helpers/intercom-client.js";
import { ROOT, VERSIONS } from "../helpers/paths.js";

type Json = Record<string, any>;
const curationFile = (version: string) => join(ROOT, "spec", version, "curation.yaml");
const officialOf = (version: string): Json => {
  const file = curationFile(version);
  return parse(readFileSync(resolve(dirname(file), readCuration(file).source), "utf8")) as Json;
};
const routes = (version: string) =>
  readCuration(curationFile(version)).operations.map((o) => `${o.sdkName}: ${o.method.toUpperCase()} ${o.path}`);

describe("intercom-client's operations, read from its compiled clients", () => {
  const operations = clientOperations();
  const byName = new Map(operations.map((o) => [o.name, `${o.method} ${o.path}`]));

  it("reads method, route (with its request field names) and nested resource paths", () => {
    expect(byName.get("companies.find")).toBe("GET /companies/{company_id}");
    expect(byName.get("contacts.list")).toBe("GET /contacts");
    expect(byName.get("helpCenters.collections.find")).toBe("GET /help_center/collections/{collection_id}");
    expect(byName.get("news.feeds.listItems")).toBe("GET /news/newsfeeds/{newsfeed_id}/items");
    expect(byName.get("ticketTypes.attributes.update")).toBe(
      "PUT /ticket_types/{ticket_type_id}/attributes/{attribute_id}",
    );
    expect(byName.get("unstable.macros.getMacro")).toBe("GET /macros/{id}");
  });

  it("every method it read has a method and a route, and no name twice", () => {
    expect(operations.every((o) => /^(GET|PUT|POST|DELETE|PATCH)$/.test(o.method) && o.path.startsWith("/"))).toBe(
      true,
    );
    expect(byName.size).toBe(operations.length);
  });
});

describe.each(VERSIONS)("spec/%s/curation.yaml", (version) => {
  const expected = sdkNamesOf(officialOf(version));

  it("curates every operation of the official description", () => {
    const official = officialOf(version);
    const count = Object.values(official["paths"] as Json).flatMap((item) =>
      Object.keys(item as Json).filter((m) => ["get", "put", "post", "delete", "patch"].includes(m)),
    ).length;
    expect(routes(version)).toHaveLength(count);
  });

  it("names each operation by the rules: intercom-client's name and route, its unstable one without the prefix, else derived", () => {
    expect([...routes(version)].sort()).toEqual(expected.map((n) => `${n.name}: ${n.method} ${n.path}`).sort());
  });
});

describe.each(VERSIONS.slice(1))("spec/%s/curation.yaml keeps 2.11's entries", (version) => {
  const first = parse(readFileSync(curationFile(VERSIONS[0]!), "utf8")) as Json;
  const later = parse(readFileSync(curationFile(version), "utf8")) as Json;
  const official = officialOf(version);
  const shapes = new Set(
    Object.entries(official["paths"] as Json).flatMap(([path, item]) =>
      Object.keys(item as Json).map((m) => routeShape(m, path)),
    ),
  );
  const lacks = (route: string) => !shapes.has(routeShape(route.split(" ")[0]!, route.split(" ")[1]!));

  it("every operation, pagination and parameters entry of 2.11 is there unchanged, unless the version lacks the route", () => {
    for (const section of ["operations", "pagination", "parameters"]) {
      for (const [name, entry] of Object.entries(first[section] as Json)) {
        if (lacks(first["operations"][name])) expect(later[section][name], `${section}/${name}`).toBeUndefined();
        else expect(later[section][name], `${section}/${name}`).toEqual(entry);
      }
    }
  });

  it("every fix of 2.11 is there unchanged and in the same order, before the version's own", () => {
    const kept = (first["fixes"] as Json[]).filter(
      (fix) => fix["operation"] === undefined || !lacks(first["operations"][fix["operation"]]),
    );
    expect(later["fixes"].slice(0, kept.length)).toEqual(kept);
  });

  it("2.11's curation applied to this version's description gives 2.11's operations under the same names", () => {
    const curation = readCuration(curationFile(VERSIONS[0]!));
    const { document, missing } = curate(official, curation, "official");
    const committed = parse(readFileSync(join(ROOT, "spec", version, "openapi.yaml"), "utf8")) as Json;
    const named = (doc: Json) =>
      Object.entries(doc["paths"] as Json).flatMap(([path, item]) =>
        Object.entries(item as Json).flatMap(([method, op]) =>
          op?.["x-sdk-method"]
            ? [`${op["x-sdk-resource"]}.${op["x-sdk-method"]}: ${method.toUpperCase()} ${path}`]
            : [],
        ),
      );
    const fromFirst = named(document);
    expect(fromFirst.length + missing.length).toBe(curation.operations.length);
    expect(missing.map((m) => m.split(" ")[0]).every((name) => lacks(first["operations"][name!]))).toBe(true);
    expect(named(committed)).toEqual(expect.arrayContaining(fromFirst));
  });
});

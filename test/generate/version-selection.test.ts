// Which versions a command works on (generator/versions.ts): the curation add-version starts from (the nearest in
// numeric order, Preview newest, a tie to the older), and the versions `generate`/`curate` are given by name or path.
import { describe, expect, it } from "vitest";
import { nearestVersion, selectVersions, versionsWith } from "../../generator/versions.js";

describe("nearestVersion", () => {
  it.each([
    ["2.7", ["2.16", "2.11"], "2.11"],
    ["2.13", ["2.11", "2.16"], "2.11"],
    ["2.14", ["2.11", "2.16"], "2.16"],
    ["2.9", ["2.10", "2.8"], "2.8"], // a tie: the older
    ["2.9", ["2.8", "2.10"], "2.8"],
    ["2.17", ["2.9", "2.10", "Preview"], "2.10"],
    ["Preview", ["2.11", "2.16"], "2.16"],
    ["Preview", ["Preview", "2.16"], "Preview"],
    ["2.16", ["2.11", "Preview"], "2.11"],
    ["3", ["2.999", "4.0.1", "3.0.2"], "3.0.2"], // three parts, each below 1000
    ["1.0.1", ["1.0", "1.0.3"], "1.0"],
    ["2.1", ["2.1000", "2.0"], "2.0"], // 2.1000 is no version number: newest
    ["v2", ["1", "3"], "3"], // neither is "v2": it counts as newest
    ["2.5", [], undefined],
  ])("%s from %j: %s", (version, versions, nearest) => {
    const given = [...versions];
    expect(nearestVersion(version, versions)).toBe(nearest);
    expect(versions).toEqual(given); // the caller's list is not reordered
  });
});

describe("selectVersions (run where spec/ is, as the commands are)", () => {
  const known = versionsWith("openapi.yaml");

  it("none named: every version with the file, oldest first", () => {
    expect(known.length).toBeGreaterThan(0);
    expect(selectVersions([], "openapi.yaml")).toEqual(known);
  });

  it("a version by name, or by the path of its folder or of a file in it", () => {
    const v = known[0]!;
    for (const name of [v, `spec/${v}`, `./spec/${v}`, `spec/${v}/openapi.yaml`, `spec/${v}/curation.yaml`])
      expect(selectVersions([name], "openapi.yaml"), name).toEqual([v]);
    expect(selectVersions([...known].reverse(), "openapi.yaml")).toEqual([...known].reverse());
  });

  it.each([
    ["9.99", "9.99"],
    ["spec/9.99/openapi.yaml", "9.99"],
    ["specs/9.99", "specs/9.99"],
    [`spec/x/spec/y`, "spec/x/spec/y"],
  ])("%s is no version: the error names it and the versions there are", (name, version) => {
    expect(() => selectVersions([name], "openapi.yaml")).toThrow(
      `no version "${name}": spec/${version}/openapi.yaml does not exist (versions: ${known.join(", ")})`,
    );
  });
});

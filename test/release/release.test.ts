// `npm run release` on a scratch project: a first release, a breaking curation change (major), an additive one
// (minor); then the 2.11 package packed as a release packs it, installed from the tarball in a fresh folder outside
// the repository, and called against a local node:http server.
import { execFile } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { curateVersion } from "../../generator/curate/curate-version.js";
import { pack, release } from "../../generator/release/release.js";
import { expectMade } from "../helpers/package-loader.js";
import { ROOT } from "../helpers/paths.js";

const project = mkdtempSync(join(tmpdir(), "release-"));
const app = mkdtempSync(join(tmpdir(), "release-app-"));
afterAll(() => {
  rmSync(project, { recursive: true, force: true });
  rmSync(app, { recursive: true, force: true });
});

function run(command: string, args: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) =>
    execFile(command, args, { cwd, timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    ),
  );
}
const tsx = (script: string, ...args: string[]) =>
  run(process.execPath, [join(ROOT, "node_modules/tsx/dist/cli.mjs"), join(ROOT, script), ...args], project);

const curation = join(project, "spec/1.0/curation.yaml");
const changelog = () => readFileSync(join(project, "generated/1.0/CHANGELOG.md"), "utf8");
const packageVersion = () =>
  (JSON.parse(readFileSync(join(project, "generated/1.0/package.json"), "utf8")) as { version: string }).version;

/** Edits the curation as a maintainer would, re-curates, and releases in this process (cwd: the scratch project). */
async function curateAndRelease(edit: (text: string) => string, packTo: string | false = false) {
  expectMade(join(project, "generated/1.0/release.json"), 'the test "first release, as the user types it…"');
  writeFileSync(curation, edit(readFileSync(curation, "utf8")));
  const cwd = process.cwd();
  process.chdir(project);
  try {
    curateVersion("spec/1.0/curation.yaml");
    return await release("1.0", { packTo });
  } finally {
    process.chdir(cwd);
  }
}

describe("npm run release", () => {
  it("first release, as the user types it: the API version as semver, a changelog, a recorded base", async () => {
    mkdirSync(join(project, "spec/1.0"), { recursive: true });
    cpSync(join(ROOT, "test/fixtures/release/official.yaml"), join(project, "official.yaml"));
    cpSync(join(ROOT, "test/fixtures/release/curation.yaml"), curation);
    const curated = await tsx("generator/curate/cli.ts", "spec/1.0/curation.yaml");
    expect(curated.code, curated.stderr).toBe(0);
    const released = await tsx("generator/release/cli.ts", "1.0", "--no-pack");
    expect(released.code, released.stderr).toBe(0);
    expect(released.stdout).toContain("generated/1.0: 1.0.0 (first release); see generated/1.0/CHANGELOG.md");
    expect(packageVersion()).toBe("1.0.0");
    expect(changelog()).toContain("## 1.0.0");
    expect(JSON.parse(readFileSync(join(project, "generated/1.0/release.json"), "utf8")).version).toBe("1.0.0");
  });

  it("a breaking curation change (a call renamed): the major version, and the entry names the call", async () => {
    const result = await curateAndRelease((text) => text.replace("widgets.find:", "widgets.get:"));
    expect([result.bump, result.previous, result.version]).toEqual(["major", "1.0.0", "2.0.0"]);
    expect(packageVersion()).toBe("2.0.0");
    const entry = changelog().split("## 1.0.0")[0]!;
    expect(entry).toContain("## 2.0.0");
    expect(entry).toContain("code written for 1.0.0 may need these changes");
    expect(entry).toContain(
      "- `widgets.find` (`GET /widgets/{widget_id}`): operation removed (`GET /widgets/{widget_id}` is now `widgets.get`)",
    );
    // the user agent names the released version too
    expect(readFileSync(join(project, "generated/1.0/src/client.ts"), "utf8")).toContain("acme-widgets-1.0/2.0.0");
  });

  it("an additive change (a call added): the minor version, and the tarball", async () => {
    const result = await curateAndRelease((text) => `${text}  widgets.list: GET /widgets\n`, "releases");
    expect([result.bump, result.previous, result.version]).toEqual(["minor", "2.0.0", "2.1.0"]);
    expect(changelog().split("## 2.0.0")[0]).toContain("- `widgets.list` (`GET /widgets`): operation added");
    expect(result.tarball).toBe(join("releases", "acme-widgets-1.0-2.1.0.tgz"));
    expect(readFileSync(join(project, result.tarball!)).length).toBeGreaterThan(1000);
  });

  it("a broken record: exit 1, the file named, nothing changed", async () => {
    const record = join(project, "generated/1.0/release.json");
    expectMade(record, 'the test "first release, as the user types it…"');
    const before = readFileSync(join(project, "generated/1.0/package.json"), "utf8");
    writeFileSync(record, "{}");
    const released = await tsx("generator/release/cli.ts", "1.0", "--no-pack");
    expect(released.code).toBe(1);
    expect(released.stderr).toContain("generated/1.0/release.json is not a release record");
    expect(released.stderr).toContain("nothing was released");
    expect(readFileSync(join(project, "generated/1.0/package.json"), "utf8")).toBe(before);
  });
});

describe("the packed 2.11 package, installed in a fresh folder outside the repository", () => {
  it("installs from its tarball and calls a local server", async () => {
    const tarball = pack(join(ROOT, "generated/2.11"), join(app, "tarballs"));
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
    const installed = await run(
      "npm",
      ["install", join(app, tarball.slice(tarball.indexOf("tarballs"))), "--offline", "--no-audit", "--no-fund"],
      app,
    );
    expect(installed.code, installed.stderr).toBe(0);
    const seen: string[] = [];
    const server = createServer((req, res) => {
      seen.push(`${req.method} ${req.url} ${req.headers["authorization"]}`);
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ type: "company", id: "531ee472cce572a6ec000006", name: "Blue Sun" }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    writeFileSync(
      join(app, "call.mjs"),
      `import { Intercom } from "intercom-api-2.11";
const intercom = new Intercom({ token: "tok", baseUrl: ${JSON.stringify(url)} });
const company = await intercom.companies.find({ company_id: "531ee472cce572a6ec000006" });
console.log(company.name);`,
    );
    const called = await run(process.execPath, ["call.mjs"], app);
    await new Promise((resolve) => server.close(resolve));
    expect(called.code, called.stderr).toBe(0);
    expect(called.stdout.trim()).toBe("Blue Sun");
    expect(seen).toEqual(["GET /companies/531ee472cce572a6ec000006 Bearer tok"]);
    // a copy, not a link into the repository
    expect(readFileSync(join(app, "node_modules/intercom-api-2.11/package.json"), "utf8")).toContain(
      '"version": "2.11.0"',
    );
  });
});

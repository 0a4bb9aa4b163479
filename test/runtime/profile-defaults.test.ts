// The runtime knows no vendor: token env var, version header and servers all come from the emitted ClientDefaults.
import { afterEach, expect, it } from "vitest";
import { ClientCore, type ClientDefaults } from "../../templates/runtime/index.js";
import { applySoleScheme, bearer } from "../../templates/runtime/security.js";
import { startServer, type TestServer } from "./server.js";

let server: TestServer | undefined;
afterEach(() => server?.close());

const OP = { method: "GET", path: "/ping", response: "none" } as const;
const base = (url: string): ClientDefaults => ({
  version: "7",
  servers: {},
  defaultRegion: "",
  baseUrl: url,
  schemes: { bearer: { set: bearer, header: "authorization", token: true, env: "TINY_TOKEN" } },
  security: [["bearer"]],
  authenticate: applySoleScheme,
  userAgent: "tiny/1",
});

it("no versionHeader: no version header is sent; the server is defaults.baseUrl", async () => {
  server = await startServer(() => ({ status: 204 }));
  await new ClientCore({ token: "t" }, base(server.url)).request(OP, {});
  const { headers } = server.requests[0]!;
  expect(Object.keys(headers).filter((h) => /version/i.test(h))).toEqual([]);
  expect(headers["authorization"]).toBe("Bearer t");
});

it("versionHeader: the version goes in the header the defaults name, overridable per client", async () => {
  server = await startServer(() => ({ status: 204 }));
  await new ClientCore({ token: "t" }, { ...base(server.url), versionHeader: "Api-Version" }).request(OP, {});
  await new ClientCore({ token: "t", version: "8" }, { ...base(server.url), versionHeader: "Api-Version" }).request(
    OP,
    {},
  );
  expect(server.requests.map((r) => r.headers["api-version"])).toEqual(["7", "8"]);
});

it("the token comes from the env var the defaults name, and the error says which", async () => {
  server = await startServer(() => ({ status: 204 }));
  process.env["TINY_TOKEN"] = "env-token";
  try {
    await new ClientCore({}, base(server.url)).request(OP, {});
    expect(server.requests[0]!.headers["authorization"]).toBe("Bearer env-token");
  } finally {
    delete process.env["TINY_TOKEN"];
  }
  // Creating the client needs no credential; the call that needs one fails before sending, naming the variable.
  await expect(new ClientCore({}, base(server.url)).request(OP, {})).rejects.toThrow(/`bearer` \(or TINY_TOKEN\)/);
  expect(server.requests).toHaveLength(1);
});

it("no regions and no server: a clear error asking for baseUrl", () => {
  const { baseUrl: _none, ...defaults } = base("");
  expect(() => new ClientCore({ token: "t" }, defaults)).toThrow(/pass `baseUrl`/);
});

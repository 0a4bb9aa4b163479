// Shared fixtures for runtime tests (the scripted server lives in ./server.ts).
import { expect } from "vitest";
import {
  ClientCore,
  type ClientDefaults,
  type ClientOptions,
  type OperationSpec,
} from "../../templates/runtime/index.js";
import { buildQuery } from "../../templates/runtime/query.js";
import { applySoleScheme, bearer } from "../../templates/runtime/security.js";

export const TOKEN = "tok_SUPER_secret_123";

export const DEFAULTS: ClientDefaults = {
  version: "2.11",
  versionHeader: "Intercom-Version",
  servers: { us: "https://api.intercom.io", eu: "https://api.eu.intercom.io", au: "https://api.au.intercom.io" },
  defaultRegion: "us",
  schemes: { bearerAuth: { set: bearer, header: "authorization", token: true, env: "INTERCOM_API_KEY" } },
  security: [["bearerAuth"]],
  authenticate: applySoleScheme,
  userAgent: "intercom-sdk/2.11 (generated)",
};

/** A client pointed at `baseUrl` whose retry waits are recorded instead of slept. */
export function makeClient(baseUrl: string, options: ClientOptions = {}): { client: ClientCore; delays: number[] } {
  const delays: number[] = [];
  const client = new ClientCore(
    {
      token: TOKEN,
      baseUrl,
      sleep: async (ms) => void delays.push(ms),
      ...options,
    },
    DEFAULTS,
  );
  return { client, delays };
}

/** The rejection of `p` (fails the test if it resolves). */
export async function rejection(p: PromiseLike<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error("expected a rejection");
}

/** Asserts `e` is an instance of exactly `cls`, not of a subclass (a base-class check lets wrapped errors pass). */
export function expectExactly(e: unknown, cls: abstract new (...args: never[]) => unknown): void {
  expect(e).toBeInstanceOf(cls);
  expect(Object.getPrototypeOf(e), `${(e as Error).name}: ${(e as Error).message}`).toBe(cls.prototype);
}

/** `p`, or a rejection naming `what` when it is still pending after `ms` (a guard against hangs, not a speed check). */
export function within<T>(p: PromiseLike<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const guard = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: still pending after ${ms} ms`)), ms);
  });
  return Promise.race([Promise.resolve(p), guard]).finally(() => clearTimeout(timer));
}

/** `GET /list` with these query parameters: the operation the pagination tests page through. */
export const listOp = (query: string[]): OperationSpec => ({
  method: "GET",
  path: "/list",
  query: { params: query, serialize: buildQuery },
  response: "json",
});

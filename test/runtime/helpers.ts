// Shared fixtures for runtime tests (the scripted server lives in ./server.ts).
import { ClientCore, type ClientDefaults, type ClientOptions } from "../../templates/runtime/index.js";

export const TOKEN = "tok_SUPER_secret_123";

export const DEFAULTS: ClientDefaults = {
  version: "2.11",
  versionHeader: "Intercom-Version",
  servers: { us: "https://api.intercom.io", eu: "https://api.eu.intercom.io", au: "https://api.au.intercom.io" },
  defaultRegion: "us",
  tokenEnv: "INTERCOM_API_KEY",
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

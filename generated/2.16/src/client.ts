// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { ClientCore, type ClientDefaults, type ClientOptions } from "./runtime/index.js";
import { validator } from "./validators.js";
import { Companies } from "./resources/companies.js";
import { Contacts } from "./resources/contacts.js";

/** The API declares no regions: pass `baseUrl` to choose another server. */
export type Region = never;

/** What the spec says: API version, servers by region, and the package's name for User-Agent. */
const DEFAULTS: ClientDefaults = {
  version: "2.16",
  versionHeader: "Intercom-Version",
  servers: {},
  defaultRegion: "",
  baseUrl: "https://api.intercom.io",
  tokenEnv: "INTERCOM_TOKEN",
  userAgent: "intercom-client/2.16.0",
};

/**
 * A client without the resource classes, for the standalone functions: a bundle then holds only the operations it calls.
 *
 * @example
 * ```ts
 * const client = createClient({ token: process.env.INTERCOM_TOKEN });
 * const result = await companiesFind(client, { company_id: "…" });
 * ```
 */
export function createClient(options: ClientOptions<Region> = {}): ClientCore {
  return new ClientCore(options, DEFAULTS);
}

/**
 * Intercom API 2.16 client.
 *
 * Regions: none; the server is https://api.intercom.io unless `baseUrl` is passed.
 *
 * Responses are checked against the schema with `validate: "warn"` or `"throw"` (off by default).
 *
 * @example
 * ```ts
 * const intercom = new Intercom({ token: process.env.INTERCOM_TOKEN });
 * ```
 */
export class Intercom extends ClientCore {
  readonly companies: Companies;
  readonly contacts: Contacts;

  constructor(options: ClientOptions<Region> = {}) {
    super({ validator, ...options }, DEFAULTS);
    this.companies = new Companies(this);
    this.contacts = new Contacts(this);
  }
}

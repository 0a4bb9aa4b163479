// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { ClientCore, type ClientDefaults, type ClientOptions } from "./runtime/index.js";
import { validator } from "./validators.js";
import { Companies } from "./resources/companies.js";
import { Contacts } from "./resources/contacts.js";

/** The regions of the spec's servers. */
export type Region = "us" | "eu" | "au";

/** What the spec says: API version, servers by region, and the package's name for User-Agent. */
const DEFAULTS: ClientDefaults = {
  version: "2.11",
  versionHeader: "Intercom-Version",
  servers: { us: "https://api.intercom.io", eu: "https://api.eu.intercom.io", au: "https://api.au.intercom.io" },
  defaultRegion: "us",
  tokenEnv: "INTERCOM_API_KEY",
  userAgent: "intercom-api-2.11/2.11.0",
};

/**
 * A client without the resource classes, for the standalone functions: a bundle then holds only the operations it calls.
 *
 * @example
 * ```ts
 * const client = createClient({ token: process.env.INTERCOM_API_KEY });
 * const result = await companiesFind(client, { company_id: "…" });
 * ```
 */
export function createClient(options: ClientOptions<Region> = {}): ClientCore {
  return new ClientCore(options, DEFAULTS);
}

/**
 * Intercom API 2.11 client.
 *
 * Regions: `us` (https://api.intercom.io), `eu` (https://api.eu.intercom.io), `au` (https://api.au.intercom.io).
 *
 * Responses are checked against the schema with `validate: "warn"` or `"throw"` (off by default).
 *
 * @example
 * ```ts
 * const intercom = new Intercom({ token: process.env.INTERCOM_API_KEY });
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

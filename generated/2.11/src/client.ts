// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import {
  ClientCore,
  ValidatingCore,
  nameErrors,
  type ClientDefaults,
  type ClientOptions,
  type ValidationOptions,
} from "./runtime/index.js";
import { Admins } from "./resources/admins.js";
import { Articles } from "./resources/articles.js";
import { HelpCenters } from "./resources/helpCenters.js";
import { Companies } from "./resources/companies.js";
import { Contacts } from "./resources/contacts.js";
import { Notes } from "./resources/notes.js";
import { TagsResource } from "./resources/tags.js";
import { Conversations } from "./resources/conversations.js";
import { DataAttributes } from "./resources/dataAttributes.js";
import { Events } from "./resources/events.js";
import { DataExportResource } from "./resources/dataExport.js";
import { Messages } from "./resources/messages.js";
import { News } from "./resources/news.js";
import { Segments } from "./resources/segments.js";
import { SubscriptionTypes } from "./resources/subscriptionTypes.js";
import { PhoneCallRedirects } from "./resources/phoneCallRedirects.js";
import { Teams } from "./resources/teams.js";
import { TicketTypes } from "./resources/ticketTypes.js";
import { Tickets } from "./resources/tickets.js";
import { Visitors } from "./resources/visitors.js";
import { applySoleScheme, bearer } from "./runtime/security.js";

export {
  SdkError as IntercomError,
  SdkApiError as IntercomApiError,
  SdkRequestError as IntercomRequestError,
  SdkConnectionError as IntercomConnectionError,
  SdkTimeoutError as IntercomTimeoutError,
  SdkParseError as IntercomParseError,
  SdkValidationError as IntercomValidationError,
  SdkWebhookError as IntercomWebhookError,
} from "./runtime/index.js";

nameErrors("Intercom"); // `error.name` says what users import (IntercomApiError)

/** The description's security schemes: the keys of the `credentials` option. */
export type SchemeName = "bearerAuth";

/** The regions of the spec's servers. */
export type Region = "us" | "eu" | "au";

/** What the spec says: API version, servers by region, and the package's name for User-Agent. */
const DEFAULTS: ClientDefaults = {
  version: "2.11",
  versionHeader: "Intercom-Version",
  servers: { us: "https://api.intercom.io", eu: "https://api.eu.intercom.io", au: "https://api.au.intercom.io" },
  defaultRegion: "us",
  schemes: { bearerAuth: { env: "INTERCOM_API_KEY", set: bearer, header: "authorization", token: true } },
  security: [["bearerAuth"]],
  authenticate: applySoleScheme,
  userAgent: "intercom-api-2.11/2.11.0",
};

/**
 * A client without the resource classes, for the standalone functions: a bundle then holds only the operations it calls.
 *
 * @example
 * ```ts
 * const client = createClient({ token: process.env.INTERCOM_API_KEY });
 * const result = await adminsAway(client, { admin_id: "…", away_mode_enabled: true, away_mode_reassign: true });
 * ```
 */
export function createClient(options: ClientOptions<Region, SchemeName> = {}): ClientCore {
  return new ClientCore(options, DEFAULTS);
}

/**
 * `createClient` with response validation (`validate`, per client or per call): the schemas are loaded on the first call that validates. `createClient` itself carries no validation code.
 *
 * @example
 * ```ts
 * const client = createValidatingClient({ token: process.env.INTERCOM_API_KEY, validate: "warn" });
 * const result = await adminsAway(client, { admin_id: "…", away_mode_enabled: true, away_mode_reassign: true });
 * ```
 */
export function createValidatingClient(
  options: ClientOptions<Region, SchemeName> & ValidationOptions = {},
): ClientCore {
  return new ValidatingCore(options, DEFAULTS, () => import("./validators.js").then((m) => m.validator));
}

/**
 * Intercom API 2.11 client.
 *
 * Regions: `us` (https://api.intercom.io), `eu` (https://api.eu.intercom.io), `au` (https://api.au.intercom.io).
 *
 * Responses are checked against the schema with `validate: "warn"` or `"throw"` (off by default; the schemas are loaded on the first call that validates).
 *
 * @example
 * ```ts
 * const intercom = new Intercom({ token: process.env.INTERCOM_API_KEY });
 * ```
 */
export class Intercom extends ValidatingCore {
  readonly admins: Admins;
  readonly articles: Articles;
  readonly helpCenters: HelpCenters;
  readonly companies: Companies;
  readonly contacts: Contacts;
  readonly notes: Notes;
  readonly tags: TagsResource;
  readonly conversations: Conversations;
  readonly dataAttributes: DataAttributes;
  readonly events: Events;
  readonly dataExport: DataExportResource;
  readonly messages: Messages;
  readonly news: News;
  readonly segments: Segments;
  readonly subscriptionTypes: SubscriptionTypes;
  readonly phoneCallRedirects: PhoneCallRedirects;
  readonly teams: Teams;
  readonly ticketTypes: TicketTypes;
  readonly tickets: Tickets;
  readonly visitors: Visitors;

  constructor(options: ClientOptions<Region, SchemeName> & ValidationOptions = {}) {
    super(options, DEFAULTS, () => import("./validators.js").then((m) => m.validator));
    this.admins = new Admins(this);
    this.articles = new Articles(this);
    this.helpCenters = new HelpCenters(this);
    this.companies = new Companies(this);
    this.contacts = new Contacts(this);
    this.notes = new Notes(this);
    this.tags = new TagsResource(this);
    this.conversations = new Conversations(this);
    this.dataAttributes = new DataAttributes(this);
    this.events = new Events(this);
    this.dataExport = new DataExportResource(this);
    this.messages = new Messages(this);
    this.news = new News(this);
    this.segments = new Segments(this);
    this.subscriptionTypes = new SubscriptionTypes(this);
    this.phoneCallRedirects = new PhoneCallRedirects(this);
    this.teams = new Teams(this);
    this.ticketTypes = new TicketTypes(this);
    this.tickets = new Tickets(this);
    this.visitors = new Visitors(this);
  }
}

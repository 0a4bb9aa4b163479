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
import { Macros } from "./resources/macros.js";
import { OfficeHours } from "./resources/officeHours.js";
import { AiContent } from "./resources/aiContent.js";
import { Articles } from "./resources/articles.js";
import { AwayStatusReasons } from "./resources/awayStatusReasons.js";
import { Audiences } from "./resources/audiences.js";
import { Export } from "./resources/export.js";
import { DataExportResource } from "./resources/dataExport.js";
import { FinAgent } from "./resources/finAgent.js";
import { HelpCenters } from "./resources/helpCenters.js";
import { InternalArticles } from "./resources/internalArticles.js";
import { IpAllowlistResource } from "./resources/ipAllowlist.js";
import { Companies } from "./resources/companies.js";
import { Notes } from "./resources/notes.js";
import { Contacts } from "./resources/contacts.js";
import { TagsResource } from "./resources/tags.js";
import { Banners } from "./resources/banners.js";
import { Content } from "./resources/content.js";
import { ContentSnippets } from "./resources/contentSnippets.js";
import { Conversations } from "./resources/conversations.js";
import { ConversationsAttributes } from "./resources/conversationsAttributes.js";
import { CustomObjectInstances } from "./resources/customObjectInstances.js";
import { DataAttributes } from "./resources/dataAttributes.js";
import { DataConnectors } from "./resources/dataConnectors.js";
import { Events } from "./resources/events.js";
import { JobsResource } from "./resources/jobs.js";
import { Messages } from "./resources/messages.js";
import { News } from "./resources/news.js";
import { Segments } from "./resources/segments.js";
import { SubscriptionTypes } from "./resources/subscriptionTypes.js";
import { PhoneCallRedirects } from "./resources/phoneCallRedirects.js";
import { Calls } from "./resources/calls.js";
import { Teams } from "./resources/teams.js";
import { TicketStates } from "./resources/ticketStates.js";
import { TicketTypes } from "./resources/ticketTypes.js";
import { Tickets } from "./resources/tickets.js";
import { Visitors } from "./resources/visitors.js";
import { Brands } from "./resources/brands.js";
import { Emails } from "./resources/emails.js";
import { Workflows } from "./resources/workflows.js";
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
  version: "2.16",
  versionHeader: "Intercom-Version",
  servers: { us: "https://api.intercom.io", eu: "https://api.eu.intercom.io", au: "https://api.au.intercom.io" },
  defaultRegion: "us",
  schemes: { bearerAuth: { env: "INTERCOM_API_KEY", set: bearer, header: "authorization", token: true } },
  security: [["bearerAuth"]],
  authenticate: applySoleScheme,
  userAgent: "intercom-api-2.16/2.16.0",
};

/**
 * A client without the resource classes, for the standalone functions: a bundle then holds only the operations it calls.
 *
 * @example
 * ```ts
 * const client = createClient({ token: process.env.INTERCOM_API_KEY });
 * const result = await adminsAway(client, {
 *   admin_id: 1,
 *   away_mode_enabled: true,
 *   away_mode_reassign: true,
 *   away_status_reason_id: 12345,
 * });
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
 * const result = await adminsAway(client, {
 *   admin_id: 1,
 *   away_mode_enabled: true,
 *   away_mode_reassign: true,
 *   away_status_reason_id: 12345,
 * });
 * ```
 */
export function createValidatingClient(
  options: ClientOptions<Region, SchemeName> & ValidationOptions = {},
): ClientCore {
  return new ValidatingCore(options, DEFAULTS, () => import("./validators.js").then((m) => m.validator));
}

/**
 * Intercom API 2.16 client.
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
  readonly macros: Macros;
  readonly officeHours: OfficeHours;
  readonly aiContent: AiContent;
  readonly articles: Articles;
  readonly awayStatusReasons: AwayStatusReasons;
  readonly audiences: Audiences;
  readonly export: Export;
  readonly dataExport: DataExportResource;
  readonly finAgent: FinAgent;
  readonly helpCenters: HelpCenters;
  readonly internalArticles: InternalArticles;
  readonly ipAllowlist: IpAllowlistResource;
  readonly companies: Companies;
  readonly notes: Notes;
  readonly contacts: Contacts;
  readonly tags: TagsResource;
  readonly banners: Banners;
  readonly content: Content;
  readonly contentSnippets: ContentSnippets;
  readonly conversations: Conversations;
  readonly conversationsAttributes: ConversationsAttributes;
  readonly customObjectInstances: CustomObjectInstances;
  readonly dataAttributes: DataAttributes;
  readonly dataConnectors: DataConnectors;
  readonly events: Events;
  readonly jobs: JobsResource;
  readonly messages: Messages;
  readonly news: News;
  readonly segments: Segments;
  readonly subscriptionTypes: SubscriptionTypes;
  readonly phoneCallRedirects: PhoneCallRedirects;
  readonly calls: Calls;
  readonly teams: Teams;
  readonly ticketStates: TicketStates;
  readonly ticketTypes: TicketTypes;
  readonly tickets: Tickets;
  readonly visitors: Visitors;
  readonly brands: Brands;
  readonly emails: Emails;
  readonly workflows: Workflows;

  constructor(options: ClientOptions<Region, SchemeName> & ValidationOptions = {}) {
    super(options, DEFAULTS, () => import("./validators.js").then((m) => m.validator));
    this.admins = new Admins(this);
    this.macros = new Macros(this);
    this.officeHours = new OfficeHours(this);
    this.aiContent = new AiContent(this);
    this.articles = new Articles(this);
    this.awayStatusReasons = new AwayStatusReasons(this);
    this.audiences = new Audiences(this);
    this.export = new Export(this);
    this.dataExport = new DataExportResource(this);
    this.finAgent = new FinAgent(this);
    this.helpCenters = new HelpCenters(this);
    this.internalArticles = new InternalArticles(this);
    this.ipAllowlist = new IpAllowlistResource(this);
    this.companies = new Companies(this);
    this.notes = new Notes(this);
    this.contacts = new Contacts(this);
    this.tags = new TagsResource(this);
    this.banners = new Banners(this);
    this.content = new Content(this);
    this.contentSnippets = new ContentSnippets(this);
    this.conversations = new Conversations(this);
    this.conversationsAttributes = new ConversationsAttributes(this);
    this.customObjectInstances = new CustomObjectInstances(this);
    this.dataAttributes = new DataAttributes(this);
    this.dataConnectors = new DataConnectors(this);
    this.events = new Events(this);
    this.jobs = new JobsResource(this);
    this.messages = new Messages(this);
    this.news = new News(this);
    this.segments = new Segments(this);
    this.subscriptionTypes = new SubscriptionTypes(this);
    this.phoneCallRedirects = new PhoneCallRedirects(this);
    this.calls = new Calls(this);
    this.teams = new Teams(this);
    this.ticketStates = new TicketStates(this);
    this.ticketTypes = new TicketTypes(this);
    this.tickets = new Tickets(this);
    this.visitors = new Visitors(this);
    this.brands = new Brands(this);
    this.emails = new Emails(this);
    this.workflows = new Workflows(this);
  }
}

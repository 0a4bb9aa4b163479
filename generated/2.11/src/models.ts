// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
/**
 * Activity Log
 *
 * Activities performed by Admins.
 */
export interface ActivityLog {
  /** The id representing the activity. */
  id: string;
  /** Details about the Admin involved in the activity. */
  performed_by: {
    /** String representing the object's type. Always has the value `admin`. */
    type?: "admin";
    /** The id representing the admin. */
    id?: string;
    /** The email of the admin. */
    email?: string;
    /** The IP address of the admin. */
    ip?: string;
  };
  metadata?: ActivityLogMetadata;
  /**
   * The time the activity was created.
   *
   * Unix timestamp in seconds.
   */
  created_at?: number;
  activity_type:
    | "admin_assignment_limit_change"
    | "admin_avatar_change"
    | "admin_away_mode_change"
    | "admin_deletion"
    | "admin_deprovisioned"
    | "admin_impersonation_end"
    | "admin_impersonation_start"
    | "admin_invite_change"
    | "admin_invite_creation"
    | "admin_invite_deletion"
    | "admin_login_failure"
    | "admin_login_success"
    | "admin_logout"
    | "admin_password_reset_request"
    | "admin_password_reset_success"
    | "admin_permission_change"
    | "admin_provisioned"
    | "admin_two_factor_auth_change"
    | "admin_unauthorized_sign_in_method"
    | "app_admin_join"
    | "app_authentication_method_change"
    | "app_data_deletion"
    | "app_data_export"
    | "app_google_sso_domain_change"
    | "app_identity_verification_change"
    | "app_name_change"
    | "app_outbound_address_change"
    | "app_package_installation"
    | "app_package_token_regeneration"
    | "app_package_uninstallation"
    | "app_team_creation"
    | "app_team_deletion"
    | "app_team_membership_modification"
    | "app_timezone_change"
    | "app_webhook_creation"
    | "app_webhook_deletion"
    | "articles_in_messenger_enabled_change"
    | "bulk_delete"
    | "bulk_export"
    | "campaign_deletion"
    | "campaign_state_change"
    | "conversation_part_deletion"
    | "conversation_pdf_export"
    | "conversation_topic_change"
    | "conversation_topic_creation"
    | "conversation_topic_deletion"
    | "help_center_settings_change"
    | "inbound_conversations_change"
    | "inbox_access_change"
    | "message_deletion"
    | "message_state_change"
    | "messenger_look_and_feel_change"
    | "messenger_search_required_change"
    | "messenger_spaces_change"
    | "office_hours_change"
    | "role_change"
    | "role_creation"
    | "role_deletion"
    | "ruleset_activation_title_preview"
    | "ruleset_creation"
    | "ruleset_deletion"
    | "search_browse_enabled_change"
    | "search_browse_required_change"
    | "seat_change"
    | "seat_revoke"
    | "security_settings_change"
    | "temporary_expectation_change"
    | "upfront_email_collection_change"
    | "welcome_message_change";
  /** A sentence or two describing the activity. */
  activity_description?: string;
}

/**
 * Paginated Response
 *
 * A paginated list of activity logs.
 */
export interface ActivityLogList {
  /** String representing the object's type. Always has the value `activity_log.list`. */
  type: "activity_log.list";
  pages?: CursorPages;
  /** An array of activity logs */
  activity_logs: ActivityLog[];
}

/**
 * Activity Log Metadata
 *
 * Additional data provided about Admin activity.
 */
export interface ActivityLogMetadata {
  /** The way the admin signed in. */
  sign_in_method?: string | null;
  /** The unique identifier for the contact which is provided by the Client. */
  external_id?: string | null;
  /** The away mode status which is set to true when away and false when returned. */
  away_mode?: boolean | null;
  /** The reason the Admin is away. */
  away_status_reason?: string | null;
  /** Indicates if conversations should be reassigned while an Admin is away. */
  reassign_conversations?: boolean | null;
  /** The action that initiated the status change. */
  source?: string | null;
  /** Indicates if the status was changed automatically or manually. */
  auto_changed?: boolean | null;
  /** The ID of the Admin who initiated the activity. */
  update_by?: number | null;
  /** The name of the Admin who initiated the activity. */
  update_by_name?: string | null;
}

/**
 * Addressable List
 *
 * A list used to access other resources from a parent model.
 */
export interface AddressableList {
  /** The addressable object type */
  type: string;
  /** The id of the addressable object */
  id: string;
  /** Url to get more company resources for this contact */
  url: string;
}

/** Admins are teammate accounts that have access to a workspace. */
export interface Admin {
  /** String representing the object's type. Always has the value `admin`. */
  type?: "admin";
  /** The id representing the admin. */
  id: string;
  /** The name of the admin. */
  name: string;
  /** The email of the admin. */
  email: string;
  /** The job title of the admin. */
  job_title?: string;
  /** Identifies if this admin is currently set in away mode. */
  away_mode_enabled: boolean;
  /** Identifies if this admin is set to automatically reassign new conversations to the apps default inbox. */
  away_mode_reassign: boolean;
  /** Identifies if this admin has a paid inbox seat to restrict/allow features that require them. */
  has_inbox_seat?: boolean;
  /** This object represents the avatar associated with the admin. */
  team_ids?: number[];
  /** The avatar object associated with the admin */
  avatar?: {
    /** URL of the admin's avatar image */
    image_url: string;
  } | null;
  team_priority_level?: TeamPriorityLevel;
}

/**
 * Admins
 *
 * A list of admins associated with a given workspace.
 */
export interface AdminList {
  /** String representing the object's type. Always has the value `admin.list`. */
  type: "admin.list";
  /** A list of admins associated with a given workspace. */
  admins: Admin[];
}

/**
 * Admin Priority Level
 *
 * Admin priority levels for the team
 */
export interface AdminPriorityLevel {
  /** The primary admin ids for the team */
  primary_admin_ids?: number[] | null;
  /** The secondary admin ids for the team */
  secondary_admin_ids?: number[] | null;
}

/**
 * Admin Reply
 *
 * Payload of the request to reply on behalf of an admin
 */
export interface AdminReplyConversationRequest {
  message_type: "comment" | "note";
  type: "admin";
  /** The text body of the reply. Notes accept some HTML formatting. Must be present for comment and note message types. */
  body?: string;
  /** The id of the admin who is authoring the comment. */
  admin_id: string;
  /** The time the reply was created. If not provided, the current time will be used. */
  created_at?: number;
  /** A list of image URLs that will be added as attachments. You can include up to 10 URLs. */
  attachment_urls?: string[];
  /** A list of files that will be added as attachments. You can include up to 10 files */
  attachment_files?: ConversationAttachmentFiles[];
}

/**
 * Admin Reply on ticket
 *
 * Payload of the request to reply on behalf of an admin
 */
export interface AdminReplyTicketRequest {
  message_type: "comment" | "note" | "quick_reply";
  type: "admin";
  /** The text body of the reply. Notes accept some HTML formatting. Must be present for comment and note message types. */
  body?: string;
  /** The id of the admin who is authoring the comment. */
  admin_id: string;
  /** The time the reply was created. If not provided, the current time will be used. */
  created_at?: number;
  /** The quick reply options to display. Must be present for quick_reply message types. */
  reply_options?: Array<{
    /** The text to display in this quick reply option. */
    text: string;
    /** A unique identifier for this quick reply option. This value will be available within the metadata of the comment ticket part that is created when a user clicks on this reply option. */
    uuid: string;
  }>;
  /** A list of image URLs that will be added as attachments. You can include up to 10 URLs. */
  attachment_urls?: string[];
  /** If set to true, the note will be cross-posted to all linked conversations. Only applicable to note message types on back-office tickets. */
  cross_post?: boolean;
}

/** Admins are the teammate accounts that have access to a workspace */
export interface AdminWithApp {
  /** String representing the object's type. Always has the value `admin`. */
  type: "admin";
  /** The id representing the admin. */
  id: string;
  /** The name of the admin. */
  name: string;
  /** The email of the admin. */
  email: string;
  /** The job title of the admin. */
  job_title?: string;
  /** Identifies if this admin is currently set in away mode. */
  away_mode_enabled?: boolean;
  /** Identifies if this admin is set to automatically reassign new conversations to the apps default inbox. */
  away_mode_reassign?: boolean;
  /** Identifies if this admin has a paid inbox seat to restrict/allow features that require them. */
  has_inbox_seat: boolean;
  /** This is a list of ids of the teams that this admin is part of. */
  team_ids?: number[];
  /** This object represents the avatar associated with the admin. */
  avatar?: {
    /**
     * This is a string that identifies the type of the object. It will always have the value `avatar`.
     * @default "avatar"
     */
    type?: "avatar";
    /** This object represents the avatar associated with the admin. */
    image_url?: string | null;
  };
  /** Identifies if this admin's email is verified. */
  email_verified?: boolean | null;
  /** App that the admin belongs to. */
  app?: App | null;
}

/**
 * AI Agent
 *
 * Data related to AI Agent involvement in the conversation.
 */
export interface AiAgent {
  /** The type of the source that triggered AI Agent involvement in the conversation. */
  source_type: "essentials_plan_setup" | "profile" | "workflow" | "workflow_preview" | "fin_preview" | null;
  /** The title of the source that triggered AI Agent involvement in the conversation. If this is `essentials_plan_setup` then it will return `null`. */
  source_title?: string | null;
  /** The type of the last answer delivered by AI Agent. If no answer was delivered then this will return `null` */
  last_answer_type?: null | "ai_answer" | "custom_answer";
  /** The resolution state of AI Agent. If no AI or custom answer has been delivered then this will return `null`. */
  resolution_state?: "assumed_resolution" | "confirmed_resolution" | "routed_to_team" | "abandoned" | null;
  /** The customer satisfaction rating given to AI Agent, from 1-5. */
  rating?: number | null;
  /** The customer satisfaction rating remark given to AI Agent. */
  rating_remark?: string | null;
  content_sources?: ContentSourcesList;
}

/** App is a workspace on Intercom */
export interface App {
  /** @default "app" */
  type: string;
  /** The id of the app. */
  id_code: string;
  /** The name of the app. */
  name: string;
  /** The Intercom region the app is located in. */
  region: string;
  /** The timezone of the region where the app is located. */
  timezone: string;
  /** When the app was created. */
  created_at: number;
  /** Whether or not the app uses identity verification. */
  identity_verification: boolean;
}

/**
 * Article
 *
 * The Articles API is a central place to gather all information and take actions on your articles. Articles can live within collections and sections, or alternatively they can stand alone.
 */
export type Article = {
  statistics?: ArticleStatistics | null;
} & ArticleListItem;

/**
 * Article Content
 *
 * The Content of an Article.
 */
export interface ArticleContent {
  /** The type of object - `article_content` . */
  type?: "article_content";
  /** The title of the article. */
  title: string;
  /** The description of the article. */
  description: string;
  /** The body of the article. */
  body: string;
  /** The ID of the author of the article. */
  author_id: number;
  /** Whether the article is `published` or is a `draft` . */
  state: "published" | "draft";
  /**
   * The time when the article was created (seconds).
   *
   * Unix timestamp in seconds.
   */
  created_at?: number;
  /**
   * The time when the article was last updated (seconds).
   *
   * Unix timestamp in seconds.
   */
  updated_at?: number;
  /** The URL of the article. */
  url?: string;
}

/**
 * Articles
 *
 * This will return a list of articles for the App.
 */
export interface ArticleList {
  /** The type of the object - `list`. */
  type: "list";
  pages?: CursorPages;
  /** A count of the total number of articles. */
  total_count: number;
  /** An array of Article objects */
  data: ArticleListItem[];
}

/**
 * Articles
 *
 * The data returned about your articles when you list them.
 */
export interface ArticleListItem {
  /**
   * The type of object - `article`.
   * @default "article"
   */
  type?: "article";
  /** The unique identifier for the article which is given by Intercom. */
  id: string;
  /** The id of the workspace which the article belongs to. */
  workspace_id: string;
  /** The title of the article. For multilingual articles, this will be the title of the default language's content. */
  title: string;
  /** The description of the article. For multilingual articles, this will be the description of the default language's content. */
  description: string | null;
  /** The body of the article in HTML. For multilingual articles, this will be the body of the default language's content. */
  body: string | null;
  /** The id of the author of the article. For multilingual articles, this will be the id of the author of the default language's content. Must be a teammate on the help center's workspace. */
  author_id: number;
  /**
   * Whether the article is `published` or is a `draft`. For multilingual articles, this will be the state of the default language's content.
   * @default "draft"
   */
  state: "published" | "draft";
  /**
   * The time when the article was created. For multilingual articles, this will be the timestamp of creation of the default language's content in seconds.
   *
   * Unix timestamp in seconds.
   */
  created_at: number;
  /**
   * The time when the article was last updated. For multilingual articles, this will be the timestamp of last update of the default language's content in seconds.
   *
   * Unix timestamp in seconds.
   */
  updated_at: number;
  /** The URL of the article. For multilingual articles, this will be the URL of the default language's content. */
  url: string | null;
  /** The id of the article's parent collection or section. An article without this field stands alone. */
  parent_id: number | null;
  /** The ids of the article's parent collections or sections. An article without this field stands alone. */
  parent_ids?: number[];
  /** The type of parent, which can either be a `collection` or `section`. */
  parent_type: string | null;
  /** The default locale of the help center. This field is only returned for multilingual help centers. */
  default_locale?: string;
  translated_content?: ArticleTranslatedContent | null;
}

/**
 * Article Search Highlights
 *
 * The highlighted results of an Article search. In the examples provided my search query is always "my query".
 */
export interface ArticleSearchHighlights {
  /** The ID of the corresponding article. */
  article_id: string;
  /** An Article title highlighted. */
  highlighted_title: Array<{
    /** The type of text - `highlight` or `plain`. */
    type?: "highlight" | "plain";
    /** The text of the title. */
    text?: string;
  }>;
  /** An Article description and body text highlighted. */
  highlighted_summary: Array<
    Array<{
      /** The type of text - `highlight` or `plain`. */
      type?: "highlight" | "plain";
      /** The text of the title. */
      text?: string;
    }>
  >;
}

/**
 * Article Search Response
 *
 * The results of an Article search
 */
export interface SearchArticlesResponse {
  /** The type of the object - `list`. */
  type: "list";
  /** The total number of Articles matching the search query */
  total_count: number;
  /** An object containing the results of the search. */
  data: {
    /** An array of Article objects */
    articles?: Article[];
    /** A corresponding array of highlighted Article content */
    highlights?: ArticleSearchHighlights[];
  };
  pages?: CursorPages;
}

/**
 * Article Statistics
 *
 * The statistics of an article.
 */
export interface ArticleStatistics {
  /**
   * The type of object - `article_statistics`.
   * @default "article_statistics"
   */
  type: "article_statistics";
  /** The number of total views the article has received. */
  views: number;
  /** The number of conversations started from the article. */
  conversions?: number;
  /** The number of total reactions the article has received. */
  reactions: number;
  /** The percentage of happy reactions the article has received against other types of reaction. */
  happy_reaction_percentage: number;
  /** The percentage of neutral reactions the article has received against other types of reaction. */
  neutral_reaction_percentage: number;
  /** The percentage of sad reactions the article has received against other types of reaction. */
  sad_reaction_percentage: number;
}

/**
 * Article Translated Content
 *
 * The Translated Content of an Article. The keys are the locale codes and the values are the translated content of the article.
 */
export interface ArticleTranslatedContent {
  /** The type of object - article_translated_content. */
  type?: "article_translated_content";
  /** The content of the article in Arabic */
  ar?: ArticleContent;
  /** The content of the article in Bulgarian */
  bg?: ArticleContent;
  /** The content of the article in Bosnian */
  bs?: ArticleContent;
  /** The content of the article in Catalan */
  ca?: ArticleContent;
  /** The content of the article in Czech */
  cs?: ArticleContent;
  /** The content of the article in Danish */
  da?: ArticleContent;
  /** The content of the article in German */
  de?: ArticleContent;
  /** The content of the article in Greek */
  el?: ArticleContent;
  /** The content of the article in English */
  en?: ArticleContent;
  /** The content of the article in Spanish */
  es?: ArticleContent;
  /** The content of the article in Estonian */
  et?: ArticleContent;
  /** The content of the article in Finnish */
  fi?: ArticleContent;
  /** The content of the article in French */
  fr?: ArticleContent;
  /** The content of the article in Hebrew */
  he?: ArticleContent;
  /** The content of the article in Croatian */
  hr?: ArticleContent;
  /** The content of the article in Hungarian */
  hu?: ArticleContent;
  /** The content of the article in Indonesian */
  id?: ArticleContent;
  /** The content of the article in Italian */
  it?: ArticleContent;
  /** The content of the article in Japanese */
  ja?: ArticleContent;
  /** The content of the article in Korean */
  ko?: ArticleContent;
  /** The content of the article in Lithuanian */
  lt?: ArticleContent;
  /** The content of the article in Latvian */
  lv?: ArticleContent;
  /** The content of the article in Mongolian */
  mn?: ArticleContent;
  /** The content of the article in Norwegian */
  nb?: ArticleContent;
  /** The content of the article in Dutch */
  nl?: ArticleContent;
  /** The content of the article in Polish */
  pl?: ArticleContent;
  /** The content of the article in Portuguese (Portugal) */
  pt?: ArticleContent;
  /** The content of the article in Romanian */
  ro?: ArticleContent;
  /** The content of the article in Russian */
  ru?: ArticleContent;
  /** The content of the article in Slovenian */
  sl?: ArticleContent;
  /** The content of the article in Serbian */
  sr?: ArticleContent;
  /** The content of the article in Swedish */
  sv?: ArticleContent;
  /** The content of the article in Turkish */
  tr?: ArticleContent;
  /** The content of the article in Vietnamese */
  vi?: ArticleContent;
  /** The content of the article in Portuguese (Brazil) */
  "pt-BR"?: ArticleContent;
  /** The content of the article in Chinese (China) */
  "zh-CN"?: ArticleContent;
  /** The content of the article in Chinese (Taiwan) */
  "zh-TW"?: ArticleContent;
}

/**
 * Assign Conversation Request
 *
 * Payload of the request to assign a conversation
 */
export interface AssignConversationRequest {
  message_type: "assignment";
  type: "admin" | "team";
  /** The id of the admin who is performing the action. */
  admin_id: string;
  /** The `id` of the `admin` or `team` which will be assigned the conversation. A conversation can be assigned both an admin and a team.\nSet `0` if you want this assign to no admin or team (ie. Unassigned). */
  assignee_id: string;
  /** Optionally you can send a response in the conversation when it is assigned. */
  body?: string;
}

/**
 * Assign Conversation Request
 *
 * Payload of the request to assign a conversation
 */
export interface AttachContactToConversationRequest {
  /** The `id` of the admin who is adding the new participant. */
  admin_id?: string;
  customer?:
    | {
        /** The identifier for the contact as given by Intercom. */
        intercom_user_id: string;
        customer?: CustomerRequest | null;
      }
    | {
        /** The external_id you have defined for the contact who is being added as a participant. */
        user_id: string;
        customer?: CustomerRequest | null;
      }
    | {
        /** The email you have defined for the contact who is being added as a participant. */
        email: string;
        customer?: CustomerRequest | null;
      };
}

/**
 * Close Conversation Request
 *
 * Payload of the request to close a conversation
 */
export interface CloseConversationRequest {
  message_type: "close";
  type: "admin";
  /** The id of the admin who is performing the action. */
  admin_id: string;
  /** Optionally you can leave a message in the conversation to provide additional context to the user and other teammates. */
  body?: string;
}

/** Collections are top level containers for Articles within the Help Center. */
export interface Collection {
  /** The unique identifier for the collection which is given by Intercom. */
  id: string;
  /** The id of the workspace which the collection belongs to. */
  workspace_id: string;
  /** The name of the collection. For multilingual collections, this will be the name of the default language's content. */
  name: string;
  /** The description of the collection. For multilingual help centers, this will be the description of the collection for the default language. */
  description?: string | null;
  /**
   * The time when the article was created (seconds). For multilingual articles, this will be the timestamp of creation of the default language's content.
   *
   * Unix timestamp in seconds.
   */
  created_at: number;
  /**
   * The time when the article was last updated (seconds). For multilingual articles, this will be the timestamp of last update of the default language's content.
   *
   * Unix timestamp in seconds.
   */
  updated_at?: number;
  /** The URL of the collection. For multilingual help centers, this will be the URL of the collection for the default language. */
  url?: string | null;
  /** The icon of the collection. */
  icon?: string | null;
  /** The order of the section in relation to others sections within a collection. Values go from `0` upwards. `0` is the default if there's no order. */
  order: number;
  /** The default locale of the help center. This field is only returned for multilingual help centers. */
  default_locale?: string;
  translated_content?: GroupTranslatedContent | null;
  /** The id of the parent collection. If `null` then it is the first level collection. */
  parent_id?: string | null;
  /** The id of the help center the collection is in. */
  help_center_id?: number | null;
}

/**
 * Collections
 *
 * This will return a list of Collections for the App.
 */
export interface CollectionList {
  /** The type of the object - `list`. */
  type: "list";
  pages?: CursorPages;
  /** A count of the total number of collections. */
  total_count: number;
  /** An array of collection objects */
  data: Collection[];
}

/**
 * Company
 *
 * Companies allow you to represent organizations using your product. Each company will have its own description and be associated with contacts. You can fetch, create, update and list companies.
 */
export interface Company {
  /** Value is `company` */
  type?: "company";
  /** The Intercom defined id representing the company. */
  id: string;
  /** The name of the company. */
  name: string;
  /** The Intercom defined code of the workspace the company is associated to. */
  app_id: string;
  plan?: {
    /** Value is always "plan" */
    type?: "plan";
    /** The id of the plan */
    id?: string;
    /** The name of the plan */
    name?: string;
  };
  /** The company id you have defined for the company. */
  company_id: string;
  /** The time the company was created by you. */
  remote_created_at: number;
  /** The time the company was added in Intercom. */
  created_at: number;
  /** The last time the company was updated. */
  updated_at: number;
  /** The time the company last recorded making a request. */
  last_request_at?: number;
  /** The number of employees in the company. */
  size?: number;
  /** The URL for the company website. */
  website?: string;
  /** The industry that the company operates in. */
  industry?: string;
  /** How much revenue the company generates for your business. */
  monthly_spend: number;
  /** How many sessions the company has recorded. */
  session_count: number;
  /** The number of users in the company. */
  user_count: number;
  /** The custom attributes you have set on the company. */
  custom_attributes?: {
    [key: string]: string | number | boolean | null;
  };
  /** The list of tags associated with the company */
  tags?: {
    /** The type of the object */
    type?: "tag.list";
    tags?: TagBasic[];
  };
  /** The list of segments associated with the company */
  segments?: {
    /** The type of the object */
    type?: "segment.list";
    segments?: Segment[];
  };
}

/**
 * Company Attached Contacts
 *
 * A list of Contact Objects
 */
export interface CompanyAttachedContacts {
  /** The type of object - `list` */
  type: "list";
  /** An array containing Contact Objects */
  data: Contact[];
  /** The total number of contacts */
  total_count: number;
  pages?: CursorPages;
}

/**
 * Company Attached Segments
 *
 * A list of Segment Objects
 */
export interface CompanyAttachedSegments {
  /** The type of object - `list` */
  type: "list";
  /** An array containing Segment Objects */
  data: Segment[];
}

/**
 * Companies
 *
 * This will return a list of companies for the App.
 */
export interface CompanyList {
  /** The type of object - `list`. */
  type: "list";
  pages?: CursorPages;
  /** The total number of companies. */
  total_count: number;
  /** An array containing Company Objects. */
  data: Company[];
}

/**
 * Company Scroll
 *
 * Companies allow you to represent organizations using your product. Each company will have its own description and be associated with contacts. You can fetch, create, update and list companies.
 */
export interface CompanyScroll {
  /** The type of object - `list` */
  type: "list";
  data: Company[];
  pages?: CursorPages | null;
  /** The total number of companies */
  total_count: number | null;
  /** The scroll parameter to use in the next request to fetch the next page of results. */
  scroll_param?: string;
}

/** Contact are the objects that represent your leads and users in Intercom. */
export interface Contact {
  /** The type of object. */
  type?: string;
  /** The unique identifier for the contact which is given by Intercom. */
  id: string;
  /** The unique identifier for the contact which is provided by the Client. */
  external_id: string | null;
  /** The id of the workspace which the contact belongs to. */
  workspace_id: string;
  /** The role of the contact. */
  role: string;
  /** The contact's email. */
  email?: string;
  /** The contact's email domain. */
  email_domain?: string;
  /** The contacts phone. */
  phone: string | null;
  /** The contacts phone number normalized to the E164 format */
  formatted_phone?: string | null;
  /** The contacts name. */
  name: string | null;
  /** The id of an admin that has been assigned account ownership of the contact. */
  owner_id: number | null;
  /** Whether the contact has had an email sent to them hard bounce. */
  has_hard_bounced: boolean;
  /** Whether the contact has marked an email sent to them as spam. */
  marked_email_as_spam: boolean;
  /** Whether the contact is unsubscribed from emails. */
  unsubscribed_from_emails: boolean;
  /**
   * (Unix timestamp in seconds) The time when the contact was created.
   *
   * Unix timestamp in seconds.
   */
  created_at: number;
  /**
   * (Unix timestamp in seconds) The time when the contact was last updated.
   *
   * Unix timestamp in seconds.
   */
  updated_at: number;
  /**
   * (Unix timestamp in seconds) The time specified for when a contact signed up.
   *
   * Unix timestamp in seconds.
   */
  signed_up_at: number | null;
  /**
   * (Unix timestamp in seconds) The time when the contact was last seen (either where the Intercom Messenger was installed or when specified manually).
   *
   * Unix timestamp in seconds.
   */
  last_seen_at: number | null;
  /**
   * (Unix timestamp in seconds) The time when the contact last messaged in.
   *
   * Unix timestamp in seconds.
   */
  last_replied_at: number | null;
  /**
   * (Unix timestamp in seconds) The time when the contact was last messaged.
   *
   * Unix timestamp in seconds.
   */
  last_contacted_at: number | null;
  /**
   * (Unix timestamp in seconds) The time when the contact last opened an email.
   *
   * Unix timestamp in seconds.
   */
  last_email_opened_at: number | null;
  /**
   * (Unix timestamp in seconds) The time when the contact last clicked a link in an email.
   *
   * Unix timestamp in seconds.
   */
  last_email_clicked_at: number | null;
  /** A preferred language setting for the contact, used by the Intercom Messenger even if their browser settings change. */
  language_override: string | null;
  /** The name of the browser which the contact is using. */
  browser: string | null;
  /** The version of the browser which the contact is using. */
  browser_version: string | null;
  /** The language set by the browser which the contact is using. */
  browser_language: string | null;
  /** The operating system which the contact is using. */
  os: string | null;
  /** The name of the Android app which the contact is using. */
  android_app_name?: string | null;
  /** The version of the Android app which the contact is using. */
  android_app_version?: string | null;
  /** The Android device which the contact is using. */
  android_device?: string | null;
  /** The version of the Android OS which the contact is using. */
  android_os_version?: string | null;
  /** The version of the Android SDK which the contact is using. */
  android_sdk_version?: string | null;
  /**
   * (Unix timestamp in seconds) The time when the contact was last seen on an Android device.
   *
   * Unix timestamp in seconds.
   */
  android_last_seen_at?: number | null;
  /** The name of the iOS app which the contact is using. */
  ios_app_name?: string | null;
  /** The version of the iOS app which the contact is using. */
  ios_app_version?: string | null;
  /** The iOS device which the contact is using. */
  ios_device?: string | null;
  /** The version of iOS which the contact is using. */
  ios_os_version?: string | null;
  /** The version of the iOS SDK which the contact is using. */
  ios_sdk_version?: string | null;
  /**
   * (Unix timestamp in seconds) The last time the contact used the iOS app.
   *
   * Unix timestamp in seconds.
   */
  ios_last_seen_at?: number | null;
  /** The custom attributes which are set for the contact. */
  custom_attributes?: {
    [key: string]: unknown;
  };
  avatar: {
    /** The type of object */
    type?: string;
    /** An image URL containing the avatar of a contact. */
    image_url?: string | null;
  } | null;
  tags?: ContactTags;
  notes?: ContactNotes;
  companies?: ContactCompanies;
  location: ContactLocation;
  social_profiles: ContactSocialProfiles;
}

/**
 * Contact Archived
 *
 * archived contact object
 */
export interface ContactArchived {
  /** always contact */
  type: "contact";
  /** The unique identifier for the contact which is given by Intercom. */
  id: string;
  /** The unique identifier for the contact which is provided by the Client. */
  external_id?: string | null;
  /** Whether the contact is archived or not. */
  archived: boolean;
}

/**
 * Contact Attached Companies
 *
 * A list of Company Objects
 */
export interface ContactAttachedCompanies {
  /** The type of object */
  type: "list";
  /** An array containing Company Objects */
  companies?: Company[];
  /** The total number of companies associated to this contact */
  total_count: number;
  pages?: PagesLink;
  /** An array containing Company Objects */
  data?: Company[];
}

/**
 * Contact companies
 *
 * An object containing companies meta data about the companies that a contact has. Up to 10 will be displayed here. Use the url to get more.
 */
export interface ContactCompanies {
  /** The type of object */
  type?: "list";
  /** An array containing Company Objects */
  data?: ContactCompany[];
  /** Url to get more company resources for this contact */
  url: string;
  /** Int representing the total number of companyies attached to this contact */
  total_count: number;
  /** Whether there's more Addressable Objects to be viewed. If true, use the url to view all */
  has_more: boolean;
}

/**
 * Contact company
 *
 * A reference to a company associated with a contact
 */
export interface ContactCompany {
  /** The unique identifier for the company */
  id: string;
  /** The type of the object */
  type: "company";
  /** URL to get the full company resource */
  url: string;
}

/**
 * Contact Deleted
 *
 * deleted contact object
 */
export interface ContactDeleted {
  /** always contact */
  type: "contact";
  /** The unique identifier for the contact which is given by Intercom. */
  id: string;
  /** The unique identifier for the contact which is provided by the Client. */
  external_id?: string | null;
  /** Whether the contact is deleted or not. */
  deleted: boolean;
}

/**
 * Contact List
 *
 * Contacts are your users in Intercom.
 */
export interface ContactList {
  /** Always list */
  type: "list";
  /** The list of contact objects */
  data: Contact[];
  /** A count of the total number of objects. */
  total_count: number;
  pages?: CursorPages;
}

/**
 * Contact Location
 *
 * An object containing location meta data about a Intercom contact.
 */
export interface ContactLocation {
  /** Always location */
  type: "location";
  /** The country that the contact is located in */
  country?: string | null;
  /** The overal region that the contact is located in */
  region?: string | null;
  /** The city that the contact is located in */
  city?: string | null;
}

/**
 * Contact notes
 *
 * An object containing notes meta data about the notes that a contact has. Up to 10 will be displayed here. Use the url to get more.
 */
export interface ContactNotes {
  /** This object represents the notes attached to a contact. */
  data: AddressableList[];
  /** Url to get more company resources for this contact */
  url: string;
  /** Int representing the total number of companyies attached to this contact */
  total_count: number;
  /** Whether there's more Addressable Objects to be viewed. If true, use the url to view all */
  has_more: boolean;
}

/**
 * Contact Reference
 *
 * reference to contact object
 */
export interface ContactReference {
  /** always contact */
  type: "contact";
  /** The unique identifier for the contact which is given by Intercom. */
  id: string;
  /** The unique identifier for the contact which is provided by the Client. */
  external_id?: string | null;
}

/** Contact Reply Base Object */
export interface ContactReplyBaseRequest {
  message_type: "comment";
  type: "user";
  /** The text body of the comment. */
  body: string;
  /** The time the reply was created. If not provided, the current time will be used. */
  created_at?: number;
  /** A list of image URLs that will be added as attachments. You can include up to 10 URLs. */
  attachment_urls?: string[];
}

/** Contact Reply */
export type ContactReplyConversationRequest =
  ContactReplyIntercomUserIdRequest | ContactReplyEmailRequest | ContactReplyUserIdRequest;

/**
 * Email
 *
 * Payload of the request to reply on behalf of a contact using their `email`
 */
export type ContactReplyEmailRequest = {
  /** The email you have defined for the user. */
  email: string;
  /** A list of files that will be added as attachments. */
  attachment_files?: ConversationAttachmentFiles[];
} & ContactReplyBaseRequest;

/**
 * Intercom User ID
 *
 * Payload of the request to reply on behalf of a contact using their `intercom_user_id`
 */
export type ContactReplyIntercomUserIdRequest = {
  /** The identifier for the contact as given by Intercom. */
  intercom_user_id: string;
  /** A list of files that will be added as attachments. */
  attachment_files?: ConversationAttachmentFiles[];
} & ContactReplyBaseRequest;

/**
 * Email
 *
 * Payload of the request to reply on behalf of a contact using their `email`
 */
export type ContactReplyTicketEmailRequest = {
  /** The email you have defined for the user. */
  email: string;
} & ContactReplyBaseRequest;

/**
 * Intercom User ID
 *
 * Payload of the request to reply on behalf of a contact using their `intercom_user_id`
 */
export type ContactReplyTicketIntercomUserIdRequest = {
  /** The identifier for the contact as given by Intercom. */
  intercom_user_id: string;
} & ContactReplyBaseRequest;

/** Contact Reply on ticket */
export type ContactReplyTicketRequest =
  ContactReplyTicketIntercomUserIdRequest | ContactReplyTicketUserIdRequest | ContactReplyTicketEmailRequest;

/**
 * User ID
 *
 * Payload of the request to reply on behalf of a contact using their `user_id`
 */
export type ContactReplyTicketUserIdRequest = {
  /** The external_id you have defined for the contact. */
  user_id: string;
} & ContactReplyBaseRequest;

/**
 * User ID
 *
 * Payload of the request to reply on behalf of a contact using their `user_id`
 */
export type ContactReplyUserIdRequest = {
  /** The external_id you have defined for the contact. */
  user_id: string;
  /** A list of files that will be added as attachments. You can include up to 10 files. */
  attachment_files?: ConversationAttachmentFiles[];
} & ContactReplyBaseRequest;

/**
 * Segments
 *
 * A list of segments objects attached to a specific contact.
 */
export interface ContactSegments {
  /** The type of the object */
  type: "list";
  /** Segment objects associated with the contact. */
  data: Segment[];
}

/**
 * Social Profile
 *
 * An object containing social profiles that a contact has.
 */
export interface ContactSocialProfiles {
  /** A list of social profiles objects associated with the contact. */
  data: SocialProfile[];
}

/**
 * Contact Tags
 *
 * An object containing tags meta data about the tags that a contact has. Up to 10 will be displayed here. Use the url to get more.
 */
export interface ContactTags {
  /** This object represents the tags attached to a contact. */
  data: AddressableList[];
  /** url to get more tag resources for this contact */
  url: string;
  /** Int representing the total number of tags attached to this contact */
  total_count: number;
  /** Whether there's more Addressable Objects to be viewed. If true, use the url to view all */
  has_more: boolean;
}

/**
 * Contact Unarchived
 *
 * unarchived contact object
 */
export interface ContactUnarchived {
  /** always contact */
  type: "contact";
  /** The unique identifier for the contact which is given by Intercom. */
  id: string;
  /** The unique identifier for the contact which is provided by the Client. */
  external_id?: string | null;
  /** Whether the contact is archived or not. */
  archived: boolean;
}

/**
 * Content Source
 *
 * The content source used by AI Agent in the conversation.
 */
export interface ContentSource {
  /** The type of the content source. */
  content_type: "file" | "article" | "external_content" | "content_snippet" | "workflow_connector_action";
  /** The internal URL linking to the content source for teammates. */
  url: string;
  /** The title of the content source. */
  title: string;
  /** The ISO 639 language code of the content source. */
  locale: string;
}

/** Content Source List */
export interface ContentSourcesList {
  type: "content_source.list";
  /** The total number of content sources used by AI Agent in the conversation. */
  total_count: number;
  /** The content sources used by AI Agent in the conversation. */
  content_sources: ContentSource[];
}

/**
 * Conversation List Item
 *
 * The data returned about your conversations when you list or search them.
 */
export interface ConversationListItem {
  /** Always conversation. */
  type?: "conversation";
  /** The id representing the conversation. */
  id: string;
  /** The title given to the conversation. */
  title: string | null;
  /**
   * The time the conversation was created.
   *
   * Unix timestamp in seconds.
   */
  created_at: number;
  /**
   * The last time the conversation was updated.
   *
   * Unix timestamp in seconds.
   */
  updated_at: number;
  /**
   * The last time a Contact responded to an Admin. In other words, the time a customer started waiting for a response. Set to null if last reply is from an Admin.
   *
   * Unix timestamp in seconds.
   */
  waiting_since: number | null;
  /**
   * If set this is the time in the future when this conversation will be marked as open. i.e. it will be in a snoozed state until this time. i.e. it will be in a snoozed state until this time.
   *
   * Unix timestamp in seconds.
   */
  snoozed_until: number | null;
  /** Indicates whether a conversation is open (true) or closed (false). */
  open: boolean;
  /** Can be set to "open", "closed" or "snoozed". */
  state: "open" | "closed" | "snoozed";
  /** Indicates whether a conversation has been read. */
  read: boolean;
  /** If marked as priority, it will return priority or else not_priority. */
  priority?: "priority" | "not_priority";
  /** The id of the admin assigned to the conversation. If it's not assigned to an admin it will return null. */
  admin_assignee_id: number | null;
  /** The id of the team assigned to the conversation. If it's not assigned to a team it will return null. */
  team_assignee_id: number | null;
  tags?: Tags;
  conversation_rating?: ConversationRating | null;
  source: ConversationSource;
  contacts: ConversationContacts;
  teammates: ConversationTeammates | null;
  custom_attributes: CustomAttributes;
  first_contact_reply?: ConversationFirstContactReply | null;
  sla_applied?: SlaApplied | null;
  statistics?: ConversationStatistics | null;
  linked_objects?: LinkedObjectList;
  /** Indicates whether the AI Agent participated in the conversation. */
  ai_agent_participated?: boolean;
  ai_agent?: AiAgent | null;
}

/** Conversations are how you can communicate with users in Intercom. They are created when a contact replies to an outbound message, or when one admin directly sends a message to a single contact. */
export interface Conversation {
  /** Always conversation. */
  type?: "conversation";
  /** The id representing the conversation. */
  id?: string;
  /** The title given to the conversation. */
  title?: string | null;
  /**
   * The time the conversation was created.
   *
   * Unix timestamp in seconds.
   */
  created_at?: number;
  /**
   * The last time the conversation was updated.
   *
   * Unix timestamp in seconds.
   */
  updated_at?: number;
  /**
   * The last time a Contact responded to an Admin. In other words, the time a customer started waiting for a response. Set to null if last reply is from an Admin.
   *
   * Unix timestamp in seconds.
   */
  waiting_since?: number | null;
  /**
   * If set this is the time in the future when this conversation will be marked as open. i.e. it will be in a snoozed state until this time. i.e. it will be in a snoozed state until this time.
   *
   * Unix timestamp in seconds.
   */
  snoozed_until?: number | null;
  /** Indicates whether a conversation is open (true) or closed (false). */
  open?: boolean;
  /** Can be set to "open", "closed" or "snoozed". */
  state?: "open" | "closed" | "snoozed";
  /** Indicates whether a conversation has been read. */
  read?: boolean;
  /** If marked as priority, it will return priority or else not_priority. */
  priority?: "priority" | "not_priority";
  /** The id of the admin assigned to the conversation. If it's not assigned to an admin it will return null. */
  admin_assignee_id?: number | null;
  /** The id of the team assigned to the conversation. If it's not assigned to a team it will return null. */
  team_assignee_id?: number | null;
  tags?: Tags;
  conversation_rating?: ConversationRating | null;
  source?: ConversationSource;
  contacts?: ConversationContacts;
  teammates?: ConversationTeammates | null;
  custom_attributes?: CustomAttributes;
  first_contact_reply?: ConversationFirstContactReply | null;
  sla_applied?: SlaApplied | null;
  statistics?: ConversationStatistics | null;
  conversation_parts?: ConversationParts;
  linked_objects?: LinkedObjectList;
  /** Indicates whether the AI Agent participated in the conversation. */
  ai_agent_participated?: boolean;
  ai_agent?: AiAgent | null;
}

/**
 * Conversation attachment files
 *
 * Properties of the attachment files in a conversation part
 */
export interface ConversationAttachmentFiles {
  /** The content type of the file */
  content_type: string;
  /** The base64 encoded file data. */
  data: string;
  /** The name of the file. */
  name: string;
}

/**
 * Contacts
 *
 * The list of contacts (users or leads) involved in this conversation. This will only contain one customer unless more were added via the group conversation feature.
 */
export interface ConversationContacts {
  type: "contact.list";
  /** The list of contacts (users or leads) involved in this conversation. This will only contain one customer unless more were added via the group conversation feature. */
  contacts: ContactReference[];
}

/**
 * First contact reply
 *
 * An object containing information on the first users message. For a contact initiated message this will represent the users original message.
 */
export interface ConversationFirstContactReply {
  /** Unix timestamp in seconds. */
  created_at: number;
  type: string;
  url?: string | null;
}

/**
 * Conversation List
 *
 * Conversations are how you can communicate with users in Intercom. They are created when a contact replies to an outbound message, or when one admin directly sends a message to a single contact.
 */
export interface PaginatedConversationResponse {
  /** Always conversation.list */
  type: "conversation.list";
  /** The list of conversation objects */
  conversations: ConversationListItem[];
  /** A count of the total number of objects. */
  total_count: number;
  pages?: CursorPages;
}

/**
 * Conversation Part
 *
 * A Conversation Part represents a message in the conversation.
 */
export interface ConversationPart {
  /** Always conversation_part */
  type: "conversation_part";
  /** The id representing the conversation part. */
  id: string;
  /** The type of conversation part. */
  part_type: string;
  /** The message body, which may contain HTML. For Twitter, this will show a generic message regarding why the body is obscured. */
  body?: string | null;
  /**
   * The time the conversation part was created.
   *
   * Unix timestamp in seconds.
   */
  created_at: number;
  /**
   * The last time the conversation part was updated.
   *
   * Unix timestamp in seconds.
   */
  updated_at?: number;
  /**
   * The time the user was notified with the conversation part.
   *
   * Unix timestamp in seconds.
   */
  notified_at: number;
  /** The id of the admin that was assigned the conversation by this conversation_part (null if there has been no change in assignment.) */
  assigned_to?: Reference | null;
  author: ConversationPartAuthor;
  /** A list of attachments for the part. */
  attachments?: PartAttachment[];
  /** The external id of the conversation part */
  external_id?: string | null;
  /** Whether or not the conversation part has been redacted. */
  redacted: boolean;
}

/**
 * Conversation part author
 *
 * The object who initiated the conversation, which can be a Contact, Admin or Team. Bots and campaigns send messages on behalf of Admins or Teams. For Twitter, this will be blank.
 */
export interface ConversationPartAuthor {
  /** The type of the author */
  type: string;
  /** The id of the author */
  id: string;
  /** The name of the author */
  name: string | null;
  /** The email of the author */
  email: string;
}

/**
 * Conversation Parts
 *
 * A list of Conversation Part objects for each part message in the conversation. This is only returned when Retrieving a Conversation, and ignored when Listing all Conversations. There is a limit of 500 parts.
 */
export interface ConversationParts {
  type: "conversation_part.list";
  /** A list of Conversation Part objects for each part message in the conversation. This is only returned when Retrieving a Conversation, and ignored when Listing all Conversations. There is a limit of 500 parts. */
  conversation_parts: ConversationPart[];
  total_count: number;
}

/**
 * Conversation Rating
 *
 * The Conversation Rating object which contains information on the rating and/or remark added by a Contact and the Admin assigned to the conversation.
 */
export interface ConversationRating {
  /** The rating, between 1 and 5, for the conversation. */
  rating: number;
  /** An optional field to add a remark to correspond to the number rating */
  remark: string;
  /**
   * The time the rating was requested in the conversation being rated.
   *
   * Unix timestamp in seconds.
   */
  created_at: number;
  contact: ContactReference;
  teammate: Reference;
}

/**
 * Conversation source
 *
 * The Conversation Part that originated this conversation, which can be Contact, Admin, Campaign, Automated or Operator initiated.
 */
export interface ConversationSource {
  /** This includes conversation, email, facebook, instagram, phone_call, phone_switch, push, sms, twitter and whatsapp. */
  type:
    | "conversation"
    | "email"
    | "facebook"
    | "instagram"
    | "phone_call"
    | "phone_switch"
    | "push"
    | "sms"
    | "twitter"
    | "whatsapp";
  /** The id representing the message. */
  id: string;
  /** The conversation's initiation type. Possible values are customer_initiated, campaigns_initiated (legacy campaigns), operator_initiated (Custom bot), automated (Series and other outbounds with dynamic audience message) and admin_initiated (fixed audience message, ticket initiated by an admin, group email). */
  delivered_as: string;
  /** Optional. The message subject. For Twitter, this will show a generic message regarding why the subject is obscured. */
  subject: string;
  /** The message body, which may contain HTML. For Twitter, this will show a generic message regarding why the body is obscured. */
  body?: string;
  author: ConversationPartAuthor;
  /** A list of attachments for the part. */
  attachments?: PartAttachment[];
  /** The URL where the conversation was started. For Twitter, Email, and Bots, this will be blank. */
  url?: string | null;
  /** Whether or not the source message has been redacted. Only applicable for contact initiated messages. */
  redacted: boolean;
}

/**
 * Conversation statistics
 *
 * A Statistics object containing all information required for reporting, with timestamps and calculated metrics.
 */
export interface ConversationStatistics {
  type: "conversation_statistics";
  /** Duration until last assignment before first admin reply. In seconds. */
  time_to_assignment?: number;
  /** Duration until first admin reply. Subtracts out of business hours. In seconds. */
  time_to_admin_reply?: number;
  /** Duration until conversation was closed first time. Subtracts out of business hours. In seconds. */
  time_to_first_close?: number;
  /** Duration until conversation was closed last time. Subtracts out of business hours. In seconds. */
  time_to_last_close?: number;
  /** Median based on all admin replies after a contact reply. Subtracts out of business hours. In seconds. */
  median_time_to_reply?: number;
  /**
   * Time of first text conversation part from a contact.
   *
   * Unix timestamp in seconds.
   */
  first_contact_reply_at?: number;
  /**
   * Time of first assignment after first_contact_reply_at.
   *
   * Unix timestamp in seconds.
   */
  first_assignment_at?: number;
  /**
   * Time of first admin reply after first_contact_reply_at.
   *
   * Unix timestamp in seconds.
   */
  first_admin_reply_at?: number;
  /**
   * Time of first close after first_contact_reply_at.
   *
   * Unix timestamp in seconds.
   */
  first_close_at?: number;
  /**
   * Time of last assignment after first_contact_reply_at.
   *
   * Unix timestamp in seconds.
   */
  last_assignment_at?: number;
  /**
   * Time of first admin reply since most recent assignment.
   *
   * Unix timestamp in seconds.
   */
  last_assignment_admin_reply_at?: number;
  /**
   * Time of the last conversation part from a contact.
   *
   * Unix timestamp in seconds.
   */
  last_contact_reply_at?: number;
  /**
   * Time of the last conversation part from an admin.
   *
   * Unix timestamp in seconds.
   */
  last_admin_reply_at?: number;
  /**
   * Time of the last conversation close.
   *
   * Unix timestamp in seconds.
   */
  last_close_at?: number;
  /** The last admin who closed the conversation. Returns a reference to an Admin object. */
  last_closed_by_id?: string;
  /** Number of reopens after first_contact_reply_at. */
  count_reopens?: number;
  /** Number of assignments after first_contact_reply_at. */
  count_assignments?: number;
  /** Total number of conversation parts. */
  count_conversation_parts?: number;
}

/**
 * Conversation teammates
 *
 * The list of teammates who participated in the conversation (wrote at least one conversation part).
 */
export interface ConversationTeammates {
  /** The type of the object - `admin.list`. */
  type: string;
  /** The list of teammates who participated in the conversation (wrote at least one conversation part). */
  teammates: Reference[];
}

/**
 * Convert Ticket Request Payload
 *
 * You can convert a Conversation to a Ticket
 */
export interface ConvertConversationToTicketRequest {
  /** The ID of the type of ticket you want to convert the conversation to */
  ticket_type_id: string;
  attributes?: TicketRequestCustomAttributes;
}

/**
 * Convert Visitor Request Payload
 *
 * You can merge a Visitor to a Contact of role type lead or user.
 */
export interface ConvertVisitorRequest {
  /** Represents the role of the Contact model. Accepts `lead` or `user`. */
  type: string;
  /** The unique identifiers retained after converting or merging. */
  user: {
    /** The unique identifier for the contact which is given by Intercom. */
    id?: string;
    /** A unique identifier for the contact which is given to Intercom, which will be represented as external_id. */
    user_id?: string;
    /** The contact's email, retained by default if one is present. */
    email?: string;
  } & (
    | {
        id: string;
      }
    | {
        user_id: string;
      }
  );
  /** The unique identifiers to convert a single Visitor. */
  visitor: {
    /** The unique identifier for the contact which is given by Intercom. */
    id?: string;
    /** A unique identifier for the contact which is given to Intercom. */
    user_id?: string;
    /** The visitor's email. */
    email?: string;
  } & (
    | {
        id: string;
      }
    | {
        user_id: string;
      }
    | {
        email: string;
      }
  );
}

/**
 * Create Article Request Payload
 *
 * You can create an Article
 */
export interface CreateArticleRequest {
  /** The title of the article.For multilingual articles, this will be the title of the default language's content. */
  title: string;
  /** The description of the article. For multilingual articles, this will be the description of the default language's content. */
  description?: string;
  /** The content of the article. For multilingual articles, this will be the body of the default language's content. */
  body?: string;
  /** The id of the author of the article. For multilingual articles, this will be the id of the author of the default language's content. Must be a teammate on the help center's workspace. */
  author_id: number;
  /** Whether the article will be `published` or will be a `draft`. Defaults to draft. For multilingual articles, this will be the state of the default language's content. */
  state?: "published" | "draft";
  /** The id of the article's parent collection or section. An article without this field stands alone. */
  parent_id?: number;
  /** The type of parent, which can either be a `collection` or `section`. */
  parent_type?: string;
  translated_content?: ArticleTranslatedContent;
}

/**
 * Create Collection Request Payload
 *
 * You can create a collection
 */
export interface CreateCollectionRequest {
  /** The name of the collection. For multilingual collections, this will be the name of the default language's content. */
  name: string;
  /** The description of the collection. For multilingual collections, this will be the description of the default language's content. */
  description?: string;
  translated_content?: GroupTranslatedContent | null;
  /** The id of the parent collection. If `null` then it will be created as the first level collection. */
  parent_id?: string | null;
  /** The id of the help center where the collection will be created. If `null` then it will be created in the default help center. */
  help_center_id?: number | null;
}

/**
 * Create Contact Request Payload
 *
 * Payload to create a contact
 */
export type CreateContactRequest = {
  /** The role of the contact. */
  role?: string;
  /** A unique identifier for the contact which is given to Intercom */
  external_id?: string;
  /** The contacts email */
  email?: string;
  /** The contacts phone */
  phone?: string | null;
  /** The contacts name */
  name?: string | null;
  /** An image URL containing the avatar of a contact */
  avatar?: string | null;
  /**
   * (Unix timestamp in seconds) The time specified for when a contact signed up.
   *
   * Unix timestamp in seconds.
   */
  signed_up_at?: number | null;
  /**
   * (Unix timestamp in seconds) The time when the contact was last seen (either where the Intercom Messenger was installed or when specified manually).
   *
   * Unix timestamp in seconds.
   */
  last_seen_at?: number | null;
  /** The id of an admin that has been assigned account ownership of the contact */
  owner_id?: number | null;
  /** Whether the contact is unsubscribed from emails */
  unsubscribed_from_emails?: boolean | null;
  /** The custom attributes which are set for the contact */
  custom_attributes?: {
    [key: string]: unknown;
  } | null;
} & (
  | {
      email: string;
    }
  | {
      external_id: string;
    }
  | {
      role: string;
    }
);

/**
 * Create Conversation Request Payload
 *
 * Conversations are how you can communicate with users in Intercom. They are created when a contact replies to an outbound message, or when one admin directly sends a message to a single contact.
 */
export interface CreateConversationRequest {
  from: {
    /** The role associated to the contact - user or lead. */
    type: "lead" | "user" | "contact";
    /** The identifier for the contact which is given by Intercom. */
    id: string;
  };
  /** The content of the message. HTML is not supported. */
  body: string;
  /** The title of the email. Only applicable if the message type is email. */
  subject?: string;
  /** A list of image URLs that will be added as attachments. You can include up to 10 URLs. */
  attachment_urls?: string[];
  /**
   * The time the conversation was created as a UTC Unix timestamp. If not provided, the current time will be used. This field is only recommneded for migrating past conversations from another source into Intercom.
   *
   * Unix timestamp in seconds.
   */
  created_at?: number;
}

/** Create Data Attribute Request */
export interface CreateDataAttributeRequest {
  /** The name of the data attribute. */
  name: string;
  /** The model that the data attribute belongs to. */
  model: "contact" | "company";
  /** The type of data stored for this attribute. */
  data_type: "string" | "integer" | "float" | "boolean" | "datetime" | "date";
  /** The readable description you see in the UI for the attribute. */
  description?: string;
  /** To create list attributes. Provide a set of hashes with `value` as the key of the options you want to make. `data_type` must be `string`. */
  options?: string[];
  /** Can this attribute be updated by the Messenger */
  messenger_writable?: boolean;
}

/** Create Data Event Request */
export type CreateDataEventRequest = {
  /** The name of the event that occurred. This is presented to your App's admins when filtering and creating segments - a good event name is typically a past tense 'verb-noun' combination, to improve readability, for example `updated-plan`. */
  event_name?: string;
  /**
   * The time the event occurred as a UTC Unix timestamp
   *
   * Unix timestamp in seconds.
   */
  created_at?: number;
  /** Your identifier for the user. */
  user_id?: string;
  /** The unique identifier for the contact (lead or user) which is given by Intercom. */
  id?: string;
  /** An email address for your user. An email should only be used where your application uses email to uniquely identify users. */
  email?: string;
  /** Optional metadata about the event. */
  metadata?: {
    [key: string]: string;
  };
} & (
  | {
      event_name: string;
      created_at: number;
      id: string;
    }
  | {
      event_name: string;
      created_at: number;
      user_id: string;
    }
  | {
      event_name: string;
      created_at: number;
      email: string;
    }
);

/**
 * Create Data Event Summaries Request
 *
 * You can send a list of event summaries for a user. Each event summary should contain the event name, the time the event occurred, and the number of times the event occurred. The event name should be a past tense "verb-noun" combination, to improve readability, for example `updated-plan`.
 */
export interface CreateDataEventSummariesRequest {
  /** Your identifier for the user. */
  user_id?: string;
  /** A list of event summaries for the user. Each event summary should contain the event name, the time the event occurred, and the number of times the event occurred. The event name should be a past tense 'verb-noun' combination, to improve readability, for example `updated-plan`. */
  event_summaries?: {
    /** The name of the event that occurred. A good event name is typically a past tense 'verb-noun' combination, to improve readability, for example `updated-plan`. */
    event_name?: string;
    /** The number of times the event occurred. */
    count?: number;
    /**
     * The first time the event was sent
     *
     * Unix timestamp in seconds.
     */
    first?: number;
    /**
     * The last time the event was sent
     *
     * Unix timestamp in seconds.
     */
    last?: number;
  };
}

/**
 * Create Data Export Request
 *
 * Request for creating a data export
 */
export interface CreateDataExportsRequest {
  /** The start date that you request data for. It must be formatted as a unix timestamp. */
  created_at_after: number;
  /** The end date that you request data for. It must be formatted as a unix timestamp. */
  created_at_before: number;
}

/**
 * Create Message Request Payload
 *
 * You can create a message
 */
export type CreateMessageRequest = {
  /** The kind of message being created. Values: `in_app` or `email`. */
  message_type?: "in_app" | "email";
  /** The title of the email. */
  subject?: string;
  /** The content of the message. HTML and plaintext are supported. */
  body?: string;
  /** The style of the outgoing message. Possible values `plain` or `personal`. */
  template?: string;
  /** The sender of the message. If not provided, the default sender will be used. */
  from?: {
    /** One of `lead`, `user`, `contact`, or `admin`. */
    type: "lead" | "user" | "contact" | "admin";
    /** The identifier for the sender which is given by Intercom. */
    id: number;
  };
  /** The recipient of the message. If not provided, the default recipient will be used. */
  to?: {
    /** The role associated to the contact - `user` or `lead`. */
    type: "user" | "lead";
    /** The identifier for the contact which is given by Intercom. */
    id: string;
  };
  /** The time the message was created. If not provided, the current time will be used. */
  created_at?: number;
  /**
   * Whether a conversation should be opened in the inbox for the message without the contact replying. Defaults to false if not provided.
   * @default false
   */
  create_conversation_without_contact_reply?: boolean;
} & (
  | {
      message_type: "in_app" | "email";
      subject: string;
      body: string;
      template: string;
      from: {
        /** One of `lead`, `user`, `contact`, or `admin`. */
        type: "lead" | "user" | "contact" | "admin";
        /** The identifier for the sender which is given by Intercom. */
        id: number;
      };
      to: {
        /** The role associated to the contact - `user` or `lead`. */
        type: "user" | "lead";
        /** The identifier for the contact which is given by Intercom. */
        id: string;
      };
    }
  | {
      message_type: "in_app" | "email";
      body: string;
      from: {
        /** One of `lead`, `user`, `contact`, or `admin`. */
        type: "lead" | "user" | "contact" | "admin";
        /** The identifier for the sender which is given by Intercom. */
        id: number;
      };
      to: {
        /** The role associated to the contact - `user` or `lead`. */
        type: "user" | "lead";
        /** The identifier for the contact which is given by Intercom. */
        id: string;
      };
    }
);

/**
 * Create Or Update Company Request Payload
 *
 * You can create or update a Company
 */
export interface CreateOrUpdateCompanyRequest {
  /** The name of the Company */
  name?: string;
  /** The company id you have defined for the company. Can't be updated */
  company_id?: string;
  /** The name of the plan you have associated with the company. */
  plan?: string;
  /** The number of employees in this company. */
  size?: number;
  /** The URL for this company's website. Please note that the value specified here is not validated. Accepts any string. */
  website?: string;
  /** The industry that this company operates in. */
  industry?: string;
  /** A hash of key/value pairs containing any other data about the company you want Intercom to store. */
  custom_attributes?: {
    [key: string]: string | number | boolean | null;
  };
  /** The time the company was created by you. */
  remote_created_at?: number;
  /** How much revenue the company generates for your business. Note that this will truncate floats. i.e. it only allow for whole integers, 155.98 will be truncated to 155. Note that this has an upper limit of 2**31-1 or 2147483647.. */
  monthly_spend?: number;
}

/**
 * Create or Update Tag Request Payload
 *
 * You can create or update an existing tag.
 */
export interface CreateOrUpdateTagRequest {
  /** The name of the tag, which will be created if not found, or the new name for the tag if this is an update request. Names are case insensitive. */
  name: string;
  /** The id of tag to updates. */
  id?: string;
}

/**
 * Create Phone Switch Request Payload
 *
 * You can create an phone switch
 */
export interface CreatePhoneSwitchRequest {
  /** Phone number in E.164 format, that will receive the SMS to continue the conversation in the Messenger. */
  phone: string;
  custom_attributes?: CustomAttributes;
}

/**
 * Create Ticket Request Payload
 *
 * You can create a Ticket
 */
export interface CreateTicketRequest {
  /** The ID of the type of ticket you want to create */
  ticket_type_id: string;
  /** The list of contacts (users or leads) affected by this ticket. Currently only one is allowed */
  contacts: Array<
    | {
        /** The identifier for the contact as given by Intercom. */
        id: string;
      }
    | {
        /** The external_id you have defined for the contact who is being added as a participant. */
        external_id: string;
      }
    | {
        /** The email you have defined for the contact who is being added as a participant. If a contact with this email does not exist, one will be created. */
        email: string;
      }
  >;
  /** The ID of the company that the ticket is associated with. The ID that you set upon company creation. */
  company_id?: string;
  /** The time the ticket was created. If not provided, the current time will be used. */
  created_at?: number;
  ticket_attributes?: TicketRequestCustomAttributes;
}

/**
 * Create Ticket Type Attribute Request Payload
 *
 * You can create a Ticket Type Attribute
 */
export interface CreateTicketTypeAttributeRequest {
  /** The name of the ticket type attribute */
  name: string;
  /** The description of the attribute presented to the teammate or contact */
  description: string;
  /** The data type of the attribute */
  data_type: "string" | "list" | "integer" | "decimal" | "boolean" | "datetime" | "files";
  /**
   * Whether the attribute is required to be filled in when teammates are creating the ticket in Inbox.
   * @default false
   */
  required_to_create?: boolean;
  /**
   * Whether the attribute is required to be filled in when contacts are creating the ticket in Messenger.
   * @default false
   */
  required_to_create_for_contacts?: boolean;
  /**
   * Whether the attribute is visible to teammates when creating a ticket in Inbox.
   * @default true
   */
  visible_on_create?: boolean;
  /**
   * Whether the attribute is visible to contacts when creating a ticket in Messenger.
   * @default true
   */
  visible_to_contacts?: boolean;
  /** Whether the attribute allows multiple lines of text (only applicable to string attributes) */
  multiline?: boolean;
  /** A comma delimited list of items for the attribute value (only applicable to list attributes) */
  list_items?: string;
  /** Whether the attribute allows multiple files to be attached to it (only applicable to file attributes) */
  allow_multiple_values?: boolean;
}

/**
 * Create Ticket Type Request Payload
 *
 * The request payload for creating a ticket type.
 * You can copy the `icon` property for your ticket type from [Twemoji Cheatsheet](https://twemoji-cheatsheet.vercel.app/)
 */
export interface CreateTicketTypeRequest {
  /** The name of the ticket type. */
  name: string;
  /** The description of the ticket type. */
  description?: string;
  /** Category of the Ticket Type. */
  category?: "Customer" | "Back-office" | "Tracker";
  /**
   * The icon of the ticket type.
   * @default "🎟️"
   */
  icon?: string;
  /**
   * Whether the tickets associated with this ticket type are intended for internal use only or will be shared with customers. This is currently a limited attribute.
   * @default false
   */
  is_internal?: boolean;
}

/**
 * Cursor based pages
 *
 * Cursor-based pagination is a technique used in the Intercom API to navigate through large amounts of data.
 * A "cursor" or pointer is used to keep track of the current position in the result set, allowing the API to return the data in small chunks or "pages" as needed.
 */
export interface CursorPages {
  /** the type of object `pages`. */
  type: "pages";
  /** The current page */
  page?: number;
  next?: StartingAfterPaging | null;
  /** Number of results per page */
  per_page?: number;
  /** Total number of pages */
  total_pages?: number;
}

export type CustomerRequest =
  | {
      /** The identifier for the contact as given by Intercom. */
      intercom_user_id: string;
    }
  | {
      /** The external_id you have defined for the contact who is being added as a participant. */
      user_id: string;
    }
  | {
      /** The email you have defined for the contact who is being added as a participant. */
      email: string;
    };

/** Data Attributes are metadata used to describe your contact, company and conversation models. These include standard and custom attributes. By using the data attributes endpoint, you can get the global list of attributes for your workspace, as well as create and archive custom attributes. */
export interface DataAttribute {
  /** Value is `data_attribute`. */
  type: "data_attribute";
  /** The unique identifier for the data attribute which is given by Intercom. Only available for custom attributes. */
  id?: number;
  /** Value is `contact` for user/lead attributes and `company` for company attributes. */
  model?: "contact" | "company";
  /** Name of the attribute. */
  name: string;
  /** Full name of the attribute. Should match the name unless it's a nested attribute. We can split full_name on `.` to access nested user object values. */
  full_name: string;
  /** Readable name of the attribute (i.e. name you see in the UI) */
  label: string;
  /** Readable description of the attribute. */
  description?: string;
  /** The data type of the attribute. */
  data_type: "string" | "integer" | "float" | "boolean" | "date";
  /** List of predefined options for attribute value. */
  options?: string[];
  /** Can this attribute be updated through API */
  api_writable?: boolean;
  /** Can this attribute be updated by the Messenger */
  messenger_writable?: boolean;
  /** Can this attribute be updated in the UI */
  ui_writable?: boolean;
  /** Set to true if this is a CDA */
  custom?: boolean;
  /** Is this attribute archived. (Only applicable to CDAs) */
  archived?: boolean;
  /**
   * The time the attribute was created as a UTC Unix timestamp
   *
   * Unix timestamp in seconds.
   */
  created_at?: number;
  /**
   * The time the attribute was last updated as a UTC Unix timestamp
   *
   * Unix timestamp in seconds.
   */
  updated_at?: number;
  /** Teammate who created the attribute. Only applicable to CDAs */
  admin_id?: string;
}

/**
 * Data Attribute List
 *
 * A list of all data attributes belonging to a workspace for contacts, companies or conversations.
 */
export interface DataAttributeList {
  /** The type of the object */
  type: "list";
  /** A list of data attributes */
  data: DataAttribute[];
}

/**
 * Data Event Summary
 *
 * This will return a summary of data events for the App.
 */
export interface DataEventSummary {
  /** The type of the object */
  type: "event.summary";
  /** The email address of the user */
  email: string;
  /** The Intercom user ID of the user */
  intercom_user_id: string;
  /** The user ID of the user */
  user_id: string;
  /** A summary of data events */
  events: DataEventSummaryItem[];
}

/**
 * Data Event Summary Item
 *
 * This will return a summary of a data event for the App.
 */
export interface DataEventSummaryItem {
  /** The name of the event */
  name: string;
  /** The first time the event was sent */
  first: string;
  /** The last time the event was sent */
  last: string;
  /** The number of times the event was sent */
  count: number;
  /** The description of the event */
  description?: string;
}

/**
 * Data Export
 *
 * The data export API is used to export message delivery and engagement statistics for outbound content (Emails, Posts, Custom Bots, Surveys, Tours, Series, and more) sent in a given timeframe. The exported data includes who received each message, when they received it, and how they engaged with it (opens, clicks, replies, completions, dismissals, unsubscribes, and bounces).
 */
export interface DataExport {
  /** The identifier for your job. */
  job_identifier: string;
  /** The current state of your job. */
  status: "pending" | "in_progress" | "failed" | "completed" | "no_data" | "canceled";
  /** The time after which you will not be able to access the data. */
  download_expires_at: string;
  /** The location where you can download your data. */
  download_url: string;
}

/**
 * Deleted Article Object
 *
 * Response returned when an object is deleted
 */
export interface DeletedArticleObject {
  /** The unique identifier for the article which you provided in the URL. */
  id: string;
  /** The type of object which was deleted. - article */
  object: "article";
  /** Whether the article was deleted successfully or not. */
  deleted: boolean;
}

/**
 * Deleted Collection Object
 *
 * Response returned when an object is deleted
 */
export interface DeletedCollectionObject {
  /** The unique identifier for the collection which you provided in the URL. */
  id: string;
  /** The type of object which was deleted. - `collection` */
  object: "collection";
  /** Whether the collection was deleted successfully or not. */
  deleted: boolean;
}

/**
 * Deleted Company Object
 *
 * Response returned when an object is deleted
 */
export interface DeletedCompanyObject {
  /** The unique identifier for the company which is given by Intercom. */
  id: string;
  /** The type of object which was deleted. - `company` */
  object: "company";
  /** Whether the company was deleted successfully or not. */
  deleted: boolean;
}

/**
 * Deleted Object
 *
 * Response returned when an object is deleted
 */
export interface DeletedObject {
  /** The unique identifier for the news item which you provided in the URL. */
  id: string;
  /** The type of object which was deleted - news-item. */
  object: "news-item";
  /** Whether the news item was deleted successfully or not. */
  deleted: boolean;
}

export interface DetachContactFromConversationRequest {
  /** The `id` of the admin who is performing the action. */
  admin_id: string;
}

/**
 * Error
 *
 * The API will return an Error List for a failed request, which will contain one or more Error objects.
 */
export interface ErrorModel {
  /** The type is error.list */
  type: string;
  request_id?: string | null;
  /** An array of one or more error objects */
  errors: Array<{
    /** A string indicating the kind of error, used to further qualify the HTTP response code */
    code: string;
    /** Optional. Human readable description of the error. */
    message?: string | null;
    /** Optional. Used to identify a particular field or query parameter that was in error. */
    field?: string | null;
  }>;
}

/**
 * File
 *
 * The value describing a file upload set for a custom attribute
 */
export interface FileAttribute {
  type: string;
  /** The name of the file */
  name: string;
  /** The url of the file. This is a temporary URL and will expire after 30 minutes. */
  url: string;
  /** The type of file */
  content_type: string;
  /** The size of the file in bytes */
  filesize: number;
  /** The width of the file in pixels, if applicable */
  width: number;
  /** The height of the file in pixels, if applicable */
  height: number;
}

/**
 * Group Content
 *
 * The Content of a Group.
 */
export interface GroupContent {
  /** The type of object - `group_content` . */
  type: "group_content";
  /** The name of the collection or section. */
  name: string;
  /** The description of the collection. Only available for collections. */
  description: string;
}

/**
 * Group Translated Content
 *
 * The Translated Content of an Group. The keys are the locale codes and the values are the translated content of the Group.
 */
export interface GroupTranslatedContent {
  /** The type of object - group_translated_content. */
  type: "group_translated_content";
  /** The content of the group in Arabic */
  ar?: GroupContent;
  /** The content of the group in Bulgarian */
  bg?: GroupContent;
  /** The content of the group in Bosnian */
  bs?: GroupContent;
  /** The content of the group in Catalan */
  ca?: GroupContent;
  /** The content of the group in Czech */
  cs?: GroupContent;
  /** The content of the group in Danish */
  da?: GroupContent;
  /** The content of the group in German */
  de?: GroupContent;
  /** The content of the group in Greek */
  el?: GroupContent;
  /** The content of the group in English */
  en?: GroupContent;
  /** The content of the group in Spanish */
  es?: GroupContent;
  /** The content of the group in Estonian */
  et?: GroupContent;
  /** The content of the group in Finnish */
  fi?: GroupContent;
  /** The content of the group in French */
  fr?: GroupContent;
  /** The content of the group in Hebrew */
  he?: GroupContent;
  /** The content of the group in Croatian */
  hr?: GroupContent;
  /** The content of the group in Hungarian */
  hu?: GroupContent;
  /** The content of the group in Indonesian */
  id?: GroupContent;
  /** The content of the group in Italian */
  it?: GroupContent;
  /** The content of the group in Japanese */
  ja?: GroupContent;
  /** The content of the group in Korean */
  ko?: GroupContent;
  /** The content of the group in Lithuanian */
  lt?: GroupContent;
  /** The content of the group in Latvian */
  lv?: GroupContent;
  /** The content of the group in Mongolian */
  mn?: GroupContent;
  /** The content of the group in Norwegian */
  nb?: GroupContent;
  /** The content of the group in Dutch */
  nl?: GroupContent;
  /** The content of the group in Polish */
  pl?: GroupContent;
  /** The content of the group in Portuguese (Portugal) */
  pt?: GroupContent;
  /** The content of the group in Romanian */
  ro?: GroupContent;
  /** The content of the group in Russian */
  ru?: GroupContent;
  /** The content of the group in Slovenian */
  sl?: GroupContent;
  /** The content of the group in Serbian */
  sr?: GroupContent;
  /** The content of the group in Swedish */
  sv?: GroupContent;
  /** The content of the group in Turkish */
  tr?: GroupContent;
  /** The content of the group in Vietnamese */
  vi?: GroupContent;
  /** The content of the group in Portuguese (Brazil) */
  "pt-BR"?: GroupContent;
  /** The content of the group in Chinese (China) */
  "zh-CN"?: GroupContent;
  /** The content of the group in Chinese (Taiwan) */
  "zh-TW"?: GroupContent;
}

/** Help Centers contain collections */
export interface HelpCenter {
  /** The unique identifier for the Help Center which is given by Intercom. */
  id: string;
  /** The id of the workspace which the Help Center belongs to. */
  workspace_id: string;
  /**
   * The time when the Help Center was created.
   *
   * Unix timestamp in seconds.
   */
  created_at: number;
  /**
   * The time when the Help Center was last updated.
   *
   * Unix timestamp in seconds.
   */
  updated_at?: number;
  /** The identifier of the Help Center. This is used in the URL of the Help Center. */
  identifier: string;
  /** Whether the Help Center is turned on or not. This is controlled in your Help Center settings. */
  website_turned_on: boolean;
  /** The display name of the Help Center only seen by teammates. */
  display_name: string;
  /** The URL for the help center, if you have a custom domain then this will show the URL using the custom domain. */
  url?: string;
  /** Custom domain configured for the help center */
  custom_domain?: string | null;
}

/**
 * Help Centers
 *
 * A list of Help Centers belonging to the App
 */
export interface HelpCenterList {
  /** The type of the object - `list`. */
  type: "list";
  /** An array of Help Center objects */
  data: HelpCenter[];
}

/**
 * Intercom API version.</br>By default, it's equal to the version set in the app package.
 * @default "2.11"
 */
export type IntercomVersion =
  | "1.0"
  | "1.1"
  | "1.2"
  | "1.3"
  | "1.4"
  | "2.0"
  | "2.1"
  | "2.2"
  | "2.3"
  | "2.4"
  | "2.5"
  | "2.6"
  | "2.7"
  | "2.8"
  | "2.9"
  | "2.10"
  | "2.11"
  | "Preview";

/**
 * Linked Object
 *
 * A linked conversation or ticket.
 */
export interface LinkedObject {
  /** ticket or conversation */
  type: "ticket" | "conversation";
  /** The ID of the linked object */
  id: string;
  /** Category of the Linked Ticket Object. */
  category: "Customer" | "Back-office" | "Tracker" | null;
}

/**
 * Linked Objects
 *
 * An object containing metadata about linked conversations and linked tickets. Up to 1000 can be returned.
 */
export interface LinkedObjectList {
  /** Always list. */
  type: "list";
  /** The total number of linked objects. */
  total_count: number;
  /** Whether or not there are more linked objects than returned. */
  has_more: boolean;
  /** An array containing the linked conversations and linked tickets. */
  data: LinkedObject[];
}

/** Merge contact data. */
export interface MergeContactsRequest {
  /** The unique identifier for the contact to merge away from. Must be a lead. */
  from: string;
  /** The unique identifier for the contact to merge into. Must be a user. */
  into: string;
}

/** Message are how you reach out to contacts in Intercom. They are created when an admin sends an outbound message to a contact. */
export interface Message {
  /** The type of the message */
  type: string;
  /** The id representing the message. */
  id: string;
  /**
   * The time the conversation was created.
   *
   * Unix timestamp in seconds.
   */
  created_at: number;
  /** The subject of the message. Only present if message_type: email. */
  subject?: string;
  /** The message body, which may contain HTML. */
  body: string;
  /** The type of message that was sent. Can be email, inapp, facebook or twitter. */
  message_type: "email" | "inapp" | "facebook" | "twitter";
  /** The associated conversation_id */
  conversation_id?: string;
}

/** Multiple or Single Filter Search Request */
export type MultipleOrSingleFilterSearchRequest = MultipleFilterSearchRequest | SingleFilterSearchRequest;

/**
 * Multiple Filter Search Request
 *
 * Search using Intercoms Search APIs with more than one filter.
 */
export interface MultipleFilterSearchRequest {
  /** An operator to allow boolean inspection between multiple fields. */
  operator?: "AND" | "OR";
  value?: MultipleOrSingleFilterSearchRequest[];
}

/**
 * News Item
 *
 * A News Item is a content type in Intercom enabling you to announce product updates, company news, promotions, events and more with your customers.
 */
export interface NewsItem {
  /** The type of object. */
  type: "news-item";
  /** The unique identifier for the news item which is given by Intercom. */
  id: string;
  /** The id of the workspace which the news item belongs to. */
  workspace_id: string;
  /** The title of the news item. */
  title: string;
  /** The news item body, which may contain HTML. */
  body: string;
  /** The id of the sender of the news item. Must be a teammate on the workspace. */
  sender_id: number;
  /** News items will not be visible to your users in the assigned newsfeeds until they are set live. */
  state: "draft" | "live";
  /** A list of newsfeed_assignments to assign to the specified newsfeed. */
  newsfeed_assignments?: NewsfeedAssignment[];
  /** Label names displayed to users to categorize the news item. */
  labels?: Array<string | null>;
  /** URL of the image used as cover. Must have .jpg or .png extension. */
  cover_image_url?: string | null;
  /** Ordered list of emoji reactions to the news item. When empty, reactions are disabled. */
  reactions?: Array<string | null>;
  /** When set to true, the news item will appear in the messenger newsfeed without showing a notification badge. */
  deliver_silently?: boolean;
  /**
   * Timestamp for when the news item was created.
   *
   * Unix timestamp in seconds.
   */
  created_at: number;
  /**
   * Timestamp for when the news item was last updated.
   *
   * Unix timestamp in seconds.
   */
  updated_at?: number;
}

/**
 * Create News Item Request
 *
 * A News Item is a content type in Intercom enabling you to announce product updates, company news, promotions, events and more with your customers.
 */
export interface NewsItemRequest {
  /** The title of the news item. */
  title: string;
  /** The news item body, which may contain HTML. */
  body?: string;
  /** The id of the sender of the news item. Must be a teammate on the workspace. */
  sender_id: number;
  /** News items will not be visible to your users in the assigned newsfeeds until they are set live. */
  state?: "draft" | "live";
  /** When set to `true`, the news item will appear in the messenger newsfeed without showing a notification badge. */
  deliver_silently?: boolean;
  /** Label names displayed to users to categorize the news item. */
  labels?: string[];
  /** Ordered list of emoji reactions to the news item. When empty, reactions are disabled. */
  reactions?: Array<string | null>;
  /** A list of newsfeed_assignments to assign to the specified newsfeed. */
  newsfeed_assignments?: NewsfeedAssignment[];
}

/**
 * Newsfeed
 *
 * A newsfeed is a collection of news items, targeted to a specific audience.
 *
 * Newsfeeds currently cannot be edited through the API, please refer to [this article](https://www.intercom.com/help/en/articles/6362267-getting-started-with-news) to set up your newsfeeds in Intercom.
 */
export interface Newsfeed {
  /** The unique identifier for the newsfeed which is given by Intercom. */
  id: string;
  /** The type of object. */
  type: "newsfeed";
  /** The name of the newsfeed. This name will never be visible to your users. */
  name: string;
  /**
   * Timestamp for when the newsfeed was created.
   *
   * Unix timestamp in seconds.
   */
  created_at: number;
  /**
   * Timestamp for when the newsfeed was last updated.
   *
   * Unix timestamp in seconds.
   */
  updated_at?: number;
}

/**
 * Newsfeed Assignment
 *
 * Assigns a news item to a newsfeed.
 */
export interface NewsfeedAssignment {
  /** The unique identifier for the newsfeed which is given by Intercom. Publish dates cannot be in the future, to schedule news items use the dedicated feature in app (see this article). */
  newsfeed_id: number;
  /**
   * Publish date of the news item on the newsfeed, use this field if you want to set a publish date in the past (e.g. when importing existing news items). On write, this field will be ignored if the news item state is "draft".
   *
   * Unix timestamp in seconds.
   */
  published_at: number;
}

/** Notes allow you to annotate and comment on your contacts. */
export interface Note {
  /** String representing the object's type. Always has the value `note`. */
  type: "note";
  /** The id of the note. */
  id: string;
  /**
   * The time the note was created.
   *
   * Unix timestamp in seconds.
   */
  created_at: number;
  /** Represents the contact that the note was created about. */
  contact: {
    /** String representing the object's type. Always has the value `contact`. */
    type?: "contact";
    /** The id of the contact. */
    id?: string;
  } | null;
  /** Optional. Represents the Admin that created the note. */
  author: Admin;
  /** The body text of the note. */
  body: string;
}

/**
 * Paginated Response
 *
 * A paginated list of notes associated with a contact.
 */
export interface NoteList {
  /** String representing the object's type. Always has the value `list`. */
  type: "list";
  /** An array of notes. */
  data: Note[];
  /** A count of the total number of notes. */
  total_count: number;
  pages?: CursorPages;
}

/**
 * Open Conversation Request
 *
 * Payload of the request to open a conversation
 */
export interface OpenConversationRequest {
  message_type: "open";
  /** The id of the admin who is performing the action. */
  admin_id: string;
}

/**
 * Pagination Object
 *
 * The majority of list resources in the API are paginated to allow clients to traverse data over multiple requests.
 *
 * Their responses are likely to contain a pages object that hosts pagination links which a client can use to paginate through the data without having to construct a query. The link relations for the pages field are as follows.
 */
export interface PagesLink {
  type: "pages";
  page: number;
  /** A link to the next page of results. A response that does not contain a next link does not have further data to fetch. */
  next?: string | null;
  per_page: number;
  total_pages: number;
}

/** Paginated News Item Response */
export interface PaginatedNewsItemResponse {
  /** The type of object */
  type: "list";
  pages?: CursorPages;
  /** A count of the total number of News Items. */
  total_count: number;
  /** An array of News Items */
  data: NewsItem[];
}

/** Paginated Newsfeed Response */
export interface PaginatedNewsfeedResponse {
  /** The type of object */
  type: "list";
  pages?: CursorPages;
  /** A count of the total number of Newsfeeds. */
  total_count: number;
  /** An array of Newsfeeds */
  data: Newsfeed[];
}

/**
 * Part attachment
 *
 * The file attached to a part
 */
export interface PartAttachment {
  /** The type of attachment */
  type: string;
  /** The name of the attachment */
  name: string;
  /** The URL of the attachment */
  url: string;
  /** The content type of the attachment */
  content_type: string;
  /** The size of the attachment */
  filesize: number;
  /** The width of the attachment */
  width: number;
  /** The height of the attachment */
  height: number;
}

/** Phone Switch Response */
export interface PhoneSwitch {
  /** @default "phone_call_redirect" */
  type: "phone_call_redirect";
  /** Phone number in E.164 format, that has received the SMS to continue the conversation in the Messenger. */
  phone?: string;
}

export type RedactConversationRequest =
  | {
      /** The type of resource being redacted. */
      type: "conversation_part";
      /** The id of the conversation. */
      conversation_id: string;
      /** The id of the conversation_part. */
      conversation_part_id: string;
    }
  | {
      /** The type of resource being redacted. */
      type: "source";
      /** The id of the conversation. */
      conversation_id: string;
      /** The id of the source. */
      source_id: string;
    };

/**
 * Reference
 *
 * reference to another object
 */
export interface Reference {
  type: string;
  id?: string | null;
}

export type ReplyConversationRequest = ContactReplyConversationRequest | AdminReplyConversationRequest;

/**
 * Search data
 *
 * Search using Intercoms Search APIs.
 */
export interface SearchRequest {
  query: SingleFilterSearchRequest | MultipleFilterSearchRequest;
  pagination?: StartingAfterPaging | null;
}

/**
 * Segment
 *
 * A segment is a group of your contacts defined by the rules that you set.
 */
export interface Segment {
  /** The type of object. */
  type: "segment";
  /** The unique identifier representing the segment. */
  id: string;
  /** The name of the segment. */
  name: string;
  /** The time the segment was created. */
  created_at: number;
  /** The time the segment was updated. */
  updated_at?: number;
  /** Type of the contact: contact (lead) or user. */
  person_type: "contact" | "user";
  /** The number of items in the user segment. It's returned when `include_count=true` is included in the request. */
  count?: number | null;
}

/**
 * Segment List
 *
 * This will return a list of Segment Objects. The result may also have a pages object if the response is paginated.
 */
export interface SegmentList {
  /** The type of the object */
  type: "segment.list";
  /** A list of Segment objects */
  segments: Segment[];
  /** A pagination object, which may be empty, indicating no further pages to fetch. */
  pages?: {
    [key: string]: unknown;
  };
}

/**
 * Single Filter Search Request
 *
 * Search using Intercoms Search APIs with a single filter.
 */
export interface SingleFilterSearchRequest {
  /** The accepted field that you want to search on. */
  field?: string;
  /**
   * The accepted operators you can use to define how you want to search for the value. Operator support depends on the field's data type. The breakdown below is for Contacts search; the other search endpoints that share this schema accept a different set per field:
   * - `string` fields: `=`, `!=`, `IN`, `NIN`, `~`, `!~`, `^`, `$`
   * - `tag_id`: `=` and `!=` only. Every other operator returns an error.
   * - `boolean` fields: `=`, `!=`, `IN`, `NIN`
   * - `integer` fields: `=`, `!=`, `IN`, `NIN`, `<`, `>`, `<=`, `>=`
   * - `date` fields (all standard timestamp attributes and date custom attributes): `=`, `<`, `>` only. `!=`, `<=`, `>=`, `IN`, and `NIN` are not supported and return an error.
   */
  operator?: "=" | "!=" | "IN" | "NIN" | "<" | "<=" | ">" | ">=" | "~" | "!~" | "^" | "$";
  /** The value that you want to search on. */
  value?: string | number | boolean | string[] | number[] | null;
}

/**
 * Applied SLA
 *
 * The SLA Applied object contains the details for which SLA has been applied to this conversation.
 * Important: if there are any canceled sla_events for the conversation - meaning an SLA has been manually removed from a conversation, the sla_status will always be returned as null.
 */
export interface SlaApplied {
  /** object type */
  type: string;
  /** The name of the SLA as given by the teammate when it was created. */
  sla_name: string;
  /**
   * SLA statuses:
   * - `hit`: If there’s at least one hit event in the underlying sla_events table, and no “missed” or “canceled” events for the conversation.
   * - `missed`: If there are any missed sla_events for the conversation and no canceled events. If there’s even a single missed sla event, the status will always be missed. A missed status is not applied when the SLA expires, only the next time a teammate replies.
   * - `active`: An SLA has been applied to a conversation, but has not yet been fulfilled. SLA status is active only if there are no “hit, “missed”, or “canceled” events.
   */
  sla_status: "hit" | "missed" | "cancelled" | "active";
}

/**
 * Snooze Conversation Request
 *
 * Payload of the request to snooze a conversation
 */
export interface SnoozeConversationRequest {
  message_type: "snoozed";
  /** The id of the admin who is performing the action. */
  admin_id: string;
  /**
   * The time you want the conversation to reopen.
   *
   * Unix timestamp in seconds.
   */
  snoozed_until: number;
}

/**
 * Social Profile
 *
 * A Social Profile allows you to label your contacts, companies, and conversations and list them using that Social Profile.
 */
export interface SocialProfile {
  /** value is "social_profile" */
  type: string;
  /** The name of the Social media profile */
  name: string;
  /** The name of the Social media profile */
  url: string;
}

/** Pagination: Starting After */
export interface StartingAfterPaging {
  /** The number of results to fetch per page. */
  per_page: number;
  /** The cursor to use in the next request to get the next page of results. */
  starting_after?: string | null;
}

/**
 * Subscription Types
 *
 * A subscription type lets customers easily opt out of non-essential communications without missing what's important to them.
 */
export interface SubscriptionType {
  /** The type of the object - subscription */
  type: string;
  /** The unique identifier representing the subscription type. */
  id: string;
  /** The state of the subscription type. */
  state: "live" | "draft" | "archived";
  default_translation: Translation;
  /** An array of translations objects with the localised version of the subscription type in each available locale within your translation settings. */
  translations: Translation[];
  /** Describes the type of consent. */
  consent_type: "opt_out" | "opt_in";
  /** The message types that this subscription supports - can contain `email` or `sms_message`. */
  content_types: Array<"email" | "sms_message">;
}

/**
 * Subscription Types
 *
 * A list of subscription type objects.
 */
export interface SubscriptionTypeList {
  /** The type of the object */
  type: "list";
  /** A list of subscription type objects associated with the workspace . */
  data: SubscriptionType[];
}

/**
 * Tag
 *
 * A tag allows you to label your contacts, companies, and conversations and list them using that tag.
 */
export interface Tag {
  /** value is "tag" */
  type: string;
  /** The id of the tag */
  id: string;
  /** The name of the tag */
  name: string;
  /**
   * The time when the tag was applied to the object. Only present when the tag is returned as part of a tagging operation on a contact, conversation, or ticket.
   *
   * Unix timestamp in seconds.
   */
  applied_at?: number | null;
  /** The admin who applied the tag. Only present when the tag is returned as part of a tagging operation on a contact, conversation, or ticket. */
  applied_by?: Reference | null;
}

/**
 * Tag
 *
 * A tag allows you to label your contacts, companies, and conversations and list them using that tag.
 */
export interface TagBasic {
  /** value is "tag" */
  type?: string;
  /** The id of the tag */
  id?: string;
  /** The name of the tag */
  name?: string;
}

/**
 * Tag Company Request Payload
 *
 * You can tag a single company or a list of companies.
 */
export interface TagCompanyRequest {
  /** The name of the tag, which will be created if not found. */
  name: string;
  /** The id or company_id of the company can be passed as input parameters. */
  companies: Array<{
    /** The Intercom defined id representing the company. */
    id?: string;
    /** The company id you have defined for the company. */
    company_id?: string;
  }>;
}

/**
 * Tags
 *
 * A list of tags objects in the workspace.
 */
export interface TagList {
  /** The type of the object */
  type: "list";
  /** A list of tags objects associated with the workspace . */
  data: Tag[];
}

/**
 * Tag Users Request Payload
 *
 * You can tag a list of users.
 */
export interface TagMultipleUsersRequest {
  /** The name of the tag, which will be created if not found. */
  name: string;
  users: Array<{
    /** The Intercom defined id representing the user. */
    id?: string;
  }>;
}

/**
 * Tags
 *
 * A list of tags objects associated with a conversation
 */
export interface Tags {
  /** The type of the object */
  type: "tag.list";
  /** A list of tags objects associated with the conversation. */
  tags: Tag[];
}

/** Teams are groups of admins in Intercom. */
export interface Team {
  /** Value is always "team" */
  type: "team";
  /** The id of the team */
  id: string;
  /** The name of the team */
  name: string;
  /** The list of admin IDs that are a part of the team. */
  admin_ids: number[];
  admin_priority_level?: AdminPriorityLevel;
}

/**
 * Team List
 *
 * This will return a list of team objects for the App.
 */
export interface TeamList {
  /** The type of the object */
  type: "team.list";
  /** A list of team objects */
  teams: Team[];
}

/**
 * Team Priority Level
 *
 * Admin priority levels for teams
 */
export interface TeamPriorityLevel {
  /** The primary team ids for the team */
  primary_team_ids?: number[] | null;
  /** The secondary team ids for the team */
  secondary_team_ids?: number[] | null;
}

/** Tickets are how you track requests from your users. */
export interface Ticket {
  /**
   * Always ticket
   * @default "ticket"
   */
  type: "ticket";
  /** The unique identifier for the ticket which is given by Intercom. */
  id: string;
  /** The ID of the Ticket used in the Intercom Inbox and Messenger. Do not use ticket_id for API queries. */
  ticket_id: string;
  /** Category of the Ticket. */
  category: "Customer" | "Back-office" | "Tracker";
  ticket_attributes: TicketCustomAttributes;
  /** The state the ticket is currently in */
  ticket_state: "submitted" | "in_progress" | "waiting_on_customer" | "resolved";
  ticket_type: TicketType | null;
  contacts: TicketContacts;
  /** The id representing the admin assigned to the ticket. */
  admin_assignee_id?: string;
  /** The id representing the team assigned to the ticket. */
  team_assignee_id?: string;
  /**
   * The time the ticket was created as a UTC Unix timestamp.
   *
   * Unix timestamp in seconds.
   */
  created_at?: number;
  /**
   * The last time the ticket was updated as a UTC Unix timestamp.
   *
   * Unix timestamp in seconds.
   */
  updated_at?: number;
  /** Whether or not the ticket is open. If false, the ticket is closed. */
  open?: boolean;
  /**
   * The time the ticket will be snoozed until as a UTC Unix timestamp. If null, the ticket is not currently snoozed.
   *
   * Unix timestamp in seconds.
   */
  snoozed_until?: number;
  linked_objects?: LinkedObjectList;
  ticket_parts?: TicketParts;
  /** Whether or not the ticket is shared with the customer. */
  is_shared?: boolean;
  /** The state the ticket is currently in, in a human readable form - visible in Intercom */
  ticket_state_internal_label?: string;
  /** The state the ticket is currently in, in a human readable form - visible to customers, in the messenger, email and tickets portal. */
  ticket_state_external_label?: string;
}

/**
 * Contacts
 *
 * The list of contacts affected by a ticket.
 */
export interface TicketContacts {
  /** always contact.list */
  type: "contact.list";
  /** The list of contacts affected by this ticket. */
  contacts: ContactReference[];
}

/**
 * Ticket Attributes
 *
 * An object containing the different attributes associated to the ticket as key-value pairs. For the default title and description attributes, the keys are `_default_title_` and `_default_description_`.
 */
export interface TicketCustomAttributes {
  [key: string]: string | null | number | boolean | unknown[] | FileAttribute;
}

/**
 * Ticket List
 *
 * Tickets are how you track requests from your users.
 */
export interface TicketList {
  /** Always ticket.list */
  type: "ticket.list";
  /** The list of ticket objects */
  tickets: Ticket[];
  /** A count of the total number of objects. */
  total_count: number;
  pages?: CursorPages;
}

/**
 * Ticket Part
 *
 * A Ticket Part represents a message in the ticket.
 */
export interface TicketPart {
  /** Always ticket_part */
  type: "ticket_part";
  /** The id representing the ticket part. */
  id: string;
  /** The type of ticket part. */
  part_type: string;
  /** The message body, which may contain HTML. */
  body?: string | null;
  /** The previous state of the ticket. */
  previous_ticket_state?: "submitted" | "in_progress" | "waiting_on_customer" | "resolved";
  /** The state of the ticket. */
  ticket_state?: "submitted" | "in_progress" | "waiting_on_customer" | "resolved";
  /**
   * The time the ticket part was created.
   *
   * Unix timestamp in seconds.
   */
  created_at: number;
  /**
   * The last time the ticket part was updated.
   *
   * Unix timestamp in seconds.
   */
  updated_at?: number;
  /** The id of the admin that was assigned the ticket by this ticket_part (null if there has been no change in assignment.) */
  assigned_to?: Reference | null;
  author?: TicketPartAuthor;
  /** A list of attachments for the part. */
  attachments?: PartAttachment[];
  /** The external id of the ticket part */
  external_id?: string | null;
  /** Whether or not the ticket part has been redacted. */
  redacted?: boolean;
}

/**
 * Ticket part author
 *
 * The author that wrote or triggered the part. Can be a bot, admin, team or user.
 */
export interface TicketPartAuthor {
  /** The type of the author */
  type: "admin" | "bot" | "team" | "user";
  /** The id of the author */
  id: string;
  /** The name of the author */
  name?: string | null;
  /** The email of the author */
  email: string;
}

/**
 * Ticket Parts
 *
 * A list of Ticket Part objects for each note and event in the ticket. There is a limit of 500 parts.
 */
export interface TicketParts {
  type: "ticket_part.list";
  /** A list of Ticket Part objects for each ticket. There is a limit of 500 parts. */
  ticket_parts: TicketPart[];
  total_count: number;
}

/** A Ticket Part representing a note, comment, or quick_reply on a ticket */
export interface TicketReply {
  /** Always ticket_part */
  type: "ticket_part";
  /** The id representing the part. */
  id: string;
  /** Type of the part */
  part_type: "note" | "comment" | "quick_reply";
  /** The message body, which may contain HTML. */
  body?: string | null;
  /**
   * The time the note was created.
   *
   * Unix timestamp in seconds.
   */
  created_at: number;
  /**
   * The last time the note was updated.
   *
   * Unix timestamp in seconds.
   */
  updated_at?: number;
  author?: TicketPartAuthor;
  /** A list of attachments for the part. */
  attachments?: PartAttachment[];
  /** Whether or not the ticket part has been redacted. */
  redacted?: boolean;
}

/**
 * Ticket Attributes
 *
 * The attributes set on the ticket. When setting the default title and description attributes, the attribute keys that should be used are `_default_title_` and `_default_description_`. When setting ticket type attributes of the list attribute type, the key should be the attribute name and the value of the attribute should be the list item id, obtainable by [listing the ticket type](ref:get_ticket-types). For example, if the ticket type has an attribute called `priority` of type `list`, the key should be `priority` and the value of the attribute should be the guid of the list item (e.g. `de1825a0-0164-4070-8ca6-13e22462fa7e`).
 */
export interface TicketRequestCustomAttributes {
  [key: string]: string | null | number | boolean | unknown[];
}

/**
 * Ticket Type
 *
 * A ticket type, used to define the data fields to be captured in a ticket.
 */
export interface TicketType {
  /** String representing the object's type. Always has the value `ticket_type`. */
  type: "ticket_type";
  /** The id representing the ticket type. */
  id: string;
  /** Category of the Ticket Type. */
  category: "Customer" | "Back-office" | "Tracker";
  /** The name of the ticket type */
  name: string;
  /** The description of the ticket type */
  description: string;
  /** The icon of the ticket type */
  icon: string;
  /** The id of the workspace that the ticket type belongs to. */
  workspace_id: string;
  ticket_type_attributes: TicketTypeAttributeList;
  /** Whether the ticket type is archived or not. */
  archived: boolean;
  /**
   * The date and time the ticket type was created.
   *
   * Unix timestamp in seconds.
   */
  created_at: number;
  /**
   * The date and time the ticket type was last updated.
   *
   * Unix timestamp in seconds.
   */
  updated_at?: number;
}

/**
 * Ticket Type Attribute
 *
 * Ticket type attribute, used to define each data field to be captured in a ticket.
 */
export interface TicketTypeAttribute {
  /** String representing the object's type. Always has the value `ticket_type_attribute`. */
  type: "ticket_type_attribute";
  /** The id representing the ticket type attribute. */
  id: string;
  /** The id of the workspace that the ticket type attribute belongs to. */
  workspace_id: string;
  /** The name of the ticket type attribute */
  name: string;
  /** The description of the ticket type attribute */
  description: string;
  /** The type of the data attribute (allowed values: "string list integer decimal boolean datetime files") */
  data_type: string;
  /** Input options for the attribute */
  input_options?: {
    [key: string]: unknown;
  };
  /** The order of the attribute against other attributes */
  order: number;
  /**
   * Whether the attribute is required or not for teammates.
   * @default false
   */
  required_to_create: boolean;
  /**
   * Whether the attribute is required or not for contacts.
   * @default false
   */
  required_to_create_for_contacts: boolean;
  /**
   * Whether the attribute is visible or not to teammates.
   * @default true
   */
  visible_on_create: boolean;
  /**
   * Whether the attribute is visible or not to contacts.
   * @default true
   */
  visible_to_contacts: boolean;
  /** Whether the attribute is built in or not. */
  default: boolean;
  /** The id of the ticket type that the attribute belongs to. */
  ticket_type_id: number;
  /** Whether the ticket type attribute is archived or not. */
  archived: boolean;
  /**
   * The date and time the ticket type attribute was created.
   *
   * Unix timestamp in seconds.
   */
  created_at: number;
  /**
   * The date and time the ticket type attribute was last updated.
   *
   * Unix timestamp in seconds.
   */
  updated_at?: number;
}

/**
 * Ticket Type Attributes
 *
 * A list of attributes associated with a given ticket type.
 */
export interface TicketTypeAttributeList {
  /** String representing the object's type. Always has the value `ticket_type_attributes.list`. */
  type: string;
  /** A list of ticket type attributes associated with a given ticket type. */
  ticket_type_attributes?: TicketTypeAttribute[];
}

/**
 * Ticket Types
 *
 * A list of ticket types associated with a given workspace.
 */
export interface TicketTypeList {
  /** String representing the object's type. Always has the value `ticket_type.list`. */
  type: string;
  /** A list of ticket_types associated with a given workspace. */
  ticket_types?: TicketType[];
}

/**
 * Translation
 *
 * A translation object contains the localised details of a subscription type.
 */
export interface Translation {
  /** The localised name of the subscription type. */
  name: string;
  /** The localised description of the subscription type. */
  description: string;
  /** The two character identifier for the language of the translation object. */
  locale: string;
}

/**
 * Untag Company Request Payload
 *
 * You can tag a single company or a list of companies.
 */
export interface UntagCompanyRequest {
  /** The name of the tag which will be untagged from the company */
  name: string;
  /** The id or company_id of the company can be passed as input parameters. */
  companies: Array<{
    /** The Intercom defined id representing the company. */
    id: string;
    /** The company id you have defined for the company. */
    company_id: string;
    /** Always set to true */
    untag: boolean;
  }>;
}

/**
 * Update Article Request Payload
 *
 * You can Update an Article
 */
export interface UpdateArticleRequestBody {
  /** The title of the article.For multilingual articles, this will be the title of the default language's content. */
  title?: string;
  /** The description of the article. For multilingual articles, this will be the description of the default language's content. */
  description?: string;
  /** The content of the article. For multilingual articles, this will be the body of the default language's content. */
  body?: string;
  /** The id of the author of the article. For multilingual articles, this will be the id of the author of the default language's content. Must be a teammate on the help center's workspace. */
  author_id?: number;
  /** Whether the article will be `published` or will be a `draft`. Omitting this field leaves the publish state unchanged, so a draft stays a draft and an edit to a published article goes live immediately unless that article already has a pending draft. For multilingual articles, this will be the state of the default language's content. */
  state?: "published" | "draft";
  /** The id of the article's parent collection or section. An article without this field stands alone. */
  parent_id?: string;
  /** The type of parent, which can either be a `collection` or `section`. */
  parent_type?: string;
  translated_content?: ArticleTranslatedContent;
}

/**
 * Update Collection Request Payload
 *
 * You can update a collection
 */
export interface UpdateCollectionRequest {
  /** The name of the collection. For multilingual collections, this will be the name of the default language's content. */
  name?: string;
  /** The description of the collection. For multilingual collections, this will be the description of the default language's content. */
  description?: string;
  translated_content?: GroupTranslatedContent | null;
  /** The id of the parent collection. If `null` then it will be updated as the first level collection. */
  parent_id?: string | null;
}

/**
 * Update Contact Request Payload
 *
 * You can update a contact
 */
export interface UpdateContactRequest {
  /** The role of the contact. */
  role?: string;
  /** A unique identifier for the contact which is given to Intercom */
  external_id?: string;
  /** The contacts email */
  email?: string;
  /** The contacts phone */
  phone?: string | null;
  /** The contacts name */
  name?: string | null;
  /** An image URL containing the avatar of a contact */
  avatar?: string | null;
  /**
   * (Unix timestamp in seconds) The time specified for when a contact signed up.
   *
   * Unix timestamp in seconds.
   */
  signed_up_at?: number | null;
  /**
   * (Unix timestamp in seconds) The time when the contact was last seen (either where the Intercom Messenger was installed or when specified manually).
   *
   * Unix timestamp in seconds.
   */
  last_seen_at?: number | null;
  /** The id of an admin that has been assigned account ownership of the contact */
  owner_id?: number | null;
  /** Whether the contact is unsubscribed from emails */
  unsubscribed_from_emails?: boolean | null;
  /** The custom attributes which are set for the contact */
  custom_attributes?: {
    [key: string]: unknown;
  } | null;
}

/**
 * Update Conversation Request
 *
 * Payload of the request to update a conversation
 */
export interface UpdateConversationRequest {
  /** Mark a conversation as read within Intercom. */
  read?: boolean;
  custom_attributes?: CustomAttributes;
}

/** Update Data Attribute Request */
export interface UpdateDataAttributeRequest {
  /** Whether the attribute is to be archived or not. */
  archived?: boolean;
  /** The readable description you see in the UI for the attribute. */
  description?: string;
  /** To create list attributes. Provide a set of hashes with `value` as the key of the options you want to make. `data_type` must be `string`. */
  options?: Array<{
    value: string;
  }>;
  /** Can this attribute be updated by the Messenger */
  messenger_writable?: boolean;
}

/**
 * Update Ticket Request Payload
 *
 * You can update a Ticket
 */
export interface UpdateTicketRequest {
  /** The attributes set on the ticket. */
  ticket_attributes?: {
    [key: string]: unknown;
  };
  /** The state of the ticket. */
  state?: "in_progress" | "waiting_on_customer" | "resolved";
  /** Specify if a ticket is open. Set to false to close a ticket. Closing a ticket will also unsnooze it. */
  open?: boolean;
  /** Specify whether the ticket is visible to users. */
  is_shared?: boolean;
  /**
   * The time you want the ticket to reopen.
   *
   * Unix timestamp in seconds.
   */
  snoozed_until?: number;
  assignment?: {
    /** The ID of the admin performing the action. */
    admin_id?: string;
    /** The ID of the admin or team to which the ticket is assigned. Set this 0 to unassign it. */
    assignee_id?: string;
  };
}

/**
 * Update Ticket Type Attribute Request Payload
 *
 * You can update a Ticket Type Attribute
 */
export interface UpdateTicketTypeAttributeRequest {
  /** The name of the ticket type attribute */
  name?: string;
  /** The description of the attribute presented to the teammate or contact */
  description?: string;
  /**
   * Whether the attribute is required to be filled in when teammates are creating the ticket in Inbox.
   * @default false
   */
  required_to_create?: boolean;
  /**
   * Whether the attribute is required to be filled in when contacts are creating the ticket in Messenger.
   * @default false
   */
  required_to_create_for_contacts?: boolean;
  /**
   * Whether the attribute is visible to teammates when creating a ticket in Inbox.
   * @default true
   */
  visible_on_create?: boolean;
  /**
   * Whether the attribute is visible to contacts when creating a ticket in Messenger.
   * @default true
   */
  visible_to_contacts?: boolean;
  /** Whether the attribute allows multiple lines of text (only applicable to string attributes) */
  multiline?: boolean;
  /** A comma delimited list of items for the attribute value (only applicable to list attributes) */
  list_items?: string;
  /** Whether the attribute allows multiple files to be attached to it (only applicable to file attributes) */
  allow_multiple_values?: boolean;
  /** Whether the attribute should be archived and not shown during creation of the ticket (it will still be present on previously created tickets) */
  archived?: boolean;
}

/**
 * Update Ticket Type Request Payload
 *
 * The request payload for updating a ticket type.
 * You can copy the `icon` property for your ticket type from [Twemoji Cheatsheet](https://twemoji-cheatsheet.vercel.app/)
 */
export interface UpdateTicketTypeRequestBody {
  /** The name of the ticket type. */
  name?: string;
  /** The description of the ticket type. */
  description?: string;
  /** Category of the Ticket Type. */
  category?: "Customer" | "Back-office" | "Tracker";
  /**
   * The icon of the ticket type.
   * @default "🎟️"
   */
  icon?: string;
  /** The archived status of the ticket type. */
  archived?: boolean;
  /**
   * Whether the tickets associated with this ticket type are intended for internal use only or will be shared with customers. This is currently a limited attribute.
   * @default false
   */
  is_internal?: boolean;
}

/**
 * Update Visitor Request Payload
 *
 * Update an existing visitor.
 */
export type UpdateVisitorRequest = {
  /** A unique identified for the visitor which is given by Intercom. */
  id?: string;
  /** A unique identified for the visitor which is given by you. */
  user_id?: string;
  /** The visitor's name. */
  name?: string;
  /** The custom attributes which are set for the visitor. */
  custom_attributes?: {
    [key: string]: string | number | boolean | null;
  };
} & (
  | {
      id: string;
    }
  | {
      user_id: string;
    }
);

/** Visitors are useful for representing anonymous people that have not yet been identified. They usually represent website visitors. Visitors are not visible in Intercom platform. The Visitors resource provides methods to fetch, update, convert and delete. */
export interface Visitor {
  /**
   * Value is 'visitor'
   * @default "visitor"
   */
  type: string;
  /** The Intercom defined id representing the Visitor. */
  id: string;
  /** Automatically generated identifier for the Visitor. */
  user_id: string;
  /** Identifies if this visitor is anonymous. */
  anonymous: boolean;
  /** The email of the visitor. */
  email: string;
  /** The phone number of the visitor. */
  phone: string | null;
  /** The name of the visitor. */
  name: string | null;
  /** The pseudonym of the visitor. */
  pseudonym?: string | null;
  avatar?: {
    /** @default "avatar" */
    type?: string;
    /** This object represents the avatar associated with the visitor. */
    image_url?: string | null;
  };
  /** The id of the app the visitor is associated with. */
  app_id: string;
  companies?: {
    /** The type of the object */
    type?: "company.list";
    companies?: Company[];
  };
  location_data?: {
    /** @default "location_data" */
    type?: string;
    /** The city name of the visitor. */
    city_name?: string;
    /** The continent code of the visitor. */
    continent_code?: string;
    /** The country code of the visitor. */
    country_code?: string;
    /** The country name of the visitor. */
    country_name?: string;
    /** The postal code of the visitor. */
    postal_code?: string;
    /** The region name of the visitor. */
    region_name?: string;
    /** The timezone of the visitor. */
    timezone?: string;
  };
  /** The time the Lead last recorded making a request. */
  las_request_at?: number;
  /** The time the Visitor was added to Intercom. */
  created_at: number;
  /** The time the Visitor was added to Intercom. */
  remote_created_at?: number;
  /** The time the Visitor signed up for your product. */
  signed_up_at: number;
  /** The last time the Visitor was updated. */
  updated_at?: number;
  /** The number of sessions the Visitor has had. */
  session_count?: number;
  social_profiles?: {
    /** The type of the object */
    type?: "social_profile.list";
    social_profiles?: string[];
  };
  /** The id of the admin that owns the Visitor. */
  owner_id?: string | null;
  /** Whether the Visitor is unsubscribed from emails. */
  unsubscribed_from_emails?: boolean;
  /** Identifies if this visitor has marked an email as spam. */
  marked_email_as_spam?: boolean;
  /** Identifies if this visitor has had a hard bounce. */
  has_hard_bounced?: boolean;
  tags?: {
    /** The type of the object */
    type?: "tag.list";
    tags?: Array<{
      /** The type of the object */
      type?: "tag";
      /** The id of the tag. */
      id?: string;
      /** The name of the tag. */
      name?: string;
    }>;
  };
  segments?: {
    /** The type of the object */
    type?: "segment.list";
    segments?: string[];
  };
  /** The custom attributes you have set on the Visitor. */
  custom_attributes?: {
    [key: string]: string;
  };
  /** The referer of the visitor. */
  referrer?: string | null;
  /** The utm_campaign of the visitor. */
  utm_campaign?: string | null;
  /** The utm_content of the visitor. */
  utm_content?: string | null;
  /** The utm_medium of the visitor. */
  utm_medium?: string | null;
  /** The utm_source of the visitor. */
  utm_source?: string | null;
  /** The utm_term of the visitor. */
  utm_term?: string | null;
  /** Identifies if this visitor has do not track enabled. */
  do_not_track?: boolean | null;
}

/**
 * Update Company Request Payload
 *
 * You can update a Company
 */
export interface UpdateCompanyRequest {
  /** The name of the Company */
  name?: string;
  /** The name of the plan you have associated with the company. */
  plan?: string;
  /** The number of employees in this company. */
  size?: number;
  /** The URL for this company's website. Please note that the value specified here is not validated. Accepts any string. */
  website?: string;
  /** The industry that this company operates in. */
  industry?: string;
  /** A hash of key/value pairs containing any other data about the company you want Intercom to store. */
  custom_attributes?: {
    [key: string]: string | number | boolean | null;
  };
  /**
   * The time the company was created by you.
   *
   * Unix timestamp in seconds.
   */
  remote_created_at?: number;
  /** How much revenue the company generates for your business. Floats are truncated to whole integers. */
  monthly_spend?: number;
}

/**
 * Custom Attributes
 *
 * An object containing the different custom attributes associated to the conversation as key-value pairs.
 */
export interface CustomAttributes {
  [key: string]: string | number | boolean | null;
}

// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
/**
 * Addressable List
 *
 * A list used to access other resources from a parent model.
 */
export interface AddressableList {
  /** The addressable object type */
  type?: string;
  /** The id of the addressable object */
  id?: string;
  /** Url to get more company resources for this contact */
  url?: string;
}

/** Admins are teammate accounts that have access to a workspace. */
export type Admin = {
  /** String representing the object's type. Always has the value `admin`. */
  type?: string;
  /** The id representing the admin. */
  id?: string;
  /** The name of the admin. */
  name?: string;
  /** The email of the admin. */
  email?: string;
  /** The job title of the admin. */
  job_title?: string;
  /** Identifies if this admin is currently set in away mode. */
  away_mode_enabled?: boolean;
  /** Identifies if this admin is set to automatically reassign new conversations to the apps default inbox. */
  away_mode_reassign?: boolean;
  /** The unique identifier of the away status reason */
  away_status_reason_id?: number | null;
  /** Identifies if this admin has a paid inbox seat to restrict/allow features that require them. */
  has_inbox_seat?: boolean;
  /** This object represents the avatar associated with the admin. */
  team_ids?: number[];
  /** Image for the associated team or teammate */
  avatar?: string | null;
  team_priority_level?: TeamPriorityLevel;
  /** The role assigned to this admin. Only present if the admin has a role assigned. */
  role?: {
    /** String representing the object's type. Always has the value `role`. */
    type?: string;
    /** The id of the role. */
    id?: string;
    /** The name of the role. */
    name?: string;
  } | null;
} | null;

/**
 * Company
 *
 * Companies allow you to represent organizations using your product. Each company will have its own description and be associated with contacts. You can fetch, create, update and list companies.
 */
export interface Company {
  /** Value is `company` */
  type?: "company";
  /** The Intercom defined id representing the company. */
  id?: string;
  /** The name of the company. */
  name?: string;
  /** The Intercom defined code of the workspace the company is associated to. */
  app_id?: string;
  plan?: {
    /** Value is always "plan" */
    type?: string;
    /** The id of the plan */
    id?: string;
    /** The name of the plan */
    name?: string;
  };
  /** The company id you have defined for the company. */
  company_id?: string;
  /** The time the company was created by you. */
  remote_created_at?: number;
  /** The time the company was added in Intercom. */
  created_at?: number;
  /** The last time the company was updated. */
  updated_at?: number;
  /** The time the company last recorded making a request. */
  last_request_at?: number;
  /** The number of employees in the company. */
  size?: number;
  /** The URL for the company website. */
  website?: string;
  /** The industry that the company operates in. */
  industry?: string;
  /** How much revenue the company generates for your business. */
  monthly_spend?: number;
  /** How many sessions the company has recorded. */
  session_count?: number;
  /** The number of users in the company. */
  user_count?: number;
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
  /** The list of notes associated with the company */
  notes?: {
    /** The type of the object */
    type?: "note.list";
    notes?: CompanyNote[];
  };
}

/**
 * Company Attached Contacts
 *
 * A list of Contact Objects
 */
export interface CompanyAttachedContacts {
  /** The type of object - `list` */
  type?: "list";
  /** An array containing Contact Objects */
  data?: Contact[];
  /** The total number of contacts */
  total_count?: number;
  pages?: CursorPages;
}

/**
 * Company Attached Segments
 *
 * A list of Segment Objects
 */
export interface CompanyAttachedSegments {
  /** The type of object - `list` */
  type?: "list";
  /** An array containing Segment Objects */
  data?: Segment[];
}

/**
 * Company Note
 *
 * Notes allow you to annotate and comment on companies.
 */
export interface CompanyNote {
  /** String representing the object's type. Always has the value `note`. */
  type?: string;
  /** The id of the note. */
  id?: string;
  /**
   * The time the note was created.
   *
   * Unix timestamp in seconds.
   */
  created_at?: number;
  /** Represents the company that the note was created about. */
  company?: {
    /** String representing the object's type. Always has the value `company`. */
    type?: string;
    /** The id of the company. */
    id?: string;
  } | null;
  /** Optional. Represents the Admin that created the note. */
  author?: Admin;
  /** The body text of the note. */
  body?: string;
}

/**
 * Companies
 *
 * This will return a list of companies for the App.
 */
export interface CompanyList {
  /** The type of object - `list`. */
  type?: "list";
  pages?: CursorPages;
  /** The total number of companies. */
  total_count?: number;
  /** An array containing Company Objects. */
  data?: Company[];
}

/**
 * Company Scroll
 *
 * Companies allow you to represent organizations using your product. Each company will have its own description and be associated with contacts. You can fetch, create, update and list companies.
 */
export type CompanyScroll = {
  /** The type of object - `list` */
  type?: "list";
  data?: Company[];
  pages?: CursorPages | null;
  /** The total number of companies */
  total_count?: number | null;
  /** The scroll parameter to use in the next request to fetch the next page of results. */
  scroll_param?: string;
} | null;

/** Contacts represent your leads and users in Intercom. */
export interface Contact {
  /** The type of object. */
  type?: string;
  /** The unique identifier for the contact which is given by Intercom. */
  id?: string;
  /** The unique identifier for the contact which is provided by the Client. */
  external_id?: string | null;
  /** The id of the workspace which the contact belongs to. */
  workspace_id?: string;
  /** The role of the contact. */
  role?: string;
  /** The contact's email. */
  email?: string;
  /** The contact's email domain. */
  email_domain?: string;
  /** The contacts phone. */
  phone?: string | null;
  /** The contacts name. */
  name?: string | null;
  /** The id of an admin that has been assigned account ownership of the contact. */
  owner_id?: string | null;
  /** Whether the contact has had an email sent to them hard bounce. */
  has_hard_bounced?: boolean;
  /** Whether the contact has marked an email sent to them as spam. */
  marked_email_as_spam?: boolean;
  /** Whether the contact is unsubscribed from emails. */
  unsubscribed_from_emails?: boolean;
  /**
   * (Unix timestamp in seconds) The time when the contact was created.
   *
   * Unix timestamp in seconds.
   */
  created_at?: number;
  /**
   * (Unix timestamp in seconds) The time when the contact was last updated.
   *
   * Unix timestamp in seconds.
   */
  updated_at?: number;
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
  /**
   * (Unix timestamp in seconds) The time when the contact last messaged in.
   *
   * Unix timestamp in seconds.
   */
  last_replied_at?: number | null;
  /**
   * (Unix timestamp in seconds) The time when the contact was last messaged.
   *
   * Unix timestamp in seconds.
   */
  last_contacted_at?: number | null;
  /**
   * (Unix timestamp in seconds) The time when the contact last opened an email.
   *
   * Unix timestamp in seconds.
   */
  last_email_opened_at?: number | null;
  /**
   * (Unix timestamp in seconds) The time when the contact last clicked a link in an email.
   *
   * Unix timestamp in seconds.
   */
  last_email_clicked_at?: number | null;
  /** A preferred language setting for the contact, used by the Intercom Messenger even if their browser settings change. */
  language_override?: string | null;
  /** The name of the browser which the contact is using. */
  browser?: string | null;
  /** The version of the browser which the contact is using. */
  browser_version?: string | null;
  /** The language set by the browser which the contact is using. */
  browser_language?: string | null;
  /** The operating system which the contact is using. */
  os?: string | null;
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
  avatar?: {
    /** The type of object */
    type?: string;
    /** An image URL containing the avatar of a contact. */
    image_url?: string | null;
  } | null;
  tags?: ContactTags;
  notes?: ContactNotes;
  companies?: ContactCompanies;
  location?: ContactLocation;
  social_profiles?: ContactSocialProfiles;
  /** A list of contacts that were merged into this contact. Only included in the response when `include_merge_history=true` is passed as a query parameter. Only available for contacts with a `user` role. */
  merge_history?: MergeHistoryItem[] | null;
}

/**
 * Contact Attached Companies
 *
 * A list of Company Objects
 */
export interface ContactAttachedCompanies {
  /** The type of object */
  type?: "list";
  /** An array containing Company Objects */
  companies?: Company[];
  /** The total number of companies associated to this contact */
  total_count?: number;
  pages?: PagesLink;
  /** An array containing Company Objects */
  data?: Company[];
}

/**
 * Contact companies
 *
 * An object with metadata about companies attached to a contact . Up to 10 will be displayed here. Use the url to get more.
 */
export interface ContactCompanies {
  /** An array of company data objects attached to the contact. */
  data?: CompanyData[];
  /** Url to get more company resources for this contact */
  url?: string;
  /** Integer representing the total number of companies attached to this contact */
  total_count?: number;
  /** Whether there's more Addressable Objects to be viewed. If true, use the url to view all */
  has_more?: boolean;
}

/**
 * Company Data
 *
 * An object containing data about the companies that a contact is associated with.
 */
export interface CompanyData {
  /** The unique identifier for the company which is given by Intercom. */
  id?: string;
  /** The type of the object. Always company. */
  type?: "company";
  /** The relative URL of the company. */
  url?: string;
}

/**
 * Contact List
 *
 * Contacts are your users in Intercom.
 */
export interface ContactList {
  /** Always list */
  type?: "list";
  /** The list of contact objects */
  data?: Contact[];
  /** A count of the total number of objects. */
  total_count?: number;
  pages?: CursorPages;
}

/**
 * Contact Location
 *
 * An object containing location meta data about a Intercom contact.
 */
export interface ContactLocation {
  /** Always location */
  type?: string | null;
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
  data?: AddressableList[];
  /** Url to get more company resources for this contact */
  url?: string;
  /** Int representing the total number of companyies attached to this contact */
  total_count?: number;
  /** Whether there's more Addressable Objects to be viewed. If true, use the url to view all */
  has_more?: boolean;
}

/**
 * Contact Reference
 *
 * reference to contact object
 */
export interface ContactReference {
  /** always contact */
  type?: "contact";
  /** The unique identifier for the contact which is given by Intercom. */
  id?: string;
  /** The unique identifier for the contact which is provided by the Client. */
  external_id?: string | null;
}

/**
 * Contact search request
 *
 * Search for contacts using Intercom's Search API.
 */
export interface ContactSearchRequest {
  query: SingleFilterSearchRequest | MultipleFilterSearchRequest;
  pagination?: StartingAfterPaging;
  /** An optional object to sort the results by. */
  sort?: {
    /** The field to sort the results on. */
    field?: string;
    /**
     * The order to sort the results in. Defaults to `descending` when omitted. Values other than `ascending` or `descending` return a `400` error with code `invalid_sort_order`.
     * @default "descending"
     */
    order?: "ascending" | "descending";
  };
}

/**
 * Social Profile
 *
 * An object containing social profiles that a contact has.
 */
export interface ContactSocialProfiles {
  /** A list of social profiles objects associated with the contact. */
  data?: SocialProfile[];
}

/**
 * Contact Tags
 *
 * An object containing tags meta data about the tags that a contact has. Up to 10 will be displayed here. Use the url to get more.
 */
export type ContactTags = {
  /** This object represents the tags attached to a contact. */
  data?: AddressableList[];
  /** url to get more tag resources for this contact */
  url?: string;
  /** Int representing the total number of tags attached to this contact */
  total_count?: number;
  /** Whether there's more Addressable Objects to be viewed. If true, use the url to view all */
  has_more?: boolean;
} | null;

/**
 * Contact Archived
 *
 * archived contact object
 */
export type ContactArchived = {
  /** Whether the contact is archived or not. */
  archived?: boolean;
} & ContactReference;

/**
 * Contact Unarchived
 *
 * unarchived contact object
 */
export type ContactUnarchived = {
  /** Whether the contact is archived or not. */
  archived?: boolean;
} & ContactReference;

/**
 * Create Or Update Company Request Payload
 *
 * You can create or update a Company
 */
export type CreateOrUpdateCompanyRequest = {
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
  /** Set to true to update the company's last seen time to now. */
  update_last_request_at?: boolean;
  /** How much revenue the company generates for your business. Note that this will truncate floats. i.e. it only allow for whole integers, 155.98 will be truncated to 155. Note that this has an upper limit of 2**31-1 or 2147483647.. */
  monthly_spend?: number;
} | null;

/**
 * Update Company Request Payload
 *
 * You can update a Company
 */
export type UpdateCompanyRequest = {
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
  /** How much revenue the company generates for your business. Note that this will truncate floats. i.e. it only allow for whole integers, 155.98 will be truncated to 155. Note that this has an upper limit of 2**31-1 or 2147483647.. */
  monthly_spend?: number;
} | null;

/**
 * Cursor based pages
 *
 * Cursor-based pagination is a technique used in the Intercom API to navigate through large amounts of data.
 * A "cursor" or pointer is used to keep track of the current position in the result set, allowing the API to return the data in small chunks or "pages" as needed.
 */
export type CursorPages = {
  /** the type of object `pages`. */
  type?: "pages";
  /** The current page */
  page?: number;
  next?: StartingAfterPaging;
  /** Number of results per page */
  per_page?: number;
  /** Total number of pages */
  total_pages?: number;
} | null;

/**
 * Deleted Company Object
 *
 * Response returned when an object is deleted
 */
export interface DeletedCompanyObject {
  /** The unique identifier for the company which is given by Intercom. */
  id?: string;
  /** The type of object which was deleted. - `company` */
  object?: "company";
  /** Whether the company was deleted successfully or not. */
  deleted?: boolean;
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
 * Intercom API version.</br>By default, it's equal to the version set in the app package.
 * @default "2.16"
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
  | "2.12"
  | "2.13"
  | "2.14"
  | "2.15"
  | "2.16";

/**
 * Merge History Item
 *
 * A record of a contact that was merged into another contact.
 */
export interface MergeHistoryItem {
  /** The type of object. */
  type?: string;
  /** The Intercom ID of the contact that was merged into this contact. */
  source_contact_id?: string;
  /** The role of the contact that was merged in. */
  source_contact_role?: "lead" | "user";
  /**
   * (Unix timestamp in seconds) The time when the merge occurred.
   *
   * Unix timestamp in seconds.
   */
  merged_at?: number | null;
}

/**
 * Multiple Filter Search Request
 *
 * Search using Intercoms Search APIs with more than one filter.
 */
export interface MultipleFilterSearchRequest {
  /** An operator to allow boolean inspection between multiple fields. */
  operator?: "AND" | "OR";
  value?: MultipleFilterSearchRequest[] | SingleFilterSearchRequest[];
}

/**
 * Pagination Object
 *
 * The majority of list resources in the API are paginated to allow clients to traverse data over multiple requests.
 *
 * Their responses are likely to contain a pages object that hosts pagination links which a client can use to paginate through the data without having to construct a query. The link relations for the pages field are as follows.
 */
export interface PagesLink {
  type?: "pages";
  page?: number;
  /** A link to the next page of results. A response that does not contain a next link does not have further data to fetch. */
  next?: string | null;
  per_page?: number;
  total_pages?: number;
}

/**
 * Segment
 *
 * A segment is a group of your contacts defined by the rules that you set.
 */
export interface Segment {
  /** The type of object. */
  type?: "segment";
  /** The unique identifier representing the segment. */
  id?: string;
  /** The name of the segment. */
  name?: string;
  /** The time the segment was created. */
  created_at?: number;
  /** The time the segment was updated. */
  updated_at?: number;
  /** Type of the contact: contact (lead) or user. */
  person_type?: "contact" | "user";
  /** The number of items in the user segment. It's returned when `include_count=true` is included in the request. */
  count?: number | null;
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
  value?: string | number | boolean | Array<string | number> | null;
}

/**
 * Social Profile
 *
 * A Social Profile allows you to label your contacts, companies, and conversations and list them using that Social Profile.
 */
export interface SocialProfile {
  /** value is "social_profile" */
  type?: string;
  /** The name of the Social media profile */
  name?: string;
  /** The name of the Social media profile */
  url?: string;
}

/** Pagination: Starting After */
export type StartingAfterPaging = {
  /** The number of results to fetch per page. */
  per_page?: number;
  /** The cursor to use in the next request to get the next page of results. */
  starting_after?: string | null;
} | null;

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
 * Team Priority Level
 *
 * Admin priority levels for teams
 */
export type TeamPriorityLevel = {
  /** The primary team ids for the team */
  primary_team_ids?: number[] | null;
  /** The secondary team ids for the team */
  secondary_team_ids?: number[] | null;
} | null;

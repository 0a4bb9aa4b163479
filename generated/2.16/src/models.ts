// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
/**
 * Office Hours Time Interval
 *
 * A single open interval. For schedules, `start_minute` and `end_minute` are minute offsets from the start of the week (Monday 00:00 = 0), in the range 0 to 10080. For exceptions, they are minute offsets from midnight on `exception_date`, in the range 0 to 1440.
 */
export interface OfficeHoursTimeInterval {
  /** Minute the interval starts. For schedules, offset from the start of the week (Monday 00:00 = 0); for exceptions, offset from midnight on `exception_date`. */
  start_minute?: number;
  /** Minute the interval ends. For schedules, offset from the start of the week (Monday 00:00 = 0); for exceptions, offset from midnight on `exception_date`. */
  end_minute?: number;
  /**
   * Derived day of the week the interval falls on (0 = Monday … 6 = Sunday). For exceptions, this is derived from `exception_date`.
   * @readonly
   */
  day_of_week?: number;
}

/**
 * Office Hours Time Interval
 *
 * A single open interval. For schedules, `start_minute` and `end_minute` are minute offsets from the start of the week (Monday 00:00 = 0), in the range 0 to 10080. For exceptions, they are minute offsets from midnight on `exception_date`, in the range 0 to 1440.
 *
 * `OfficeHoursTimeInterval` as sent in requests: without its read-only fields.
 */
export interface OfficeHoursTimeIntervalInput {
  /** Minute the interval starts. For schedules, offset from the start of the week (Monday 00:00 = 0); for exceptions, offset from midnight on `exception_date`. */
  start_minute?: number;
  /** Minute the interval ends. For schedules, offset from the start of the week (Monday 00:00 = 0); for exceptions, offset from midnight on `exception_date`. */
  end_minute?: number;
}

/**
 * Office Hours Schedule
 *
 * An office hours schedule defines the recurring weekly hours during which the workspace is open.
 */
export interface OfficeHoursSchedule {
  /** The type of the object - always `office_hours_schedule`. */
  type?: string;
  /** The unique identifier for the office hours schedule. */
  id?: string;
  /** The name of the office hours schedule. */
  name?: string;
  /** The IANA time zone the schedule's hours are evaluated in. */
  time_zone_name?: string;
  /** The open intervals that make up the weekly schedule. */
  time_intervals?: OfficeHoursTimeInterval[];
  /** Whether the schedule is open 24/7. */
  twenty_four_seven?: boolean;
  /** The time the schedule was created as a Unix timestamp. */
  created_at?: number;
  /** The time the schedule was last updated as a Unix timestamp. */
  updated_at?: number;
}

/**
 * Office Hours Schedule
 *
 * An office hours schedule defines the recurring weekly hours during which the workspace is open.
 *
 * `OfficeHoursSchedule` as sent in requests: without its read-only fields.
 */
export interface OfficeHoursScheduleInput {
  /** The type of the object - always `office_hours_schedule`. */
  type?: string;
  /** The unique identifier for the office hours schedule. */
  id?: string;
  /** The name of the office hours schedule. */
  name?: string;
  /** The IANA time zone the schedule's hours are evaluated in. */
  time_zone_name?: string;
  /** The open intervals that make up the weekly schedule. */
  time_intervals?: OfficeHoursTimeIntervalInput[];
  /** Whether the schedule is open 24/7. */
  twenty_four_seven?: boolean;
  /** The time the schedule was created as a Unix timestamp. */
  created_at?: number;
  /** The time the schedule was last updated as a Unix timestamp. */
  updated_at?: number;
}

/**
 * Office Hours Schedule List
 *
 * A list of office hours schedules.
 */
export interface OfficeHoursScheduleList {
  /** The type of the object - always `office_hours_schedule.list`. */
  type?: string;
  /** An array of office hours schedules. */
  data?: OfficeHoursSchedule[];
}

/**
 * Office Hours Schedule List
 *
 * A list of office hours schedules.
 *
 * `OfficeHoursScheduleList` as sent in requests: without its read-only fields.
 */
export interface OfficeHoursScheduleListInput {
  /** The type of the object - always `office_hours_schedule.list`. */
  type?: string;
  /** An array of office hours schedules. */
  data?: OfficeHoursScheduleInput[];
}

/**
 * Create Office Hours Schedule Request
 *
 * The request payload for creating an office hours schedule.
 */
export interface CreateOfficeHoursScheduleRequest {
  /** The name of the office hours schedule. */
  name: string;
  /** The IANA time zone the schedule's hours are evaluated in. */
  time_zone_name: string;
  /** The open intervals for the schedule. `start_minute` and `end_minute` must be on a 15-minute boundary. */
  time_intervals: OfficeHoursTimeInterval[];
}

/**
 * Create Office Hours Schedule Request
 *
 * The request payload for creating an office hours schedule.
 *
 * `CreateOfficeHoursScheduleRequest` as sent in requests: without its read-only fields.
 */
export interface CreateOfficeHoursScheduleRequestInput {
  /** The name of the office hours schedule. */
  name: string;
  /** The IANA time zone the schedule's hours are evaluated in. */
  time_zone_name: string;
  /** The open intervals for the schedule. `start_minute` and `end_minute` must be on a 15-minute boundary. */
  time_intervals: OfficeHoursTimeIntervalInput[];
}

/**
 * Update Office Hours Schedule Request
 *
 * The request payload for updating an office hours schedule. Only the provided fields are updated.
 */
export interface UpdateOfficeHoursScheduleRequest {
  /** The name of the office hours schedule. */
  name?: string;
  /** The IANA time zone the schedule's hours are evaluated in. */
  time_zone_name?: string;
  /** The open intervals for the schedule. `start_minute` and `end_minute` must be on a 15-minute boundary. */
  time_intervals?: OfficeHoursTimeInterval[];
}

/**
 * Update Office Hours Schedule Request
 *
 * The request payload for updating an office hours schedule. Only the provided fields are updated.
 *
 * `UpdateOfficeHoursScheduleRequest` as sent in requests: without its read-only fields.
 */
export interface UpdateOfficeHoursScheduleRequestInput {
  /** The name of the office hours schedule. */
  name?: string;
  /** The IANA time zone the schedule's hours are evaluated in. */
  time_zone_name?: string;
  /** The open intervals for the schedule. `start_minute` and `end_minute` must be on a 15-minute boundary. */
  time_intervals?: OfficeHoursTimeIntervalInput[];
}

/**
 * Office Hours Exception
 *
 * An exception overrides a schedule's regular hours on a specific date, such as a public holiday.
 */
export interface OfficeHoursException {
  /** The type of the object - always `office_hours_exception`. */
  type?: string;
  /** The unique identifier for the office hours exception. */
  id?: string;
  /** The unique identifier for the schedule this exception belongs to. */
  office_hours_schedule_id?: string;
  /** The date the exception applies to, in `YYYY-MM-DD` format. */
  exception_date?: string;
  /** `closed` means the workspace is closed all day; `custom_hours` replaces the regular hours with `time_intervals`. */
  exception_type?: "closed" | "custom_hours";
  /** An optional name for the exception. */
  name?: string | null;
  /** The open intervals for the exception date. `null` when `exception_type` is `closed`. */
  time_intervals?: OfficeHoursTimeInterval[] | null;
  /** Whether the exception repeats every year on the same date. */
  recurring_annually?: boolean;
  /** The time the exception was created as a Unix timestamp. */
  created_at?: number;
  /** The time the exception was last updated as a Unix timestamp. */
  updated_at?: number;
}

/**
 * Office Hours Exception
 *
 * An exception overrides a schedule's regular hours on a specific date, such as a public holiday.
 *
 * `OfficeHoursException` as sent in requests: without its read-only fields.
 */
export interface OfficeHoursExceptionInput {
  /** The type of the object - always `office_hours_exception`. */
  type?: string;
  /** The unique identifier for the office hours exception. */
  id?: string;
  /** The unique identifier for the schedule this exception belongs to. */
  office_hours_schedule_id?: string;
  /** The date the exception applies to, in `YYYY-MM-DD` format. */
  exception_date?: string;
  /** `closed` means the workspace is closed all day; `custom_hours` replaces the regular hours with `time_intervals`. */
  exception_type?: "closed" | "custom_hours";
  /** An optional name for the exception. */
  name?: string | null;
  /** The open intervals for the exception date. `null` when `exception_type` is `closed`. */
  time_intervals?: OfficeHoursTimeIntervalInput[] | null;
  /** Whether the exception repeats every year on the same date. */
  recurring_annually?: boolean;
  /** The time the exception was created as a Unix timestamp. */
  created_at?: number;
  /** The time the exception was last updated as a Unix timestamp. */
  updated_at?: number;
}

/**
 * Office Hours Exception List
 *
 * A list of office hours exceptions.
 */
export interface OfficeHoursExceptionList {
  /** The type of the object - always `office_hours_exception.list`. */
  type?: string;
  /** An array of office hours exceptions. */
  data?: OfficeHoursException[];
}

/**
 * Office Hours Exception List
 *
 * A list of office hours exceptions.
 *
 * `OfficeHoursExceptionList` as sent in requests: without its read-only fields.
 */
export interface OfficeHoursExceptionListInput {
  /** The type of the object - always `office_hours_exception.list`. */
  type?: string;
  /** An array of office hours exceptions. */
  data?: OfficeHoursExceptionInput[];
}

/**
 * Create Office Hours Exception Request
 *
 * The request payload for creating an office hours exception. Omit `time_intervals` when `exception_type` is `closed`.
 */
export interface CreateOfficeHoursExceptionRequest {
  /** The date the exception applies to, in `YYYY-MM-DD` format. */
  exception_date: string;
  /** The type of exception. */
  exception_type: "closed" | "custom_hours";
  /** An optional name for the exception. */
  name?: string;
  /** The open intervals for the exception date. Required for `custom_hours`; omit for `closed`. */
  time_intervals?: OfficeHoursTimeInterval[] | null;
  /** Whether the exception repeats every year on the same date. */
  recurring_annually?: boolean;
}

/**
 * Create Office Hours Exception Request
 *
 * The request payload for creating an office hours exception. Omit `time_intervals` when `exception_type` is `closed`.
 *
 * `CreateOfficeHoursExceptionRequest` as sent in requests: without its read-only fields.
 */
export interface CreateOfficeHoursExceptionRequestInput {
  /** The date the exception applies to, in `YYYY-MM-DD` format. */
  exception_date: string;
  /** The type of exception. */
  exception_type: "closed" | "custom_hours";
  /** An optional name for the exception. */
  name?: string;
  /** The open intervals for the exception date. Required for `custom_hours`; omit for `closed`. */
  time_intervals?: OfficeHoursTimeIntervalInput[] | null;
  /** Whether the exception repeats every year on the same date. */
  recurring_annually?: boolean;
}

/**
 * Update Office Hours Exception Request
 *
 * The request payload for updating an office hours exception. Only the provided fields are updated.
 */
export interface UpdateOfficeHoursExceptionRequest {
  /** The date the exception applies to, in `YYYY-MM-DD` format. */
  exception_date?: string;
  /** The type of exception. */
  exception_type?: "closed" | "custom_hours";
  /** An optional name for the exception. */
  name?: string;
  /** The open intervals for the exception date. Required for `custom_hours`; omit for `closed`. */
  time_intervals?: OfficeHoursTimeInterval[] | null;
  /** Whether the exception repeats every year on the same date. */
  recurring_annually?: boolean;
}

/**
 * Update Office Hours Exception Request
 *
 * The request payload for updating an office hours exception. Only the provided fields are updated.
 *
 * `UpdateOfficeHoursExceptionRequest` as sent in requests: without its read-only fields.
 */
export interface UpdateOfficeHoursExceptionRequestInput {
  /** The date the exception applies to, in `YYYY-MM-DD` format. */
  exception_date?: string;
  /** The type of exception. */
  exception_type?: "closed" | "custom_hours";
  /** An optional name for the exception. */
  name?: string;
  /** The open intervals for the exception date. Required for `custom_hours`; omit for `closed`. */
  time_intervals?: OfficeHoursTimeIntervalInput[] | null;
  /** Whether the exception repeats every year on the same date. */
  recurring_annually?: boolean;
}

export type Datetime = string | number;

/**
 * Activity Log
 *
 * Activities performed by Admins.
 */
export type ActivityLog = {
  /** The id representing the activity. */
  id?: string;
  /** Details about the Admin involved in the activity. */
  performed_by?: {
    /** String representing the object's type. Always has the value `admin`. */
    type?: string;
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
  activity_type?:
    | "admin_conversation_assignment_limit_change"
    | "admin_ticket_assignment_limit_change"
    | "admin_avatar_change"
    | "admin_away_mode_change"
    | "admin_deletion"
    | "admin_deprovisioned"
    | "admin_impersonation_end"
    | "admin_impersonation_start"
    | "admin_impersonation_consent_approved"
    | "admin_impersonation_consent_revoked"
    | "admin_invite_change"
    | "admin_invite_creation"
    | "admin_invite_deletion"
    | "admin_login_failure"
    | "admin_login_success"
    | "admin_logout"
    | "admin_occupancy_setting_change"
    | "admin_occupancy_state_change"
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
    | "automatic_away_mode_setting_change"
    | "bulk_delete"
    | "bulk_export"
    | "campaign_deletion"
    | "campaign_state_change"
    | "conversation_deletion_schedule_creation"
    | "conversation_deletion_schedule_deletion"
    | "conversation_deletion_schedule_state_change"
    | "conversation_deletion_schedule_update"
    | "conversation_part_deletion"
    | "conversation_pdf_export"
    | "conversation_topic_change"
    | "conversation_topic_creation"
    | "conversation_topic_deletion"
    | "content_redaction_rule_creation"
    | "content_redaction_rule_deletion"
    | "content_redaction_rule_update"
    | "csv_import_completion"
    | "csv_import_creation"
    | "custom_authentication_token_creation"
    | "help_center_settings_change"
    | "inbound_conversations_change"
    | "inbox_access_change"
    | "macro_creation"
    | "macro_deletion"
    | "macro_update"
    | "macro_usage_export"
    | "malicious_domains_setting_change"
    | "message_deletion"
    | "message_state_change"
    | "messenger_api_secret_creation"
    | "messenger_api_secret_deletion"
    | "messenger_look_and_feel_change"
    | "messenger_search_required_change"
    | "messenger_spaces_change"
    | "oauth_token_revocation"
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
    | "series_creation"
    | "series_deletion"
    | "series_settings_update"
    | "series_status_change"
    | "series_update"
    | "strip_inbound_email_links_change"
    | "temporary_expectation_change"
    | "team_assignment_limit_change"
    | "trusted_domains_setting_change"
    | "unassign_unsnoozed_at_capacity_setting_change"
    | "unassign_unsnoozed_when_away_setting_change"
    | "upfront_email_collection_change"
    | "allowed_attachment_filetypes_setting_change"
    | "attach_uploads_inline_setting_change"
    | "teammate_gifs_setting_change"
    | "user_camera_attachments_setting_change"
    | "user_conversation_attachments_setting_change"
    | "user_file_attachments_setting_change"
    | "user_gifs_setting_change"
    | "user_media_attachments_setting_change"
    | "user_voice_notes_setting_change"
    | "welcome_message_change"
    | "workspace_deletion_request"
    | "hide_csat_from_agents_setting_change";
  /** A sentence or two describing the activity. */
  activity_description?: string;
} | null;

/**
 * Activity Log Event Types
 *
 * A list of all activity log event types.
 */
export interface ActivityLogEventTypeList {
  /** String representing the object's type. Always has the value `activity_log_event_type.list`. */
  type?: string;
  /** An array of activity log event type strings. */
  event_types?: string[];
}

/**
 * Paginated Response
 *
 * A paginated list of activity logs.
 */
export interface ActivityLogList {
  /** String representing the object's type. Always has the value `activity_log.list`. */
  type?: string;
  pages?: CursorPages;
  /** An array of activity logs */
  activity_logs?: ActivityLog[];
}

/**
 * Activity Log Metadata
 *
 * Additional data provided about Admin activity.
 */
export type ActivityLogMetadata = {
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
  /** The state before the change. `idle` or `occupied`, and null when the Admin had not been classified yet. */
  previous_state?: string | null;
  /** The state after the change. `idle` or `occupied`. */
  new_state?: string | null;
  /** The inactivity window, in minutes, used to classify the Admin. */
  threshold_minutes?: number | null;
  /**
   * The time of the Admin's last recorded activity.
   *
   * Unix timestamp in seconds.
   */
  last_activity_at?: number | null;
  /** Indicates the state was derived automatically rather than set by an Admin. */
  auto?: boolean | null;
  /** The group of workspace settings the change belongs to, for example `teammate_occupancy` or `automatic_away_mode`. */
  setting_type?: string | null;
  /** The settings altered by the change, keyed by setting name. Only settings whose value actually moved are included, so an unchanged setting is absent rather than present with equal values. */
  changes?: {
    [key: string]: {
      /** The value before the change. */
      before?: unknown;
      /** The value after the change. */
      after?: unknown;
    };
  } | null;
  /** The conversation assignment limit value for an admin. */
  conversation_assignment_limit?: number | null;
  /** The ticket assignment limit value for an admin. */
  ticket_assignment_limit?: number | null;
  /** Details about the team whose assignment limit was changed. */
  team?: {
    /** The ID of the team. */
    id?: number;
    /** The name of the team. */
    name?: string;
  } | null;
  /** The team assignment limit value (null if limit was removed). */
  team_assignment_limit?: number | null;
  /** Indicates if the setting is enabled or disabled. */
  enabled?: boolean | null;
  /** The mode of the setting (e.g., when_away_only, when_away_and_reassign). */
  mode?: string | null;
  /** The ID of the impersonation consent. */
  consent_id?: number | null;
  /** The timestamp when the impersonation consent expires. */
  expired_at?: string | null;
  /** The state of settings or values before the change. Structure varies by activity type. */
  before?: unknown;
  /** The state of settings or values after the change. Structure varies by activity type. */
  after?: unknown;
} | null;

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
 * Admins
 *
 * A list of admins associated with a given workspace.
 */
export interface AdminList {
  /** String representing the object's type. Always has the value `admin.list`. */
  type?: string;
  /** A list of admins associated with a given workspace. */
  admins?: Admin[];
}

/**
 * Admin Priority Level
 *
 * Admin priority levels for the team
 */
export type AdminPriorityLevel = {
  /** The primary admin ids for the team */
  primary_admin_ids?: number[] | null;
  /** The secondary admin ids for the team */
  secondary_admin_ids?: number[] | null;
} | null;

/**
 * Admin Reply
 *
 * Payload of the request to reply on behalf of an admin
 */
export interface AdminReplyConversationRequest {
  message_type: "comment" | "note" | "quick_reply";
  type: "admin";
  /** The text body of the reply. Notes accept some HTML formatting. Must be present for comment and note message types. */
  body?: string;
  /** The id of the admin who is authoring the comment. */
  admin_id: string;
  /** The time the reply was created. If not provided, the current time will be used. */
  created_at?: number;
  /** The quick reply options to display to the end user. Must be present for quick_reply message types. */
  reply_options?: QuickReplyOption[];
  /** A list of image URLs that will be added as attachments. You can include up to 10 URLs. */
  attachment_urls?: string[];
  /** A list of files that will be added as attachments. You can include up to 10 files */
  attachment_files?: ConversationAttachmentFiles[];
  /** Option to disable notifications when replying to a conversation. */
  skip_notifications?: boolean;
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
  /** A list of files that will be added as attachments. You can include up to 10 files. If both attachment_files and attachment_urls are provided, attachment_files takes precedence. */
  attachment_files?: ConversationAttachmentFiles[];
  /** If set to true, the note will be cross-posted to all linked conversations. Only applicable to note message types on back-office tickets. */
  cross_post?: boolean;
}

/** Admins are the teammate accounts that have access to a workspace */
export type AdminWithApp = {
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
  /** Identifies if this admin has a paid inbox seat to restrict/allow features that require them. */
  has_inbox_seat?: boolean;
  /** This is a list of ids of the teams that this admin is part of. */
  team_ids?: number[];
  /** This object represents the avatar associated with the admin. */
  avatar?: {
    /**
     * This is a string that identifies the type of the object. It will always have the value `avatar`.
     * @default "avatar"
     */
    type?: string;
    /** This object represents the avatar associated with the admin. */
    image_url?: string | null;
  };
  /** Identifies if this admin's email is verified. */
  email_verified?: boolean | null;
  /** App that the admin belongs to. */
  app?: App | null;
} | null;

/**
 * AI Agent
 *
 * Data related to AI Agent involvement in the conversation.
 */
export interface AiAgent {
  /** The type of the source that triggered AI Agent involvement in the conversation. */
  source_type?: "essentials_plan_setup" | "profile" | "workflow" | "workflow_preview" | "fin_preview" | null;
  /** The title of the source that triggered AI Agent involvement in the conversation. If this is `essentials_plan_setup` then it will return `null`. */
  source_title?: string | null;
  /** The type of the last answer delivered by AI Agent. If no answer was delivered then this will return `null` */
  last_answer_type?: null | "ai_answer" | "custom_answer";
  /** The resolution state of AI Agent. If no AI or custom answer has been delivered then this will return `null`. */
  resolution_state?:
    "assumed_resolution" | "confirmed_resolution" | "escalated" | "negative_feedback" | "procedure_handoff" | null;
  /** The customer satisfaction rating given to AI Agent, from 1-5. */
  rating?: number | null;
  /** The customer satisfaction rating remark given to AI Agent. */
  rating_remark?: string | null;
  /**
   * The time when the AI agent rating was created.
   *
   * Unix timestamp in seconds.
   */
  created_at?: number | null;
  /**
   * The time when the AI agent rating was last updated.
   *
   * Unix timestamp in seconds.
   */
  updated_at?: number | null;
  content_sources?: ContentSourcesList;
}

/**
 * Sales Agent
 *
 * Data related to Sales Agent involvement in the conversation.
 */
export interface SalesAgent {
  /** The fixed outcome of the sales agent interaction, used for billing and tracking. */
  outcome?: "qualified" | "disqualified" | "product_discovery" | "escalated_to_support" | "spam" | null;
  /** The identifier of the user-defined routing outcome selected by the sales agent. */
  routing_outcome?: string | null;
  /** A flat key-value map of memory fields collected by the sales agent during the conversation. */
  collected_data?: {
    [key: string]: string;
  } | null;
}

/**
 * AI Call Response
 *
 * Response containing information about a Fin Voice call
 */
export interface AiCallResponse {
  /** The unique identifier for the external reference */
  id?: number;
  /** The workspace identifier */
  app_id?: number;
  /** Phone number in E.164 format for the call */
  user_phone_number?: string;
  /** Status of the call. Can be "registered", "in-progress", or a resolution state */
  status?: string;
  /** The Intercom call identifier, if the call has been matched */
  intercom_call_id?: string | null;
  /** The external call identifier from the call provider */
  external_call_id?: string;
  /** The Intercom conversation identifier, if a conversation has been created */
  intercom_conversation_id?: string | null;
  /** Array of transcript entries for the call */
  call_transcript?: Array<{
    [key: string]: unknown;
  }>;
  /** Summary of the call conversation, truncated to 256 characters. Empty string if no summary available. */
  call_summary?: string;
  /** Array of intent classifications for the call */
  intent?: Array<{
    [key: string]: unknown;
  }>;
}

/** App is a workspace on Intercom */
export type App = {
  /** @default "app" */
  type?: string;
  /** The id of the app. */
  id_code?: string;
  /** The name of the app. */
  name?: string;
  /** The Intercom region the app is located in. */
  region?: string;
  /** The timezone of the region where the app is located. */
  timezone?: string;
  /** When the app was created. */
  created_at?: number;
  /** Whether or not the app uses identity verification. */
  identity_verification?: boolean;
} | null;

/**
 * Audience
 *
 * An audience represents a group of contacts that can be targeted by Fin.
 */
export interface Audience {
  /**
   * The type of object.
   * @readonly
   */
  type?: "audience";
  /**
   * The unique identifier representing the audience.
   * @readonly
   */
  id?: string;
  /** The name of the audience. */
  name?: string;
  /** The predicates that define which contacts belong to the audience. */
  predicates?: Predicate[];
  /** Role-based predicates that further filter audience membership by contact role. */
  role_predicates?: Predicate[];
  /**
   * The time the audience was created as a Unix timestamp.
   * @readonly
   */
  created_at?: number;
  /**
   * The time the audience was last updated as a Unix timestamp.
   * @readonly
   */
  updated_at?: number;
}

/**
 * Audience
 *
 * An audience represents a group of contacts that can be targeted by Fin.
 *
 * `Audience` as sent in requests: without its read-only fields.
 */
export interface AudienceInput {
  /** The name of the audience. */
  name?: string;
  /** The predicates that define which contacts belong to the audience. */
  predicates?: Predicate[];
  /** Role-based predicates that further filter audience membership by contact role. */
  role_predicates?: Predicate[];
}

/**
 * Audience List
 *
 * A paginated list of audience objects.
 */
export interface AudienceList {
  /** The type of the object. */
  type?: "list";
  /** A list of audience objects. */
  data?: Audience[];
  /** The total number of audiences. */
  total_count?: number;
  /** The current page number. */
  page?: number;
  /** The number of results per page. */
  per_page?: number;
  /** The total number of pages. */
  total_pages?: number;
}

/**
 * Audience List
 *
 * A paginated list of audience objects.
 *
 * `AudienceList` as sent in requests: without its read-only fields.
 */
export interface AudienceListInput {
  /** The type of the object. */
  type?: "list";
  /** A list of audience objects. */
  data?: AudienceInput[];
  /** The total number of audiences. */
  total_count?: number;
  /** The current page number. */
  page?: number;
  /** The number of results per page. */
  per_page?: number;
  /** The total number of pages. */
  total_pages?: number;
}

/**
 * Predicate
 *
 * A condition used to filter contacts in an audience.
 */
export interface Predicate {
  /** The attribute to filter on. */
  attribute?: string;
  /** The type of the attribute. */
  type?: string;
  /** The comparison operator. */
  comparison?: string;
  /** The value to compare against. */
  value?: string;
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
 * Article
 *
 * The Articles API is a central place to gather all information and take actions on your articles. Articles can live within collections and sections, or alternatively they can stand alone.
 *
 * `Article` as sent in requests: without its read-only fields.
 */
export type ArticleInput = {
  statistics?: ArticleStatisticsInput | null;
} & ArticleListItemInput;

/**
 * Internal Article
 *
 * The Internal Articles API is a central place to gather all information and take actions on your internal articles.
 */
export type InternalArticle = InternalArticleListItem;

/**
 * Article Content
 *
 * The Content of an Article.
 */
export type ArticleContent = {
  /** The type of object - `article_content` . */
  type?: null | "article_content";
  /** The title of the article. */
  title?: string;
  /** The description of the article. */
  description?: string;
  /** The body of the article in HTML. */
  body?: string;
  /** The body of the article in markdown. */
  body_markdown?: string | null;
  /** The ID of the author of the article. */
  author_id?: number;
  /** Whether the article is `published` or is a `draft` . */
  state?: "published" | "draft";
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
  /** Whether this locale's published content has unpublished changes staged as a draft on top of its live content. */
  has_unpublished_changes?: boolean;
  /**
   * The time, in seconds, when this locale's staged draft was last edited, or `null` when there is no staged draft.
   *
   * Unix timestamp in seconds.
   */
  draft_updated_at?: number | null;
  /** The URL of the article. */
  url?: string;
  /** The list of audience IDs this article content is targeted to for Fin AI Agent. On multilingual help centers this field appears per-locale inside `translated_content`. On single-language help centers it appears at the article root level. Empty array means no audience targeting is set. */
  audience_ids?: number[] | null;
  /** Whether the article is available for AI Chatbot. */
  ai_chatbot_availability?: boolean;
  /** Whether the article is available for AI Copilot. */
  ai_copilot_availability?: boolean;
  /** Whether the article is available for AI Sales Agent. */
  ai_sales_agent_availability?: boolean;
  /**
   * The ID of the teammate who created this content version.
   * @readonly
   */
  created_by_id?: number | null;
  /**
   * The ID of the teammate who last updated this content version.
   * @readonly
   */
  updated_by_id?: number | null;
} | null;

/**
 * Article Content
 *
 * The Content of an Article.
 *
 * `ArticleContent` as sent in requests: without its read-only fields.
 */
export type ArticleContentInput = {
  /** The type of object - `article_content` . */
  type?: null | "article_content";
  /** The title of the article. */
  title?: string;
  /** The description of the article. */
  description?: string;
  /** The body of the article in HTML. */
  body?: string;
  /** The body of the article in markdown. */
  body_markdown?: string | null;
  /** The ID of the author of the article. */
  author_id?: number;
  /** Whether the article is `published` or is a `draft` . */
  state?: "published" | "draft";
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
  /** Whether this locale's published content has unpublished changes staged as a draft on top of its live content. */
  has_unpublished_changes?: boolean;
  /**
   * The time, in seconds, when this locale's staged draft was last edited, or `null` when there is no staged draft.
   *
   * Unix timestamp in seconds.
   */
  draft_updated_at?: number | null;
  /** The URL of the article. */
  url?: string;
  /** The list of audience IDs this article content is targeted to for Fin AI Agent. On multilingual help centers this field appears per-locale inside `translated_content`. On single-language help centers it appears at the article root level. Empty array means no audience targeting is set. */
  audience_ids?: number[] | null;
  /** Whether the article is available for AI Chatbot. */
  ai_chatbot_availability?: boolean;
  /** Whether the article is available for AI Copilot. */
  ai_copilot_availability?: boolean;
  /** Whether the article is available for AI Sales Agent. */
  ai_sales_agent_availability?: boolean;
} | null;

/**
 * Internal Articles
 *
 * This will return a list of internal articles for the App.
 */
export interface InternalArticleList {
  /** The type of the object - `list`. */
  type?: "list";
  pages?: CursorPages;
  /** A count of the total number of internal articles. */
  total_count?: number;
  /** An array of Internal Article objects */
  data?: InternalArticleListItem[];
}

/**
 * Articles
 *
 * This will return a list of articles for the App.
 */
export interface ArticleList {
  /** The type of the object - `list`. */
  type?: "list";
  pages?: CursorPages;
  /** A count of the total number of articles. */
  total_count?: number;
  /** An array of Article objects */
  data?: ArticleListItem[];
}

/**
 * Articles
 *
 * This will return a list of articles for the App.
 *
 * `ArticleList` as sent in requests: without its read-only fields.
 */
export interface ArticleListInput {
  /** The type of the object - `list`. */
  type?: "list";
  pages?: CursorPages;
  /** A count of the total number of articles. */
  total_count?: number;
  /** An array of Article objects */
  data?: ArticleListItemInput[];
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
  id?: string;
  /** The id of the workspace which the article belongs to. */
  workspace_id?: string;
  /** The title of the article. For multilingual articles, this will be the title of the default language's content. */
  title?: string;
  /** The description of the article. For multilingual articles, this will be the description of the default language's content. */
  description?: string | null;
  /** The body of the article in HTML. For multilingual articles, this will be the body of the default language's content. */
  body?: string | null;
  /** The body of the article in markdown. For multilingual articles, this will be the body of the default language's content. */
  body_markdown?: string | null;
  /** The id of the author of the article. For multilingual articles, this will be the id of the author of the default language's content. Must be a teammate on the help center's workspace. */
  author_id?: number;
  /**
   * Whether the article is `published` or is a `draft`. For multilingual articles, this will be the state of the default language's content.
   * @default "draft"
   */
  state?: "published" | "draft";
  /**
   * The time when the article was created. For multilingual articles, this will be the timestamp of creation of the default language's content in seconds.
   *
   * Unix timestamp in seconds.
   */
  created_at?: number;
  /**
   * The time when the article was last updated. For multilingual articles, this will be the timestamp of last update of the default language's content in seconds.
   *
   * Unix timestamp in seconds.
   */
  updated_at?: number;
  /** Whether the published article has unpublished changes staged as a draft on top of its live content. For multilingual articles this reflects the default language's content; a pure draft (never published) reports `false`. */
  has_unpublished_changes?: boolean;
  /**
   * The time, in seconds, when the staged draft was last edited, or `null` when there is no staged draft.
   *
   * Unix timestamp in seconds.
   */
  draft_updated_at?: number | null;
  /** The URL of the article. For multilingual articles, this will be the URL of the default language's content. */
  url?: string | null;
  /** The ids of the article's parent collections or sections. An article without this field stands alone. */
  parent_ids?: number[];
  /** Whether the article is available for AI Chatbot. For multilingual articles, this will be the value of the default language's content. */
  ai_chatbot_availability?: boolean;
  /** Whether the article is available for AI Copilot. For multilingual articles, this will be the value of the default language's content. */
  ai_copilot_availability?: boolean;
  /** Whether the article is available for AI Sales Agent. For multilingual articles, this will be the value of the default language's content. */
  ai_sales_agent_availability?: boolean;
  /**
   * The ID of the teammate who created the article. For multilingual articles, this will be the creator of the default language's content.
   * @readonly
   */
  created_by_id?: number | null;
  /**
   * The ID of the teammate who last updated the article. For multilingual articles, this will be the last editor of the default language's content.
   * @readonly
   */
  updated_by_id?: number | null;
  /**
   * Whether the article is excluded from Fin AI Agent article suggestions.
   * @readonly
   */
  exclude_from_article_suggestions?: boolean;
  /**
   * The audience that can view this article in the Help Center. `everyone` means all users and visitors can view it; `restricted` indicates a custom audience ruleset. For multilingual articles, this is the article-level audience.
   * @readonly
   */
  help_center_audience?:
    "everyone" | "all_users" | "all_visitors" | "all_leads" | "all_visitors_and_leads" | "restricted" | null;
  /**
   * The Unix timestamp (in seconds) at which the article is scheduled to be published. `null` when no publish is scheduled. Mutually exclusive with `scheduled_unpublish_at` — at most one pending schedule exists per article.
   *
   * Unix timestamp in seconds.
   * @readonly
   */
  scheduled_publish_at?: number | null;
  /**
   * The Unix timestamp (in seconds) at which the article is scheduled to be unpublished. `null` when no unpublish is scheduled. Mutually exclusive with `scheduled_publish_at` — at most one pending schedule exists per article.
   *
   * Unix timestamp in seconds.
   * @readonly
   */
  scheduled_unpublish_at?: number | null;
  /** The default locale of the help center. This field is only returned for multilingual help centers. */
  default_locale?: string;
  translated_content?: ArticleTranslatedContent | null;
  tags?: Tags;
}

/**
 * Articles
 *
 * The data returned about your articles when you list them.
 *
 * `ArticleListItem` as sent in requests: without its read-only fields.
 */
export interface ArticleListItemInput {
  /**
   * The type of object - `article`.
   * @default "article"
   */
  type?: "article";
  /** The unique identifier for the article which is given by Intercom. */
  id?: string;
  /** The id of the workspace which the article belongs to. */
  workspace_id?: string;
  /** The title of the article. For multilingual articles, this will be the title of the default language's content. */
  title?: string;
  /** The description of the article. For multilingual articles, this will be the description of the default language's content. */
  description?: string | null;
  /** The body of the article in HTML. For multilingual articles, this will be the body of the default language's content. */
  body?: string | null;
  /** The body of the article in markdown. For multilingual articles, this will be the body of the default language's content. */
  body_markdown?: string | null;
  /** The id of the author of the article. For multilingual articles, this will be the id of the author of the default language's content. Must be a teammate on the help center's workspace. */
  author_id?: number;
  /**
   * Whether the article is `published` or is a `draft`. For multilingual articles, this will be the state of the default language's content.
   * @default "draft"
   */
  state?: "published" | "draft";
  /**
   * The time when the article was created. For multilingual articles, this will be the timestamp of creation of the default language's content in seconds.
   *
   * Unix timestamp in seconds.
   */
  created_at?: number;
  /**
   * The time when the article was last updated. For multilingual articles, this will be the timestamp of last update of the default language's content in seconds.
   *
   * Unix timestamp in seconds.
   */
  updated_at?: number;
  /** Whether the published article has unpublished changes staged as a draft on top of its live content. For multilingual articles this reflects the default language's content; a pure draft (never published) reports `false`. */
  has_unpublished_changes?: boolean;
  /**
   * The time, in seconds, when the staged draft was last edited, or `null` when there is no staged draft.
   *
   * Unix timestamp in seconds.
   */
  draft_updated_at?: number | null;
  /** The URL of the article. For multilingual articles, this will be the URL of the default language's content. */
  url?: string | null;
  /** The ids of the article's parent collections or sections. An article without this field stands alone. */
  parent_ids?: number[];
  /** Whether the article is available for AI Chatbot. For multilingual articles, this will be the value of the default language's content. */
  ai_chatbot_availability?: boolean;
  /** Whether the article is available for AI Copilot. For multilingual articles, this will be the value of the default language's content. */
  ai_copilot_availability?: boolean;
  /** Whether the article is available for AI Sales Agent. For multilingual articles, this will be the value of the default language's content. */
  ai_sales_agent_availability?: boolean;
  /** The default locale of the help center. This field is only returned for multilingual help centers. */
  default_locale?: string;
  translated_content?: ArticleTranslatedContentInput | null;
  tags?: Tags;
}

/**
 * Internal Articles
 *
 * The data returned about your internal articles when you list them.
 */
export interface InternalArticleListItem {
  /**
   * The type of object - `internal_article`.
   * @default "internal_article"
   */
  type?: "internal_article";
  /** The unique identifier for the article which is given by Intercom. */
  id?: string;
  /** The title of the article. */
  title?: string;
  /** The body of the article in HTML. */
  body?: string | null;
  /** The body of the article in markdown. */
  body_markdown?: string | null;
  /** The id of the owner of the article. */
  owner_id?: number;
  /** The id of the author of the article. */
  author_id?: number;
  /**
   * The time when the article was created.
   *
   * Unix timestamp in seconds.
   */
  created_at?: number;
  /**
   * The time when the article was last updated.
   *
   * Unix timestamp in seconds.
   */
  updated_at?: number;
  /** The default locale of the article. */
  locale?: string;
  /** The list of audience IDs this internal article is targeted to for Fin AI Agent. Empty array means no audience targeting is set. */
  audience_ids?: number[] | null;
  /** Whether the internal article is available for AI Chatbot (Fin). */
  ai_chatbot_availability?: boolean;
  /** Whether the internal article is available for AI Copilot. */
  ai_copilot_availability?: boolean;
  /** Whether the internal article is available for AI Sales Agent. */
  ai_sales_agent_availability?: boolean;
}

/**
 * Article Search Highlights
 *
 * The highlighted results of an Article search. In the examples provided my search query is always "my query".
 */
export interface ArticleSearchHighlights {
  /** The ID of the corresponding article. */
  article_id?: string;
  /** An Article title highlighted. */
  highlighted_title?: Array<{
    /** The type of text - `highlight` or `plain`. */
    type?: "highlight" | "plain";
    /** The text of the title. */
    text?: string;
  }>;
  /** An Article description and body text highlighted. */
  highlighted_summary?: Array<
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
export interface ArticleSearchResponse {
  /** The type of the object - `list`. */
  type?: "list";
  /** The total number of Articles matching the search query */
  total_count?: number;
  /** An object containing the results of the search. */
  data?: {
    /** An array of Article objects */
    articles?: Article[];
    /** A corresponding array of highlighted Article content */
    highlights?: ArticleSearchHighlights[];
  };
  pages?: CursorPages;
}

/**
 * Article Search Response
 *
 * The results of an Article search
 *
 * `ArticleSearchResponse` as sent in requests: without its read-only fields.
 */
export interface ArticleSearchResponseInput {
  /** The type of the object - `list`. */
  type?: "list";
  /** The total number of Articles matching the search query */
  total_count?: number;
  /** An object containing the results of the search. */
  data?: {
    /** An array of Article objects */
    articles?: ArticleInput[];
    /** A corresponding array of highlighted Article content */
    highlights?: ArticleSearchHighlights[];
  };
  pages?: CursorPages;
}

/**
 * Internal Article Search Response
 *
 * The results of an Internal Article search
 */
export interface InternalArticleSearchResponse {
  /** The type of the object - `list`. */
  type?: "list";
  /** The total number of Internal Articles matching the search query */
  total_count?: number;
  /** An object containing the results of the search. */
  data?: {
    /** An array of Internal Article objects */
    internal_articles?: InternalArticle[];
  };
  pages?: CursorPages;
}

/**
 * Article Statistics
 *
 * The statistics of an article.
 */
export type ArticleStatistics = {
  /**
   * The type of object - `article_statistics`.
   * @default "article_statistics"
   */
  type?: "article_statistics";
  /** The number of total views the article has received. */
  views?: number;
  /** The number of conversations started from the article. */
  conversions?: number;
  /** The number of total reactions the article has received. */
  reactions?: number;
  /** The percentage of happy reactions the article has received against other types of reaction. */
  happy_reaction_percentage?: number;
  /** The percentage of neutral reactions the article has received against other types of reaction. */
  neutral_reaction_percentage?: number;
  /** The percentage of sad reactions the article has received against */
  sad_reaction_percentage?: number;
  /**
   * The number of conversations in which Fin AI Agent used this article, summed across all of the article's locales.
   * @readonly
   */
  fin_involvements?: number;
  /**
   * The number of conversations Fin AI Agent resolved using this article, summed across all of the article's locales.
   * @readonly
   */
  fin_resolutions?: number;
  /**
   * The percentage of Fin AI Agent involvements that resulted in a resolution (fin_resolutions / fin_involvements * 100).
   * @readonly
   */
  fin_resolution_rate?: number;
} | null;

/**
 * Article Statistics
 *
 * The statistics of an article.
 *
 * `ArticleStatistics` as sent in requests: without its read-only fields.
 */
export type ArticleStatisticsInput = {
  /**
   * The type of object - `article_statistics`.
   * @default "article_statistics"
   */
  type?: "article_statistics";
  /** The number of total views the article has received. */
  views?: number;
  /** The number of conversations started from the article. */
  conversions?: number;
  /** The number of total reactions the article has received. */
  reactions?: number;
  /** The percentage of happy reactions the article has received against other types of reaction. */
  happy_reaction_percentage?: number;
  /** The percentage of neutral reactions the article has received against other types of reaction. */
  neutral_reaction_percentage?: number;
  /** The percentage of sad reactions the article has received against */
  sad_reaction_percentage?: number;
} | null;

/**
 * Article Translated Content
 *
 * The Translated Content of an Article. The keys are the locale codes and the values are the translated content of the article.
 */
export type ArticleTranslatedContent = {
  /** The type of object - article_translated_content. */
  type?: null | "article_translated_content";
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
} | null;

/**
 * Article Translated Content
 *
 * The Translated Content of an Article. The keys are the locale codes and the values are the translated content of the article.
 *
 * `ArticleTranslatedContent` as sent in requests: without its read-only fields.
 */
export type ArticleTranslatedContentInput = {
  /** The type of object - article_translated_content. */
  type?: null | "article_translated_content";
  /** The content of the article in Arabic */
  ar?: ArticleContentInput;
  /** The content of the article in Bulgarian */
  bg?: ArticleContentInput;
  /** The content of the article in Bosnian */
  bs?: ArticleContentInput;
  /** The content of the article in Catalan */
  ca?: ArticleContentInput;
  /** The content of the article in Czech */
  cs?: ArticleContentInput;
  /** The content of the article in Danish */
  da?: ArticleContentInput;
  /** The content of the article in German */
  de?: ArticleContentInput;
  /** The content of the article in Greek */
  el?: ArticleContentInput;
  /** The content of the article in English */
  en?: ArticleContentInput;
  /** The content of the article in Spanish */
  es?: ArticleContentInput;
  /** The content of the article in Estonian */
  et?: ArticleContentInput;
  /** The content of the article in Finnish */
  fi?: ArticleContentInput;
  /** The content of the article in French */
  fr?: ArticleContentInput;
  /** The content of the article in Hebrew */
  he?: ArticleContentInput;
  /** The content of the article in Croatian */
  hr?: ArticleContentInput;
  /** The content of the article in Hungarian */
  hu?: ArticleContentInput;
  /** The content of the article in Indonesian */
  id?: ArticleContentInput;
  /** The content of the article in Italian */
  it?: ArticleContentInput;
  /** The content of the article in Japanese */
  ja?: ArticleContentInput;
  /** The content of the article in Korean */
  ko?: ArticleContentInput;
  /** The content of the article in Lithuanian */
  lt?: ArticleContentInput;
  /** The content of the article in Latvian */
  lv?: ArticleContentInput;
  /** The content of the article in Mongolian */
  mn?: ArticleContentInput;
  /** The content of the article in Norwegian */
  nb?: ArticleContentInput;
  /** The content of the article in Dutch */
  nl?: ArticleContentInput;
  /** The content of the article in Polish */
  pl?: ArticleContentInput;
  /** The content of the article in Portuguese (Portugal) */
  pt?: ArticleContentInput;
  /** The content of the article in Romanian */
  ro?: ArticleContentInput;
  /** The content of the article in Russian */
  ru?: ArticleContentInput;
  /** The content of the article in Slovenian */
  sl?: ArticleContentInput;
  /** The content of the article in Serbian */
  sr?: ArticleContentInput;
  /** The content of the article in Swedish */
  sv?: ArticleContentInput;
  /** The content of the article in Turkish */
  tr?: ArticleContentInput;
  /** The content of the article in Vietnamese */
  vi?: ArticleContentInput;
  /** The content of the article in Portuguese (Brazil) */
  "pt-BR"?: ArticleContentInput;
  /** The content of the article in Chinese (China) */
  "zh-CN"?: ArticleContentInput;
  /** The content of the article in Chinese (Taiwan) */
  "zh-TW"?: ArticleContentInput;
} | null;

/**
 * Article Version
 *
 * A historical version of an article, including its content.
 */
export interface ArticleVersion {
  /** String representing the object's type. Always has the value `article_version`. */
  type?: "article_version";
  /** The unique identifier for the version. */
  id?: string;
  /** The unique identifier of the article this version belongs to. */
  article_id?: string;
  /** The title of the article at this version. */
  title?: string;
  /** The description of the article at this version. */
  description?: string | null;
  /** The HTML body of the article at this version. */
  body?: string | null;
  /** The Markdown body of the article at this version. */
  body_markdown?: string | null;
  /** The id of the teammate listed as the article's author at this version. */
  author_id?: string;
  /** The id of the teammate who created this version. */
  created_by_id?: string | null;
  /** How this version was created (for example `web`, `api`). */
  created_via?: string;
  /** The id of the version this version was created from, or `null` if this is the first version. */
  from_version_id?: string | null;
  /** Whether this version is the currently published version of the article (`published`) or an earlier non-live version (`draft`). */
  state?: "published" | "draft";
  /**
   * The time the version was created, as a UTC Unix timestamp.
   *
   * Unix timestamp in seconds.
   */
  created_at?: number;
  /**
   * The time the version was last updated, as a UTC Unix timestamp.
   *
   * Unix timestamp in seconds.
   */
  updated_at?: number;
}

/**
 * Article Versions
 *
 * A paginated list of versions of an article.
 */
export interface ArticleVersionList {
  /** The type of the object - `list`. */
  type?: "list";
  pages?: CursorPages;
  /** A count of the total number of versions. */
  total_count?: number;
  /** An array of Article version summary objects. */
  data?: ArticleVersionSummary[];
}

/**
 * Article Version Summary
 *
 * A metadata summary of an article version, as returned by the version-history list endpoint. Omits the version's body content - fetch a single version to retrieve its `body` and `body_markdown`.
 */
export interface ArticleVersionSummary {
  /** String representing the object's type. Always has the value `article_version`. */
  type?: "article_version";
  /** The unique identifier for the version. */
  id?: string;
  /** The unique identifier of the article this version belongs to. */
  article_id?: string;
  /** The title of the article at this version. */
  title?: string;
  /** The description of the article at this version. */
  description?: string | null;
  /** The id of the teammate listed as the article's author at this version. */
  author_id?: string;
  /** The id of the teammate who created this version. */
  created_by_id?: string | null;
  /** How this version was created (for example `web`, `api`). */
  created_via?: string;
  /** The id of the version this version was created from, or `null` if this is the first version. */
  from_version_id?: string | null;
  /** Whether this version is the currently published version of the article (`published`) or an earlier non-live version (`draft`). */
  state?: "published" | "draft";
  /**
   * The time the version was created, as a UTC Unix timestamp.
   *
   * Unix timestamp in seconds.
   */
  created_at?: number;
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
        customer?: CustomerRequest;
      }
    | {
        /** The external_id you have defined for the contact who is being added as a participant. */
        user_id: string;
        customer?: CustomerRequest;
      }
    | {
        /** The email you have defined for the contact who is being added as a participant. */
        email: string;
        customer?: CustomerRequest;
      };
}

/**
 * Brand
 *
 * Represents a branding configuration for the workspace
 */
export interface Brand {
  /** The type of object */
  type?: string;
  /** Unique brand identifier. For default brand, matches the workspace ID */
  id?: string;
  /** Display name of the brand */
  name?: string;
  /** Whether this is the workspace's default brand */
  is_default?: boolean;
  /**
   * Unix timestamp of brand creation
   *
   * Unix timestamp in seconds.
   */
  created_at?: number;
  /**
   * Unix timestamp of last modification
   *
   * Unix timestamp in seconds.
   */
  updated_at?: number;
  /** Associated help center identifier */
  help_center_id?: string;
  /** Default email settings ID for this brand */
  default_address_settings_id?: string;
}

/**
 * Brand List
 *
 * A list of brands
 */
export interface BrandList {
  /** The type of object */
  type?: string;
  data?: Brand[];
}

/** Per-admin activity metrics within a team. */
export interface TeamMetric {
  type?: string;
  /** The unique identifier for the admin. */
  admin_id?: string;
  /** The number of open conversations assigned to the admin. */
  open?: number;
  /** The number of idle conversations assigned to the admin. A conversation is idle when it has been open and waiting for an admin reply longer than the idle_threshold. */
  idle?: number;
  /** The number of snoozed conversations assigned to the admin. */
  snoozed?: number;
}

/** A list of team metrics. */
export interface TeamMetricList {
  type?: string;
  data?: TeamMetric[];
}

export interface AwayStatusReason {
  type?: string;
  /** The unique identifier for the away status reason */
  id?: string;
  /** The display text for the away status reason */
  label?: string;
  /** The emoji associated with the status reason */
  emoji?: string;
  /** The display order of the status reason */
  order?: number;
  /** Whether the status reason has been soft deleted */
  deleted?: boolean;
  /** The Unix timestamp when the status reason was created */
  created_at?: number;
  /** The Unix timestamp when the status reason was last updated */
  updated_at?: number;
}

/**
 * Away Status Reasons
 *
 * A list of away status reasons.
 */
export interface AwayStatusReasonList {
  /** The type of the object */
  type?: "list";
  /** A list of away status reason objects. */
  data?: AwayStatusReason[];
}

/**
 * Banner List
 *
 * A list of banners a contact currently matches.
 */
export interface BannerList {
  /** String representing the object's type. Always has the value `list`. */
  type?: string;
  /** An array of banners. */
  data?: Banner[];
}

/**
 * Banner
 *
 * A banner the contact currently matches, with the content and view identifier needed to display and dismiss it.
 */
export interface Banner {
  /** String representing the object's type. Always has the value `banner`. */
  type?: string;
  /** The id of the banner. */
  id?: string;
  /** The id of the contact's view of this banner. Pass this to the dismiss endpoint to record a dismissal. */
  view_id?: string;
  /** The banner's title. `null` when the banner has no title. */
  title?: string | null;
  /** The banner's body content as HTML. */
  body?: string | null;
  /** How the banner is displayed. */
  style?: string;
  /** Where the banner is positioned. */
  position?: string;
  /** Whether the banner should display a dismiss control. */
  show_dismiss_button?: boolean;
  /**
   * The action a contact can take on the banner, or `null` when the banner has
   * no action. The fields present depend on `type`:
   * `url` (`label`, `target`), `reaction` (`reaction_set`),
   * `email_collector`, or `product_tour` (`tour_id`, `tour_url`).
   */
  action?: {
    /** The kind of action. One of `url`, `reaction`, `email_collector`, or `product_tour`. */
    type?: string;
    /** For `url` actions, the label shown on the action link or button. */
    label?: string | null;
    /** For `url` actions, the URL the contact is sent to. */
    target?: string | null;
    /** For `reaction` actions, the reactions a contact can choose from. */
    reaction_set?: Array<{
      /** The reaction's position in the set. */
      index?: number;
      /** The reaction's unicode emoji. */
      unicode_emoticon?: string;
    }>;
    /** For `product_tour` actions, the id of the product tour to launch. */
    tour_id?: string | null;
    /** For `product_tour` actions, the URL that launches the product tour. */
    tour_url?: string | null;
  } | null;
  /**
   * Reserved for future use. Always `null` in the current version — banners
   * that depend on client-side targeting rules (such as page URL or time on
   * page) are not returned by this endpoint.
   */
  client_targeting?: Array<{
    [key: string]: unknown;
  }> | null;
  /**
   * The time the contact's view of this banner was created.
   *
   * Unix timestamp in seconds.
   */
  created_at?: number;
}

/**
 * Banner Dismiss
 *
 * The result of dismissing a banner for a contact.
 */
export interface BannerDismiss {
  /** String representing the object's type. Always has the value `banner_dismiss`. */
  type?: string;
  /** The id of the dismissed banner view. */
  view_id?: string;
  /** Whether the banner view is dismissed. */
  dismissed?: boolean;
}

/**
 * Change Ticket Type Request
 *
 * You can change the type of a Ticket
 */
export interface ChangeTicketTypeRequest {
  /** The ID of the new ticket type. Must be in the same category as the current type. */
  ticket_type_id: string;
  /** The ID of the ticket state for the new ticket type. */
  ticket_state_id: string;
  /** The attributes to set on the ticket for the new type. Attributes matching by name and type are transferred automatically from the old type; values provided here override the transferred values. */
  ticket_attributes?: {
    [key: string]: unknown;
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
  id?: string;
  /** The id of the workspace which the collection belongs to. */
  workspace_id?: string;
  /** The name of the collection. For multilingual collections, this will be the name of the default language's content. */
  name?: string;
  /** The description of the collection. For multilingual help centers, this will be the description of the collection for the default language. */
  description?: string | null;
  /**
   * The time when the article was created (seconds). For multilingual articles, this will be the timestamp of creation of the default language's content.
   *
   * Unix timestamp in seconds.
   */
  created_at?: number;
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
  order?: number;
  /** The default locale of the help center. This field is only returned for multilingual help centers. */
  default_locale?: string;
  translated_content?: GroupTranslatedContent | null;
  /** The id of the parent collection. If `null` then it is the first level collection. */
  parent_id?: string | null;
  /** The id of the help center the collection is in. */
  help_center_id?: number | null;
}

/**
 * Help Center Redirect
 *
 * A redirect maps a source URL (`from_url`) to an article or collection within a
 * help center, so that links to old or external URLs resolve to live content.
 */
export interface HelpCenterRedirect {
  /** The unique identifier for the redirect. */
  id?: string;
  /** The type of the object - `help_center_redirect`. */
  type?: "help_center_redirect";
  /** The source URL that is redirected. An absolute URL within the help center's URL space. */
  from_url?: string;
  /** The locale of the redirect's target. For article targets this is the bound translation's locale, which may differ from the requested locale if no translation exists in that locale. */
  locale?: string;
  /** The unique identifier for the help center the redirect belongs to. */
  help_center_id?: string;
  /** The type of the redirect target. */
  target_type?: "article" | "collection";
  /** The unique identifier of the target article or collection. For article targets this is the Article ID. */
  target_id?: string;
  /** The time the redirect was created as a UTC Unix timestamp. */
  created_at?: number;
  /** The time the redirect was last updated as a UTC Unix timestamp. */
  updated_at?: number;
}

/**
 * Help Center Redirects
 *
 * This will return a list of redirects for the help center.
 */
export interface HelpCenterRedirectList {
  /** The type of the object - `list`. */
  type?: "list";
  pages?: CursorPages;
  /** A count of the total number of redirects. */
  total_count?: number;
  /** An array of help center redirect objects. */
  data?: HelpCenterRedirect[];
}

/**
 * Create Help Center Redirect Request Payload
 *
 * You can create a help center redirect.
 */
export interface CreateHelpCenterRedirectRequest {
  /** The source URL to redirect. Must be an absolute URL within the help center's URL space. */
  from_url: string;
  /** The locale of the target translation (e.g. `en`, `fr`). For article targets this selects the ArticleContent variant. */
  locale: string;
  /** The type of the redirect target. */
  target_type: "article" | "collection";
  /** The unique identifier of the target article or collection. The target must be a member of the help center. */
  target_id: string;
}

/**
 * Deleted Help Center Redirect Object
 *
 * Response returned when a redirect is deleted.
 */
export interface DeletedHelpCenterRedirectObject {
  /** The unique identifier for the redirect which you provided in the URL. */
  id?: string;
  /** The type of object which was deleted. - `help_center_redirect` */
  object?: "help_center_redirect";
  /** Whether the redirect was deleted successfully or not. */
  deleted?: boolean;
}

/**
 * Collections
 *
 * This will return a list of Collections for the App.
 */
export interface CollectionList {
  /** The type of the object - `list`. */
  type?: "list";
  pages?: CursorPages;
  /** A count of the total number of collections. */
  total_count?: number;
  /** An array of collection objects */
  data?: Collection[];
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
 * Contact Deleted
 *
 * deleted contact object
 */
export type ContactDeleted = {
  /** Whether the contact is deleted or not. */
  deleted?: boolean;
} & ContactReference;

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
  /** The quick reply selection the contact wishes to respond with. These map to buttons displayed in the Messenger UI if sent by a bot, or the reply options sent by an Admin via the API. */
  reply_options?: Array<{
    /** The text of the chosen reply option. */
    text: string;
    /** The unique identifier for the quick reply option selected. */
    uuid: string;
  }>;
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
 * Segments
 *
 * A list of segments objects attached to a specific contact.
 */
export interface ContactSegments {
  /** The type of the object */
  type?: "list";
  /** Segment objects associated with the contact. */
  data?: Segment[];
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
 * Contact Blocked
 *
 * blocked contact object
 */
export type ContactBlocked = {
  /** Always true. */
  blocked?: boolean;
} & ContactReference;

/** Content Bulk Action Request Payload */
export interface ContentBulkActionRequest {
  /**
   * The bulk action to perform. Allowed `content_ids[].type` values vary per action:
   * * `publish`, `unpublish`: `article_content`
   * * `delete`: `article_content`, `content_snippet`, `file_source_content`, `internal_article`
   * * `set_availability`, `set_audience`: `article_content`, `content_snippet`, `external_content`, `file_source_content`, `internal_article`
   * * `update_tags`: `article` (the parent Article id, not `article_content`), `content_snippet`, `external_content`, `file_source_content`, `internal_article`
   */
  action: "publish" | "unpublish" | "delete" | "set_availability" | "set_audience" | "update_tags";
  /** Up to 1,000 content items to apply the action to. */
  content_ids: Array<{
    type:
      | "article"
      | "article_content"
      | "content_snippet"
      | "external_content"
      | "file_source_content"
      | "internal_article";
    id: string;
  }>;
  /**
   * Required when `action` is `set_availability`. Each field is optional — only the
   * properties present in the request are toggled.
   */
  availability?: {
    /** Toggle Fin AI Agent availability. */
    ai_agent?: boolean;
    /** Toggle Copilot availability. */
    copilot?: boolean;
    /** Toggle Sales Agent availability. */
    sales_agent?: boolean;
  };
  /** Required when `action` is `set_audience`. Manages segment membership. */
  audience?: {
    /** Segment IDs to assign to the selected content. */
    add_segment_ids?: number[];
    /** Segment IDs to remove from the selected content. */
    remove_segment_ids?: number[];
    /** When `true`, removes all segments from the selected content. */
    remove_all?: boolean;
  };
  /**
   * Required when `action` is `update_tags`. Applies and/or removes existing tags.
   * Supply at least one of `add_tag_ids` / `remove_tag_ids`. At most 100 distinct tag IDs
   * may be supplied across `add_tag_ids` and `remove_tag_ids` combined. Tag IDs must
   * reference existing, non-archived tags; exceeding the limit or referencing unknown or
   * archived IDs is rejected with `parameter_invalid` (HTTP 422).
   */
  tags?: {
    /** Tag IDs to apply to the selected content. */
    add_tag_ids?: number[];
    /** Tag IDs to remove from the selected content. */
    remove_tag_ids?: number[];
  };
}

/**
 * Content Bulk Action Response Envelope
 *
 * Phase 1 envelope returned immediately after the request is enqueued. A future
 * Preview release will replace this with a polling-friendly job resource that
 * surfaces progress and per-item results (updated, unchanged, skipped, failed).
 */
export interface ContentBulkActionResponse {
  type?: string;
  status?: string;
}

/**
 * Content Import Source
 *
 * An external source for External Pages that you add to your Fin Content Library.
 */
export interface ContentImportSource {
  /**
   * Always external_page
   * @default "content_import_source"
   */
  type: "content_import_source";
  /** The unique identifier for the content import source which is given by Intercom. */
  id: number;
  /**
   * The time when the content import source was last synced.
   *
   * Unix timestamp in seconds.
   */
  last_synced_at: number;
  /** If you intend to create or update External Pages via the API, this should be set to `api`. */
  sync_behavior: "api" | "automatic" | "manual";
  /**
   * The status of the content import source.
   * @default "active"
   */
  status: "active" | "deactivated";
  /** The URL of the root of the external source. */
  url: string;
  /**
   * The time when the content import source was created.
   *
   * Unix timestamp in seconds.
   */
  created_at: number;
  /**
   * The time when the content import source was last updated.
   *
   * Unix timestamp in seconds.
   */
  updated_at: number;
  /** The unique identifiers for the audiences associated with this content import source. */
  audience_ids?: number[] | null;
}

/**
 * Content Import Sources
 *
 * This will return a list of the content import sources for the App.
 */
export interface ContentImportSourcesList {
  /** The type of the object - `list`. */
  type?: "list";
  pages?: PagesLink;
  /** A count of the total number of content import sources. */
  total_count?: number;
  /** An array of Content Import Source objects */
  data?: ContentImportSource[];
}

/**
 * Content Source
 *
 * The content source used by AI Agent in the conversation.
 */
export interface ContentSource {
  /** The type of the content source. */
  content_type?: "file" | "article" | "external_content" | "content_snippet" | "workflow_connector_action";
  /** The internal URL linking to the content source for teammates. */
  url?: string;
  /** The title of the content source. */
  title?: string;
  /** The ISO 639 language code of the content source. */
  locale?: string;
}

/** Content Source List */
export interface ContentSourcesList {
  type?: "content_source.list";
  /** The total number of content sources used by AI Agent in the conversation. */
  total_count?: number;
  /** The content sources used by AI Agent in the conversation. */
  content_sources?: ContentSource[];
}

/**
 * Content Snippet
 *
 * A content snippet is a reusable piece of content for your AI agent and Copilot.
 */
export interface ContentSnippet {
  /** String representing the object's type. Always has the value `content_snippet`. */
  type?: string;
  /** The unique identifier for the content snippet. */
  id?: string;
  /** The title of the content snippet. */
  title?: string | null;
  /** The locale of the content snippet. */
  locale?: string;
  /** The content blocks that make up the body of the snippet. */
  json_blocks?: Array<{
    [key: string]: unknown;
  }>;
  /** The body of the content snippet in markdown. */
  body_markdown?: string | null;
  /**
   * Deprecated. Use ai_chatbot_availability instead. Whether this snippet is available for Fin (1 = on, 0 = off).
   * @deprecated
   */
  chatbot_availability?: number;
  /**
   * Deprecated. Use ai_copilot_availability instead. Whether this snippet is available for Copilot (1 = on, 0 = off).
   * @deprecated
   */
  copilot_availability?: number;
  /** Whether the content snippet is available for AI Chatbot (Fin). */
  ai_chatbot_availability?: boolean;
  /** Whether the content snippet is available for AI Copilot. */
  ai_copilot_availability?: boolean;
  /** Whether the content snippet is available for AI Sales Agent. */
  ai_sales_agent_availability?: boolean;
  /** The time the snippet was created as a UNIX timestamp. */
  created_at?: number;
  /** The time the snippet was last updated as a UNIX timestamp. */
  updated_at?: number;
  /** The list of audience IDs this content snippet is targeted to for Fin AI Agent. Empty array means no audience targeting is set. */
  audience_ids?: number[] | null;
}

/**
 * Content Snippet List
 *
 * A paginated list of content snippets.
 */
export interface ContentSnippetList {
  type?: "list";
  /** An array of content snippet objects. */
  data?: ContentSnippet[];
  /** The total number of content snippets. */
  total_count?: number;
  /** The current page number. */
  page?: number;
  /** The number of results per page. */
  per_page?: number;
  /** The total number of pages. */
  total_pages?: number;
}

/**
 * Create Content Snippet Request
 *
 * The request payload for creating a content snippet. You must provide either `json_blocks` or `body_markdown` for the snippet content — they are mutually exclusive.
 */
export interface ContentSnippetCreateRequest {
  /** The title of the content snippet. */
  title: string;
  /** The content blocks that make up the body of the snippet. Mutually exclusive with `body_markdown`. */
  json_blocks?: Array<{
    [key: string]: unknown;
  }>;
  /** The content of the snippet in markdown. An alternative to `json_blocks` — you can provide content as markdown instead of structured blocks. Mutually exclusive with `json_blocks`. */
  body_markdown?: string;
  /**
   * The locale of the content snippet. Defaults to `en`.
   * @default "en"
   */
  locale?: string;
  /** The list of audience IDs to target this content snippet to for Fin AI Agent. Pass an empty array or omit the field for no audience targeting. Unknown audience IDs return a `404` error with no partial commit. */
  audience_ids?: number[] | null;
  /**
   * Whether the content snippet should be available for AI Chatbot (Fin). Defaults to false.
   * @default false
   */
  ai_chatbot_availability?: boolean;
  /**
   * Whether the content snippet should be available for AI Copilot. Defaults to false.
   * @default false
   */
  ai_copilot_availability?: boolean;
  /**
   * Whether the content snippet should be available for AI Sales Agent. Defaults to false.
   * @default false
   */
  ai_sales_agent_availability?: boolean;
}

/**
 * Update Content Snippet Request
 *
 * The request payload for updating a content snippet. All fields are optional — only provided fields will be updated. `json_blocks` and `body_markdown` are mutually exclusive.
 */
export interface ContentSnippetUpdateRequest {
  /** The title of the content snippet. */
  title?: string;
  /** The content blocks that make up the body of the snippet. Mutually exclusive with `body_markdown`. */
  json_blocks?: Array<{
    [key: string]: unknown;
  }>;
  /** The content of the snippet in markdown. An alternative to `json_blocks` — you can provide content as markdown instead of structured blocks. Mutually exclusive with `json_blocks`. */
  body_markdown?: string;
  /** The locale of the content snippet. */
  locale?: string;
  /** The list of audience IDs to target this content snippet to for Fin AI Agent. Omitting the field leaves existing audience memberships unchanged (PATCH semantics). Pass `[]` to clear all audience memberships. Unknown audience IDs return a `404` error with no partial commit. */
  audience_ids?: number[] | null;
  /** Whether the content snippet should be available for AI Chatbot (Fin). */
  ai_chatbot_availability?: boolean;
  /** Whether the content snippet should be available for AI Copilot. */
  ai_copilot_availability?: boolean;
  /** Whether the content snippet should be available for AI Sales Agent. */
  ai_sales_agent_availability?: boolean;
}

/**
 * Content Search Article Content Item
 *
 * A single locale variant of a help center article returned from Knowledge Hub search.
 */
export interface ContentSearchArticleContentItem {
  /** Always `article_content`. */
  type?: "article_content";
  /** The unique identifier of the article content. */
  id?: string;
  /** The localized title of the article. */
  title?: string;
  /** The locale of this article content. */
  locale?: string;
}

/**
 * Content Search Article Item
 *
 * A help center article result from Knowledge Hub search, with one nested `article_content` entry per locale.
 */
export interface ContentSearchArticleItem {
  /** Always `article`. */
  type: "article";
  /** The unique identifier of the article. */
  id?: string;
  /** The article's canonical title. */
  title?: string;
  /** One entry per locale of the article. */
  contents?: ContentSearchArticleContentItem[];
}

/**
 * Content Search Default Item
 *
 * The flat result shape returned from Knowledge Hub search for content snippets, external pages, uploaded files, and internal articles.
 */
export interface ContentSearchDefaultItem {
  /** The kind of content item. */
  type: "content_snippet" | "external_content" | "file_source_content" | "internal_article";
  /** The unique identifier of the content item. */
  id?: string;
  /** The display title of the content item. */
  title?: string;
}

/**
 * Content Search Response
 *
 * A paginated list of Knowledge Hub content results matching a search query.
 */
export interface ContentSearchResponse {
  /** Always `list`. */
  type?: "list";
  /** Total number of results matching the query. */
  total_count?: number;
  /** Pagination metadata, including links to neighbouring pages. */
  pages?: {
    type?: "pages";
    /** The current page number. */
    page?: number;
    /** Number of results per page. */
    per_page?: number;
    /** Total number of pages of results. */
    total_pages?: number;
    /** A link to the next page of results, or null when on the last page. */
    next?: string | null;
    /** A link to the previous page of results, or null when on the first page. */
    prev?: string | null;
  };
  /** The list of matched content items. Each item's `type` field determines its shape. */
  data?: ContentSearchResult[];
}

/**
 * Content Search Result
 *
 * A single search result. The `type` field discriminates between the flat shape used for snippets, external pages, files, and internal articles, and the nested shape used for help center articles.
 */
export type ContentSearchResult =
  | (ContentSearchDefaultItem & {
      type: "content_snippet" | "external_content" | "file_source_content" | "internal_article";
    })
  | (ContentSearchArticleItem & {
      type: "article";
    });

/**
 * Conversation List Item
 *
 * The data returned about your conversations when you list or search them.
 */
export interface ConversationListItem {
  /** Always conversation. */
  type?: string;
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
  /** The priority level of the conversation. Returns one of none, low, medium, high, or urgent. */
  priority?: "none" | "low" | "medium" | "high" | "urgent";
  /** The id of the admin assigned to the conversation. If it's not assigned to an admin it will return 0. */
  admin_assignee_id?: number;
  /** The id of the team assigned to the conversation. If it's not assigned to a team it will return 0. */
  team_assignee_id?: number;
  /** The company associated with the conversation. */
  company?: Company | null;
  tags?: Tags;
  conversation_rating?: ConversationRating | null;
  source?: ConversationSource;
  contacts?: ConversationContacts;
  teammates?: ConversationTeammates | null;
  custom_attributes?: CustomAttributes;
  first_contact_reply?: ConversationFirstContactReply | null;
  sla_applied?: SlaApplied;
  statistics?: ConversationStatistics | null;
  linked_objects?: LinkedObjectList;
  /** Indicates whether the AI Agent participated in the conversation. */
  ai_agent_participated?: boolean;
  ai_agent?: AiAgent | null;
  /** Indicates whether the Sales Agent participated in the conversation. */
  sales_agent_participated?: boolean;
  sales_agent?: SalesAgent | null;
  /** The channel through which the conversation was initiated and its current channel. */
  channel?: ConversationChannel | null;
  /** References linking this conversation to records in an external helpdesk or CRM system. Populated for Fin Standalone workspaces synced from an external platform; an empty array otherwise. Sorted alphabetically by `type` and capped at 20 entries. */
  external_references?: ConversationExternalReference[];
  /** QA monitor evaluations that flagged this conversation. Only included when `include_monitors=true` is passed as a query parameter. */
  monitor_evaluations?: ConversationMonitorEvaluation[];
  /** QA scorecard results for this conversation. Only included when `include_scorecards=true` is passed as a query parameter. */
  scorecards?: ConversationScorecard[];
}

/** Conversations are how you can communicate with users in Intercom. They are created when a contact replies to an outbound message, or when one admin directly sends a message to a single contact. */
export interface Conversation {
  /** Always conversation. */
  type?: string;
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
  /** The priority level of the conversation. Returns one of none, low, medium, high, or urgent. */
  priority?: "none" | "low" | "medium" | "high" | "urgent";
  /** The id of the admin assigned to the conversation. If it's not assigned to an admin it will return 0. */
  admin_assignee_id?: number | null;
  /** The id of the team assigned to the conversation. If it's not assigned to a team it will return 0. */
  team_assignee_id?: number | null;
  /** The company associated with the conversation. */
  company?: Company | null;
  tags?: Tags;
  conversation_rating?: ConversationRating | null;
  source?: ConversationSource;
  contacts?: ConversationContacts;
  teammates?: ConversationTeammates | null;
  custom_attributes?: CustomAttributes;
  first_contact_reply?: ConversationFirstContactReply | null;
  sla_applied?: SlaApplied;
  statistics?: ConversationStatistics | null;
  conversation_parts?: ConversationParts;
  linked_objects?: LinkedObjectList;
  /** Indicates whether the AI Agent participated in the conversation. */
  ai_agent_participated?: boolean;
  ai_agent?: AiAgent | null;
  /** Indicates whether the Sales Agent participated in the conversation. */
  sales_agent_participated?: boolean;
  sales_agent?: SalesAgent | null;
  /** The channel through which the conversation was initiated and its current channel. */
  channel?: ConversationChannel | null;
  /** References linking this conversation to records in an external helpdesk or CRM system. Populated for Fin Standalone workspaces synced from an external platform; an empty array otherwise. Sorted alphabetically by `type` and capped at 20 entries. */
  external_references?: ConversationExternalReference[];
  /** QA monitor evaluations that flagged this conversation. Only included when `include_monitors=true` is passed as a query parameter. */
  monitor_evaluations?: ConversationMonitorEvaluation[];
  /** QA scorecard results for this conversation. Only included when `include_scorecards=true` is passed as a query parameter. */
  scorecards?: ConversationScorecard[];
}

/**
 * Conversation attachment files
 *
 * Properties of the attachment files in a conversation part
 */
export interface ConversationAttachmentFiles {
  /** The content type of the file */
  content_type?: string;
  /** The base64 encoded file data. */
  data?: string;
  /** The name of the file. */
  name?: string;
}

/**
 * Conversation Channel
 *
 * The channel through which a conversation was originally initiated and its current channel.
 */
export interface ConversationChannel {
  /** The channel through which the conversation was originally initiated. Possible values include `messenger`, `zendesk_sunshine`, `zendesk_ticket`, `twitter`, `email`. Returns `null` if channel data is unavailable. */
  initial?: string | null;
  /** The current channel of the conversation. May differ from `initial` if the conversation was migrated between channels. Returns `null` if channel data is unavailable. */
  current?: string | null;
}

/**
 * Conversation External Reference
 *
 * A reference linking a conversation to a record in an external helpdesk or CRM system, surfaced for Fin Standalone workspaces.
 */
export interface ConversationExternalReference {
  /** The type of external system the reference points to. Possible values include `zendesk_ticket`, `zendesk_sunshine_conversation`, `salesforce_case`, `salesforce_in_app_message_conversation`, `freshdesk_ticket`, `freshchat_conversation`, `hubspot_conversation`, `custom_helpdesk_conversation`, `api_conversation`. */
  type?: string;
  /** The identifier of the record in the external system. Always serialized as a string, since some external IDs exceed 32-bit integer range. */
  id?: string;
}

/**
 * Conversation Monitor Evaluation
 *
 * A QA monitor evaluation that flagged this conversation. Returned in the `monitor_evaluations` array on conversation responses when `include_monitors=true` is passed.
 */
export interface ConversationMonitorEvaluation {
  /** The unique identifier of the monitor that produced this evaluation. */
  monitor_id?: string;
  /** The name of the monitor at the time of evaluation. Null if the monitor has since been deleted. */
  monitor_name?: string | null;
  /** The type of the monitor. Null if the monitor has since been deleted. */
  monitor_type?: string | null;
  /** The evaluation outcome reported by the monitor. */
  result?: string;
  /** The reasoning provided by the monitor for its result. May be null if no reasoning was generated. */
  explanation?: string | null;
  /**
   * The time the monitor evaluated this conversation. Null in the rare case the underlying record's timestamp is not yet set.
   *
   * Unix timestamp in seconds.
   */
  evaluated_at?: number | null;
}

/**
 * Conversation Scorecard
 *
 * A QA scorecard result for this conversation. Returned in the `scorecards` array on conversation responses when `include_scorecards=true` is passed.
 */
export interface ConversationScorecard {
  /** The unique identifier of the scorecard definition. */
  scorecard_id?: string;
  /** The unique identifier of the specific scorecard version that produced this result. */
  scorecard_version_id?: string;
  /** The name of the scorecard. */
  name?: string;
  /** The type of scorecard. */
  scorecard_type?: string;
  /** Whether the conversation passed the scorecard. Null when the scorecard has not been scored. */
  passed?: boolean | null;
  /** The numeric score for the scorecard. Null when the scorecard has not been scored. */
  score?: number | null;
  /** The numeric score produced by AI evaluation, if applicable. Null when not AI-scored. */
  ai_score?: number | null;
  /**
   * The time the scorecard was last evaluated. Null in the rare case the underlying record's timestamp is not yet set.
   *
   * Unix timestamp in seconds.
   */
  evaluated_at?: number | null;
  reviewed_teammate?: ConversationScorecardReviewedTeammate;
  /** Per-evaluator results within this scorecard. */
  evaluators?: ConversationScorecardEvaluator[];
}

/**
 * Reviewed Teammate
 *
 * The teammate (or AI agent) whose handling of the conversation was reviewed by this scorecard.
 */
export interface ConversationScorecardReviewedTeammate {
  /** The kind of reviewee. `ai` if the conversation was handled by Fin or scored without a specific teammate; `admin` if a specific teammate was reviewed. */
  type?: "ai" | "admin";
  /** The id of the admin who was reviewed. Present only when `type` is `admin`. */
  admin_id?: string | null;
}

/**
 * Conversation Scorecard Evaluator
 *
 * A single evaluator within a scorecard, including its result for this conversation.
 */
export interface ConversationScorecardEvaluator {
  /** The unique identifier of the evaluator (criterion) within the scorecard. */
  evaluator_id?: string;
  /** The evaluator's result for this conversation. Null if the evaluator was not scored. */
  result?: ConversationScorecardEvaluatorResult | null;
}

/**
 * Conversation Scorecard Evaluator Result
 *
 * The outcome of a single evaluator within a scorecard.
 */
export interface ConversationScorecardEvaluatorResult {
  /** The evaluator's selected value (typically a label such as `pass`, `fail`, or a category identifier). */
  value?: string | null;
  /** The origin of the result (for example, `ai` or `human`). */
  source?: string | null;
  /** A free-text explanation of the result. */
  reasoning?: string | null;
  /** Identifiers for structured reasons assigned to the result, if any. */
  reason_ids?: string[] | null;
  /** Free-text entered by the reviewer to supplement or stand in for the structured `reason_ids` — typically captured when the reviewer selects an "Other" option or adds a custom note. Null when not provided. */
  other_text?: string | null;
}

/**
 * Contacts
 *
 * The list of contacts (users or leads) involved in this conversation. This will only contain one customer unless more were added via the group conversation feature.
 */
export interface ConversationContacts {
  type?: "contact.list";
  /** The list of contacts (users or leads) involved in this conversation. This will only contain one customer unless more were added via the group conversation feature. */
  contacts?: ContactReference[];
}

/**
 * Conversation Deleted
 *
 * deleted conversation object
 */
export interface ConversationDeleted {
  /** The unique identifier for the conversation. */
  id?: string;
  /** always conversation */
  object?: "conversation";
  /** Whether the conversation is deleted or not. */
  deleted?: boolean;
}

/**
 * Conversation
 *
 * A deleted conversation record containing its ID, metrics retained status and deletion timestamp.
 */
export interface DeletedConversationItem {
  /** String representing the object's type. Always has the value `conversation`. */
  type?: string;
  /** The ID of the deleted conversation. */
  id?: string;
  /** Whether reporting metrics are retained for this conversation ID */
  metrics_retained?: boolean;
  /**
   * The time when the conversation was deleted.
   *
   * Unix timestamp in seconds.
   */
  deleted_at?: number;
}

/**
 * Conversations
 *
 * A paginated list of deleted conversation IDs.
 */
export interface DeletedConversationList {
  /** String representing the object's type. Always has the value `conversations.list`. */
  type?: string;
  /** The list of deleted conversation IDs. */
  conversations?: DeletedConversationItem[];
  /** Total number of items available. */
  total_count?: number;
  pages?: PagesLink;
}

/**
 * First contact reply
 *
 * An object containing information on the first users message. For a contact initiated message this will represent the users original message.
 */
export type ConversationFirstContactReply = {
  /** Unix timestamp in seconds. */
  created_at?: number;
  type?: string;
  url?: string | null;
} | null;

/**
 * Conversation List
 *
 * Conversations are how you can communicate with users in Intercom. They are created when a contact replies to an outbound message, or when one admin directly sends a message to a single contact.
 */
export interface ConversationList {
  /** Always conversation.list */
  type?: "conversation.list";
  /** The list of conversation objects */
  conversations?: ConversationListItem[];
  /** A count of the total number of objects. */
  total_count?: number;
  pages?: CursorPages;
}

/**
 * Conversation Part
 *
 * A Conversation Part represents a message in the conversation.
 */
export interface ConversationPart {
  /** Always conversation_part */
  type?: string;
  /** The id representing the conversation part. */
  id?: string;
  /** The type of conversation part. */
  part_type?: string;
  /** The message body, which may contain HTML. For Twitter, this will show a generic message regarding why the body is obscured. In webhook payloads for API version 2.15+, this field returns plain text. */
  body?: string | null;
  /**
   * The time the conversation part was created.
   *
   * Unix timestamp in seconds.
   */
  created_at?: number;
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
  notified_at?: number;
  /** The id of the admin that was assigned the conversation by this conversation_part (null if there has been no change in assignment.) */
  assigned_to?: Reference | null;
  author?: ConversationPartAuthor;
  /** A list of attachments for the part. */
  attachments?: PartAttachment[];
  /** The external id of the conversation part */
  external_id?: string | null;
  /** Whether or not the conversation part has been redacted. */
  redacted?: boolean;
  email_message_metadata?: EmailMessageMetadata | null;
  metadata?: ConversationPartMetadata | null;
  /** Indicates the current state of conversation when the conversation part was created. */
  state?: "open" | "closed" | "snoozed";
  /** A list of tags objects associated with the conversation part. */
  tags?: TagBasic[] | null;
  event_details?: EventDetails | null;
  /** The app package code if this part was created via API. null if the part was not created via API. */
  app_package_code?: string | null;
}

/**
 * Conversation part author
 *
 * The object who initiated the conversation, which can be a Contact, Admin or Team. Bots and campaigns send messages on behalf of Admins or Teams. For Twitter, this will be blank.
 */
export interface ConversationPartAuthor {
  /** The type of the author */
  type?: string;
  /** The id of the author */
  id?: string;
  /** The name of the author */
  name?: string | null;
  /** The email of the author */
  email?: string;
  /** If this conversation part was sent by the AI Agent */
  from_ai_agent?: boolean;
  /** If this conversation part body was generated by the AI Agent */
  is_ai_answer?: boolean;
}

/**
 * Conversation Parts
 *
 * A list of Conversation Part objects for each part message in the conversation. This is only returned when Retrieving a Conversation, and ignored when Listing all Conversations. There is a limit of 500 parts.
 */
export interface ConversationParts {
  type?: "conversation_part.list";
  /** A list of Conversation Part objects for each part message in the conversation. This is only returned when Retrieving a Conversation, and ignored when Listing all Conversations. There is a limit of 500 parts. */
  conversation_parts?: ConversationPart[];
  total_count?: number;
}

/**
 * Conversation Part Metadata
 *
 * Metadata for a conversation part
 */
export interface ConversationPartMetadata {
  /** The quick reply options sent by the Admin or bot, presented in this conversation part. */
  quick_reply_options?: Array<
    {
      /** The translations for the quick reply option. */
      translations?: {
        [key: string]: unknown;
      } | null;
    } & QuickReplyOption
  >;
  /** The unique identifier for the quick reply option that was clicked by the end user. */
  quick_reply_uuid?: string;
}

/**
 * Conversation Rating
 *
 * The Conversation Rating object which contains information on the rating and/or remark added by a Contact and the Admin assigned to the conversation.
 */
export type ConversationRating = {
  /** The rating, between 1 and 5, for the conversation. */
  rating?: number;
  /** An optional field to add a remark to correspond to the number rating */
  remark?: string;
  /**
   * The time the rating was requested in the conversation being rated.
   *
   * Unix timestamp in seconds.
   */
  created_at?: number;
  /**
   * The time the rating was last updated.
   *
   * Unix timestamp in seconds.
   */
  updated_at?: number;
  contact?: ContactReference;
  teammate?: Reference;
} | null;

/**
 * Conversation response time
 *
 * Details of first response time of assigned team in seconds.
 */
export interface ConversationResponseTime {
  /** Id of the assigned team. */
  team_id?: number;
  /** Name of the assigned Team, null if team does not exist, Unassigned if no team is assigned. */
  team_name?: string;
  /** First response time of assigned team in seconds. */
  response_time?: number;
}

/**
 * Conversation source
 *
 * The type of the conversation part that started this conversation. Can be Contact, Admin, Campaign, Automated or Operator initiated.
 */
export interface ConversationSource {
  /** The origin of this conversation. */
  type?: string;
  /** The id of the source message. */
  id?: string | null;
  /** How the conversation was initiated. */
  delivered_as?: string;
  /** The recipients of the source message. Only present for email conversations. */
  recipients?: Array<{
    /** The recipient type. One of `to`, `cc`, or `bcc`. */
    type?: string;
    /** The recipient email address. */
    email?: string;
    /** The reason this recipient was dropped, if applicable. */
    drop_reason?: string | null;
  }> | null;
  /** The Reply-To header addresses of the source message, where a reply will be routed. Can differ from the sender's From address. Only present for email conversations. */
  reply_to?: Array<{
    /** The Reply-To email address. */
    email?: string;
    /** The display name associated with the Reply-To address. */
    name?: string | null;
  }> | null;
  /** Optional. The message subject. For Twitter, this will show a generic message regarding why the subject is obscured. In webhook payloads for API version 2.15+, this field returns plain text. */
  subject?: string;
  /** The message body, which may contain HTML. For Twitter, this will show a generic message regarding why the body is obscured. In webhook payloads for API version 2.15+, this field returns plain text. */
  body?: string;
  author?: ConversationSourceAuthor;
  /** A list of attachments for the part. */
  attachments?: PartAttachment[];
  /** The URL where the conversation was started. For Twitter, Email, and Bots, this will be blank. */
  url?: string | null;
  /** Whether or not the source message has been redacted. Only applicable for contact initiated messages. */
  redacted?: boolean;
  email_message_metadata?: SourceEmailMessageMetadata;
}

/**
 * Conversation source author
 *
 * The author who started the conversation. Can be a Contact, Admin, or Bot.
 */
export interface ConversationSourceAuthor {
  /** The type of the author. */
  type?: string;
  /** The id of the author. */
  id?: string | null;
  /** The name of the author. */
  name?: string | null;
  /** The email of the author. */
  email?: string | null;
}

/**
 * Email Message Metadata
 *
 * Contains metadata if the message was sent as an email
 */
export interface SourceEmailMessageMetadata {
  /** The unique identifier for the email message as specified in the Message-ID header */
  message_id?: string | null;
  /** The subject of the email */
  subject?: string;
  /** A list of an email address headers. */
  email_address_headers?: EmailAddressHeader[];
  /** The HTML content of any quoted or forwarded email history from the initial inbound message */
  history?: string;
}

/**
 * Conversation statistics
 *
 * A Statistics object containing all information required for reporting, with timestamps and calculated metrics.
 */
export type ConversationStatistics = {
  type?: string;
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
  /** An array of conversation response time objects */
  assigned_team_first_response_time?: ConversationResponseTime[];
  /** An array of conversation response time objects within office hours */
  assigned_team_first_response_time_in_office_hours?: ConversationResponseTime[];
  /** Time from conversation assignment to conversation close in seconds. */
  handling_time?: number;
  /** Adjusted handling time for conversation in seconds. This is the active handling time excluding idle periods when teammates are not actively working on the conversation. */
  adjusted_handling_time?: number | null;
} | null;

/**
 * Conversation teammates
 *
 * The list of teammates who participated in the conversation (wrote at least one conversation part).
 */
export type ConversationTeammates = {
  /** The type of the object - `admin.list`. */
  type?: string;
  /** The list of teammates who participated in the conversation (wrote at least one conversation part). */
  teammates?: Reference[];
} | null;

/**
 * Convert Ticket Request Payload
 *
 * You can convert a Conversation to a Ticket
 */
export interface ConvertConversationToTicketRequest {
  /** The ID of the type of ticket you want to convert the conversation to */
  ticket_type_id: string;
  /** The ID of the ticket state associated with the ticket type. */
  ticket_state_id?: string;
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
 * Create Audience Request
 *
 * The request payload for creating an audience.
 */
export interface CreateAudienceRequest {
  /** The name of the audience. */
  name: string;
  /** The predicates that define which contacts belong to the audience. */
  predicates?: Predicate[];
  /** Role-based predicates that further filter audience membership by contact role. */
  role_predicates?: Predicate[];
}

/**
 * Create Article Request Payload
 *
 * You can create an Article
 */
export type CreateArticleRequest = {
  /** The title of the article.For multilingual articles, this will be the title of the default language's content. */
  title: string;
  /** The description of the article. For multilingual articles, this will be the description of the default language's content. */
  description?: string;
  /** The content of the article in HTML. For multilingual articles, this will be the body of the default language's content. Mutually exclusive with `body_markdown`. */
  body?: string;
  /** The content of the article in markdown. For multilingual articles, this will be the body of the default language's content. An alternative to `body` — you can provide content as markdown instead of HTML. Mutually exclusive with `body`. */
  body_markdown?: string;
  /** The id of the author of the article. For multilingual articles, this will be the id of the author of the default language's content. Must be a teammate on the help center's workspace. */
  author_id: number;
  /** Whether the article will be `published` or will be a `draft`. Defaults to draft. For multilingual articles, this will be the state of the default language's content. */
  state?: "published" | "draft";
  /** The id of the article's parent collection or section. An article without this field stands alone. */
  parent_id?: number;
  /** The type of parent, which can either be a `collection` or `section`. */
  parent_type?: string;
  translated_content?: ArticleTranslatedContent;
  /** The list of audience IDs to assign to this article for Fin AI Agent targeting. Sending a top-level `audience_ids` broadcasts the same set to every locale. For per-locale targeting, use `translated_content.<locale>.audience_ids` instead. Sending both top-level and per-locale in the same request causes top-level to win. Unknown audience IDs return a 404 error. No partial commit occurs. */
  audience_ids?: number[] | null;
  /** Whether the article should be available for AI Chatbot (Fin). For multilingual articles, this sets the default language's availability. */
  ai_chatbot_availability?: boolean;
  /** Whether the article should be available for AI Copilot. For multilingual articles, this sets the default language's availability. */
  ai_copilot_availability?: boolean;
  /** Whether the article should be available for AI Sales Agent. For multilingual articles, this sets the default language's availability. */
  ai_sales_agent_availability?: boolean;
  /** ISO 8601 timestamp at which to schedule a future publish of the article. When set together with `state: "published"`, the article is scheduled instead of published immediately. Setting `null` cancels a pending publish schedule. Timestamps in the past or equal to the current time are rejected with 400 `parameter_invalid` — the value must be strictly in the future. Combining with `state: "draft"` returns 400 `parameter_invalid`. Sending in the same request as `scheduled_unpublish_at` returns 400 — only one pending schedule per article. Empty string returns 400 `parameter_invalid`. */
  scheduled_publish_at?: string | null;
  /** ISO 8601 timestamp at which to schedule a future unpublish of the article. Setting `null` cancels a pending unpublish schedule. Timestamps in the past or equal to the current time are rejected with 400 `parameter_invalid` — the value must be strictly in the future. Rejected with 400 `parameter_invalid` if the article has never been published. Sending in the same request as `scheduled_publish_at` returns 400 — only one pending schedule per article. Empty string returns 400 `parameter_invalid`. */
  scheduled_unpublish_at?: string | null;
} | null;

/**
 * Create Article Request Payload
 *
 * You can create an Article
 *
 * `CreateArticleRequest` as sent in requests: without its read-only fields.
 */
export type CreateArticleRequestInput = {
  /** The title of the article.For multilingual articles, this will be the title of the default language's content. */
  title: string;
  /** The description of the article. For multilingual articles, this will be the description of the default language's content. */
  description?: string;
  /** The content of the article in HTML. For multilingual articles, this will be the body of the default language's content. Mutually exclusive with `body_markdown`. */
  body?: string;
  /** The content of the article in markdown. For multilingual articles, this will be the body of the default language's content. An alternative to `body` — you can provide content as markdown instead of HTML. Mutually exclusive with `body`. */
  body_markdown?: string;
  /** The id of the author of the article. For multilingual articles, this will be the id of the author of the default language's content. Must be a teammate on the help center's workspace. */
  author_id: number;
  /** Whether the article will be `published` or will be a `draft`. Defaults to draft. For multilingual articles, this will be the state of the default language's content. */
  state?: "published" | "draft";
  /** The id of the article's parent collection or section. An article without this field stands alone. */
  parent_id?: number;
  /** The type of parent, which can either be a `collection` or `section`. */
  parent_type?: string;
  translated_content?: ArticleTranslatedContentInput;
  /** The list of audience IDs to assign to this article for Fin AI Agent targeting. Sending a top-level `audience_ids` broadcasts the same set to every locale. For per-locale targeting, use `translated_content.<locale>.audience_ids` instead. Sending both top-level and per-locale in the same request causes top-level to win. Unknown audience IDs return a 404 error. No partial commit occurs. */
  audience_ids?: number[] | null;
  /** Whether the article should be available for AI Chatbot (Fin). For multilingual articles, this sets the default language's availability. */
  ai_chatbot_availability?: boolean;
  /** Whether the article should be available for AI Copilot. For multilingual articles, this sets the default language's availability. */
  ai_copilot_availability?: boolean;
  /** Whether the article should be available for AI Sales Agent. For multilingual articles, this sets the default language's availability. */
  ai_sales_agent_availability?: boolean;
  /** ISO 8601 timestamp at which to schedule a future publish of the article. When set together with `state: "published"`, the article is scheduled instead of published immediately. Setting `null` cancels a pending publish schedule. Timestamps in the past or equal to the current time are rejected with 400 `parameter_invalid` — the value must be strictly in the future. Combining with `state: "draft"` returns 400 `parameter_invalid`. Sending in the same request as `scheduled_unpublish_at` returns 400 — only one pending schedule per article. Empty string returns 400 `parameter_invalid`. */
  scheduled_publish_at?: string | null;
  /** ISO 8601 timestamp at which to schedule a future unpublish of the article. Setting `null` cancels a pending unpublish schedule. Timestamps in the past or equal to the current time are rejected with 400 `parameter_invalid` — the value must be strictly in the future. Rejected with 400 `parameter_invalid` if the article has never been published. Sending in the same request as `scheduled_publish_at` returns 400 — only one pending schedule per article. Empty string returns 400 `parameter_invalid`. */
  scheduled_unpublish_at?: string | null;
} | null;

/**
 * Create Internal Article Request Payload
 *
 * You can create an Internal Article
 */
export type CreateInternalArticleRequest = {
  /** The title of the article. */
  title: string;
  /** The content of the article in HTML. Mutually exclusive with `body_markdown`. */
  body?: string;
  /** The content of the article in markdown. An alternative to `body` — you can provide content as markdown instead of HTML. Mutually exclusive with `body`. */
  body_markdown?: string;
  /** The id of the author of the article. */
  author_id: number;
  /** The id of the owner of the article. */
  owner_id: number;
  /** The list of audience IDs to target this internal article to for Fin AI Agent. Pass an empty array or omit the field for no audience targeting. Unknown audience IDs return a `404` error with no partial commit. */
  audience_ids?: number[] | null;
  /**
   * Whether the internal article should be available for AI Chatbot (Fin). Defaults to false.
   * @default false
   */
  ai_chatbot_availability?: boolean;
  /**
   * Whether the internal article should be available for AI Copilot. Defaults to false.
   * @default false
   */
  ai_copilot_availability?: boolean;
  /**
   * Whether the internal article should be available for AI Sales Agent. Defaults to false.
   * @default false
   */
  ai_sales_agent_availability?: boolean;
} | null;

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
  /** Whether the contact's email address has been verified. Set to true to indicate you have verified the contact owns this email address, or false to mark it as unverified. Must be supplied together with an email in the same request; sending it without an email returns a 400. */
  email_verified?: boolean | null;
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
  owner_id?: string | null;
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
 * Create Content Import Source Payload
 *
 * You can add an Content Import Source to your Fin Content Library.
 */
export interface CreateContentImportSourceRequest {
  /** If you intend to create or update External Pages via the API, this should be set to `api`. */
  sync_behavior: "api";
  /**
   * The status of the content import source.
   * @default "active"
   */
  status?: "active" | "deactivated";
  /** The URL of the content import source. */
  url: string;
  /** The unique identifiers for the audiences to associate with this content import source. Can be a single integer or an array of integers. */
  audience_ids?: number | number[] | null;
}

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
  /** The unique identifier of the brand to associate with this conversation. */
  brand_id?: string;
}

/** Create Data Attribute Request */
export type CreateDataAttributeRequest = {
  /** The name of the data attribute. */
  name: string;
  /** The model that the data attribute belongs to. */
  model: "contact" | "company";
  /** The readable description you see in the UI for the attribute. */
  description?: string;
  /** Can this attribute be updated by the Messenger */
  messenger_writable?: boolean;
  /** The type of data stored for this attribute. */
  data_type: "options" | "string" | "integer" | "float" | "boolean" | "datetime" | "date";
} & (
  | {
      data_type?: "options";
      /** Array of objects representing the options of the list, with `value` as the key and the option as the value. At least two options are required. */
      options: Array<{
        value?: string;
      }>;
    }
  | {
      data_type?: "string" | "integer" | "float" | "boolean" | "datetime" | "date";
    }
);

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
 * Create External Page Payload
 *
 * You can add an External Page to your Fin Content Library.
 */
export interface CreateExternalPageRequest {
  /** The title of the external page. */
  title: string;
  /** The body of the external page in HTML. */
  html: string;
  /** The URL of the external page. This will be used by Fin to link end users to the page it based its answer on. When a URL is not present, Fin will not reference the source. */
  url?: string;
  /**
   * Whether the external page should be used to answer questions by AI Agent. Will not default when updating an existing external page.
   * @default false
   */
  ai_agent_availability?: boolean;
  /**
   * Whether the external page should be used to answer questions by AI Copilot. Will not default when updating an existing external page.
   * @default false
   */
  ai_copilot_availability?: boolean;
  /**
   * Always en
   * @default "en"
   */
  locale: "en";
  /** The unique identifier for the source of the external page which was given by Intercom. Every external page must be associated with a Content Import Source which represents the place it comes from and from which it inherits a default audience (configured in the UI). For a new source, make a POST request to the Content Import Source endpoint and an ID for the source will be returned in the response. */
  source_id: number;
  /** The identifier for the external page which was given by the source. Must be unique for the source. */
  external_id: string;
}

/**
 * Create Message Request Payload
 *
 * You can create a message
 */
export type CreateMessageRequest =
  | ({
      /** The kind of message being created. Values: `in_app`, `email` or `whatsapp`. */
      message_type?: "in_app" | "email" | "whatsapp";
      /** The title of the email. */
      subject?: string;
      /** The content of the message. HTML and plaintext are supported. */
      body?: string;
      /** The style of the outgoing message. Possible values `plain` or `personal`. */
      template?: string;
      /** The sender of the message. If not provided, the default sender will be used. */
      from?: {
        /** Always `admin`. */
        type: "admin";
        /** The identifier for the admin which is given by Intercom. */
        id: number;
      };
      to?: Recipient | Recipient[];
      cc?: Recipient | Recipient[];
      bcc?: Recipient | Recipient[];
      /** The time the message was created. If not provided, the current time will be used. */
      created_at?: number;
      /**
       * Whether a conversation should be opened in the inbox for the message without the contact replying. Defaults to false if not provided.
       * @default false
       */
      create_conversation_without_contact_reply?: boolean;
    } & (
      | {
          message_type: "in_app" | "email" | "whatsapp";
          subject: string;
          body: string;
          template: string;
          from: {
            /** Always `admin`. */
            type: "admin";
            /** The identifier for the admin which is given by Intercom. */
            id: number;
          };
          to: Recipient | Recipient[];
        }
      | {
          message_type: "in_app" | "email" | "whatsapp";
          body: string;
          from: {
            /** Always `admin`. */
            type: "admin";
            /** The identifier for the admin which is given by Intercom. */
            id: number;
          };
          to: Recipient | Recipient[];
        }
      | {
          message_type: "in_app" | "email" | "whatsapp";
          template: string;
          from: {
            /** Always `admin`. */
            type: "admin";
            /** The identifier for the admin which is given by Intercom. */
            id: number;
          };
          to: Recipient | Recipient[];
        }
    ))
  | null;

/**
 * Recipient
 *
 * A recipient of a message
 */
export interface Recipient {
  /** The role associated to the contact - `user` or `lead`. */
  type: "user" | "lead";
  /** The identifier for the contact which is given by Intercom. */
  id: string;
}

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
 * Create Or Update Custom Object Instance Request Payload
 *
 * Payload to create or update a Custom Object instance
 */
export interface CreateOrUpdateCustomObjectInstanceRequest {
  /** A unique identifier for the Custom Object instance in the external system it originated from. */
  external_id?: string;
  /**
   * The time when the Custom Object instance was created in the external system it originated from.
   *
   * Unix timestamp in seconds.
   */
  external_created_at?: number | null;
  /**
   * The time when the Custom Object instance was last updated in the external system it originated from.
   *
   * Unix timestamp in seconds.
   */
  external_updated_at?: number | null;
  /** The custom attributes which are set for the Custom Object instance. */
  custom_attributes?: {
    [key: string]: string | number | boolean | null;
  } | null;
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
export type CreatePhoneSwitchRequest = {
  /** Phone number in E.164 format, that will receive the SMS to continue the conversation in the Messenger. */
  phone: string;
  custom_attributes?: CustomAttributes;
} | null;

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
  /**
   * The ID of the conversation you want to link to the ticket. Here are the valid ways of linking two tickets:
   * - conversation | back-office ticket
   * - customer tickets | non-shared back-office ticket
   * - conversation | tracker ticket
   * - customer ticket | tracker ticket
   */
  conversation_to_link_id?: string;
  /** The ID of the company that the ticket is associated with. The unique identifier for the company which is given by Intercom */
  company_id?: string;
  /** The time the ticket was created. If not provided, the current time will be used. */
  created_at?: number;
  ticket_attributes?: TicketRequestCustomAttributes;
  assignment?: {
    /** The ID of the admin to which the ticket is assigned. If not provided, the ticket will be unassigned. */
    admin_assignee_id?: string;
    /** The ID of the team to which the ticket is assigned. If not provided, the ticket will be unassigned. */
    team_assignee_id?: string;
  };
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
export type CreateTicketTypeRequest = {
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
 * Call
 *
 * Represents a phone call in Intercom
 */
export interface Call {
  /** String representing the object's type. Always has the value `call`. */
  type?: string;
  /** The id of the call. */
  id?: string;
  /** The id of the conversation associated with the call, if any. */
  conversation_id?: string | null;
  /** The id of the admin associated with the call, if any. */
  admin_id?: string | null;
  /** The id of the contact associated with the call, if any. */
  contact_id?: string | null;
  /** The current state of the call. */
  state?: string;
  initiated_at?: Datetime;
  answered_at?: Datetime;
  ended_at?: Datetime;
  created_at?: Datetime;
  updated_at?: Datetime;
  /** API URL to download or redirect to the call recording if available. */
  recording_url?: string | null;
  /** API URL to download or redirect to the call transcript if available. */
  transcription_url?: string | null;
  /** The type of call. */
  call_type?: string;
  /** The direction of the call. */
  direction?: string;
  /** The reason for the call end, if applicable. */
  ended_reason?: string | null;
  /** The phone number involved in the call, in E.164 format. */
  phone?: string | null;
  /** API URL to the AI Agent (Fin) call recording if available. */
  fin_recording_url?: string | null;
  /** API URL to the AI Agent (Fin) call transcript if available. */
  fin_transcription_url?: string | null;
}

/**
 * Calls
 *
 * A paginated list of calls.
 */
export interface CallList {
  /** String representing the object's type. Always has the value `list`. */
  type?: string;
  /** A list of calls. */
  data?: Call[];
  /** Total number of items available. */
  total_count?: number;
  pages?: CursorPages;
}

/**
 * Custom Attributes
 *
 * An object containing the different custom attributes associated to the conversation as key-value pairs. For relationship attributes the value will be a list of custom object instance models. System-defined attributes such as "CX Score rating" and "CX Score explanation" may also be included.
 */
export interface CustomAttributes {
  [key: string]: string | number | boolean | Datetime | CustomObjectInstanceList | string[];
}

/**
 * Custom Object Instance
 *
 * A Custom Object Instance represents an instance of a custom object type. This allows you to create and set custom attributes to store data about your customers that is not already captured by Intercom. The parent object includes recommended default attributes and you can add your own custom attributes.
 */
export type CustomObjectInstance = {
  /** The Intercom defined id representing the custom object instance. */
  id?: string;
  /** The id you have defined for the custom object instance. */
  external_id?: string;
  /**
   * The time when the Custom Object instance was created in the external system it originated from.
   *
   * Unix timestamp in seconds.
   */
  external_created_at?: number | null;
  /**
   * The time when the Custom Object instance was last updated in the external system it originated from.
   *
   * Unix timestamp in seconds.
   */
  external_updated_at?: number | null;
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
  /** The identifier of the custom object type that defines the structure of the custom object instance. */
  type?: string;
  /** The custom attributes you have set on the custom object instance. */
  custom_attributes?: {
    [key: string]: string | number | boolean | null;
  };
} | null;

/**
 * Custom Object Instance Deleted
 *
 * deleted custom object instance object
 */
export interface CustomObjectInstanceDeleted {
  /** The unique identifier of the Custom Object type that defines the structure of the Custom Object instance. */
  object?: string;
  /** The Intercom defined id representing the Custom Object instance. */
  id?: string;
  /** Whether the Custom Object instance is deleted or not. */
  deleted?: boolean;
}

/**
 * Custom Object Instances
 *
 * The list of associated custom object instances for a given reference attribute on the parent object.
 */
export interface CustomObjectInstanceList {
  type?: string;
  /** The list of associated custom object instances for a given reference attribute on the parent object. */
  instances?: CustomObjectInstance[];
}

/**
 * Custom Object Instances
 *
 * A paginated list of custom object instances.
 */
export interface CustomObjectInstancesPaginatedList {
  /** The type of the object - `list`. */
  type?: "list";
  pages?: PagesLink;
  /** A count of the total number of custom object instances. */
  total_count?: number;
  /** An array of Custom Object Instance objects. */
  data?: CustomObjectInstance[];
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
    }
  | null;

/** Data Attributes are metadata used to describe your contact and company models. These include standard and custom attributes. By using the data attributes endpoint, you can get the global list of attributes for your workspace, as well as create and archive custom attributes. */
export interface DataAttribute {
  /** Value is `data_attribute`. */
  type?: "data_attribute";
  /** The unique identifier for the data attribute which is given by Intercom. Only available for custom attributes. */
  id?: number;
  /** Value is `contact` for user/lead attributes and `company` for company attributes. */
  model?: "contact" | "company";
  /** Name of the attribute. */
  name?: string;
  /** Full name of the attribute. Should match the name unless it's a nested attribute. We can split full_name on `.` to access nested user object values. */
  full_name?: string;
  /** Readable name of the attribute (i.e. name you see in the UI) */
  label?: string;
  /** Readable description of the attribute. */
  description?: string;
  /** The data type of the attribute. */
  data_type?: "string" | "integer" | "float" | "boolean" | "date";
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
 * A list of all data attributes belonging to a workspace for contacts or companies.
 */
export interface DataAttributeList {
  /** The type of the object */
  type?: "list";
  /** A list of data attributes */
  data?: DataAttribute[];
}

/** Conversation Attribute Base */
export interface ConversationAttributeBase {
  /** Value is `conversation_attribute`. */
  type?: "conversation_attribute";
  /** The unique identifier for the conversation attribute. */
  id?: number;
  /** Name of the attribute. */
  name?: string;
  /** Readable description of the attribute. */
  description?: string;
  /** The data type of the attribute. Allowed types: string, integer, list, decimal, boolean, datetime, relationship, files. */
  data_type?: "string" | "integer" | "list" | "decimal" | "boolean" | "datetime" | "relationship" | "files";
  /** Whether this attribute is required. */
  required?: boolean;
  /** Team IDs that can see this attribute. Empty array means all teams. */
  visible_to_team_ids?: string[];
  /** Whether this attribute is archived. */
  archived?: boolean;
  /**
   * The time the attribute was created as a UTC Unix timestamp.
   *
   * Unix timestamp in seconds.
   */
  created_at?: number;
  /**
   * The time the attribute was last updated as a UTC Unix timestamp.
   *
   * Unix timestamp in seconds.
   */
  updated_at?: number;
  /** ID of the admin who created the attribute. */
  admin_id?: string;
}

/** Conversation Attribute (String) */
export type ConversationAttributeStringType = ConversationAttributeBase & {
  data_type?: "string";
  /** Whether this string attribute is multiline. */
  multiline?: boolean;
};

/** Conversation Attribute (Integer) */
export type ConversationAttributeIntegerType = ConversationAttributeBase & {
  data_type?: "integer";
};

/** Conversation Attribute (List) */
export type ConversationAttributeListType = ConversationAttributeBase & {
  data_type?: "list";
  /** Predefined options for this attribute. Each option has a unique UUID used to identify it in the options management endpoints. */
  options?: ConversationAttributeOption[];
};

/** Conversation Attribute (Decimal) */
export type ConversationAttributeDecimalType = ConversationAttributeBase & {
  data_type?: "decimal";
};

/** Conversation Attribute (Boolean) */
export type ConversationAttributeBooleanType = ConversationAttributeBase & {
  data_type?: "boolean";
};

/** Conversation Attribute (Datetime) */
export type ConversationAttributeDatetimeType = ConversationAttributeBase & {
  data_type?: "datetime";
};

/** Conversation Attribute (Relationship) */
export type ConversationAttributeRelationshipType = ConversationAttributeBase & {
  data_type?: "relationship";
  /** Reference configuration for related objects. */
  reference?: {
    /** The cardinality of the relationship: `one` or `many`. */
    type?: "one" | "many";
    /** The ID of the related custom object type. */
    object_type_id?: string;
  };
};

/** Conversation Attribute (Files) */
export type ConversationAttributeFilesType = ConversationAttributeBase & {
  data_type?: "files";
};

/** Conversation Attributes represent custom metadata fields for conversations. They support type-specific properties: strings (multiline), lists (options), and relationships (reference). */
export type ConversationAttribute =
  | (ConversationAttributeStringType & {
      data_type: "string";
    })
  | (ConversationAttributeIntegerType & {
      data_type: "integer";
    })
  | (ConversationAttributeListType & {
      data_type: "list";
    })
  | (ConversationAttributeDecimalType & {
      data_type: "decimal";
    })
  | (ConversationAttributeBooleanType & {
      data_type: "boolean";
    })
  | (ConversationAttributeDatetimeType & {
      data_type: "datetime";
    })
  | (ConversationAttributeRelationshipType & {
      data_type: "relationship";
    })
  | (ConversationAttributeFilesType & {
      data_type: "files";
    });

/**
 * Conversation Attribute List
 *
 * A list of all conversation attributes belonging to a workspace.
 */
export interface ConversationAttributeList {
  /** The type of the object. */
  type?: "list";
  /** A list of conversation attributes. */
  data?: ConversationAttribute[];
}

/**
 * Conversation Attribute Option
 *
 * A single option on a list-type conversation attribute.
 */
export interface ConversationAttributeOption {
  /** The unique UUID identifier for this option. Use this value as `option_id` in the options management endpoints. */
  id?: string;
  /** The display label for the option. */
  label?: string;
  /** Whether this option is archived (soft-deleted). */
  archived?: boolean;
}

/**
 * Create Conversation Attribute Option Request
 *
 * Payload for adding a new option to a list-type conversation attribute.
 */
export interface CreateConversationAttributeOptionRequest {
  /** The label for the new option. */
  label: string;
}

/**
 * Update Conversation Attribute Option Request
 *
 * Payload for renaming a list option on a conversation attribute.
 */
export interface UpdateConversationAttributeOptionRequest {
  /** The updated label for the option. */
  label: string;
}

/** Create Conversation Attribute Request Base */
export interface CreateConversationAttributeRequestBase {
  /** Name of the attribute. */
  name: string;
  /** Readable description of the attribute. */
  description?: string;
  /** The data type of the attribute. Allowed types: string, integer, list, decimal, boolean, datetime, relationship, files. */
  data_type: "string" | "integer" | "list" | "decimal" | "boolean" | "datetime" | "relationship" | "files";
  /** Whether this attribute is required. */
  required?: boolean;
  /** Team IDs that can see this attribute. Empty array means all teams. */
  visible_to_team_ids?: string[];
}

/** Create Conversation Attribute Request (String) */
export type CreateConversationAttributeStringRequest = CreateConversationAttributeRequestBase & {
  data_type?: "string";
  /** Whether this string attribute is multiline. */
  multiline?: boolean;
};

/** Create Conversation Attribute Request (Integer) */
export type CreateConversationAttributeIntegerRequest = CreateConversationAttributeRequestBase & {
  data_type?: "integer";
};

/** Create Conversation Attribute Request (List) */
export type CreateConversationAttributeListRequest = CreateConversationAttributeRequestBase & {
  data_type?: "list";
  /** Initial options for this list attribute. Each option must have a `label`. */
  options?: CreateConversationAttributeOptionRequest[];
};

/** Create Conversation Attribute Request (Decimal) */
export type CreateConversationAttributeDecimalRequest = CreateConversationAttributeRequestBase & {
  data_type?: "decimal";
};

/** Create Conversation Attribute Request (Boolean) */
export type CreateConversationAttributeBooleanRequest = CreateConversationAttributeRequestBase & {
  data_type?: "boolean";
};

/** Create Conversation Attribute Request (Datetime) */
export type CreateConversationAttributeDatetimeRequest = CreateConversationAttributeRequestBase & {
  data_type?: "datetime";
};

/** Create Conversation Attribute Request (Relationship) */
export type CreateConversationAttributeRelationshipRequest = CreateConversationAttributeRequestBase & {
  data_type?: "relationship";
  /** Reference configuration for related objects. */
  reference?: {
    /** The cardinality of the relationship: `one` or `many`. */
    type: "one" | "many";
    /** The ID of the related custom object type. */
    object_type_id?: string;
  };
};

/** Create Conversation Attribute Request (Files) */
export type CreateConversationAttributeFilesRequest = CreateConversationAttributeRequestBase & {
  data_type?: "files";
};

/**
 * Create Conversation Attribute Request
 *
 * Payload for creating a new conversation attribute.
 */
export type CreateConversationAttributeRequest =
  | (CreateConversationAttributeStringRequest & {
      data_type: "string";
    })
  | (CreateConversationAttributeIntegerRequest & {
      data_type: "integer";
    })
  | (CreateConversationAttributeListRequest & {
      data_type: "list";
    })
  | (CreateConversationAttributeDecimalRequest & {
      data_type: "decimal";
    })
  | (CreateConversationAttributeBooleanRequest & {
      data_type: "boolean";
    })
  | (CreateConversationAttributeDatetimeRequest & {
      data_type: "datetime";
    })
  | (CreateConversationAttributeRelationshipRequest & {
      data_type: "relationship";
    })
  | (CreateConversationAttributeFilesRequest & {
      data_type: "files";
    });

/**
 * Update Conversation Attribute Request
 *
 * Payload for updating a conversation attribute.
 */
export interface UpdateConversationAttributeRequest {
  /** Name of the attribute. */
  name?: string;
  /** Readable description of the attribute. */
  description?: string;
  /** (String data type only) Whether this string attribute is multiline. */
  multiline?: boolean;
  /** Whether this attribute is required. */
  required?: boolean;
  /** Team IDs that can see this attribute. Empty array means all teams. */
  visible_to_team_ids?: string[];
  /** (Relationship data type only) Reference configuration for related objects. */
  reference?: {
    /** The cardinality of the relationship: `one` or `many`. */
    type: "one" | "many";
    /** The ID of the related custom object type. */
    object_type_id?: string;
  };
}

/**
 * Create Data Connector Request
 *
 * You can create a data connector by providing the required parameters.
 */
export interface CreateDataConnectorRequest {
  /** The name of the data connector. */
  name: string;
  /** A description of what this data connector does. */
  description?: string;
  /** The HTTP method used when calling the external API. */
  http_method?: "get" | "post" | "put" | "delete" | "patch";
  /** The URL of the external API endpoint. Supports template variables like `{{order_id}}`. */
  url?: string;
  /** The request body template. Supports template variables. */
  body?: string;
  /** Whether the connector is used directly by Fin (true) or only in workflows (false). Defaults to false. */
  direct_fin_usage?: boolean;
  /** The user types this connector is available for. */
  audiences?: Array<"leads" | "users" | "visitors">;
  /** HTTP headers to include in the request. */
  headers?: Array<{
    /** The header name. */
    name?: string;
    /** The header value. Supports template variables. */
    value?: string;
  }>;
  /** Input parameters accepted by the connector. */
  data_inputs?: Array<{
    /** The parameter name. */
    name?: string;
    /** The parameter type. */
    type?: "string" | "integer" | "decimal" | "boolean";
    /** A description of the parameter. */
    description?: string;
    /** Whether the parameter is required. */
    required?: boolean;
    /** The default value for the parameter. Defaults to an empty string if omitted. */
    default_value?: string;
  }>;
  /** Whether the connector requires customer authentication before executing. Defaults to false. */
  customer_authentication?: boolean;
  /** Whether authentication is bypassed entirely (public endpoint). Defaults to false. */
  bypass_authentication?: boolean;
  /** Whether to validate that all required data inputs have values before executing. */
  validate_missing_attributes?: boolean;
  /** A sample JSON response from the external API. Auto-generates `response_fields` and sets `configuration_response_type` to `mock_response_type`. */
  mock_response?: {
    [key: string]: unknown;
  };
  /** IDs of authentication tokens to attach to this data connector. */
  token_ids?: string[];
}

/**
 * Update Data Connector Request
 *
 * Update an existing data connector. All fields are optional — only provided fields will be updated. Set `state` to `live` or `draft` to change the connector's state.
 */
export interface UpdateDataConnectorRequest {
  /** The name of the data connector. */
  name?: string;
  /** A description of what this data connector does. */
  description?: string;
  /** The desired state of the connector. */
  state?: "draft" | "live";
  /** The HTTP method used by the data connector. */
  http_method?: "get" | "post" | "put" | "delete" | "patch";
  /** The URL of the external API endpoint. Supports template variables like `{{order_id}}`. */
  url?: string;
  /** The request body template. Supports template variables. */
  body?: string;
  /** Whether this connector is used directly by Fin. */
  direct_fin_usage?: boolean;
  /** The audience types this connector targets. */
  audiences?: Array<"leads" | "users" | "visitors">;
  /** HTTP headers to include in the request. */
  headers?: Array<{
    /** The header name. */
    name?: string;
    /** The header value. Supports template variables. */
    value?: string;
  }>;
  /** The input parameters accepted by this data connector. Replaces all existing inputs. */
  data_inputs?: Array<{
    /** The name of the input parameter. */
    name?: string;
    /** The data type of the input. */
    type?: "string" | "integer" | "decimal" | "boolean";
    /** A description of the input parameter. Required for each input. */
    description?: string;
    /** Whether this input is required. */
    required?: boolean;
    /** The default value for this input, if any. */
    default_value?: string;
  }>;
  /** Whether OTP authentication is enabled for this connector. */
  customer_authentication?: boolean;
  /** Whether authentication is bypassed for this connector. */
  bypass_authentication?: boolean;
  /** Whether to validate missing attributes before execution. */
  validate_missing_attributes?: boolean;
  /** A sample JSON response from the external API. Auto-generates `response_fields` and sets `configuration_response_type` to `mock_response_type`. */
  mock_response?: {
    [key: string]: unknown;
  };
  /** IDs of authentication tokens to attach to this data connector. An empty array removes all tokens. */
  token_ids?: string[];
}

/**
 * Data Connector
 *
 * A data connector allows you to make HTTP requests to external APIs from Intercom workflows and AI agents.
 */
export interface DataConnector {
  /** The type of object - `data_connector`. */
  type?: "data_connector";
  /** The unique identifier for the data connector. */
  id?: string;
  /** The name of the data connector. */
  name?: string;
  /** A description of what this data connector does. */
  description?: string | null;
  /** The current state of the data connector. */
  state?: "draft" | "live";
  /** The HTTP method used by the data connector. */
  http_method?: "get" | "post" | "put" | "delete" | "patch";
  /** Whether this data connector is assigned to Fin for direct usage. */
  direct_fin_usage?: boolean;
  /** The ID of the admin who created this data connector. */
  created_by_admin_id?: string;
  /** The ID of the admin who last updated this data connector. */
  updated_by_admin_id?: string;
  /** The time the data connector was created. */
  created_at?: string;
  /** The time the data connector was last updated. */
  updated_at?: string;
  /** The URL path to fetch execution results for this connector. */
  execution_results_url?: string;
}

/**
 * Data Connector (Detail)
 *
 * Full detail view of a data connector, returned by `GET /data_connectors/{id}`.
 * Includes configuration, data inputs, response fields, and object mappings.
 */
export interface DataConnectorDetail {
  /** The type of object - `data_connector`. */
  type?: "data_connector";
  /** The unique identifier for the data connector. */
  id?: string;
  /** The name of the data connector. */
  name?: string;
  /** A description of what this data connector does. */
  description?: string | null;
  /** The current state of the data connector. */
  state?: "draft" | "live";
  /** The URL of the external API endpoint. Supports template variables like `{{order_id}}`. */
  url?: string | null;
  /** The request body template. Supports template variables. */
  body?: string;
  /** HTTP headers for the request. Header values are always redacted as `"****"` in responses. */
  headers?: Array<{
    /** The header name. */
    name?: string;
    /** Always `"****"` in responses. */
    value?: string;
  }>;
  /** The HTTP method used by the data connector. */
  http_method?: "get" | "post" | "put" | "delete" | "patch";
  /** Whether this connector is used directly by Fin. */
  direct_fin_usage?: boolean;
  /** The audience types this connector targets. */
  audiences?: Array<"users" | "leads" | "visitors">;
  /** How the connector executes. */
  execution_type?: "server_side" | "client_side" | null;
  /** The expected response format from the connector. */
  configuration_response_type?: "test_response_type" | "mock_response_type" | null;
  /** The type of data transformation applied to the response. */
  data_transformation_type?: "full_access" | "redacted_access" | "code_block_transformation" | null;
  /** The name of the client-side function, if applicable. */
  client_function_name?: string | null;
  /** Timeout in milliseconds for the client function, if applicable. */
  client_function_timeout_ms?: number | null;
  /** The input parameters accepted by this data connector. */
  data_inputs?: Array<{
    /** The name of the input parameter. */
    name?: string;
    /** The data type of the input. */
    type?: "string" | "integer" | "decimal" | "boolean";
    /** A description of the input parameter. */
    description?: string | null;
    /** Whether this input is required. */
    required?: boolean;
    /** The default value for this input, if any. */
    default_value?: string;
  }>;
  /** The fields returned in the connector response. */
  response_fields?: Array<{
    /** The JSON path of the response field. */
    path?: string;
    /** The data type of the response field. */
    type?: "unknown" | "string" | "integer" | "decimal" | "datetime" | "boolean";
    /** An example value for this field. */
    example_value?: unknown;
    /** Whether this field is redacted in logs. */
    redacted?: boolean;
  }>;
  /** Mappings from connector response objects to Intercom objects. */
  object_mappings?: Array<{
    response_object_path?: string;
    intercom_object_type?: "conversation" | "user";
    attribute_mappings?: Array<{
      response_attribute_path?: string;
      intercom_attribute_identifier?: string;
      mapping_type?: "primitive_mapping" | "context_mapping";
    }>;
    reference_mappings?: Array<{
      intercom_object_type?: "conversation" | "user";
      intercom_attribute_identifier?: string;
    }>;
  }>;
  /** IDs of authentication tokens associated with this connector. */
  token_ids?: string[];
  /** Whether OTP authentication is enabled for this connector. */
  customer_authentication?: boolean;
  /** Whether authentication is bypassed for this connector. */
  bypass_authentication?: boolean;
  /** Whether to validate missing attributes before execution. */
  validate_missing_attributes?: boolean | null;
  /** The ID of the admin who created this connector. */
  created_by_admin_id?: string | null;
  /** The ID of the admin who last updated this connector. */
  updated_by_admin_id?: string | null;
  /** The time the data connector was created. */
  created_at?: string;
  /** The time the data connector was last updated. */
  updated_at?: string;
  /** The URL path to fetch execution results for this connector. */
  execution_results_url?: string;
}

/**
 * Data Connector Execution Result
 *
 * An execution result from a data connector HTTP request.
 */
export interface DataConnectorExecutionResult {
  /** The type of object - `data_connector.execution`. */
  type?: "data_connector.execution";
  /** The unique identifier for the execution result. */
  id?: string;
  /** The unique identifier of the data connector that produced this result. */
  data_connector_id?: string;
  /** Whether the execution was successful. */
  success?: boolean;
  /** The HTTP status code returned by the external API. */
  http_status?: number | null;
  /** The HTTP method used for the request. */
  http_method?: "get" | "post" | "put" | "delete" | "patch";
  /** The type of error that occurred, if any. */
  error_type?:
    | "request_configuration_error"
    | "faraday_error"
    | "3rd_party_error"
    | "response_mapping_error"
    | "token_refresh_error"
    | "fin_action_response_formatting_error"
    | "fin_action_identity_verification_error"
    | "email_verification_error"
    | "non_fin_standalone_action_identity_verification_error"
    | "request_validation_error"
    | "client_side_action_error"
    | null;
  /** A human-readable error message. Query parameters, userinfo, and fragments in URLs are redacted. */
  error_message?: string | null;
  /** The execution time in milliseconds. */
  execution_time_ms?: number | null;
  /** The type of source that triggered this execution. */
  source_type?:
    | "custom_bot"
    | "inbound_custom_bot"
    | "button_custom_bot"
    | "answer"
    | "workflow"
    | "saved_reply"
    | "triggerable_custom_bot"
    | "inbox"
    | "fin"
    | null;
  /** The identifier of the source that triggered this execution. */
  source_id?: string | null;
  /** The conversation associated with this execution, if any. */
  conversation_id?: string | null;
  /** The time the execution occurred. */
  created_at?: string;
  /** The request URL. Query parameters, userinfo, and fragments are redacted. */
  request_url?: string | null;
  /** The request body sent to the external API. */
  request_body?: string | null;
  /** The response body from the external API. */
  response_body?: string | null;
  /** The raw (unmapped) response body. */
  raw_response_body?: string | null;
}

/**
 * Data Connector Execution Result List
 *
 * A paginated list of data connector execution results.
 */
export interface DataConnectorExecutionResultList {
  /** The type of object - `list`. */
  type?: "list";
  /** An array of execution result objects. */
  data?: DataConnectorExecutionResult[];
  /** Pagination information. */
  pages?: {
    type?: "pages";
    /** The number of results per page. */
    per_page?: number;
    /** Cursor for the next page of results. */
    next?: {
      /** The cursor value to use for the next page. */
      starting_after?: string;
    } | null;
  };
}

/**
 * Data Connector List
 *
 * A paginated list of data connectors.
 */
export interface DataConnectorList {
  /** The type of object - `list`. */
  type?: "list";
  /** An array of data connector objects. */
  data?: DataConnector[];
  /** Pagination information. */
  pages?: {
    type?: "pages";
    /** The number of results per page. */
    per_page?: number;
    /** Cursor for the next page of results. */
    next?: {
      /** The cursor value to use for the next page. */
      starting_after?: string;
    } | null;
  };
}

/**
 * Deleted Data Connector Object
 *
 * Response returned when a data connector is deleted.
 */
export interface DeletedDataConnectorObject {
  /** The unique identifier for the data connector. */
  id?: string;
  /** The type of object which was deleted. */
  object?: "data_connector";
  /** Whether the data connector was deleted successfully. */
  deleted?: boolean;
}

/**
 * Data Event Summary
 *
 * This will return a summary of data events for the App.
 */
export interface DataEventSummary {
  /** The type of the object */
  type?: "event.summary";
  /** The email address of the user */
  email?: string;
  /** The Intercom user ID of the user */
  intercom_user_id?: string;
  /** The user ID of the user */
  user_id?: string;
  /** A summary of data events */
  events?: DataEventSummaryItem[];
}

/**
 * Data Event Summary Item
 *
 * This will return a summary of a data event for the App.
 */
export type DataEventSummaryItem = {
  /** The name of the event */
  name?: string;
  /** The first time the event was sent */
  first?: string;
  /** The last time the event was sent */
  last?: string;
  /** The number of times the event was sent */
  count?: number;
  /** The description of the event */
  description?: string;
} | null;

/**
 * Data Export
 *
 * The data export API is used to export message delivery and engagement statistics for outbound content (Emails, Posts, Custom Bots, Surveys, Tours, Series, and more) sent in a given timeframe. The exported data includes who received each message, when they received it, and how they engaged with it (opens, clicks, replies, completions, dismissals, unsubscribes, and bounces).
 */
export interface DataExport {
  /** The identifier for your job. */
  job_identifier?: string;
  /** The current state of your job. */
  status?: "pending" | "in_progress" | "failed" | "completed" | "no_data" | "canceled";
  /** The time after which you will not be able to access the data. */
  download_expires_at?: string;
  /** The location where you can download your data. */
  download_url?: string;
}

/**
 * Deleted Article Object
 *
 * Response returned when an object is deleted
 */
export interface DeletedArticleObject {
  /** The unique identifier for the article which you provided in the URL. */
  id?: string;
  /** The type of object which was deleted. - article */
  object?: "article";
  /** Whether the article was deleted successfully or not. */
  deleted?: boolean;
}

/**
 * Deleted Internal Article Object
 *
 * Response returned when an object is deleted
 */
export interface DeletedInternalArticleObject {
  /** The unique identifier for the internal article which you provided in the URL. */
  id?: string;
  /** The type of object which was deleted. - internal_article */
  object?: "internal_article";
  /** Whether the internal article was deleted successfully or not. */
  deleted?: boolean;
}

/**
 * Deleted Collection Object
 *
 * Response returned when an object is deleted
 */
export interface DeletedCollectionObject {
  /** The unique identifier for the collection which you provided in the URL. */
  id?: string;
  /** The type of object which was deleted. - `collection` */
  object?: "collection";
  /** Whether the collection was deleted successfully or not. */
  deleted?: boolean;
}

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
 * Deleted Object
 *
 * Response returned when an object is deleted
 */
export interface DeletedObject {
  /** The unique identifier for the news item which you provided in the URL. */
  id?: string;
  /** The type of object which was deleted - news-item. */
  object?: "news-item";
  /** Whether the news item was deleted successfully or not. */
  deleted?: boolean;
}

export interface DetachContactFromConversationRequest {
  /** The `id` of the admin who is performing the action. */
  admin_id: string;
}

/**
 * Email Address Header
 *
 * Contains data for an email address header for a conversation part that was sent as an email.
 */
export interface EmailAddressHeader {
  /** The type of email address header */
  type?: string;
  /** The email address */
  email_address?: string;
  /** The name associated with the email address */
  name?: string | null;
}

/**
 * Email Message Metadata
 *
 * Contains metadata if the message was sent as an email
 */
export interface EmailMessageMetadata {
  /** The subject of the email */
  subject?: string;
  /** A list of an email address headers. */
  email_address_headers?: EmailAddressHeader[];
  /** The unique identifier for the email message as specified in the Message-ID header */
  message_id?: string | null;
}

/**
 * Email Setting
 *
 * Represents a sender email address configuration
 */
export interface EmailSetting {
  /** The type of object */
  type?: string;
  /** Unique email setting identifier */
  id?: string;
  /** Full sender email address */
  email?: string;
  /** Whether the email address has been verified */
  verified?: boolean;
  /** Domain portion of the email address */
  domain?: string;
  /** Associated brand identifier */
  brand_id?: string;
  /** Whether email forwarding is active */
  forwarding_enabled?: boolean;
  /**
   * Unix timestamp of last forwarded email received (null if never)
   *
   * Unix timestamp in seconds.
   */
  forwarded_email_last_received_at?: number | null;
  /**
   * Unix timestamp of creation
   *
   * Unix timestamp in seconds.
   */
  created_at?: number;
  /**
   * Unix timestamp of last modification
   *
   * Unix timestamp in seconds.
   */
  updated_at?: number;
}

/**
 * Email List
 *
 * A list of email settings
 */
export interface EmailList {
  /** The type of object */
  type?: string;
  data?: EmailSetting[];
}

/**
 * Part type - conversation_attribute_updated_by_workflow
 *
 * Contains details about the workflow that was triggered and any Custom Data Attributes (CDAs) that were modified during the workflow execution for conversation part type <code>conversation_attribute_updated_by_workflow</code>.
 */
export interface ConversationAttributeUpdatedByWorkflow {
  workflow?: {
    /** Name of the workflow */
    name?: string;
  };
  attribute?: {
    /** Name of the CDA updated */
    name?: string;
  };
  value?: {
    /** Value of the CDA updated */
    name?: string;
  };
}

/**
 * Part type - conversation_attribute_updated_by_admin
 *
 * Contains details about Custom Data Attributes (CDAs) that were modified by an admin (operator) for conversation part type <code>conversation_attribute_updated_by_admin</code>.
 */
export interface ConversationAttributeUpdatedByAdmin {
  attribute?: {
    /** Name of the CDA updated */
    name?: string;
  };
  value?: {
    /** Current value of the CDA updated */
    name?: string;
    /** Previous value of the CDA */
    previous?: string | null;
  };
}

/**
 * Part type - conversation_attribute_updated_by_user
 *
 * Contains details about Custom Data Attributes (CDAs) that were modified by a user for conversation part type <code>conversation_attribute_updated_by_user</code>.
 */
export interface ConversationAttributeUpdatedByUser {
  attribute?: {
    /** Name of the CDA updated */
    name?: string;
  };
  value?: {
    /** Current value of the CDA updated */
    name?: string;
    /** Previous value of the CDA (null for older events) */
    previous?: string | null;
  };
}

/**
 * Part type - custom_action_started
 *
 * Contains details about name of the action that was initiated for conversation part type <code>custom_action_started</code>.
 */
export interface CustomActionStarted {
  action?: {
    /** Name of the action */
    name?: string;
  };
}

/**
 * Part type - custom_action_finished
 *
 * Contains details about final status of the completed action for conversation part type <code>custom_action_finished</code>.
 */
export interface CustomActionFinished {
  action?: {
    /** Name of the action */
    name?: string;
    /** Status of the action */
    result?: "success" | "failed";
  };
}

/**
 * Part type - operator_workflow_event
 *
 * Contains details about name of the workflow for conversation part type <code>operator_workflow_event</code>.
 */
export interface OperatorWorkflowEvent {
  workflow?: {
    /** The name of the workflow */
    name?: string;
  };
  event?: {
    /** Type of the workflow event initiated */
    type?: string;
    /** Result of the workflow event */
    result?: string;
  };
}

/** Event details of Workflow & actions */
export type EventDetails =
  | ConversationAttributeUpdatedByWorkflow
  | ConversationAttributeUpdatedByAdmin
  | ConversationAttributeUpdatedByUser
  | CustomActionStarted
  | CustomActionFinished
  | OperatorWorkflowEvent;

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
  errors?: Array<{
    /** A string indicating the kind of error, used to further qualify the HTTP response code */
    code: string;
    /** Optional. Human readable description of the error. */
    message?: string | null;
    /** Optional. Used to identify a particular field or query parameter that was in error. */
    field?: string | null;
  }>;
}

/**
 * External Page
 *
 * External pages that you have added to your Fin Content Library.
 */
export interface ExternalPage {
  /**
   * Always external_page
   * @default "external_page"
   */
  type: "external_page";
  /** The unique identifier for the external page which is given by Intercom. */
  id: string;
  /** The title of the external page. */
  title: string;
  /** The body of the external page in HTML. */
  html: string;
  /** The URL of the external page. This will be used by Fin to link end users to the page it based its answer on. */
  url?: string;
  /** Whether the external page should be used to answer questions by AI Agent. */
  ai_agent_availability: boolean;
  /** Whether the external page should be used to answer questions by AI Copilot. */
  ai_copilot_availability: boolean;
  /** Whether the external page should be used to answer questions by AI Sales Agent. */
  ai_sales_agent_availability?: boolean;
  /** Deprecated. Use ai_agent_availability and ai_copilot_availability instead. */
  fin_availability?: boolean;
  /**
   * Always en
   * @default "en"
   */
  locale: "en";
  /** The unique identifier for the source of the external page which was given by Intercom. Every external page must be associated with a Content Import Source which represents the place it comes from and from which it inherits a default audience (configured in the UI). For a new source, make a POST request to the Content Import Source endpoint and an ID for the source will be returned in the response. */
  source_id: number;
  /** The identifier for the external page which was given by the source. Must be unique for the source. */
  external_id: string;
  /**
   * The time when the external page was created.
   *
   * Unix timestamp in seconds.
   */
  created_at: number;
  /**
   * The time when the external page was last updated.
   *
   * Unix timestamp in seconds.
   */
  updated_at: number;
  /**
   * The time when the external page was last ingested.
   *
   * Unix timestamp in seconds.
   */
  last_ingested_at: number;
}

/**
 * External Pages
 *
 * This will return a list of external pages for the App.
 */
export interface ExternalPagesList {
  /** The type of the object - `list`. */
  type?: "list";
  pages?: PagesLink;
  /** A count of the total number of external pages. */
  total_count?: number;
  /** An array of External Page objects */
  data?: ExternalPage[];
}

/**
 * Fin Agent Message
 *
 * A message exchanged within a Fin Agent conversation.
 */
export interface FinAgentMessage {
  /** The author that created the message. */
  author: "user" | "agent" | "fin";
  /**
   * The body of the message. Accepts both plain text and HTML format.
   * When sending a message to Fin, this should contain the user's message.
   * Fin's response will be returned as HTML.
   */
  body: string;
  /**
   * The timestamp when the message was created.
   * Used to deduplicate messages sent within a 5 minute window.
   * Ideally should include milliseconds for higher precision.
   */
  timestamp: string;
  /**
   * The timestamp when the message was created, with millisecond precision.
   * Only present in webhook event responses (fin_replied).
   */
  timestamp_ms?: string;
}

/**
 * Fin Agent User
 *
 * A user object representing the user in a Fin Agent conversation.
 */
export interface FinAgentUser {
  /**
   * The ID of the user. This value will be used to uniquely identify the user
   * during a conversation with Fin. Maps to the user_id field on the Intercom User object.
   */
  id: string;
  /** The name of the user. */
  name?: string;
  /** The email of the user. */
  email?: string;
  /**
   * A hash of attributes associated with the user.
   * Attributes can be used by Fin to target content and responses.
   * Limit to 10 attributes.
   */
  attributes?: {
    [key: string]: unknown;
  };
}

/**
 * Fin Agent Attachment
 *
 * An attachment object representing a file or URL attachment included with a message.
 * Attachments can be used to provide additional context to Fin.
 * Maximum of 10 attachments per request.
 */
export interface FinAgentAttachment {
  /** The type of attachment. */
  type: "url" | "file";
  /** The URL of the attachment. Required when type is 'url'. Must be publicly accessible. */
  url?: string;
  /** The name of the file. Required when type is 'file'. */
  name?: string;
  /** The MIME type of the file. Required when type is 'file'. */
  content_type?: string;
  /** Base64-encoded file data. Required when type is 'file'. */
  data?: string;
}

/**
 * Fin Agent Conversation Metadata
 *
 * Metadata about the conversation, including history and attributes.
 */
export interface FinAgentConversationMetadata {
  /**
   * An array of previous messages in the conversation before Fin is initialized.
   * This data provides context to Fin and helps generate a better answer.
   * Limit to the last 10 messages.
   */
  history?: FinAgentMessage[];
  /**
   * A hash of attributes associated with the conversation.
   * These attributes can be used by Fin to provide more contextual responses.
   * Limit to 10 attributes.
   */
  attributes?: {
    [key: string]: unknown;
  };
}

/**
 * Fin Agent Attribute Errors
 *
 * Contains error details if any user or conversation attribute updates failed.
 */
export interface FinAgentAttributeErrors {
  /** User-related attribute errors. */
  user?: {
    /** Map of user attribute names to error messages. */
    attributes?: {
      [key: string]: string;
    };
  };
  /** Conversation-related attribute errors. */
  conversation?: {
    /** Map of conversation attribute names to error messages. */
    attributes?: {
      [key: string]: string;
    };
  };
}

/**
 * File
 *
 * The value describing a file upload set for a custom attribute
 */
export interface FileAttribute {
  type?: string;
  /** The name of the file */
  name?: string;
  /** The url of the file. This is a temporary URL and will expire after 30 minutes. */
  url?: string;
  /** The type of file */
  content_type?: string;
  /** The size of the file in bytes */
  filesize?: number;
  /** The width of the file in pixels, if applicable */
  width?: number;
  /** The height of the file in pixels, if applicable */
  height?: number;
}

/**
 * Group Content
 *
 * The Content of a Group.
 */
export type GroupContent = {
  /** The type of object - `group_content` . */
  type?: null | "group_content";
  /** The name of the collection or section. */
  name?: string;
  /** The description of the collection. Only available for collections. */
  description?: string;
} | null;

/**
 * Group Translated Content
 *
 * The Translated Content of an Group. The keys are the locale codes and the values are the translated content of the Group.
 */
export type GroupTranslatedContent = {
  /** The type of object - group_translated_content. */
  type?: null | "group_translated_content";
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
} | null;

/**
 * Handling Event
 *
 * A pause or resume event for a conversation
 */
export interface HandlingEvent {
  teammate: TeammateReference;
  /** The type of handling event */
  type: "paused" | "resumed";
  /** ISO8601 timestamp when the event occurred */
  timestamp: string;
  /** Optional reason for the event (e.g., "Paused", "Away") */
  reason?: string | null;
}

/**
 * Handling Event List
 *
 * A list of handling events for a conversation
 */
export interface HandlingEventList {
  /** Array of handling events */
  handling_events?: HandlingEvent[];
}

/**
 * Side Conversation Summary
 *
 * A side conversation with its conversation parts.
 */
export interface SideConversationSummary {
  /** The unique identifier for the side conversation. */
  side_conversation_id?: string;
  /** The conversation parts (messages) in this side conversation. */
  conversation_parts?: ConversationPart[];
  /** The total number of conversation parts in this side conversation. */
  total_count?: number;
}

/**
 * Side Conversation List
 *
 * A paginated list of side conversations for a conversation.
 */
export interface SideConversationList {
  /** The type of the response object. */
  type?: "side_conversation.list";
  /** An array of side conversation objects. */
  side_conversations?: SideConversationSummary[];
  /** The total number of side conversations. */
  total_count?: number;
  /** Pagination metadata. */
  pages?: {
    type?: "pages";
    /** The current page number. */
    page?: number;
    /** The number of results per page. */
    per_page?: number;
    /** The total number of pages. */
    total_pages?: number;
  };
}

/** Help Centers contain collections */
export interface HelpCenter {
  /** The unique identifier for the Help Center which is given by Intercom. */
  id?: string;
  /** The id of the workspace which the Help Center belongs to. */
  workspace_id?: string;
  /**
   * The time when the Help Center was created.
   *
   * Unix timestamp in seconds.
   */
  created_at?: number;
  /**
   * The time when the Help Center was last updated.
   *
   * Unix timestamp in seconds.
   */
  updated_at?: number;
  /** The identifier of the Help Center. This is used in the URL of the Help Center. */
  identifier?: string;
  /** Whether the Help Center is turned on or not. This is controlled in your Help Center settings. */
  website_turned_on?: boolean;
  /** The display name of the Help Center only seen by teammates. */
  display_name?: string;
  /** The URL for the help center, if you have a custom domain then this will show the URL using the custom domain. */
  url?: string;
  /** Custom domain configured for the help center */
  custom_domain?: string | null;
  /** Whether this help center is the default for the workspace. */
  default?: boolean;
  /** The locales in which the help center is available. */
  locales?: string[];
}

/**
 * Help Centers
 *
 * A list of Help Centers belonging to the App
 */
export interface HelpCenterList {
  /** The type of the object - `list`. */
  type?: "list";
  /** An array of Help Center objects */
  data?: HelpCenter[];
}

/** Jobs are tasks that are processed asynchronously by the Intercom system after being enqueued via the API. This allows for efficient handling of operations that may take time to complete, such as data imports or exports. You can check the status of your jobs to monitor their progress and ensure they are completed successfully. */
export interface Jobs {
  /** The type of the object */
  type?: "job";
  /** The id of the job that's currently being processed or has completed. */
  id: string;
  /** API endpoint URL to check the job status. */
  url?: string;
  /** The status of the job execution. */
  status?: "pending" | "success" | "failed";
  /** The type of resource created during job execution. */
  resource_type?: string;
  /** The id of the resource created during job execution (e.g. ticket id) */
  resource_id?: string | null;
  /** The url of the resource created during job exeuction. Use this url to fetch the resource. */
  resource_url?: string | null;
}

/**
 * IP Allowlist
 *
 * IP allowlist settings for the workspace.
 */
export interface IpAllowlist {
  /** String representing the object's type. Always has the value `ip_allowlist`. */
  type?: string;
  /** Whether the IP allowlist is enabled for the workspace. */
  enabled?: boolean;
  /**
   * List of allowed IP addresses and/or IP ranges in CIDR notation.
   * Examples:
   * - Single IP: `192.168.0.1`
   * - IP range: `192.168.0.1/24` (allows 192.168.0.0 - 192.168.0.255)
   */
  ip_allowlist?: string[];
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
 * Linked Object
 *
 * A linked conversation or ticket.
 */
export interface LinkedObject {
  /** ticket or conversation */
  type?: "ticket" | "conversation";
  /** The ID of the linked object */
  id?: string;
  /** Category of the Linked Ticket Object. */
  category?: "Customer" | "Back-office" | "Tracker" | null;
}

/**
 * Linked Objects
 *
 * An object containing metadata about linked conversations and linked tickets. Up to 1000 can be returned.
 */
export interface LinkedObjectList {
  /** Always list. */
  type?: "list";
  /** The total number of linked objects. */
  total_count?: number;
  /** Whether or not there are more linked objects than returned. */
  has_more?: boolean;
  /** An array containing the linked conversations and linked tickets. */
  data?: LinkedObject[];
}

/**
 * Macro
 *
 * A macro is a pre-defined response template (saved reply) that can be used to quickly reply to conversations.
 */
export type Macro = {
  /** String representing the object's type. Always has the value `macro`. */
  type?: "macro";
  /** The unique identifier for the macro. */
  id?: string;
  /** The name of the macro. */
  name?: string;
  /** The body of the macro in HTML format with placeholders transformed to XML-like format. */
  body?: string | null;
  /** The plain text version of the macro body with original Intercom placeholder format. */
  body_text?: string | null;
  /** The time the macro was created in ISO 8601 format. */
  created_at?: string;
  /** The time the macro was last updated in ISO 8601 format. */
  updated_at?: string;
  /** Who can view this macro. */
  visible_to?: "everyone" | "specific_teams";
  /** The team IDs that can view this macro when visible_to is set to specific_teams. */
  visible_to_team_ids?: string[];
  /** Where the macro is available for use. */
  available_on?: Array<"inbox" | "messenger">;
} | null;

/**
 * Macro List
 *
 * A paginated list of macros (saved replies) in the workspace.
 */
export interface MacroList {
  /** Always list */
  type?: "list";
  /** The list of macro objects */
  data?: Macro[];
  /** Pagination information */
  pages?: {
    /** The type of pagination */
    type?: "pages";
    /** Number of results per page */
    per_page?: number;
    /** Cursor for the next page */
    next?: {
      /** Base64-encoded cursor containing [updated_at, id] for pagination */
      starting_after?: string;
    } | null;
  };
}

/** Merge contact data. */
export interface MergeContactsRequest {
  /** The unique identifier for the contact to merge away from. Must be a lead. */
  from: string;
  /** The unique identifier for the contact to merge into. Must be a user. */
  into: string;
  /** Set to `true` to merge two contacts that are not duplicates (they share no matching email or phone). */
  skip_duplicate_validation?: boolean;
}

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
 * Merge History List
 *
 * A paginated list of merge history entries for a contact.
 */
export interface MergeHistoryList {
  /** The type of object. */
  type?: "list";
  /** An array of merge history entries. */
  data?: MergeHistoryItem[];
  /** A cursor to pass as the `cursor` query parameter to fetch the next page of results. Absent when there are no more pages. */
  next_cursor?: string | null;
  /** Whether there are more results to fetch. */
  has_more?: boolean;
}

/**
 * Merge Conversations Request
 *
 * Payload to merge a secondary conversation into a primary conversation.
 */
export interface MergeConversationsRequest {
  /** The ID of the primary (target) conversation to merge into. */
  merge_into_conversation_id: number;
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

/** The delivery status of a specific WhatsApp message. */
export interface WhatsappMessageStatus {
  /** ID of the conversation */
  conversation_id?: string;
  /** Current delivery status of the message */
  status?: "sent" | "delivered" | "read" | "failed";
  /** Event type */
  type?: string;
  /** Creation timestamp */
  created_at?: number;
  /** Last update timestamp */
  updated_at?: number;
  /** Name of the WhatsApp template used */
  template_name?: string;
  /** The WhatsApp message ID */
  message_id?: string;
  /** Error details, present only when status is "failed" */
  error?: {
    /** Error message */
    message?: string;
    /** Detailed error information */
    details?: string;
  } | null;
}

export interface WhatsappMessageStatusList {
  type: "list";
  /** The provided ruleset ID */
  ruleset_id: string;
  pages: {
    type: "pages";
    /** Number of results per page */
    per_page: number;
    /** Total number of pages */
    total_pages: number;
    /** Information for fetching next page (null if no more pages) */
    next?: {
      /** Cursor for the next page */
      starting_after?: string;
    } | null;
  };
  /** Total number of events */
  total_count: number;
  events: Array<{
    /** Event ID */
    id: string;
    /** ID of the conversation */
    conversation_id: string;
    /** Current status of the message */
    status: "sent" | "delivered" | "read" | "failed";
    /** Event type */
    type: "broadcast_outbound";
    /** Creation timestamp */
    created_at: number;
    /** Last update timestamp */
    updated_at: number;
    /** WhatsApp's message identifier */
    whatsapp_message_id: string;
    /** Name of the WhatsApp template used */
    template_name?: string;
  }>;
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
 * News Item
 *
 * A News Item is a content type in Intercom enabling you to announce product updates, company news, promotions, events and more with your customers.
 */
export interface NewsItem {
  /** The type of object. */
  type?: "news-item";
  /** The unique identifier for the news item which is given by Intercom. */
  id?: string;
  /** The id of the workspace which the news item belongs to. */
  workspace_id?: string;
  /** The title of the news item. */
  title?: string;
  /** The news item body, which may contain HTML. */
  body?: string;
  /** The id of the sender of the news item. Must be a teammate on the workspace. */
  sender_id?: number;
  /** News items will not be visible to your users in the assigned newsfeeds until they are set live. */
  state?: "draft" | "live";
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
  created_at?: number;
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
  id?: string;
  /** The type of object. */
  type?: "newsfeed";
  /** The name of the newsfeed. This name will never be visible to your users. */
  name?: string;
  /**
   * Timestamp for when the newsfeed was created.
   *
   * Unix timestamp in seconds.
   */
  created_at?: number;
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
  newsfeed_id?: number;
  /**
   * Publish date of the news item on the newsfeed, use this field if you want to set a publish date in the past (e.g. when importing existing news items). On write, this field will be ignored if the news item state is "draft".
   *
   * Unix timestamp in seconds.
   */
  published_at?: number;
}

/** Notes allow you to annotate and comment on your contacts and companies. A note is attached to either a contact or a company, never both. */
export interface Note {
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
  /** Represents the contact that the note was created about. */
  contact?: {
    /** String representing the object's type. Always has the value `contact`. */
    type?: string;
    /** The id of the contact. */
    id?: string;
  } | null;
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
 * Paginated Response
 *
 * A paginated list of notes associated with a contact or a company.
 */
export interface NoteList {
  /** String representing the object's type. Always has the value `list`. */
  type?: string;
  /** An array of notes. */
  data?: Note[];
  /** A count of the total number of notes. */
  total_count?: number;
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
  type?: "pages";
  page?: number;
  /** A link to the next page of results. A response that does not contain a next link does not have further data to fetch. */
  next?: string | null;
  per_page?: number;
  total_pages?: number;
}

/** Paginated Response */
export interface PaginatedResponse {
  /** The type of object */
  type?: "list" | "conversation.list";
  pages?: CursorPages;
  /** A count of the total number of objects. */
  total_count?: number;
  /** An array of Objects */
  data?: Array<NewsItem | Newsfeed>;
}

/**
 * Part attachment
 *
 * The file attached to a part
 */
export interface PartAttachment {
  /** The type of attachment */
  type?: string;
  /** The name of the attachment */
  name?: string;
  /** The URL of the attachment */
  url?: string;
  /** The content type of the attachment */
  content_type?: string;
  /** The size of the attachment */
  filesize?: number;
  /** The width of the attachment */
  width?: number;
  /** The height of the attachment */
  height?: number;
}

/** Phone Switch Response */
export type PhoneSwitch = {
  /** @default "phone_call_redirect" */
  type?: "phone_call_redirect";
  /** Phone number in E.164 format, that has received the SMS to continue the conversation in the Messenger. */
  phone?: string;
} | null;

/** Quick Reply Option */
export interface QuickReplyOption {
  /** The text to display in this quick reply option. */
  text: string;
  /** A unique identifier for this quick reply option. This value will be available within the metadata of the comment conversation part that is created when a user clicks on this reply option. */
  uuid: string;
}

/**
 * Register Fin Voice Call Request Payload
 *
 * Register a Fin Voice call with Intercom
 */
export type RegisterFinVoiceCallRequest = {
  /** Phone number in E.164 format for the call */
  phone_number: string;
  /** External call identifier from the call provider */
  call_id: string;
  /** Source of the call. Can be "five9", "zoom_phone", or defaults to "aws_connect" */
  source?: "five9" | "zoom_phone" | "aws_connect";
  /** Additional metadata about the call */
  data?: {
    [key: string]: unknown;
  } | null;
} | null;

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
  type?: string;
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
  pagination?: StartingAfterPaging;
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
 * Segment List
 *
 * This will return a list of Segment Objects. The result may also have a pages object if the response is paginated.
 */
export interface SegmentList {
  /** The type of the object */
  type?: "segment.list";
  /** A list of Segment objects */
  segments?: Segment[];
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
  value?: string | number | boolean | Array<string | number> | null;
}

/**
 * Applied SLA
 *
 * The SLA Applied object contains the details for which SLA has been applied to this conversation.
 * Important: if there are any canceled sla_events for the conversation - meaning an SLA has been manually removed from a conversation, the sla_status will always be returned as null.
 */
export type SlaApplied = {
  /** object type */
  type?: string;
  /** The name of the SLA as given by the teammate when it was created. */
  sla_name?: string;
  /**
   * SLA statuses:
   * - `hit`: If there’s at least one hit event in the underlying sla_events table, and no “missed” or “canceled” events for the conversation.
   * - `missed`: If there are any missed sla_events for the conversation and no canceled events. If there’s even a single missed sla event, the status will always be missed. A missed status is not applied when the SLA expires, only the next time a teammate replies.
   * - `active`: An SLA has been applied to a conversation, but has not yet been fulfilled. SLA status is active only if there are no “hit, “missed”, or “canceled” events.
   */
  sla_status?: "hit" | "missed" | "cancelled" | "active";
} | null;

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
 * Subscription Types
 *
 * A subscription type lets customers easily opt out of non-essential communications without missing what's important to them.
 */
export interface SubscriptionType {
  /** The type of the object - subscription */
  type?: string;
  /** The unique identifier representing the subscription type. */
  id?: string;
  /** The state of the subscription type. */
  state?: "live" | "draft" | "archived";
  default_translation?: Translation;
  /** An array of translations objects with the localised version of the subscription type in each available locale within your translation settings. */
  translations?: Translation[];
  /** Describes the type of consent. */
  consent_type?: "opt_out" | "opt_in";
  /** The message types that this subscription supports - can contain `email` or `sms_message`. */
  content_types?: Array<"email" | "sms_message">;
}

/**
 * Subscription Types
 *
 * A list of subscription type objects.
 */
export interface SubscriptionTypeList {
  /** The type of the object */
  type?: "list";
  /** A list of subscription type objects associated with the workspace . */
  data?: SubscriptionType[];
}

/**
 * Tag
 *
 * A tag allows you to label your contacts, companies, and conversations and list them using that tag.
 */
export interface Tag {
  /** value is "tag" */
  type?: string;
  /** The id of the tag */
  id?: string;
  /** The name of the tag */
  name?: string;
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
 * Create or Update Tag Response
 *
 * The response for creating or updating a tag, including the entities that were tagged or untagged.
 */
export type TagCreateResponse = TagBasic & {
  /** The users that were tagged or untagged. */
  users?: Array<{
    /** The Intercom ID of the user. */
    id?: string;
    /** Whether the user was tagged (true) or untagged (false). */
    tagged?: boolean;
  }> | null;
  /** The companies that were tagged or untagged. */
  companies?: Array<{
    /** The Intercom ID of the company. */
    id?: string;
    /** Whether the company was tagged (true) or untagged (false). */
    tagged?: boolean;
  }> | null;
};

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
  type?: "list";
  /** A list of tags objects associated with the workspace . */
  data?: Tag[];
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
  type?: "tag.list";
  /** A list of tags objects associated with the conversation. */
  tags?: Tag[];
}

/** Teams are groups of admins in Intercom. */
export interface Team {
  /** Value is always "team" */
  type?: string;
  /** The id of the team */
  id?: string;
  /** The name of the team */
  name?: string;
  /** The list of admin IDs that are a part of the team. */
  admin_ids?: number[];
  admin_priority_level?: AdminPriorityLevel;
  /** The assignment limit for the team. This field is only present when the team's distribution type is load balanced. */
  assignment_limit?: number | null;
  /** Describes how assignments are distributed among the team members */
  distribution_method?: string | null;
}

/**
 * Team List
 *
 * This will return a list of team objects for the App.
 */
export interface TeamList {
  /** The type of the object */
  type?: "team.list";
  /** A list of team objects */
  teams?: Team[];
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

/**
 * Teammate Reference
 *
 * A reference to a teammate
 */
export interface TeammateReference {
  /** The type of teammate */
  type: "admin" | "team" | "bot";
  /** The unique identifier of the teammate */
  id: number;
  /** The display name of the teammate */
  name: string;
  /** The email address of the teammate (optional for teams/bots) */
  email?: string | null;
}

/** Tickets are how you track requests from your users. */
export type Ticket = {
  /**
   * Always ticket
   * @default "ticket"
   */
  type?: "ticket";
  /** The unique identifier for the ticket which is given by Intercom. */
  id?: string;
  /** The ID of the Ticket used in the Intercom Inbox and Messenger. Do not use ticket_id for API queries. */
  ticket_id?: string;
  /** Category of the Ticket. */
  category?: "Customer" | "Back-office" | "Tracker";
  ticket_attributes?: TicketCustomAttributes;
  ticket_state?: TicketState;
  ticket_type?: TicketType;
  contacts?: TicketContacts;
  /** The id representing the admin assigned to the ticket. If it's not assigned to an admin it will return 0. */
  admin_assignee_id?: number;
  /** The id representing the team assigned to the ticket. If it's not assigned to a team it will return 0. */
  team_assignee_id?: number;
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
  /** The ID of the previous ticket state from the most recent state change. Returns null if no state change history exists. Useful for tracking state transitions for reporting and compliance. */
  previous_ticket_state_id?: string | null;
} | null;

/**
 * Ticket Deleted
 *
 * deleted ticket object
 */
export interface TicketDeleted {
  /** The unique identifier for the ticket. */
  id?: string;
  /** always ticket */
  object?: "ticket";
  /** Whether the ticket is deleted or not. */
  deleted?: boolean;
}

/**
 * Contacts
 *
 * The list of contacts affected by a ticket.
 */
export interface TicketContacts {
  /** always contact.list */
  type?: "contact.list";
  /** The list of contacts affected by this ticket. */
  contacts?: ContactReference[];
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
  type?: "ticket.list";
  /** The list of ticket objects */
  tickets?: Ticket[];
  /** A count of the total number of objects. */
  total_count?: number;
  pages?: CursorPages;
}

/**
 * Ticket Part
 *
 * A Ticket Part represents a message in the ticket.
 */
export interface TicketPart {
  /** Always ticket_part */
  type?: string;
  /** The id representing the ticket part. */
  id?: string;
  /** The type of ticket part. */
  part_type?: string;
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
  created_at?: number;
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
  /** The app package code if this part was created via API. Note this field won't show if the part was not created via API. */
  app_package_code?: string;
  /** The updated attribute data of the ticket part. Only present for attribute update parts. */
  updated_attribute_data?: {
    /** Information about the attribute that was updated. */
    attribute: {
      /** The type of the object. Always 'attribute'. */
      type: "attribute";
      /** The unique identifier of the attribute. */
      id: string;
      /** The human-readable name of the attribute. */
      label: string;
    };
    /** The new value of the attribute. */
    value: {
      /** The type of the object. Always 'value'. */
      type: "value";
      id: string | null | number[];
      label: string | string[];
    };
  } | null;
}

/**
 * Ticket part author
 *
 * The author that wrote or triggered the part. Can be a bot, admin, team or user.
 */
export interface TicketPartAuthor {
  /** The type of the author */
  type?: "admin" | "bot" | "team" | "user";
  /** The id of the author */
  id?: string;
  /** The name of the author */
  name?: string | null;
  /** The email of the author */
  email?: string;
}

/**
 * Ticket Parts
 *
 * A list of Ticket Part objects for each note and event in the ticket. There is a limit of 500 parts.
 */
export interface TicketParts {
  type?: "ticket_part.list";
  /** A list of Ticket Part objects for each ticket. There is a limit of 500 parts. */
  ticket_parts?: TicketPart[];
  total_count?: number;
}

/** A Ticket Part representing a note, comment, or quick_reply on a ticket */
export interface TicketReply {
  /** Always ticket_part */
  type?: "ticket_part";
  /** The id representing the part. */
  id?: string;
  /** Type of the part */
  part_type?: "note" | "comment" | "quick_reply";
  /** The message body, which may contain HTML. */
  body?: string | null;
  /**
   * The time the note was created.
   *
   * Unix timestamp in seconds.
   */
  created_at?: number;
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
 * Ticket State
 *
 * A ticket state, used to define the state of a ticket.
 */
export type TicketState = {
  /** String representing the object's type. Always has the value `ticket_state`. */
  type?: string;
  /** The id of the ticket state */
  id?: string;
  /** The category of the ticket state */
  category?: "submitted" | "in_progress" | "waiting_on_customer" | "resolved";
  /** The state the ticket is currently in, in a human readable form - visible in Intercom */
  internal_label?: string;
  /** The state the ticket is currently in, in a human readable form - visible to customers, in the messenger, email and tickets portal. */
  external_label?: string;
} | null;

/**
 * Ticket State
 *
 * A ticket state, used to define the state of a ticket.
 */
export type TicketStateDetailed = {
  /** String representing the object's type. Always has the value `ticket_state`. */
  type?: string;
  /** The id of the ticket state */
  id?: string;
  /** The category of the ticket state */
  category?: "submitted" | "in_progress" | "waiting_on_customer" | "resolved";
  /** The state the ticket is currently in, in a human readable form - visible in Intercom */
  internal_label?: string;
  /** The state the ticket is currently in, in a human readable form - visible to customers, in the messenger, email and tickets portal. */
  external_label?: string;
  /** Whether the ticket state is archived */
  archived?: boolean;
  /** A list of ticket types associated with a given ticket state. */
  ticket_types?: {
    /** String representing the object's type. Always has the value `list`. */
    type?: string;
    /** A list of ticket type attributes associated with a given ticket type. */
    data?: TicketType[];
  };
} | null;

/**
 * Ticket States
 *
 * A list of ticket states associated with a given ticket type.
 */
export interface TicketStateList {
  /** String representing the object's type. Always has the value `list`. */
  type?: string;
  /** A list of ticket states associated with a given ticket type. */
  data?: TicketStateDetailed[];
}

/**
 * Ticket Type
 *
 * A ticket type, used to define the data fields to be captured in a ticket.
 */
export type TicketType = {
  /** String representing the object's type. Always has the value `ticket_type`. */
  type?: string;
  /** The id representing the ticket type. */
  id?: string;
  /** Category of the Ticket Type. */
  category?: "Customer" | "Back-office" | "Tracker";
  /** The name of the ticket type */
  name?: string;
  /** The description of the ticket type */
  description?: string;
  /** The icon of the ticket type */
  icon?: string;
  /** The id of the workspace that the ticket type belongs to. */
  workspace_id?: string;
  ticket_type_attributes?: TicketTypeAttributeList;
  /** A list of ticket states associated with a given ticket type. */
  ticket_states?: {
    /** String representing the object's type. Always has the value `list`. */
    type?: string;
    /** A list of ticket states associated with a given ticket type. */
    data?: TicketState[];
  };
  /** Whether the ticket type is archived or not. */
  archived?: boolean;
  /**
   * The date and time the ticket type was created.
   *
   * Unix timestamp in seconds.
   */
  created_at?: number;
  /**
   * The date and time the ticket type was last updated.
   *
   * Unix timestamp in seconds.
   */
  updated_at?: number;
} | null;

/**
 * Ticket Type Attribute
 *
 * Ticket type attribute, used to define each data field to be captured in a ticket.
 */
export type TicketTypeAttribute = {
  /** String representing the object's type. Always has the value `ticket_type_attribute`. */
  type?: string;
  /** The id representing the ticket type attribute. */
  id?: string;
  /** The id of the workspace that the ticket type attribute belongs to. */
  workspace_id?: string;
  /** The name of the ticket type attribute */
  name?: string;
  /** The description of the ticket type attribute */
  description?: string;
  /** The type of the data attribute (allowed values: "string list integer decimal boolean datetime files") */
  data_type?: string;
  /** Input options for the attribute */
  input_options?: {
    [key: string]: unknown;
  };
  /** The order of the attribute against other attributes */
  order?: number;
  /**
   * Whether the attribute is required or not for teammates.
   * @default false
   */
  required_to_create?: boolean;
  /**
   * Whether the attribute is required or not for contacts.
   * @default false
   */
  required_to_create_for_contacts?: boolean;
  /**
   * Whether the attribute is visible or not to teammates.
   * @default true
   */
  visible_on_create?: boolean;
  /**
   * Whether the attribute is visible or not to contacts.
   * @default true
   */
  visible_to_contacts?: boolean;
  /** Whether the attribute is built in or not. */
  default?: boolean;
  /** The id of the ticket type that the attribute belongs to. */
  ticket_type_id?: number;
  /** Whether the ticket type attribute is archived or not. */
  archived?: boolean;
  /**
   * The date and time the ticket type attribute was created.
   *
   * Unix timestamp in seconds.
   */
  created_at?: number;
  /**
   * The date and time the ticket type attribute was last updated.
   *
   * Unix timestamp in seconds.
   */
  updated_at?: number;
} | null;

/**
 * Ticket Type Attributes
 *
 * A list of attributes associated with a given ticket type.
 */
export interface TicketTypeAttributeList {
  /** String representing the object's type. Always has the value `ticket_type_attributes.list`. */
  type?: string;
  /** A list of ticket type attributes associated with a given ticket type. */
  ticket_type_attributes?: TicketTypeAttribute[];
}

/**
 * Ticket Types
 *
 * A list of ticket types associated with a given workspace.
 */
export interface TicketTypeList {
  /** String representing the object's type. Always has the value `list`. */
  type?: string;
  /** A list of ticket_types associated with a given workspace. */
  data?: TicketType[];
}

/**
 * Translation
 *
 * A translation object contains the localised details of a subscription type.
 */
export interface Translation {
  /** The localised name of the subscription type. */
  name?: string;
  /** The localised description of the subscription type. */
  description?: string;
  /** The two character identifier for the language of the translation object. */
  locale?: string;
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
    id?: string;
    /** The company id you have defined for the company. */
    company_id?: string;
    /** Always set to true */
    untag?: boolean;
  }>;
}

/**
 * Update Audience Request
 *
 * The request payload for updating an audience. All fields are optional — only provided fields will be updated.
 */
export interface UpdateAudienceRequest {
  /** The name of the audience. */
  name?: string;
  /** The predicates that define which contacts belong to the audience. */
  predicates?: Predicate[];
  /** Role-based predicates that further filter audience membership by contact role. */
  role_predicates?: Predicate[];
}

/**
 * Publish Article Draft Request Payload
 *
 * Optional body for publishing a staged article draft. On a single-language
 * workspace the body can be omitted. On a multilingual workspace, `locales`
 * is required and lists which locales' drafts to publish.
 */
export type PublishArticleDraftRequest = {
  /**
   * The locales whose staged drafts should be published. Required on
   * multilingual workspaces; each locale must have a pending draft.
   */
  locales?: string[];
} | null;

/**
 * Update Article Request Payload
 *
 * You can Update an Article
 */
export type UpdateArticleRequest = {
  /** The title of the article.For multilingual articles, this will be the title of the default language's content. */
  title?: string;
  /** The description of the article. For multilingual articles, this will be the description of the default language's content. */
  description?: string;
  /** The content of the article in HTML. For multilingual articles, this will be the body of the default language's content. Mutually exclusive with `body_markdown`. */
  body?: string;
  /** The content of the article in markdown. For multilingual articles, this will be the body of the default language's content. An alternative to `body` — you can provide content as markdown instead of HTML. Mutually exclusive with `body`. */
  body_markdown?: string;
  /** The id of the author of the article. For multilingual articles, this will be the id of the author of the default language's content. Must be a teammate on the help center's workspace. */
  author_id?: number;
  /** Whether the article will be `published` or will be a `draft`. Omitting this field leaves the publish state unchanged, so a draft stays a draft and an edit to a published article goes live immediately unless that article already has a pending draft or a scheduled publish time is set in the same request. The `PUT /articles/{id}/draft` endpoint ignores this field and always stages a draft. For multilingual articles, this will be the state of the default language's content. */
  state?: "published" | "draft";
  /** The id of the article's parent collection or section. An article without this field stands alone. */
  parent_id?: string;
  /** The type of parent, which can either be a `collection` or `section`. */
  parent_type?: string;
  translated_content?: ArticleTranslatedContent;
  /** The list of audience IDs to assign to this article for Fin AI Agent targeting. Sending a top-level `audience_ids` broadcasts the same set to every locale. Sending `audience_ids: []` clears all audience memberships from every locale. For per-locale targeting, use `translated_content.<locale>.audience_ids` instead. Sending both top-level and per-locale in the same request causes top-level to win. Unknown audience IDs return a 404 error. No partial commit occurs. */
  audience_ids?: number[] | null;
  /** Whether the article should be available for AI Chatbot (Fin). For multilingual articles, this sets the default language's availability. */
  ai_chatbot_availability?: boolean;
  /** Whether the article should be available for AI Copilot. For multilingual articles, this sets the default language's availability. */
  ai_copilot_availability?: boolean;
  /** Whether the article should be available for AI Sales Agent. For multilingual articles, this sets the default language's availability. */
  ai_sales_agent_availability?: boolean;
  /** ISO 8601 timestamp at which to schedule a future publish of the article. When set together with `state: "published"`, the article is scheduled instead of published immediately. Setting `null` cancels a pending publish schedule. Timestamps in the past or equal to the current time are rejected with 400 `parameter_invalid` — the value must be strictly in the future. Combining with `state: "draft"` returns 400 `parameter_invalid`. Sending in the same request as `scheduled_unpublish_at` returns 400 — only one pending schedule per article. Empty string returns 400 `parameter_invalid`. */
  scheduled_publish_at?: string | null;
  /** ISO 8601 timestamp at which to schedule a future unpublish of the article. Setting `null` cancels a pending unpublish schedule. Timestamps in the past or equal to the current time are rejected with 400 `parameter_invalid` — the value must be strictly in the future. Rejected with 400 `parameter_invalid` if the article has never been published. Sending in the same request as `scheduled_publish_at` returns 400 — only one pending schedule per article. Empty string returns 400 `parameter_invalid`. */
  scheduled_unpublish_at?: string | null;
} | null;

/**
 * Update Article Request Payload
 *
 * You can Update an Article
 *
 * `UpdateArticleRequest` as sent in requests: without its read-only fields.
 */
export type UpdateArticleRequestInput = {
  /** The title of the article.For multilingual articles, this will be the title of the default language's content. */
  title?: string;
  /** The description of the article. For multilingual articles, this will be the description of the default language's content. */
  description?: string;
  /** The content of the article in HTML. For multilingual articles, this will be the body of the default language's content. Mutually exclusive with `body_markdown`. */
  body?: string;
  /** The content of the article in markdown. For multilingual articles, this will be the body of the default language's content. An alternative to `body` — you can provide content as markdown instead of HTML. Mutually exclusive with `body`. */
  body_markdown?: string;
  /** The id of the author of the article. For multilingual articles, this will be the id of the author of the default language's content. Must be a teammate on the help center's workspace. */
  author_id?: number;
  /** Whether the article will be `published` or will be a `draft`. Omitting this field leaves the publish state unchanged, so a draft stays a draft and an edit to a published article goes live immediately unless that article already has a pending draft or a scheduled publish time is set in the same request. The `PUT /articles/{id}/draft` endpoint ignores this field and always stages a draft. For multilingual articles, this will be the state of the default language's content. */
  state?: "published" | "draft";
  /** The id of the article's parent collection or section. An article without this field stands alone. */
  parent_id?: string;
  /** The type of parent, which can either be a `collection` or `section`. */
  parent_type?: string;
  translated_content?: ArticleTranslatedContentInput;
  /** The list of audience IDs to assign to this article for Fin AI Agent targeting. Sending a top-level `audience_ids` broadcasts the same set to every locale. Sending `audience_ids: []` clears all audience memberships from every locale. For per-locale targeting, use `translated_content.<locale>.audience_ids` instead. Sending both top-level and per-locale in the same request causes top-level to win. Unknown audience IDs return a 404 error. No partial commit occurs. */
  audience_ids?: number[] | null;
  /** Whether the article should be available for AI Chatbot (Fin). For multilingual articles, this sets the default language's availability. */
  ai_chatbot_availability?: boolean;
  /** Whether the article should be available for AI Copilot. For multilingual articles, this sets the default language's availability. */
  ai_copilot_availability?: boolean;
  /** Whether the article should be available for AI Sales Agent. For multilingual articles, this sets the default language's availability. */
  ai_sales_agent_availability?: boolean;
  /** ISO 8601 timestamp at which to schedule a future publish of the article. When set together with `state: "published"`, the article is scheduled instead of published immediately. Setting `null` cancels a pending publish schedule. Timestamps in the past or equal to the current time are rejected with 400 `parameter_invalid` — the value must be strictly in the future. Combining with `state: "draft"` returns 400 `parameter_invalid`. Sending in the same request as `scheduled_unpublish_at` returns 400 — only one pending schedule per article. Empty string returns 400 `parameter_invalid`. */
  scheduled_publish_at?: string | null;
  /** ISO 8601 timestamp at which to schedule a future unpublish of the article. Setting `null` cancels a pending unpublish schedule. Timestamps in the past or equal to the current time are rejected with 400 `parameter_invalid` — the value must be strictly in the future. Rejected with 400 `parameter_invalid` if the article has never been published. Sending in the same request as `scheduled_publish_at` returns 400 — only one pending schedule per article. Empty string returns 400 `parameter_invalid`. */
  scheduled_unpublish_at?: string | null;
} | null;

/**
 * Update Internal Article Request Payload
 *
 * You can Update an Internal Article
 */
export type UpdateInternalArticleRequest = {
  /** The title of the article. */
  title?: string;
  /** The content of the article in HTML. Mutually exclusive with `body_markdown`. */
  body?: string;
  /** The content of the article in markdown. An alternative to `body` — you can provide content as markdown instead of HTML. Mutually exclusive with `body`. */
  body_markdown?: string;
  /** The id of the author of the article. */
  author_id?: number;
  /** The id of the author of the article. */
  owner_id?: number;
  /** The list of audience IDs to target this internal article to for Fin AI Agent. Omitting the field leaves existing audience memberships unchanged (PATCH semantics). Pass `[]` to clear all audience memberships. Unknown audience IDs return a `404` error with no partial commit. */
  audience_ids?: number[] | null;
  /** Whether the internal article should be available for AI Chatbot (Fin). */
  ai_chatbot_availability?: boolean;
  /** Whether the internal article should be available for AI Copilot. */
  ai_copilot_availability?: boolean;
  /** Whether the internal article should be available for AI Sales Agent. */
  ai_sales_agent_availability?: boolean;
} | null;

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
  /** Whether the contact's email address has been verified. Set to true to indicate you have verified the contact owns this email address, or false to mark it as unverified. Must be supplied together with an email in the same request; sending it without an email returns a 400. */
  email_verified?: boolean | null;
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
  owner_id?: string | null;
  /** Whether the contact is unsubscribed from emails */
  unsubscribed_from_emails?: boolean | null;
  /** The custom attributes which are set for the contact */
  custom_attributes?: {
    [key: string]: unknown;
  } | null;
}

/**
 * Create Content Import Source Payload
 *
 * You can modify a Content Import Source of your Fin Content Library.
 */
export interface UpdateContentImportSourceRequest {
  /** If you intend to create or update External Pages via the API, this should be set to `api`. You can not change the value to or from api. */
  sync_behavior: "api" | "automated" | "manual";
  /**
   * The status of the content import source.
   * @default "active"
   */
  status?: "active" | "deactivated";
  /** The URL of the content import source. This may only be different from the existing value if the sync behavior is API. */
  url: string;
  /** The unique identifiers for the audiences to associate with this content import source. Can be a single integer or an array of integers. Set to null or an empty array to remove all audiences. */
  audience_ids?: number | number[] | null;
  /**
   * When true, the audience will be applied to all existing external pages belonging to this content import source.
   * @default false
   */
  apply_audience_to_existing_content?: boolean;
}

/**
 * Update Conversation Request
 *
 * Payload of the request to update a conversation
 */
export interface UpdateConversationRequest {
  /** Mark a conversation as read within Intercom. */
  read?: boolean;
  /** The title given to the conversation */
  title?: string;
  custom_attributes?: CustomAttributes;
  /** The ID of the company that the conversation is associated with. The unique identifier for the company which is given by Intercom. Set to nil to remove company. */
  company_id?: string;
}

/** Update Data Attribute Request */
export interface UpdateDataAttributeRequest {
  /** Whether the attribute is to be archived or not. */
  archived?: boolean;
  /** The readable description you see in the UI for the attribute. */
  description?: string;
  /** Can this attribute be updated by the Messenger */
  messenger_writable?: boolean;
}

/**
 * Update External Page Payload
 *
 * You can update an External Page in your Fin Content Library.
 */
export interface UpdateExternalPageRequest {
  /** The title of the external page. */
  title: string;
  /** The body of the external page in HTML. */
  html: string;
  /** The URL of the external page. This will be used by Fin to link end users to the page it based its answer on. */
  url: string;
  /**
   * Whether the external page should be used to answer questions by Fin.
   * @default true
   */
  fin_availability?: boolean;
  /**
   * Always en
   * @default "en"
   */
  locale: "en";
  /** The unique identifier for the source of the external page which was given by Intercom. Every external page must be associated with a Content Import Source which represents the place it comes from and from which it inherits a default audience (configured in the UI). For a new source, make a POST request to the Content Import Source endpoint and an ID for the source will be returned in the response. */
  source_id: number;
  /** The identifier for the external page which was given by the source. Must be unique for the source. */
  external_id?: string;
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
  /** The ID of the ticket state associated with the ticket type. */
  ticket_state_id?: string;
  /** The ID of the company that the ticket is associated with. The unique identifier for the company which is given by Intercom. Set to nil to remove company. */
  company_id?: string;
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
  /** The ID of the admin performing ticket update. Needed for workflows execution and attributing actions to specific admins. */
  admin_id?: number;
  /** The ID of the admin or team to which the ticket is assigned. Set this 0 to unassign it. */
  assignee_id?: string;
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
export type UpdateTicketTypeRequest = {
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
} | null;

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
export type Visitor = {
  /**
   * Value is 'visitor'
   * @default "visitor"
   */
  type?: string;
  /** The Intercom defined id representing the Visitor. */
  id?: string;
  /** Automatically generated identifier for the Visitor. */
  user_id?: string;
  /** Identifies if this visitor is anonymous. */
  anonymous?: boolean;
  /** The email of the visitor. */
  email?: string;
  /** The phone number of the visitor. */
  phone?: string | null;
  /** The name of the visitor. */
  name?: string | null;
  /** The pseudonym of the visitor. */
  pseudonym?: string | null;
  avatar?: {
    /** @default "avatar" */
    type?: string;
    /** This object represents the avatar associated with the visitor. */
    image_url?: string | null;
  };
  /** The id of the app the visitor is associated with. */
  app_id?: string;
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
  created_at?: number;
  /** The time the Visitor was added to Intercom. */
  remote_created_at?: number;
  /** The time the Visitor signed up for your product. */
  signed_up_at?: number;
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
} | null;

/**
 * Workflow Export
 *
 * A workflow export containing the complete workflow configuration.
 */
export interface WorkflowExport {
  /** The version of the export format. */
  export_version?: string;
  /** The timestamp when the export was generated. */
  exported_at?: string;
  /** The workspace identifier. */
  app_id?: number;
  /** The workflow configuration. */
  workflow?: {
    /** The unique identifier for the workflow. */
    id?: string;
    /** The title of the workflow. */
    title?: string;
    /** The description of the workflow. */
    description?: string | null;
    /** The type of trigger that starts this workflow. */
    trigger_type?: string;
    /** The current state of the workflow. */
    state?: "live" | "draft" | "paused";
    /** The channels this workflow targets. */
    target_channels?: string[];
    /** The preferred devices for this workflow. */
    preferred_devices?: string[];
    /** When the workflow was created. */
    created_at?: string;
    /** When the workflow was last updated. */
    updated_at?: string;
    /** The targeting rules for this workflow. */
    targeting?: {
      [key: string]: unknown;
    } | null;
    /** The current snapshot of workflow steps and configuration. */
    snapshot?: {
      [key: string]: unknown;
    } | null;
    /** Custom attributes defined for this workflow. */
    attributes?: Array<{
      [key: string]: unknown;
    }>;
    /** Rules embedded within the workflow steps. */
    embedded_rules?: Array<{
      [key: string]: unknown;
    }>;
  };
}

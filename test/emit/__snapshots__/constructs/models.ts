// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
export interface Thing {
  /** @readonly */
  id: string;
  name: string;
  /** Unix timestamp in seconds. */
  created_at?: number;
}

/** `Thing` as sent in requests: without its read-only fields. */
export interface ThingInput {
  name: string;
  /** Unix timestamp in seconds. */
  created_at?: number;
}

export type ThingRequest = {
  name: string;
} | null;

export interface ErrorModel {
  message?: string;
}

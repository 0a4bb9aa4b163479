// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { jsonBody } from "../runtime/body.js";
import { paginate } from "../runtime/pagination.js";
import { buildQuery } from "../runtime/query.js";
import type { ClientCore, RequestOptions, ApiPromise, PagePromise } from "../runtime/index.js";
import type { Note, NoteList } from "../models.js";

/** Arguments of `notes.listCompanyNotes`: `id` in the path. */
export type NotesListCompanyNotesParams = {
  /** The unique identifier for the company which is given by Intercom */
  id: string;
};

/**
 * List all company notes
 *
 * You can fetch a list of notes that are associated to a company.
 *
 * `GET /companies/{id}/notes`
 * @throws {@link NotFoundError} 404: Company not found
 * @example
 * ```ts
 * const result = await notesListCompanyNotes(client, { id: "5f4d3c1c-7b1b-4d7d-a97e-6095715c6632" });
 * ```
 */
export function notesListCompanyNotes(
  client: ClientCore,
  params: NotesListCompanyNotesParams,
  options?: RequestOptions,
): ApiPromise<NoteList> {
  return client.request<NoteList>(
    { method: "GET", path: "/companies/{id}/notes", pathParams: ["id"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `notes.createCompanyNote`: `company_id` in the path; the other fields are the json body. */
export type NotesCreateCompanyNoteParams = {
  /** The unique identifier for the company which is given by Intercom */
  company_id: string;
  /** The text of the note. */
  body: string;
  /** The unique identifier of the admin creating the note. If not provided, defaults to the admin associated with the access token. */
  admin_id?: string;
};

/**
 * Create a company note
 *
 * You can add a note to a single company.
 *
 * `POST /companies/{company_id}/notes`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Company or admin not found
 * @example
 * ```ts
 * const result = await notesCreateCompanyNote(client, {
 *   company_id: "5f4d3c1c-7b1b-4d7d-a97e-6095715c6632",
 *   body: "Hello",
 *   admin_id: "991267583",
 * });
 * ```
 */
export function notesCreateCompanyNote(
  client: ClientCore,
  params: NotesCreateCompanyNoteParams,
  options?: RequestOptions,
): ApiPromise<Note> {
  return client.request<Note>(
    {
      method: "POST",
      path: "/companies/{company_id}/notes",
      pathParams: ["company_id"],
      body: jsonBody,
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `notes.list`: `contact_id` in the path; `page`, `per_page` in the query. */
export type NotesListParams = {
  /** The unique identifier of a contact. */
  contact_id: string;
  /** The page of results to fetch. Defaults to first page */
  page?: number;
  /** How many results to display per page. Defaults to 15 */
  per_page?: number;
};

/**
 * List all notes
 *
 * You can fetch a list of notes that are associated to a contact.
 *
 * `GET /contacts/{contact_id}/notes`
 * @throws {@link NotFoundError} 404: Contact not found
 * @example
 * ```ts
 * for await (const item of notesList(client, { contact_id: "…", page: 1, per_page: 15 })) console.log(item);
 * ```
 */
export function notesList(
  client: ClientCore,
  params: NotesListParams,
  options?: RequestOptions,
): PagePromise<NoteList, Note, NotesListParams, number> {
  return paginate<NoteList, Note, NotesListParams, number>(
    client,
    {
      method: "GET",
      path: "/contacts/{contact_id}/notes",
      pathParams: ["contact_id"],
      query: { params: ["page", "per_page"], serialize: buildQuery },
      response: "json",
    },
    params,
    options,
    { style: "page", items: "data", pageParam: "page", pages: "pages" },
  );
}

/** Arguments of `notes.create`: `contact_id` in the path; the other fields are the json body. */
export type NotesCreateParams = {
  /** The unique identifier of a given contact. */
  contact_id: number;
  /** The text of the note. */
  body: string;
  /** The unique identifier of a given admin. */
  admin_id?: string;
};

/**
 * Create a note
 *
 * You can add a note to a single contact.
 *
 * `POST /contacts/{contact_id}/notes`
 * @throws {@link NotFoundError} 404: Contact not found
 * @example
 * ```ts
 * const result = await notesCreate(client, { contact_id: 123, body: "Hello", admin_id: "991267493" });
 * ```
 */
export function notesCreate(client: ClientCore, params: NotesCreateParams, options?: RequestOptions): ApiPromise<Note> {
  return client.request<Note>(
    {
      method: "POST",
      path: "/contacts/{contact_id}/notes",
      pathParams: ["contact_id"],
      body: jsonBody,
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `notes.find`: `note_id` in the path. */
export type NotesFindParams = {
  /** The unique identifier of a given note */
  note_id: number;
};

/**
 * Retrieve a note
 *
 * You can fetch the details of a single note.
 *
 * `GET /notes/{note_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Note not found
 * @example
 * ```ts
 * const result = await notesFind(client, { note_id: 1 });
 * ```
 */
export function notesFind(client: ClientCore, params: NotesFindParams, options?: RequestOptions): ApiPromise<Note> {
  return client.request<Note>(
    { method: "GET", path: "/notes/{note_id}", pathParams: ["note_id"], response: "json" },
    params,
    options,
  );
}

/** The `notes` operations, bound to a client. */
export interface Notes {
  /**
   * List all company notes
   *
   * You can fetch a list of notes that are associated to a company.
   *
   * `GET /companies/{id}/notes`
   * @throws {@link NotFoundError} 404: Company not found
   * @example
   * ```ts
   * const result = await intercom.notes.listCompanyNotes({ id: "5f4d3c1c-7b1b-4d7d-a97e-6095715c6632" });
   * ```
   */
  listCompanyNotes(params: NotesListCompanyNotesParams, options?: RequestOptions): ApiPromise<NoteList>;
  /**
   * Create a company note
   *
   * You can add a note to a single company.
   *
   * `POST /companies/{company_id}/notes`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Company or admin not found
   * @example
   * ```ts
   * const result = await intercom.notes.createCompanyNote({
   *   company_id: "5f4d3c1c-7b1b-4d7d-a97e-6095715c6632",
   *   body: "Hello",
   *   admin_id: "991267583",
   * });
   * ```
   */
  createCompanyNote(params: NotesCreateCompanyNoteParams, options?: RequestOptions): ApiPromise<Note>;
  /**
   * List all notes
   *
   * You can fetch a list of notes that are associated to a contact.
   *
   * `GET /contacts/{contact_id}/notes`
   * @throws {@link NotFoundError} 404: Contact not found
   * @example
   * ```ts
   * for await (const item of intercom.notes.list({ contact_id: "…", page: 1, per_page: 15 })) console.log(item);
   * ```
   */
  list(params: NotesListParams, options?: RequestOptions): PagePromise<NoteList, Note, NotesListParams, number>;
  /**
   * Create a note
   *
   * You can add a note to a single contact.
   *
   * `POST /contacts/{contact_id}/notes`
   * @throws {@link NotFoundError} 404: Contact not found
   * @example
   * ```ts
   * const result = await intercom.notes.create({ contact_id: 123, body: "Hello", admin_id: "991267493" });
   * ```
   */
  create(params: NotesCreateParams, options?: RequestOptions): ApiPromise<Note>;
  /**
   * Retrieve a note
   *
   * You can fetch the details of a single note.
   *
   * `GET /notes/{note_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Note not found
   * @example
   * ```ts
   * const result = await intercom.notes.find({ note_id: 1 });
   * ```
   */
  find(params: NotesFindParams, options?: RequestOptions): ApiPromise<Note>;
}

export class Notes {
  constructor(private readonly client: ClientCore) {}

  listCompanyNotes(params: NotesListCompanyNotesParams, options?: RequestOptions): ApiPromise<NoteList> {
    return notesListCompanyNotes(this.client, params, options);
  }

  createCompanyNote(params: NotesCreateCompanyNoteParams, options?: RequestOptions): ApiPromise<Note> {
    return notesCreateCompanyNote(this.client, params, options);
  }

  list(params: NotesListParams, options?: RequestOptions): PagePromise<NoteList, Note, NotesListParams, number> {
    return notesList(this.client, params, options);
  }

  create(params: NotesCreateParams, options?: RequestOptions): ApiPromise<Note> {
    return notesCreate(this.client, params, options);
  }

  find(params: NotesFindParams, options?: RequestOptions): ApiPromise<Note> {
    return notesFind(this.client, params, options);
  }
}

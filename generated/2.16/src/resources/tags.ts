// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { jsonBody } from "../runtime/body.js";
import type { ClientCore, RequestOptions, ApiPromise } from "../runtime/index.js";
import type {
  CreateOrUpdateTagRequest,
  Tag,
  TagBasic,
  TagCompanyRequest,
  TagCreateResponse,
  TagList,
  TagMultipleUsersRequest,
  UntagCompanyRequest,
} from "../models.js";

/** Arguments of `tags.tagContact`: `contact_id` in the path; the other fields are the json body. */
export type TagsTagContactParams = {
  /** The unique identifier for the contact which is given by Intercom */
  contact_id: string;
  /** The unique identifier for the tag which is given by Intercom */
  id: string;
};

/**
 * Add tag to a contact
 *
 * You can tag a specific contact. This will return a tag object for the tag that was added to the contact.
 *
 * `POST /contacts/{contact_id}/tags`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Tag not found
 * @example
 * ```ts
 * const result = await tagsTagContact(client, { contact_id: "63a07ddf05a32042dffac965", id: "94" });
 * ```
 */
export function tagsTagContact(
  client: ClientCore,
  params: TagsTagContactParams,
  options?: RequestOptions,
): ApiPromise<Tag> {
  return client.request<Tag>(
    {
      method: "POST",
      path: "/contacts/{contact_id}/tags",
      pathParams: ["contact_id"],
      body: jsonBody,
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `tags.untagContact`: `contact_id`, `tag_id` in the path. */
export type TagsUntagContactParams = {
  /** The unique identifier for the contact which is given by Intercom */
  contact_id: string;
  /** The unique identifier for the tag which is given by Intercom */
  tag_id: string;
};

/**
 * Remove tag from a contact
 *
 * You can remove tag from a specific contact. This will return a tag object for the tag that was removed from the contact.
 *
 * `DELETE /contacts/{contact_id}/tags/{tag_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Tag not found
 * @example
 * ```ts
 * const result = await tagsUntagContact(client, { contact_id: "63a07ddf05a32042dffac965", tag_id: "7522907" });
 * ```
 */
export function tagsUntagContact(
  client: ClientCore,
  params: TagsUntagContactParams,
  options?: RequestOptions,
): ApiPromise<Tag> {
  return client.request<Tag>(
    {
      method: "DELETE",
      path: "/contacts/{contact_id}/tags/{tag_id}",
      pathParams: ["contact_id", "tag_id"],
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `tags.tagConversation`: `conversation_id` in the path; the other fields are the json body. */
export type TagsTagConversationParams = {
  /** conversation_id */
  conversation_id: string;
  /** The unique identifier for the tag which is given by Intercom */
  id: string;
  /** The unique identifier for the admin which is given by Intercom. */
  admin_id: string;
};

/**
 * Add tag to a conversation
 *
 * You can tag a specific conversation. This will return a tag object for the tag that was added to the conversation.
 *
 * `POST /conversations/{conversation_id}/tags`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Conversation not found
 * @example
 * ```ts
 * const result = await tagsTagConversation(client, { conversation_id: "64619700005694", id: "99", admin_id: "991267526" });
 * ```
 */
export function tagsTagConversation(
  client: ClientCore,
  params: TagsTagConversationParams,
  options?: RequestOptions,
): ApiPromise<Tag> {
  return client.request<Tag>(
    {
      method: "POST",
      path: "/conversations/{conversation_id}/tags",
      pathParams: ["conversation_id"],
      body: jsonBody,
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `tags.untagConversation`: `conversation_id`, `tag_id` in the path; the other fields are the json body. */
export type TagsUntagConversationParams = {
  /** conversation_id */
  conversation_id: string;
  /** tag_id */
  tag_id: string;
  /** The unique identifier for the admin which is given by Intercom. */
  admin_id: string;
};

/**
 * Remove tag from a conversation
 *
 * You can remove tag from a specific conversation. This will return a tag object for the tag that was removed from the conversation.
 *
 * `DELETE /conversations/{conversation_id}/tags/{tag_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Tag not found
 * @example
 * ```ts
 * const result = await tagsUntagConversation(client, { conversation_id: "64619700005694", tag_id: "7522907", admin_id: "991267530" });
 * ```
 */
export function tagsUntagConversation(
  client: ClientCore,
  params: TagsUntagConversationParams,
  options?: RequestOptions,
): ApiPromise<Tag> {
  return client.request<Tag>(
    {
      method: "DELETE",
      path: "/conversations/{conversation_id}/tags/{tag_id}",
      pathParams: ["conversation_id", "tag_id"],
      body: jsonBody,
      response: "json",
    },
    params,
    options,
  );
}

/** Arguments of `tags.list`. */
export type TagsListParams = Record<string, never>;

/**
 * List all tags
 *
 * You can fetch a list of all tags for a given workspace.
 *
 * `GET /tags`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await tagsList(client);
 * ```
 */
export function tagsList(
  client: ClientCore,
  params: TagsListParams = {},
  options?: RequestOptions,
): ApiPromise<TagList> {
  return client.request<TagList>({ method: "GET", path: "/tags", response: "json" }, params, options);
}

/** Arguments of `tags.create`: the other fields are the json body. */
export type TagsCreateParams =
  CreateOrUpdateTagRequest | TagCompanyRequest | UntagCompanyRequest | TagMultipleUsersRequest;

/**
 * Create or update a tag, Tag or untag companies, Tag contacts
 *
 * You can use this endpoint to perform the following operations:
 *
 * **1. Create a new tag:** You can create a new tag by passing in the tag name as specified in "Create or Update Tag Request Payload" described below.
 *
 * **2. Update an existing tag:** You can update an existing tag by passing the id of the tag as specified in "Create or Update Tag Request Payload" described below.
 *
 * **3. Tag Companies:** You can tag single company or a list of companies. You can tag a company by passing in the tag name and the company details as specified in "Tag Company Request Payload" described below. Also, if the tag doesn't exist then a new one will be created automatically.
 *
 * **4. Untag Companies:** You can untag a single company or a list of companies. You can untag a company by passing in the tag id and the company details as specified in "Untag Company Request Payload" described below.
 *
 * **5. Tag Multiple Users:** You can tag a list of users. You can tag the users by passing in the tag name and the user details as specified in "Tag Users Request Payload" described below.
 *
 * Each operation will return a tag object.
 *
 * `POST /tags`
 * @throws {@link BadRequestError} 400: Invalid parameters
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await tagsCreate(client, { name: "test", companies: [] });
 * ```
 */
export function tagsCreate(
  client: ClientCore,
  params: TagsCreateParams,
  options?: RequestOptions,
): ApiPromise<TagCreateResponse> {
  return client.request<TagCreateResponse>(
    { method: "POST", path: "/tags", body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `tags.find`: `tag_id` in the path. */
export type TagsFindParams = {
  /** The unique identifier of a given tag */
  tag_id: string;
};

/**
 * Find a specific tag
 *
 * You can fetch the details of tags that are on the workspace by their id.
 * This will return a tag object.
 *
 * `GET /tags/{tag_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Tag not found
 * @example
 * ```ts
 * const result = await tagsFind(client, { tag_id: "123" });
 * ```
 */
export function tagsFind(client: ClientCore, params: TagsFindParams, options?: RequestOptions): ApiPromise<TagBasic> {
  return client.request<TagBasic>(
    { method: "GET", path: "/tags/{tag_id}", pathParams: ["tag_id"], response: "json" },
    params,
    options,
  );
}

/** Arguments of `tags.delete`: `tag_id` in the path. */
export type TagsDeleteParams = {
  /** The unique identifier of a given tag */
  tag_id: string;
};

/**
 * Delete tag
 *
 * You can delete the details of tags that are on the workspace by passing in the id.
 *
 * `DELETE /tags/{tag_id}`
 * @throws {@link BadRequestError} 400: Tag has dependent objects
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Resource not found
 * @example
 * ```ts
 * const result = await tagsDelete(client, { tag_id: "123" });
 * ```
 */
export function tagsDelete(
  client: ClientCore,
  params: TagsDeleteParams,
  options?: RequestOptions,
): ApiPromise<undefined> {
  return client.request<undefined>(
    { method: "DELETE", path: "/tags/{tag_id}", pathParams: ["tag_id"], response: "none" },
    params,
    options,
  );
}

/** Arguments of `tags.tagTicket`: `ticket_id` in the path; the other fields are the json body. */
export type TagsTagTicketParams = {
  /** ticket_id */
  ticket_id: string;
  /** The unique identifier for the tag which is given by Intercom */
  id: string;
  /** The unique identifier for the admin which is given by Intercom. */
  admin_id: string;
};

/**
 * Add tag to a ticket
 *
 * You can tag a specific ticket. This will return a tag object for the tag that was added to the ticket.
 *
 * `POST /tickets/{ticket_id}/tags`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Ticket not found
 * @example
 * ```ts
 * const result = await tagsTagTicket(client, { ticket_id: "64619700005694", id: "134", admin_id: "991267844" });
 * ```
 */
export function tagsTagTicket(
  client: ClientCore,
  params: TagsTagTicketParams,
  options?: RequestOptions,
): ApiPromise<Tag> {
  return client.request<Tag>(
    { method: "POST", path: "/tickets/{ticket_id}/tags", pathParams: ["ticket_id"], body: jsonBody, response: "json" },
    params,
    options,
  );
}

/** Arguments of `tags.untagTicket`: `ticket_id`, `tag_id` in the path; the other fields are the json body. */
export type TagsUntagTicketParams = {
  /** ticket_id */
  ticket_id: string;
  /** The unique identifier for the tag which is given by Intercom */
  tag_id: string;
  /** The unique identifier for the admin which is given by Intercom. */
  admin_id: string;
};

/**
 * Remove tag from a ticket
 *
 * You can remove tag from a specific ticket. This will return a tag object for the tag that was removed from the ticket.
 *
 * `DELETE /tickets/{ticket_id}/tags/{tag_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Tag not found
 * @example
 * ```ts
 * const result = await tagsUntagTicket(client, { ticket_id: "64619700005694", tag_id: "7522907", admin_id: "991267853" });
 * ```
 */
export function tagsUntagTicket(
  client: ClientCore,
  params: TagsUntagTicketParams,
  options?: RequestOptions,
): ApiPromise<Tag> {
  return client.request<Tag>(
    {
      method: "DELETE",
      path: "/tickets/{ticket_id}/tags/{tag_id}",
      pathParams: ["ticket_id", "tag_id"],
      body: jsonBody,
      response: "json",
    },
    params,
    options,
  );
}

/** The `tags` operations, bound to a client. */
export interface TagsResource {
  /**
   * Add tag to a contact
   *
   * You can tag a specific contact. This will return a tag object for the tag that was added to the contact.
   *
   * `POST /contacts/{contact_id}/tags`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Tag not found
   * @example
   * ```ts
   * const result = await intercom.tags.tagContact({ contact_id: "63a07ddf05a32042dffac965", id: "94" });
   * ```
   */
  tagContact(params: TagsTagContactParams, options?: RequestOptions): ApiPromise<Tag>;
  /**
   * Remove tag from a contact
   *
   * You can remove tag from a specific contact. This will return a tag object for the tag that was removed from the contact.
   *
   * `DELETE /contacts/{contact_id}/tags/{tag_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Tag not found
   * @example
   * ```ts
   * const result = await intercom.tags.untagContact({ contact_id: "63a07ddf05a32042dffac965", tag_id: "7522907" });
   * ```
   */
  untagContact(params: TagsUntagContactParams, options?: RequestOptions): ApiPromise<Tag>;
  /**
   * Add tag to a conversation
   *
   * You can tag a specific conversation. This will return a tag object for the tag that was added to the conversation.
   *
   * `POST /conversations/{conversation_id}/tags`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Conversation not found
   * @example
   * ```ts
   * const result = await intercom.tags.tagConversation({ conversation_id: "64619700005694", id: "99", admin_id: "991267526" });
   * ```
   */
  tagConversation(params: TagsTagConversationParams, options?: RequestOptions): ApiPromise<Tag>;
  /**
   * Remove tag from a conversation
   *
   * You can remove tag from a specific conversation. This will return a tag object for the tag that was removed from the conversation.
   *
   * `DELETE /conversations/{conversation_id}/tags/{tag_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Tag not found
   * @example
   * ```ts
   * const result = await intercom.tags.untagConversation({ conversation_id: "64619700005694", tag_id: "7522907", admin_id: "991267530" });
   * ```
   */
  untagConversation(params: TagsUntagConversationParams, options?: RequestOptions): ApiPromise<Tag>;
  /**
   * List all tags
   *
   * You can fetch a list of all tags for a given workspace.
   *
   * `GET /tags`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.tags.list();
   * ```
   */
  list(params?: TagsListParams, options?: RequestOptions): ApiPromise<TagList>;
  /**
   * Create or update a tag, Tag or untag companies, Tag contacts
   *
   * You can use this endpoint to perform the following operations:
   *
   * **1. Create a new tag:** You can create a new tag by passing in the tag name as specified in "Create or Update Tag Request Payload" described below.
   *
   * **2. Update an existing tag:** You can update an existing tag by passing the id of the tag as specified in "Create or Update Tag Request Payload" described below.
   *
   * **3. Tag Companies:** You can tag single company or a list of companies. You can tag a company by passing in the tag name and the company details as specified in "Tag Company Request Payload" described below. Also, if the tag doesn't exist then a new one will be created automatically.
   *
   * **4. Untag Companies:** You can untag a single company or a list of companies. You can untag a company by passing in the tag id and the company details as specified in "Untag Company Request Payload" described below.
   *
   * **5. Tag Multiple Users:** You can tag a list of users. You can tag the users by passing in the tag name and the user details as specified in "Tag Users Request Payload" described below.
   *
   * Each operation will return a tag object.
   *
   * `POST /tags`
   * @throws {@link BadRequestError} 400: Invalid parameters
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.tags.create({ name: "test", companies: [] });
   * ```
   */
  create(params: TagsCreateParams, options?: RequestOptions): ApiPromise<TagCreateResponse>;
  /**
   * Find a specific tag
   *
   * You can fetch the details of tags that are on the workspace by their id.
   * This will return a tag object.
   *
   * `GET /tags/{tag_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Tag not found
   * @example
   * ```ts
   * const result = await intercom.tags.find({ tag_id: "123" });
   * ```
   */
  find(params: TagsFindParams, options?: RequestOptions): ApiPromise<TagBasic>;
  /**
   * Delete tag
   *
   * You can delete the details of tags that are on the workspace by passing in the id.
   *
   * `DELETE /tags/{tag_id}`
   * @throws {@link BadRequestError} 400: Tag has dependent objects
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Resource not found
   * @example
   * ```ts
   * const result = await intercom.tags.delete({ tag_id: "123" });
   * ```
   */
  delete(params: TagsDeleteParams, options?: RequestOptions): ApiPromise<undefined>;
  /**
   * Add tag to a ticket
   *
   * You can tag a specific ticket. This will return a tag object for the tag that was added to the ticket.
   *
   * `POST /tickets/{ticket_id}/tags`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Ticket not found
   * @example
   * ```ts
   * const result = await intercom.tags.tagTicket({ ticket_id: "64619700005694", id: "134", admin_id: "991267844" });
   * ```
   */
  tagTicket(params: TagsTagTicketParams, options?: RequestOptions): ApiPromise<Tag>;
  /**
   * Remove tag from a ticket
   *
   * You can remove tag from a specific ticket. This will return a tag object for the tag that was removed from the ticket.
   *
   * `DELETE /tickets/{ticket_id}/tags/{tag_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Tag not found
   * @example
   * ```ts
   * const result = await intercom.tags.untagTicket({ ticket_id: "64619700005694", tag_id: "7522907", admin_id: "991267853" });
   * ```
   */
  untagTicket(params: TagsUntagTicketParams, options?: RequestOptions): ApiPromise<Tag>;
}

export class TagsResource {
  constructor(private readonly client: ClientCore) {}

  tagContact(params: TagsTagContactParams, options?: RequestOptions): ApiPromise<Tag> {
    return tagsTagContact(this.client, params, options);
  }

  untagContact(params: TagsUntagContactParams, options?: RequestOptions): ApiPromise<Tag> {
    return tagsUntagContact(this.client, params, options);
  }

  tagConversation(params: TagsTagConversationParams, options?: RequestOptions): ApiPromise<Tag> {
    return tagsTagConversation(this.client, params, options);
  }

  untagConversation(params: TagsUntagConversationParams, options?: RequestOptions): ApiPromise<Tag> {
    return tagsUntagConversation(this.client, params, options);
  }

  list(params: TagsListParams = {}, options?: RequestOptions): ApiPromise<TagList> {
    return tagsList(this.client, params, options);
  }

  create(params: TagsCreateParams, options?: RequestOptions): ApiPromise<TagCreateResponse> {
    return tagsCreate(this.client, params, options);
  }

  find(params: TagsFindParams, options?: RequestOptions): ApiPromise<TagBasic> {
    return tagsFind(this.client, params, options);
  }

  delete(params: TagsDeleteParams, options?: RequestOptions): ApiPromise<undefined> {
    return tagsDelete(this.client, params, options);
  }

  tagTicket(params: TagsTagTicketParams, options?: RequestOptions): ApiPromise<Tag> {
    return tagsTagTicket(this.client, params, options);
  }

  untagTicket(params: TagsUntagTicketParams, options?: RequestOptions): ApiPromise<Tag> {
    return tagsUntagTicket(this.client, params, options);
  }
}

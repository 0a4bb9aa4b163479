// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import type { ClientCore } from "../runtime/index.js";
import { NewsItems } from "./news.items.js";
import { NewsFeeds } from "./news.feeds.js";

/** The `news` operations, bound to a client. */
export class News {
  readonly items: NewsItems;
  readonly feeds: NewsFeeds;

  constructor(client: ClientCore) {
    this.items = new NewsItems(client);
    this.feeds = new NewsFeeds(client);
  }
}

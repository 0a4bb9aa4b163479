// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import type { ClientCore, RequestOptions, ApiPromise } from "../runtime/index.js";
import type { Team, TeamList } from "../models.js";

/** Arguments of `teams.list`. */
export type TeamsListParams = Record<string, never>;

/**
 * List all teams
 *
 * This will return a list of team objects for the App.
 *
 * `GET /teams`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @example
 * ```ts
 * const result = await teamsList(client);
 * ```
 */
export function teamsList(
  client: ClientCore,
  params: TeamsListParams = {},
  options?: RequestOptions,
): ApiPromise<TeamList> {
  return client.request<TeamList>({ method: "GET", path: "/teams", response: "json" }, params, options);
}

/** Arguments of `teams.find`: `team_id` in the path. */
export type TeamsFindParams = {
  /** The unique identifier of a given team. */
  team_id: string;
};

/**
 * Retrieve a team
 *
 * You can fetch the details of a single team, containing an array of admins that belong to this team.
 *
 * `GET /teams/{team_id}`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link NotFoundError} 404: Team not found
 * @example
 * ```ts
 * const result = await teamsFind(client, { team_id: "123" });
 * ```
 */
export function teamsFind(client: ClientCore, params: TeamsFindParams, options?: RequestOptions): ApiPromise<Team> {
  return client.request<Team>(
    { method: "GET", path: "/teams/{team_id}", pathParams: ["team_id"], response: "json" },
    params,
    options,
  );
}

/** The `teams` operations, bound to a client. */
export interface Teams {
  /**
   * List all teams
   *
   * This will return a list of team objects for the App.
   *
   * `GET /teams`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @example
   * ```ts
   * const result = await intercom.teams.list();
   * ```
   */
  list(params?: TeamsListParams, options?: RequestOptions): ApiPromise<TeamList>;
  /**
   * Retrieve a team
   *
   * You can fetch the details of a single team, containing an array of admins that belong to this team.
   *
   * `GET /teams/{team_id}`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link NotFoundError} 404: Team not found
   * @example
   * ```ts
   * const result = await intercom.teams.find({ team_id: "123" });
   * ```
   */
  find(params: TeamsFindParams, options?: RequestOptions): ApiPromise<Team>;
}

export class Teams {
  constructor(private readonly client: ClientCore) {}

  list(params: TeamsListParams = {}, options?: RequestOptions): ApiPromise<TeamList> {
    return teamsList(this.client, params, options);
  }

  find(params: TeamsFindParams, options?: RequestOptions): ApiPromise<Team> {
    return teamsFind(this.client, params, options);
  }
}

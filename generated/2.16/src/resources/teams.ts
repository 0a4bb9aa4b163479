// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import { buildQuery } from "../runtime/query.js";
import type { ClientCore, RequestOptions, ApiPromise } from "../runtime/index.js";
import type { Team, TeamList, TeamMetricList } from "../models.js";

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

/** Arguments of `teams.getTeamMetrics`: `team_id` in the path; `idle_threshold` in the query. */
export type TeamsGetTeamMetricsParams = {
  /** The unique identifier of the team to retrieve metrics for. Use `GET /teams` to list available team IDs. */
  team_id: string;
  /**
   * The number of seconds after which an open conversation is considered idle. Clamped to the range 1–86400. Defaults to 1800 (30 minutes).
   * @default 1800
   */
  idle_threshold?: number;
};

/**
 * Retrieve team metrics
 *
 * Returns real-time activity metrics for admins in the specified team. For each admin, the response includes counts of open, idle, and snoozed conversations.
 *
 * This endpoint requires the `realtime_monitoring` feature to be enabled for your workspace.
 *
 * `GET /teams/{team_id}/metrics`
 * @throws {@link UnauthorizedError} 401: Unauthorized
 * @throws {@link ForbiddenError} 403: Feature not enabled
 * @throws {@link NotFoundError} 404: Team not found
 * @example
 * ```ts
 * const result = await teamsGetTeamMetrics(client, { team_id: "42", idle_threshold: 1800 });
 * ```
 */
export function teamsGetTeamMetrics(
  client: ClientCore,
  params: TeamsGetTeamMetricsParams,
  options?: RequestOptions,
): ApiPromise<TeamMetricList> {
  return client.request<TeamMetricList>(
    {
      method: "GET",
      path: "/teams/{team_id}/metrics",
      pathParams: ["team_id"],
      query: { params: ["idle_threshold"], serialize: buildQuery },
      response: "json",
    },
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
  /**
   * Retrieve team metrics
   *
   * Returns real-time activity metrics for admins in the specified team. For each admin, the response includes counts of open, idle, and snoozed conversations.
   *
   * This endpoint requires the `realtime_monitoring` feature to be enabled for your workspace.
   *
   * `GET /teams/{team_id}/metrics`
   * @throws {@link UnauthorizedError} 401: Unauthorized
   * @throws {@link ForbiddenError} 403: Feature not enabled
   * @throws {@link NotFoundError} 404: Team not found
   * @example
   * ```ts
   * const result = await intercom.teams.getTeamMetrics({ team_id: "42", idle_threshold: 1800 });
   * ```
   */
  getTeamMetrics(params: TeamsGetTeamMetricsParams, options?: RequestOptions): ApiPromise<TeamMetricList>;
}

export class Teams {
  constructor(private readonly client: ClientCore) {}

  list(params: TeamsListParams = {}, options?: RequestOptions): ApiPromise<TeamList> {
    return teamsList(this.client, params, options);
  }

  find(params: TeamsFindParams, options?: RequestOptions): ApiPromise<Team> {
    return teamsFind(this.client, params, options);
  }

  getTeamMetrics(params: TeamsGetTeamMetricsParams, options?: RequestOptions): ApiPromise<TeamMetricList> {
    return teamsGetTeamMetrics(this.client, params, options);
  }
}

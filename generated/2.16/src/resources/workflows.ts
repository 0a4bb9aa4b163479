// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
import type { ClientCore, RequestOptions, ApiPromise } from "../runtime/index.js";
import type { WorkflowExport } from "../models.js";

/** Arguments of `workflows.exportWorkflow`: `id` in the path. */
export type WorkflowsExportWorkflowParams = {
  /** The unique identifier for the workflow */
  id: string;
};

/**
 * Export a workflow configuration by its ID. This endpoint returns the complete workflow definition including its steps, targeting rules, and attributes.
 *
 * This endpoint is designed for EU Data Act compliance, allowing customers to export their workflow configurations.
 *
 * `GET /export/workflows/{id}`
 * @throws {@link ForbiddenError} 403: Workflow export is not available for this app
 * @throws {@link NotFoundError} 404: Workflow not found
 * @example
 * ```ts
 * const result = await workflowsExportWorkflow(client, { id: "12345" });
 * ```
 */
export function workflowsExportWorkflow(
  client: ClientCore,
  params: WorkflowsExportWorkflowParams,
  options?: RequestOptions,
): ApiPromise<WorkflowExport> {
  return client.request<WorkflowExport>(
    { method: "GET", path: "/export/workflows/{id}", pathParams: ["id"], response: "json" },
    params,
    options,
  );
}

/** The `workflows` operations, bound to a client. */
export interface Workflows {
  /**
   * Export a workflow configuration by its ID. This endpoint returns the complete workflow definition including its steps, targeting rules, and attributes.
   *
   * This endpoint is designed for EU Data Act compliance, allowing customers to export their workflow configurations.
   *
   * `GET /export/workflows/{id}`
   * @throws {@link ForbiddenError} 403: Workflow export is not available for this app
   * @throws {@link NotFoundError} 404: Workflow not found
   * @example
   * ```ts
   * const result = await intercom.workflows.exportWorkflow({ id: "12345" });
   * ```
   */
  exportWorkflow(params: WorkflowsExportWorkflowParams, options?: RequestOptions): ApiPromise<WorkflowExport>;
}

export class Workflows {
  constructor(private readonly client: ClientCore) {}

  exportWorkflow(params: WorkflowsExportWorkflowParams, options?: RequestOptions): ApiPromise<WorkflowExport> {
    return workflowsExportWorkflow(this.client, params, options);
  }
}

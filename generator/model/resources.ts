import type { NameRegistry } from "./name-registry.js";
import { pascalCase } from "./naming-rules.js";
import type { Operation, Resource } from "./types.js";

/**
 * Every resource, a parent before the resources nested in it (`helpCenters` before `helpCenters.collections`); a
 * parent without operations of its own (`news`) exists to hold its nested ones.
 */
export function groupByResource(operations: Operation[], names: NameRegistry): Resource[] {
  const resources = new Map<string, Resource>();
  const resourceAt = (path: string, pointer: string): Resource => {
    let resource = resources.get(path);
    if (resource) return resource;
    const cut = path.lastIndexOf(".");
    const parent = cut > 0 ? resourceAt(path.slice(0, cut), pointer) : undefined;
    // A resource whose name a model has (`Tags`, the `tags` schema) is `TagsResource`: a fixed rule, not a collision.
    const className = names.claimFirst([pascalCase(path), `${pascalCase(path)}Resource`], pointer);
    resource = { name: path.slice(cut + 1), path, className, operations: [], resources: [] };
    resources.set(path, resource);
    parent?.resources.push(resource);
    return resource;
  };
  for (const op of operations) resourceAt(op.resource, op.pointer).operations.push(op);
  return [...resources.values()];
}

// Generated from an OpenAPI description. Do not edit: change the spec or the generator and regenerate.
export * from "./client.js";
export * from "./models.js";
export * from "./resources/companies.js";
export * from "./resources/contacts.js";
export * from "./runtime/index.js";
export * from "./validators.js";

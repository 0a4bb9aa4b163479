// Generates a client with @hey-api/openapi-ts (Node API, default plugins): node heyapi.mjs <spec> <outDir>
import { createClient } from "@hey-api/openapi-ts";

const [input, output] = process.argv.slice(2);
await createClient({ input, output, logs: { level: "silent", file: false } });

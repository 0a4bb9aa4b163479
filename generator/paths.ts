import { fileURLToPath } from "node:url";

// Where the project's own folders are. Kept in this file, at the top of generator/, because the compiled generator
// (see launch.mjs) resolves every `import.meta.url` as a file of this folder.
export const TEMPLATES_DIR = fileURLToPath(new URL("../templates", import.meta.url));

// Merge-time shim: the emitters still import these from their old home while generator/emit/ is being refactored on
// other branches. After the merge, point those imports at ./naming-rules.js and delete this file.
export { camelCase, CLIENT_MODULE_NAMES, errorClassNames, isIdentifier, RUNTIME_ERROR_PREFIX } from "./naming-rules.js";

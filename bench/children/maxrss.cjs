// Preloaded into every node process of a timed bench run (NODE_OPTIONS=--require): appends its peak resident
// memory in KB to $BENCH_MAXRSS_FILE at exit.
const { appendFileSync } = require("node:fs");

const file = process.env.BENCH_MAXRSS_FILE;
if (file) process.on("exit", () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));

// Shared helpers of the benchmarks: paths, spawning, statistics, markdown.
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** Scratch space, gitignored (`.tmp/`). */
export const TMP = join(ROOT, ".tmp", "bench");
/** The official full description; in CI it sits next to the repo. */
export const FULL_SPEC = join(ROOT, "..", "shared", "specs", "intercom-2.11.yaml");
export const CURATED_SPEC = join(ROOT, "spec", "2.11", "openapi.yaml");
/** Our committed package for the curated spec. */
export const PKG = join(ROOT, "generated", "2.11");
export const CHILDREN = join(ROOT, "bench", "children");
export const NODE = process.execPath;
export const TSC = join(ROOT, "node_modules", "typescript", "bin", "tsc");

export interface RunResult {
  ms: number;
  code: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident memory of the node processes of the run (the largest one), in bytes. */
  peakRss: number;
}

const MAXRSS = join(ROOT, "bench", "children", "maxrss.cjs");
let runs = 0;

/** Spawns one process and measures its wall-clock time, from spawn to exit, and its peak memory. */
export function run(
  cmd: string,
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<RunResult> {
  const rssFile = join(TMP, `maxrss-${process.pid}-${++runs}.txt`);
  mkdirSync(TMP, { recursive: true });
  writeFileSync(rssFile, "");
  const env = { ...(opts.env ?? process.env) };
  // Every node process of the run appends its own peak at exit (a preload, inherited by its children).
  env["NODE_OPTIONS"] = `${env["NODE_OPTIONS"] ?? ""} --require ${MAXRSS}`.trim();
  env["BENCH_MAXRSS_FILE"] = rssFile;
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(cmd, args, { cwd: opts.cwd ?? ROOT, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d));
    child.stderr.on("data", (d: Buffer) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = performance.now() - started;
      const peaks = readFileSync(rssFile, "utf8").split("\n").filter(Boolean).map(Number);
      rmSync(rssFile, { force: true });
      resolve({ ms, code, stdout, stderr, peakRss: Math.max(0, ...peaks) * 1024 });
    });
  });
}

/** Like run, but the child must succeed and print one JSON line last on stdout. */
export async function runJson<T>(cmd: string, args: string[], opts: { cwd?: string } = {}): Promise<T> {
  const r = await run(cmd, args, opts);
  if (r.code !== 0) throw new Error(`${[cmd, ...args].join(" ")} exited ${r.code}:\n${r.stderr.slice(-2000)}`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1)!) as T;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export const fmt = (n: number, digits = 0): string =>
  n.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
export const ms = (n: number): string => `${fmt(n)} ms`;
export const ratio = (n: number): string => `${n.toFixed(2)}×`;
export const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return [line(head), line(head.map(() => "---")), ...rows.map(line)].join("\n");
}

/** Files and bytes under a directory (or of one file), build output (`dist/`) excluded. */
export function sizeOf(path: string): { files: number; bytes: number } {
  const st = statSync(path);
  if (!st.isDirectory()) return { files: 1, bytes: st.size };
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(path, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || /(^|[\\/])dist([\\/]|$)/.test(relative(path, entry.parentPath))) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

export const log = (msg: string): void => console.log(`[bench ${(performance.now() / 1000).toFixed(0)}s] ${msg}`);

/** A markdown section of BENCHMARKS.md. */
export interface Section {
  title: string;
  body: string;
  /** The target and an honest line on where we miss it. */
  verdict: string;
}

/** Starts bench/children/server.mjs (a fake Intercom on 127.0.0.1) in its own process. */
export async function startServer(totalItems: number): Promise<{ url: string; stop: () => void }> {
  const child = spawn(NODE, [join(CHILDREN, "server.mjs"), String(totalItems)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`bench server exited ${code}`)));
    child.stdout.once("data", (d: Buffer) => resolve((JSON.parse(String(d)) as { port: number }).port));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

/** Peers that are no dependency of `npm ci`: installed on demand, pinned, into the bench's scratch space. */
export const PEERS = { orval: "8.38.0", "@octokit/openapi": "23.0.2" } as const;
export const PEERS_DIR = join(TMP, "peers");

export async function installPeers(): Promise<void> {
  const want = Object.entries(PEERS);
  const installed = (name: string) => {
    const manifest = join(PEERS_DIR, "node_modules", name, "package.json");
    return existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
  };
  if (want.every(([name, version]) => installed(name) === version)) return;
  log(`installing ${want.map(([n, v]) => `${n}@${v}`).join(", ")} into ${relative(ROOT, PEERS_DIR)}`);
  mkdirSync(PEERS_DIR, { recursive: true });
  writeFileSync(join(PEERS_DIR, "package.json"), '{ "private": true }\n');
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const args = ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--save-exact", "--engine-strict=false"];
  const r = await run(npm, [...args, ...want.map(([n, v]) => `${n}@${v}`)], { cwd: PEERS_DIR });
  if (r.code !== 0) throw new Error(`npm install of the bench peers failed:\n${r.stderr.slice(-2000)}`);
}

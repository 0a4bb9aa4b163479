import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { cacheKey, readCache, writeCache } from "../cache.js";
import type { FileMap } from "../emit/emit-package.js";

// babel-ts prints the same as the typescript parser on this code, in about half the time.
const PARSERS: Record<string, string> = { ts: "babel-ts", json: "json", md: "markdown" };

export const PRETTIER_OPTIONS = { printWidth: 120, proseWrap: "preserve" } as const;

/**
 * Formats every emitted file with prettier, so the committed output reads like hand-written code. The runtime
 * copies are left as they are: templates/ is kept formatted with the same options (a test checks it).
 *
 * Prettier's output depends only on its version, its options and the input, so each result is cached by the hash
 * of those: a file whose unformatted text was seen before is not formatted again, and when every file hits,
 * prettier (0.4 s to load) is not loaded at all. The misses are formatted in worker threads, one per core.
 */
export async function formatFiles(files: FileMap): Promise<FileMap> {
  const out: FileMap = new Map();
  const space = `prettier-${prettierVersion()}`;
  const misses: Job[] = [];
  for (const [path, text] of files) {
    const parser = PARSERS[path.split(".").pop() ?? ""];
    if (!parser || path.startsWith("src/runtime/")) {
      out.set(path, text);
      continue;
    }
    const key = cacheKey(parser, PRETTIER_OPTIONS, text);
    const hit = readCache(space, key);
    if (hit !== undefined) out.set(path, hit);
    else misses.push({ path, parser, text, key });
  }
  if (misses.length > 0) {
    const formatted = await pool().format(misses);
    for (const [i, job] of misses.entries()) {
      out.set(job.path, formatted[i]!);
      writeCache(space, job.key, formatted[i]!);
    }
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Starts the formatting threads (and their loading of prettier) ahead of need: a run that is about to emit files
 * calls it, so that prettier loads while the main thread emits.
 */
export function prepareFormatting(): void {
  pool();
}

interface Job {
  path: string;
  parser: string;
  text: string;
  key: string;
}

// Each thread imports prettier and formats the texts it is sent; prettier's own parsers are pure, so threads share
// nothing. An eval'd script, so that the generator (whether compiled or run from source) needs no second file.
const WORKER = `
const { parentPort, workerData } = require("node:worker_threads");
const prettier = require(workerData.prettier);
parentPort.on("message", async ({ text, options }) => {
  try {
    parentPort.postMessage({ text: await prettier.format(text, options) });
  } catch (error) {
    parentPort.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
});`;

let shared: Pool | undefined;
/** One pool per process, kept between runs (watch mode); its threads never keep the process alive when idle. */
function pool(): Pool {
  return (shared ??= new Pool(Math.max(1, Math.min(availableParallelism(), 4))));
}

class Pool {
  private readonly workers: Worker[];
  private readonly idle: Worker[];
  private readonly queue: { job: Job; resolve: (text: string) => void; reject: (error: Error) => void }[] = [];
  private readonly running = new Map<Worker, (typeof this.queue)[number]>();

  constructor(size: number) {
    const prettier = createRequire(import.meta.url).resolve("prettier"); // its CommonJS entry: an eval'd script requires
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(WORKER, { eval: true, workerData: { prettier } });
      worker.unref();
      worker.on("message", (message: { text?: string; error?: string }) => {
        const task = this.running.get(worker)!;
        this.running.delete(worker);
        if (message.error !== undefined) task.reject(new Error(`prettier failed on ${task.job.path}: ${message.error}`));
        else task.resolve(message.text!);
        this.idle.push(worker);
        this.next();
      });
      worker.on("error", (error) => {
        // A thread that died (out of memory, say) fails the run; the next run starts a fresh pool.
        for (const task of [...this.running.values(), ...this.queue.splice(0)]) task.reject(error);
        this.running.clear();
        for (const w of this.workers) void w.terminate();
        if (shared === this) shared = undefined;
      });
      return worker;
    });
    this.idle = [...this.workers];
  }

  /** Formats the jobs, the longest first, each thread taking the next one as it finishes: results in job order. */
  format(jobs: Job[]): Promise<string[]> {
    const results = jobs.map(
      (job) => new Promise<string>((resolve, reject) => this.queue.push({ job, resolve, reject })),
    );
    this.queue.sort((a, b) => b.job.text.length - a.job.text.length);
    this.next();
    return Promise.all(results);
  }

  private next(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const task = this.queue.shift()!;
      this.running.set(worker, task);
      worker.postMessage({ text: task.job.text, options: { parser: task.job.parser, ...PRETTIER_OPTIONS } });
    }
    // Busy threads hold the process open (a pending result must arrive); idle ones do not.
    for (const worker of this.workers) (this.running.has(worker) ? worker.ref() : worker.unref());
  }
}

function prettierVersion(): string {
  const manifest = createRequire(import.meta.url).resolve("prettier/package.json");
  return (JSON.parse(readFileSync(manifest, "utf8")) as { version: string }).version;
}

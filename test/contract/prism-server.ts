// Starts and stops a Prism mock server (`prism mock`) for the contract tests.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const PRISM_BIN = fileURLToPath(new URL("../../node_modules/@stoplight/prism-cli/dist/index.js", import.meta.url));

export interface PrismServer {
  url: string;
  /** Everything Prism printed so far (capped to the last ~2 MB). */
  output(): string;
  /** A position in the output, for `outputSince`. */
  mark(): number;
  /** What Prism printed since `mark()` returned `mark`. */
  outputSince(mark: number): string;
  stop(): Promise<void>;
}

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

const MAX_OUTPUT = 2_000_000;

/**
 * `prism mock <spec> -h 127.0.0.1 -p <free port> <extra>` in its own process group, resolved once it answers HTTP.
 * Rejects (after killing it) when it exits early or does not answer within `timeoutMs`.
 */
export async function startPrism(spec: string, extra: string[] = [], timeoutMs = 60_000): Promise<PrismServer> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [PRISM_BIN, "mock", spec, "-h", "127.0.0.1", "-p", String(port), ...extra], {
    detached: true, // own process group: stop() kills Prism and anything it forked
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  let out = "";
  let dropped = 0;
  const append = (chunk: Buffer): void => {
    out += chunk.toString("utf8");
    if (out.length > MAX_OUTPUT) {
      dropped += out.length - MAX_OUTPUT;
      out = out.slice(-MAX_OUTPUT);
    }
  };
  child.stdout?.on("data", append);
  child.stderr?.on("data", append);
  child.on("error", (e) => append(Buffer.from(`\n[spawn error] ${e.message}\n`)));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  // Last resort if the test process ends without stop() (a crash, a forgotten afterAll): take Prism down with it.
  const killOnExit = (): void => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      /* already gone */
    }
  };
  process.once("exit", killOnExit);
  void exited.then(() => process.off("exit", killOnExit));

  const server: PrismServer = {
    url,
    output: () => out,
    mark: () => dropped + out.length,
    outputSince: (mark) => out.slice(Math.max(0, mark - dropped)),
    stop: () => stopProcessGroup(child, exited),
  };

  const deadline = Date.now() + timeoutMs;
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  while (Date.now() < deadline) {
    if (exitCode !== undefined) break;
    try {
      // Any HTTP answer (Prism says 404 "no path matched" for /) means it is listening.
      await fetch(`${url}/__prism_ready__`, { signal: AbortSignal.timeout(1000) });
      return server;
    } catch {
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  await server.stop();
  throw new Error(
    `Prism did not start (${exitCode !== undefined ? `exited with ${exitCode}` : `no answer within ${timeoutMs} ms`}):\n${out}`,
  );
}

/** SIGTERM to the whole group, SIGKILL after 3 s; resolves once the process has exited. */
async function stopProcessGroup(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const kill = (signal: NodeJS.Signals): void => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      /* already gone */
    }
  };
  kill("SIGTERM");
  const timer = setTimeout(() => kill("SIGKILL"), 3000);
  await exited;
  clearTimeout(timer);
  kill("SIGKILL"); // stragglers of the group, if any
}

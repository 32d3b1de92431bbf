/**
 * Starts the production server readers get (server.ts, as `npm start` runs it: Next.js behind the fast
 * path) on a free port against the build in .bench-next, and stops it (with every process it forked)
 * afterwards.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";

import { serverBundle } from "../build.mjs";

import { BENCH_DIST_DIR, PROJECT_ROOT } from "./next-build";

export async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

export interface RunningServer {
  origin: string;
  pid: number;
  stop(): Promise<void>;
}

async function waitUntilReady(
  origin: string,
  child: ChildProcess,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`the server exited with code ${child.exitCode} before it was ready`);
    try {
      const response = await fetch(`${origin}/`, { redirect: "manual" });
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not answer within ${timeoutMs / 1000} s`);
}

/**
 * The production server of .bench-next on a free port of 127.0.0.1; the log goes to `logFile`. `env` adds
 * to the environment, e.g. CODEATLAS_FAST_PATH=off to measure Next.js alone.
 */
export async function startProductionServer(
  logFile: string,
  env: Record<string, string> = {},
): Promise<RunningServer> {
  const port = await findFreePort();
  const origin = `http://127.0.0.1:${port}`;
  const log = fs.openSync(logFile, "w");
  const child = spawn(
    process.execPath,
    [serverBundle(BENCH_DIST_DIR), "-p", String(port), "-H", "127.0.0.1"],
    {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        NEXT_DIST_DIR: BENCH_DIST_DIR,
        NEXT_TELEMETRY_DISABLED: "1",
        PORT: String(port),
        // The address the build wrote into its pages (scripts/bench/next-build.ts sets none, so lib/site.ts
        // took port 3000): a page regenerated while the benchmark runs must not name another one.
        SITE_URL: process.env.SITE_URL ?? "http://localhost:3000",
        NODE_ENV: "production",
        ...env,
      },
      detached: true,
      stdio: ["ignore", log, log],
    },
  );
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      return;
    }
    const timeout = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // Already gone.
      }
    }, 5000);
    await exited;
    clearTimeout(timeout);
    fs.closeSync(log);
  };
  try {
    await waitUntilReady(origin, child, 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, pid: child.pid!, stop };
}

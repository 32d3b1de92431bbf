/**
 * A second production server for browser tests that must change the content under a running site (the
 * revalidation test): the site's build (scripts/build.mjs) of another content tree into its own output
 * folder, then the production server that build bundled (server.ts, as `npm start` runs it) on its own
 * port. The main test server (playwright.config.ts `webServer`) is left alone.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

import { serverBundle } from "../../scripts/build.mjs";

const ROOT = path.resolve(import.meta.dirname, "../..");

export interface SiteServerOptions {
  contentDir: string;
  /** Output folder under the project, e.g. ".next-revalidation-e2e" (git-ignored as `.next-*`). */
  distDir: string;
  port: number;
  /** More environment for the server (not the build), e.g. REVALIDATE_SECRET. */
  serverEnv?: Record<string, string>;
}

export interface SiteServer {
  url: string;
  stop(): Promise<void>;
}

/** Runs a command to its end; rejects with its output when it fails. */
function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: ROOT,
      env,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("close", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${args.join(" ")} failed:\n${output.slice(-4000)}`)),
    );
  });
}

async function waitUntilServing(url: string, exited: () => boolean): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && !exited()) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the test server at ${url} did not start`);
}

/** Builds `contentDir` into `distDir` and serves it; stop() ends the server and deletes the build. */
export async function buildAndServe(options: SiteServerOptions): Promise<SiteServer> {
  const url = `http://localhost:${options.port}`;
  const env = {
    ...process.env,
    CONTENT_DIR: options.contentDir,
    NEXT_DIST_DIR: options.distDir,
    SITE_URL: url,
    NEXT_TELEMETRY_DISABLED: "1",
  };
  // next build rewrites next-env.d.ts for its output folder, and tsconfig.json unless it is handed one
  // that extends it (tsconfig.build-test.json): put the generated file back as it was.
  const nextEnv = path.join(ROOT, "next-env.d.ts");
  const nextEnvBefore = fs.existsSync(nextEnv) ? fs.readFileSync(nextEnv) : undefined;
  try {
    await run([path.join(ROOT, "scripts", "build.mjs")], {
      ...env,
      NEXT_TSCONFIG_PATH: "tsconfig.build-test.json",
    });
  } finally {
    if (nextEnvBefore) fs.writeFileSync(nextEnv, nextEnvBefore);
    else fs.rmSync(nextEnv, { force: true });
  }
  // Its own process group, so stop() ends the server and anything it started.
  const server = spawn(
    process.execPath,
    [serverBundle(options.distDir), "-p", String(options.port)],
    {
      cwd: ROOT,
      env: { ...env, ...options.serverEnv },
      detached: true,
      stdio: "ignore",
    },
  );
  const stop = async () => {
    if (server.exitCode === null) {
      const exited = new Promise((resolve) => server.once("exit", resolve));
      process.kill(-server.pid!, "SIGTERM");
      await exited;
    }
    fs.rmSync(path.join(ROOT, options.distDir), { recursive: true, force: true });
  };
  try {
    await waitUntilServing(`${url}/`, () => server.exitCode !== null);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

/**
 * Runs Debian's nginx with deploy/nginx/codeatlas.conf in front of a local server, for the reverse-proxy
 * browser test. Nothing needs root: the production file is copied into a temporary folder with its ports,
 * upstream, cache folder and certificate (a fresh self-signed one) swapped, beside a main nginx.conf that
 * keeps the pid file, logs and temp files there too, and nginx runs in the foreground (`daemon off`) as
 * the test's child, stopped by `stop()`.
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const CONFIG = path.resolve(import.meta.dirname, "../../deploy/nginx/codeatlas.conf");

/** nginx's path: on PATH, or where Debian puts it (/usr/sbin is not on a normal user's PATH). */
export function findNginx(): string | undefined {
  for (const dir of [...(process.env.PATH ?? "").split(path.delimiter), "/usr/sbin", "/sbin"]) {
    const candidate = path.join(dir, "nginx");
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function waitForPort(port: number, child: ChildProcess, log: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, "127.0.0.1");
      socket.once("connect", () => resolve(true)).once("error", () => resolve(false));
      socket.setTimeout(500, () => resolve(false));
    }).then((ok) => ok);
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const errors = fs.existsSync(log) ? fs.readFileSync(log, "utf8") : "";
  throw new Error(`nginx did not start listening on ${port}:\n${errors}`);
}

/** Replaces each `from` of the production file, failing loudly when one is no longer there. */
function swap(text: string, replacements: readonly (readonly [string, string])[]): string {
  return replacements.reduce((out, [from, to]) => {
    if (!out.includes(from))
      throw new Error(`deploy/nginx/codeatlas.conf no longer contains "${from}": update this test`);
    return out.split(from).join(to);
  }, text);
}

export interface RunningNginx {
  /** https://localhost:<port>, the site's TLS server. */
  httpsUrl: string;
  /** http://localhost:<port>, the server that redirects to HTTPS. */
  httpUrl: string;
  stop(): Promise<void>;
}

/** Starts nginx with the production configuration in front of `http://127.0.0.1:<upstreamPort>`. */
export async function startNginx(nginx: string, upstreamPort: number): Promise<RunningNginx> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "codeatlas-nginx-"));
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  execFileSync(
    "openssl",
    [
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-days",
      "1",
      "-subj",
      "/CN=localhost",
    ].concat(["-keyout", path.join(dir, "key.pem"), "-out", path.join(dir, "cert.pem")]),
    { stdio: "ignore" },
  );
  const site = swap(fs.readFileSync(CONFIG, "utf8"), [
    ["listen 80;", `listen 127.0.0.1:${httpPort};`],
    ["listen 443 ssl http2;", `listen 127.0.0.1:${httpsPort} ssl http2;`],
    ["server 127.0.0.1:3000;", `server 127.0.0.1:${upstreamPort};`],
    ["/var/cache/nginx/codeatlas", path.join(dir, "cache")],
    ["/etc/letsencrypt/live/codeatlas.example.org/fullchain.pem", path.join(dir, "cert.pem")],
    ["/etc/letsencrypt/live/codeatlas.example.org/privkey.pem", path.join(dir, "key.pem")],
  ]);
  fs.writeFileSync(path.join(dir, "codeatlas.conf"), site);
  const log = path.join(dir, "error.log");
  // As root, nginx would run its workers as "nobody", who cannot write to this private folder.
  const runningAsRoot = process.getuid?.() === 0;
  fs.writeFileSync(
    path.join(dir, "nginx.conf"),
    [
      "daemon off;",
      ...(runningAsRoot ? ["user root;"] : []),
      "worker_processes 1;",
      `pid ${path.join(dir, "nginx.pid")};`,
      `error_log ${log} warn;`,
      "events { worker_connections 256; }",
      "http {",
      `  access_log ${path.join(dir, "access.log")};`,
      ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(
        (kind) => `  ${kind}_temp_path ${path.join(dir, kind)};`,
      ),
      `  include ${path.join(dir, "codeatlas.conf")};`,
      "}",
      "",
    ].join("\n"),
  );
  const child = spawn(nginx, ["-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", log], {
    stdio: "ignore",
  });
  await waitForPort(httpsPort, child, log);
  return {
    httpsUrl: `https://localhost:${httpsPort}`,
    httpUrl: `http://localhost:${httpPort}`,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

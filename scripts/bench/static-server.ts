/**
 * The load benchmark's yardstick: a minimal node:http server in its own process that answers every request
 * with the same bytes, read once from a file, and nothing but Content-Type and Content-Length.
 */
import { spawn } from "node:child_process";

import { findFreePort, type RunningServer } from "./next-server";

const STATIC_SERVER = `
const http = require("node:http");
const fs = require("node:fs");
const body = fs.readFileSync(process.argv[1]);
http.createServer((request, response) => {
  response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length });
  response.end(body);
}).listen(Number(process.argv[2]), "127.0.0.1", () => console.log("ready"));
`;

export async function startStaticServer(file: string): Promise<RunningServer> {
  const port = await findFreePort();
  const child = spawn(process.execPath, ["-e", STATIC_SERVER, file, String(port)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.once("data", () => resolve());
    child.once("exit", (code) => reject(new Error(`static server exited with ${code}`)));
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    stop: () =>
      new Promise<void>((resolve) =>
        child.exitCode !== null
          ? resolve()
          : (child.once("exit", () => resolve()), child.kill("SIGTERM")),
      ),
  };
}

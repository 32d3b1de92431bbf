import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/**
 * Runs a report in a fresh temporary folder. On failure the folder is kept and named, because the build
 * and server logs inside it are what explains the failure; on success it is removed.
 */
export async function runInWorkDir(
  prefix: string,
  main: (workDir: string) => Promise<void>,
): Promise<void> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), `codeatlas-${prefix}-`));
  try {
    await main(workDir);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    console.error(`Logs kept in ${workDir}`);
    process.exitCode = 1;
  }
  if (process.exitCode !== 1) fs.rmSync(workDir, { recursive: true, force: true });
}

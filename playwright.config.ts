import { execSync } from "node:child_process";

import { defineConfig, devices } from "@playwright/test";

/**
 * Playwright runs against the production build and the production server readers get (`npm start` builds
 * when needed, then runs server.ts: Next.js behind the fast path). It uses Debian's Chromium when one is
 * installed (CHROMIUM_PATH overrides) and Playwright's own browser otherwise.
 */
function findChromium(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  try {
    return (
      execSync("command -v chromium || command -v chromium-browser", {
        encoding: "utf8",
        shell: "/bin/sh",
      }).trim() || undefined
    );
  } catch {
    return undefined;
  }
}

const PORT = Number(process.env.E2E_PORT ?? 3107);
const executablePath = findChromium();
const runningAsRoot = typeof process.getuid === "function" && process.getuid() === 0;

const chromium = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    ...(executablePath ? { executablePath } : {}),
    args: [
      ...(runningAsRoot ? ["--no-sandbox"] : []),
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  },
};

/** tests/e2e/revalidation.spec.ts: its own server on E2E_PORT + 1, built from a temporary content copy. */
const REVALIDATION_SPEC = /revalidation\.spec\.ts$/;

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 30_000,
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
  },
  projects: [
    { name: "chromium", use: chromium, testIgnore: REVALIDATION_SPEC },
    // Builds and serves a second, small site (a minute of both cores), so it waits until the other tests
    // are done instead of slowing them down. Alone: npx playwright test --project revalidation --no-deps
    {
      name: "revalidation",
      use: chromium,
      testMatch: REVALIDATION_SPEC,
      dependencies: ["chromium"],
    },
  ],
  webServer: {
    command: "node scripts/start.mjs",
    url: `http://localhost:${PORT}/`,
    env: { PORT: String(PORT), SITE_URL: `http://localhost:${PORT}` },
    reuseExistingServer: !process.env.CI,
    timeout: 600_000,
    stdout: "pipe",
  },
});

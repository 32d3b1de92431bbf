/** Runs before every test file of every tier (vitest.config.ts `setupFiles`). */
import { afterAll } from "vitest";

import { removeTempDirs } from "./temp-dir";

afterAll(removeTempDirs);

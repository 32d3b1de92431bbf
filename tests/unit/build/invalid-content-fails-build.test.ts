/**
 * A broken record must never reach the site: `next build` itself fails with the same file:line report
 * that `npm run validate` prints. Runs a real production build on a copy of the content with one record
 * broken, into its own output folder.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { makeTempDir } from "../../helpers/temp-dir";

const root = path.resolve(__dirname, "../../..");

describe("next build", () => {
  it("fails with the validation report when a record is broken", () => {
    const contentDir = makeTempDir("broken");
    fs.cpSync(path.join(root, "content"), contentDir, { recursive: true });
    const record = path.join(contentDir, "codes", "D3351.md");
    fs.writeFileSync(
      record,
      fs.readFileSync(record, "utf8").replace('  - "endodontics"', '  - "endodontic"'),
    );

    const distDir = ".next-invalid-content-test";
    // The build's own tsconfig keeps tsconfig.json untouched. next-env.d.ts, which is generated and not
    // committed, is rewritten to point at this build's output folder: put it back.
    const nextEnv = path.join(root, "next-env.d.ts");
    const nextEnvBefore = fs.existsSync(nextEnv) ? fs.readFileSync(nextEnv) : undefined;
    const tsconfigBefore = fs.readFileSync(path.join(root, "tsconfig.json"), "utf8");
    const result = spawnSync(process.execPath, [path.join(root, "scripts/build.mjs")], {
      cwd: root,
      env: {
        ...process.env,
        CONTENT_DIR: contentDir,
        NEXT_DIST_DIR: distDir,
        NEXT_TSCONFIG_PATH: "tsconfig.build-test.json",
        NEXT_TELEMETRY_DISABLED: "1",
      },
      encoding: "utf8",
    });
    if (nextEnvBefore) fs.writeFileSync(nextEnv, nextEnvBefore);
    else fs.rmSync(nextEnv, { force: true });
    fs.rmSync(path.join(root, distDir), { recursive: true, force: true });

    expect(fs.readFileSync(path.join(root, "tsconfig.json"), "utf8")).toBe(tsconfigBefore);

    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toMatch(
      /Content validation failed with 1 problem:\n.*codes\/D3351\.md:\d+: specialties\[0\]: unknown specialty "endodontic" \(did you mean "endodontics"\?\)/,
    );
  }, 600_000);
});

/**
 * A broken record must never reach the site: `next build` itself fails with the same file:line report
 * that `npm run validate` prints. Runs a real production build on a copy of the content with one record
 * broken, into its own output folder.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "../../..");

describe("next build", () => {
  it("fails with the validation report when a record is broken", () => {
    const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), "codeatlas-broken-"));
    fs.cpSync(path.join(root, "content"), contentDir, { recursive: true });
    const record = path.join(contentDir, "codes", "D3351.md");
    fs.writeFileSync(
      record,
      fs.readFileSync(record, "utf8").replace('  - "endodontics"', '  - "endodontic"'),
    );

    const distDir = ".next-invalid-content-test";
    // next build adds its output folder's types to tsconfig.json and rewrites next-env.d.ts; put both back.
    const touched = ["tsconfig.json", "next-env.d.ts"].map((name) => path.join(root, name));
    const originals = touched.map((file) =>
      fs.existsSync(file) ? fs.readFileSync(file) : undefined,
    );
    const result = spawnSync(
      process.execPath,
      [path.join(root, "node_modules/next/dist/bin/next"), "build"],
      {
        cwd: root,
        env: {
          ...process.env,
          CONTENT_DIR: contentDir,
          NEXT_DIST_DIR: distDir,
          NEXT_TELEMETRY_DISABLED: "1",
        },
        encoding: "utf8",
      },
    );
    touched.forEach((file, index) => {
      const original = originals[index];
      if (original) fs.writeFileSync(file, original);
      else fs.rmSync(file, { force: true });
    });
    fs.rmSync(path.join(root, distDir), { recursive: true, force: true });
    fs.rmSync(contentDir, { recursive: true, force: true });

    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toMatch(
      /Content validation failed with 1 problem:\n.*codes\/D3351\.md:\d+: specialties\[0\]: unknown specialty "endodontic" \(did you mean "endodontics"\?\)/,
    );
  }, 600_000);
});

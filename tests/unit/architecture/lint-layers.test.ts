/**
 * The layer rules of eslint.config.mjs (docs/architecture.md), run through ESLint's Node API on small
 * probe files, so a change to the config that silently stops enforcing them fails here.
 */
import fs from "node:fs";
import path from "node:path";

import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");

let eslint: ESLint;
/** The same config without import/no-cycle, which needs the linted file on disk. */
let eslintInMemory: ESLint;

// Loading the config and its plugins takes seconds on a busy machine: once, before the timed tests.
beforeAll(async () => {
  eslint = new ESLint({ cwd: ROOT });
  eslintInMemory = new ESLint({
    cwd: ROOT,
    overrideConfig: { rules: { "import/no-cycle": "off" } },
  });
  await Promise.all(
    [eslint, eslintInMemory].map((instance) =>
      instance.lintText("", { filePath: path.join(ROOT, "lib/warm-up.ts") }),
    ),
  );
}, 60_000);

/** Lints `code` as if it were the file at `file` (relative to the repository); nothing is written. */
async function lintAs(
  file: string,
  code: string,
): Promise<{ ruleId: string | null; message: string }[]> {
  const [result] = await eslintInMemory.lintText(code, { filePath: path.join(ROOT, file) });
  return result!.messages.map(({ ruleId, message }) => ({ ruleId, message }));
}

describe("no-restricted-imports layer rules", () => {
  it("reports a lib file that imports from components, even a type", async () => {
    const messages = await lintAs(
      "lib/codes/layer-probe.ts",
      'import type { CodeTable } from "@/components/browse/code-table";\n\nexport type Probe = typeof CodeTable;\n',
    );
    expect(messages).toEqual([
      {
        ruleId: "no-restricted-imports",
        message: expect.stringContaining(
          "lib/codes (kernel) may not import components: lib never imports components",
        ),
      },
    ]);
  });

  it("reports a kernel module that imports a higher layer", async () => {
    const messages = await lintAs(
      "lib/content/layer-probe.ts",
      'import { getCodePricing } from "@/lib/fee-schedule/code-pricing";\n\nexport const probe = getCodePricing;\n',
    );
    expect(messages.map((entry) => entry.message)).toEqual([
      expect.stringContaining("lib/content (kernel) may not import lib/fee-schedule"),
    ]);
  });

  it("reports two folders of the same tier importing each other's modules", async () => {
    const messages = await lintAs(
      "lib/blog/layer-probe.ts",
      'import { getAllTerms } from "@/lib/glossary";\n\nexport const probe = getAllTerms;\n',
    );
    expect(messages.map((entry) => entry.message)).toEqual([
      expect.stringContaining("lib/glossary is a peer in the same tier"),
    ]);
  });

  it("lets a view import the kernel and the domain", async () => {
    const messages = await lintAs(
      "lib/code-page/layer-probe.ts",
      [
        'import { getAllCodes } from "@/lib/content";',
        'import { getLatestRelease } from "@/lib/fee-schedule/load";',
        'import { codePath } from "@/lib/site";',
        "",
        "export const probe = [getAllCodes, getLatestRelease, codePath];",
        "",
      ].join("\n"),
    );
    expect(messages).toEqual([]);
  });

  it("reports a component that imports a loader's values, and allows its types", async () => {
    const values = await lintAs(
      "components/browse/layer-probe.tsx",
      [
        'import { getAllCodes } from "@/lib/content";',
        'import { getLatestRelease } from "@/lib/fee-schedule/load";',
        'import { getAllTerms } from "@/lib/glossary";',
        'import { readFileSync } from "node:fs";',
        "",
        "export const probe = [getAllCodes, getLatestRelease, getAllTerms, readFileSync];",
        "",
      ].join("\n"),
    );
    expect(values.map((entry) => entry.message)).toEqual([
      expect.stringContaining(
        "components never import loaders (lib/content reads the content tree)",
      ),
      expect.stringContaining("components never import loaders (load*.ts modules read files)"),
      expect.stringContaining("components never import loaders (a folder's public API"),
      expect.stringContaining("components never import loaders (components never touch the file"),
    ]);

    const types = await lintAs(
      "components/browse/layer-probe.tsx",
      [
        'import type { CodeRecord } from "@/lib/content";',
        'import type { ReleaseInfo } from "@/lib/fee-schedule/load";',
        'import { formatDollars } from "@/lib/fee-schedule/payment";',
        "",
        "export type Probe = [CodeRecord, ReleaseInfo];",
        "export const probe = formatDollars;",
        "",
      ].join("\n"),
    );
    expect(types).toEqual([]);
  });

  it("reports a relative import that leaves its folder, which the alias rules could not see", async () => {
    const messages = await lintAs(
      "lib/codes/layer-probe.ts",
      'import { getAllCodes } from "../content";\n\nexport const probe = getAllCodes;\n',
    );
    expect(messages.map((entry) => entry.message)).toEqual([
      expect.stringContaining("through the @/ alias"),
    ]);
  });

  it("places every module of lib/ in a layer", async () => {
    const unplaced: string[] = [];
    for (const entry of fs.readdirSync(path.join(ROOT, "lib"), { withFileTypes: true })) {
      const file = entry.isDirectory() ? `lib/${entry.name}/layer-probe.ts` : `lib/${entry.name}`;
      const config = (await eslint.calculateConfigForFile(path.join(ROOT, file))) as {
        rules?: Record<string, unknown>;
      };
      if (!config.rules?.["no-restricted-imports"]) unplaced.push(file);
    }
    expect(unplaced).toEqual([]);
  });
});

describe("import/no-cycle", () => {
  it("reports two lib folders whose modules import each other", async () => {
    // Real files: the rule follows imports on disk. A dot folder, removed even when the test fails.
    const probe = fs.mkdtempSync(path.join(ROOT, "lib", ".cycle-probe-"));
    const alias = `@/lib/${path.basename(probe)}`;
    try {
      fs.mkdirSync(path.join(probe, "first"));
      fs.mkdirSync(path.join(probe, "second"));
      fs.writeFileSync(
        path.join(probe, "first", "one.ts"),
        `import { two } from "${alias}/second/two";\n\nexport const one = () => two;\n`,
      );
      fs.writeFileSync(
        path.join(probe, "second", "two.ts"),
        `import { one } from "${alias}/first/one";\n\nexport const two = () => one;\n`,
      );
      const [result] = await eslint.lintFiles([path.join(probe, "first", "one.ts")]);
      expect(result!.messages.map(({ ruleId, message }) => ({ ruleId, message }))).toEqual([
        { ruleId: "import/no-cycle", message: expect.stringContaining("Dependency cycle") },
      ]);
    } finally {
      fs.rmSync(probe, { recursive: true, force: true });
    }
  });
});

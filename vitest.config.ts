import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/**
 * Tests that read the committed content: the code records, specialties, glossary, guides and posts under
 * content/, the imported fee-schedule datasets in content/fee-schedule, or the official CMS files in
 * ../shared/data. They load the real corpus, so they are slower and a content change can fail them.
 */
const CONTENT_TESTS = [
  "tests/unit/blog/feeds.test.ts",
  "tests/unit/blog/index.test.ts",
  "tests/unit/blog/load-posts.test.ts",
  "tests/unit/blog/remark-figures.test.ts",
  "tests/unit/browse/code-rows.test.ts",
  "tests/unit/browse/specialty-listing.test.tsx",
  "tests/unit/calculator/calculator-markup.test.tsx",
  "tests/unit/calculator/code-data.test.ts",
  "tests/unit/calculator/compute.test.ts",
  "tests/unit/calculator/fee-schedule-route.test.ts",
  "tests/unit/career/load-career-guides.test.ts",
  "tests/unit/code-index/index.test.ts",
  "tests/unit/code-page/build-reference-page.test.ts",
  "tests/unit/code-page/reference-descriptors.test.ts",
  "tests/unit/code-page/static-props.test.ts",
  "tests/unit/content/collections.test.ts",
  "tests/unit/content/corpus.test.ts",
  "tests/unit/content/name-guard.test.ts",
  "tests/unit/content/near-duplicates.test.ts",
  "tests/unit/fee-schedule/official-data.test.ts",
  "tests/unit/figures/figure-directives.test.ts",
  "tests/unit/figures/resolve-figure-directives.test.ts",
  "tests/unit/glossary/glossary-api.test.ts",
  "tests/unit/glossary/load-glossary.test.ts",
  "tests/unit/search/glossary-documents.test.ts",
  "tests/unit/search/relevance.test.ts",
  "tests/unit/search/search-page-props.test.ts",
  "tests/unit/routes.test.ts",
  "tests/unit/seo/head-tags.test.ts",
];

/** A real `next build`: about half a minute of both cores. */
const BUILD_TESTS = ["tests/unit/build/**/*.test.ts"];

const ALL_TESTS = ["tests/unit/**/*.test.ts", "tests/unit/**/*.test.tsx"];

/**
 * Three tiers, run together by `npm run test:unit` (`vitest run`), or one at a time with `--project`:
 * - unit: logic on fixtures and in-memory input; never reads content/, so it stays fast and a content
 *   edit cannot fail it. CONTENT_DIR points at a folder that does not exist, so a test that loads the
 *   real corpus by accident finds nothing instead of quietly slowing the tier down.
 * - content: CONTENT_TESTS.
 * - build: BUILD_TESTS, after the others, so the build has both cores to itself.
 *
 * unit and content share their workers between test files (`isolate: false`): modules, and the corpus,
 * are loaded once per worker instead of once per file. On this project's 2-core machine that cut the CPU
 * time of unit from 31 s to 13 s and of content from 70 s to 13 s. So a test file must put back what it
 * changes: environment variables through vi.stubEnv and vi.unstubAllEnvs, temp folders through
 * tests/helpers/temp-dir.ts, a module it re-imported with other settings through vi.resetModules. The
 * loaders' caches are keyed by CONTENT_DIR, so fixtures and the real corpus can follow each other.
 */
export default defineConfig({
  resolve: {
    alias: { "@": fileURLToPath(new URL("./", import.meta.url)) },
  },
  test: {
    environment: "node",
    globalSetup: ["tests/setup/build-islands.ts"],
    setupFiles: ["tests/helpers/vitest-setup.ts"],
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ALL_TESTS,
          exclude: [...CONTENT_TESTS, ...BUILD_TESTS],
          env: { CONTENT_DIR: "tests/unit-tier-has-no-content" },
          pool: "threads",
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: "content",
          include: CONTENT_TESTS,
          pool: "threads",
          isolate: false,
          // The first test of a worker that asks for a record loads and validates the whole corpus.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: { name: "build", include: BUILD_TESTS, sequence: { groupOrder: 1 } },
      },
    ],
  },
});

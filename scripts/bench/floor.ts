/**
 * The framework's floor, built in the same `npm run bench -- --real` run as the site: a Next.js project
 * with one trivial Pages Router route (a heading and a paragraph of 560 characters per page, props from
 * getStaticProps), prerendered as many times as the site has pages. The site's cost per page is reported
 * as a multiple of this one, so the target holds however fast the machine is that day.
 *
 * The project is written to `.bench-floor/` inside this one (git-ignored) so that it resolves next and
 * react from this project's node_modules; plain .jsx, so Next sets up no TypeScript for it.
 */
import fs from "node:fs";
import path from "node:path";

import { PROJECT_ROOT } from "./next-build";

export const FLOOR_DIR = path.join(PROJECT_ROOT, ".bench-floor");

const PAGE = `const TEXT = "Lorem ipsum ".repeat(47).trim();

export function getStaticPaths() {
  return {
    paths: Array.from({ length: PAGE_COUNT }, (_, n) => ({ params: { n: String(n) } })),
    fallback: false,
  };
}

export function getStaticProps({ params }) {
  return { props: { n: params.n } };
}

export default function Page({ n }) {
  return (
    <main>
      <h1>Page {n}</h1>
      <p>{TEXT}</p>
    </main>
  );
}
`;

// Same static-generation settings as the site's next.config.ts, so only the pages differ.
const CONFIG = `export default {
  experimental: { staticGenerationMaxConcurrency: 1 },
  turbopack: { root: ${JSON.stringify(PROJECT_ROOT)} },
};
`;

/** Writes the floor project for `pages` pages and returns its folder. */
export function writeFloorProject(pages: number): string {
  fs.rmSync(FLOOR_DIR, { recursive: true, force: true });
  fs.mkdirSync(path.join(FLOOR_DIR, "pages", "floor"), { recursive: true });
  fs.writeFileSync(
    path.join(FLOOR_DIR, "pages", "floor", "[n].jsx"),
    PAGE.replace("PAGE_COUNT", String(pages)),
  );
  fs.writeFileSync(path.join(FLOOR_DIR, "next.config.mjs"), CONFIG);
  return FLOOR_DIR;
}

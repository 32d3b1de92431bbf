import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypeScript from "eslint-config-next/typescript";

/**
 * The layers of docs/architecture.md, lowest first. Each layer is a list of tiers and each tier a list of
 * modules: a folder ("lib/codes/") or a single file ("lib/site.ts"). A module may import its own files and
 * modules of lower tiers; never a module of its own tier or a higher one, so no two folders can import
 * each other. Type-only imports count too: a type is part of the contract between layers.
 */
export const LAYERS = [
  {
    name: "kernel",
    tiers: [
      [
        "lib/site.ts",
        "lib/format-date.ts",
        "lib/process-cache.ts",
        "lib/paginate.ts",
        "lib/page-props.ts",
        "lib/http/",
        "lib/islands/",
        "lib/text/",
        "lib/xml/",
        "lib/routes.ts",
        "lib/cache-policy.ts",
        "lib/page-regeneration.ts",
      ],
      ["lib/codes/", "lib/shell.ts", "lib/fast-path/"],
      ["lib/content/"],
    ],
  },
  {
    name: "domain",
    tiers: [
      ["lib/fee-schedule/"],
      ["lib/code-index/", "lib/figures/"],
      ["lib/prose/", "lib/revalidation/"],
    ],
  },
  {
    name: "views",
    tiers: [
      ["lib/seo/"],
      ["lib/blog/", "lib/browse/", "lib/calculator/", "lib/glossary/"],
      ["lib/modifiers/"],
      ["lib/career/", "lib/code-page/", "lib/search/", "lib/wrvu-log/"],
      ["lib/sitemap/"],
    ],
  },
  { name: "components", tiers: [["components/"]] },
  { name: "routes", tiers: [["app/", "pages/", "proxy.ts"]] },
];

/**
 * Modules that read files, or hand out what was read: components get their data as props and may import
 * only types from these (a value import would pull a loader, and node:fs, into the page's bundle).
 */
export const LOADER_IMPORTS = [
  { regex: "^@/lib/content(/.*)?$", what: "lib/content reads the content tree" },
  { regex: "^@/lib/[^/]+/load(-[^/]+)?$", what: "load*.ts modules read files" },
  {
    regex: "^@/lib/(blog|career|glossary|search|sitemap)$",
    what: "a folder's public API reads and caches its content",
  },
  { regex: "^(node:)?fs(/.*)?$", what: "components never touch the file system" },
];

const SOURCE_FILES = "**/*.{ts,tsx,mts,js,mjs}";

/** `lib/codes/` → files "lib/codes/**", import "^@/lib/codes(/.*)?$"; `lib/site.ts` → "^@/lib/site$". */
function describeModule(module) {
  const folder = module.endsWith("/");
  const name = folder ? module.slice(0, -1) : module.replace(/\.tsx?$/, "");
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return {
    module: name,
    files: folder ? [`${module}${SOURCE_FILES}`] : [module],
    importRegex: folder ? `^@/${escaped}(/.*)?$` : `^@/${escaped}$`,
  };
}

/** Every module with its layer and its tier, counted across layers from 0. */
const RANKED = LAYERS.flatMap(({ name: layer, tiers }) =>
  tiers.map((modules) => ({ layer, modules })),
).flatMap(({ layer, modules }, tier) =>
  modules.map((module) => ({ ...describeModule(module), layer, tier })),
);

function layerMessage(from, to) {
  const where =
    to.layer === "components"
      ? "lib never imports components: define the view-model type in lib and let the component import it"
      : to.tier === from.tier
        ? `${to.module} is a peer in the same tier: move what both need down a tier`
        : `${to.module} is in a higher tier (${to.layer})`;
  const layer = from.layer === from.module ? "" : ` (${from.layer})`;
  return `${from.module}${layer} may not import ${to.module}: ${where}. See docs/architecture.md.`;
}

function restrictedPatterns(from) {
  const above = RANKED.filter((to) => to.module !== from.module && to.tier >= from.tier).map(
    (to) => ({ regex: to.importRegex, message: layerMessage(from, to) }),
  );
  const loaders =
    from.layer === "components"
      ? LOADER_IMPORTS.map(({ regex, what }) => ({
          regex,
          allowTypeImports: true,
          message: `components never import loaders (${what}): take the data as props; type imports are fine.`,
        }))
      : [];
  return [
    ...above,
    ...loaders,
    {
      regex: "^\\.\\./",
      message: "Import another folder through the @/ alias, so the layer rules can see it.",
    },
  ];
}

// Routes are the top: they compose everything below and share assets (pages/_app.tsx loads
// app/globals.css), so nothing restricts them.
const layerRules = RANKED.filter((from) => from.layer !== "routes").map((from) => ({
  name: `codeatlas/layers/${from.module}`,
  files: from.files,
  rules: { "no-restricted-imports": ["error", { patterns: restrictedPatterns(from) }] },
}));

const config = [
  ...nextCoreWebVitals,
  ...nextTypeScript,
  {
    name: "codeatlas/no-cycle",
    files: [SOURCE_FILES],
    // Packages cannot import the project back. Without this setting the rule's precomputed import graph
    // walks all of node_modules (import-js/eslint-plugin-import#3255) and lint took five times as long.
    settings: { "import/ignore": ["node_modules"] },
    rules: { "import/no-cycle": ["error", { ignoreExternal: true }] },
  },
  ...layerRules,
  {
    ignores: [
      ".next/**",
      ".next-*/**",
      ".bench-next/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      "content/**",
      "public/islands/**",
      "public/log-sw.js",
    ],
  },
];

export default config;

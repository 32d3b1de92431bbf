/**
 * The document around every page, whichever router renders it: language, viewport, theme colours, icon,
 * titles and the 404's head. The App Router's root layout (app/layout.tsx) turns it into `metadata` and
 * `viewport`; the Pages Router's pages/_document.tsx and pages/_app.tsx print the same tags from it, so
 * the two shells cannot drift apart. tests/e2e/router-boundary.spec.ts compares them in a browser.
 */
import type { Metadata, Viewport } from "next";

import { getSiteUrl, SITE_NAME, SITE_TAGLINE } from "@/lib/site";

/** One tag of a Pages Router page's head (lib/seo/head-tags.ts builds them from metadata). */
export interface HeadTag {
  tag: "meta" | "link";
  attributes: Record<string, string>;
}

export interface PageHeadData {
  /** The full <title>, with the site name appended as the root layout's title template does. */
  title: string;
  tags: HeadTag[];
}

export const SHELL = {
  lang: "en",
  /** Open Graph locale of every page. */
  locale: "en_US",
  viewport: { width: "device-width", initialScale: 1 },
  /** Browser UI colours matching the page background in light and dark mode. */
  themeColors: [
    { media: "(prefers-color-scheme: light)", color: "#ffffff" },
    { media: "(prefers-color-scheme: dark)", color: "#020617" },
  ],
  /** Served from public/: an App Router icon file would get a build hash the Pages Router cannot know. */
  icon: { url: "/icon.svg", sizes: "any", type: "image/svg+xml" },
  /** How every page title ends. */
  titleTemplate: `%s | ${SITE_NAME}`,
  /** The title of a page that sets none (the home page). */
  defaultTitle: `${SITE_NAME} — ${SITE_TAGLINE}`,
  /** The description of a page that sets none (the 404). */
  description:
    "Plain-language explanations of CPT, HCPCS Level II and CDT billing codes with official CMS fee-schedule figures.",
  /** On <body> (App Router) or the wrapper inside #__next (Pages Router): the footer stays at the bottom. */
  bodyClassName: "flex min-h-screen flex-col",
  /** The 404 of both routers; the App Router writes the robots tag itself, with this value. */
  notFound: { title: "Page not found", robots: "noindex" },
} as const;

/** A page title with the site name appended, as the title template writes it. */
export function formatTitle(title: string): string {
  return SHELL.titleTemplate.replace("%s", title);
}

/** The root layout's metadata: the defaults every App Router page starts from. */
export function getShellMetadata(): Metadata {
  return {
    metadataBase: new URL(getSiteUrl()),
    title: { default: SHELL.defaultTitle, template: SHELL.titleTemplate },
    description: SHELL.description,
    icons: { icon: [{ ...SHELL.icon }] },
  };
}

export function getShellViewport(): Viewport {
  return { ...SHELL.viewport, themeColor: [...SHELL.themeColors] };
}

/** The viewport meta tag's content, as the App Router writes it from `getShellViewport()`. */
export function viewportContent(): string {
  return `width=${SHELL.viewport.width}, initial-scale=${SHELL.viewport.initialScale}`;
}

/** What pages/_document.tsx puts in every Pages Router page's head (the viewport goes in _app). */
export const SHELL_DOCUMENT_TAGS: readonly HeadTag[] = [
  ...SHELL.themeColors.map(({ media, color }) => ({
    tag: "meta" as const,
    attributes: { name: "theme-color", content: color, media },
  })),
  {
    tag: "link",
    attributes: {
      rel: "icon",
      href: SHELL.icon.url,
      sizes: SHELL.icon.sizes,
      type: SHELL.icon.type,
    },
  },
];

/** The head of the Pages Router's 404, matching what the App Router writes for app/not-found.tsx. */
export function getNotFoundHead(): PageHeadData {
  return {
    title: formatTitle(SHELL.notFound.title),
    tags: [
      { tag: "meta", attributes: { name: "robots", content: SHELL.notFound.robots } },
      { tag: "meta", attributes: { name: "description", content: SHELL.description } },
    ],
  };
}

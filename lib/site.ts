/**
 * Site identity and navigation, defined once. Every absolute URL is built from SITE_URL so a deployment
 * (or a test run on another port) never carries a hard-coded host.
 */
export const SITE_NAME = "CodeAtlas";
export const SITE_TAGLINE =
  "Plain-language reference for CPT, HCPCS Level II and CDT billing codes";

/** The public base URL, without a trailing slash. */
export function getSiteUrl(): string {
  const raw = process.env.SITE_URL ?? `http://localhost:${process.env.PORT ?? "3000"}`;
  return raw.replace(/\/+$/, "");
}

/** Absolute URL for a site path ("/codes/D3351"). */
export function absoluteUrl(pathname: string): string {
  return `${getSiteUrl()}${pathname.startsWith("/") ? pathname : `/${pathname}`}`;
}

export interface NavItem {
  label: string;
  href: string;
  children?: NavItem[];
}

/**
 * The career stages CodeAtlas writes a guide for. Navigation and the sitemap link every stage, so the
 * career-guide loader requires a guide for each one.
 */
export const CAREER_STAGES = [
  { slug: "medical-students", label: "Medical students" },
  { slug: "residents", label: "Residents" },
  { slug: "attending-physicians", label: "Attending physicians" },
] as const;

export type CareerStage = (typeof CAREER_STAGES)[number];
export type CareerStageSlug = CareerStage["slug"];

export const CAREER_PATH = "/career";

/** "/career/residents" */
export function careerGuidePath(slug: string): string {
  return `${CAREER_PATH}/${slug}`;
}

export const RESOURCES_PATH = "/resources";
export const GLOSSARY_PATH = "/resources/glossary";

/** The stable URL of one glossary term: "/resources/glossary/wrvu". */
export function glossaryTermPath(slug: string): string {
  return `${GLOSSARY_PATH}/${slug}`;
}

export const MAIN_NAV: NavItem[] = [
  { label: "Home", href: "/" },
  { label: "Codes", href: "/codes" },
  { label: "Specialties", href: "/specialties" },
  {
    label: "Career stage",
    href: CAREER_PATH,
    children: CAREER_STAGES.map(({ slug, label }) => ({ label, href: careerGuidePath(slug) })),
  },
  { label: "Resources", href: RESOURCES_PATH },
  { label: "Blog", href: "/blog" },
  { label: "Calculator", href: "/calculator" },
  { label: "wRVU log", href: "/log" },
  { label: "Support", href: "/support" },
];

/** URL of a code page; the single place the canonical code URL shape is written. */
export function codePath(code: string): string {
  return `/codes/${code}`;
}

export function specialtyPath(slug: string): string {
  return `/specialties/${slug}`;
}

export function systemPath(system: string): string {
  return `/codes/${system}`;
}

export function categoryPath(system: string, category: string): string {
  return `/codes/${system}/${category}`;
}

export const MODIFIERS_PATH = "/modifiers";

/** URL of a modifier's page: "/modifiers/26", "/modifiers/TC". */
export function modifierPath(modifier: string): string {
  return `${MODIFIERS_PATH}/${modifier}`;
}

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

export const MAIN_NAV: NavItem[] = [
  { label: "Home", href: "/" },
  { label: "Codes", href: "/codes" },
  { label: "Specialties", href: "/specialties" },
  {
    label: "Career stage",
    href: "/career",
    children: [
      { label: "Medical students", href: "/career/medical-students" },
      { label: "Residents", href: "/career/residents" },
      { label: "Attending physicians", href: "/career/attending-physicians" },
    ],
  },
  { label: "Resources", href: "/resources" },
  { label: "Blog", href: "/blog" },
  { label: "Calculator", href: "/calculator" },
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

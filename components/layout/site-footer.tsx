import { SiteLink } from "@/components/layout/site-link";

import { SITE_NAME } from "@/lib/site";

/** The <footer> element's own attributes: SiteFooter's, and StaticPage's (static-page.tsx). */
export const SITE_FOOTER_ATTRIBUTES = {
  "data-site-footer": "",
  className:
    "mt-16 border-t border-slate-200 bg-slate-50 text-sm text-slate-600 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-400",
} as const;

/** Footer with the site-wide disclaimer; code pages add their own attribution block above it. */
export function SiteFooter() {
  return (
    <footer {...SITE_FOOTER_ATTRIBUTES}>
      <SiteFooterContent />
    </footer>
  );
}

/** What the footer holds: the disclaimer, a few links and the code sets' attribution. */
export function SiteFooterContent() {
  return (
    <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 sm:grid-cols-3">
      <div>
        <p className="font-semibold text-slate-800 dark:text-slate-200">{SITE_NAME}</p>
        <p className="mt-2">
          A reference, not billing or legal advice. Always confirm coverage and coding rules with
          the payer.
        </p>
      </div>
      <ul className="space-y-1">
        <li>
          <SiteLink className="hover:underline" href="/codes">
            Browse codes
          </SiteLink>
        </li>
        <li>
          <SiteLink className="hover:underline" href="/specialties">
            Specialties
          </SiteLink>
        </li>
        <li>
          <SiteLink className="hover:underline" href="/calculator">
            wRVU calculator
          </SiteLink>
        </li>
      </ul>
      <div className="space-y-2">
        <p>
          CPT® is a registered trademark of the American Medical Association. CDT codes are ©
          American Dental Association. HCPCS Level II codes and fee-schedule figures come from the
          Centers for Medicare &amp; Medicaid Services.
        </p>
        <p>
          <SiteLink className="hover:underline" href="/support">
            Support and corrections
          </SiteLink>
        </p>
      </div>
    </div>
  );
}

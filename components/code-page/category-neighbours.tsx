import { SiteLink } from "@/components/layout/site-link";
import type { CodeLink } from "@/lib/code-page/code-link";

/**
 * Previous and next code of the category, at the foot of code and reference pages. Reference pages show
 * the codes alone (`named={false}`): their neighbours are mostly other reference codes, whose only names
 * would be generic labels.
 */
export function CategoryNeighbours({
  previous,
  next,
  named,
}: {
  previous: CodeLink | undefined;
  next: CodeLink | undefined;
  named: boolean;
}) {
  return (
    <nav
      aria-label="Codes in this category"
      className="flex flex-wrap justify-between gap-3 text-sm"
      data-print-hidden
    >
      {previous ? (
        <SiteLink href={previous.href} rel="prev" className="hover:underline">
          ← <span className="font-mono">{previous.code}</span>
          {named && ` ${previous.name}`}
        </SiteLink>
      ) : (
        // Keeps "next" on the right.
        <span />
      )}
      {next && (
        <SiteLink href={next.href} rel="next" className="hover:underline">
          <span className="font-mono">{next.code}</span>
          {named && ` ${next.name}`} →
        </SiteLink>
      )}
    </nav>
  );
}

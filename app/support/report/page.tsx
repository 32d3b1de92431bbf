import { SiteLink } from "@/components/layout/site-link";

import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Heading } from "@/components/ui/heading";
import { normalizeCode } from "@/lib/codes/code-system";
import { getCode } from "@/lib/content";
import { createMetadata } from "@/lib/seo/metadata";
import { absoluteUrl, codePath } from "@/lib/site";

export const metadata = createMetadata({
  title: "Report a problem with a page",
  description:
    "Tell CodeAtlas about an error on a code page: a wrong figure, an outdated rule or unclear wording. Reports go straight to the editors.",
  path: "/support/report",
  noindex: true,
});

type Props = { searchParams: Promise<{ code?: string | string[] }> };

export default async function ReportPage({ searchParams }: Props) {
  const { code } = await searchParams;
  const normalized = normalizeCode(typeof code === "string" ? code : "");
  const record = normalized ? getCode(normalized) : undefined;
  const subject = record ? `Problem on the ${record.code} page` : "Problem on a CodeAtlas page";
  const body = record
    ? `Page: ${absoluteUrl(codePath(record.code))}\n\nWhat is wrong:\n\nSource (if any):\n`
    : "Page address:\n\nWhat is wrong:\n\nSource (if any):\n";
  const mailto = `mailto:corrections@codeatlas.example?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return (
    <div className="max-w-2xl space-y-4">
      <Breadcrumbs
        items={[
          { label: "Home", href: "/" },
          { label: "Support", href: "/support" },
          { label: "Report a problem" },
        ]}
      />
      <Heading level={1}>Report a problem</Heading>
      {record ? (
        <p>
          You are reporting a problem with the page for{" "}
          <SiteLink className="underline" href={codePath(record.code)}>
            <span className="font-mono">{record.code}</span> {record.name}
          </SiteLink>
          .
        </p>
      ) : (
        <p>Tell us which page is wrong and what you found.</p>
      )}
      <p>
        <a
          className="bg-brand-700 hover:bg-brand-800 inline-block rounded-md px-4 py-2 font-medium text-white"
          href={mailto}
        >
          Write to the editors
        </a>
      </p>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        The message opens in your email program with the page address filled in. A source (a payer
        policy, a CMS manual section) helps us fix it fast.
      </p>
    </div>
  );
}

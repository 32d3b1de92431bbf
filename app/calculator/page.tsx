import Link from "next/link";

import { ComingSoon } from "@/components/browse/coming-soon";
import { normalizeCode } from "@/lib/codes/code-system";
import { getCode } from "@/lib/content";
import { createMetadata } from "@/lib/seo/metadata";
import { codePath } from "@/lib/site";

export const metadata = createMetadata({
  title: "wRVU calculator",
  description: "Track procedures and add up work RVUs, total RVUs and Medicare payment from the CMS fee schedule: the CodeAtlas calculator is coming soon.",
  path: "/calculator",
  noindex: true,
});

type Props = { searchParams: Promise<{ add?: string | string[] }> };

export default async function CalculatorPage({ searchParams }: Props) {
  const { add } = await searchParams;
  const requested = normalizeCode(typeof add === "string" ? add : "");
  const record = requested ? getCode(requested) : undefined;
  return (
    <ComingSoon title="wRVU calculator" crumbs={[{ label: "Home", href: "/" }, { label: "Calculator" }]}>
      <p>
        The calculator is being built: it will total work RVUs, total RVUs and Medicare payment for a list of
        codes, by setting and locality, from the official CMS fee schedule.
      </p>
      {record && (
        <p>
          You asked to add <Link className="underline" href={codePath(record.code)}><span className="font-mono">{record.code}</span> {record.name}</Link>.
          Its figures are on its code page until the calculator is ready.
        </p>
      )}
    </ComingSoon>
  );
}

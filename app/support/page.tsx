import { SiteLink } from "@/components/layout/site-link";

import { Breadcrumbs } from "@/components/layout/breadcrumbs";
import { Heading } from "@/components/ui/heading";
import { Section } from "@/components/ui/section";
import { createMetadata } from "@/lib/seo/metadata";

export const metadata = createMetadata({
  title: "Support, corrections and data sources",
  description:
    "How to report an error on a CodeAtlas page, where the fee-schedule figures come from and how they are updated, and the site's disclaimer.",
  path: "/support",
});

export default function SupportPage() {
  return (
    <div className="max-w-3xl space-y-6">
      <Breadcrumbs items={[{ label: "Home", href: "/" }, { label: "Support" }]} />
      <Heading level={1}>Support</Heading>
      <Section headingId="report" title="Report a problem" className="space-y-2">
        <p>
          Every code page ends with a “Report a problem with this page” link that carries the code,
          so we know which page you mean. You can also{" "}
          <SiteLink className="underline" href="/support/report">
            report a problem here
          </SiteLink>
          .
        </p>
      </Section>
      <Section headingId="data" title="Where the figures come from" className="space-y-2">
        <p>
          RVUs, status indicators, global periods, conversion factors and payment amounts are
          imported from the official CMS Physician Fee Schedule relative value files, unmodified.
          Every code page names the release its figures come from. When CMS publishes a new release,
          we import it as a new dataset; earlier releases stay available for comparison.
        </p>
        <p>
          Names, descriptions and guidance are written by CodeAtlas. They are not the AMA’s CPT
          descriptors or the ADA’s CDT descriptors.
        </p>
      </Section>
      <Section headingId="disclaimer" title="Disclaimer" className="space-y-2">
        <p>
          CodeAtlas is a reference. It is not billing, coding, legal or medical advice. Coverage and
          payment depend on the payer, the patient’s plan and the documentation; always confirm with
          the payer and the official code sets.
        </p>
      </Section>
      <Section headingId="contact" title="Contact" className="space-y-2">
        <p>
          Write to{" "}
          <a className="underline" href="mailto:corrections@codeatlas.example">
            corrections@codeatlas.example
          </a>
          . Include the page address and what you think is wrong, with a source if you have one.
        </p>
      </Section>
    </div>
  );
}

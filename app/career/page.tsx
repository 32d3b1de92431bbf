import Link from "next/link";

import { ComingSoon } from "@/components/browse/coming-soon";
import { CAREER_STAGES } from "@/lib/coming-soon";
import { createMetadata } from "@/lib/seo/metadata";

export const metadata = createMetadata({
  title: "Guides by career stage",
  description: "Guides to billing codes and RVUs written for medical students, residents and attending physicians, coming soon to CodeAtlas.",
  path: "/career",
});

export default function CareerIndexPage() {
  return (
    <ComingSoon title="Guides by career stage" crumbs={[{ label: "Home", href: "/" }, { label: "Career stage" }]}>
      <p>We are writing guides for each stage of a clinical career: what RVUs are, the codes you meet first and how productivity is measured.</p>
      <ul className="list-disc pl-6">
        {CAREER_STAGES.map((stage) => (
          <li key={stage.slug}><Link className="underline" href={`/career/${stage.slug}`}>{stage.label}</Link></li>
        ))}
      </ul>
    </ComingSoon>
  );
}

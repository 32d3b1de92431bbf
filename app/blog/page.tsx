import { ComingSoon } from "@/components/browse/coming-soon";
import { createMetadata } from "@/lib/seo/metadata";

export const metadata = createMetadata({
  title: "Blog",
  description: "The CodeAtlas blog: in-depth articles on billing codes, RVUs and fee-schedule changes, coming soon.",
  path: "/blog",
});

export default function ComingSoonPage() {
  return (
    <ComingSoon title="Blog" crumbs={[{ label: "Home", href: "/" }, { label: "Blog" }]}>
      <p>Articles that explain billing codes in depth, starting with the apexification visit series and wRVUs for residents, are being written.</p>
    </ComingSoon>
  );
}

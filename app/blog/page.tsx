import { BlogIndex } from "@/components/blog/blog-index";
import { getAllTags, getPostPage, getPostPageCount } from "@/lib/blog";
import { createBlogMetadata } from "@/lib/blog/metadata";
import { BLOG_PATH } from "@/lib/blog/paths";
import { toPageLinks, toPostSummary, toTagCloud } from "@/lib/blog/view-models";

export const metadata = createBlogMetadata({
  title: "Blog",
  description:
    "In-depth articles on billing codes, work RVUs and Medicare fee-schedule changes, with every code linked to its reference page.",
  path: BLOG_PATH,
});

export default function BlogPage() {
  return (
    <BlogIndex
      title="Blog"
      intro="Longer reads on coding and payment: how a code family is reported, what RVUs mean for your work, and what changed in the fee schedule."
      crumbs={[{ label: "Home", href: "/" }, { label: "Blog" }]}
      posts={(getPostPage(1) ?? []).map(toPostSummary)}
      tags={toTagCloud(getAllTags())}
      pages={toPageLinks(getPostPageCount())}
    />
  );
}

/**
 * Props for the blog's listings (pages/blog/): the index, its numbered pages and the tag pages. Computed at
 * build time and sent as static HTML with no framework runtime: a listing only reads. Posts themselves
 * stay App Router pages (app/blog/[slug]).
 */
import { getIslandScriptUrl } from "@/lib/islands/island-scripts";
import { withoutUndefined } from "@/lib/page-props";
import { parsePageSegment, type PageLink } from "@/lib/paginate";
import { buildPageHead, type PageHeadData } from "@/lib/seo/head-tags";

import { getAllTags, getPostPage, getPostPageCount, getPostsByTag } from "./index";
import { createBlogMetadata } from "./metadata";
import { BLOG_PATH, blogPagePath, tagPath } from "./paths";
import { toPageLinks, toPostSummary, toTagCloud } from "./view-models";

/** What the BlogIndex component draws. */
export interface BlogListing {
  title: string;
  intro: string;
  crumbs: { label: string; href?: string }[];
  posts: ReturnType<typeof toPostSummary>[];
  tags: ReturnType<typeof toTagCloud>;
  currentTag?: string;
  currentPage?: number;
  pages?: PageLink[];
}

export interface BlogIndexProps {
  head: PageHeadData;
  islandScript: string;
  listing: BlogListing;
}

function toProps(
  metadata: { title: string; description: string; path: string },
  listing: BlogListing,
): BlogIndexProps {
  return withoutUndefined({
    head: buildPageHead(createBlogMetadata(metadata)),
    islandScript: getIslandScriptUrl("code-page"),
    listing,
  });
}

/**
 * /blog (`pageSegment` undefined) or /blog/page/<n>, or undefined when there is no such page (page 1
 * has no /page/1 address).
 */
export function getBlogIndexProps(pageSegment?: string): BlogIndexProps | undefined {
  const page = pageSegment === undefined ? 1 : parsePageSegment(pageSegment);
  const posts = page === undefined ? undefined : getPostPage(page);
  if (page === undefined || !posts) return undefined;
  const count = getPostPageCount();
  const first = page === 1;
  return toProps(
    first
      ? {
          title: "Blog",
          description:
            "In-depth articles on billing codes, work RVUs and Medicare fee-schedule changes, with every code linked to its reference page.",
          path: BLOG_PATH,
        }
      : {
          title: `Blog, page ${page}`,
          description: `Older CodeAtlas blog posts, page ${page} of ${count}.`,
          path: blogPagePath(page),
        },
    {
      title: first ? "Blog" : `Blog, page ${page}`,
      intro: first
        ? "Longer reads on coding and payment: how a code family is reported, what RVUs mean for your work, and what changed in the fee schedule."
        : "Older posts, newest first.",
      crumbs: first
        ? [{ label: "Home", href: "/" }, { label: "Blog" }]
        : [
            { label: "Home", href: "/" },
            { label: "Blog", href: BLOG_PATH },
            { label: `Page ${page}` },
          ],
      posts: posts.map(toPostSummary),
      tags: toTagCloud(getAllTags()),
      currentPage: first ? undefined : page,
      pages: toPageLinks(count),
    },
  );
}

/** The numbered pages after the first, for getStaticPaths (none while there are ten posts or fewer). */
export function getLaterBlogPageParams(): { page: string }[] {
  return Array.from({ length: getPostPageCount() - 1 }, (_, index) => ({
    page: String(index + 2),
  }));
}

/** /blog/tags/<tag>, or undefined when no post carries the tag. */
export function getBlogTagProps(tag: string): BlogIndexProps | undefined {
  const posts = getPostsByTag(tag);
  if (posts.length === 0) return undefined;
  const count = posts.length;
  return toProps(
    {
      title: `Posts tagged “${tag}”`,
      description: `${count} CodeAtlas blog ${count === 1 ? "post" : "posts"} tagged “${tag}”, newest first: billing codes, RVUs and the fee schedule explained.`,
      path: tagPath(tag),
    },
    {
      title: `Posts tagged “${tag}”`,
      intro: `${count} ${count === 1 ? "post" : "posts"} on this topic, newest first.`,
      crumbs: [
        { label: "Home", href: "/" },
        { label: "Blog", href: BLOG_PATH },
        { label: `#${tag}` },
      ],
      posts: posts.map(toPostSummary),
      tags: toTagCloud(getAllTags()),
      currentTag: tag,
    },
  );
}

import { Breadcrumbs, type Crumb } from "@/components/layout/breadcrumbs";
import { Heading } from "@/components/ui/heading";
import type { PageLink } from "@/lib/paginate";

import { FeedLinks } from "./feed-links";
import { Pagination } from "./pagination";
import { PostList, type PostSummary } from "./post-list";
import { TagList, type TagLink } from "./tag-list";

/** The blog index, its numbered pages and the tag pages: one layout, different lists. */
export function BlogIndex({
  title,
  intro,
  crumbs,
  posts,
  tags,
  currentTag,
  currentPage = 1,
  pages = [],
}: {
  title: string;
  intro: string;
  crumbs: Crumb[];
  posts: PostSummary[];
  tags: TagLink[];
  currentTag?: string;
  currentPage?: number;
  pages?: PageLink[];
}) {
  return (
    <div className="grid gap-10 lg:grid-cols-[1fr_16rem]">
      <div className="max-w-3xl space-y-8">
        <header className="space-y-3">
          <Breadcrumbs items={crumbs} />
          <Heading level={1} look="display">
            {title}
          </Heading>
          <p className="text-lg text-slate-700 dark:text-slate-300">{intro}</p>
          <FeedLinks />
        </header>
        <PostList posts={posts} />
        <Pagination current={currentPage} pages={pages} />
      </div>
      <aside aria-labelledby="blog-tags-heading" className="space-y-3">
        <Heading level={2} look="minor" id="blog-tags-heading">
          Topics
        </Heading>
        <TagList tags={tags} current={currentTag} />
      </aside>
    </div>
  );
}

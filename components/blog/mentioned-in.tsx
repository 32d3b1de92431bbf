import { SiteLink } from "@/components/layout/site-link";

import { PostDate } from "./post-date";

export interface MentionedInPost {
  title: string;
  href: string;
  /** "YYYY-MM-DD". */
  published: string;
}

/**
 * The blog posts that reference a code, for the code page's "Mentioned in" section. Renders the list only
 * (the page supplies the section heading) and nothing at all when no post mentions the code.
 */
export function MentionedIn({ posts }: { posts: MentionedInPost[] }) {
  if (posts.length === 0) return null;
  return (
    <ul className="space-y-2">
      {posts.map((post) => (
        <li key={post.href}>
          <SiteLink
            href={post.href}
            className="text-brand-700 dark:text-brand-300 font-medium underline underline-offset-2"
          >
            {post.title}
          </SiteLink>
          <span className="text-sm text-slate-600 dark:text-slate-400">
            {" "}
            · <PostDate date={post.published} />
          </span>
        </li>
      ))}
    </ul>
  );
}

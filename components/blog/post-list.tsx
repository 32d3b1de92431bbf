import { SiteLink } from "@/components/layout/site-link";

import { Heading } from "@/components/ui/heading";

import { PostDate } from "./post-date";
import { TagList, type TagLink } from "./tag-list";

export interface PostSummary {
  title: string;
  href: string;
  description: string;
  published: string;
  readingMinutes: number;
  tags: TagLink[];
}

export function PostList({ posts }: { posts: PostSummary[] }) {
  if (posts.length === 0) return <p>No posts yet.</p>;
  return (
    <ol className="space-y-8">
      {posts.map((post) => (
        <li key={post.href}>
          <article className="space-y-2">
            <Heading level={2} className="text-slate-900 dark:text-white">
              <SiteLink
                href={post.href}
                className="hover:text-brand-700 dark:hover:text-brand-300 hover:underline"
              >
                {post.title}
              </SiteLink>
            </Heading>
            <p className="text-sm text-slate-600 dark:text-slate-400">
              <PostDate date={post.published} /> · {post.readingMinutes} min read
            </p>
            <p className="text-slate-700 dark:text-slate-300">{post.description}</p>
            <TagList tags={post.tags} />
          </article>
        </li>
      ))}
    </ol>
  );
}

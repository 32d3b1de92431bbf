import { Breadcrumbs, type Crumb } from "@/components/layout/breadcrumbs";
import { Heading } from "@/components/ui/heading";
import { LinkList } from "@/components/ui/link-list";
import { Section } from "@/components/ui/section";

import { PostBody } from "./post-body";
import { PostDate } from "./post-date";
import { TagList, type TagLink } from "./tag-list";

export interface PostArticleModel {
  title: string;
  description: string;
  author: string;
  published: string;
  updated: string | undefined;
  readingMinutes: number;
  tags: TagLink[];
  cover: { src: string; alt: string } | undefined;
  html: string;
  /** Codes the post links to, listed under it. */
  codes: { code: string; name: string; href: string }[];
  /** Attribution lines of the code sets the post mentions (CPT, CDT, HCPCS). */
  attributions: string[];
  /** e.g. "CMS Physician Fee Schedule releases RVU23D, RVU24B and RVU25D"; undefined when no figures are shown. */
  dataSource: string | undefined;
}

/** Byline, dates and reading time, as a description list so each value keeps its label. */
function PostMeta({ post }: { post: PostArticleModel }) {
  return (
    <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-600 dark:text-slate-400">
      <div className="flex gap-1">
        <dt>By</dt>
        <dd className="font-medium text-slate-800 dark:text-slate-200">{post.author}</dd>
      </div>
      <div className="flex gap-1">
        <dt>Published</dt>
        <dd>
          <PostDate date={post.published} />
        </dd>
      </div>
      {post.updated && (
        <div className="flex gap-1">
          <dt>Last updated</dt>
          <dd>
            <PostDate date={post.updated} />
          </dd>
        </div>
      )}
      <div className="flex gap-1">
        <dt className="sr-only">Reading time</dt>
        <dd>{post.readingMinutes} min read</dd>
      </div>
    </dl>
  );
}

function PostHeader({ post, crumbs }: { post: PostArticleModel; crumbs: Crumb[] }) {
  return (
    <header className="space-y-4">
      <Breadcrumbs items={crumbs} />
      <Heading level={1} look="display">
        {post.title}
      </Heading>
      <p className="text-lg text-slate-700 dark:text-slate-300">{post.description}</p>
      <PostMeta post={post} />
      <TagList tags={post.tags} />
      {post.cover && (
        // eslint-disable-next-line @next/next/no-img-element -- covers are static files of any size; no loader is configured
        <img src={post.cover.src} alt={post.cover.alt} className="w-full rounded-lg" />
      )}
    </header>
  );
}

/** The codes the post links to, then where its codes and figures come from. */
function PostFooter({ post }: { post: PostArticleModel }) {
  return (
    <footer className="space-y-6 border-t border-slate-200 pt-6 dark:border-slate-800">
      {post.codes.length > 0 && (
        <Section
          headingId="post-codes-heading"
          title="Codes in this post"
          look="minor"
          className="space-y-2"
        >
          <LinkList
            className="grid gap-1 sm:grid-cols-2"
            items={post.codes.map((code) => ({
              href: code.href,
              label: (
                <>
                  <span className="font-mono">{code.code}</span> {code.name}
                </>
              ),
            }))}
          />
        </Section>
      )}
      <aside
        aria-label="Sources"
        className="space-y-1 rounded-md bg-slate-50 p-4 text-sm text-slate-600 dark:bg-slate-900 dark:text-slate-400"
      >
        {post.attributions.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {post.dataSource && (
          <p>
            Fee-schedule figures are filled in from the {post.dataSource}, published by the Centers
            for Medicare &amp; Medicaid Services. Payments are national amounts, before the
            geographic adjustment for a locality.
          </p>
        )}
      </aside>
    </footer>
  );
}

/** A blog post: header with byline and tags, the rendered Markdown, then its codes and sources. */
export function PostArticle({ post, crumbs }: { post: PostArticleModel; crumbs: Crumb[] }) {
  return (
    <article className="mx-auto max-w-3xl space-y-8">
      <PostHeader post={post} crumbs={crumbs} />
      <PostBody html={post.html} />
      <PostFooter post={post} />
    </article>
  );
}

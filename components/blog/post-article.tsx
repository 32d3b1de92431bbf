import { SiteLink } from "@/components/layout/site-link";

import { Breadcrumbs, type Crumb } from "@/components/layout/breadcrumbs";

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

export function PostArticle({ post, crumbs }: { post: PostArticleModel; crumbs: Crumb[] }) {
  return (
    <article className="mx-auto max-w-3xl space-y-8">
      <header className="space-y-4">
        <Breadcrumbs items={crumbs} />
        <h1 className="text-3xl font-bold tracking-tight text-slate-950 sm:text-4xl dark:text-white">
          {post.title}
        </h1>
        <p className="text-lg text-slate-700 dark:text-slate-300">{post.description}</p>
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
        <TagList tags={post.tags} />
        {post.cover && (
          // eslint-disable-next-line @next/next/no-img-element -- covers are static files of any size; no loader is configured
          <img src={post.cover.src} alt={post.cover.alt} className="w-full rounded-lg" />
        )}
      </header>

      <PostBody html={post.html} />

      <footer className="space-y-6 border-t border-slate-200 pt-6 dark:border-slate-800">
        {post.codes.length > 0 && (
          <section aria-labelledby="post-codes-heading" className="space-y-2">
            <h2 id="post-codes-heading" className="text-lg font-semibold">
              Codes in this post
            </h2>
            <ul className="grid gap-1 sm:grid-cols-2">
              {post.codes.map((code) => (
                <li key={code.code}>
                  <SiteLink
                    href={code.href}
                    className="text-brand-700 dark:text-brand-300 hover:underline"
                  >
                    <span className="font-mono">{code.code}</span> {code.name}
                  </SiteLink>
                </li>
              ))}
            </ul>
          </section>
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
              Fee-schedule figures are filled in from the {post.dataSource}, published by the
              Centers for Medicare &amp; Medicaid Services. Payments are national amounts, before
              the geographic adjustment for a locality.
            </p>
          )}
        </aside>
      </footer>
    </article>
  );
}

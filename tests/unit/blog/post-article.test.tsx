/** A blog post page as the server renders it: title, byline, codes section and sources. */
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { PostArticle, type PostArticleModel } from "@/components/blog/post-article";

const POST: PostArticleModel = {
  title: "Apexification, visit by visit",
  description: "How the D3351 family is reported.",
  author: "CodeAtlas editors",
  published: "2026-11-26",
  updated: "2026-12-01",
  readingMinutes: 6,
  tags: [{ tag: "endodontics", href: "/blog/tags/endodontics" }],
  cover: undefined,
  html: "<p>Body.</p>",
  codes: [{ code: "D3351", name: "Apexification, first visit", href: "/codes/D3351" }],
  attributions: ["CDT codes are © American Dental Association."],
  dataSource: undefined,
};
const CRUMBS = [
  { label: "Home", href: "/" },
  { label: "Blog", href: "/blog" },
  { label: POST.title },
];

describe("PostArticle", () => {
  const html = renderToStaticMarkup(<PostArticle post={POST} crumbs={CRUMBS} />);

  it("titles the article and labels every value of the byline", () => {
    expect(html).toContain(
      '<h1 class="text-3xl font-bold tracking-tight text-slate-950 sm:text-4xl dark:text-white">Apexification, visit by visit</h1>',
    );
    expect(html).toContain("<dt>Published</dt>");
    expect(html).toContain('<dt>Last updated</dt><dd><time dateTime="2026-12-01">');
    expect(html).toContain('<dt class="sr-only">Reading time</dt><dd>6 min read</dd>');
  });

  it("lists the post's codes in a section named by its heading", () => {
    expect(html).toContain('<section aria-labelledby="post-codes-heading" class="space-y-2">');
    expect(html).toContain(
      '<h2 id="post-codes-heading" class="text-lg font-semibold">Codes in this post</h2>',
    );
    expect(html).toContain(
      '<a href="/codes/D3351" class="text-brand-700 dark:text-brand-300 hover:underline"><span class="font-mono">D3351</span> Apexification, first visit</a>',
    );
  });

  it("names the sources aside and says nothing of figures when the post shows none", () => {
    expect(html).toContain('<aside aria-label="Sources"');
    expect(html).toContain("<p>CDT codes are © American Dental Association.</p>");
    expect(html).not.toContain("Fee-schedule figures are filled in");
  });

  it("leaves the codes section out when the post links no code", () => {
    const without = renderToStaticMarkup(
      <PostArticle post={{ ...POST, codes: [] }} crumbs={CRUMBS} />,
    );
    expect(without).not.toContain("post-codes-heading");
  });
});

import { afterEach, describe, expect, it, vi } from "vitest";

import { createBlogMetadata } from "@/lib/blog/metadata";
import { getCode } from "@/lib/content";
import { buildPageHead } from "@/lib/seo/head-tags";
import { createCodeMetadata, createMetadata } from "@/lib/seo/metadata";

const image = { path: "/codes/D3351/opengraph-image", width: 1200, height: 630, alt: "Preview" };

function attribute(head: ReturnType<typeof buildPageHead>, key: string, value: string) {
  return head.tags.find((tag) => tag.attributes[key] === value)?.attributes;
}

afterEach(() => vi.unstubAllEnvs());

describe("buildPageHead", () => {
  it("prints the same title, description, canonical URL and Open Graph type as createMetadata", () => {
    vi.stubEnv("SITE_URL", "https://codeatlas.example");
    const record = getCode("D3351")!;
    const metadata = createCodeMetadata(record);
    const head = buildPageHead(metadata, image);

    expect(head.title).toBe(`${metadata.title as string} | CodeAtlas`);
    expect(attribute(head, "name", "description")?.content).toBe(metadata.description);
    expect(attribute(head, "rel", "canonical")?.href).toBe("https://codeatlas.example/codes/D3351");
    expect(attribute(head, "property", "og:url")?.content).toBe(
      "https://codeatlas.example/codes/D3351",
    );
    expect(attribute(head, "property", "og:type")?.content).toBe("article");
    expect(attribute(head, "property", "og:image")?.content).toBe(
      "https://codeatlas.example/codes/D3351/opengraph-image",
    );
    expect(attribute(head, "name", "twitter:image:width")?.content).toBe("1200");
    expect(attribute(head, "name", "robots")).toBeUndefined();
  });

  it("keeps a noindex page out of the index and says so in a robots tag", () => {
    const head = buildPageHead(
      createMetadata({
        title: "Search",
        description: "x".repeat(80),
        path: "/search",
        noindex: true,
      }),
      image,
    );
    expect(attribute(head, "name", "robots")?.content).toBe("noindex, follow");
    expect(attribute(head, "property", "og:type")?.content).toBe("website");
  });

  it("links the blog's feeds as alternates, as the App Router does", () => {
    vi.stubEnv("SITE_URL", "https://codeatlas.example");
    const head = buildPageHead(
      createBlogMetadata({ title: "Blog", description: "x".repeat(80), path: "/blog" }),
    );
    expect(head.tags.filter((tag) => tag.attributes.rel === "alternate")).toEqual([
      {
        tag: "link",
        attributes: {
          rel: "alternate",
          type: "application/rss+xml",
          href: "https://codeatlas.example/blog/rss.xml",
        },
      },
      {
        tag: "link",
        attributes: {
          rel: "alternate",
          type: "application/atom+xml",
          href: "https://codeatlas.example/blog/atom.xml",
        },
      },
    ]);
  });

  it("refuses metadata shapes it does not print rather than dropping them", () => {
    expect(() => buildPageHead({ title: { absolute: "X" }, description: "d" }, image)).toThrow(
      /metadata\.title must be a string/,
    );
  });
});

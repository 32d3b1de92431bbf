import path from "node:path";

import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { buildAtomFeed, buildRssFeed, FEED_TITLE } from "@/lib/blog/feeds";
import { loadPosts } from "@/lib/blog/load-posts";

import { CODES, fixturesDir } from "./code-fixtures";
import { child, children, parseXml, type XmlElement } from "./well-formed-xml";

const SITE = "https://codeatlas.example";

/** Each named child exists and is not empty (text, child elements or an href). */
function required(element: XmlElement, names: string[]): void {
  for (const name of names) {
    const found = child(element, name);
    const filled = Boolean(found?.text.trim() || found?.children.length || found?.attributes.href);
    expect(filled, `<${element.name}> needs a non-empty <${name}>`).toBe(true);
  }
}

describe("feeds", () => {
  beforeAll(() => vi.stubEnv("SITE_URL", SITE));
  afterAll(() => vi.unstubAllEnvs());
  const posts = loadPosts(path.join(fixturesDir, "valid"), CODES);

  describe("buildRssFeed", () => {
    it("is well-formed RSS 2.0 with the required channel and item elements and absolute links", () => {
      const rss = parseXml(buildRssFeed(posts));
      expect(rss.name).toBe("rss");
      expect(rss.attributes.version).toBe("2.0");
      const channel = child(rss, "channel")!;
      required(channel, ["title", "link", "description", "lastBuildDate"]);
      expect(child(channel, "title")!.text).toBe(FEED_TITLE);
      expect(child(channel, "link")!.text).toBe(`${SITE}/blog`);
      expect(child(channel, "atom:link")!.attributes).toMatchObject({
        href: `${SITE}/blog/rss.xml`,
        rel: "self",
      });

      const items = children(channel, "item");
      expect(items).toHaveLength(posts.length);
      for (const item of items) required(item, ["title", "link", "guid", "pubDate", "description"]);
      expect(items.map((item) => child(item, "link")!.text)).toEqual(
        posts.map((post) => `${SITE}${post.href}`),
      );
      expect(child(items[0]!, "pubDate")!.text).toBe("Sun, 10 May 2026 00:00:00 GMT");
    });

    it("escapes titles and descriptions, which read back unchanged", () => {
      const [item] = children(child(parseXml(buildRssFeed(posts)), "channel")!, "item");
      expect(child(item!, "title")!.text).toBe("wRVU basics & more");
      expect(child(item!, "description")!.text).toBe('Work RVUs <explained> for "residents".');
      expect(children(item!, "category").map((category) => category.text)).toEqual([
        "rvus",
        "endodontics",
      ]);
    });

    it("dates the channel by its newest post or update, not by the clock", () => {
      const channel = child(parseXml(buildRssFeed(posts)), "channel")!;
      expect(child(channel, "lastBuildDate")!.text).toBe("Sun, 10 May 2026 00:00:00 GMT");
      expect(buildRssFeed(posts)).toBe(buildRssFeed(posts));
    });
  });

  describe("buildAtomFeed", () => {
    it("is well-formed Atom with the required feed and entry elements and absolute links", () => {
      const feed = parseXml(buildAtomFeed(posts));
      expect(feed.name).toBe("feed");
      expect(feed.attributes.xmlns).toBe("http://www.w3.org/2005/Atom");
      required(feed, ["id", "title", "updated", "author"]);
      expect(child(child(feed, "author")!, "name")!.text).toBe("CodeAtlas");
      const links = children(feed, "link").map((link) => link.attributes);
      expect(links).toContainEqual(
        expect.objectContaining({ rel: "self", href: `${SITE}/blog/atom.xml` }),
      );

      const entries = children(feed, "entry");
      expect(entries).toHaveLength(posts.length);
      for (const entry of entries) {
        required(entry, ["id", "title", "updated", "published", "summary", "author"]);
        expect(child(entry, "link")!.attributes.href).toMatch(new RegExp(`^${SITE}/blog/`));
      }
      const apexification = entries[1]!;
      expect(child(apexification, "published")!.text).toBe("2026-03-01T00:00:00.000Z");
      expect(child(apexification, "updated")!.text).toBe("2026-04-02T00:00:00.000Z");
    });

    it("is still a valid feed when there are no posts", () => {
      const feed = parseXml(buildAtomFeed([]));
      expect(children(feed, "entry")).toEqual([]);
      expect(child(feed, "updated")!.text).toBe("1970-01-01T00:00:00.000Z");
      expect(children(child(parseXml(buildRssFeed([])), "channel")!, "item")).toEqual([]);
    });
  });

  it("drops characters XML cannot carry, so a stray control character never breaks either feed", () => {
    const post = { ...posts[0]!, title: "Bell\u0007 & whistle" };
    const [item] = children(child(parseXml(buildRssFeed([post])), "channel")!, "item");
    expect(child(item!, "title")!.text).toBe("Bell & whistle");
    const [entry] = children(parseXml(buildAtomFeed([post])), "entry");
    expect(child(entry!, "title")!.text).toBe("Bell & whistle");
  });
});

describe("parseXml", () => {
  it("rejects documents that are not well formed", () => {
    expect(() => parseXml("<a><b></a></b>")).toThrow("</a> closes <b>");
    expect(() => parseXml("<a>fish & chips</a>")).toThrow('unescaped "&"');
    expect(() => parseXml("<a></a><b></b>")).toThrow("second root element");
    expect(() => parseXml("<a href=x></a>")).toThrow("not well formed");
  });
});

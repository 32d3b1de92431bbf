import { describe, expect, it } from "vitest";

import { buildXmlDocument } from "@/lib/xml/build-xml";

describe("buildXmlDocument", () => {
  it("escapes the five XML special characters in text and attributes and drops characters XML cannot carry", () => {
    const xml = buildXmlDocument({
      note: {
        "@_title": `Fish & chips <b> "q" 'a'\u0001`,
        "#text": `Fish & chips <b> "q" 'a'\u0001`,
      },
    });
    const escaped = "Fish &amp; chips &lt;b&gt; &quot;q&quot; &apos;a&apos;";
    expect(xml).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><note title="${escaped}">${escaped}</note>`,
    );
  });

  it("keeps characters outside the Basic Multilingual Plane and drops lone surrogates", () => {
    expect(buildXmlDocument({ a: "tooth 🦷\uD800" })).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><a>tooth 🦷</a>',
    );
  });

  it("repeats an element per array item, writes none for an empty array or undefined and closes empty elements", () => {
    const xml = buildXmlDocument(
      {
        item: {
          "@_xmlns:dc": "http://purl.org/dc/elements/1.1/",
          category: ["rvus", "endodontics"],
          enclosure: [],
          comments: undefined,
          "dc:creator": "Test Author",
          guid: { "@_isPermaLink": "true", "#text": "https://codeatlas.example/blog/a?b=1&c=2" },
          link: { "@_rel": "self", "@_href": "https://codeatlas.example/blog" },
          author: { name: "CodeAtlas" },
          description: "",
        },
      },
      { indent: true },
    );
    expect(xml).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="UTF-8"?>
      <item xmlns:dc="http://purl.org/dc/elements/1.1/">
        <category>rvus</category>
        <category>endodontics</category>
        <dc:creator>Test Author</dc:creator>
        <guid isPermaLink="true">https://codeatlas.example/blog/a?b=1&amp;c=2</guid>
        <link rel="self" href="https://codeatlas.example/blog"/>
        <author>
          <name>CodeAtlas</name>
        </author>
        <description/>
      </item>
      "
    `);
  });
});

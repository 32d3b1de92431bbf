/**
 * A fixture set of malicious records must render inert: no executable markup reaches the page, and text
 * that ends up in JSON-LD cannot close its script element.
 */
import path from "node:path";

import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, describe, expect, it, vi } from "vitest";

import { CodePage } from "@/components/code-page/code-page";
import { JsonLd } from "@/components/seo/json-ld";
import { getCode } from "@/lib/content";
import { buildCodePage } from "@/lib/code-page/build-code-page";
import { buildCodeTitle } from "@/lib/seo/metadata";
import { buildCodeWebPage, buildFaqPage } from "@/lib/seo/structured-data";

// Set while the file is collected (the describe block renders the page then), put back after it.
vi.stubEnv("CONTENT_DIR", path.join(__dirname, "../../fixtures/hostile-content"));
afterAll(() => vi.unstubAllEnvs());

function renderHostilePage(): string {
  const record = getCode("D3351")!;
  const model = buildCodePage(record, "Coverage answer.");
  return renderToStaticMarkup(
    <>
      <JsonLd
        data={[
          buildCodeWebPage(record, ["Endodontics"], buildCodeTitle(record)),
          buildFaqPage(model.faq),
        ]}
      />
      <CodePage model={model} rvuSection={<p>figures</p>} dataRelease={undefined} />
    </>,
  );
}

/**
 * Element tags with their attributes. React always writes attribute values in double quotes with inner
 * quotes escaped, so this reads attribute names reliably without a full HTML parser.
 */
function elementTags(markup: string): { name: string; attributes: [string, string][] }[] {
  return [
    ...markup.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>"]+(?:="[^"]*")?)*)\s*\/?>/g),
  ].map((match) => ({
    name: match[1]!.toLowerCase(),
    attributes: [...match[2]!.matchAll(/\s+([^\s=>"]+)(?:="([^"]*)")?/g)].map(
      (attribute) => [attribute[1]!, attribute[2] ?? ""] as [string, string],
    ),
  }));
}

describe("hostile records", () => {
  const html = renderHostilePage();

  it("emits no script element except the JSON-LD block", () => {
    const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((match) => match[0]);
    expect(scripts).toEqual(['<script type="application/ld+json">']);
  });

  it("keeps </script> in content from closing the JSON-LD block", () => {
    const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1]!;
    const data = JSON.parse(block) as { description?: string }[];
    expect(data[0]!.description).toContain("</script><script>alert('jsonld')</script>");
  });

  it("renders no event-handler attributes, javascript: or data: URLs, frames or style elements", () => {
    const tags = elementTags(
      html.replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, ""),
    );
    const attributes = tags.flatMap((tag) => [...tag.attributes]);
    expect(attributes.filter(([name]) => /^on/i.test(name))).toEqual([]);
    expect(
      attributes.filter(
        ([name, value]) =>
          /^(href|src|action)$/i.test(name) && /^\s*(javascript|data):/i.test(value),
      ),
    ).toEqual([]);
    expect(
      tags
        .map((tag) => tag.name)
        .filter((name) => ["iframe", "img", "svg", "style", "b", "object", "embed"].includes(name)),
    ).toEqual([]);
  });

  it("still shows the author's text, escaped", () => {
    expect(html).toContain("Apexification &lt;script&gt;alert(&#x27;name&#x27;)&lt;/script&gt;");
    expect(html).toContain("raw anchor");
  });
});

/**
 * A retired code keeps its page: the page says when it was retired and links the replacement.
 */
import path from "node:path";

import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, describe, expect, it, vi } from "vitest";

import { CodePage } from "@/components/code-page/code-page";
import { buildCodePage } from "@/lib/code-page/build-code-page";
import { getCode } from "@/lib/content";

vi.stubEnv("CONTENT_DIR", path.join(__dirname, "../../fixtures/retired-content"));
afterAll(() => vi.unstubAllEnvs());

describe("retired code pages", () => {
  it("show the retirement notice with a link to the replacement", () => {
    const html = renderToStaticMarkup(
      <CodePage
        model={buildCodePage(getCode("D3354")!, "Coverage.")}
        rvuSection={null}
        dataRelease={undefined}
      />,
    );
    expect(html).toContain("This code was retired on 2017-01-01.");
    expect(html).toContain('href="/codes/D3355"');
    expect(html).toContain("D3355 Pulpal regeneration, initial visit");
  });
});

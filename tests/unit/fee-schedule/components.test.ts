import fs from "node:fs";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalityPayment } from "@/components/fee-schedule/locality-payment";
import { RvuHistoryChart } from "@/components/fee-schedule/rvu-history-chart";
import { RvuTable } from "@/components/fee-schedule/rvu-table";
import { StatusExplanation } from "@/components/fee-schedule/status-explanation";
import { getLatestRelease, getRvuHistory, getRvuRows } from "@/lib/fee-schedule/load";
import { explainPricing } from "@/lib/fee-schedule/status";
import { createFixtureContentDir } from "./fixture-content";

let contentDir: string;
const previousContentDir = process.env.CONTENT_DIR;

beforeAll(() => {
  contentDir = createFixtureContentDir();
  process.env.CONTENT_DIR = contentDir;
});

afterAll(() => {
  if (previousContentDir === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = previousContentDir;
  fs.rmSync(contentDir, { recursive: true, force: true });
});

/** Visible text of rendered markup, tags removed. */
function text(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

describe("RvuTable", () => {
  it("shows 99213's national payments for RVU25D with the release in the caption", () => {
    const html = renderToStaticMarkup(
      createElement(RvuTable, { rows: getRvuRows("99213"), release: getLatestRelease() }),
    );
    expect(html).toContain("<caption");
    expect(text(html)).toContain(
      "Medicare RVUs and national payment for 99213, 2025 October release (RVU25D)",
    );
    expect(text(html)).toMatch(/\$32\.3465 \$88\.95 \$63\.72/);
    expect(html).toContain('tabindex="0"');
    expect(html).not.toContain("style=");
  });

  it("labels modifier rows and shows NA where CMS marks a setting NA", () => {
    const html = renderToStaticMarkup(
      createElement(RvuTable, { rows: getRvuRows("71046"), release: getLatestRelease() }),
    );
    expect(
      html
        .match(/<th scope="row"[^>]*>([^<]+)</g)
        ?.map((cell) => cell.replace(/.*>/, "").replace(/<$/, "")),
    ).toEqual(["Global", "Professional component (26)", "Technical component (TC)"]);
    expect(text(html)).toContain("0.77 NA 0.02");
  });

  it("shows no dollar amount for a dental code with zero RVUs", () => {
    const html = renderToStaticMarkup(
      createElement(RvuTable, { rows: getRvuRows("D3351"), release: getLatestRelease() }),
    );
    expect(text(html)).not.toContain("$0.00");
    expect(text(html)).toContain("— : Medicare does not pay this row from its RVUs");
  });
});

describe("StatusExplanation", () => {
  it("describes status, global period and PC/TC in a definition list, with the dental reason", () => {
    const rows = getRvuRows("D3351");
    const html = renderToStaticMarkup(
      createElement(StatusExplanation, {
        rows,
        pricing: explainPricing({ code: "D3351", system: "CDT", rows }),
      }),
    );
    expect(html).toContain("<dl>");
    expect(text(html)).toContain("Restricted coverage (status R).");
    expect(text(html)).toContain("Set by the contractor (YYY).");
    expect(text(html)).toContain("inextricably linked to covered medical treatment");
  });

  it("leaves out the pricing note for a priced code", () => {
    const rows = getRvuRows("99213");
    const html = renderToStaticMarkup(
      createElement(StatusExplanation, {
        rows,
        pricing: explainPricing({ code: "99213", system: "CPT", rows }),
      }),
    );
    expect(html).not.toContain("Why there is no national Medicare price");
  });
});

describe("LocalityPayment", () => {
  it("renders a calculator link for readers without JavaScript and a hidden select for the island", () => {
    const release = getLatestRelease();
    const html = renderToStaticMarkup(
      createElement(LocalityPayment, {
        code: "71046",
        rows: getRvuRows("71046"),
        localitiesUrl: "/api/gpci/2025",
        conversionFactor: release.conversionFactor,
        releaseLabel: release.label,
        gpciYear: 2025,
      }),
    );
    expect(html).toMatch(
      /<label for="([^"]+)"[^>]*>Medicare payment locality<\/label><select id="\1"/,
    );
    expect(html).toContain('<option value="">Loading localities…</option>');
    expect(html).toMatch(/<div class="[^"]*" data-locality-picker="true" hidden="">/);
    expect(html).toContain(
      '<a href="/calculator?add=71046" class="text-brand-700 dark:text-brand-300 underline">',
    );
    expect(html).not.toContain("<table");
    const config = JSON.parse(
      html.match(/data-locality-payment="([^"]+)"/)![1]!.replaceAll("&quot;", '"'),
    );
    // Only the figures the locality formula needs travel in the page.
    expect(Object.keys(config.rows[0]).sort()).toEqual([
      "modifier",
      "mpRvu",
      "peFacility",
      "peNonFacility",
      "workRvu",
    ]);
  });
});

describe("RvuHistoryChart", () => {
  it("draws an SVG with a title and follows it with a table of changes", () => {
    const html = renderToStaticMarkup(
      createElement(RvuHistoryChart, { code: "99213", history: getRvuHistory("99213") }),
    );
    expect(html).toContain('role="img"');
    expect(html).toContain("<title");
    expect(text(html)).toContain("2025 October release (RVU25D) 2.75 $88.95 −2.1%");
  });

  it("says the figures are zero instead of charting a dental code", () => {
    const html = renderToStaticMarkup(
      createElement(RvuHistoryChart, { code: "D3351", history: getRvuHistory("D3351") }),
    );
    expect(html).not.toContain("<svg");
    expect(text(html)).toContain("CMS lists D3351 with zero RVUs in all 2 imported releases");
  });

  it("shows the table without a chart when only one release lists the code", () => {
    const html = renderToStaticMarkup(
      createElement(RvuHistoryChart, { code: "71046", history: getRvuHistory("71046") }),
    );
    expect(html).not.toContain("<svg");
    expect(text(html)).toContain("Only one release is available so far");
    expect(text(html)).toContain("1.01 $32.67");
  });
});

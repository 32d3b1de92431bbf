/**
 * The wRVU log (/log) end to end, on a phone (390 px) and a desktop (1280 px): adding entries by lay
 * term, the totals of a month, the chart and its table, a reported month reconciled, the contract
 * release beside the current one, export and import, offline after the first visit, accessibility and
 * installability. Every expected figure is worked out here from the CMS data the server answers
 * (/api/fee-schedule/<code>) through the log's own functions (lib/wrvu-log), never typed by hand.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

import type { CalculatorCodeData, CalculatorSetup } from "../../lib/calculator/types";
import { describeViolations } from "../helpers/axe";
import { formatDollars, formatRvu } from "../../lib/fee-schedule/payment";
import type { LogEntry } from "../../lib/wrvu-log/entry";
import type { LogIslandProps } from "../../lib/wrvu-log/island";
import { formatDifference, reconcileMonth } from "../../lib/wrvu-log/reconcile";
import { logPricing, totalEntries, type LogCodeData } from "../../lib/wrvu-log/totals";

const VIEWPORTS = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 800 },
] as const;

/** A past month, so the figures never depend on the day the test runs. */
const MONTH_LABEL = "March 2026";
const FIRST_DAY = "2026-03-04";
const SECOND_DAY = "2026-03-10";
/** The release the reader's contract uses in these tests; the site's current one is RVU26C. */
const CONTRACT_RELEASE = "RVU25D";
const CURRENT_RELEASE = "RVU26C";

/** An entry as the form saves it: only the fields the totals read matter here. */
function entry(date: string, code: string, units: number): LogEntry {
  return {
    id: "",
    date,
    code,
    modifier: "",
    units,
    setting: "non-facility",
    location: "",
    note: "",
  };
}

/** The CMS figures of each code, as the server answers them to the log. */
async function codeData(request: APIRequestContext, codes: readonly string[]) {
  const data: Record<string, CalculatorCodeData> = {};
  for (const code of codes) {
    const response = await request.get(`/api/fee-schedule/${code}`);
    expect(response.ok()).toBe(true);
    data[code] = (await response.json()) as CalculatorCodeData;
  }
  return data as LogCodeData;
}

/** The releases and localities the page carries for its island. */
async function pageSetup(page: Page): Promise<CalculatorSetup> {
  const json = await page.locator("#log-props").textContent();
  return (JSON.parse(json ?? "{}") as LogIslandProps).setup;
}

function totalsIn(
  setup: CalculatorSetup,
  data: LogCodeData,
  entries: readonly LogEntry[],
  releaseId: string | null,
) {
  const pricing = logPricing(setup, releaseId, null);
  if (!pricing) throw new Error("The page carries no release");
  return { pricing, totals: totalEntries(entries, data, pricing) };
}

/** Opens the log and waits until the island has read the browser's storage. */
/** Opens the page and waits until the browser's storage has answered and the log takes changes. */
async function openLog(page: Page) {
  await page.goto("/log");
  await expect(page.getByRole("button", { name: "Add to log" })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

/** Adds an entry through the form: words typed, a suggestion picked, a date and units set. */
async function addEntry(
  page: Page,
  { words, pick, date, units }: { words: string; pick: RegExp; date: string; units: number },
) {
  const form = page.getByRole("form", { name: "Add an entry" });
  await form.getByRole("textbox", { name: "Date of service" }).fill(date);
  const field = form.getByRole("combobox", { name: "Code or name" });
  await field.fill(words);
  await form.getByRole("option", { name: pick }).first().click();
  await form.getByRole("spinbutton", { name: "Units" }).fill(String(units));
  await form.getByRole("button", { name: "Add to log" }).click();
  await expect(page.getByRole("status")).toContainText("Added");
}

/** Two visits logged in March 2026: 99213 × 2 found as "office visit", 20610 found as "knee injection". */
const LOGGED = [entry(FIRST_DAY, "99213", 2), entry(SECOND_DAY, "20610", 1)];

async function logTwoEntries(page: Page) {
  await addEntry(page, { words: "office visit", pick: /^99213 /, date: FIRST_DAY, units: 2 });
  await addEntry(page, { words: "knee injection", pick: /^20610 /, date: SECOND_DAY, units: 1 });
  await expect(page.getByTestId("running-total")).toContainText(`${MONTH_LABEL}:`);
  await expect(page.getByTestId("running-total")).toContainText("2 entries");
}

/** Every article of the month's entry list, as "code|date|units" lines, order kept. */
async function listedEntries(page: Page) {
  return page
    .getByRole("region", { name: `Entries in ${MONTH_LABEL}` })
    .getByRole("article")
    .allTextContents();
}

for (const viewport of VIEWPORTS) {
  test.describe(`wRVU log on a ${viewport.name} (${viewport.width} px)`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test("adds entries by lay term, totals the month, charts it, reconciles a report and compares releases", async ({
      page,
      request,
    }) => {
      test.setTimeout(90_000);
      await openLog(page);
      await logTwoEntries(page);

      const setup = await pageSetup(page);
      const data = await codeData(request, ["99213", "20610"]);
      const current = totalsIn(setup, data, LOGGED, null);
      expect(current.pricing.release.id).toBe(CURRENT_RELEASE);

      // The running total and the month's card, in the current release (no contract release chosen).
      await expect(page.getByTestId("running-total")).toHaveText(
        `${MONTH_LABEL}: ${formatRvu(current.totals.workRvu)} wRVU in ${CURRENT_RELEASE} · 2 entries`,
      );
      const monthCard = page.getByRole("listitem").filter({
        has: page.getByRole("heading", { name: `Month: ${MONTH_LABEL}` }),
      });
      await expect(monthCard).toContainText(formatRvu(current.totals.workRvu));
      await expect(monthCard).toContainText(formatRvu(current.totals.totalRvu));
      await expect(monthCard).toContainText(formatDollars(current.totals.nationalPayment));

      // The chart is one image with a title; its table holds the same figure.
      const caption = new RegExp(`^Work RVUs per month, 12 months to ${MONTH_LABEL}`);
      await expect(page.getByRole("img", { name: caption })).toBeVisible();
      const chartTable = page.getByRole("table", { name: caption });
      await expect(chartTable.getByRole("row", { name: new RegExp(`^${MONTH_LABEL}`) })).toHaveText(
        new RegExp(`${MONTH_LABEL}\\s*${formatRvu(current.totals.workRvu)}`),
      );
      await page.getByRole("button", { name: "Per week" }).click();
      await expect(
        page.getByRole("table", { name: /^Work RVUs per week, 12 weeks to Week of 9 March 2026/ }),
      ).toBeVisible();

      // The employer reported one wRVU less than the log holds: the difference is shown, signed.
      const reported = Math.max(0, current.totals.workRvu - 1);
      const reconciliation = reconcileMonth(LOGGED, reported, [], data, current.pricing);
      await page
        .getByRole("textbox", { name: `wRVUs your employer reported for ${MONTH_LABEL}` })
        .fill(String(reported));
      const reconciled = page.getByTestId("reconciliation");
      await expect(reconciled).toContainText(`Logged here${formatRvu(reconciliation.logged)}`);
      await expect(reconciled).toContainText(
        `Reported by your employer${formatRvu(reconciliation.reported!)}`,
      );
      await expect(reconciled).toContainText(
        `Difference (reported − logged)${formatDifference(reconciliation.difference!)}`,
      );
      await expect(
        page.getByText("Your employer counted fewer wRVUs than you logged"),
      ).toBeVisible();

      // The same month in the contract's release beside the current one.
      const contract = totalsIn(setup, data, LOGGED, CONTRACT_RELEASE);
      await page
        .getByRole("combobox", { name: "Release your contract uses" })
        .selectOption(CONTRACT_RELEASE);
      const releases = page.getByTestId("releases");
      await expect(releases.getByRole("columnheader")).toHaveText([
        "Work RVUs",
        CONTRACT_RELEASE,
        CURRENT_RELEASE,
      ]);
      await expect(releases.getByRole("row", { name: new RegExp(`^${MONTH_LABEL}`) })).toHaveText(
        new RegExp(
          `${MONTH_LABEL}\\s*${formatRvu(contract.totals.workRvu)}\\s*${formatRvu(current.totals.workRvu)}`,
        ),
      );
      await expect(page.getByTestId("running-total")).toHaveText(
        `${MONTH_LABEL}: ${formatRvu(contract.totals.workRvu)} wRVU in ${CONTRACT_RELEASE} · 2 entries`,
      );

      // Everything is drawn now: the page is axe clean and never scrolls sideways.
      const results = await new AxeBuilder({ page }).analyze();
      expect(describeViolations(results)).toEqual([]);
      const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(pageWidth).toBeLessThanOrEqual(viewport.width);
      // The running total stays in sight down to the last section of the log.
      await page.getByRole("region", { name: "Your data" }).scrollIntoViewIfNeeded();
      await expect(page.getByTestId("running-total")).toBeInViewport();
    });

    test("exports JSON, clears the log, imports the file back, and refuses a broken file whole", async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await openLog(page);
      await logTwoEntries(page);
      const before = await listedEntries(page);
      expect(before).toHaveLength(2);

      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.getByRole("button", { name: "Export JSON" }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^wrvu-log-\d{4}-\d{2}-\d{2}\.json$/);
      const exported = fs.readFileSync((await download.path())!, "utf8");
      const file = JSON.parse(exported) as { entries: LogEntry[] };
      expect(file.entries.map(({ date, code, units }) => [date, code, units])).toEqual(
        LOGGED.map(({ date, code, units }) => [date, code, units]),
      );

      await page.getByRole("button", { name: "Clear all…" }).click();
      await page.getByRole("button", { name: "Yes, delete everything" }).click();
      await expect(page.getByRole("status")).toContainText("The log is empty");
      await expect(page.getByRole("region", { name: `Entries in ${MONTH_LABEL}` })).toContainText(
        "No entries in this month yet.",
      );

      const importField = page.getByLabel("Import a JSON file exported from this page");
      await importField.setInputFiles({
        name: "wrvu-log.json",
        mimeType: "application/json",
        buffer: Buffer.from(exported),
      });
      await expect(page.getByRole("status")).toContainText("Imported 2 entries: 2 new, 0 replaced");
      await page.getByRole("textbox", { name: "Show the figures around" }).fill(SECOND_DAY);
      expect(await listedEntries(page)).toEqual(before);

      // A file whose second entry has no units is refused whole, and says which entry and field.
      const broken = JSON.parse(exported) as { entries: Record<string, unknown>[] };
      broken.entries[1]!.units = 0;
      broken.entries.push({ ...broken.entries[0], id: "new-one" });
      await importField.setInputFiles({
        name: "broken.json",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify(broken)),
      });
      const errors = page.locator("#log-import-errors");
      await expect(errors).toContainText("The file was not imported, and your log is unchanged");
      await expect(errors).toContainText("Entry 2: units:");
      await expect(page.getByRole("status")).toContainText(
        "broken.json was not imported; nothing in your log changed.",
      );
      await page.reload();
      await page.getByRole("textbox", { name: "Show the figures around" }).fill(SECOND_DAY);
      await expect(page.getByTestId("running-total")).toContainText("2 entries");
      expect(await listedEntries(page)).toEqual(before);
    });
  });
}

test.describe("wRVU log, once per browser", () => {
  test("reloads from the service worker's cache offline, entries and totals included", async ({
    page,
    context,
  }) => {
    test.setTimeout(90_000);
    await openLog(page);
    await addEntry(page, { words: "office visit", pick: /^99213 /, date: FIRST_DAY, units: 2 });
    const total = await page.getByTestId("running-total").textContent();
    // The worker controls the page once it has installed (precached the page and the island) and claimed it.
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
      timeout: 30_000,
    });

    await context.setOffline(true);
    const response = await page.reload();
    expect(response?.fromServiceWorker()).toBe(true);
    // Offline indeed: a page the worker never cached cannot be fetched.
    expect(
      await page.evaluate(() =>
        fetch("/codes/99214").then(
          () => "fetched",
          () => "failed",
        ),
      ),
    ).toBe("failed");
    await page.getByRole("textbox", { name: "Show the figures around" }).fill(FIRST_DAY);
    await expect(page.getByTestId("running-total")).toHaveText(total!);
    await expect(
      page.getByRole("region", { name: `Entries in ${MONTH_LABEL}` }).getByRole("article"),
    ).toHaveCount(1);
    await context.setOffline(false);
  });

  test("arrives drawn on the server, then moves to the reader's own day", async ({ browser }) => {
    // A time zone whose calendar day differs from UTC's at this hour, so the server's day (the page is
    // rendered in UTC here) is not the reader's, and the log must move from one to the other.
    const timezoneId = new Date().getUTCHours() >= 12 ? "Pacific/Kiritimati" : "Etc/GMT+12";
    const context = await browser.newContext({ timezoneId });
    const page = await context.newPage();
    const html = await (await page.request.get("/log")).text();
    expect(html).toContain('aria-busy="true"');
    expect(html).toContain(">Add to log</button>");

    await openLog(page);
    const readersToday = await page.evaluate(() => new Date().toLocaleDateString("en-CA"));
    const form = page.getByRole("form", { name: "Add an entry" });
    await expect(form.getByRole("textbox", { name: "Date of service" })).toHaveValue(readersToday);
    await expect(page.getByRole("textbox", { name: "Show the figures around" })).toHaveValue(
      readersToday,
    );
    await context.close();
  });

  test("shows a sentence, not a blank page, when a stored entry cannot be drawn", async ({
    page,
  }) => {
    await openLog(page);
    // An entry as no version of the page writes it: its date is not a date.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const opening = indexedDB.open("codeatlas-wrvu-log");
          opening.onerror = () => reject(opening.error);
          opening.onsuccess = () => {
            const transaction = opening.result.transaction("log", "readwrite");
            transaction
              .objectStore("log")
              .put([{ id: "broken", date: 20260304, code: "99213", units: 1 }], "entries");
            transaction.oncomplete = () => resolve();
            transaction.onerror = () => reject(transaction.error);
          };
        }),
    );
    await page.reload();
    await expect(page.getByRole("alert").first()).toContainText(
      "This part of the log could not be shown",
    );
    await expect(page.getByRole("heading", { level: 1, name: "wRVU log" })).toBeVisible();
    await expect(page.getByRole("link", { name: "report the problem" }).first()).toHaveAttribute(
      "href",
      "/support/report",
    );
  });

  test("adds the calculator's list, dated today, once the reader confirms", async ({
    page,
    request,
  }) => {
    await page.goto("/log#add=99213*2,20610*1&setting=facility");
    const offer = page.getByRole("group", { name: "List from the calculator" });
    await expect(offer).toContainText("99213 × 2, 20610 × 1");
    await offer.getByRole("button", { name: "Add them to my log" }).click();
    await expect(page.getByRole("status")).toContainText("Added 2 entries from the calculator");
    await expect(page).toHaveURL(/\/log$/);

    const today = await page.evaluate(() => new Date().toLocaleDateString("en-CA"));
    const added = [entry(today, "99213", 2), entry(today, "20610", 1)].map((line) => ({
      ...line,
      setting: "facility" as const,
    }));
    const { totals } = totalsIn(
      await pageSetup(page),
      await codeData(request, ["99213", "20610"]),
      added,
      null,
    );
    await expect(page.getByTestId("running-total")).toContainText(
      `${formatRvu(totals.workRvu)} wRVU in ${CURRENT_RELEASE} · 2 entries`,
    );
  });

  test("Chromium finds the manifest installable", async ({
    playwright,
    launchOptions,
    baseURL,
  }) => {
    // Chromium never offers to install from an incognito profile, which is what a test's context is.
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), "codeatlas-log-profile-"));
    const context = await playwright.chromium.launchPersistentContext(profile, {
      ...launchOptions,
      baseURL,
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await openLog(page);
      await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
        timeout: 30_000,
      });
      const cdp = await context.newCDPSession(page);
      const manifest = await cdp.send("Page.getAppManifest");
      expect(manifest.url).toMatch(/\/log\.webmanifest$/);
      expect(manifest.errors).toEqual([]);
      const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
      expect(installabilityErrors).toEqual([]);
    } finally {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    }
  });

  test("without JavaScript, says so once and links to the calculator", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/log");
    await expect(page.getByRole("button", { name: "Add to log" })).toBeHidden();
    const note = page.getByText(/needs JavaScript/);
    await expect(note).toHaveCount(1);
    await note.getByRole("link", { name: "wRVU calculator" }).click();
    await expect(page).toHaveURL(/\/calculator$/);
    await context.close();
  });
});

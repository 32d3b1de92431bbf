/**
 * Figure directives: fee-schedule figures in posts are written as `{{rvu:99213:workRvu}}` and filled in from
 * the imported CMS data at build time, so no RVU, dollar amount, conversion factor or status is ever typed
 * by hand and a new import updates every post. docs/blog.md lists every directive.
 *
 * A directive that cannot be resolved throws FigureError with a message for the author; the Markdown
 * pipeline turns it into a `file:line` problem.
 */
import type { PhrasingContent, Table, TableCell } from "mdast";

import { didYouMean } from "@/lib/content/problems";
import { getReleases, getRvuRows, type ReleaseInfo, type RvuRow } from "@/lib/fee-schedule/load";
import {
  formatConversionFactor,
  formatDollars,
  formatPercentChange,
  formatRvu,
  nationalPayment,
  percentChange,
} from "@/lib/fee-schedule/payment";
import { explainStatus, isPaidFromRvus } from "@/lib/fee-schedule/status";
import { codePath } from "@/lib/site";

export class FigureError extends Error {}

export type Figure = { kind: "inline"; text: string } | { kind: "block"; table: Table };

export interface FigureOptions {
  /** True when the code has a page on the site; tables link those codes. */
  hasCodePage(code: string): boolean;
}

interface Directive {
  usage: string;
  /** Block directives render a table and must stand alone in their paragraph. */
  block: boolean;
  minArgs: number;
  maxArgs: number;
  resolve(args: string[], options: FigureOptions): Figure;
}

const RVU_FIELDS = [
  "workRvu",
  "peNonFacility",
  "peFacility",
  "mpRvu",
  "totalNonFacility",
  "totalFacility",
] as const;
type RvuField = (typeof RVU_FIELDS)[number];
const SETTINGS = ["nonFacility", "facility"] as const;
type Setting = (typeof SETTINGS)[number];

const TOTAL_FIELD: Record<Setting, "totalNonFacility" | "totalFacility"> = {
  nonFacility: "totalNonFacility",
  facility: "totalFacility",
};
const SETTING_LABEL: Record<Setting, string> = {
  nonFacility: "Non-facility",
  facility: "Facility",
};
const NOT_AVAILABLE = "—";

function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new FigureError(
    `unknown ${what} "${value}"${didYouMean(value, allowed)}; use one of ${allowed.join(", ")}`,
  );
}

function findRelease(id: string | undefined): ReleaseInfo {
  const releases = getReleases();
  const latest = releases.at(-1);
  if (!latest)
    throw new FigureError("no fee-schedule release has been imported (npm run import:pfs)");
  if (id === undefined) return latest;
  const release = releases.find((candidate) => candidate.id === id.toUpperCase());
  if (!release) {
    const ids = releases.map((candidate) => candidate.id);
    throw new FigureError(
      `unknown fee-schedule release "${id}"${didYouMean(id, ids)}; imported releases: ${ids.join(", ")}`,
    );
  }
  return release;
}

/** Releases from `from` to `to` inclusive, oldest first; every imported release when both are undefined. */
function releaseRange(from: string | undefined, to: string | undefined): ReleaseInfo[] {
  const releases = getReleases();
  if (from === undefined || to === undefined) return releases;
  const start = releases.indexOf(findRelease(from));
  const end = releases.indexOf(findRelease(to));
  if (start >= end) throw new FigureError(`release ${from} must come before ${to}`);
  return releases.slice(start, end + 1);
}

function checkCode(code: string): string {
  if (!/^[A-Z0-9]{5}$/.test(code))
    throw new FigureError(`"${code}" is not a billing code (five characters, upper case)`);
  return code;
}

/** The row of the whole service (no modifier) in a release, or undefined when the release omits the code. */
function findGlobalRow(code: string, release: ReleaseInfo): RvuRow | undefined {
  return getRvuRows(checkCode(code), release.id).find((row) => row.modifier === "");
}

function requireGlobalRow(code: string, release: ReleaseInfo): RvuRow {
  const row = findGlobalRow(code, release);
  if (!row) throw new FigureError(`${code} is not in the fee schedule release ${release.id}`);
  return row;
}

function isNotApplicable(row: RvuRow, field: RvuField): Setting | undefined {
  if (row.peNonFacilityNa && (field === "peNonFacility" || field === "totalNonFacility"))
    return "nonFacility";
  if (row.peFacilityNa && (field === "peFacility" || field === "totalFacility")) return "facility";
  return undefined;
}

function rvuValue(row: RvuRow, field: RvuField, release: ReleaseInfo): number {
  const setting = isNotApplicable(row, field);
  if (setting) {
    throw new FigureError(
      `CMS marks the ${SETTING_LABEL[setting].toLowerCase()} setting NA for ${row.code} in ${release.id}, so it has no ${field}`,
    );
  }
  return row[field];
}

function paymentValue(row: RvuRow, setting: Setting, release: ReleaseInfo): number {
  const total = rvuValue(row, TOTAL_FIELD[setting], release);
  if (!isPaidFromRvus(row, total)) {
    const status = explainStatus(row.status).name.toLowerCase();
    throw new FigureError(
      `${row.code} is not paid from RVUs in ${release.id} (${status}, status ${row.status})`,
    );
  }
  return nationalPayment(total, release.conversionFactor);
}

/** "99213x10" → ["99213", 10]; a bare code counts once. */
function parseCount(item: string): [string, number] {
  const match = /^([A-Z0-9]{5})(?:x([1-9]\d*))?$/.exec(item.trim());
  if (!match) throw new FigureError(`"${item}" is not CODE or CODExCOUNT, e.g. 99213x10`);
  return [match[1]!, Number(match[2] ?? 1)];
}

function parseCodes(list: string): string[] {
  const codes = list.split(",").map((code) => checkCode(code.trim()));
  if (new Set(codes).size !== codes.length) throw new FigureError("a code is listed twice");
  return codes;
}

function inline(text: string): Figure {
  return { kind: "inline", text };
}

function text(value: string): PhrasingContent {
  return { type: "text", value };
}

function cell(children: PhrasingContent[]): TableCell {
  return { type: "tableCell", children };
}

function codeCell(code: string, options: FigureOptions): TableCell {
  const codeNode: PhrasingContent = { type: "inlineCode", value: code };
  return cell([
    options.hasCodePage(code)
      ? { type: "link", url: codePath(code), children: [codeNode] }
      : codeNode,
  ]);
}

function table(header: string[], rows: TableCell[][], textColumns: number): Figure {
  return {
    kind: "block",
    table: {
      type: "table",
      align: header.map((_, index) => (index < textColumns ? "left" : "right")),
      children: [header.map((label) => cell([text(label)])), ...rows].map((children) => ({
        type: "tableRow",
        children,
      })),
    },
  };
}

/** Column labels: the year when each release is the only one of its year, the release id otherwise. */
function releaseLabels(releases: ReleaseInfo[]): string[] {
  const years = releases.map((release) => release.year);
  const unique = new Set(years).size === years.length;
  return releases.map((release) => (unique ? String(release.year) : release.id));
}

function changeCell(values: (number | undefined)[]): TableCell {
  const first = values[0];
  const last = values.at(-1);
  return cell([
    text(
      first === undefined || last === undefined
        ? NOT_AVAILABLE
        : formatPercentChange(percentChange(first, last)),
    ),
  ]);
}

const DIRECTIVES: Record<string, Directive> = {
  rvu: {
    usage: "{{rvu:CODE:FIELD[:RELEASE]}}",
    block: false,
    minArgs: 2,
    maxArgs: 3,
    resolve([code, field, releaseId]) {
      const release = findRelease(releaseId);
      return inline(
        formatRvu(
          rvuValue(
            requireGlobalRow(code!, release),
            oneOf(field!, RVU_FIELDS, "RVU field"),
            release,
          ),
        ),
      );
    },
  },
  payment: {
    usage: "{{payment:CODE:SETTING[:RELEASE]}}",
    block: false,
    minArgs: 2,
    maxArgs: 3,
    resolve([code, setting, releaseId]) {
      const release = findRelease(releaseId);
      return inline(
        formatDollars(
          paymentValue(
            requireGlobalRow(code!, release),
            oneOf(setting!, SETTINGS, "setting"),
            release,
          ),
        ),
      );
    },
  },
  cf: {
    usage: "{{cf[:RELEASE]}}",
    block: false,
    minArgs: 0,
    maxArgs: 1,
    resolve([releaseId]) {
      return inline(formatConversionFactor(findRelease(releaseId).conversionFactor));
    },
  },
  release: {
    usage: "{{release[:RELEASE]}}",
    block: false,
    minArgs: 0,
    maxArgs: 1,
    resolve([releaseId]) {
      return inline(findRelease(releaseId).label);
    },
  },
  status: {
    usage: "{{status:CODE[:RELEASE]}}",
    block: false,
    minArgs: 1,
    maxArgs: 2,
    resolve([code, releaseId]) {
      const row = requireGlobalRow(code!, findRelease(releaseId));
      const name = explainStatus(row.status).name;
      return inline(`${name.charAt(0).toLowerCase()}${name.slice(1)} (status ${row.status})`);
    },
  },
  "cf-change": {
    usage: "{{cf-change:FROM:TO}}",
    block: false,
    minArgs: 2,
    maxArgs: 2,
    resolve([from, to]) {
      const range = releaseRange(from, to);
      return inline(
        formatPercentChange(
          percentChange(range[0]!.conversionFactor, range.at(-1)!.conversionFactor),
        ),
      );
    },
  },
  "payment-change": {
    usage: "{{payment-change:CODE:SETTING:FROM:TO}}",
    block: false,
    minArgs: 4,
    maxArgs: 4,
    resolve([code, settingName, from, to]) {
      const setting = oneOf(settingName!, SETTINGS, "setting");
      const range = releaseRange(from, to);
      const [first, last] = [range[0]!, range.at(-1)!].map((release) =>
        paymentValue(requireGlobalRow(code!, release), setting, release),
      );
      return inline(formatPercentChange(percentChange(first!, last!)));
    },
  },
  "wrvu-total": {
    usage: "{{wrvu-total:CODExCOUNT,CODExCOUNT[:RELEASE]}}",
    block: false,
    minArgs: 1,
    maxArgs: 2,
    resolve([list, releaseId]) {
      const release = findRelease(releaseId);
      // Summed in hundredths so 0.1 + 0.2 style binary error never reaches the page.
      const hundredths = list!.split(",").reduce((sum, item) => {
        const [code, count] = parseCount(item);
        return sum + Math.round(requireGlobalRow(code, release).workRvu * 100) * count;
      }, 0);
      return inline(formatRvu(hundredths / 100));
    },
  },
  "rvu-table": {
    usage: "{{rvu-table:CODE,CODE[:RELEASE]}}",
    block: true,
    minArgs: 1,
    maxArgs: 2,
    resolve([list, releaseId], options) {
      const release = findRelease(releaseId);
      // CMS's own "NA" is shown where it marks a setting as not priced.
      const total = (row: RvuRow, setting: Setting) =>
        isNotApplicable(row, TOTAL_FIELD[setting]) ? "NA" : formatRvu(row[TOTAL_FIELD[setting]]);
      const payment = (row: RvuRow, setting: Setting) =>
        isNotApplicable(row, TOTAL_FIELD[setting])
          ? "NA"
          : formatDollars(paymentValue(row, setting, release));
      const rows = parseCodes(list!).map((code) => {
        const row = requireGlobalRow(code, release);
        const values = [
          formatRvu(row.workRvu),
          total(row, "nonFacility"),
          total(row, "facility"),
          payment(row, "nonFacility"),
          payment(row, "facility"),
        ];
        return [codeCell(code, options), ...values.map((value) => cell([text(value)]))];
      });
      return table(
        [
          "Code",
          "Work RVUs",
          "Total RVUs, non-facility",
          "Total RVUs, facility",
          "Payment, non-facility",
          "Payment, facility",
        ],
        rows,
        1,
      );
    },
  },
  "fee-change-table": {
    usage: "{{fee-change-table:CODE,CODE[:FROM:TO]}}",
    block: true,
    minArgs: 1,
    maxArgs: 3,
    resolve([list, from, to], options) {
      if (from !== undefined && to === undefined)
        throw new FigureError("give both FROM and TO releases, or neither");
      const releases = releaseRange(from, to);
      if (releases.length < 2)
        throw new FigureError("a change table needs at least two imported releases");
      const labels = releaseLabels(releases);
      const rows = parseCodes(list!).map((code) => {
        const found = releases.map((release) => findGlobalRow(code, release));
        const latest = found.findLast((row) => row !== undefined);
        if (!latest)
          throw new FigureError(
            `${code} is in none of the releases ${releases.map((release) => release.id).join(", ")}`,
          );
        // Codes CMS prices only in a facility (surgery such as 27447) are compared at the facility rate.
        const setting: Setting = latest.peNonFacilityNa ? "facility" : "nonFacility";
        const totals = found.map((row, index) =>
          row ? rvuValue(row, TOTAL_FIELD[setting], releases[index]!) : undefined,
        );
        const payments = found.map((row, index) =>
          row ? paymentValue(row, setting, releases[index]!) : undefined,
        );
        return [
          codeCell(code, options),
          cell([text(SETTING_LABEL[setting])]),
          ...totals.map((value) =>
            cell([text(value === undefined ? NOT_AVAILABLE : formatRvu(value))]),
          ),
          ...payments.map((value) =>
            cell([text(value === undefined ? NOT_AVAILABLE : formatDollars(value))]),
          ),
          changeCell(payments),
        ];
      });
      return table(
        [
          "Code",
          "Setting",
          ...labels.map((label) => `RVUs ${label}`),
          ...labels.map((label) => `Payment ${label}`),
          `Payment change ${labels[0]}–${labels.at(-1)}`,
        ],
        rows,
        2,
      );
    },
  },
  "cf-table": {
    usage: "{{cf-table}}",
    block: true,
    minArgs: 0,
    maxArgs: 0,
    resolve() {
      const releases = releaseRange(undefined, undefined);
      if (releases.length === 0) findRelease(undefined);
      const rows = releases.map((release, index) => {
        const previous = releases[index - 1];
        const change = previous
          ? formatPercentChange(percentChange(previous.conversionFactor, release.conversionFactor))
          : NOT_AVAILABLE;
        return [
          cell([text(release.label)]),
          cell([text(formatConversionFactor(release.conversionFactor))]),
          cell([text(change)]),
        ];
      });
      return table(["Release", "Conversion factor", "Change from the previous release"], rows, 1);
    },
  },
};

export const FIGURE_DIRECTIVES: readonly string[] = Object.keys(DIRECTIVES);

/** True when the directive renders a table (it must then be a paragraph of its own). */
export function isBlockDirective(source: string): boolean {
  return DIRECTIVES[source.split(":")[0]!.trim()]?.block ?? false;
}

/**
 * Resolves the text between `{{` and `}}`, e.g. "rvu:99213:workRvu", to formatted text or a table.
 *
 * @throws FigureError with a message for the author when the directive, code, field or release is wrong
 */
export function resolveFigure(source: string, options: FigureOptions): Figure {
  const [name = "", ...args] = source.split(":").map((part) => part.trim());
  const directive = DIRECTIVES[name];
  if (!directive) {
    throw new FigureError(
      `unknown directive "${name}"${didYouMean(name, FIGURE_DIRECTIVES)}; directives are: ${FIGURE_DIRECTIVES.join(", ")}`,
    );
  }
  if (
    args.length < directive.minArgs ||
    args.length > directive.maxArgs ||
    args.some((arg) => arg === "")
  ) {
    throw new FigureError(`expected ${directive.usage}`);
  }
  return directive.resolve(args, options);
}

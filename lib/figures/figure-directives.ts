/**
 * One figure directive — the text between `{{` and `}}`, such as `rvu:99213:workRvu` — resolved to the
 * formatted figure (or table of figures) from the imported CMS fee-schedule data. Blog posts, glossary
 * entries and career guides all write figures this way, so nobody types an RVU, dollar amount,
 * conversion factor or status by hand and a new import updates every page. Every number is formatted by
 * lib/fee-schedule/payment.ts, as on the code pages. docs/figures.md documents each directive for authors.
 */
import { didYouMean } from "@/lib/content/problems";
import type { ReleaseInfo, RvuRow } from "@/lib/fee-schedule/load";
import { getConversionFactors } from "@/lib/fee-schedule/conversion-factors";
import { fromHundredths, toHundredths } from "@/lib/fee-schedule/hundredths";
import {
  formatConversionFactor,
  formatDollars,
  formatPercentChange,
  formatRvu,
  percentChange,
} from "@/lib/fee-schedule/payment";
import { explainStatus, isPaidFromRvus } from "@/lib/fee-schedule/status";

import {
  FigureDirectiveError,
  findRelease,
  findRow,
  findRowIfListed,
  formatCodeRow,
  naSetting,
  oneOf,
  parseCodeList,
  parseCountedCode,
  paymentValue,
  releaseRange,
  ROW_FIELDS,
  RVU_FIELDS,
  rvuValue,
  SETTINGS,
  TOTAL_FIELD,
  type CodeRowKey,
  type Setting,
} from "./lookup";

/** A table cell: a formatted figure or label, or a code row (which a page may link to its code page). */
export type FigureCell = string | CodeRowKey;

/** The table a block directive produces, independent of how a page renders it. */
export interface FigureTable {
  header: string[];
  /** The first `textColumns` columns hold codes and labels (left-aligned); the rest hold figures. */
  textColumns: number;
  rows: FigureCell[][];
}

interface FigureSource {
  /** Releases the figure comes from, oldest first, so a page can name its sources. */
  releases: ReleaseInfo[];
}

export type Figure =
  | ({ kind: "inline"; /** E.g. "1.30", "$88.95", "$32.3465". */ text: string } & FigureSource)
  | ({ kind: "block"; table: FigureTable } & FigureSource);

/** What a page knows beyond the fee-schedule data, for directives that range over the site's codes. */
export interface FigureContext {
  /** Codes with a page on the site, e.g. for a table of the biggest movers among them. */
  codesWithPages?: readonly string[];
}

interface DirectiveSpec {
  usage: string;
  /** Block directives render a table and must stand alone in their paragraph. */
  block: boolean;
  minArgs: number;
  maxArgs: number;
  resolve(args: string[], context: FigureContext): Figure;
}

/** The release year's qualifying-APM conversion factor; an error in years that have only one. */
function qualifyingApmFactor(release: ReleaseInfo): number {
  const factor = getConversionFactors(release).find((option) => option.kind === "qualifying-apm");
  if (!factor) {
    throw new FigureDirectiveError(
      `${release.id} has one conversion factor for all clinicians; a separate qualifying APM factor starts in 2026`,
    );
  }
  return factor.value;
}

/** A national payment directive at the conversion factor `factorOf` picks for the release. */
function paymentDirective(
  usage: string,
  factorOf: (release: ReleaseInfo) => number,
): DirectiveSpec {
  return {
    usage,
    block: false,
    minArgs: 2,
    maxArgs: 3,
    resolve([codeArg, settingArg, releaseId]) {
      const release = findRelease(releaseId);
      const setting = oneOf(settingArg!, SETTINGS, "setting");
      const row = findRow(codeArg!, release);
      return inline(formatDollars(paymentValue(row, setting, release, factorOf(release))), release);
    },
  };
}

/** Default and largest row counts of a movers table. */
const MOVERS_DEFAULT_COUNT = 10;
const MOVERS_MAX_COUNT = 50;

/**
 * One code's national payment change between two releases at the setting a change table compares
 * (non-facility unless CMS prices the code only in a facility); undefined when either release does not
 * pay it from RVUs.
 */
function paymentMove(code: string, first: ReleaseInfo, last: ReleaseInfo) {
  const key = { code, modifier: "" };
  const before = findRowIfListed(key, first);
  const after = findRowIfListed(key, last);
  if (!before || !after) return undefined;
  const setting: Setting = after.peNonFacilityNa ? "facility" : "nonFacility";
  const field = TOTAL_FIELD[setting];
  if (naSetting(before, field) || naSetting(after, field)) return undefined;
  if (!isPaidFromRvus(before, before[field]) || !isPaidFromRvus(after, after[field]))
    return undefined;
  const paymentBefore = paymentValue(before, setting, first);
  const paymentAfter = paymentValue(after, setting, last);
  return {
    key,
    setting,
    rvus: [before[field], after[field]] as const,
    payments: [paymentBefore, paymentAfter] as const,
    change: percentChange(paymentBefore, paymentAfter) ?? 0,
  };
}

const SETTING_LABEL: Record<Setting, string> = {
  nonFacility: "Non-facility",
  facility: "Facility",
};
/** A table cell with no figure: the release does not list the code. */
const NOT_AVAILABLE = "—";

function inline(text: string, ...releases: ReleaseInfo[]): Figure {
  return { kind: "inline", text, releases };
}

function block(table: FigureTable, releases: ReleaseInfo[]): Figure {
  return { kind: "block", table, releases };
}

/** Column labels: the year when each release is the only one of its year, the release id otherwise. */
function releaseLabels(releases: ReleaseInfo[]): string[] {
  const years = releases.map((release) => release.year);
  const unique = new Set(years).size === years.length;
  return releases.map((release) => (unique ? String(release.year) : release.id));
}

function formatChange(first: number | undefined, last: number | undefined): string {
  return first === undefined || last === undefined
    ? NOT_AVAILABLE
    : formatPercentChange(percentChange(first, last));
}

/** Two-release range of the change directives, oldest first. */
function endpoints(from: string, to: string): [ReleaseInfo, ReleaseInfo] {
  const range = releaseRange(from, to);
  return [range[0]!, range.at(-1)!];
}

const DIRECTIVES: Record<string, DirectiveSpec> = {
  rvu: {
    usage: "{{rvu:CODE:FIELD[:RELEASE]}}",
    block: false,
    minArgs: 2,
    maxArgs: 3,
    resolve([codeArg, fieldArg, releaseId]) {
      const release = findRelease(releaseId);
      const row = findRow(codeArg!, release);
      const field = oneOf(fieldArg!, ROW_FIELDS, "field");
      if (field === "status" || field === "globalDays") return inline(row[field], release);
      return inline(formatRvu(rvuValue(row, field, release)), release);
    },
  },
  payment: paymentDirective(
    "{{payment:CODE:SETTING[:RELEASE]}}",
    (release) => release.conversionFactor,
  ),
  cf: {
    usage: "{{cf[:RELEASE]}}",
    block: false,
    minArgs: 0,
    maxArgs: 1,
    resolve([releaseId]) {
      const release = findRelease(releaseId);
      return inline(formatConversionFactor(release.conversionFactor), release);
    },
  },
  release: {
    usage: "{{release[:RELEASE]}}",
    block: false,
    minArgs: 0,
    maxArgs: 1,
    resolve([releaseId]) {
      const release = findRelease(releaseId);
      return inline(release.label, release);
    },
  },
  status: {
    usage: "{{status:CODE[:RELEASE]}}",
    block: false,
    minArgs: 1,
    maxArgs: 2,
    resolve([codeArg, releaseId]) {
      const release = findRelease(releaseId);
      const row = findRow(codeArg!, release);
      const name = explainStatus(row.status).name;
      return inline(
        `${name.charAt(0).toLowerCase()}${name.slice(1)} (status ${row.status})`,
        release,
      );
    },
  },
  "cf-apm": {
    usage: "{{cf-apm[:RELEASE]}}",
    block: false,
    minArgs: 0,
    maxArgs: 1,
    resolve([releaseId]) {
      const release = findRelease(releaseId);
      return inline(formatConversionFactor(qualifyingApmFactor(release)), release);
    },
  },
  "payment-apm": paymentDirective("{{payment-apm:CODE:SETTING[:RELEASE]}}", qualifyingApmFactor),
  "rvu-change": {
    usage: "{{rvu-change:CODE:FIELD:FROM:TO}}",
    block: false,
    minArgs: 4,
    maxArgs: 4,
    resolve([codeArg, fieldArg, from, to]) {
      const field = oneOf(fieldArg!, RVU_FIELDS, "field");
      const [first, last] = endpoints(from!, to!);
      const value = (release: ReleaseInfo) => rvuValue(findRow(codeArg!, release), field, release);
      return inline(formatChange(value(first), value(last)), first, last);
    },
  },
  "cf-change": {
    usage: "{{cf-change:FROM:TO}}",
    block: false,
    minArgs: 2,
    maxArgs: 2,
    resolve([from, to]) {
      const [first, last] = endpoints(from!, to!);
      return inline(formatChange(first.conversionFactor, last.conversionFactor), first, last);
    },
  },
  "payment-change": {
    usage: "{{payment-change:CODE:SETTING:FROM:TO}}",
    block: false,
    minArgs: 4,
    maxArgs: 4,
    resolve([codeArg, settingArg, from, to]) {
      const setting = oneOf(settingArg!, SETTINGS, "setting");
      const [first, last] = endpoints(from!, to!);
      const payment = (release: ReleaseInfo) =>
        paymentValue(findRow(codeArg!, release), setting, release);
      return inline(formatChange(payment(first), payment(last)), first, last);
    },
  },
  "wrvu-total": {
    usage: "{{wrvu-total:CODExCOUNT,CODExCOUNT[:RELEASE]}}",
    block: false,
    minArgs: 1,
    maxArgs: 2,
    resolve([list, releaseId]) {
      const release = findRelease(releaseId);
      // Summed in hundredths (RVUs carry two decimals) so binary floating-point error never reaches a page.
      const hundredths = list!.split(",").reduce((sum, item) => {
        const [key, count] = parseCountedCode(item);
        return sum + toHundredths(findRow(key, release).workRvu) * count;
      }, 0);
      return inline(formatRvu(fromHundredths(hundredths)), release);
    },
  },
  "rvu-table": {
    usage: "{{rvu-table:CODE,CODE[:RELEASE]}}",
    block: true,
    minArgs: 1,
    maxArgs: 2,
    resolve([list, releaseId]) {
      const release = findRelease(releaseId);
      // CMS's own "NA" is shown where it marks a setting as not priced.
      const total = (row: RvuRow, setting: Setting) =>
        naSetting(row, TOTAL_FIELD[setting]) ? "NA" : formatRvu(row[TOTAL_FIELD[setting]]);
      const payment = (row: RvuRow, setting: Setting) =>
        naSetting(row, TOTAL_FIELD[setting])
          ? "NA"
          : formatDollars(paymentValue(row, setting, release));
      const rows = parseCodeList(list!).map((key) => {
        const row = findRow(key, release);
        return [
          key,
          formatRvu(row.workRvu),
          total(row, "nonFacility"),
          total(row, "facility"),
          payment(row, "nonFacility"),
          payment(row, "facility"),
        ];
      });
      const header = [
        "Code",
        "Work RVUs",
        "Total RVUs, non-facility",
        "Total RVUs, facility",
        "Payment, non-facility",
        "Payment, facility",
      ];
      return block({ header, textColumns: 1, rows }, [release]);
    },
  },
  "fee-change-table": {
    usage: "{{fee-change-table:CODE,CODE[:FROM:TO]}}",
    block: true,
    minArgs: 1,
    maxArgs: 3,
    resolve([list, from, to]) {
      if (from !== undefined && to === undefined)
        throw new FigureDirectiveError("give both FROM and TO releases, or neither");
      const releases = releaseRange(from, to);
      if (releases.length < 2)
        throw new FigureDirectiveError("a change table needs at least two imported releases");
      const labels = releaseLabels(releases);
      const rows = parseCodeList(list!).map((key) => {
        const found = releases.map((release) => findRowIfListed(key, release));
        const latest = found.findLast((row) => row !== undefined);
        if (!latest)
          throw new FigureDirectiveError(
            `${formatCodeRow(key)} is in none of the releases ${releases.map((release) => release.id).join(", ")}`,
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
          key,
          SETTING_LABEL[setting],
          ...totals.map((value) => (value === undefined ? NOT_AVAILABLE : formatRvu(value))),
          ...payments.map((value) => (value === undefined ? NOT_AVAILABLE : formatDollars(value))),
          formatChange(payments[0], payments.at(-1)),
        ];
      });
      const header = [
        "Code",
        "Setting",
        ...labels.map((label) => `RVUs ${label}`),
        ...labels.map((label) => `Payment ${label}`),
        `Payment change ${labels[0]}–${labels.at(-1)}`,
      ];
      return block({ header, textColumns: 2, rows }, releases);
    },
  },
  "movers-table": {
    usage: "{{movers-table:FROM:TO[:COUNT]}}",
    block: true,
    minArgs: 2,
    maxArgs: 3,
    resolve([from, to, countArg], context) {
      if (!context.codesWithPages) {
        throw new FigureDirectiveError(
          "a movers table ranks the site's code pages: use it in a blog post",
        );
      }
      const count = countArg === undefined ? MOVERS_DEFAULT_COUNT : Number(countArg);
      if (!Number.isInteger(count) || count < 1 || count > MOVERS_MAX_COUNT) {
        throw new FigureDirectiveError(
          `COUNT must be a whole number from 1 to ${MOVERS_MAX_COUNT}`,
        );
      }
      const [first, last] = endpoints(from!, to!);
      const moves = context.codesWithPages
        .flatMap((code) => paymentMove(code, first, last) ?? [])
        // Largest change either way first; ties in code order so the table is stable.
        .sort(
          (a, b) => Math.abs(b.change) - Math.abs(a.change) || a.key.code.localeCompare(b.key.code),
        )
        .slice(0, count);
      const [fromLabel, toLabel] = releaseLabels([first, last]);
      const rows = moves.map((move) => [
        move.key,
        SETTING_LABEL[move.setting],
        formatRvu(move.rvus[0]),
        formatRvu(move.rvus[1]),
        formatChange(move.rvus[0], move.rvus[1]),
        formatDollars(move.payments[0]),
        formatDollars(move.payments[1]),
        formatPercentChange(move.change),
      ]);
      const header = [
        "Code",
        "Setting",
        `RVUs ${fromLabel}`,
        `RVUs ${toLabel}`,
        "RVU change",
        `Payment ${fromLabel}`,
        `Payment ${toLabel}`,
        "Payment change",
      ];
      return block({ header, textColumns: 2, rows }, [first, last]);
    },
  },
  "cf-table": {
    usage: "{{cf-table[:FROM:TO]}}",
    block: true,
    minArgs: 0,
    maxArgs: 2,
    resolve([from, to]) {
      if (from !== undefined && to === undefined)
        throw new FigureDirectiveError("give both FROM and TO releases, or neither");
      const releases = releaseRange(from, to);
      if (releases.length === 0) findRelease(undefined);
      const rows = releases.map((release, index) => {
        const previous = releases[index - 1];
        return [
          release.label,
          formatConversionFactor(release.conversionFactor),
          previous
            ? formatChange(previous.conversionFactor, release.conversionFactor)
            : NOT_AVAILABLE,
        ];
      });
      const header = ["Release", "Conversion factor", "Change from the previous release"];
      return block({ header, textColumns: 1, rows }, releases);
    },
  },
};

/** The directive names, for messages and documentation. */
export const FIGURE_DIRECTIVE_NAMES: readonly string[] = Object.keys(DIRECTIVES);

function directiveName(source: string): string {
  return source.split(":")[0]!.trim();
}

/** True when the directive renders a table (in a blog post it must then be a paragraph of its own). */
export function isBlockDirective(source: string): boolean {
  return DIRECTIVES[directiveName(source)]?.block ?? false;
}

/**
 * Resolves the text between `{{` and `}}` (e.g. "rvu:99213:workRvu") to formatted text or a table.
 *
 * @throws FigureDirectiveError when the directive, code, modifier, field, setting or release is wrong, or
 *   the figure is one CMS does not publish (an NA setting, a payment for a code not paid from RVUs)
 */
export function resolveFigure(source: string, context: FigureContext = {}): Figure {
  const [name = "", ...args] = source.split(":").map((part) => part.trim());
  const directive = DIRECTIVES[name];
  if (!directive) {
    const names = FIGURE_DIRECTIVE_NAMES.join(", ");
    throw new FigureDirectiveError(
      `unknown figure directive "${name}"${didYouMean(name, FIGURE_DIRECTIVE_NAMES)}; directives are: ${names}`,
    );
  }
  if (
    args.length < directive.minArgs ||
    args.length > directive.maxArgs ||
    args.some((arg) => arg === "")
  ) {
    throw new FigureDirectiveError(`expected ${directive.usage}`);
  }
  return directive.resolve(args, context);
}

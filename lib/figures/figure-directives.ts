/**
 * One figure directive — the text between `{{` and `}}`, such as `rvu:99213:workRvu` — resolved to the
 * formatted figure from the imported CMS fee-schedule data. Glossary entries and career guides write
 * figures this way so nobody types an RVU, dollar amount or conversion factor by hand and a new import
 * updates every page. docs/figures.md documents each directive for authors.
 */
import { didYouMean } from "@/lib/content/problems";
import { getReleases, getRvuRows, type ReleaseInfo, type RvuRow } from "@/lib/fee-schedule/load";
import {
  formatConversionFactor,
  formatDollars,
  formatRvu,
  nationalPayment,
} from "@/lib/fee-schedule/payment";
import { explainStatus, getModifierLabel, isPaidFromRvus } from "@/lib/fee-schedule/status";

/** A directive an author got wrong; the message is written for the author and names what to fix. */
export class FigureDirectiveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FigureDirectiveError";
  }
}

export interface ResolvedFigure {
  /** The formatted figure exactly as a page shows it, e.g. "1.30", "$88.95", "$32.3465". */
  text: string;
  /** The release the figure comes from. */
  release: ReleaseInfo;
}

/** Numeric RVU columns, formatted with CMS's two decimals. */
const RVU_FIELDS = [
  "workRvu",
  "peNonFacility",
  "peFacility",
  "mpRvu",
  "totalNonFacility",
  "totalFacility",
] as const;
/** Indicator columns, shown as CMS prints them ("A", "090"). */
const INDICATOR_FIELDS = ["status", "globalDays"] as const;
const ROW_FIELDS = [...RVU_FIELDS, ...INDICATOR_FIELDS] as const;
type RvuField = (typeof RVU_FIELDS)[number];
type RowField = (typeof ROW_FIELDS)[number];

const SETTINGS = ["nonFacility", "facility"] as const;
type Setting = (typeof SETTINGS)[number];
const SETTING_WORDS: Record<Setting, string> = {
  nonFacility: "non-facility",
  facility: "facility",
};

/** Fields that CMS leaves unpriced in a setting it marks "NA". */
const NA_FIELDS: Record<Setting, readonly RvuField[]> = {
  nonFacility: ["peNonFacility", "totalNonFacility"],
  facility: ["peFacility", "totalFacility"],
};

interface DirectiveSpec {
  usage: string;
  minArgs: number;
  maxArgs: number;
  resolve(args: string[]): ResolvedFigure;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new FigureDirectiveError(
    `unknown ${what} "${value}"${didYouMean(value, allowed)}; use one of ${allowed.join(", ")}`,
  );
}

function findRelease(id: string | undefined): ReleaseInfo {
  const releases = getReleases();
  const latest = releases.at(-1);
  if (!latest)
    throw new FigureDirectiveError(
      "no fee-schedule release has been imported (npm run import:pfs)",
    );
  if (id === undefined) return latest;
  const release = releases.find((candidate) => candidate.id === id.toUpperCase());
  if (!release) {
    const ids = releases.map((candidate) => candidate.id);
    throw new FigureDirectiveError(
      `unknown fee-schedule release "${id}"${didYouMean(id, ids)}; imported releases: ${ids.join(", ")}`,
    );
  }
  return release;
}

/** "99213" is the whole service; "71046-26" the professional component row, "71046-TC" the technical one. */
function findRow(codeArg: string, release: ReleaseInfo): RvuRow {
  const match = /^([A-Za-z0-9]{5})(?:-([A-Za-z0-9]{2}))?$/.exec(codeArg);
  if (!match) {
    throw new FigureDirectiveError(
      `"${codeArg}" is not a code: write CODE or CODE-MODIFIER, e.g. 99213 or 71046-26`,
    );
  }
  const code = match[1]!.toUpperCase();
  const modifier = (match[2] ?? "").toUpperCase();
  const rows = getRvuRows(code, release.id);
  if (rows.length === 0)
    throw new FigureDirectiveError(`${code} is not in the fee-schedule release ${release.id}`);
  const row = rows.find((candidate) => candidate.modifier === modifier);
  if (!row) {
    const available = rows.map((candidate) => getModifierLabel(candidate.modifier)).join(", ");
    throw new FigureDirectiveError(
      `${code} has no ${getModifierLabel(modifier)} row in ${release.id} (rows: ${available})`,
    );
  }
  return row;
}

function naSetting(row: RvuRow, field: RvuField): Setting | undefined {
  if (row.peNonFacilityNa && NA_FIELDS.nonFacility.includes(field)) return "nonFacility";
  if (row.peFacilityNa && NA_FIELDS.facility.includes(field)) return "facility";
  return undefined;
}

function rvuValue(row: RvuRow, field: RvuField, release: ReleaseInfo): number {
  const setting = naSetting(row, field);
  if (setting) {
    throw new FigureDirectiveError(
      `CMS marks the ${SETTING_WORDS[setting]} setting of ${row.code} NA in ${release.id}, so ${field} has no figure to quote; use the other setting`,
    );
  }
  return row[field];
}

function paymentValue(row: RvuRow, setting: Setting, release: ReleaseInfo): number {
  const total = rvuValue(
    row,
    setting === "nonFacility" ? "totalNonFacility" : "totalFacility",
    release,
  );
  if (!isPaidFromRvus(row, total)) {
    const status = explainStatus(row.status).name.toLowerCase();
    throw new FigureDirectiveError(
      `Medicare does not pay ${row.code} from its RVUs in ${release.id} (${status}, status ${row.status})`,
    );
  }
  return nationalPayment(total, release.conversionFactor);
}

/** "99213*4" → ["99213", 4]; a bare code counts once. */
function parseCountedCode(item: string): [string, number] {
  const match = /^([A-Za-z0-9]{5}(?:-[A-Za-z0-9]{2})?)(?:\*([1-9]\d*))?$/.exec(item.trim());
  if (!match)
    throw new FigureDirectiveError(`"${item.trim()}" is not CODE or CODE*COUNT, e.g. 99213*4`);
  return [match[1]!, Number(match[2] ?? 1)];
}

const DIRECTIVES: Record<string, DirectiveSpec> = {
  rvu: {
    usage: "{{rvu:CODE:FIELD[:RELEASE]}}",
    minArgs: 2,
    maxArgs: 3,
    resolve([codeArg, fieldArg, releaseId]) {
      const release = findRelease(releaseId);
      const row = findRow(codeArg!, release);
      const field: RowField = oneOf(fieldArg!, ROW_FIELDS, "field");
      if (field === "status" || field === "globalDays") return { text: row[field], release };
      return { text: formatRvu(rvuValue(row, field, release)), release };
    },
  },
  payment: {
    usage: "{{payment:CODE:SETTING[:RELEASE]}}",
    minArgs: 2,
    maxArgs: 3,
    resolve([codeArg, settingArg, releaseId]) {
      const release = findRelease(releaseId);
      const setting = oneOf(settingArg!, SETTINGS, "setting");
      return {
        text: formatDollars(paymentValue(findRow(codeArg!, release), setting, release)),
        release,
      };
    },
  },
  cf: {
    usage: "{{cf[:RELEASE]}}",
    minArgs: 0,
    maxArgs: 1,
    resolve([releaseId]) {
      const release = findRelease(releaseId);
      return { text: formatConversionFactor(release.conversionFactor), release };
    },
  },
  release: {
    usage: "{{release[:RELEASE]}}",
    minArgs: 0,
    maxArgs: 1,
    resolve([releaseId]) {
      const release = findRelease(releaseId);
      return { text: release.label, release };
    },
  },
  "wrvu-sum": {
    usage: "{{wrvu-sum:CODE*COUNT,CODE*COUNT[:RELEASE]}}",
    minArgs: 1,
    maxArgs: 2,
    resolve([list, releaseId]) {
      const release = findRelease(releaseId);
      // Summed in hundredths (RVUs carry two decimals) so binary floating-point error never reaches a page.
      const hundredths = list!.split(",").reduce((sum, item) => {
        const [codeArg, count] = parseCountedCode(item);
        return sum + Math.round(findRow(codeArg, release).workRvu * 100) * count;
      }, 0);
      return { text: formatRvu(hundredths / 100), release };
    },
  },
};

/** The directive names, for messages and documentation. */
export const FIGURE_DIRECTIVE_NAMES: readonly string[] = Object.keys(DIRECTIVES);

/**
 * Resolves the text between `{{` and `}}` (e.g. "rvu:99213:workRvu") to the formatted figure.
 *
 * @throws FigureDirectiveError when the directive, code, modifier, field, setting or release is wrong
 */
export function resolveFigure(source: string): ResolvedFigure {
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
  return directive.resolve(args);
}

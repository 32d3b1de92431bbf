/**
 * Reading a directive's arguments against the imported fee-schedule data: releases, code rows, fields and
 * settings, each with an author-facing FigureDirectiveError (and a did-you-mean) when it is wrong. The
 * NA and not-paid rules live here so every directive refuses the same figures the code page refuses.
 */
import { didYouMean } from "@/lib/content/problems";
import { getReleases, getRvuRows, type ReleaseInfo, type RvuRow } from "@/lib/fee-schedule/load";
import { nationalPayment } from "@/lib/fee-schedule/payment";
import { explainStatus, getModifierLabel, isPaidFromRvus } from "@/lib/fee-schedule/status";

/** A directive an author got wrong; the message is written for the author and names what to fix. */
export class FigureDirectiveError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FigureDirectiveError";
  }
}

/** Numeric RVU columns, formatted with CMS's two decimals. */
export const RVU_FIELDS = [
  "workRvu",
  "peNonFacility",
  "peFacility",
  "mpRvu",
  "totalNonFacility",
  "totalFacility",
] as const;
/** Indicator columns, shown as CMS prints them ("A", "090"). */
export const INDICATOR_FIELDS = ["status", "globalDays"] as const;
export const ROW_FIELDS = [...RVU_FIELDS, ...INDICATOR_FIELDS] as const;
export type RvuField = (typeof RVU_FIELDS)[number];

export const SETTINGS = ["nonFacility", "facility"] as const;
export type Setting = (typeof SETTINGS)[number];
export const TOTAL_FIELD: Record<Setting, "totalNonFacility" | "totalFacility"> = {
  nonFacility: "totalNonFacility",
  facility: "totalFacility",
};
const SETTING_WORDS: Record<Setting, string> = {
  nonFacility: "non-facility",
  facility: "facility",
};

/** Fields that CMS leaves unpriced in a setting it marks "NA". */
const NA_FIELDS: Record<Setting, readonly RvuField[]> = {
  nonFacility: ["peNonFacility", "totalNonFacility"],
  facility: ["peFacility", "totalFacility"],
};

export function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new FigureDirectiveError(
    `unknown ${what} "${value}"${didYouMean(value, allowed)}; use one of ${allowed.join(", ")}`,
  );
}

/** The release an id names (any case), or the latest release when the id is left out. */
export function findRelease(id: string | undefined): ReleaseInfo {
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

/** Releases from `from` to `to` inclusive, oldest first; every imported release when both are undefined. */
export function releaseRange(from: string | undefined, to: string | undefined): ReleaseInfo[] {
  const releases = getReleases();
  if (from === undefined || to === undefined) return releases;
  const start = releases.indexOf(findRelease(from));
  const end = releases.indexOf(findRelease(to));
  if (start >= end) throw new FigureDirectiveError(`release ${from} must come before ${to}`);
  return releases.slice(start, end + 1);
}

/** A code as a directive names it: "99213" is the whole service, "71046-26" a component row. */
export interface CodeRowKey {
  code: string;
  /** "" for the whole (global) service, else "26", "TC", … */
  modifier: string;
}

const CODE_ROW = /^([A-Za-z0-9]{5})(?:-([A-Za-z0-9]{2}))?$/;

export function parseCodeRow(codeArg: string): CodeRowKey {
  const match = CODE_ROW.exec(codeArg.trim());
  if (!match) {
    throw new FigureDirectiveError(
      `"${codeArg.trim()}" is not a code: write CODE or CODE-MODIFIER, e.g. 99213 or 71046-26`,
    );
  }
  return { code: match[1]!.toUpperCase(), modifier: (match[2] ?? "").toUpperCase() };
}

/** "99213", "71046-26": how a key is written back to the author. */
export function formatCodeRow({ code, modifier }: CodeRowKey): string {
  return modifier ? `${code}-${modifier}` : code;
}

/** The row in a release, or undefined when the release does not list that code and modifier. */
export function findRowIfListed(key: CodeRowKey, release: ReleaseInfo): RvuRow | undefined {
  return getRvuRows(key.code, release.id).find((row) => row.modifier === key.modifier);
}

export function findRow(codeArg: string | CodeRowKey, release: ReleaseInfo): RvuRow {
  const key = typeof codeArg === "string" ? parseCodeRow(codeArg) : codeArg;
  const rows = getRvuRows(key.code, release.id);
  if (rows.length === 0)
    throw new FigureDirectiveError(`${key.code} is not in the fee-schedule release ${release.id}`);
  const row = rows.find((candidate) => candidate.modifier === key.modifier);
  if (!row) {
    const available = rows.map((candidate) => getModifierLabel(candidate.modifier)).join(", ");
    throw new FigureDirectiveError(
      `${key.code} has no ${getModifierLabel(key.modifier)} row in ${release.id} (rows: ${available})`,
    );
  }
  return row;
}

/** The setting CMS marks NA for this field of the row, if it does. */
export function naSetting(row: RvuRow, field: RvuField): Setting | undefined {
  if (row.peNonFacilityNa && NA_FIELDS.nonFacility.includes(field)) return "nonFacility";
  if (row.peFacilityNa && NA_FIELDS.facility.includes(field)) return "facility";
  return undefined;
}

export function rvuValue(row: RvuRow, field: RvuField, release: ReleaseInfo): number {
  const setting = naSetting(row, field);
  if (setting) {
    throw new FigureDirectiveError(
      `CMS marks the ${SETTING_WORDS[setting]} setting of ${row.code} NA in ${release.id}, so ${field} has no figure to quote; use the other setting`,
    );
  }
  return row[field];
}

/**
 * National payment through the one payment formula, refused where the code page shows a dash. The
 * conversion factor defaults to the release file's; pass the qualifying APM factor for that amount.
 */
export function paymentValue(
  row: RvuRow,
  setting: Setting,
  release: ReleaseInfo,
  conversionFactor = release.conversionFactor,
): number {
  const total = rvuValue(row, TOTAL_FIELD[setting], release);
  if (!isPaidFromRvus(row, total)) {
    const status = explainStatus(row.status).name.toLowerCase();
    throw new FigureDirectiveError(
      `Medicare does not pay ${row.code} from its RVUs in ${release.id} (${status}, status ${row.status})`,
    );
  }
  return nationalPayment(total, conversionFactor);
}

/** "99213x4" → [99213, 4]; a bare code counts once. */
export function parseCountedCode(item: string): [CodeRowKey, number] {
  const match = /^([A-Za-z0-9]{5}(?:-[A-Za-z0-9]{2})?)(?:x([1-9]\d*))?$/.exec(item.trim());
  if (!match)
    throw new FigureDirectiveError(`"${item.trim()}" is not CODE or CODExCOUNT, e.g. 99213x4`);
  return [parseCodeRow(match[1]!), Number(match[2] ?? 1)];
}

/** "99213,71046-26" → keys, each at most once. */
export function parseCodeList(list: string): CodeRowKey[] {
  const keys = list.split(",").map(parseCodeRow);
  const written = keys.map(formatCodeRow);
  const twice = written.find((code, index) => written.indexOf(code) !== index);
  if (twice) throw new FigureDirectiveError(`${twice} is listed twice`);
  return keys;
}

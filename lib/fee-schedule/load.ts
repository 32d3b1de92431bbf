/**
 * Read-only access to the committed fee-schedule datasets in `${CONTENT_DIR ?? "content"}/fee-schedule/`.
 *
 * Every dataset is validated with zod on first use and cached for the life of the process (one build), keyed
 * by directory so tests can point CONTENT_DIR at fixtures. No `next/*` imports: vitest runs this directly.
 */
import path from "node:path";
import {
  feeScheduleDatasetSchema,
  type ClfsDataset,
  type ClfsRow,
  type ClfsSchedule,
  type GpciDataset,
  type HcpcsDataset,
  type HcpcsRelease,
  type GpciLocality,
  type ReleaseDataset,
  type ReleaseInfo,
  type RvuRow,
  type RvuRowTuple,
} from "@/lib/fee-schedule/schema";
import { describeDatasetIssues } from "@/lib/fee-schedule/dataset-issues";
import { compareModifiers } from "@/lib/fee-schedule/status";
import { defineCollection } from "@/lib/content/collections";
import { getContentDir } from "@/lib/content/content-dir";
import { DataFileError, readDataFiles } from "@/lib/content/data-files";

export type {
  ClfsRow,
  ClfsSchedule,
  GpciLocality,
  ReleaseInfo,
  RvuRow,
} from "@/lib/fee-schedule/schema";

interface LoadedRelease {
  info: ReleaseInfo;
  dataset: ReleaseDataset;
  /** Built lazily: most builds ask for a few thousand codes, not all releases' maps. */
  byCode: Map<string, RvuRow[]> | undefined;
}

interface FeeScheduleData {
  /** Oldest first. */
  releases: LoadedRelease[];
  /** Keyed by year. */
  gpci: Map<number, GpciDataset>;
  /** Clinical Laboratory Fee Schedule quarters, oldest first. */
  clfs: LoadedClfs[];
  /** HCPCS Level II releases (public-domain descriptions), oldest first. */
  hcpcs: LoadedHcpcs[];
  /** How often each code is billed, when the usage dataset is imported. */
  usage: Map<string, number>;
}

interface LoadedHcpcs {
  dataset: HcpcsDataset;
  /** Built lazily. */
  codes: Map<string, string> | undefined;
  modifiers: Map<string, string> | undefined;
}

interface LoadedClfs {
  dataset: ClfsDataset;
  /** Built lazily, like a release's rows. */
  byCode: Map<string, ClfsRow[]> | undefined;
}

/** `fee-schedule/` under the content root (CONTENT_DIR or `content/`). */
function getFeeScheduleDir(): string {
  return path.join(getContentDir(), "fee-schedule");
}

/** CMS release letters in calendar order; "R" marks a correction that follows its letter. */
function releaseSortKey(id: string): number {
  const match = /^RVU(\d{2})([A-D])(R?)$/.exec(id);
  if (!match) return Number.MAX_SAFE_INTEGER;
  return Number(match[1]) * 100 + "ABCD".indexOf(match[2]!) * 2 + (match[3] ? 1 : 0);
}

function loadFeeSchedule(contentDir: string): FeeScheduleData {
  const problems: string[] = [];
  const releases: LoadedRelease[] = [];
  const gpci = new Map<number, GpciDataset>();
  const clfs: LoadedClfs[] = [];
  const hcpcs: LoadedHcpcs[] = [];
  let usage = new Map<string, number>();

  for (const { name, file, json, error } of readDataFiles(contentDir, "fee-schedule")) {
    if (error !== undefined) {
      problems.push(`${file}: ${error}`);
      continue;
    }
    const result = feeScheduleDatasetSchema.safeParse(json);
    if (!result.success) {
      problems.push(...describeDatasetIssues(file, result.error));
      continue;
    }
    const dataset = result.data;
    if (dataset.kind === "pfs-release") {
      const expectedName = `${dataset.release.id.toLowerCase()}.json`;
      if (name !== expectedName) {
        problems.push(
          `${file}: release.id: release ${dataset.release.id} must live in ${expectedName}`,
        );
        continue;
      }
      releases.push({ info: dataset.release, dataset, byCode: undefined });
    } else if (dataset.kind === "clfs") {
      const expectedName = `${dataset.schedule.id.toLowerCase()}.json`;
      if (name !== expectedName) {
        problems.push(
          `${file}: schedule.id: CLFS data for ${dataset.schedule.id} must live in ${expectedName}`,
        );
        continue;
      }
      clfs.push({ dataset, byCode: undefined });
    } else if (dataset.kind === "hcpcs") {
      const expectedName = `${dataset.release.id.toLowerCase()}.json`;
      if (name !== expectedName) {
        problems.push(
          `${file}: release.id: HCPCS release ${dataset.release.id} must live in ${expectedName}`,
        );
        continue;
      }
      hcpcs.push({ dataset, codes: undefined, modifiers: undefined });
    } else if (dataset.kind === "usage") {
      if (name !== "usage.json") {
        problems.push(`${file}: kind: the usage dataset must live in usage.json`);
        continue;
      }
      usage = new Map(dataset.codes);
    } else {
      const expectedName = `gpci${dataset.year}.json`;
      if (name !== expectedName) {
        problems.push(`${file}: year: GPCI data for ${dataset.year} must live in ${expectedName}`);
        continue;
      }
      gpci.set(dataset.year, dataset);
    }
  }

  if (problems.length > 0) {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    throw new DataFileError(`Fee schedule data is invalid (${count}):\n${problems.join("\n")}`);
  }

  releases.sort((a, b) => releaseSortKey(a.info.id) - releaseSortKey(b.info.id));
  clfs.sort(
    (a, b) =>
      a.dataset.schedule.year * 10 +
      a.dataset.schedule.quarter -
      (b.dataset.schedule.year * 10 + b.dataset.schedule.quarter),
  );
  hcpcs.sort((a, b) => hcpcsSortKey(a.dataset.release.id) - hcpcsSortKey(b.dataset.release.id));
  return { releases, gpci, clfs, hcpcs, usage };
}

const MONTHS = "JANFEBMARAPRMAYJUNJULAUGSEPOCTNOVDEC";

/** "HCPCS25JUL" → 2507, for ordering releases. */
function hcpcsSortKey(id: string): number {
  return Number(id.slice(5, 7)) * 100 + MONTHS.indexOf(id.slice(7)) / 3;
}

/**
 * The imported CMS datasets: physician fee schedule releases, GPCIs and lab fee schedule quarters, each
 * validated with its zod schema on first use.
 */
export const feeScheduleCollection = defineCollection<FeeScheduleData>({
  name: "fee-schedule",
  source: "fee-schedule/*.json (PFS releases, GPCIs, lab fee schedule, HCPCS Level II)",
  load: loadFeeSchedule,
});

function loadAll(): FeeScheduleData {
  return feeScheduleCollection.get();
}

/**
 * One object literal with the fields in RVU_COLUMNS order, so all rows share one hidden class. Built
 * with Object.fromEntries and a spread (or by assigning columns in a loop), each of the 57,000 rows of
 * three releases had descriptors of its own: 103 MB of a build worker's heap instead of 57 MB.
 */
function toRvuRow(tuple: RvuRowTuple, conversionFactor: number): RvuRow {
  return {
    code: tuple[0],
    modifier: tuple[1],
    status: tuple[2],
    notUsedForMedicarePayment: tuple[3] === 1,
    workRvu: tuple[4],
    peNonFacility: tuple[5],
    peNonFacilityNa: tuple[6] === 1,
    peFacility: tuple[7],
    peFacilityNa: tuple[8] === 1,
    mpRvu: tuple[9],
    totalNonFacility: tuple[10],
    totalFacility: tuple[11],
    pctcIndicator: tuple[12],
    globalDays: tuple[13],
    preOpShare: tuple[14],
    intraOpShare: tuple[15],
    postOpShare: tuple[16],
    multipleProcedure: tuple[17],
    bilateralSurgery: tuple[18],
    assistantSurgery: tuple[19],
    coSurgeons: tuple[20],
    teamSurgery: tuple[21],
    endoscopicBaseCode: tuple[22],
    physicianSupervision: tuple[23],
    diagnosticImagingFamily: tuple[24],
    oppsPeNonFacility: tuple[25],
    oppsPeFacility: tuple[26],
    oppsMp: tuple[27],
    conversionFactor,
  };
}

function rowsByCode(release: LoadedRelease): Map<string, RvuRow[]> {
  if (release.byCode) return release.byCode;
  const byCode = new Map<string, RvuRow[]>();
  for (const tuple of release.dataset.rows) {
    // Frozen because every caller shares these objects through the cache.
    const row = Object.freeze(toRvuRow(tuple, release.info.conversionFactor));
    const list = byCode.get(row.code);
    if (list) list.push(row);
    else byCode.set(row.code, [row]);
  }
  for (const list of byCode.values()) list.sort((a, b) => compareModifiers(a.modifier, b.modifier));
  release.byCode = byCode;
  return byCode;
}

function findRelease(releaseId: string | undefined): LoadedRelease | undefined {
  const { releases } = loadAll();
  if (releaseId === undefined) return releases.at(-1);
  const release = releases.find((candidate) => candidate.info.id === releaseId.toUpperCase());
  if (!release) {
    const known = releases.map((candidate) => candidate.info.id).join(", ") || "none";
    throw new Error(`Unknown fee schedule release "${releaseId}" (available: ${known})`);
  }
  return release;
}

function normalizeCode(code: string): string {
  return code.trim().toUpperCase();
}

/** All imported PFS releases, oldest first. Empty when no dataset has been imported. */
export function getReleases(): ReleaseInfo[] {
  return loadAll().releases.map((release) => release.info);
}

/** The newest imported release; throws when none has been imported. */
export function getLatestRelease(): ReleaseInfo {
  const latest = loadAll().releases.at(-1);
  if (!latest) {
    throw new Error(
      `No fee schedule release found in ${getFeeScheduleDir()}; run npm run import:pfs first`,
    );
  }
  return latest.info;
}

/**
 * All modifier rows for a code in one release (default: the latest): global row first, then 26, TC, 53,
 * then any others. Empty when the release does not list the code.
 *
 * @throws when `releaseId` names a release that has not been imported
 */
export function getRvuRows(code: string, releaseId?: string): RvuRow[] {
  const release = findRelease(releaseId);
  if (!release) return [];
  return [...(rowsByCode(release).get(normalizeCode(code)) ?? [])];
}

/** The code's rows in every release that lists it, oldest release first. */
export function getRvuHistory(code: string): { release: ReleaseInfo; rows: RvuRow[] }[] {
  const normalized = normalizeCode(code);
  return loadAll().releases.flatMap((release) => {
    const rows = rowsByCode(release).get(normalized);
    return rows ? [{ release: release.info, rows: [...rows] }] : [];
  });
}

/** Years with imported GPCI data, ascending. */
export function getGpciYears(): number[] {
  return [...loadAll().gpci.keys()].sort((a, b) => a - b);
}

/**
 * Payment localities with their GPCIs for a year (default: the latest imported year), in file order.
 *
 * @throws when no GPCI data exists for the requested year
 */
export function getGpciLocalities(year?: number): GpciLocality[] {
  const { gpci } = loadAll();
  const wanted = year ?? getGpciYears().at(-1);
  const dataset = wanted === undefined ? undefined : gpci.get(wanted);
  if (!dataset) {
    const known = getGpciYears().join(", ") || "none";
    throw new Error(`No GPCI data for ${year ?? "any year"} (available: ${known})`);
  }
  return dataset.localities.map((locality) => ({ ...locality }));
}

/** The footnotes CMS printed under the GPCI table for a year (default: latest), e.g. the Alaska floor. */
export function getGpciFootnotes(year?: number): string[] {
  const { gpci } = loadAll();
  const wanted = year ?? getGpciYears().at(-1);
  return wanted === undefined ? [] : [...(gpci.get(wanted)?.footnotes ?? [])];
}

/** True when the release (default: latest) lists the code, whatever its status. */
export function hasFeeScheduleCode(code: string, releaseId?: string): boolean {
  const release = findRelease(releaseId);
  return release ? rowsByCode(release).has(normalizeCode(code)) : false;
}

/** Every distinct code in a release (default: latest), sorted, for calculators and static params. */
export function getAllFeeScheduleCodes(releaseId?: string): string[] {
  const release = findRelease(releaseId);
  return release ? [...rowsByCode(release).keys()].sort() : [];
}

function clfsRowsByCode(loaded: LoadedClfs): Map<string, ClfsRow[]> {
  if (loaded.byCode) return loaded.byCode;
  const byCode = new Map<string, ClfsRow[]>();
  for (const [code, modifier, effectiveDate, pricing, rate] of loaded.dataset.rows) {
    const row: ClfsRow = Object.freeze({ code, modifier, effectiveDate, pricing, rate });
    const list = byCode.get(code);
    if (list) list.push(row);
    else byCode.set(code, [row]);
  }
  // The plain code first, then modifiers such as QW.
  for (const list of byCode.values()) list.sort((a, b) => a.modifier.localeCompare(b.modifier));
  loaded.byCode = byCode;
  return byCode;
}

/** The newest imported Clinical Laboratory Fee Schedule quarter, or undefined when none is imported. */
export function getLatestLabSchedule(): ClfsSchedule | undefined {
  return loadAll().clfs.at(-1)?.dataset.schedule;
}

/**
 * A code's rows in the newest imported lab fee schedule (plain code first, then e.g. QW), with the
 * quarter they come from; undefined when the schedule does not list the code.
 */
export function getLabFees(code: string): { schedule: ClfsSchedule; rows: ClfsRow[] } | undefined {
  const latest = loadAll().clfs.at(-1);
  if (!latest) return undefined;
  const rows = clfsRowsByCode(latest).get(normalizeCode(code));
  return rows ? { schedule: latest.dataset.schedule, rows: [...rows] } : undefined;
}

function latestHcpcs(): LoadedHcpcs | undefined {
  const latest = loadAll().hcpcs.at(-1);
  if (latest && !latest.codes) {
    latest.codes = new Map(latest.dataset.codes);
    latest.modifiers = new Map(latest.dataset.modifiers);
  }
  return latest;
}

/** The newest imported HCPCS Level II release, or undefined when none is imported. */
export function getHcpcsRelease(): HcpcsRelease | undefined {
  return latestHcpcs()?.dataset.release;
}

/** The public-domain long description of a HCPCS Level II code in the newest release, or undefined. */
export function getHcpcsDescription(code: string): string | undefined {
  return latestHcpcs()?.codes!.get(normalizeCode(code));
}

/** Every code of the newest HCPCS Level II release, sorted. */
export function getAllHcpcsCodes(): string[] {
  return latestHcpcs()?.dataset.codes.map(([code]) => code) ?? [];
}

/** Every modifier of the newest HCPCS Level II release with its description, sorted. */
export function getHcpcsModifiers(): { modifier: string; description: string }[] {
  return (latestHcpcs()?.dataset.modifiers ?? []).map(([modifier, description]) => ({
    modifier,
    description,
  }));
}

/**
 * How often a code is billed, 0 (rare or unknown) to 1 (the most billed), from the imported usage
 * dataset; search uses it to order otherwise equal matches.
 */
export function getUsageScore(code: string): number {
  return loadAll().usage.get(code) ?? 0;
}

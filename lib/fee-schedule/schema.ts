/**
 * The contract for the committed fee-schedule datasets in `content/fee-schedule/*.json`.
 *
 * Those files are written only by `scripts/import-pfs.ts` from the official CMS files, never by hand, so
 * these comments are for whoever reads or reviews a dataset diff. Release rows are stored as positional
 * arrays (see {@link RVU_COLUMNS}) because keyed objects would roughly triple the size of a 19,000-row file.
 */
import { z } from "zod";

/** Values that mean "CMS has not published a figure for this setting" in the two NA indicator columns. */
const flagSchema = z.union([z.literal(0), z.literal(1)]);

/** A relative value or percentage as printed in the file: never negative, at most 2 decimals in practice. */
const rvuValueSchema = z.number().nonnegative();

/** Every PFS status code documented in Attachment A of the RVU file layout (RVU25D.pdf). */
export const PFS_STATUS_CODES = [
  "A",
  "B",
  "C",
  "D",
  "E",
  "F",
  "G",
  "H",
  "I",
  "J",
  "M",
  "N",
  "P",
  "R",
  "T",
  "X",
] as const;

export const pfsStatusSchema = z.enum(PFS_STATUS_CODES);
export type PfsStatus = z.infer<typeof pfsStatusSchema>;

/** Global surgery periods documented in the RVU file layout. */
export const GLOBAL_PERIOD_CODES = ["000", "010", "090", "MMM", "XXX", "YYY", "ZZZ"] as const;

export const globalPeriodSchema = z.enum(GLOBAL_PERIOD_CODES);
export type GlobalPeriod = z.infer<typeof globalPeriodSchema>;

/** PC/TC indicator values 0–9 documented in Attachment A of the RVU file layout. */
export const PCTC_INDICATORS = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"] as const;

export const pctcIndicatorSchema = z.enum(PCTC_INDICATORS);
export type PcTcIndicator = z.infer<typeof pctcIndicatorSchema>;

/** Multiple procedure (modifier 51) indicator values documented in the layout (there is no 8). */
export const MULTIPLE_PROCEDURE_INDICATORS = ["0", "1", "2", "3", "4", "5", "6", "7", "9"] as const;
/** Bilateral surgery (modifier 50) indicator values. */
export const BILATERAL_SURGERY_INDICATORS = ["0", "1", "2", "3", "9"] as const;
/** Assistant at surgery, co-surgeon (62) and team surgery (66) indicator values share one set. */
export const SURGERY_TEAM_INDICATORS = ["0", "1", "2", "9"] as const;

/**
 * Column order of one row in a release dataset. The importer writes, and the loader reads, rows in exactly
 * this order; the dataset repeats the list in its `columns` field so a reader can decode it without code.
 */
export const RVU_COLUMNS = [
  "code",
  "modifier",
  "status",
  "notUsedForMedicarePayment",
  "workRvu",
  "peNonFacility",
  "peNonFacilityNa",
  "peFacility",
  "peFacilityNa",
  "mpRvu",
  "totalNonFacility",
  "totalFacility",
  "pctcIndicator",
  "globalDays",
  "preOpShare",
  "intraOpShare",
  "postOpShare",
  "multipleProcedure",
  "bilateralSurgery",
  "assistantSurgery",
  "coSurgeons",
  "teamSurgery",
  "endoscopicBaseCode",
  "physicianSupervision",
  "diagnosticImagingFamily",
  "oppsPeNonFacility",
  "oppsPeFacility",
  "oppsMp",
] as const;

export type RvuColumn = (typeof RVU_COLUMNS)[number];

/** One row of a release dataset, positionally matching {@link RVU_COLUMNS}. */
export const rvuRowTupleSchema = z.tuple([
  /** code: the HCPCS/CPT/CDT code, five characters. */
  z.string().regex(/^[A-Z0-9]{5}$/, "expected a five-character code"),
  /** modifier: "" for the global service, otherwise "26", "TC" or "53". */
  z.string().regex(/^([A-Z0-9]{2})?$/, "expected an empty or two-character modifier"),
  /** status: PFS status code (Attachment A). */
  pfsStatusSchema,
  /** notUsedForMedicarePayment: 1 where the file marks the RVUs with "+" (shown, but not used by Medicare). */
  flagSchema,
  /** workRvu */
  rvuValueSchema,
  /** peNonFacility: practice expense RVU in an office or other non-facility setting. */
  rvuValueSchema,
  /** peNonFacilityNa: 1 where CMS marks the non-facility PE "NA" (rarely or never done there). */
  flagSchema,
  /** peFacility: practice expense RVU in a facility such as a hospital or ASC. */
  rvuValueSchema,
  /** peFacilityNa: 1 where CMS marks the facility PE "NA". */
  flagSchema,
  /** mpRvu: malpractice (professional liability) RVU. */
  rvuValueSchema,
  /** totalNonFacility */
  rvuValueSchema,
  /** totalFacility */
  rvuValueSchema,
  /** pctcIndicator */
  pctcIndicatorSchema,
  /** globalDays */
  globalPeriodSchema,
  /** preOpShare: fraction of the global package for pre-operative care (0.10 = 10%). */
  rvuValueSchema,
  /** intraOpShare */
  rvuValueSchema,
  /** postOpShare */
  rvuValueSchema,
  /** multipleProcedure */
  z.enum(MULTIPLE_PROCEDURE_INDICATORS),
  /** bilateralSurgery */
  z.enum(BILATERAL_SURGERY_INDICATORS),
  /** assistantSurgery */
  z.enum(SURGERY_TEAM_INDICATORS),
  /** coSurgeons */
  z.enum(SURGERY_TEAM_INDICATORS),
  /** teamSurgery */
  z.enum(SURGERY_TEAM_INDICATORS),
  /** endoscopicBaseCode: the base endoscopy for multiple-procedure indicator 3, else "". */
  z.string().regex(/^([A-Z0-9]{5})?$/, "expected an empty or five-character code"),
  /** physicianSupervision: two-character supervision level for diagnostic tests ("09" = not applicable). */
  z.string().regex(/^[0-9A-Z]{2}$/, "expected a two-character supervision code"),
  /** diagnosticImagingFamily: "88" = subject to imaging reductions, "99" = not applicable. */
  z.string().regex(/^\d{2}$/, "expected a two-digit family indicator"),
  /** oppsPeNonFacility: non-facility PE used for the OPPS imaging cap. */
  rvuValueSchema,
  /** oppsPeFacility */
  rvuValueSchema,
  /** oppsMp */
  rvuValueSchema,
]);

export type RvuRowTuple = z.infer<typeof rvuRowTupleSchema>;

/** Release ids follow the CMS naming convention: RVU + two-digit year + quarter letter (+ R for a correction). */
export const releaseIdSchema = z
  .string()
  .regex(/^RVU\d{2}[A-D]R?$/, 'expected a CMS release id such as "RVU25D"');

/** Metadata about one PFS relative value file release. */
export const releaseInfoSchema = z.object({
  /** CMS release id, e.g. "RVU25D" (2025, D = October). */
  id: releaseIdSchema,
  /** Calendar year the release applies to. */
  year: z.number().int().min(2000).max(2099),
  /** Reader-facing name, e.g. "2025 October release (RVU25D)". */
  label: z.string().min(1),
  /** Dollars per RVU, exactly as printed in the file's CONV FACTOR column (same on every row). */
  conversionFactor: z.number().positive(),
  /** File name of the official CSV the dataset was imported from, e.g. "PPRRVU2025_Oct.csv". */
  sourceFile: z.string().min(1),
  /** Title line of the official file, e.g. "2025 National Physician Fee Schedule Relative Value File October Release". */
  title: z.string().min(1),
  /** ISO date from the file's "RELEASED mm/dd/yyyy" line, or null when the file has none. */
  releasedOn: z.iso.date().nullable(),
});

export type ReleaseInfo = z.infer<typeof releaseInfoSchema>;

/** A committed release dataset: `content/fee-schedule/rvu25d.json`. */
export const releaseDatasetSchema = z.object({
  /** Discriminates release datasets from GPCI datasets in the same folder. */
  kind: z.literal("pfs-release"),
  /** Dataset format version; bump it (and the loader) when the row layout changes. */
  format: z.literal(1),
  /** Which release this is and where it came from. */
  release: releaseInfoSchema,
  /** Column names of each row, always equal to {@link RVU_COLUMNS}. */
  columns: z.array(z.string()).refine((columns) => columns.join(",") === RVU_COLUMNS.join(","), {
    message: `expected exactly these columns in this order: ${RVU_COLUMNS.join(", ")}`,
  }),
  /** Every row of the official file in file order, descriptions left out (they are AMA/ADA copyrighted). */
  rows: z.array(rvuRowTupleSchema),
});

export type ReleaseDataset = z.infer<typeof releaseDatasetSchema>;

/** One Medicare payment locality with its geographic practice cost indices. */
export const gpciLocalitySchema = z.object({
  /** Stable id `${mac}-${localityNumber}`, e.g. "01182-18". */
  id: z.string().regex(/^\d{5}-\d{2}$/),
  /** Medicare Administrative Contractor number, five digits. */
  mac: z.string().regex(/^\d{5}$/),
  /** Two-letter state or territory abbreviation. */
  state: z.string().regex(/^[A-Z]{2}$/),
  /** Locality number within the contractor, two digits. */
  localityNumber: z.string().regex(/^\d{2}$/),
  /** Locality name as CMS prints it, without footnote asterisks. */
  name: z.string().min(1),
  /** Footnote marks CMS put after the name ("*" or "**"), resolved by the dataset's `footnotes`. */
  footnoteMarks: z.string().regex(/^\**$/),
  /** Physician work GPCI (the file's "PW GPCI (with 1.0 Floor)" column). */
  pw: z.number().positive(),
  /** Practice expense GPCI. */
  pe: z.number().positive(),
  /** Malpractice GPCI. */
  mp: z.number().positive(),
});

export type GpciLocality = z.infer<typeof gpciLocalitySchema>;

/** A committed GPCI dataset: `content/fee-schedule/gpci2025.json`. */
export const gpciDatasetSchema = z.object({
  /** Discriminates GPCI datasets from release datasets. */
  kind: z.literal("gpci"),
  /** Dataset format version. */
  format: z.literal(1),
  /** Calendar year of the indices, taken from the file's column headings. */
  year: z.number().int().min(2000).max(2099),
  /** File name of the official CSV, e.g. "GPCI2025.csv". */
  sourceFile: z.string().min(1),
  /** Title line of the official file (Addendum E heading). */
  title: z.string().min(1),
  /** Footnotes printed under the table, e.g. the Alaska work GPCI floor. */
  footnotes: z.array(z.string()),
  /** Every locality in file order. */
  localities: z.array(gpciLocalitySchema).min(1),
});

export type GpciDataset = z.infer<typeof gpciDatasetSchema>;

/**
 * CLFS pricing indicator: "N" a national limitation amount applies; "L" the contractor prices the test
 * locally (the file's RATE is then 0.00).
 */
export const CLFS_PRICING_INDICATORS = ["N", "L"] as const;

/** Column order of one row in a CLFS dataset. */
export const CLFS_COLUMNS = ["code", "modifier", "effectiveDate", "pricing", "rate"] as const;

/** One row of a CLFS dataset, positionally matching {@link CLFS_COLUMNS}. */
export const clfsRowTupleSchema = z.tuple([
  /** code: the CPT or HCPCS code, five characters. */
  z.string().regex(/^[A-Z0-9]{5}$/, "expected a five-character code"),
  /** modifier: "" or "QW" (a CLIA-waived test) as the file lists it. */
  z.string().regex(/^([A-Z0-9]{2})?$/, "expected an empty or two-character modifier"),
  /** effectiveDate: ISO date from EFF_DATE. */
  z.iso.date(),
  /** pricing: CLFS pricing indicator. */
  z.enum(CLFS_PRICING_INDICATORS),
  /** rate: national limitation amount in dollars (0 when priced locally). */
  z.number().nonnegative(),
]);

export type ClfsRowTuple = z.infer<typeof clfsRowTupleSchema>;

/** Which CLFS quarter a dataset holds and where it came from. */
export const clfsScheduleSchema = z.object({
  /** "CLFS26Q2". */
  id: z.string().regex(/^CLFS\d{2}Q[1-4]$/, 'expected an id such as "CLFS26Q2"'),
  year: z.number().int().min(2000).max(2099),
  quarter: z.number().int().min(1).max(4),
  /** Reader-facing name: "Clinical Laboratory Fee Schedule, 2026 Q2". */
  label: z.string().min(1),
  /** "PUF_CLFS_CY2026_Q2V1.csv". */
  sourceFile: z.string().min(1),
  /** Title line of the official file. */
  title: z.string().min(1),
});

export type ClfsSchedule = z.infer<typeof clfsScheduleSchema>;

/** A committed CLFS dataset: `content/fee-schedule/clfs26q2.json`. */
export const clfsDatasetSchema = z.object({
  kind: z.literal("clfs"),
  format: z.literal(1),
  schedule: clfsScheduleSchema,
  /** Always equal to {@link CLFS_COLUMNS}. */
  columns: z.array(z.string()).refine((columns) => columns.join(",") === CLFS_COLUMNS.join(","), {
    message: `expected exactly these columns in this order: ${CLFS_COLUMNS.join(", ")}`,
  }),
  /** Every row of the official file, descriptions left out (AMA text). */
  rows: z.array(clfsRowTupleSchema),
});

export type ClfsDataset = z.infer<typeof clfsDatasetSchema>;

/** One lab fee schedule row as the site uses it. */
export interface ClfsRow {
  code: string;
  /** "" or "QW" (CLIA-waived test). */
  modifier: string;
  effectiveDate: string;
  /** "N" national limitation amount; "L" priced locally by the contractor. */
  pricing: (typeof CLFS_PRICING_INDICATORS)[number];
  /** National limitation amount in dollars; 0 when priced locally. */
  rate: number;
}

/** A code or modifier with its public-domain HCPCS Level II long description. */
const hcpcsEntrySchema = z.tuple([z.string().regex(/^[A-Z0-9]{2,5}$/), z.string().min(1)]);

/**
 * A committed HCPCS Level II release: `content/fee-schedule/hcpcs25jul.json`. Only HCPCS Level II text
 * is here (public domain); CPT and CDT descriptors are never imported.
 */
export const hcpcsDatasetSchema = z.object({
  kind: z.literal("hcpcs"),
  format: z.literal(1),
  release: z.object({
    /** "HCPCS25JUL". */
    id: z.string().regex(/^HCPCS\d{2}[A-Z]{3}$/, 'expected an id such as "HCPCS25JUL"'),
    /** "HCPCS Level II, July 2025". */
    label: z.string().min(1),
    sourceFile: z.string().min(1),
  }),
  /** [code, long description], sorted by code. */
  codes: z.array(hcpcsEntrySchema),
  /** [modifier, long description], sorted by modifier. */
  modifiers: z.array(hcpcsEntrySchema),
});

export type HcpcsDataset = z.infer<typeof hcpcsDatasetSchema>;
export type HcpcsRelease = HcpcsDataset["release"];

/**
 * How often codes are billed (`content/fee-schedule/usage.json`), derived from the public utilization
 * rankings: a score per code, higher for codes billed more often. Search ranks by it among equal matches.
 */
export const usageDatasetSchema = z.object({
  kind: z.literal("usage"),
  format: z.literal(1),
  /** The ranking files it was built from, most important first. */
  sources: z.array(z.string().min(1)).min(1),
  /** [code, score in 0–1], sorted by code; a code missing here counts as rarely billed. */
  codes: z.array(z.tuple([z.string().regex(/^[A-Z0-9]{5}$/), z.number().min(0).max(1)])),
});

export type UsageDataset = z.infer<typeof usageDatasetSchema>;

/** Any committed fee-schedule dataset. */
export const feeScheduleDatasetSchema = z.discriminatedUnion("kind", [
  releaseDatasetSchema,
  gpciDatasetSchema,
  clfsDatasetSchema,
  hcpcsDatasetSchema,
  usageDatasetSchema,
]);

export type FeeScheduleDataset = z.infer<typeof feeScheduleDatasetSchema>;

/** One row of the fee schedule as the site uses it: one code + modifier in one release. */
export interface RvuRow {
  /** The code, e.g. "99213". */
  code: string;
  /** "" for the global service, "26" professional component, "TC" technical component, "53" discontinued. */
  modifier: string;
  /** PFS status code; only A, R and T rows are used for Medicare payment. */
  status: PfsStatus;
  /** CMS shows RVUs for this row but marks them as not used for Medicare payment ("+"). */
  notUsedForMedicarePayment: boolean;
  /** Physician work RVU. */
  workRvu: number;
  /** Practice expense RVU, non-facility setting (office). */
  peNonFacility: number;
  /** CMS marks the non-facility PE "NA": the service is rarely or never done outside a facility. */
  peNonFacilityNa: boolean;
  /** Practice expense RVU, facility setting (hospital, ASC). */
  peFacility: number;
  /** CMS marks the facility PE "NA": the service is rarely or never done in a facility. */
  peFacilityNa: boolean;
  /** Malpractice RVU. */
  mpRvu: number;
  /** Work + non-facility PE + MP, as printed by CMS. */
  totalNonFacility: number;
  /** Work + facility PE + MP, as printed by CMS. */
  totalFacility: number;
  /** PC/TC indicator 0–9. */
  pctcIndicator: PcTcIndicator;
  /** Global surgery period. */
  globalDays: GlobalPeriod;
  /** Share of the global package for care before the procedure (0.10 = 10%). */
  preOpShare: number;
  /** Share for the procedure itself, including post-operative hospital work. */
  intraOpShare: number;
  /** Share for post-discharge office care. */
  postOpShare: number;
  /** Multiple procedure (modifier 51) indicator. */
  multipleProcedure: (typeof MULTIPLE_PROCEDURE_INDICATORS)[number];
  /** Bilateral surgery (modifier 50) indicator. */
  bilateralSurgery: (typeof BILATERAL_SURGERY_INDICATORS)[number];
  /** Assistant at surgery indicator. */
  assistantSurgery: (typeof SURGERY_TEAM_INDICATORS)[number];
  /** Co-surgeons (modifier 62) indicator. */
  coSurgeons: (typeof SURGERY_TEAM_INDICATORS)[number];
  /** Team surgery (modifier 66) indicator. */
  teamSurgery: (typeof SURGERY_TEAM_INDICATORS)[number];
  /** Base endoscopy code for the multiple endoscopy rule, or "". */
  endoscopicBaseCode: string;
  /** Physician supervision level for diagnostic tests ("09" = not applicable). */
  physicianSupervision: string;
  /** Diagnostic imaging family indicator ("88" subject to imaging reductions, "99" not applicable). */
  diagnosticImagingFamily: string;
  /** Non-facility PE used for the OPPS imaging payment cap. */
  oppsPeNonFacility: number;
  /** Facility PE used for the OPPS imaging payment cap. */
  oppsPeFacility: number;
  /** MP used for the OPPS imaging payment cap. */
  oppsMp: number;
  /** The release's conversion factor (dollars per RVU). */
  conversionFactor: number;
}

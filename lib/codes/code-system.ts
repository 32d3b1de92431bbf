/**
 * Which code system a billing code belongs to, and its category, derived from the code itself.
 *
 * The range tables below are the single source of truth for browsing, badges and breadcrumbs: a record
 * never states its own system, so a D code can never be mislabelled as CPT.
 */

export type CodeSystemId = "cpt" | "hcpcs" | "cdt";

export interface CodeSystem {
  id: CodeSystemId;
  /** Short label used on badges: "CPT", "HCPCS Level II", "CDT". */
  label: string;
  /** Full name for headings and structured data. */
  name: string;
  /** Who owns the code set, for attribution lines. */
  owner: string;
  attribution: string;
}

export interface CodeCategory {
  /** Stable URL slug, unique within its system. */
  slug: string;
  name: string;
  system: CodeSystemId;
  /** Human-readable range, e.g. "D3000–D3999". */
  range: string;
}

export const CODE_SYSTEMS: Record<CodeSystemId, CodeSystem> = {
  cpt: {
    id: "cpt",
    label: "CPT",
    name: "Current Procedural Terminology (CPT®)",
    owner: "American Medical Association",
    attribution:
      "CPT® is a registered trademark of the American Medical Association. CPT codes are © American Medical Association. Names and descriptions on this site are CodeAtlas's own words, not AMA descriptors.",
  },
  hcpcs: {
    id: "hcpcs",
    label: "HCPCS Level II",
    name: "Healthcare Common Procedure Coding System, Level II",
    owner: "Centers for Medicare & Medicaid Services",
    attribution:
      "HCPCS Level II codes are maintained by the Centers for Medicare & Medicaid Services (CMS) and are in the public domain.",
  },
  cdt: {
    id: "cdt",
    label: "CDT",
    name: "Current Dental Terminology (CDT)",
    owner: "American Dental Association",
    attribution:
      "CDT codes are © American Dental Association. Names and descriptions on this site are CodeAtlas's own words, not ADA descriptors.",
  },
};

interface NumericRange {
  from: number;
  to: number;
  slug: string;
  name: string;
}

const CDT_RANGES: NumericRange[] = [
  { from: 100, to: 999, slug: "diagnostic", name: "Diagnostic" },
  { from: 1000, to: 1999, slug: "preventive", name: "Preventive" },
  { from: 2000, to: 2999, slug: "restorative", name: "Restorative" },
  { from: 3000, to: 3999, slug: "endodontics", name: "Endodontics" },
  { from: 4000, to: 4999, slug: "periodontics", name: "Periodontics" },
  { from: 5000, to: 5899, slug: "removable-prosthodontics", name: "Removable prosthodontics" },
  { from: 5900, to: 5999, slug: "maxillofacial-prosthetics", name: "Maxillofacial prosthetics" },
  { from: 6000, to: 6199, slug: "implant-services", name: "Implant services" },
  { from: 6200, to: 6999, slug: "fixed-prosthodontics", name: "Fixed prosthodontics" },
  {
    from: 7000,
    to: 7999,
    slug: "oral-maxillofacial-surgery",
    name: "Oral & maxillofacial surgery",
  },
  { from: 8000, to: 8999, slug: "orthodontics", name: "Orthodontics" },
  {
    from: 9000,
    to: 9999,
    slug: "adjunctive-general-services",
    name: "Adjunctive general services",
  },
];

// Evaluation & management sits inside the numeric span of Medicine, so it is listed first and wins.
const CPT_RANGES: NumericRange[] = [
  { from: 99202, to: 99499, slug: "evaluation-and-management", name: "Evaluation & management" },
  { from: 100, to: 1999, slug: "anesthesia", name: "Anesthesia" },
  { from: 10004, to: 69990, slug: "surgery", name: "Surgery" },
  { from: 70010, to: 79999, slug: "radiology", name: "Radiology" },
  { from: 80047, to: 89398, slug: "pathology-and-laboratory", name: "Pathology & laboratory" },
  { from: 90281, to: 99199, slug: "medicine", name: "Medicine" },
  { from: 99500, to: 99607, slug: "medicine", name: "Medicine" },
];

const CPT_CATEGORY_II = { slug: "category-ii", name: "Category II (performance measurement)" };
const CPT_CATEGORY_III = { slug: "category-iii", name: "Category III (emerging technology)" };

const HCPCS_LETTERS: Record<string, { slug: string; name: string }> = {
  A: { slug: "a-transport-supplies", name: "Transportation, medical and surgical supplies" },
  B: { slug: "b-enteral-parenteral", name: "Enteral and parenteral therapy" },
  C: { slug: "c-outpatient-pps", name: "Outpatient prospective payment system" },
  E: { slug: "e-durable-medical-equipment", name: "Durable medical equipment" },
  G: { slug: "g-procedures-professional-services", name: "Procedures and professional services" },
  H: { slug: "h-behavioral-health", name: "Behavioral health services" },
  J: { slug: "j-drugs", name: "Drugs administered other than oral method" },
  K: { slug: "k-dme-temporary", name: "Durable medical equipment (temporary codes)" },
  L: { slug: "l-orthotics-prosthetics", name: "Orthotics and prosthetics" },
  M: { slug: "m-other-medical-services", name: "Other medical services" },
  P: { slug: "p-pathology-laboratory", name: "Pathology and laboratory services" },
  Q: { slug: "q-temporary-codes", name: "Temporary codes" },
  R: { slug: "r-diagnostic-radiology", name: "Diagnostic radiology services" },
  S: { slug: "s-private-payer", name: "Private payer codes" },
  T: { slug: "t-state-medicaid", name: "State Medicaid agency codes" },
  U: { slug: "u-laboratory", name: "Laboratory services" },
  V: { slug: "v-vision-hearing", name: "Vision, hearing and speech-language services" },
};

/**
 * CPT numbers are five digits, or four digits and a letter: F (Category II), T (Category III), and the
 * Category I families A (vaccine administration), M (multianalyte assays) and U (proprietary lab
 * analyses), all of which CMS files list.
 */
const CODE_PATTERN = /^(?:D\d{4}|\d{5}|\d{4}[AFMTU]|[ABCEGHJKLMPQRSTUV]\d{4})$/;

/** True when `code` has the shape of a CPT, HCPCS Level II or CDT code (upper case, no spaces). */
export function isValidCodeFormat(code: string): boolean {
  return CODE_PATTERN.test(code);
}

/**
 * Normalises what a reader types or links ("d3351", " D 3351 ", "99213") to the canonical upper-case
 * form, or returns undefined when it cannot be a code.
 */
export function normalizeCode(input: string): string | undefined {
  const compact = input.replace(/[\s-]+/g, "").toUpperCase();
  return isValidCodeFormat(compact) ? compact : undefined;
}

function rangeRange(range: NumericRange, prefix: string, width: number): string {
  const pad = (n: number) => prefix + String(n).padStart(width, "0");
  return `${pad(range.from)}–${pad(range.to)}`;
}

function findRange(ranges: NumericRange[], value: number): NumericRange | undefined {
  return ranges.find((range) => value >= range.from && value <= range.to);
}

/** The system a code belongs to, or undefined when the code is malformed. */
export function getCodeSystemId(code: string): CodeSystemId | undefined {
  if (!isValidCodeFormat(code)) return undefined;
  if (code.startsWith("D")) return "cdt";
  if (/^\d/.test(code)) return "cpt";
  return "hcpcs";
}

/**
 * The category of a code from the range tables, or undefined when the code falls in no published range
 * (for example a CPT number in a gap between sections).
 */
export function getCodeCategory(code: string): CodeCategory | undefined {
  const system = getCodeSystemId(code);
  if (system === "cdt") {
    const range = findRange(CDT_RANGES, Number(code.slice(1)));
    return (
      range && { slug: range.slug, name: range.name, system, range: rangeRange(range, "D", 4) }
    );
  }
  if (system === "cpt") {
    if (code.endsWith("F")) return { ...CPT_CATEGORY_II, system, range: "0001F–9999F" };
    if (code.endsWith("T")) return { ...CPT_CATEGORY_III, system, range: "0001T–9999T" };
    if (code.endsWith("A")) return cptCategoryOf("medicine");
    if (code.endsWith("M") || code.endsWith("U")) return cptCategoryOf("pathology-and-laboratory");
    const value = Number(code);
    const range = findRange(CPT_RANGES, value);
    if (!range) return undefined;
    const label = range.slug === "medicine" ? "90281–99199, 99500–99607" : rangeRange(range, "", 5);
    return { slug: range.slug, name: range.name, system, range: label };
  }
  if (system === "hcpcs") {
    const letter = code.charAt(0);
    const entry = HCPCS_LETTERS[letter];
    return entry && { ...entry, system, range: `${letter}0000–${letter}9999` };
  }
  return undefined;
}

/** Every category of a system in reading order (the order of the range tables). */
export function getCategoriesOfSystem(system: CodeSystemId): CodeCategory[] {
  if (system === "cdt") {
    return CDT_RANGES.map((r) => ({
      slug: r.slug,
      name: r.name,
      system,
      range: rangeRange(r, "D", 4),
    }));
  }
  if (system === "hcpcs") {
    return Object.entries(HCPCS_LETTERS).map(([letter, entry]) => ({
      ...entry,
      system,
      range: `${letter}0000–${letter}9999`,
    }));
  }
  const numeric = [...CPT_RANGES]
    .sort((a, b) => a.from - b.from)
    .filter((r, i, all) => all.findIndex((other) => other.slug === r.slug) === i)
    .map((r) => getCodeCategory(String(r.from).padStart(5, "0"))!);
  return [
    ...numeric,
    { ...CPT_CATEGORY_II, system, range: "0001F–9999F" },
    { ...CPT_CATEGORY_III, system, range: "0001T–9999T" },
  ];
}

function cptCategoryOf(slug: string): CodeCategory {
  return getCategoriesOfSystem("cpt").find((category) => category.slug === slug)!;
}

export function getCodeSystem(id: CodeSystemId): CodeSystem {
  return CODE_SYSTEMS[id];
}

export function isCodeSystemId(value: string): value is CodeSystemId {
  return value === "cpt" || value === "hcpcs" || value === "cdt";
}

/** A subsection of a large CPT category (surgery by body system, radiology by modality…). */
export interface CodeSection {
  slug: string;
  name: string;
  /** Human-readable range, e.g. "20100–29999". */
  range: string;
}

/**
 * The subsections of the CPT categories too large to browse as one list. Ranges follow the CPT code
 * book's section headings; a code in a gap between them simply has no section.
 */
const CPT_SECTIONS: NumericRange[] = [
  { from: 10004, to: 19499, slug: "integumentary", name: "Skin, nails and breast" },
  { from: 20100, to: 29999, slug: "musculoskeletal", name: "Musculoskeletal system" },
  { from: 30000, to: 32999, slug: "respiratory", name: "Respiratory system" },
  { from: 33010, to: 37799, slug: "cardiovascular", name: "Heart and blood vessels" },
  { from: 38100, to: 38999, slug: "hemic-lymphatic", name: "Spleen, bone marrow and lymph nodes" },
  { from: 39000, to: 39599, slug: "mediastinum-diaphragm", name: "Mediastinum and diaphragm" },
  { from: 40490, to: 49999, slug: "digestive", name: "Digestive system" },
  { from: 50010, to: 53899, slug: "urinary", name: "Urinary system" },
  { from: 54000, to: 55899, slug: "male-genital", name: "Male genital system" },
  { from: 56405, to: 58999, slug: "female-genital", name: "Female genital system" },
  { from: 59000, to: 59899, slug: "maternity", name: "Maternity care and delivery" },
  { from: 60000, to: 60699, slug: "endocrine", name: "Endocrine system" },
  { from: 61000, to: 64999, slug: "nervous", name: "Nervous system" },
  { from: 65091, to: 68899, slug: "eye", name: "Eye and ocular adnexa" },
  { from: 69000, to: 69979, slug: "auditory", name: "Ear" },
  { from: 70010, to: 76499, slug: "diagnostic-imaging", name: "X-ray, CT, MRI and angiography" },
  { from: 76506, to: 76999, slug: "ultrasound", name: "Ultrasound" },
  { from: 77001, to: 77022, slug: "imaging-guidance", name: "Imaging guidance" },
  { from: 77046, to: 77067, slug: "breast-imaging", name: "Breast imaging" },
  { from: 77071, to: 77086, slug: "bone-joint-studies", name: "Bone and joint studies" },
  { from: 77261, to: 77799, slug: "radiation-oncology", name: "Radiation oncology" },
  { from: 78012, to: 79999, slug: "nuclear-medicine", name: "Nuclear medicine" },
  { from: 80047, to: 80081, slug: "panels", name: "Organ and disease panels" },
  { from: 81000, to: 81099, slug: "urinalysis", name: "Urinalysis" },
  { from: 82009, to: 84999, slug: "chemistry", name: "Chemistry" },
  { from: 85002, to: 85999, slug: "hematology", name: "Hematology and coagulation" },
  { from: 86000, to: 86849, slug: "immunology", name: "Immunology" },
  { from: 87003, to: 87999, slug: "microbiology", name: "Microbiology" },
  { from: 88300, to: 88399, slug: "surgical-pathology", name: "Surgical pathology" },
  { from: 90476, to: 90759, slug: "vaccines", name: "Vaccines and toxoids" },
  { from: 90785, to: 90899, slug: "psychiatry", name: "Psychiatry" },
  { from: 90935, to: 90999, slug: "dialysis", name: "Dialysis" },
  { from: 92002, to: 92499, slug: "ophthalmology", name: "Eye examinations and tests" },
  {
    from: 92920,
    to: 93799,
    slug: "cardiovascular-medicine",
    name: "Cardiovascular tests and procedures",
  },
  { from: 94002, to: 94799, slug: "pulmonary", name: "Pulmonary" },
  { from: 95004, to: 95199, slug: "allergy", name: "Allergy and clinical immunology" },
  {
    from: 96360,
    to: 96549,
    slug: "infusions-injections",
    name: "Hydration, infusions, injections and chemotherapy",
  },
  {
    from: 97010,
    to: 97799,
    slug: "physical-medicine",
    name: "Physical medicine and rehabilitation",
  },
];

/** The section of a CPT code within its category, or undefined (other systems, small categories, gaps). */
export function getCodeSection(code: string): CodeSection | undefined {
  if (!/^\d{5}$/.test(code)) return undefined;
  const range = findRange(CPT_SECTIONS, Number(code));
  return range && { slug: range.slug, name: range.name, range: rangeRange(range, "", 5) };
}

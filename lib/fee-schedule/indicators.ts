/**
 * The payment indicators of a fee-schedule row in words — multiple procedures, bilateral surgery,
 * assistant at surgery, co-surgeons, team surgery, endoscopic base code, diagnostic imaging family and
 * physician supervision — and the modifiers each makes relevant.
 *
 * The wording is CodeAtlas's own, checked against the field notes of the CMS RVU file layout
 * (`RVU26B-layout.pdf`). It deliberately gives no payment percentages: those are rule parameters, not
 * data the importer reads, and the site never types a figure by hand.
 */
import type { RvuRow } from "@/lib/fee-schedule/schema";

export interface IndicatorExplanation {
  /** Stable id, also the anchor of the row: "multiple-procedures". */
  id: string;
  /** What the indicator is about: "Multiple procedures (modifier 51)". */
  label: string;
  /** The answer for this code in a few words: "Standard reduction applies". */
  value: string;
  /** One or two sentences for readers. */
  detail: string;
  /** Modifiers this indicator makes relevant for the code. */
  modifiers: string[];
  /** A code the explanation names, linked on the page (the endoscopic base code). */
  linkedCode?: string;
}

type Row = Pick<
  RvuRow,
  | "multipleProcedure"
  | "bilateralSurgery"
  | "assistantSurgery"
  | "coSurgeons"
  | "teamSurgery"
  | "endoscopicBaseCode"
  | "physicianSupervision"
  | "diagnosticImagingFamily"
>;

type Text = readonly [value: string, detail: string, modifiers: string[]];

const MULTIPLE_PROCEDURE: Record<Row["multipleProcedure"], Text> = {
  "0": [
    "No multiple-procedure reduction",
    "When another procedure is done the same day, this one is still paid at its own fee schedule amount (or the charge, if lower).",
    [],
  ],
  "1": [
    "Pre-1995 multiple-procedure rules",
    "Done with other procedures the same day, the procedures are ranked by fee and every one after the first is paid at a reduced rate, under the rules in force before 1995.",
    ["51"],
  ],
  "2": [
    "Standard multiple-procedure reduction",
    "Done with other surgical procedures the same day, the procedures are ranked by fee; the highest is paid in full and the others at a reduced rate. Payers rank the procedures themselves; some still ask for modifier 51 on the secondary ones.",
    ["51"],
  ],
  "3": [
    "Multiple-endoscopy rules",
    "Done with another endoscopy from the same family (same base procedure), payment is figured for the family first: the base procedure's value is not paid twice. The family is then ranked against other procedures of the day.",
    ["51"],
  ],
  "4": [
    "Diagnostic imaging reduction",
    "Done in the same session as another imaging study of the same family, the technical component of the lower-priced study is reduced, and the professional component is reduced slightly too.",
    [],
  ],
  "5": [
    "Therapy practice-expense reduction",
    "When several therapy services of this kind are given the same day, the practice expense of the second and later services is reduced.",
    [],
  ],
  "6": [
    "Diagnostic cardiovascular reduction",
    "Done on the same day as another diagnostic cardiovascular test, the technical component of the second and later tests is reduced.",
    [],
  ],
  "7": [
    "Diagnostic ophthalmology reduction",
    "Done on the same day as another diagnostic eye test, the technical component of the second and later tests is reduced.",
    [],
  ],
  "9": ["Does not apply", "The multiple-procedure rules do not apply to this code.", []],
};

const BILATERAL: Record<Row["bilateralSurgery"], Text> = {
  "0": [
    "No bilateral adjustment",
    "Reported for both sides (modifier 50, or RT and LT), the two sides together are paid no more than one side: anatomy, or a separate bilateral code, makes a bilateral payment inappropriate.",
    [],
  ],
  "1": [
    "Bilateral adjustment applies",
    "Done on both sides in one session, report it once with modifier 50 (or with RT and LT, as the payer asks); Medicare pays more than one side but less than two, and applies this before any multiple-procedure ranking.",
    ["50", "RT", "LT"],
  ],
  "2": [
    "Already bilateral",
    "The RVUs already assume both sides, so modifier 50 adds nothing: reporting both sides is paid as one code.",
    [],
  ],
  "3": [
    "Each side paid in full",
    "Usually a radiology or other diagnostic test: reported for both sides, each side is paid at its full amount rather than under the bilateral surgery rule.",
    ["50", "RT", "LT"],
  ],
  "9": ["Does not apply", "The bilateral surgery rules do not apply to this code.", []],
};

const ASSISTANT: Record<Row["assistantSurgery"], Text> = {
  "0": [
    "Assistant paid only with documentation",
    "Medicare pays an assistant at surgery for this procedure only when documentation shows one was medically necessary.",
    ["80", "82", "AS"],
  ],
  "1": [
    "Assistant not paid",
    "By statute, Medicare does not pay an assistant at surgery for this procedure.",
    [],
  ],
  "2": [
    "Assistant may be paid",
    "The payment restriction on assistants at surgery does not apply: an assistant may be paid.",
    ["80", "82", "AS"],
  ],
  "9": ["Does not apply", "The assistant-at-surgery concept does not apply to this code.", []],
};

const CO_SURGEONS: Record<Row["coSurgeons"], Text> = {
  "0": ["Not permitted", "Medicare does not pay co-surgeons for this procedure.", []],
  "1": [
    "Permitted with documentation",
    "Two surgeons of different specialties may each be paid, with documentation showing both were medically necessary.",
    ["62"],
  ],
  "2": [
    "Permitted",
    "Two surgeons of different specialties may each be paid without extra documentation.",
    ["62"],
  ],
  "9": ["Does not apply", "The co-surgeon concept does not apply to this code.", []],
};

const TEAM: Record<Row["teamSurgery"], Text> = {
  "0": ["Not permitted", "Medicare does not pay a surgical team for this procedure.", []],
  "1": [
    "Permitted with documentation, priced by report",
    "A surgical team may be paid when documentation shows a team was medically necessary; the contractor prices it case by case.",
    ["66"],
  ],
  "2": [
    "Permitted, priced by report",
    "A surgical team may be paid; the contractor prices it case by case.",
    ["66"],
  ],
  "9": ["Does not apply", "The team surgery concept does not apply to this code.", []],
};

const SUPERVISION: Record<string, readonly [string, string]> = {
  "01": [
    "General supervision",
    "The test must be done under a physician's general supervision: overall direction, without the physician needing to be on site.",
  ],
  "02": [
    "Direct supervision",
    "The test must be done under a physician's direct supervision: the physician is immediately available to help.",
  ],
  "03": ["Personal supervision", "A physician must be in the room while the test is done."],
  "04": [
    "General, unless done by a psychologist",
    "No supervision is required when a qualified independent or clinical psychologist does the test; otherwise a physician's general supervision.",
  ],
  "05": [
    "General, unless done by an audiologist",
    "No supervision is required when a qualified audiologist does the test; otherwise a physician's general supervision.",
  ],
  "06": [
    "Physician or certified physical therapist",
    "Must be done by a physician, or by a physical therapist board-certified as an electrophysiological clinical specialist where state law allows.",
  ],
  "21": [
    "Certified technician: general; otherwise direct",
    "A certified technician may do the test under general supervision; anyone else needs a physician's direct supervision.",
  ],
  "22": [
    "Technician with real-time contact",
    "A technician may do the test while in real-time contact with a physician.",
  ],
  "66": [
    "Physician or certified physical therapist",
    "May be done by a physician, or by a physical therapist with board certification and certification in this procedure.",
  ],
  "6A": [
    "Physician or certified physical therapist",
    "As for level 66; a board-certified physical therapist may also supervise another therapist, but only the certified therapist may bill.",
  ],
  "77": [
    "Certified therapist, or supervised",
    "Done by a board-certified physical therapist, by an uncertified therapist under a physician's direct supervision, or by a certified technician under general supervision.",
  ],
  "7A": [
    "Certified therapist, or supervised",
    "As for level 77; a board-certified physical therapist may also supervise another therapist, but only the certified therapist may bill.",
  ],
};

function fromTable(
  id: string,
  label: string,
  [value, detail, modifiers]: Text,
): IndicatorExplanation {
  return { id, label, value, detail, modifiers };
}

/**
 * Every indicator of the row that applies to the code, in the order of the CMS file. Indicators whose
 * value is "does not apply" are left out, so a visit's page does not list five surgical rules.
 */
export function explainPaymentIndicators(row: Row): IndicatorExplanation[] {
  const rows: IndicatorExplanation[] = [];
  const add = (id: string, label: string, value: string, text: Text) => {
    if (value !== "9") rows.push(fromTable(id, label, text));
  };
  add(
    "multiple-procedures",
    "Multiple procedures (modifier 51)",
    row.multipleProcedure,
    MULTIPLE_PROCEDURE[row.multipleProcedure],
  );
  add(
    "bilateral-surgery",
    "Bilateral surgery (modifier 50)",
    row.bilateralSurgery,
    BILATERAL[row.bilateralSurgery],
  );
  add(
    "assistant-at-surgery",
    "Assistant at surgery",
    row.assistantSurgery,
    ASSISTANT[row.assistantSurgery],
  );
  add("co-surgeons", "Co-surgeons (modifier 62)", row.coSurgeons, CO_SURGEONS[row.coSurgeons]);
  add("team-surgery", "Team surgery (modifier 66)", row.teamSurgery, TEAM[row.teamSurgery]);
  if (row.endoscopicBaseCode) {
    rows.push({
      id: "endoscopic-base-code",
      label: "Endoscopic base code",
      value: row.endoscopicBaseCode,
      detail: `The family's base endoscopy is ${row.endoscopicBaseCode}. Billed with it the same day, the base procedure is not paid separately; its value is already inside this one.`,
      modifiers: [],
      linkedCode: row.endoscopicBaseCode,
    });
  }
  if (row.diagnosticImagingFamily === "88") {
    rows.push({
      id: "diagnostic-imaging-family",
      label: "Diagnostic imaging family",
      value: "Subject to imaging reductions",
      detail:
        "The study belongs to the imaging family whose technical and professional components are reduced when several studies are done in one session.",
      modifiers: [],
    });
  }
  const supervision = SUPERVISION[row.physicianSupervision];
  if (supervision) {
    rows.push({
      id: "physician-supervision",
      label: "Physician supervision of diagnostic tests",
      value: supervision[0],
      detail: supervision[1],
      modifiers: [],
    });
  }
  return rows;
}

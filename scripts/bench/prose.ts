/**
 * Sentence templates for benchmark records. Real records carry about 290 words of body, a 25-word
 * description, a 27-word plain-language line, nine synonyms, five related codes and two FAQ entries; the
 * templates are sized so generated records land near those counts (checked by `npm run bench`, which prints
 * the averages). Several variants per slot keep the text from compressing unrealistically well.
 */
import type { Random } from "./random";
import type { RecordKind } from "./vocabulary";

export interface ProseContext {
  code: string;
  name: string;
  /** The name in lower case for use inside a sentence. */
  subject: string;
  kind: RecordKind;
  /** Display name of the first specialty. */
  specialty: string;
  /** A related code used as the alternative in prose. */
  alternative: string;
}

const NOUN: Record<RecordKind, string> = {
  procedure: "procedure",
  service: "service",
  supply: "supply item",
  equipment: "piece of equipment",
  drug: "drug",
  test: "test",
  imaging: "imaging study",
  dental: "dental procedure",
};

const SETTINGS: Record<RecordKind, string[]> = {
  procedure: [
    "a hospital outpatient department",
    "an ambulatory surgery center",
    "the operating room",
    "the office procedure room",
  ],
  service: [
    "the office",
    "a hospital outpatient clinic",
    "the patient's home",
    "a telehealth visit",
  ],
  supply: ["the patient's home", "a skilled nursing facility", "the office", "a home health visit"],
  equipment: ["the patient's home", "a long-term care facility", "the rehabilitation clinic"],
  drug: [
    "an infusion center",
    "the office",
    "a hospital outpatient department",
    "the patient's home under supervision",
  ],
  test: [
    "the office laboratory",
    "a hospital laboratory",
    "an independent laboratory",
    "the cardiology suite",
  ],
  imaging: [
    "an imaging center",
    "the hospital radiology department",
    "the emergency department",
    "the office",
  ],
  dental: [
    "the dental office",
    "a community dental clinic",
    "a hospital dental service",
    "a mobile dental unit",
  ],
};

const REASONS = [
  [
    "persistent symptoms despite first-line care",
    "findings on an earlier examination",
    "a change in the patient's condition",
  ],
  [
    "a new diagnosis that needs confirmation",
    "follow-up of a known condition",
    "planning before further treatment",
  ],
  [
    "pain that limits daily activities",
    "a complication of earlier treatment",
    "risk factors documented in the chart",
  ],
  [
    "a referral from another clinician",
    "screening guidelines for the patient's age",
    "abnormal results on a prior test",
  ],
];

const PAYER_FOCUS = [
  "the diagnosis codes, the date of service and whether the documentation matches the units billed",
  "medical necessity, frequency limits and whether a related service was billed the same day",
  "the ordering clinician, the signed order and whether the patient meets the coverage criteria",
  "the place of service, any modifiers and the link between the diagnosis and the service",
];

const DOC_ITEMS = [
  "the indication, the findings that support it, what was done and the patient's response",
  "the order, the clinical reason, the quantity supplied and the person who provided it",
  "start and stop times where time matters, the technique used and any complications",
  "the diagnosis, relevant history, the plan and who performed each part of the work",
];

const FREQUENCIES = [
  "once per date of service",
  "once in a twelve-month period for the same patient",
  "as often as the documented condition requires",
  "once per episode of care unless the condition changes",
];

const DENIALS = [
  "a missing or mismatched diagnosis code, billing more units than documented, or reporting it together with a code that already includes it",
  "frequency limits that were exceeded, a missing order, or a place of service that the payer does not accept for this code",
  "no prior authorization where the plan requires one, or notes that do not show why the service was needed",
  "duplicate claims from two providers for the same date, or a modifier that was left off when it was required",
];

const CLINICAL_OPENERS = [
  "{Name} ({code}) is reported when the {noun} is provided for a clear clinical reason, most often in {setting}.",
  "{code} describes {subject}, a {noun} that is usually arranged in {setting} after an assessment by the treating clinician.",
  "Clinicians report {code} for {subject}; in practice it is most often seen in {setting}.",
];

const CLINICAL_MIDDLES = [
  "Typical reasons include {reasonA}, {reasonB} or {reasonC}.",
  "The decision usually follows {reasonA}, although {reasonB} and {reasonC} are also common triggers.",
  "It is ordered for {reasonA}; {reasonB} or {reasonC} can also justify it.",
];

const CLINICAL_SPECIALTY = [
  "Most claims come from {specialty}, but any qualified clinician can report it when the work matches the code.",
  "The code is used most by {specialty}, and the same rules apply when another specialty provides the {noun}.",
  "Teams in {specialty} see it often, so their documentation habits are a good model for everyone else.",
];

const CLINICAL_SCOPE = [
  "The code covers the whole {noun} as usually performed: preparation, the work itself and the immediate follow-up are included and are not billed separately.",
  "Everything that is a normal part of the {noun} is included in {code}; separately identifiable work on the same day needs its own code and documentation.",
  "{code} is a complete unit of service, so supplies and routine steps that are always part of it are not reported on their own.",
];

const CLINICAL_ALTERNATIVE = [
  "When the work is more extensive, or a different technique is used, a neighbouring code such as {alternative} may describe it better, so compare the related codes before choosing.",
  "If the patient's situation calls for a different approach, {alternative} and the other related codes below are the usual alternatives to consider.",
  "Read the related codes below before you bill: {alternative} in particular is often confused with {code}.",
];

const BILLING_BULLETS: { label: string; templates: string[] }[] = [
  {
    label: "Documentation",
    templates: [
      "record {docItems}. A note that shows why the {noun} was needed answers most payer requests without an appeal.",
      "keep {docItems} in the record. Signed and dated notes on the day of service are the first thing an auditor asks for.",
    ],
  },
  {
    label: "Units",
    templates: [
      "report one unit per date of service unless the payer's policy defines a smaller unit; the units on the claim must match what the note describes.",
      "bill the number of units the documentation supports, and no more; when time defines the unit, write the start and stop times.",
    ],
  },
  {
    label: "Frequency",
    templates: [
      "most payers allow {code} {frequency}. More frequent use needs a short narrative on what changed in the patient's condition.",
      "expect a limit of {frequency} on most plans; check the plan's policy before repeating the {noun} sooner.",
    ],
  },
  {
    label: "Medicare",
    templates: [
      "Medicare pays {code} when its coverage rules are met; check the current fee schedule and any local coverage determination for the patient's region.",
      "Medicare contractors may publish local rules for {code}; read them before the first claim, because some ask for specific diagnosis codes.",
    ],
  },
  {
    label: "Coverage",
    templates: [
      "commercial plans usually follow Medicare's lead, but some require prior authorization or limit the {noun} to certain diagnoses.",
      "coverage varies by plan; Medicaid programs in particular may have their own limits, forms and approved providers for {code}.",
    ],
  },
  {
    label: "Common denials",
    templates: ["{denials}.", "payers most often refuse {code} because of {denials}."],
  },
  {
    label: "Modifiers",
    templates: [
      "add a modifier only when it changes the meaning of the claim, for example to show a distinct procedure or a bilateral service; unsupported modifiers are a common audit target.",
      "when {code} is reported with another service on the same day, a distinct-service modifier may be needed, and the note has to show why the work was separate.",
    ],
  },
  {
    label: "Place of service",
    templates: [
      "use the place-of-service code for where the patient actually was; payment for {code} can differ between {setting} and a facility setting.",
      "the payment for {code} depends on the place of service, so make sure the claim shows {setting} or the facility where the work was done.",
    ],
  },
];

const PLAIN = [
  "This code is used when {plainWhat}. {plainWhy}",
  "{plainWhy} It is billed when {plainWhat}.",
];

const PLAIN_WHAT: Record<RecordKind, string[]> = {
  procedure: [
    "a doctor treats or repairs a problem with a hands-on procedure",
    "you have a procedure to find or fix a problem",
  ],
  service: [
    "you see a clinician for care, advice or treatment",
    "a clinician spends time assessing or treating you",
  ],
  supply: [
    "your care team gives you supplies you need at home or in the clinic",
    "you receive medical supplies as part of your treatment",
  ],
  equipment: [
    "you get medical equipment to use at home",
    "equipment is provided to help you move, breathe or recover",
  ],
  drug: [
    "you are given a medicine by injection, infusion or another route in the clinic",
    "a medicine is given to you by the care team",
  ],
  test: [
    "a sample or a measurement is taken to check how your body is working",
    "you have a test to help find out what is wrong",
  ],
  imaging: [
    "pictures are taken of the inside of your body",
    "you have a scan or an x-ray so the doctor can see inside",
  ],
  dental: [
    "your dentist examines, treats or repairs your teeth or gums",
    "you have dental work to keep your teeth and gums healthy",
  ],
};

const PLAIN_WHY = [
  "It helps your care team choose the right next step.",
  "The aim is to ease symptoms and stop problems getting worse.",
  "Ask the office if you are unsure whether your plan covers it.",
];

const DESCRIPTIONS = [
  "Reports {subject} as one complete unit of service, including the routine preparation and follow-up that are always part of it.",
  "Reports {subject}, provided for a documented clinical reason and billed once for each unit of service the record supports.",
  "Reports {subject} when it is provided as described, with the usual steps and supplies included rather than billed separately.",
];

const FAQ: { question: string; answers: string[] }[] = [
  {
    question: "Can {code} be reported more than once on the same day?",
    answers: [
      "Only when the record shows separate, distinct work, for example on a different site or at a different session. Otherwise one unit covers the whole {noun}, and a second line on the claim is usually denied as a duplicate.",
      "Usually not. {code} already covers the full {noun}; a second unit needs documentation that the work was repeated for a separate reason, and many payers still ask for a modifier and the notes.",
    ],
  },
  {
    question: "Does Medicare cover {code}?",
    answers: [
      "Medicare covers {code} when the patient meets its coverage rules and the record shows why the {noun} was needed. Check the fee schedule status and any local coverage determination before billing, because some regions add their own requirements.",
    ],
  },
  {
    question: "What documentation supports {code}?",
    answers: [
      "Notes that show the reason for the {noun}, what was done, by whom, and the result. Payers compare the diagnosis on the claim with the record, so the two should tell the same story without gaps.",
    ],
  },
  {
    question: "Which code is used instead of {code}?",
    answers: [
      "When the work is different in extent or technique, a related code such as {alternative} may fit better. Read the descriptors of the neighbouring codes, and choose the one that matches what the record actually describes.",
    ],
  },
];

const RELATED_NOTES = [
  "Neighbouring code in the same range; compare the descriptors before choosing.",
  "Reported instead when the extent of the work is different.",
  "Often reported with this code for a companion service on the same day.",
  "The more extensive version of a similar service.",
  "A simpler alternative when less work is done.",
  "Another option in the same family, with different coverage rules.",
];

const RETIREMENT_NOTES = [
  "The code was deleted in the annual update and the service moved to a more specific code.",
  "Deleted when the code set was reorganised; report the replacement code for dates of service after the deletion.",
];

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) => values[key] ?? match);
}

function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|~]/g, (character) => `\\${character}`);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface GeneratedProse {
  description: string;
  plainLanguage: string;
  clinicalContext: string;
  billing: string;
  faq: { question: string; answer: string }[];
}

/** Description, plain-language line, both body sections and FAQ for one record. */
export function writeProse(context: ProseContext, random: Random): GeneratedProse {
  const [reasonA, reasonB, reasonC] = random.pick(REASONS);
  const setting = random.pick(SETTINGS[context.kind]);
  const values: Record<string, string> = {
    code: context.code,
    Name: context.name,
    subject: context.subject,
    noun: NOUN[context.kind],
    setting,
    specialty: context.specialty.toLowerCase(),
    alternative: context.alternative,
    reasonA: reasonA!,
    reasonB: reasonB!,
    reasonC: reasonC!,
    payerFocus: random.pick(PAYER_FOCUS),
    docItems: random.pick(DOC_ITEMS),
    frequency: random.pick(FREQUENCIES),
    denials: random.pick(DENIALS),
    plainWhat: random.pick(PLAIN_WHAT[context.kind]),
    plainWhy: random.pick(PLAIN_WHY),
  };
  const sentence = (templates: string[]) => fill(random.pick(templates), values);
  // The body is Markdown, so names taken from the HCPCS file ("<", "*", "[") are escaped there only.
  const markdownValues = {
    ...values,
    Name: escapeMarkdown(context.name),
    subject: escapeMarkdown(context.subject),
  };
  const markdown = (templates: string[]) => fill(random.pick(templates), markdownValues);

  const clinicalContext = [
    [markdown(CLINICAL_OPENERS), markdown(CLINICAL_MIDDLES), markdown(CLINICAL_SPECIALTY)].join(
      " ",
    ),
    [
      markdown(CLINICAL_SCOPE),
      fill("Payers look at {payerFocus} before they accept the claim.", values),
      markdown(CLINICAL_ALTERNATIVE),
    ].join(" "),
  ].join("\n\n");

  const billing = random
    .sample(BILLING_BULLETS, random.int(5, 6))
    .map(({ label, templates }) => `- **${label}**: ${capitalise(markdown(templates))}`)
    .join("\n");

  const faq = random.sample(FAQ, random.int(1, 3)).map(({ question, answers }) => ({
    question: fill(question, values),
    answer: sentence(answers),
  }));

  return {
    description: sentence(DESCRIPTIONS),
    plainLanguage: sentence(PLAIN),
    clinicalContext,
    billing,
    faq,
  };
}

export function writeRelatedNote(random: Random): string {
  return random.pick(RELATED_NOTES);
}

export function writeRetirementNote(random: Random): string {
  return random.pick(RETIREMENT_NOTES);
}

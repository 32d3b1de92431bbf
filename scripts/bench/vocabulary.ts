/**
 * Word banks for synthetic benchmark records. A synthetic name is action + site + qualifier from one domain,
 * so names read like real code names and the search index sees a realistic spread of clinical words.
 * Nothing here is copied from a code set's descriptors.
 */

/** What kind of thing a code reports; picks the wording of the generated prose. */
export type RecordKind = "procedure" | "service" | "supply" | "equipment" | "drug" | "test" | "imaging" | "dental";

export interface Domain {
  /** Inclusive numeric ranges of the code (the number after a leading D for CDT). */
  ranges: [number, number][];
  kind: RecordKind;
  actions: string[];
  sites: string[];
  qualifiers: string[];
  /** Specialty slugs from content/specialties, most relevant first. */
  specialties: string[];
  /** Words a patient or a biller types instead of the name. */
  layTerms: string[];
}

export const SURGERY_DOMAINS: Domain[] = [
  {
    ranges: [[10004, 19499]],
    kind: "procedure",
    actions: ["Excision of benign lesion", "Excision of malignant lesion", "Repair of laceration", "Debridement of wound", "Split-thickness skin graft", "Incision and drainage of abscess", "Destruction of premalignant lesion", "Adjacent tissue transfer", "Shave removal of lesion", "Breast biopsy with imaging guidance"],
    sites: ["scalp", "neck", "trunk", "upper arm", "forearm", "thigh", "lower leg", "face", "eyelid", "external ear", "nose", "lip", "hand", "foot", "breast"],
    qualifiers: ["0.5 cm or less", "0.6 to 1.0 cm", "1.1 to 2.0 cm", "over 4.0 cm", "simple repair", "intermediate repair", "complex repair", "first 20 sq cm", "each additional 20 sq cm", "single lesion", "up to 14 lesions"],
    specialties: ["dermatology", "plastic-surgery", "general-surgery", "family-medicine", "emergency-medicine"],
    layTerms: ["skin lesion removal", "mole removal", "stitches", "skin graft", "cyst drainage", "wound cleaning", "skin biopsy"],
  },
  {
    ranges: [[20005, 29999]],
    kind: "procedure",
    actions: ["Open treatment of fracture", "Closed treatment of fracture", "Arthroscopy with debridement", "Arthrodesis", "Tendon repair", "Removal of implant", "Arthrocentesis", "Osteotomy", "Total joint arthroplasty", "Ligament reconstruction", "Excision of bone cyst", "Application of cast"],
    sites: ["shoulder", "elbow", "wrist", "hip", "knee", "ankle", "femoral shaft", "tibial plateau", "distal radius", "clavicle", "metacarpal", "metatarsal", "lumbar spine", "cervical spine", "patella"],
    qualifiers: ["with internal fixation", "without manipulation", "with manipulation", "unilateral", "bilateral", "with bone graft", "each additional segment", "complete", "partial", "with ultrasound guidance", "long arm", "short leg"],
    specialties: ["orthopedic-surgery", "sports-medicine", "physical-medicine-and-rehabilitation", "physical-therapy", "emergency-medicine"],
    layTerms: ["broken bone repair", "joint replacement", "knee scope", "joint injection", "bone fusion", "cast", "tendon surgery"],
  },
  {
    ranges: [[30000, 32999]],
    kind: "procedure",
    actions: ["Nasal endoscopy with polypectomy", "Septoplasty", "Laryngoscopy with biopsy", "Bronchoscopy with lavage", "Thoracoscopy with pleurodesis", "Tracheostomy", "Sinusotomy", "Control of nasal hemorrhage", "Lung resection"],
    sites: ["maxillary sinus", "frontal sinus", "ethmoid sinus", "nasal septum", "larynx", "trachea", "bronchus", "pleura", "right lung", "left lung"],
    qualifiers: ["diagnostic", "surgical", "with balloon dilation", "with navigation", "anterior, simple", "posterior, complex", "flexible", "rigid", "open approach", "video-assisted"],
    specialties: ["otolaryngology", "pulmonology", "general-surgery", "critical-care-medicine"],
    layTerms: ["sinus surgery", "nose bleed treatment", "breathing tube", "lung scope", "deviated septum repair", "voice box exam"],
  },
  {
    ranges: [[33010, 37799]],
    kind: "procedure",
    actions: ["Insertion of pacemaker", "Replacement of pulse generator", "Coronary artery bypass", "Valve replacement", "Endovascular repair", "Thrombectomy", "Angioplasty", "Placement of central venous catheter", "Ligation of vein", "Embolization"],
    sites: ["aortic valve", "mitral valve", "abdominal aorta", "femoral artery", "popliteal artery", "carotid artery", "saphenous vein", "subclavian vein", "renal artery", "coronary artery"],
    qualifiers: ["single chamber", "dual chamber", "with cardiopulmonary bypass", "percutaneous", "open", "initial vessel", "each additional vessel", "with imaging guidance", "tunneled", "age 5 years or older"],
    specialties: ["cardiology", "general-surgery", "radiology", "critical-care-medicine", "internal-medicine"],
    layTerms: ["pacemaker", "heart bypass", "stent", "vein surgery", "varicose vein treatment", "central line", "heart valve surgery"],
  },
  {
    ranges: [[38100, 49999]],
    kind: "procedure",
    actions: ["Laparoscopic cholecystectomy", "Colonoscopy with biopsy", "Upper endoscopy with dilation", "Appendectomy", "Hernia repair", "Partial colectomy", "Hemorrhoidectomy", "Gastrostomy tube placement", "Liver biopsy", "Splenectomy"],
    sites: ["esophagus", "stomach", "duodenum", "small intestine", "colon", "rectum", "anus", "gallbladder", "liver", "inguinal canal", "umbilicus", "abdominal wall"],
    qualifiers: ["laparoscopic", "open", "with removal of polyp by snare", "with control of bleeding", "reducible", "incarcerated", "initial", "recurrent", "with anastomosis", "percutaneous"],
    specialties: ["general-surgery", "gastroenterology", "internal-medicine", "family-medicine"],
    layTerms: ["gallbladder removal", "colonoscopy", "scope", "hernia surgery", "appendix removal", "feeding tube", "polyp removal"],
  },
  {
    ranges: [[50010, 53899]],
    kind: "procedure",
    actions: ["Cystoscopy", "Ureteroscopy with lithotripsy", "Nephrectomy", "Insertion of ureteral stent", "Urethral dilation", "Bladder instillation", "Lithotripsy", "Prostate biopsy"],
    sites: ["kidney", "ureter", "bladder", "urethra", "prostate", "renal pelvis"],
    qualifiers: ["diagnostic", "with removal of calculus", "laparoscopic", "partial", "radical", "unilateral", "with fluoroscopic guidance", "female", "male"],
    specialties: ["urology", "nephrology", "radiology"],
    layTerms: ["kidney stone treatment", "bladder scope", "kidney removal", "stent", "urinary blockage"],
  },
  {
    ranges: [[54000, 59899]],
    kind: "procedure",
    actions: ["Hysterectomy", "Cesarean delivery", "Vaginal delivery", "Dilation and curettage", "Colposcopy with biopsy", "Circumcision", "Vasectomy", "Hysteroscopy with ablation", "Oophorectomy", "Cerclage of cervix"],
    sites: ["uterus", "cervix", "ovary", "fallopian tube", "vagina", "vulva", "testis", "penis", "scrotum"],
    qualifiers: ["laparoscopic", "abdominal", "vaginal approach", "including postpartum care", "delivery only", "with removal of tubes", "unilateral", "bilateral", "newborn", "diagnostic"],
    specialties: ["obstetrics-and-gynecology", "urology", "family-medicine", "general-surgery"],
    layTerms: ["c-section", "hysterectomy", "vasectomy", "womb removal", "childbirth", "pap follow-up biopsy"],
  },
  {
    ranges: [[60000, 64999]],
    kind: "procedure",
    actions: ["Thyroidectomy", "Parathyroidectomy", "Epidural injection", "Nerve block", "Laminectomy", "Implantation of neurostimulator", "Craniotomy", "Carpal tunnel release", "Radiofrequency ablation of nerve", "Spinal cord stimulator trial"],
    sites: ["thyroid gland", "parathyroid", "lumbar level", "cervical level", "median nerve", "sciatic nerve", "brain", "facet joint", "sacroiliac joint"],
    qualifiers: ["total", "partial", "single level", "each additional level", "with imaging guidance", "unilateral", "bilateral", "percutaneous", "open"],
    specialties: ["neurology", "endocrinology", "anesthesiology", "general-surgery", "orthopedic-surgery", "physical-medicine-and-rehabilitation"],
    layTerms: ["spine injection", "nerve block", "thyroid removal", "back surgery", "pain injection", "carpal tunnel surgery"],
  },
  {
    ranges: [[65091, 68899]],
    kind: "procedure",
    actions: ["Cataract removal with lens implant", "Trabeculectomy", "Retinal detachment repair", "Intravitreal injection", "Blepharoplasty", "Corneal transplant", "Laser iridotomy", "Probing of lacrimal duct", "Strabismus surgery"],
    sites: ["right eye", "left eye", "upper eyelid", "lower eyelid", "cornea", "retina", "lens", "lacrimal duct", "conjunctiva"],
    qualifiers: ["complex", "extracapsular", "with pneumatic retinopexy", "one horizontal muscle", "two muscles", "full thickness", "partial thickness", "one or more sessions"],
    specialties: ["ophthalmology", "optometry", "plastic-surgery"],
    layTerms: ["cataract surgery", "eye injection", "eyelid lift", "glaucoma surgery", "retina repair", "tear duct probe"],
  },
  {
    ranges: [[69000, 69990]],
    kind: "procedure",
    actions: ["Tympanostomy with tube insertion", "Removal of impacted cerumen", "Mastoidectomy", "Tympanoplasty", "Cochlear implant insertion", "Drainage of external ear abscess", "Stapedectomy"],
    sites: ["right ear", "left ear", "middle ear", "ear canal", "mastoid", "eardrum"],
    qualifiers: ["general anesthesia", "local anesthesia", "with instrumentation", "by irrigation", "unilateral", "bilateral", "radical", "modified"],
    specialties: ["otolaryngology", "pediatrics", "family-medicine"],
    layTerms: ["ear tubes", "earwax removal", "ear surgery", "cochlear implant", "ear drum repair"],
  },
];

export const MEDICINE_DOMAINS: Domain[] = [
  {
    ranges: [[90281, 90759]],
    kind: "drug",
    actions: ["Vaccine administration", "Influenza vaccine", "Pneumococcal vaccine", "Hepatitis B vaccine", "Immune globulin", "Tetanus and diphtheria toxoids", "Zoster vaccine", "Rabies vaccine"],
    sites: ["intramuscular", "subcutaneous", "intranasal", "oral"],
    qualifiers: ["preservative free", "0.25 mL dosage", "0.5 mL dosage", "adult dosage", "pediatric dosage", "first component", "each additional component", "quadrivalent", "recombinant"],
    specialties: ["pediatrics", "family-medicine", "infectious-disease", "internal-medicine", "pharmacy", "nursing"],
    layTerms: ["flu shot", "vaccine", "immunization", "shot", "booster", "jab"],
  },
  {
    ranges: [[90785, 90899]],
    kind: "service",
    actions: ["Psychotherapy", "Psychiatric diagnostic evaluation", "Family psychotherapy", "Group psychotherapy", "Crisis psychotherapy", "Interactive complexity", "Psychoanalysis"],
    sites: ["with patient", "without patient", "with medical services", "by telehealth"],
    qualifiers: ["30 minutes", "45 minutes", "60 minutes", "first 60 minutes", "each additional 30 minutes", "multiple family group"],
    specialties: ["psychiatry", "psychology", "family-medicine"],
    layTerms: ["therapy session", "counseling", "talk therapy", "mental health visit", "psych eval"],
  },
  {
    ranges: [[90935, 91299]],
    kind: "service",
    actions: ["Hemodialysis", "Peritoneal dialysis", "Esophageal motility study", "Gastric emptying breath test", "Anorectal manometry", "Capsule endoscopy"],
    sites: ["single evaluation", "repeated evaluations", "home", "facility"],
    qualifiers: ["per month", "per day", "age 20 years and older", "under 2 years", "with interpretation and report", "complete"],
    specialties: ["nephrology", "gastroenterology", "internal-medicine"],
    layTerms: ["dialysis", "kidney dialysis", "swallow test", "pill camera", "stomach test"],
  },
  {
    ranges: [[92002, 92700]],
    kind: "service",
    actions: ["Eye examination", "Visual field examination", "Fitting of contact lens", "Optical coherence tomography", "Audiometry", "Tympanometry", "Speech sound evaluation", "Vestibular evaluation", "Hearing aid check"],
    sites: ["new patient", "established patient", "both eyes", "one eye", "both ears"],
    qualifiers: ["intermediate", "comprehensive", "limited", "extended", "with interpretation", "air and bone", "pure tone"],
    specialties: ["ophthalmology", "optometry", "otolaryngology", "pediatrics"],
    layTerms: ["eye exam", "hearing test", "contact lens fitting", "vision test", "speech evaluation"],
  },
  {
    ranges: [[92920, 93799]],
    kind: "test",
    actions: ["Electrocardiogram", "Echocardiography", "Cardiac stress test", "Holter monitoring", "Cardiac catheterization", "Ambulatory blood pressure monitoring", "Pacemaker interrogation", "Cardiac rehabilitation"],
    sites: ["transthoracic", "transesophageal", "left heart", "right heart", "12 leads", "remote"],
    qualifiers: ["complete", "limited", "with interpretation and report", "tracing only", "up to 48 hours", "with contrast", "per session", "with continuous monitoring"],
    specialties: ["cardiology", "internal-medicine", "family-medicine", "critical-care-medicine"],
    layTerms: ["ekg", "ecg", "heart ultrasound", "stress test", "heart monitor", "echo"],
  },
  {
    ranges: [[93880, 95199]],
    kind: "test",
    actions: ["Duplex scan", "Pulmonary function testing", "Spirometry", "Sleep study", "Allergy skin testing", "Oximetry", "Bronchodilation responsiveness test", "Allergen immunotherapy"],
    sites: ["extracranial arteries", "lower extremity veins", "upper extremity arteries", "attended", "unattended"],
    qualifiers: ["complete bilateral", "unilateral or limited", "with graphic record", "single determination", "multiple determinations", "per test", "number of tests"],
    specialties: ["pulmonology", "sleep-medicine", "allergy-and-immunology", "cardiology", "radiology"],
    layTerms: ["breathing test", "sleep study", "allergy test", "allergy shots", "vein ultrasound", "pulse ox"],
  },
  {
    ranges: [[95700, 96549]],
    kind: "service",
    actions: ["Electroencephalogram", "Nerve conduction study", "Electromyography", "Neuropsychological testing", "Chemotherapy administration", "Therapeutic infusion", "Hydration infusion", "Health behavior assessment"],
    sites: ["intravenous", "subcutaneous", "per extremity", "awake and drowsy", "bedside"],
    qualifiers: ["up to 1 hour", "each additional hour", "initial", "sequential", "concurrent", "1 to 2 studies", "first hour", "each additional 30 minutes"],
    specialties: ["neurology", "oncology", "psychology", "nursing", "internal-medicine"],
    layTerms: ["eeg", "nerve test", "emg", "chemo", "iv infusion", "memory testing"],
  },
  {
    ranges: [[96900, 97799]],
    kind: "service",
    actions: ["Therapeutic exercise", "Manual therapy", "Gait training", "Neuromuscular reeducation", "Physical therapy evaluation", "Occupational therapy evaluation", "Electrical stimulation", "Ultrasound therapy", "Therapeutic activities", "Phototherapy"],
    sites: ["one or more areas", "supervised", "attended", "low complexity", "moderate complexity", "high complexity"],
    qualifiers: ["each 15 minutes", "initial 15 minutes", "per session", "direct one-on-one", "group"],
    specialties: ["physical-therapy", "occupational-therapy", "physical-medicine-and-rehabilitation", "sports-medicine", "dermatology"],
    layTerms: ["physical therapy", "pt", "ot", "rehab exercises", "massage therapy", "light therapy"],
  },
  {
    ranges: [[98925, 99199]],
    kind: "service",
    actions: ["Osteopathic manipulative treatment", "Chiropractic manipulative treatment", "Handling of specimen", "After-hours service", "Moderate sedation", "Prolonged clinical staff service", "Remote physiologic monitoring"],
    sites: ["one to two body regions", "three to four body regions", "spinal", "extraspinal", "office"],
    qualifiers: ["initial 15 minutes", "each additional 15 minutes", "per 30 days", "patient age 5 years or older", "first hour"],
    specialties: ["family-medicine", "internal-medicine", "physical-medicine-and-rehabilitation", "anesthesiology"],
    layTerms: ["spinal adjustment", "chiropractic", "sedation", "remote monitoring", "after hours visit"],
  },
];

export const RADIOLOGY_DOMAINS: Domain[] = [
  {
    ranges: [[70010, 79999]],
    kind: "imaging",
    actions: ["Computed tomography", "Magnetic resonance imaging", "Radiologic examination", "Ultrasound", "Fluoroscopic guidance", "Mammography", "Nuclear medicine scan", "Radiation treatment delivery", "Bone density study", "Positron emission tomography"],
    sites: ["head", "brain", "chest", "abdomen", "pelvis", "cervical spine", "lumbar spine", "knee", "shoulder", "breast", "thyroid", "heart", "whole body"],
    qualifiers: ["without contrast", "with contrast", "without and with contrast", "two views", "three views", "complete", "limited", "bilateral", "unilateral", "screening", "diagnostic"],
    specialties: ["radiology", "oncology", "cardiology", "orthopedic-surgery", "obstetrics-and-gynecology"],
    layTerms: ["ct scan", "cat scan", "mri", "x-ray", "xray", "ultrasound", "mammogram", "pet scan", "dexa scan"],
  },
];

export const PATHOLOGY_DOMAINS: Domain[] = [
  {
    ranges: [[80047, 89398]],
    kind: "test",
    actions: ["Metabolic panel", "Complete blood count", "Lipid panel", "Hemoglobin A1c", "Urinalysis", "Culture", "Drug screen", "Thyroid stimulating hormone", "Surgical pathology", "Molecular pathology", "Vitamin D assay", "Prothrombin time"],
    sites: ["blood", "urine", "serum", "tissue", "stool", "sputum", "cerebrospinal fluid"],
    qualifiers: ["automated", "manual", "with differential", "quantitative", "qualitative", "each specimen", "gross and microscopic", "any number of drug classes", "by immunoassay"],
    specialties: ["pathology", "internal-medicine", "family-medicine", "endocrinology", "infectious-disease"],
    layTerms: ["blood test", "lab work", "cbc", "cholesterol test", "a1c", "urine test", "biopsy result"],
  },
];

export const DENTAL_DOMAINS: Domain[] = [
  {
    ranges: [[100, 999]],
    kind: "dental",
    actions: ["Periodic oral evaluation", "Comprehensive oral evaluation", "Limited oral evaluation", "Intraoral radiographic image", "Panoramic radiographic image", "Cone beam CT capture", "Caries risk assessment", "Pulp vitality test", "Diagnostic casts"],
    sites: ["established patient", "new patient", "problem focused", "both jaws", "one jaw"],
    qualifiers: ["first image", "each additional image", "with interpretation", "capture only", "complete series", "low risk", "high risk"],
    specialties: ["general-dentistry", "pediatric-dentistry", "endodontics", "orthodontics"],
    layTerms: ["dental exam", "checkup", "dental x-ray", "bitewings", "panorex", "teeth x ray"],
  },
  {
    ranges: [[1000, 1999]],
    kind: "dental",
    actions: ["Prophylaxis", "Topical application of fluoride", "Sealant", "Space maintainer", "Interim caries arresting medicament", "Nutritional counseling for caries control", "Tobacco counseling"],
    sites: ["adult", "child", "per tooth", "per quadrant"],
    qualifiers: ["fixed, unilateral", "fixed, bilateral", "removable", "varnish", "excluding varnish", "re-cement"],
    specialties: ["general-dentistry", "pediatric-dentistry", "periodontics"],
    layTerms: ["teeth cleaning", "fluoride", "sealants", "dental cleaning", "spacer"],
  },
  {
    ranges: [[2000, 2999]],
    kind: "dental",
    actions: ["Amalgam restoration", "Resin-based composite restoration", "Porcelain crown", "Full cast metal crown", "Inlay", "Onlay", "Core buildup", "Prefabricated post and core", "Crown repair", "Stainless steel crown"],
    sites: ["one surface, posterior", "two surfaces, anterior", "three surfaces, posterior", "four or more surfaces", "primary tooth", "permanent tooth"],
    qualifiers: ["high noble metal", "base metal", "noble metal", "ceramic", "including pins", "by report"],
    specialties: ["general-dentistry", "prosthodontics", "pediatric-dentistry"],
    layTerms: ["filling", "tooth filling", "crown", "cap", "white filling", "silver filling"],
  },
  {
    ranges: [[3000, 3999]],
    kind: "dental",
    actions: ["Direct pulp cap", "Therapeutic pulpotomy", "Root canal therapy", "Retreatment of previous root canal", "Apicoectomy", "Root amputation", "Hemisection", "Incomplete endodontic treatment", "Retrograde filling"],
    sites: ["anterior tooth", "premolar", "molar", "primary incisor", "each additional root", "first root"],
    qualifiers: ["excluding final restoration", "per root", "by report", "primary tooth", "permanent tooth"],
    specialties: ["endodontics", "general-dentistry", "pediatric-dentistry"],
    layTerms: ["root canal", "nerve treatment", "pulp treatment", "tooth nerve removal", "root tip surgery"],
  },
  {
    ranges: [[4000, 4999]],
    kind: "dental",
    actions: ["Scaling and root planing", "Gingivectomy", "Osseous surgery", "Bone replacement graft", "Free soft tissue graft", "Periodontal maintenance", "Full mouth debridement", "Guided tissue regeneration", "Crown lengthening"],
    sites: ["one to three teeth per quadrant", "four or more teeth per quadrant", "first site", "each additional site", "first tooth"],
    qualifiers: ["resorbable barrier", "nonresorbable barrier", "natural teeth", "hard tissue", "soft tissue"],
    specialties: ["periodontics", "general-dentistry", "oral-and-maxillofacial-surgery"],
    layTerms: ["deep cleaning", "gum surgery", "gum graft", "gum disease treatment", "perio maintenance"],
  },
  {
    ranges: [[5000, 5999]],
    kind: "dental",
    actions: ["Complete denture", "Partial denture", "Denture reline", "Denture repair", "Denture adjustment", "Immediate denture", "Obturator prosthesis", "Speech aid prosthesis"],
    sites: ["maxillary", "mandibular", "upper", "lower"],
    qualifiers: ["chairside", "laboratory", "resin base", "cast metal framework", "definitive", "interim", "flexible base"],
    specialties: ["prosthodontics", "general-dentistry", "oral-and-maxillofacial-surgery"],
    layTerms: ["dentures", "false teeth", "partial", "plate", "denture repair"],
  },
  {
    ranges: [[6000, 6999]],
    kind: "dental",
    actions: ["Surgical placement of implant body", "Implant-supported crown", "Abutment-supported crown", "Implant removal", "Implant maintenance", "Pontic", "Retainer crown", "Fixed partial denture repair", "Re-cement fixed partial denture"],
    sites: ["endosteal implant", "single tooth", "full arch", "anterior", "posterior"],
    qualifiers: ["porcelain fused to high noble metal", "titanium", "zirconia", "by report", "custom fabricated", "prefabricated"],
    specialties: ["prosthodontics", "oral-and-maxillofacial-surgery", "periodontics", "general-dentistry"],
    layTerms: ["dental implant", "implant crown", "bridge", "fixed bridge", "tooth replacement"],
  },
  {
    ranges: [[7000, 7999]],
    kind: "dental",
    actions: ["Extraction", "Surgical extraction", "Removal of impacted tooth", "Alveoloplasty", "Incision and drainage of abscess", "Biopsy of oral tissue", "Frenulectomy", "Closed reduction of fracture", "Sinus augmentation"],
    sites: ["erupted tooth", "soft tissue impaction", "partially bony impaction", "completely bony impaction", "per quadrant", "intraoral", "extraoral"],
    qualifiers: ["hard tissue", "soft tissue", "with bone graft", "four or more teeth", "one to three teeth", "simple"],
    specialties: ["oral-and-maxillofacial-surgery", "general-dentistry", "periodontics"],
    layTerms: ["tooth pulled", "wisdom tooth removal", "extraction", "tooth removal", "oral surgery"],
  },
  {
    ranges: [[8000, 8999]],
    kind: "dental",
    actions: ["Comprehensive orthodontic treatment", "Limited orthodontic treatment", "Interceptive orthodontic treatment", "Periodic orthodontic treatment visit", "Replacement of lost retainer", "Removal of fixed appliances"],
    sites: ["primary dentition", "transitional dentition", "adolescent dentition", "adult dentition"],
    qualifiers: ["maxillary", "mandibular", "by report", "per visit"],
    specialties: ["orthodontics", "pediatric-dentistry", "general-dentistry"],
    layTerms: ["braces", "retainer", "orthodontics", "aligners", "braces removal"],
  },
  {
    ranges: [[9000, 9999]],
    kind: "dental",
    actions: ["Palliative treatment of dental pain", "Local anesthesia", "Deep sedation", "Occlusal guard", "Consultation", "Behavior management", "Synchronous teledentistry", "External bleaching"],
    sites: ["per visit", "first 15 minutes", "each additional 15 minutes", "per arch"],
    qualifiers: ["hard appliance, full arch", "soft appliance, full arch", "not in conjunction with operative procedures", "by report"],
    specialties: ["general-dentistry", "oral-and-maxillofacial-surgery", "pediatric-dentistry"],
    layTerms: ["night guard", "emergency dental visit", "sedation", "teeth whitening", "numbing shot"],
  },
];

/** HCPCS Level II letters: the kind of service and the specialties that bill it. */
export const HCPCS_LETTER_PROFILE: Record<string, { kind: RecordKind; specialties: string[]; layTerms: string[] }> = {
  A: { kind: "supply", specialties: ["medical-supplies-and-equipment", "nursing", "emergency-medicine"], layTerms: ["medical supplies", "ambulance", "dressing", "catheter"] },
  B: { kind: "supply", specialties: ["gastroenterology", "nursing", "medical-supplies-and-equipment"], layTerms: ["tube feeding", "nutrition formula", "feeding pump"] },
  C: { kind: "procedure", specialties: ["hospital-medicine", "radiology", "general-surgery"], layTerms: ["hospital outpatient", "device", "pass-through"] },
  E: { kind: "equipment", specialties: ["medical-supplies-and-equipment", "physical-therapy", "geriatric-medicine", "pulmonology"], layTerms: ["dme", "medical equipment", "wheelchair", "hospital bed"] },
  G: { kind: "service", specialties: ["family-medicine", "internal-medicine", "hospital-medicine", "geriatric-medicine"], layTerms: ["medicare service", "screening", "wellness visit"] },
  H: { kind: "service", specialties: ["psychiatry", "psychology", "nursing"], layTerms: ["behavioral health", "substance use treatment", "counseling"] },
  J: { kind: "drug", specialties: ["pharmacy", "oncology", "internal-medicine"], layTerms: ["injection", "drug code", "infusion drug", "shot"] },
  K: { kind: "equipment", specialties: ["medical-supplies-and-equipment", "orthotics-and-prosthetics"], layTerms: ["dme", "temporary code", "equipment"] },
  L: { kind: "equipment", specialties: ["orthotics-and-prosthetics", "orthopedic-surgery", "physical-medicine-and-rehabilitation"], layTerms: ["brace", "orthotic", "prosthesis", "artificial limb"] },
  M: { kind: "service", specialties: ["internal-medicine", "family-medicine", "cardiology"], layTerms: ["quality measure", "medical service"] },
  P: { kind: "test", specialties: ["pathology", "internal-medicine"], layTerms: ["lab test", "pap smear", "blood test"] },
  Q: { kind: "drug", specialties: ["pharmacy", "radiology", "orthopedic-surgery", "oncology"], layTerms: ["temporary code", "biosimilar", "skin substitute", "cast supplies"] },
  R: { kind: "imaging", specialties: ["radiology"], layTerms: ["portable x-ray", "transport of equipment"] },
  S: { kind: "service", specialties: ["family-medicine", "internal-medicine", "pharmacy"], layTerms: ["private payer code", "commercial code"] },
  T: { kind: "service", specialties: ["nursing", "psychiatry", "family-medicine"], layTerms: ["medicaid code", "state medicaid service"] },
  V: { kind: "supply", specialties: ["ophthalmology", "optometry", "otolaryngology"], layTerms: ["glasses", "lenses", "hearing aid", "speech device"] },
};

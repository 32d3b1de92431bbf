/**
 * The official sources the resources page points to: where the codes and figures on CodeAtlas come from
 * and where their owners publish the rules.
 */
export interface DataSource {
  name: string;
  href: string;
  /** What a reader finds there, in one sentence. */
  about: string;
}

export const DATA_SOURCES: readonly DataSource[] = [
  {
    name: "CMS Physician Fee Schedule",
    href: "https://www.cms.gov/medicare/payment/fee-schedules/physician",
    about:
      "The annual rules, RVU files, GPCIs and conversion factors behind every figure on CodeAtlas.",
  },
  {
    name: "PFS relative value files",
    href: "https://www.cms.gov/medicare/payment/fee-schedules/physician/pfs-relative-value-files",
    about:
      "The quarterly releases CodeAtlas imports; each page names the release its figures come from.",
  },
  {
    name: "HCPCS Level II (CMS)",
    href: "https://www.cms.gov/medicare/coding-billing/healthcare-common-procedure-system",
    about:
      "The quarterly HCPCS Level II code updates for supplies, drugs, equipment and Medicare G codes.",
  },
  {
    name: "NCCI edits for Medicare (CMS)",
    href: "https://www.cms.gov/medicare/coding-billing/ncci-medicare",
    about: "Procedure-to-procedure and medically unlikely edits, with the NCCI policy manual.",
  },
  {
    name: "CPT code set (American Medical Association)",
    href: "https://www.ama-assn.org/amaone/cpt-current-procedural-terminology",
    about: "The owner of CPT, its descriptors and its annual updates.",
  },
  {
    name: "CDT code set (American Dental Association)",
    href: "https://www.ada.org/publications/cdt",
    about: "The owner of the dental procedure codes and their annual updates.",
  },
];

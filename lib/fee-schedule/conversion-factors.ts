/**
 * The conversion factors a release year has. From 2026 the Physician Fee Schedule has two: the MACRA
 * update differs for clinicians who are qualifying participants in an Advanced Alternative Payment Model
 * (APM). The relative value file carries only the factor for everyone else (RVU26C: the "nonQPP" file),
 * so the other one is recorded here, once, with its source. Pure data: client components import this.
 */
import type { ReleaseInfo } from "@/lib/fee-schedule/schema";

export type ConversionFactorKind = "non-qualifying" | "qualifying-apm";

export interface ConversionFactorOption {
  kind: ConversionFactorKind;
  /** Dollars per RVU. */
  value: number;
  /** Who it applies to, in plain words, for labels: "Not a qualifying APM participant". */
  label: string;
  /** Where the figure comes from, for captions. */
  source: string;
}

interface PublishedConversionFactor {
  value: number;
  source: string;
}

/**
 * Conversion factors for qualifying APM participants that CMS published in a final rule but not in the
 * relative value file. Add a year when its final rule sets a separate factor.
 */
export const QUALIFYING_APM_CONVERSION_FACTORS: Readonly<
  Record<number, PublishedConversionFactor>
> = {
  2026: {
    value: 33.5675,
    source: "CY 2026 Medicare Physician Fee Schedule final rule (CMS)",
  },
};

/**
 * The release's conversion factors, the one in its file first (the default everywhere). Years before
 * 2026 have one factor for all clinicians.
 */
export function getConversionFactors(
  release: Pick<ReleaseInfo, "year" | "conversionFactor" | "label">,
): ConversionFactorOption[] {
  const qualifying = QUALIFYING_APM_CONVERSION_FACTORS[release.year];
  if (!qualifying) {
    return [
      {
        kind: "non-qualifying",
        value: release.conversionFactor,
        label: "All clinicians",
        source: `CMS relative value file, ${release.label}`,
      },
    ];
  }
  return [
    {
      kind: "non-qualifying",
      value: release.conversionFactor,
      label: "Not a qualifying APM participant",
      source: `CMS relative value file, ${release.label}`,
    },
    {
      kind: "qualifying-apm",
      value: qualifying.value,
      label: "Qualifying APM participant",
      source: qualifying.source,
    },
  ];
}

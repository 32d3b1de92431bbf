import { SiteLink } from "@/components/layout/site-link";

import { LabFeeSchedule } from "@/components/fee-schedule/lab-fee-schedule";
import { LocalityPayment } from "@/components/fee-schedule/locality-payment";
import { RvuHistoryChart } from "@/components/fee-schedule/rvu-history-chart";
import { QualifyingApmPayments } from "@/components/fee-schedule/qualifying-apm-payments";
import { RvuTable } from "@/components/fee-schedule/rvu-table";
import { StatusExplanation } from "@/components/fee-schedule/status-explanation";
import type { RvuSectionData } from "@/lib/code-page/rvu-section";
import { getConversionFactors } from "@/lib/fee-schedule/conversion-factors";
import { codePath } from "@/lib/site";

/** The "RVU information" section: figures only from the imported CMS data, with the release named. */
export function RvuInformation({
  code,
  pricing,
  medicareAlternative,
  localityRows,
  localitiesUrl,
  gpciYear,
  history,
  glossaryLinks,
}: RvuSectionData) {
  const { release, rows } = pricing;
  return (
    <div className="space-y-6">
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Source: CMS Physician Fee Schedule, {release.label}. National amounts are total RVUs × the
        conversion factor, before geographic adjustment.
      </p>
      <StatusExplanation
        rows={rows}
        pricing={pricing.pricing}
        {...(medicareAlternative ? { medicareAlternative } : {})}
      />
      {medicareAlternative && (
        <p>
          Medicare alternative:{" "}
          <SiteLink
            className="text-brand-700 dark:text-brand-300 font-mono underline"
            href={codePath(medicareAlternative)}
          >
            {medicareAlternative}
          </SiteLink>
        </p>
      )}
      {pricing.labFees && <LabFeeSchedule code={code} fees={pricing.labFees} />}
      {rows.length > 0 && <RvuTable rows={rows} release={release} />}
      {rows.length > 0 &&
        getConversionFactors(release)
          .slice(1)
          .map((factor) => <QualifyingApmPayments key={factor.kind} rows={rows} factor={factor} />)}
      {localityRows.length > 0 && (
        <LocalityPayment
          code={code}
          rows={localityRows}
          localitiesUrl={localitiesUrl}
          conversionFactor={release.conversionFactor}
          releaseLabel={release.label}
          gpciYear={gpciYear}
        />
      )}
      {history.length > 0 && <RvuHistoryChart code={code} history={history} />}
      {glossaryLinks.length > 0 && (
        <p className="term-links text-sm text-slate-600 dark:text-slate-400">
          Terms used here:{" "}
          {glossaryLinks.map((link, index) => (
            <span key={link.href}>
              {index > 0 && " · "}
              <SiteLink href={link.href}>{link.label}</SiteLink>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}

import {
  CALCULATOR_SETTINGS,
  type CalculatorLocality,
  type CalculatorRelease,
  type CalculatorSetting,
} from "@/lib/calculator/types";

const SETTING_LABELS: Record<CalculatorSetting, string> = {
  "non-facility": "Non-facility (office)",
  facility: "Facility (hospital, ASC)",
};

const fieldClass =
  "w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-900";

export interface CalculatorSettingsProps {
  setting: CalculatorSetting;
  /** The chosen locality when it has GPCIs for the release's year. */
  localityId: string | null;
  /** True when a locality is chosen but has no GPCIs for the release's GPCI year. */
  localityMissing: boolean;
  localities: readonly CalculatorLocality[];
  release: CalculatorRelease;
  releases: readonly CalculatorRelease[];
  onSettingChange: (setting: CalculatorSetting) => void;
  onLocalityChange: (localityId: string | null) => void;
  onReleaseChange: (releaseId: string) => void;
}

/** Setting, locality and release. Named fields, so the form also works without JavaScript. */
export function CalculatorSettings({
  setting,
  localityId,
  localityMissing,
  localities,
  release,
  releases,
  onSettingChange,
  onLocalityChange,
  onReleaseChange,
}: CalculatorSettingsProps) {
  const ids = {
    locality: "calculator-locality",
    release: "calculator-release",
    gpci: "calculator-gpci-note",
  };
  const gpciNote =
    release.gpciYear === null
      ? "No GPCI data is imported, so only national amounts are available."
      : release.gpciYear === release.year
        ? `Locality amounts use the ${release.gpciYear} GPCIs, the release's own year.`
        : `There is no ${release.year} GPCI data, so locality amounts use the ${release.gpciYear} GPCIs, the nearest year available.`;

  return (
    <>
      <div className="grid gap-4 sm:grid-cols-3">
        <fieldset className="space-y-1">
          <legend className="font-semibold">Setting</legend>
          {CALCULATOR_SETTINGS.map((option) => (
            <label key={option} className="flex items-center gap-2">
              <input
                type="radio"
                name="setting"
                value={option}
                checked={setting === option}
                onChange={() => onSettingChange(option)}
              />
              {SETTING_LABELS[option]}
            </label>
          ))}
        </fieldset>
        <div className="flex flex-col gap-1">
          <label htmlFor={ids.locality} className="font-semibold">
            Payment locality (GPCI)
          </label>
          <select
            id={ids.locality}
            name="locality"
            value={localityId ?? ""}
            onChange={(event) => onLocalityChange(event.target.value || null)}
            aria-describedby={ids.gpci}
            className={fieldClass}
          >
            <option value="">National amounts only</option>
            {localities.map((option) => (
              <option key={option.id} value={option.id}>
                {option.state} · {option.name}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor={ids.release} className="font-semibold">
            Fee schedule release
          </label>
          <select
            id={ids.release}
            name="release"
            value={release.id}
            onChange={(event) => onReleaseChange(event.target.value)}
            aria-describedby={ids.gpci}
            className={fieldClass}
          >
            {releases.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p id={ids.gpci} className="text-sm text-slate-600 dark:text-slate-400">
        {gpciNote}
        {localityMissing
          ? " The chosen locality has no GPCIs for that year, so only national amounts are shown."
          : ""}
      </p>
    </>
  );
}

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

const IDS = {
  locality: "calculator-locality",
  release: "calculator-release",
  gpci: "calculator-gpci-note",
};

/** Which year's GPCIs the locality amounts use, and why. */
function gpciNote(release: CalculatorRelease): string {
  if (release.gpciYear === null) {
    return "No GPCI data is imported, so only national amounts are available.";
  }
  return release.gpciYear === release.year
    ? `Locality amounts use the ${release.gpciYear} GPCIs, the release's own year.`
    : `There is no ${release.year} GPCI data, so locality amounts use the ${release.gpciYear} GPCIs, the nearest year available.`;
}

function SettingChoice({
  setting,
  onSettingChange,
}: Pick<CalculatorSettingsProps, "setting" | "onSettingChange">) {
  return (
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
  );
}

/** A labelled select described by the GPCI note, which says what the locality and release choices mean. */
function SettingsSelect({
  id,
  name,
  label,
  value,
  onChange,
  children,
}: {
  id: string;
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  children: React.ReactNode;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <select
        id={id}
        name={name}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-describedby={IDS.gpci}
        className={fieldClass}
      >
        {children}
      </select>
    </div>
  );
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
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-3">
        <SettingChoice setting={setting} onSettingChange={onSettingChange} />
        <SettingsSelect
          id={IDS.locality}
          name="locality"
          label="Payment locality (GPCI)"
          value={localityId ?? ""}
          onChange={(value) => onLocalityChange(value || null)}
        >
          <option value="">National amounts only</option>
          {localities.map((option) => (
            <option key={option.id} value={option.id}>
              {option.state} · {option.name}
            </option>
          ))}
        </SettingsSelect>
        <SettingsSelect
          id={IDS.release}
          name="release"
          label="Fee schedule release"
          value={release.id}
          onChange={onReleaseChange}
        >
          {releases.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </SettingsSelect>
      </div>
      <p id={IDS.gpci} className="text-sm text-slate-600 dark:text-slate-400">
        {gpciNote(release)}
        {localityMissing
          ? " The chosen locality has no GPCIs for that year, so only national amounts are shown."
          : ""}
      </p>
    </>
  );
}

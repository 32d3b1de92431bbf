import { useState } from "react";

import type { CalculatorSetup } from "@/lib/calculator/types";
import { MAX_LOCATION_LENGTH, type LogSettings } from "@/lib/wrvu-log/entry";

import { Field, SelectField } from "./field";
import { LOG_UI } from "./log-ui";
import { NumberField } from "./number-field";

export interface LogSettingsProps {
  setup: CalculatorSetup;
  settings: LogSettings;
  onChange: (patch: Partial<LogSettings>) => void;
}

/** The contract's release and the payment locality, among those of that release's GPCI year. */
function ReleaseFields({ setup, settings, onChange }: LogSettingsProps) {
  const current = setup.releases.at(-1);
  const contract =
    setup.releases.find((release) => release.id === settings.contractReleaseId) ?? current;
  const localities =
    contract?.gpciYear == null ? [] : (setup.localitiesByYear[String(contract.gpciYear)] ?? []);
  return (
    <>
      <SelectField
        id="log-contract-release"
        label="Release your contract uses"
        value={contract?.id ?? ""}
        options={setup.releases.map(
          (release) =>
            [release.id, `${release.label}${release === current ? " (current)" : ""}`] as const,
        )}
        onChange={(contractReleaseId) => onChange({ contractReleaseId })}
      />
      <SelectField
        id="log-locality"
        label="Payment locality"
        value={settings.localityId ?? ""}
        options={[
          ["", "National amounts only"],
          ...localities.map(
            (locality) => [locality.id, `${locality.state}: ${locality.name}`] as const,
          ),
        ]}
        onChange={(localityId) => onChange({ localityId: localityId || null })}
      />
    </>
  );
}

/** The reader's work locations: added by name, removed with a button each. */
function LocationsEditor({
  locations,
  onChange,
}: {
  locations: readonly string[];
  onChange: (locations: string[]) => void;
}) {
  const [location, setLocation] = useState("");
  const addLocation = () => {
    const name = location.trim().slice(0, MAX_LOCATION_LENGTH);
    if (name && !locations.includes(name)) onChange([...locations, name]);
    setLocation("");
  };
  return (
    <Field id="log-new-location" label="Add a work location" className="sm:col-span-2">
      <div className="flex gap-2">
        <input
          id="log-new-location"
          type="text"
          maxLength={MAX_LOCATION_LENGTH}
          value={location}
          onInput={(event) => setLocation((event.target as HTMLInputElement).value)}
          onKeyDown={(event) => {
            if (event.key === "Enter") {
              event.preventDefault();
              addLocation();
            }
          }}
          className={`${LOG_UI.input} sm:max-w-xs`}
        />
        <button type="button" className={LOG_UI.button} onClick={addLocation}>
          Add location
        </button>
      </div>
      {locations.length > 0 && (
        <ul className="flex flex-wrap gap-2" aria-label="Your work locations">
          {locations.map((name) => (
            <li key={name}>
              <button
                type="button"
                className={LOG_UI.button}
                aria-label={`Remove location ${name}`}
                onClick={() => onChange(locations.filter((other) => other !== name))}
              >
                {name} ✕
              </button>
            </li>
          ))}
        </ul>
      )}
    </Field>
  );
}

/** Contract release, locality, work locations and the contract's productivity terms. */
export function LogSettingsPanel({ setup, settings, onChange }: LogSettingsProps) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <ReleaseFields setup={setup} settings={settings} onChange={onChange} />
      <NumberField
        id="log-rate"
        label="Your $ per wRVU (optional)"
        value={settings.ratePerWrvu}
        onChange={(ratePerWrvu) => onChange({ ratePerWrvu })}
        hint="For the estimated productivity payment."
      />
      <NumberField
        id="log-threshold"
        label="Annual wRVU threshold (optional)"
        value={settings.annualThreshold}
        onChange={(annualThreshold) => onChange({ annualThreshold })}
        hint="wRVUs a year your contract pays no bonus for."
      />
      <LocationsEditor
        locations={settings.locations}
        onChange={(locations) => onChange({ locations })}
      />
    </div>
  );
}

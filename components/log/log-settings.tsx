import { useState } from "react";

import type { CalculatorSetup } from "@/lib/calculator/types";
import { MAX_LOCATION_LENGTH, type LogSettings } from "@/lib/wrvu-log/entry";

import { LOG_UI } from "./log-ui";
import { NumberField } from "./number-field";

export interface LogSettingsProps {
  setup: CalculatorSetup;
  settings: LogSettings;
  onChange: (patch: Partial<LogSettings>) => void;
}

/** Contract release, locality, work locations and the contract's productivity terms. */
export function LogSettingsPanel({ setup, settings, onChange }: LogSettingsProps) {
  const [location, setLocation] = useState("");
  const current = setup.releases.at(-1);
  const contract =
    setup.releases.find((release) => release.id === settings.contractReleaseId) ?? current;
  const localities =
    contract?.gpciYear == null ? [] : (setup.localitiesByYear[String(contract.gpciYear)] ?? []);
  const addLocation = () => {
    const name = location.trim().slice(0, MAX_LOCATION_LENGTH);
    if (name && !settings.locations.includes(name))
      onChange({ locations: [...settings.locations, name] });
    setLocation("");
  };
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <div className="flex flex-col gap-1">
        <label htmlFor="log-contract-release" className={LOG_UI.label}>
          Release your contract uses
        </label>
        <select
          id="log-contract-release"
          value={contract?.id}
          onChange={(event) =>
            onChange({ contractReleaseId: (event.target as HTMLSelectElement).value })
          }
          className={LOG_UI.input}
        >
          {setup.releases.map((release) => (
            <option key={release.id} value={release.id}>
              {release.label}
              {release === current ? " (current)" : ""}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="log-locality" className={LOG_UI.label}>
          Payment locality
        </label>
        <select
          id="log-locality"
          value={settings.localityId ?? ""}
          onChange={(event) =>
            onChange({ localityId: (event.target as HTMLSelectElement).value || null })
          }
          className={LOG_UI.input}
        >
          <option value="">National amounts only</option>
          {localities.map((locality) => (
            <option key={locality.id} value={locality.id}>
              {locality.state}: {locality.name}
            </option>
          ))}
        </select>
      </div>
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
      <div className="flex flex-col gap-2 sm:col-span-2">
        <label htmlFor="log-new-location" className={LOG_UI.label}>
          Add a work location
        </label>
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
        {settings.locations.length > 0 && (
          <ul className="flex flex-wrap gap-2" aria-label="Your work locations">
            {settings.locations.map((name) => (
              <li key={name}>
                <button
                  type="button"
                  className={LOG_UI.button}
                  aria-label={`Remove location ${name}`}
                  onClick={() =>
                    onChange({ locations: settings.locations.filter((other) => other !== name) })
                  }
                >
                  {name} ✕
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

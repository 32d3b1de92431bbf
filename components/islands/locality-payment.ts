/**
 * The locality select on code pages (markup: components/fee-schedule/locality-payment.tsx). Fetches the
 * localities once, then shows the locality-adjusted amounts in place, computed by the same payment formula
 * as every other figure on the site.
 */
import {
  buildLocalityPaymentLines,
  describeLocality,
  type LocalityOption,
  type LocalityPaymentConfig,
} from "@/lib/fee-schedule/locality-payment";

function cell(tag: "th" | "td", text: string, className: string): HTMLTableCellElement {
  const element = document.createElement(tag);
  element.textContent = text;
  element.className = className;
  return element;
}

function renderTable(config: LocalityPaymentConfig, locality: LocalityOption): HTMLElement {
  const region = document.createElement("div");
  region.className = "overflow-x-auto";
  region.setAttribute("role", "region");
  region.setAttribute("aria-label", `Payment for ${config.code} in ${locality.name}`);
  region.tabIndex = 0;
  const table = document.createElement("table");
  table.className = "w-full border-collapse";
  const caption = table.createCaption();
  caption.className = "py-1 text-left font-medium text-slate-700 dark:text-slate-300";
  caption.textContent = `Medicare payment for ${config.code} in ${locality.name} (${locality.state}), ${config.releaseLabel}`;
  const headRow = table.createTHead().insertRow();
  headRow.className = "border-b border-slate-200 dark:border-slate-800";
  for (const [text, className] of [
    ["Row", "py-2 pr-3 text-left font-semibold"],
    ["Non-facility", "px-3 py-2 text-right font-semibold"],
    ["Facility", "py-2 pl-3 text-right font-semibold"],
  ] as const) {
    const th = cell("th", text, className);
    th.scope = "col";
    headRow.append(th);
  }
  const body = table.createTBody();
  for (const line of buildLocalityPaymentLines(config, locality)) {
    const row = body.insertRow();
    row.className = "border-b border-slate-200 last:border-b-0 dark:border-slate-800";
    const header = cell("th", line.label, "py-2 pr-3 text-left font-medium");
    header.scope = "row";
    row.append(
      header,
      cell("td", line.nonFacility, "px-3 py-2 text-right tabular-nums"),
      cell("td", line.facility, "py-2 pl-3 text-right tabular-nums"),
    );
  }
  region.append(table);
  return region;
}

async function enhance(container: HTMLElement): Promise<void> {
  const config = JSON.parse(container.dataset.localityPayment ?? "{}") as LocalityPaymentConfig;
  const picker = container.querySelector<HTMLElement>("[data-locality-picker]");
  const fallback = container.querySelector<HTMLElement>("[data-locality-fallback]");
  const select = picker?.querySelector("select");
  const hint = picker?.querySelector<HTMLElement>(`#${CSS.escape(`locality-${config.code}-hint`)}`);
  const result = container.querySelector<HTMLElement>("[data-locality-result]");
  if (!picker || !fallback || !select || !hint || !result) return;

  let localities: LocalityOption[];
  try {
    const response = await fetch(config.localitiesUrl);
    if (!response.ok) throw new Error(String(response.status));
    localities = ((await response.json()) as { localities: LocalityOption[] }).localities;
  } catch {
    // The calculator link stays: it works without this request.
    return;
  }
  const placeholder = new Option("Choose a locality…", "");
  select.replaceChildren(
    placeholder,
    ...localities.map((option) => new Option(`${option.state} · ${option.name}`, option.id)),
  );
  select.disabled = false;
  picker.hidden = false;
  fallback.hidden = true;
  const idleHint = hint.textContent ?? "";
  select.addEventListener("change", () => {
    const locality = localities.find((candidate) => candidate.id === select.value);
    hint.textContent = locality ? describeLocality(locality, config.gpciYear) : idleHint;
    result.replaceChildren(...(locality ? [renderTable(config, locality)] : []));
  });
}

export function enhanceLocalityPayments(): void {
  for (const container of document.querySelectorAll<HTMLElement>("[data-locality-payment]")) {
    void enhance(container);
  }
}

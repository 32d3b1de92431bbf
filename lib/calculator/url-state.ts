/**
 * The calculator's state in a URL query string, and back. The same string is what localStorage keeps, so a
 * bookmark, a shared link and a returning visitor all go through one parser.
 *
 * Query format (every parameter optional, unknown parameters ignored):
 *
 *   items=99213*2,71046-26*1   the lines in order, comma separated: CODE, optional -26 or -TC, *UNITS
 *                              (units 1–99, default 1). A repeated line is merged by adding its units.
 *   setting=facility           "non-facility" (office, the default) or "facility" (hospital, ASC)
 *   locality=01112-05          GPCI payment locality id (MAC number-locality number); absent means
 *                              national amounts only
 *   release=RVU25D             fee-schedule release the figures come from; absent means the latest
 *
 * Parameters that are read but never written:
 *
 *   add=D3351                  lines to append (code pages link to /calculator?add=CODE), same syntax as
 *                              one item; several may be given, or one comma-separated list
 *   remove=71046-26            lines to drop (the remove buttons of the page without JavaScript)
 *   units.71046-26=2           new units for one line (the units fields of the page without JavaScript)
 *   apply=1                    marks a submission of the page's own form without JavaScript
 *
 * Everything is validated: a bad part is left out with a message saying what and why, never a crash. The
 * serializer always writes setting and release, so a shared link keeps showing the same figures after a
 * newer release is imported.
 */
import {
  addItems,
  formatItem,
  itemKey,
  parseItem,
  quoteInput,
  removeItem,
} from "@/lib/calculator/items";
import {
  CALCULATOR_SETTINGS,
  MAX_UNITS,
  type CalculatorItem,
  type CalculatorSetting,
  type CalculatorState,
} from "@/lib/calculator/types";

/** What Next passes as `searchParams`, or a URLSearchParams. */
export type QueryInput = URLSearchParams | Record<string, string | string[] | undefined>;

export interface ParseOptions {
  /** Imported release ids, oldest first; the last is the default. */
  releaseIds: readonly string[];
  /** Every known locality id (any GPCI year). */
  localityIds: ReadonlySet<string>;
}

export interface ParseResult {
  state: CalculatorState;
  /** One sentence per part that was left out or changed. */
  messages: string[];
  /** True when the query named the list itself (`items`), as opposed to only adding to it. */
  hasItems: boolean;
}

/** Parameters that only the page's own form sends when JavaScript is off (see the module comment). */
const FORM_ONLY_PARAMETERS = ["apply", "remove"] as const;
const UNITS_PREFIX = "units.";

/** Name of the no-JavaScript units field of a line: "units.71046-26". */
export function unitsParameter(item: Pick<CalculatorItem, "code" | "modifier">): string {
  return `${UNITS_PREFIX}${itemKey(item)}`;
}

function parameterNames(query: QueryInput): string[] {
  return query instanceof URLSearchParams ? [...query.keys()] : Object.keys(query);
}

/** Every value of a parameter, from either input shape (repeated keys arrive as arrays from Next). */
function readAll(query: QueryInput, key: string): string[] {
  if (query instanceof URLSearchParams) return query.getAll(key);
  const value = query[key];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function splitList(values: readonly string[]): string[] {
  return values.flatMap((value) => value.split(",")).filter((piece) => piece.trim() !== "");
}

function parseList(
  values: readonly string[],
  source: string,
  messages: string[],
): CalculatorItem[] {
  const items: CalculatorItem[] = [];
  for (const piece of splitList(values)) {
    const result = parseItem(piece);
    if (result.ok) items.push(result.item);
    else messages.push(`Left out ${source}: ${result.error}`);
  }
  return items;
}

function isSetting(value: string): value is CalculatorSetting {
  return (CALCULATOR_SETTINGS as readonly string[]).includes(value);
}

/** Reads a calculator query. Never throws; see the module comment for the format. */
export function parseCalculatorQuery(query: QueryInput, options: ParseOptions): ParseResult {
  const messages: string[] = [];
  const itemValues = readAll(query, "items");
  const hasItems = itemValues.length > 0;

  const listed = addItems([], parseList(itemValues, "of the list", messages));
  messages.push(...listed.messages);
  let items = listed.items;

  items = items.map((item) => {
    const text = readAll(query, unitsParameter(item)).at(-1)?.trim();
    if (text === undefined) return item;
    const value = Number(text);
    if (/^\d+$/.test(text) && value >= 1 && value <= MAX_UNITS) return { ...item, units: value };
    messages.push(
      `Kept ${item.units} units for ${itemKey(item)}: units must be a whole number from 1 to ${MAX_UNITS}.`,
    );
    return item;
  });

  for (const key of splitList(readAll(query, "remove")))
    items = removeItem(items, key.trim().toUpperCase());

  const added = addItems(
    items,
    parseList(readAll(query, "add"), "from the codes to add", messages),
  );
  messages.push(...added.messages);
  items = added.items;

  let setting: CalculatorSetting = "non-facility";
  const rawSetting = readAll(query, "setting").at(-1)?.trim().toLowerCase();
  if (rawSetting !== undefined && rawSetting !== "") {
    if (isSetting(rawSetting)) setting = rawSetting;
    else messages.push(`Ignored setting ${quoteInput(rawSetting)}: use facility or non-facility.`);
  }

  let localityId: string | null = null;
  const rawLocality = readAll(query, "locality").at(-1)?.trim();
  if (rawLocality !== undefined && rawLocality !== "") {
    if (options.localityIds.has(rawLocality)) localityId = rawLocality;
    else
      messages.push(
        `Ignored locality ${quoteInput(rawLocality)}: there is no Medicare payment locality with that id.`,
      );
  }

  const latest = options.releaseIds.at(-1) ?? "";
  let releaseId = latest;
  const rawRelease = readAll(query, "release").at(-1)?.trim().toUpperCase();
  if (rawRelease !== undefined && rawRelease !== "") {
    if (options.releaseIds.includes(rawRelease)) releaseId = rawRelease;
    else {
      messages.push(
        `Ignored release ${quoteInput(rawRelease)}: the releases available are ${options.releaseIds.join(", ")}; showing ${latest}.`,
      );
    }
  }

  return { state: { items, setting, localityId, releaseId }, messages, hasItems };
}

/** The canonical query for a state, without the leading "?"; {@link parseCalculatorQuery} reads it back. */
export function serializeCalculatorState(state: CalculatorState): string {
  const parts: string[] = [];
  if (state.items.length > 0) {
    // Items keep their "," and "*" readable; everything else is encoded in case a caller built a bad state.
    parts.push(
      `items=${state.items.map((item) => encodeURIComponent(formatItem(item))).join(",")}`,
    );
  }
  parts.push(`setting=${encodeURIComponent(state.setting)}`);
  if (state.localityId) parts.push(`locality=${encodeURIComponent(state.localityId)}`);
  parts.push(`release=${encodeURIComponent(state.releaseId)}`);
  return parts.join("&");
}

/** The calculator URL path for a state: "/calculator?items=…". */
export function calculatorHref(state: CalculatorState): string {
  return `/calculator?${serializeCalculatorState(state)}`;
}

/** True when the query came from the page's own form without JavaScript and should be redirected to its canonical form. */
export function isFormSubmission(query: QueryInput): boolean {
  return (
    FORM_ONLY_PARAMETERS.some((key) => readAll(query, key).length > 0) ||
    parameterNames(query).some((name) => name.startsWith(UNITS_PREFIX))
  );
}

/**
 * The state a visitor's browser should show: the URL when it names a list (a shared or bookmarked link
 * wins), otherwise the list kept in localStorage with the URL's setting, locality, release and codes to
 * add on top, so "Add to calculator" on a code page adds to the list rather than replacing it.
 *
 * @param urlSearch `location.search`, with or without the "?"
 * @param stored the query string kept in localStorage, or null
 */
export function restoreCalculatorState(
  urlSearch: string,
  stored: string | null,
  options: ParseOptions,
): ParseResult {
  const url = new URLSearchParams(urlSearch);
  if (url.has("items") || stored === null) return parseCalculatorQuery(url, options);
  const merged = new URLSearchParams(stored);
  for (const key of ["setting", "locality", "release"]) {
    const value = url.get(key);
    if (value !== null) merged.set(key, value);
  }
  for (const key of ["add", ...FORM_ONLY_PARAMETERS]) merged.delete(key);
  for (const name of parameterNames(merged)) if (name.startsWith(UNITS_PREFIX)) merged.delete(name);
  for (const value of url.getAll("add")) merged.append("add", value);
  return parseCalculatorQuery(merged, options);
}

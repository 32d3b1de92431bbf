import { cacheHeaders } from "@/lib/cache-policy";
import { getGpciLocalities, getGpciYears } from "@/lib/fee-schedule/load";
import { safeJsonResponse } from "@/lib/http/safe-json";

export const dynamicParams = false;

/** Prerendered per imported year: the locality select fetches it once instead of every page carrying it. */
export function generateStaticParams() {
  return getGpciYears().map((year) => ({ year: String(year) }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ year: string }> }) {
  const year = Number((await params).year);
  const localities = getGpciLocalities(year).map(({ id, name, state, pw, pe, mp }) => ({
    id,
    name,
    state,
    pw,
    pe,
    mp,
  }));
  return safeJsonResponse({ year, localities }, { headers: cacheHeaders("gpciApi") });
}

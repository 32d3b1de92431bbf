/** One numbered page of a paginated listing and its URL. */
export interface PageLink {
  page: number;
  href: string;
}

/** Codes per listing page: long enough to scan, short enough that a 5,000-code category stays light. */
export const CODES_PER_PAGE = 100;

export interface Paginated<T> {
  items: T[];
  page: number;
  pageCount: number;
}

/** One page of a list (1-based), or undefined when the page does not exist. */
export function paginate<T>(
  items: T[],
  page: number,
  perPage = CODES_PER_PAGE,
): Paginated<T> | undefined {
  const pageCount = Math.max(1, Math.ceil(items.length / perPage));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined;
  return { items: items.slice((page - 1) * perPage, page * perPage), page, pageCount };
}

/** Page numbers from 2 up, for generateStaticParams of /…/page/[page] routes. */
export function laterPageNumbers(itemCount: number, perPage = CODES_PER_PAGE): number[] {
  const pageCount = Math.max(1, Math.ceil(itemCount / perPage));
  return Array.from({ length: pageCount - 1 }, (_, index) => index + 2);
}

/** Parses a "[page]" route segment: only plain positive integers from 2 up are pages. */
export function parsePageSegment(segment: string): number | undefined {
  return /^[1-9]\d{0,5}$/.test(segment) && segment !== "1" ? Number(segment) : undefined;
}

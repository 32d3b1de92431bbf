/**
 * How a listing says which of its codes CodeAtlas explains in full and which show only the CMS figures,
 * in words that stay true at both ends: a category whose codes are all curated, and one with none.
 */
export function describeCuration(total: number, curated: number): string {
  if (curated === 0)
    return total === 1
      ? "with its figures from the CMS files"
      : "each with its figures from the CMS files";
  if (curated >= total)
    return total === 1 ? "explained in full by CodeAtlas" : "all explained in full by CodeAtlas";
  return `${curated.toLocaleString("en-US")} explained in full by CodeAtlas, the others with their figures from the CMS files`;
}

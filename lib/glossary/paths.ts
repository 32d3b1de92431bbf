/** URLs of the resources section and its glossary, written once. Pure: components import this too. */

export const RESOURCES_PATH = "/resources";
export const GLOSSARY_PATH = "/resources/glossary";

/** The stable URL of one glossary term: "/resources/glossary/wrvu". */
export function glossaryTermPath(slug: string): string {
  return `${GLOSSARY_PATH}/${slug}`;
}

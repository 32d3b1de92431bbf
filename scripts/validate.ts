/**
 * `npm run validate`: checks every content record and prints every problem at once (file:line: field: message),
 * then looks for paragraphs copied between records. Exit code 1 when anything is wrong.
 */
import { getContent, ContentValidationError } from "@/lib/content";
import { findNearDuplicates, SIMILARITY_THRESHOLD } from "@/lib/content/near-duplicates";

try {
  const content = getContent();
  console.log(
    `Content is valid: ${content.codes.length} code records, ${content.specialties.length} specialties (${content.contentDir}).`,
  );
  const duplicates = findNearDuplicates(content.codes);
  if (duplicates.length > 0) {
    console.error(`\n${duplicates.length} near-duplicate paragraphs (similarity ≥ ${SIMILARITY_THRESHOLD}); rewrite one side of each:`);
    for (const { first, second, similarity } of duplicates) {
      console.error(`- ${first.code} ~ ${second.code} (${similarity}): "${first.paragraph.slice(0, 90)}…"`);
    }
    process.exit(1);
  }
  console.log("No near-duplicate paragraphs across records.");
} catch (error) {
  if (error instanceof ContentValidationError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

/**
 * `npm run validate`: checks every content record and prints every problem at once (file:line: field: message).
 * Exit code 1 when anything is wrong, so it can gate commits and CI.
 */
import { getContent, ContentValidationError } from "@/lib/content";

try {
  const content = getContent();
  console.log(
    `Content is valid: ${content.codes.length} code records, ${content.specialties.length} specialties (${content.contentDir}).`,
  );
} catch (error) {
  if (error instanceof ContentValidationError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

/**
 * `npm run validate`: checks every content record — codes, specialties, glossary terms, career guides and
 * blog posts — and prints every problem at once (file:line: field: message), then looks for paragraphs
 * copied between code records. Exit code 1 when anything is wrong.
 */
import { getAllPosts } from "@/lib/blog";
import { getAllCareerGuides } from "@/lib/career";
import { getContent, ContentValidationError } from "@/lib/content";
import { findNearDuplicates, SIMILARITY_THRESHOLD } from "@/lib/content/near-duplicates";
import { getAllTerms } from "@/lib/glossary";

const problems: string[] = [];
function check<T>(load: () => T): T | undefined {
  try {
    return load();
  } catch (error) {
    if (!(error instanceof ContentValidationError)) throw error;
    problems.push(error.message);
    return undefined;
  }
}

const content = check(getContent);
if (content) {
  const terms = check(getAllTerms);
  const guides = check(getAllCareerGuides);
  const posts = check(getAllPosts);
  console.log(
    `Content: ${content.codes.length} code records, ${content.specialties.length} specialties, ` +
      `${terms?.length ?? "?"} glossary terms, ${guides?.length ?? "?"} career guides, ${posts?.length ?? "?"} blog posts (${content.contentDir}).`,
  );
  const duplicates = findNearDuplicates(content.codes);
  if (duplicates.length > 0) {
    problems.push(
      [
        `${duplicates.length} near-duplicate paragraphs (similarity ≥ ${SIMILARITY_THRESHOLD}); rewrite one side of each:`,
        ...duplicates.map(
          ({ first, second, similarity }) =>
            `- ${first.code} ~ ${second.code} (${similarity}): "${first.paragraph.slice(0, 90)}…"`,
        ),
      ].join("\n"),
    );
  }
}

if (problems.length > 0) {
  console.error(problems.join("\n\n"));
  process.exit(1);
}
console.log("Every record is valid, and no paragraph is copied between code records.");

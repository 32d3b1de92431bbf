/**
 * `npm run validate`: loads every collection — code records and specialties, glossary terms, career
 * guides, blog posts, modifiers, the imported fee-schedule, lab and HCPCS datasets, and the index of every
 * code they add up to — and prints every problem of every
 * collection at once (file:line: field: message), then looks for paragraphs copied between code records.
 * Exit code 1 when anything is wrong.
 */
import "@/lib/blog";
import "@/lib/career";
import "@/lib/code-index";
import "@/lib/modifiers";
import "@/lib/fee-schedule/load";
import "@/lib/glossary";
import { getContentDir } from "@/lib/content/content-dir";
import { validateCollections, type ContentSet } from "@/lib/content";
import { findNearDuplicates, SIMILARITY_THRESHOLD } from "@/lib/content/near-duplicates";

const reports = validateCollections();
const problems = reports
  .filter((report) => report.status !== "ok")
  .map((report) => `${report.name} (${report.source}): ${report.problems}`);

const counted = reports.map((report) => {
  const value = report.value as
    unknown[] | { codes?: unknown[]; terms?: unknown[]; entries?: unknown[] } | undefined;
  const count = Array.isArray(value)
    ? value.length
    : (value?.codes?.length ?? value?.terms?.length ?? value?.entries?.length);
  return `${report.name} ${report.status === "ok" ? (count ?? "ok") : report.status}`;
});
console.log(`Collections in ${getContentDir()}: ${counted.join(", ")}.`);

const codes = reports.find((report) => report.name === "codes");
if (codes?.status === "ok") {
  const duplicates = findNearDuplicates((codes.value as ContentSet).codes);
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
console.log("Every collection is valid, and no paragraph is copied between code records.");

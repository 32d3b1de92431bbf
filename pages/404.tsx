import { NotFoundContent } from "@/components/layout/not-found-content";
import { PageHead } from "@/components/seo/page-head";
import { getNotFoundHead } from "@/lib/shell";

/** The Pages Router's 404: the content and head of the App Router's not-found (lib/shell.ts). */
export default function PagesNotFound() {
  return (
    <>
      <PageHead head={getNotFoundHead()} />
      <NotFoundContent />
    </>
  );
}

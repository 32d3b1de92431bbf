import "./post-body.css";

import { CodeReferenceDismiss } from "./code-reference-dismiss";

/**
 * A post's rendered Markdown. Its HTML comes from lib/blog's sanitising pipeline; post-body.css styles it,
 * including the code preview cards, which need no JavaScript (the client part only adds Escape to close).
 */
export function PostBody({ html }: { html: string }) {
  return (
    <>
      <div className="prose-record blog-prose" dangerouslySetInnerHTML={{ __html: html }} />
      <CodeReferenceDismiss />
    </>
  );
}

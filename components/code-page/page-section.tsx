/**
 * A code-page section with a stable id (the anchor people link to) and a visible "#" link affordance.
 * Styled by the `.page-section` rules in app/globals.css: a code page has up to ten sections, and the
 * same class lists on each were about 2 KB of every page.
 */
export function PageSection({
  id,
  title,
  children,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="page-section">
      <h2 id={`${id}-heading`}>
        {title}
        <a href={`#${id}`} data-print-hidden>
          <span aria-hidden="true">#</span>
          <span className="sr-only">Link to the section {title}</span>
        </a>
      </h2>
      <div>{children}</div>
    </section>
  );
}

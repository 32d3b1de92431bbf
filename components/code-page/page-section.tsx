/**
 * A code-page section with a stable id (the anchor people link to) and a visible "#" link affordance.
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
    <section
      id={id}
      aria-labelledby={`${id}-heading`}
      className="scroll-mt-4 border-t border-slate-200 pt-6 dark:border-slate-800"
    >
      <h2
        id={`${id}-heading`}
        className="group flex items-baseline gap-2 text-xl font-semibold text-slate-900 dark:text-white"
      >
        {title}
        <a
          href={`#${id}`}
          className="hover:text-brand-700 dark:hover:text-brand-300 text-base font-normal text-slate-400 opacity-60 group-hover:opacity-100 hover:opacity-100 focus:opacity-100 dark:text-slate-500"
          data-print-hidden
        >
          <span aria-hidden="true">#</span>
          <span className="sr-only">Link to the section {title}</span>
        </a>
      </h2>
      <div className="mt-3">{children}</div>
    </section>
  );
}

/**
 * A data table that scrolls sideways on a phone instead of squeezing: the scroll region is focusable and
 * named so keyboard and screen-reader users can reach and pan it. `relative` keeps visually hidden text
 * inside from widening the page.
 */
export function ScrollableTable({
  caption,
  children,
}: {
  caption: string;
  children: React.ReactNode;
}) {
  return (
    <div
      className="relative overflow-x-auto rounded-md border border-slate-200 dark:border-slate-800 print:overflow-visible print:border-0"
      role="region"
      aria-label={`${caption} (scrollable table)`}
      tabIndex={0}
    >
      <table className="w-full border-collapse text-sm">
        <caption className="px-3 py-2 text-left text-sm font-medium text-slate-700 dark:text-slate-300">
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

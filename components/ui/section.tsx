import { Heading, type HeadingLook } from "@/components/ui/heading";

export interface SectionProps {
  /** The heading's id: the section is named by it, and it is the anchor when the section has no `id`. */
  headingId: string;
  title: React.ReactNode;
  /** The section's own id, for an anchor that lands above the heading (e.g. `#letter-A`). */
  id?: string;
  /** Heading level inside the section; 2 unless the section sits in another one. */
  level?: 2 | 3;
  look?: HeadingLook;
  headingClassName?: string;
  /** Layout of the section; vertical spacing between heading and body by default. */
  className?: string;
  children: React.ReactNode;
}

/**
 * Exists so every titled part of a page is a `<section>` named by its heading (`aria-labelledby`), which
 * screen readers list as a region, without each page wiring the id twice by hand.
 */
export function Section({
  headingId,
  title,
  id,
  level = 2,
  look,
  headingClassName,
  className = "space-y-3",
  children,
}: SectionProps) {
  return (
    <section id={id} aria-labelledby={headingId} className={className}>
      <Heading level={level} look={look} id={headingId} className={headingClassName}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

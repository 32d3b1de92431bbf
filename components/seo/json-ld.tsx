import type { Thing, WithContext } from "schema-dts";

import { stringifySafeJson } from "@/lib/http/safe-json";

/**
 * Serialises structured data for a <script type="application/ld+json">: text from content (even
 * "</script>") can never end the script element early.
 */
export function serializeJsonLd(data: WithContext<Thing> | WithContext<Thing>[]): string {
  return stringifySafeJson(data);
}

/** The one way pages emit JSON-LD. */
export function JsonLd({ data }: { data: WithContext<Thing> | WithContext<Thing>[] }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: serializeJsonLd(data) }}
    />
  );
}

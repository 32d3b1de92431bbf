import type { CodeRow } from "@/components/browse/code-table";
import type { CodeRecord } from "@/lib/content";
import { codePath } from "@/lib/site";

import { getCodePricing } from "./pricing";

/** Rows for code tables on browse pages, with Medicare status from the imported data. */
export function getCodeRows(records: CodeRecord[]): CodeRow[] {
  return records.map((record) => ({
    code: record.code,
    name: record.name,
    description: record.description,
    href: codePath(record.code),
    medicareStatus: getCodePricing(record.code, record.system).statusLabel,
  }));
}

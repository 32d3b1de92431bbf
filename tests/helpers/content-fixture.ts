/**
 * Throw-away content trees for loader tests: a valid base set that each test bends in one place.
 */
import fs from "node:fs";
import path from "node:path";

import { makeTempDir } from "./temp-dir";

export const SPECIALTY_ENDO = `---
name: "Endodontics"
field: "dental"
summary: "Pulp and root canal care."
related: []
lastReviewed: "2026-01-15"
---

Endodontists treat the dental pulp.
`;

export function codeRecord(overrides: { frontmatter?: string; body?: string } = {}): string {
  const frontmatter =
    overrides.frontmatter ??
    `name: "Apexification, initial visit"
synonyms:
  - "apexification"
description: "First visit of apexification."
plainLanguage: "A young tooth is cleaned and filled with healing paste."
specialties:
  - "endodontics"
lastReviewed: "2026-01-15"`;
  const body =
    overrides.body ??
    `## Clinical context

Used for immature permanent teeth with necrotic pulp.

## Billing & documentation

Record the tooth number.
`;
  return `---\n${frontmatter}\n---\n\n${body}`;
}

/** Creates a content tree from `{ "codes/D3351.md": "…" }` and returns its root. */
export function writeContentTree(files: Record<string, string>): string {
  const root = makeTempDir("content");
  const withDefaults = { "specialties/endodontics.md": SPECIALTY_ENDO, ...files };
  for (const [relative, text] of Object.entries(withDefaults)) {
    const file = path.join(root, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  return root;
}

/** Runs `fn` and returns the thrown error's message with the temporary root replaced by <root>. */
export function errorMessage(root: string, fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message.split(path.relative(process.cwd(), root)).join("<root>");
  }
  throw new Error("expected an error");
}

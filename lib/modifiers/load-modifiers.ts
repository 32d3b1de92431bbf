/**
 * Loads `content/modifiers/*.md` and joins them with the HCPCS Level II modifiers of the newest imported
 * release: every modifier a code page can link to, with our explanation where we wrote one and CMS's
 * public-domain description for HCPCS Level II modifiers. Every problem is thrown together.
 */
import path from "node:path";

import { listMarkdownFiles, loadRecordFile } from "@/lib/content/load-records";
import { ContentValidationError, type ContentProblem } from "@/lib/content/problems";
import type { SiteLinkTargets } from "@/lib/prose/site-links";
import { buildProseBody } from "@/lib/prose/prose-body";

import { MODIFIER_WORDS, modifierFrontmatterSchema, type ModifierFrontmatter } from "./schema";

export interface Modifier {
  modifier: string;
  /** "CPT" for two-digit modifiers (AMA), "HCPCS Level II" for the others (CMS). */
  system: "CPT" | "HCPCS Level II";
  /** Our name, or for an HCPCS Level II modifier without a record, CMS's description. */
  name: string;
  /** CMS's description of an HCPCS Level II modifier (public domain), when the release lists it. */
  hcpcsDescription: string | undefined;
  /** Our explanation, when a record exists. */
  record: (ModifierFrontmatter & { html: string; text: string; sourcePath: string }) | undefined;
}

export interface ModifierLoadOptions {
  hcpcsModifiers: { modifier: string; description: string }[];
  targets: SiteLinkTargets;
}

const MODIFIER_FILE = /^[A-Z0-9]{2}$/;

function systemOf(modifier: string): Modifier["system"] {
  return /^\d{2}$/.test(modifier) ? "CPT" : "HCPCS Level II";
}

export function loadModifiers(contentDir: string, options: ModifierLoadOptions): Modifier[] {
  const problems: ContentProblem[] = [];
  const hcpcs = new Map(options.hcpcsModifiers.map((item) => [item.modifier, item.description]));
  const records = new Map<string, NonNullable<Modifier["record"]>>();
  for (const file of listMarkdownFiles(path.join(contentDir, "modifiers"), problems)) {
    const loaded = loadRecordFile(file, modifierFrontmatterSchema, problems);
    if (!loaded) continue;
    const id = loaded.id;
    if (!MODIFIER_FILE.test(id)) {
      problems.push({
        file,
        field: "",
        message: `file name must be a two-character modifier in upper case, e.g. "26.md"`,
      });
      continue;
    }
    if (systemOf(id) === "HCPCS Level II" && !hcpcs.has(id)) {
      problems.push({
        file,
        field: "",
        message: `${id} is not a modifier of the imported HCPCS Level II release`,
      });
    }
    const prose = buildProseBody(
      {
        file,
        body: loaded.body,
        firstLine: loaded.parsed.bodyStartLine,
        targets: options.targets,
        words: MODIFIER_WORDS,
      },
      problems,
    );
    if (!loaded.data) continue;
    const sourcePath = path.relative(contentDir, file);
    records.set(id, { ...loaded.data, html: prose.html, text: prose.text, sourcePath });
  }
  const ids = new Set([...records.keys(), ...hcpcs.keys()]);
  for (const record of records.values())
    record.related.forEach((other, index) => {
      if (!ids.has(other))
        problems.push({
          file: path.join(contentDir, record.sourcePath),
          field: `related[${index}]`,
          message: `no modifier ${other}`,
        });
    });
  if (problems.length > 0) throw new ContentValidationError(problems);
  return [...ids].sort(compareModifierIds).map((modifier) => {
    const record = records.get(modifier);
    const hcpcsDescription = hcpcs.get(modifier);
    return {
      modifier,
      system: systemOf(modifier),
      name: record?.name ?? hcpcsDescription!,
      hcpcsDescription,
      record,
    };
  });
}

/** CPT modifiers (digits) first, then HCPCS Level II in alphabetical order. */
function compareModifierIds(a: string, b: string): number {
  const digits = (id: string) => (/^\d{2}$/.test(id) ? 0 : 1);
  return digits(a) - digits(b) || a.localeCompare(b);
}

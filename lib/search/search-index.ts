/**
 * The search index, built once per process from the same loader as the pages.
 */
import MiniSearch from "minisearch";

import { entryLabel, getAllCodeEntries, type CodeEntry } from "@/lib/code-index";
import { getCodeSystem } from "@/lib/codes/code-system";
import { getAllCodes, getSpecialty, type CodeRecord } from "@/lib/content";
import { getUsageScore } from "@/lib/fee-schedule/load";
import { processWideCache } from "@/lib/process-cache";
import { getAllPosts, type BlogPost } from "@/lib/blog";
import { getAllTerms, type GlossaryTerm } from "@/lib/glossary";
import { codePath, glossaryTermPath } from "@/lib/site";

import {
  FIELD_BOOSTS,
  FUZZY_FIELDS,
  SEARCH_FIELDS,
  STOP_WORDS,
  type SearchField,
} from "./search-config";

export type SearchDocumentKind = "code" | "glossary" | "post";

export interface SearchDocument {
  id: string;
  kind: SearchDocumentKind;
  /** The code for code documents; empty for others. */
  code: string;
  name: string;
  synonyms: string[];
  /** Misspellings and typing variants: searched, never shown. */
  misspellings: string[];
  description: string;
  plainLanguage: string;
  specialties: string;
  category: string;
  /** Shown in results. */
  systemLabel: string;
  href: string;
  /** True for a curated record; false for a reference page built from the CMS files alone. */
  curated: boolean;
  /** How often the code is billed, 0–1 (lib/fee-schedule/parse-usage.ts): orders equal matches. */
  usage: number;
}

export function codeToDocument(record: CodeRecord): SearchDocument {
  return {
    id: `code:${record.code}`,
    kind: "code",
    code: record.code,
    name: record.name,
    synonyms: record.synonyms,
    misspellings: record.misspellings,
    description: record.description,
    plainLanguage: record.plainLanguage,
    specialties: record.specialties.map((slug) => getSpecialty(slug)?.name ?? slug).join(" "),
    category: record.category.name,
    systemLabel: getCodeSystem(record.system).label,
    href: codePath(record.code),
    curated: true,
    usage: getUsageScore(record.code),
  };
}

/**
 * A code without a record: found by its number, and HCPCS Level II codes also by the words of CMS's
 * public-domain description. CPT and CDT codes carry no text beyond their category (their descriptors
 * are AMA and ADA text), so words never find them.
 */
export function entryToDocument(entry: CodeEntry): SearchDocument {
  const system = getCodeSystem(entry.system);
  const isHcpcsText = entry.system === "hcpcs" && entry.name !== undefined;
  return {
    id: `code:${entry.code}`,
    kind: "code",
    code: entry.code,
    name: isHcpcsText ? entry.name! : entryLabel(entry),
    synonyms: [],
    misspellings: [],
    description: entry.kind === "deleted" ? "Deleted code: no longer in the current CMS files" : "",
    plainLanguage: "",
    specialties: "",
    category: entry.section ? `${entry.category.name} ${entry.section.name}` : entry.category.name,
    systemLabel: system.label,
    href: codePath(entry.code),
    curated: false,
    usage: getUsageScore(entry.code),
  };
}

/** Splits on anything that is not a letter or digit, so "D 3351", "x-ray" and "o/p" tokenise sensibly. */
export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

export function createSearchIndex(
  documents: SearchDocument[],
  fields: readonly SearchField[] = SEARCH_FIELDS,
): MiniSearch<SearchDocument> {
  const index = new MiniSearch<SearchDocument>({
    fields: [...fields],
    storeFields: [
      "kind",
      "code",
      "name",
      "description",
      "systemLabel",
      "href",
      "synonyms",
      "misspellings",
    ],
    tokenize,
    processTerm: (term) => (STOP_WORDS.has(term) ? null : term),
    extractField: (document, field) => {
      const value = document[field as keyof SearchDocument];
      return Array.isArray(value) ? value.join(" ") : String(value ?? "");
    },
    searchOptions: {
      boost: Object.fromEntries(fields.map((field) => [field, FIELD_BOOSTS[field]])),
    },
  });
  index.addAll(documents);
  return index;
}

export interface SearchCorpus {
  /** Every field, searched exactly and by prefix. */
  index: MiniSearch<SearchDocument>;
  /**
   * Names, synonyms and codes only, searched fuzzily for misspellings. Kept apart because fuzzy matching
   * walks the whole vocabulary, and the prose fields make that vocabulary ten times larger.
   */
  fuzzyIndex: MiniSearch<SearchDocument>;
  /**
   * The codes without a record whose words are searchable (HCPCS Level II, CMS's text), searched after
   * the curated records so an explained code always ranks above one that is not.
   */
  referenceIndex: MiniSearch<SearchDocument>;
  documents: Map<string, SearchDocument>;
  /**
   * Every code, in the order prefix matches are listed: curated first, then by how often the code is
   * billed, then by code. A prefix query walks this list and stops when the page is full.
   */
  codes: string[];
  /** How many documents are not codes (glossary terms, posts). */
  secondaryCount: number;
  /**
   * Code documents by the exact phrase of their name or a synonym, as tokens joined by spaces
   * ("apicoectomy" → D3410): a reader who types a code's whole other name means that code.
   */
  byPhrase: Map<string, string[]>;
}

/** The lookup key of a phrase: its tokens joined by one space. */
export function phraseKey(text: string): string {
  return tokenize(text).join(" ");
}

function indexPhrases(documents: readonly SearchDocument[]): Map<string, string[]> {
  const byPhrase = new Map<string, string[]>();
  for (const document of documents) {
    if (document.kind !== "code") continue;
    for (const phrase of [document.name, ...document.synonyms]) {
      const key = phraseKey(phrase);
      const ids = byPhrase.get(key) ?? [];
      if (!ids.includes(document.id)) ids.push(document.id);
      byPhrase.set(key, ids);
    }
  }
  return byPhrase;
}

/**
 * One corpus per process, whichever bundle builds it first: Next.js's page and route bundles and the
 * production server's own bundle (server.ts answers searches itself) each carry a copy of this module,
 * and the index is large.
 */
const corpusCache = processWideCache<{ source: CodeEntry[]; corpus: SearchCorpus }>(
  "search-corpus",
);

/** Prefix order: curated first, then more billed, then by code. */
function comparePrefixOrder(a: SearchDocument, b: SearchDocument): number {
  return (
    Number(b.curated) - Number(a.curated) ||
    b.usage - a.usage ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

/**
 * @param references codes without a record (reference and deleted pages); records win when both exist
 */
export function buildSearchCorpus(
  records: CodeRecord[],
  secondary: SearchDocument[] = [],
  references: CodeEntry[] = [],
): SearchCorpus {
  const curated = records.map(codeToDocument);
  const curatedCodes = new Set(records.map((record) => record.code));
  const others = references.filter((entry) => !curatedCodes.has(entry.code)).map(entryToDocument);
  const documents = [...curated, ...secondary];
  const codeDocuments = [...curated, ...others];
  return {
    index: createSearchIndex(documents),
    fuzzyIndex: createSearchIndex(documents, FUZZY_FIELDS),
    referenceIndex: createSearchIndex(
      others.filter((document) => document.systemLabel === getCodeSystem("hcpcs").label),
      ["code", "name"],
    ),
    documents: new Map([...documents, ...others].map((document) => [document.id, document])),
    codes: codeDocuments.sort(comparePrefixOrder).map((document) => document.code),
    secondaryCount: secondary.length,
    byPhrase: indexPhrases(documents),
  };
}

/** Glossary terms and blog posts, searched beside the codes and ranked below them. */
function getSecondaryDocuments(): SearchDocument[] {
  return [...getGlossarySearchDocuments(), ...getAllPosts().map(postToDocument)];
}

/** A glossary term or blog post: no code fields, labelled with its section in results. */
function secondaryDocument(
  kind: Exclude<SearchDocumentKind, "code">,
  slug: string,
  label: string,
  fields: Pick<SearchDocument, "name" | "synonyms" | "description" | "href">,
): SearchDocument {
  const { name, synonyms, description, href } = fields;
  return {
    id: `${kind}:${slug}`,
    kind,
    code: "",
    name,
    synonyms,
    misspellings: [],
    description,
    plainLanguage: "",
    specialties: "",
    category: label,
    systemLabel: label,
    href,
    curated: false,
    usage: 0,
  };
}

export function termToSearchDocument(term: GlossaryTerm): SearchDocument {
  return secondaryDocument("glossary", term.slug, "Glossary", {
    name: term.term,
    synonyms: term.aliases,
    description: term.definition,
    href: glossaryTermPath(term.slug),
  });
}

/** One search document per glossary term, for the site search beside the codes. */
export function getGlossarySearchDocuments(): SearchDocument[] {
  return getAllTerms().map(termToSearchDocument);
}

export function postToDocument(post: BlogPost): SearchDocument {
  return secondaryDocument("post", post.slug, "Blog", {
    name: post.title,
    synonyms: post.tags,
    description: post.description,
    href: post.href,
  });
}

/** The site's search corpus, built on first use and reused while the content stays the same. */
export function getSearchCorpus(): SearchCorpus {
  const entries = getAllCodeEntries();
  let cached = corpusCache.get("corpus");
  if (!cached || cached.source !== entries) {
    const references = entries.filter((entry) => entry.kind !== "curated");
    cached = {
      source: entries,
      corpus: buildSearchCorpus(getAllCodes(), getSecondaryDocuments(), references),
    };
    corpusCache.set("corpus", cached);
  }
  return cached.corpus;
}

/**
 * XML documents from plain objects, written by fast-xml-builder: the blog feeds and the sitemaps describe
 * their elements, and this one place declares, escapes and lays them out. Keys are element names in order;
 * an "@_name" key is an attribute, "#text" is the text of an element that also has attributes, an array
 * repeats its element (an empty array writes none) and an undefined value writes nothing.
 */
import XMLBuilder, { type XmlBuilderOptions } from "fast-xml-builder";

type XmlValue = string | XmlElement;

export interface XmlElement {
  [name: string]: XmlValue | readonly XmlValue[] | undefined;
}

/** Everything outside XML 1.0's Char production: control characters and lone surrogates. */
const FORBIDDEN_CHARACTERS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** XML cannot carry these even escaped, so they are dropped before the library escapes the rest. */
function dropForbiddenCharacters(_name: string, value: unknown): unknown {
  return typeof value === "string" ? value.replace(FORBIDDEN_CHARACTERS, "") : value;
}

const OPTIONS: XmlBuilderOptions = {
  ignoreAttributes: false,
  // The library would otherwise write isPermaLink="true" as a bare attribute name, which is not XML.
  suppressBooleanAttributes: false,
  suppressEmptyNode: true,
  tagValueProcessor: dropForbiddenCharacters,
  attributeValueProcessor: dropForbiddenCharacters,
};

const indented = new XMLBuilder({ ...OPTIONS, format: true, indentBy: "  " });
const compact = new XMLBuilder(OPTIONS);

/**
 * `<?xml version="1.0" encoding="UTF-8"?>` and the document whose root element is the one key of `root`.
 * Text and attribute values have `& < > " '` escaped. `indent` puts each element on its own line (feeds,
 * which people read); without it the document is one line (sitemaps of up to 50,000 URLs).
 */
export function buildXmlDocument(root: XmlElement, { indent = false } = {}): string {
  const declaration = { "@_version": "1.0", "@_encoding": "UTF-8" };
  return (indent ? indented : compact).build({ "?xml": declaration, ...root });
}

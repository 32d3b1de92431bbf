/**
 * A deliberately small XML reader for feed tests: it throws unless the document is well formed (one root,
 * balanced and properly nested tags, quoted attributes, only predefined or numeric entities) and returns the
 * element tree, so tests can check required elements without a DOM.
 */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const TOKEN =
  /<\?xml[^?]*\?>|<!--[\s\S]*?-->|<\/([A-Za-z_][\w:.-]*)\s*>|<([A-Za-z_][\w:.-]*)((?:\s+[A-Za-z_][\w:.-]*\s*=\s*"[^"<]*")*)\s*(\/?)>|([^<]+)/y;
const ATTRIBUTE = /([A-Za-z_][\w:.-]*)\s*=\s*"([^"<]*)"/g;
const BAD_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

function decode(text: string): string {
  return text
    .replace(/&#x([0-9a-fA-F]+);/g, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}

export function parseXml(xml: string): XmlElement {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < xml.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(xml);
    if (!match)
      throw new Error(`not well formed at offset ${at}: ${JSON.stringify(xml.slice(at, at + 40))}`);
    const [token, closing, opening, attributeText = "", selfClosing, text] = match;
    if (text !== undefined) {
      if (BAD_AMPERSAND.test(text)) throw new Error(`unescaped "&" in ${JSON.stringify(text)}`);
      const parent = stack.at(-1);
      if (!parent) {
        if (text.trim()) throw new Error(`text outside the root element: ${JSON.stringify(text)}`);
        continue;
      }
      parent.text += decode(text);
    } else if (opening) {
      if (BAD_AMPERSAND.test(attributeText))
        throw new Error(`unescaped "&" in attributes of <${opening}>`);
      const attributes: Record<string, string> = {};
      for (const [, name, value] of attributeText.matchAll(ATTRIBUTE)) {
        if (name! in attributes) throw new Error(`duplicate attribute ${name} on <${opening}>`);
        attributes[name!] = decode(value!);
      }
      const element: XmlElement = { name: opening, attributes, children: [], text: "" };
      const parent = stack.at(-1);
      if (parent) parent.children.push(element);
      else if (root) throw new Error(`second root element <${opening}>`);
      else root = element;
      if (!selfClosing) stack.push(element);
    } else if (closing) {
      const open = stack.pop();
      if (open?.name !== closing)
        throw new Error(`</${closing}> closes <${open?.name ?? "nothing"}>`);
    } else if (token.startsWith("<?xml") && at !== 0) {
      throw new Error("the XML declaration must come first");
    }
  }
  if (stack.length > 0) throw new Error(`<${stack.at(-1)!.name}> is never closed`);
  if (!root) throw new Error("no root element");
  return root;
}

export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((candidate) => candidate.name === name);
}

export function children(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((candidate) => candidate.name === name);
}

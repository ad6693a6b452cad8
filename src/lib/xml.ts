/**
 * Escaping for the XML and HTML we write by hand (feeds, sitemaps). Listing
 * text comes from strangers, so every value goes through one of these.
 */

/**
 * Characters XML 1.0 forbids even when escaped: C0 controls other than tab,
 * newline and carriage return, lone surrogates, U+FFFE and U+FFFF. A single
 * one makes strict parsers reject the whole feed, so they are dropped.
 */
const notXmlChar =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text without the characters XML cannot carry. */
export function xmlSafe(text: string): string {
  return text.replace(notXmlChar, '');
}

const xmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text for an XML element or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => xmlEntities[c]!);
}

const htmlEntities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for HTML content or a quoted attribute (&apos; is not HTML 4, so &#39;). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => htmlEntities[c]!);
}

/** `<name attrs>escaped text</name>`: the one way elements with text are written. */
export function element(name: string, text: string, attributes: Record<string, string> = {}): string {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
  return `<${name}${attrs}>${escapeXml(text)}</${name}>`;
}

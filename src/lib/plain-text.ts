/**
 * The words of a rendered job description, for the search index. The HTML is
 * our own markdown output (already sanitised), so tags can be dropped
 * wholesale: block tags become spaces so words of two paragraphs never run
 * together, inline tags vanish so **un**usual stays one word.
 */
import { decodeHTML } from 'entities';

const blockTag = /<\/?(?:p|li|ul|ol|h[1-6]|br|hr|blockquote|pre|table|thead|tbody|tr|td|th|div|dl|dt|dd)\b[^>]*>/gi;

export function htmlToText(html: string): string {
  return decodeHTML(html.replace(blockTag, ' ').replace(/<[^>]*>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}

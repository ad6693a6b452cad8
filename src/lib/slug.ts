/** URL slugs: lowercase ASCII words joined by single hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: string): boolean {
  return slugPattern.test(value);
}

/**
 * "Node.js & React" -> "node-js-react"; "C++" -> "c-plus-plus"; "C#" -> "c-sharp".
 * Accents are folded ("Zürich" -> "zurich") so the same word always maps to one page.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\+/g, ' plus ')
    // "C#" and "F#" are languages; a "#" elsewhere ("Engineer #2") is only punctuation.
    .replace(/([a-z])#/g, '$1 sharp ')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug;
}

/**
 * The board's own words for "Did you mean…?": skill and category labels and
 * the words of job titles, most used first, cut to a few KB. The build
 * writes them to /search-words.json (src/pages/search-words.json.ts); the
 * search page fetches them only when a query finds nothing
 * (src/search/did-you-mean.ts), so no service and no extra bytes otherwise.
 */

export interface VocabularySource {
  title: string;
  category: { label: string };
  skills: readonly { label: string }[];
}

/** Words a typo is never worth correcting towards. */
const filler = new Set(['and', 'the', 'for', 'with', 'our', 'you', 'your', 'from', 'into']);

/** A word a visitor might type: three or more characters, letters first ("figma", "c++", "node.js"). */
const wordPattern = /\p{L}[\p{L}\p{N}+#.]*[\p{L}\p{N}+#]|\p{L}{3,}/gu;

/** The words of a label or title, in their own spelling ("PostgreSQL"), three characters or more. */
export function wordsOf(text: string): string[] {
  return (text.match(wordPattern) ?? []).filter((word) => word.length >= 3 && !filler.has(word.toLowerCase()));
}

/**
 * The vocabulary, most used first, within `maxBytes` of JSON. A word keeps
 * the spelling it first came with, and labels come before titles, so
 * "figam" suggests the skill "Figma", not a title's "figma".
 */
export function searchVocabulary(jobs: readonly VocabularySource[], maxBytes: number): string[] {
  const uses = new Map<string, { word: string; count: number; label: boolean }>();
  const add = (word: string, label: boolean) => {
    const key = word.toLowerCase();
    const entry = uses.get(key) ?? { word, count: 0, label };
    // A label's spelling beats a title's: "Figma" rather than "figma".
    if (label && !entry.label) Object.assign(entry, { word, label });
    entry.count++;
    uses.set(key, entry);
  };
  for (const job of jobs) {
    for (const skill of job.skills) for (const word of wordsOf(skill.label)) add(word, true);
    for (const word of wordsOf(job.category.label)) add(word, true);
    for (const word of wordsOf(job.title)) add(word, false);
  }
  const ranked = [...uses.values()].sort((a, b) => b.count - a.count || a.word.localeCompare(b.word, 'en')).map(({ word }) => word);
  const kept: string[] = [];
  // Two brackets, then each word's quotes and comma.
  let bytes = 2;
  for (const word of ranked) {
    const cost = new TextEncoder().encode(JSON.stringify(word)).length + 1;
    if (bytes + cost > maxBytes) break;
    kept.push(word);
    bytes += cost;
  }
  return kept;
}

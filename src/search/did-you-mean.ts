/**
 * "Did you mean Figma?" for a query that found nothing: each word the
 * board's vocabulary (src/search/vocabulary.ts) does not know is swapped for
 * the closest word it does, within a small edit distance. Written out,
 * not imported: the search page's script must stay small.
 */

/**
 * Edits (insert, delete, change, or swap two neighbours: "figam" → "figma"
 * is one) between two words, or `limit + 1` as soon as it is more.
 */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = row;
  }
  return previous[b.length]!;
}

/** Edits allowed for a word of this length: one for short words, two from five letters. */
const allowedEdits = (length: number) => (length < 5 ? 1 : 2);

/** The known word closest to `word` (the most used on a tie), or undefined when none is close. */
export function closestWord(word: string, vocabulary: readonly string[]): string | undefined {
  const needle = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = allowedEdits(needle.length) + 1;
  for (const known of vocabulary) {
    const distance = editDistance(needle, known.toLowerCase(), bestDistance - 1);
    if (distance < bestDistance) [best, bestDistance] = [known, distance];
  }
  return best;
}

/** The query with its unknown words corrected; undefined when there is nothing to correct. */
export function correctedQuery(query: string, vocabulary: readonly string[]): string | undefined {
  const known = new Set(vocabulary.map((word) => word.toLowerCase()));
  let changed = false;
  const words = query
    .trim()
    .split(/\s+/)
    .map((word) => {
      if (word.length < 3 || known.has(word.toLowerCase())) return word;
      const closest = closestWord(word, vocabulary);
      if (closest) changed = true;
      return closest ?? word;
    });
  return changed ? words.join(' ') : undefined;
}

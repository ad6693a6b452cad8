/**
 * How long a "word" is the way a browser lays out a line: the longest run
 * of text with no place to break it. Spaces are not the measure: Chinese,
 * Japanese and Thai break between words with no space at all, while a
 * no-break space (U+00A0, U+2007, U+202F) joins, and "( ( (" or "a,a,a"
 * never break. Break opportunities come from the Unicode line breaking
 * algorithm (UAX #14, the `linebreak` package); Thai, Lao, Khmer and
 * Myanmar need a dictionary for theirs, which ICU's word segmenter has
 * (Intl.Segmenter), as browsers use ICU's for them.
 */
import LineBreaker from 'linebreak';

const complexContext =
  /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tai_Tham}\p{Script=Tai_Viet}\p{Script=Tai_Le}\p{Script=New_Tai_Lue}]+/gu;
const words = new Intl.Segmenter('und', { granularity: 'word' });

/** Code points in the longest unbreakable run of `text`, trailing spaces left out. */
export function longestUnbreakableRun(text: string): number {
  const breaks = new Set<number>([0, text.length]);
  const breaker = new LineBreaker(text);
  for (let next = breaker.nextBreak(); next; next = breaker.nextBreak()) breaks.add(next.position);
  for (const run of text.matchAll(complexContext)) {
    for (const { index } of words.segment(run[0])) breaks.add(run.index + index);
  }
  const positions = [...breaks].sort((a, b) => a - b);
  let longest = 0;
  for (let i = 1; i < positions.length; i++) {
    const piece = text.slice(positions[i - 1], positions[i]).trimEnd();
    // Code units first: a piece can only hold as many code points as it has units.
    if (piece.length > longest) longest = Math.max(longest, [...piece].length);
  }
  return longest;
}

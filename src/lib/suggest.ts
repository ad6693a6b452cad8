import { closest, distance } from 'fastest-levenshtein';

/**
 * The allowed value an editor most likely meant, or undefined when nothing
 * is close. Case-insensitive; a prefix match ("EURO" -> "EUR") also counts.
 */
export function suggest(input: string, allowed: readonly string[]): string | undefined {
  const needle = input.trim().toLowerCase();
  if (!needle || allowed.length === 0) return undefined;
  const lowered = allowed.map((a) => a.toLowerCase());
  const exactish = lowered.findIndex((a) => a === needle || needle.startsWith(a) || a.startsWith(needle));
  if (exactish >= 0 && Math.abs(lowered[exactish]!.length - needle.length) <= 2) return allowed[exactish];
  // "design" -> "product-design": the input is one whole word of an allowed value.
  const word = lowered.findIndex((a) => a.split(/[-_ ]/).includes(needle));
  if (word >= 0) return allowed[word];
  // "data-science" -> "data-ml": the only allowed value that shares a word with the input.
  const needleWords = needle.split(/[-_ ]/).filter((w) => w.length > 2);
  const sharing = lowered.filter((a) => a.split(/[-_ ]/).some((w) => needleWords.includes(w)));
  if (sharing.length === 1) return allowed[lowered.indexOf(sharing[0]!)];
  const best = closest(needle, lowered);
  const maxDistance = Math.max(1, Math.floor(needle.length / 3));
  return distance(needle, best) <= maxDistance ? allowed[lowered.indexOf(best)] : undefined;
}

/** ` Did you mean "X"?` or an empty string. */
export function didYouMean(input: unknown, allowed: readonly string[]): string {
  if (typeof input !== 'string') return '';
  const hit = suggest(input, allowed);
  return hit ? `; did you mean "${hit}"?` : '';
}

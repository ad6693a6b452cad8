/**
 * How "Best match" weighs a match in each of a result's metadata fields
 * (Pagefind's `ranking.metaWeights`, added to the score of the words in the
 * record's text). Pagefind 1.6 searches every metadata field: without these
 * weights a job that merely says "good" or "going" outranked one tagged Go.
 * Fields that hold no words a visitor types (the logo's address, dates, flags)
 * add nothing.
 */
export const searchMetaWeights: Readonly<Record<string, number>> = {
  title: 5,
  skills: 4,
  company: 2,
  category: 1,
  place: 1,
  hours: 0,
  location: 1,
  salary: 0,
  logo: 0,
  posted: 0,
  featured: 0,
  estimated: 0,
  pay: 0,
};

/**
 * Punctuation that belongs to a word when indexing and searching (Pagefind's
 * includeCharacters). Pagefind drops "#" from "C#" and "F#", which left the
 * one letter "c", a prefix of nearly every word: a search for C# listed the
 * whole board. ("+" is kept without this, so "C++" already works.)
 */
export const searchWordCharacters = '#';

/** How many results the search page shows before "Show more". */
export const searchPageSize = 20;

/**
 * Jobs per search index part (src/search/parts.ts). Pagefind's memory grows
 * with a part's size (docs/performance.md); a board up to this size has a single
 * part, which keeps a first search small. SEARCH_PART_SIZE overrides it at
 * build time (a smaller value for a build machine with little memory).
 */
export const searchPartSize = 10_000;

/**
 * The most bytes of words /search-words.json may hold for "Did you mean…?"
 * (src/search/vocabulary.ts): the most used words of a large board fit, and
 * a visitor whose query found nothing fetches it once.
 */
export const searchVocabularyBytes = 6 * 1024;

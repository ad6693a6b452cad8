/**
 * Search settings. Pagefind has no range filters, so salaries are put into
 * bands at build time after converting to one currency with this small,
 * approximate rate table (units of `baseCurrency` per unit of each currency).
 * The search page labels bands as approximate. Update rates now and then.
 */
export const salaryBanding = {
  baseCurrency: 'USD',
  ratesAsOf: '2026-11',
  rates: {
    USD: 1,
    EUR: 1.08,
    GBP: 1.27,
    CHF: 1.13,
    CAD: 0.73,
    AUD: 0.66,
    NZD: 0.6,
    SEK: 0.095,
    NOK: 0.093,
    DKK: 0.145,
    PLN: 0.25,
    CZK: 0.043,
    BRL: 0.18,
    MXN: 0.055,
    INR: 0.012,
    JPY: 0.0067,
    SGD: 0.74,
    ZAR: 0.055,
  } as Record<string, number>,
  /** Lower bounds of each band, yearly, in the base currency. */
  bands: [
    { id: 'under-50k', label: 'Under $50K', min: 0 },
    { id: '50k-100k', label: '$50K–$100K', min: 50_000 },
    { id: '100k-150k', label: '$100K–$150K', min: 100_000 },
    { id: '150k-plus', label: '$150K and up', min: 150_000 },
  ],
} as const;

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
  salarySort: 0,
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

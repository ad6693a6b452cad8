/**
 * Word pools for the benchmark's synthetic board: roles and skills per
 * category, cities with their currencies, company names and the phrases
 * descriptions are built from. Realistic enough that pages, skill lists and
 * the search index have the shape of a real board. The words are data, in
 * vocabulary.json; this module gives them their types.
 */
import words from './vocabulary.json' with { type: 'json' };

export interface Role {
  /** Job title without seniority, e.g. "Backend Engineer". */
  title: string;
  /** Typical yearly pay in USD at mid-senior level. */
  pay: number;
}

export interface CategoryVocabulary {
  roles: readonly Role[];
  skills: readonly string[];
  /** Category-specific "What you'll do" items; {skill}, {team}, {customers}… are filled in. */
  tasks: readonly string[];
}

export interface City {
  name: string;
  country: string;
  currency: string;
  /** Pay relative to the US level, roughly. */
  payLevel: number;
}

export const categoryVocabulary: Readonly<Record<string, CategoryVocabulary>> = words.categoryVocabulary;
/** Used for categories a fork adds that the benchmark does not know. */
export const fallbackVocabulary: CategoryVocabulary = words.fallbackVocabulary;
export const cities: readonly City[] = words.cities;

/** Region entries remote jobs use, with relative weights; arrays are lists of entries. */
export const remoteRegions: readonly (readonly [string | readonly string[], number])[] = words.remoteRegions.map(
  ({ region, weight }) => [region, weight] as const,
);

export const companyIndustries: readonly { word: string; domain: string }[] = words.companyIndustries;
export const sources: readonly { name: string; host: string }[] = words.sources;
/** Sentences for "About the role" and "About us"; placeholders are filled per listing. */
export const roleSentences: readonly string[] = words.roleSentences;
export const {
  companyPrefixes,
  companySuffixes,
  customers,
  products,
  teams,
  benefits,
  hiringSteps,
  aboutYou,
  niceToHave,
  companySentences,
  genericTasks,
  areas,
  timezones,
  languages,
  logoColours,
} = words;

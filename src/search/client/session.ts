/** What the search page's modules share about the search in progress and the results on screen. */
import type { ResultList } from '../merge.ts';
import type { SearchState } from '../state.ts';
import type { PagefindResultData } from './pagefind-types.ts';

export interface Session {
  /** The search on screen, or on its way there. */
  current: SearchState | undefined;
  /** Counts the searches started: work for one that a newer search replaced is dropped. */
  generation: number;
  /** The results of the search on screen. */
  list: ResultList<PagefindResultData>;
  /** How many of them are on the page. */
  shown: number;
  /** Until the first results replace the placeholder cards, anything added above them would move them. */
  firstResultsShown: boolean;
  /** The currency result cards give each job's yearly pay in, while the visitor sorts or filters by pay. */
  yearlyIn: string | undefined;
}

export const noResults: ResultList<PagefindResultData> = { length: 0, page: async () => [] };

export const newSession = (): Session => ({
  current: undefined,
  generation: 0,
  list: noResults,
  shown: 0,
  firstResultsShown: false,
  yearlyIn: undefined,
});

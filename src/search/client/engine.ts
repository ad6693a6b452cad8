/**
 * Search over every part of the index (src/search/parts.ts) as if it
 * were one: each part is a Pagefind instance, and their answers are merged
 * (src/search/merge.ts). A board of up to 10 000 jobs has one part.
 */
import { partBundlePath } from '../parts.ts';
import { searchMetaWeights } from '../../config/search.ts';
import { byScore, concatenated, mergedByKey, orderedList, sumCounts, type Counts, type ResultList } from '../merge.ts';
import { payValuesReaching, type PayCut, type SearchRequest } from '../seekers.ts';
import type { PagefindFilters, PagefindInstance, PagefindModule, PagefindResult, PagefindResultData } from './pagefind-types.ts';

type SortKey = 'posted' | 'pay';

export interface SearchResponse {
  results: ResultList<PagefindResultData>;
  /** Result counts per filter value. */
  filters: Counts;
}

const load = (result: PagefindResult) => result.data();
const payOf = (data: PagefindResultData) => Number(data.meta['pay'] ?? 0);

/** One part of the index, and the yearly pay figures its jobs have, once asked for. */
interface Part {
  pagefind: PagefindInstance;
  payValues?: Promise<string[] | null> | undefined;
}

export class SearchEngine {
  readonly #parts: Part[];

  private constructor(parts: Part[]) {
    this.#parts = parts;
  }

  /** Loads Pagefind and every part's index entry; `base` is the site's base path. */
  static async load(base: string, partCount: number): Promise<SearchEngine> {
    // Each part loads its own pagefind.js, and so gets its own web worker: instances sharing
    // one worker (Pagefind 1.6's createInstance) mixed up index chunks between parts.
    const parts = await Promise.all(
      Array.from({ length: partCount }, async (_, part) => {
        const basePath = `${base}${partBundlePath(part)}`;
        const module = (await import(/* @vite-ignore */ `${basePath}pagefind.js`)) as PagefindModule;
        const instance = module.createInstance({ basePath });
        await instance.options({ baseUrl: base, ranking: { metaWeights: searchMetaWeights } });
        await instance.init();
        return { pagefind: instance };
      }),
    );
    return new SearchEngine(parts);
  }

  /** Loads every filter group's counts. */
  async filters(): Promise<Counts> {
    return sumCounts(await Promise.all(this.#parts.map((part) => part.pagefind.filters())));
  }

  /** Fetches what a search would need without searching (one filter group's file, say). */
  async preload(query: string | null, options: { filters?: PagefindFilters }): Promise<void> {
    await Promise.all(this.#parts.map((part) => part.pagefind.preload(query, options)));
  }

  /** Searches every part; null when Pagefind dropped the search for a newer one. */
  async search(query: string | null, options: { request: SearchRequest; sort?: SortKey | undefined }): Promise<SearchResponse | null> {
    const sort = options.sort ? { [options.sort]: 'desc' as const } : undefined;
    const { pay } = options.request;
    const responses = await Promise.all(
      this.#parts.map(async (part) => {
        const payValues = pay ? await payFilter(part, pay) : undefined;
        if (payValues === null) return null;
        const filters = payValues ? { ...options.request.filters, pay: { any: payValues } } : options.request.filters;
        return part.pagefind.search(query, { filters, ...(sort ? { sort } : {}) });
      }),
    );
    if (responses.some((response) => !response)) return null;
    const parts = responses.map((response) => response!.results);
    const results =
      parts.length === 1
        ? orderedList(parts[0]!, load)
        : options.sort === 'posted'
          ? concatenated(parts, load)
          : options.sort === 'pay'
            ? mergedByKey(parts, load, payOf)
            : byScore(parts, load);
    return { results, filters: sumCounts(responses.map((response) => response!.filters)) };
  }
}

/**
 * "Pay at least" as a filter: the part's `pay` values (each job's exact
 * yearly figure) that reach the cut. The values come from the part's `pay`
 * filter file, read once; Pagefind lists every value of a loaded filter,
 * also those no result has.
 */
async function payFilter(part: Part, cut: PayCut): Promise<string[] | null> {
  part.payValues ??= part.pagefind
    .search(null, { filters: { pay: { any: [] } } })
    .then((response) => (response ? Object.keys(response.totalFilters['pay'] ?? {}) : null))
    .catch((error: unknown) => {
      part.payValues = undefined;
      throw error;
    });
  const values = await part.payValues;
  // Dropped for a newer search: ask again next time.
  if (values === null) part.payValues = undefined;
  return values && payValuesReaching(values, cut);
}

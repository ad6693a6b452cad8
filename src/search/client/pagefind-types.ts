/** The slice of Pagefind's browser API we use (pagefind/pagefind.js, generated at build). */
import type { PagefindFilters } from '../seekers.ts';

/** Pagefind's filter argument (src/search/seekers.ts builds the compound ones). */
export type { PagefindFilters };

export interface PagefindResultData {
  url: string;
  meta: Record<string, string | undefined>;
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindResultData>;
}

export interface PagefindResponse {
  results: PagefindResult[];
  unfilteredResultCount: number;
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}

export interface SearchOptions {
  filters?: PagefindFilters;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** One index: a part of the search index (src/search/parts.ts). */
export interface PagefindInstance {
  options: (options: { baseUrl?: string; ranking?: { metaWeights?: Readonly<Record<string, number>> } }) => Promise<void>;
  init: () => Promise<void>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  /** Fetches the index files a search would need, without searching. */
  preload: (query: string | null, options: { filters?: PagefindFilters }) => Promise<void>;
  search: (query: string | null, options: SearchOptions) => Promise<PagefindResponse | null>;
}

/** A part's pagefind.js; instances it creates share its web worker. */
export interface PagefindModule {
  createInstance: (options: { basePath: string }) => PagefindInstance;
}

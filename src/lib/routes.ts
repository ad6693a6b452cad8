/**
 * Site-relative paths for every page type, in one place, so a URL scheme
 * change is a one-line edit. Callers add the base path with `href()`.
 */
export type FeedFormat = 'rss' | 'json';

const page = (root: string, n = 1) => (n <= 1 ? root : `${root}${n}/`);

export const routes = {
  home: (n = 1) => (n <= 1 ? '/' : `/page/${n}/`),
  job: (slug: string) => `/jobs/${slug}/`,
  categories: () => '/categories/',
  category: (id: string, n = 1) => page(`/categories/${id}/`, n),
  skills: () => '/skills/',
  skill: (id: string, n = 1) => page(`/skills/${id}/`, n),
  places: () => '/regions/',
  place: (slug: string, n = 1) => page(`/regions/${slug}/`, n),
  companies: () => '/companies/',
  company: (id: string, n = 1) => page(`/companies/${id}/`, n),
  workplaces: () => '/workplace/',
  workplace: (id: string, n = 1) => page(`/workplace/${id}/`, n),
  /** The search page, optionally with filters set: search({ category: 'engineering' }). */
  search: (filters: Record<string, string> = {}) => {
    const query = new URLSearchParams(filters).toString();
    return query ? `/search/?${query}` : '/search/';
  },
  post: () => '/post-a-job/',
  /** The visitor's saved jobs, kept in their browser; and the parts listing the open jobs, which it checks them against. */
  saved: () => '/saved/',
  openJobsPart: (n: number) => `/saved/open-${n}.json`,
  /** The RSS or JSON feed of a list page: feed('/categories/engineering/', 'rss'). */
  feed: (listPath: string, format: FeedFormat) => `${listPath}${format === 'rss' ? 'feed.xml' : 'feed.json'}`,
  /** The sitemap, or chunk n of a sitemap split by an index. */
  sitemap: (n?: number) => (n === undefined ? '/sitemap.xml' : `/sitemap-${n}.xml`),
};

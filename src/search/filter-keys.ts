/**
 * The names of the search filters and their special values, shared by the
 * build (src/search/facets.ts) and the browser. Kept apart from facets.ts
 * so the search page's script does not bundle the region and country
 * tables that computing a job's filters needs.
 */

/** The filter groups a visitor ticks as checkboxes; each is also a URL parameter. */
export const filterKeys = ['category', 'workplace', 'employment', 'experience', 'region', 'skill', 'salary'] as const;
export type FilterKey = (typeof filterKeys)[number];

/**
 * Filters behind the three questions at the top of the search panel ("I live
 * in", "Fits my hours", "Pay at least"): the page asks them with Pagefind's
 * any/none operators (src/search/seekers.ts), never as checkboxes.
 */
export const seekerFilterKeys = ['resident', 'excluded', 'hours', 'pay'] as const;
export type SeekerFilterKey = (typeof seekerFilterKeys)[number];

/** The `hours` value every job with a window carries, so "or it names no hours" is `none: [windowed]`. */
export const WINDOWED = 'set';
/** The `pay` value of a job whose pay cannot be compared: no salary, or a currency without a rate. */
export const NO_PAY = 'none';

/**
 * What the search page keeps in a history entry beside its URL: how many
 * results were on the page and how far it was scrolled. Back from a job page
 * then shows the same list at the same place: the browser restores scroll
 * only when the page loads, before the results arrive from the index. This
 * stays out of the URL, so a shared or bookmarked link starts at the top.
 */

export interface SearchEntry {
  shownResults: number;
  scrollY: number;
}

const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** What this page saved in an entry's state, checked: history.state can hold anything. */
export function readEntry(entryState: unknown): Partial<SearchEntry> {
  if (typeof entryState !== 'object' || entryState === null) return {};
  const { shownResults, scrollY } = entryState as Record<string, unknown>;
  return { ...(isCount(shownResults) ? { shownResults } : {}), ...(isCount(scrollY) ? { scrollY } : {}) };
}

/** How many results to show for an entry: the number it saved, in whole pages, else one page. */
export function resultsToShow(entryState: unknown, pageSize: number): number {
  const saved = readEntry(entryState).shownResults ?? 0;
  return Math.max(1, Math.ceil(saved / pageSize)) * pageSize;
}

/** The entry's state with these parts saved, keeping whatever else it holds. */
export function withEntry(entryState: unknown, saved: Partial<SearchEntry>): Record<string, unknown> {
  const others = typeof entryState === 'object' && entryState !== null ? entryState : {};
  return { ...others, ...saved };
}

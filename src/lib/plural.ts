/**
 * "1 open job", "1,200 open jobs" for a whole number. English only, like the
 * rest of the UI copy. The thousands commas are put in by hand, not with
 * toLocaleString: the search page would load Intl's locale data for it (see
 * src/lib/relative-time.ts).
 */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} ${count === 1 ? singular : plural}`;
}

/**
 * Skill, region and workplace lists overlap heavily: a worldwide job sits
 * on every region and country page, and every job on the home page's list.
 * Paginating each of them in full made those pages grow with jobs × places.
 * They show only their newest pages; categories and companies, where each
 * job sits once, list every open job, and search filters reach the rest.
 */

/** The jobs a capped list shows: the first `maxPages` pages, in board order. */
export function listedJobs<T>(jobs: readonly T[], pageSize: number, maxPages: number): T[] {
  return jobs.slice(0, pageSize * maxPages);
}

/** Pages a list of `count` jobs needs: at least one, so an empty list still has its page. */
export function pageCount(count: number, pageSize: number): number {
  return Math.max(1, Math.ceil(count / pageSize));
}

/**
 * Every indexable page of the board with its last change, for sitemap.xml.
 * Written here rather than with @astrojs/sitemap: that integration only sees
 * the built routes, so it cannot tell an open job from a closed one (closed
 * job pages are built but noindex) nor date a page by its newest listing.
 */
import { limitedListing, loadBoard, type Job } from '../board/board.ts';
import { categories } from '../config/categories.ts';
import { site } from '../config/site.ts';
import { sitemapUrlLimit } from '../config/feeds.ts';
import { workplaces } from '../schema/job.ts';
import { routes } from '../lib/routes.ts';
import { absoluteUrl } from '../lib/urls.ts';
import { pageCount } from '../lib/list-limit.ts';
import { newestDate, sitemapFiles, uniqueEntries, type SitemapEntry } from './sitemap.ts';

/**
 * Open job pages (dated by `posted`), and every list page, each page of its
 * pagination included, dated by its newest open job or else the build date.
 * Closed jobs and the 404 page are left out.
 */
export async function sitemapEntries(siteUrl: URL | undefined): Promise<SitemapEntry[]> {
  const board = await loadBoard();
  const absolute = (path: string) => absoluteUrl(siteUrl?.href ?? site.url, import.meta.env.BASE_URL, path);
  const newest = (jobs: readonly Job[]) =>
    newestDate(
      jobs.map((job) => job.posted),
      board.today,
    );
  const everything = newest(board.openJobs);
  const page = (path: string, lastmod: string): SitemapEntry => ({ loc: absolute(path), lastmod });
  /** A paginated list: the same pages, and the same page size, as its route builds. */
  const list = (pathFor: (n: number) => string, jobs: readonly Job[]) => {
    const lastmod = newest(jobs); // once per list: per page it would be O(pages × jobs)
    return Array.from({ length: pageCount(jobs.length, site.pageSize) }, (_, i) => page(pathFor(i + 1), lastmod));
  };
  /** The home page's list, or a skill, region or workplace list: only the pages its route builds. */
  const limited = (pathFor: (n: number) => string, jobs: readonly Job[]) => list(pathFor, limitedListing(jobs));

  return uniqueEntries([
    ...limited(routes.home, board.openJobs),
    ...board.openJobs.map((job) => page(routes.job(job.slug), job.posted)),
    page(routes.categories(), everything),
    ...categories.flatMap((c) => list((n) => routes.category(c.id, n), board.jobsByCategory.get(c.id) ?? [])),
    page(routes.places(), everything),
    ...board.places.flatMap((p) => limited((n) => routes.place(p.slug, n), board.jobsByPlace.get(p.slug) ?? [])),
    page(routes.skills(), everything),
    ...board.skills.flatMap((s) => limited((n) => routes.skill(s.id, n), board.jobsBySkill.get(s.id) ?? [])),
    page(routes.companies(), everything),
    // A company with no open job keeps its page (noindex) for old links, but is not offered to search engines.
    ...board.companies.flatMap((c) => {
      const jobs = board.jobsByCompany.get(c.id) ?? [];
      return jobs.length ? list((n) => routes.company(c.id, n), jobs) : [];
    }),
    page(routes.workplaces(), everything),
    ...workplaces.flatMap((w) => limited((n) => routes.workplace(w, n), board.jobsByWorkplace.get(w) ?? [])),
    page(routes.search(), everything),
    page(routes.post(), board.today),
  ]);
}

const cache = new Map<string, Promise<{ index: string; chunks: string[] }>>();

/** sitemap.xml, and the chunk files when the board outgrows one file. */
export function sitemap(siteUrl: URL | undefined): Promise<{ index: string; chunks: string[] }> {
  const key = siteUrl?.href ?? '';
  let files = cache.get(key);
  if (!files) {
    files = sitemapEntries(siteUrl).then((entries) =>
      sitemapFiles(entries, sitemapUrlLimit, (n) => absoluteUrl(siteUrl?.href ?? site.url, import.meta.env.BASE_URL, routes.sitemap(n))),
    );
    cache.set(key, files);
  }
  return files;
}

export const xmlHeaders = { 'Content-Type': 'application/xml; charset=utf-8' };

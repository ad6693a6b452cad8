/**
 * One page of every page type in a built site, for site-wide quality checks
 * (HTML validity, accessibility). Pages are picked from what the build wrote,
 * so the checks follow the sample content as it changes.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageFile } from './html.ts';

export type PageType =
  | 'home'
  | 'home page 2'
  | 'job'
  | 'closed job'
  | 'categories'
  | 'category'
  | 'skills'
  | 'skill'
  | 'regions'
  | 'region'
  | 'country'
  | 'companies'
  | 'company'
  | 'workplaces'
  | 'workplace'
  | 'search'
  | 'post a job'
  | 'saved'
  | '404';

const subdirs = (dist: string, dir: string) =>
  readdirSync(join(dist, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dist, dir, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort();

const first = (names: string[], what: string): string => {
  const name = names[0];
  if (!name) throw new Error(`The sample site has no ${what} page`);
  return name;
};

/** Closed jobs keep their page but ask search engines not to index it. */
const isClosedJob = (dist: string, slug: string) =>
  /<meta name="robots" content="noindex"/.test(readFileSync(pageFile(dist, `/jobs/${slug}/`), 'utf8'));

/** Site paths (without the base) of one page of each type. */
export function pagesByType(dist: string): Record<PageType, string> {
  const jobs = subdirs(dist, 'jobs');
  const places = subdirs(dist, 'regions');
  return {
    home: '/',
    'home page 2': '/page/2/',
    job: `/jobs/${first(
      jobs.filter((slug) => !isClosedJob(dist, slug)),
      'open job',
    )}/`,
    'closed job': `/jobs/${first(
      jobs.filter((slug) => isClosedJob(dist, slug)),
      'closed job',
    )}/`,
    categories: '/categories/',
    category: `/categories/${first(subdirs(dist, 'categories'), 'category')}/`,
    skills: '/skills/',
    skill: `/skills/${first(subdirs(dist, 'skills'), 'skill')}/`,
    regions: '/regions/',
    // Country pages use the two-letter code; region ids are longer.
    region: `/regions/${first(
      places.filter((slug) => slug.length > 2),
      'region',
    )}/`,
    country: `/regions/${first(
      places.filter((slug) => slug.length === 2),
      'country',
    )}/`,
    companies: '/companies/',
    company: `/companies/${first(subdirs(dist, 'companies'), 'company')}/`,
    workplaces: '/workplace/',
    workplace: `/workplace/${first(subdirs(dist, 'workplace'), 'workplace')}/`,
    search: '/search/',
    'post a job': '/post-a-job/',
    saved: '/saved/',
    '404': '/404.html',
  };
}

/** Reading built pages for assertions. */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as cheerio from 'cheerio';

export function pageFile(dist: string, path: string): string {
  const clean = path.replace(/^\/+/, '').split(/[?#]/)[0]!;
  return clean === '' || clean.endsWith('/') ? join(dist, clean, 'index.html') : join(dist, clean);
}

export function pageExists(dist: string, path: string): boolean {
  return existsSync(pageFile(dist, path));
}

export function loadPage(dist: string, path: string): cheerio.CheerioAPI {
  return cheerio.load(readFileSync(pageFile(dist, path), 'utf8'));
}

/** Every HTML file in dist, as site paths ("/jobs/x/"). */
export function allPages(dist: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html')) {
        const rel = `/${relative(dist, full)}`;
        pages.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dist);
  return pages.sort();
}

/** Slugs of the job cards in a list, in order. */
export function cardSlugs($: cheerio.CheerioAPI, scope = 'main'): string[] {
  return $(`${scope} article h2 a, ${scope} article h3 a`)
    .map((_, a) => $(a).attr('href')!.replace(/\/$/, '').split('/').pop()!)
    .get();
}

/** What a benchmark build produced: the size of dist/ by folder, and what key pages weigh over the wire. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { categoryIds } from '../config/categories.ts';
import { routes } from '../lib/routes.ts';
import type { BenchResult } from './result.ts';
import { ourSearchScriptGzip } from './search.ts';
import { measurePage, type PageWeight } from './weights.ts';

/** How many job pages are weighed to find the largest. */
const JOB_PAGE_SAMPLE = 50;

export function folderSize(dir: string): NonNullable<BenchResult['dist']> {
  let bytes = 0;
  let files = 0;
  const folders = new Map<string, { bytes: number; files: number }>();
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const size = statSync(path).size;
    const top = relative(dir, path).split(sep);
    const folder = top.length > 1 ? `${top[0]}/` : '(top level)';
    const sum = folders.get(folder) ?? { bytes: 0, files: 0 };
    sum.bytes += size;
    sum.files++;
    folders.set(folder, sum);
    bytes += size;
    files++;
  }
  const byFolder = [...folders].map(([folder, sum]) => ({ folder, ...sum })).sort((a, b) => b.bytes - a.bytes);
  return { bytes, files, byFolder };
}

export interface PageWeights {
  /** Home, the largest job page sampled, a category page, search and saved jobs. */
  pages: PageWeight[];
  /** The job pages weighed. */
  jobPages: PageWeight[];
  largestJob: PageWeight | undefined;
  /** Render-blocking scripts in <head>, as "page: script". */
  renderBlocking: string[];
  /** Our search script, gzipped; null when the search page could not be read. */
  ourScript: number | null;
}

export function weighPages(distDir: string): PageWeights {
  const jobSlugs = existsSync(join(distDir, 'jobs')) ? readdirSync(join(distDir, 'jobs')).sort() : [];
  const sampleStep = Math.max(1, Math.floor(jobSlugs.length / JOB_PAGE_SAMPLE));
  const jobPages = jobSlugs
    .filter((_, i) => i % sampleStep === 0)
    .slice(0, JOB_PAGE_SAMPLE)
    .map((slug) => measurePage(distDir, 'Job', `/jobs/${slug}/`))
    .filter((p): p is PageWeight => Boolean(p));
  const largestJob = jobPages.reduce<PageWeight | undefined>((max, p) => (!max || p.htmlCssGzip > max.htmlCssGzip ? p : max), undefined);
  const category = categoryIds.includes('engineering') ? 'engineering' : categoryIds[0];
  const pages = [
    measurePage(distDir, 'Home', '/'),
    largestJob,
    measurePage(distDir, 'Category', `/categories/${category}/`),
    measurePage(distDir, 'Search', '/search/'),
    // Its own script draws the visitor's saved jobs: weighed so that script is counted too.
    measurePage(distDir, 'Saved jobs', routes.saved()),
  ].filter((p): p is PageWeight => Boolean(p));
  const renderBlocking = [...new Set([...pages, ...jobPages].flatMap((p) => p.renderBlocking.map((s) => `${p.path}: ${s}`)))];
  return { pages, jobPages, largestJob, renderBlocking, ourScript: searchScriptGzip(distDir) };
}

function searchScriptGzip(distDir: string): number | null {
  try {
    return ourSearchScriptGzip(distDir);
  } catch {
    return null;
  }
}

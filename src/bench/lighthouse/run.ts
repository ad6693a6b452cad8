/**
 * `npm run lighthouse`: Lighthouse on four key pages of a built site (home,
 * the first open job, a category page and search), mobile, as Lighthouse
 * sets it up by default: a phone's screen, simulated slow 4G and a 4×
 * slower CPU. Each page is measured `runs` times and Lighthouse's median run
 * is kept (the one closest to the median first paint and time to
 * interactive), because the performance score moves with the machine's
 * load; a first run, thrown away, lets Chromium finish starting up.
 *
 * Writes <out>/lighthouse.md and <out>/lighthouse.json, and each page's
 * kept report to <out>/lighthouse/<page>.html and .json. It builds nothing:
 * dist/ is served on 127.0.0.1 as a host serves it (host.ts).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { pagesByType } from '../../../test/support/sample-pages.ts';
import { serveDist } from '../../../test/support/serve.ts';
import { launchChromium } from './chromium.ts';
import { serveLikeAHost } from './host.ts';
import { CATEGORIES, formatMarkdown, summarize, type Meta, type PageSummary } from './summary.ts';

export interface LighthouseOptions {
  /** The built site, absolute. */
  dist: string;
  /** The site's base path, as it was built. */
  base: string;
  /** Where the reports go. */
  out: string;
  runs: number;
  /** Page names to measure (home, job, category, search); all four when empty. */
  only: readonly string[];
  chromiumPath: string;
}

export interface LighthouseReport {
  pages: PageSummary[];
  /** The report as written to lighthouse.md. */
  markdown: string;
}

/** The pages measured, as paths under the base: the kinds of page visitors land on. */
function pickPages(dist: string): { name: string; path: string }[] {
  const sample = pagesByType(dist); // the first open job, and so on
  const category = existsSync(join(dist, 'categories/engineering/index.html')) ? '/categories/engineering/' : sample.category;
  return Object.entries({ home: sample.home, job: sample.job, category, search: sample.search }).map(([name, path]) => ({
    name,
    path: path.slice(1),
  }));
}

const load = () => Math.round(loadavg()[0]! * 100) / 100;

/** Measures the pages and writes the reports. */
export async function runLighthouse(options: LighthouseOptions): Promise<LighthouseReport> {
  const { dist, base, out, runs } = options;
  const loadBefore = load();
  const pages = pickPages(dist).filter((page) => options.only.length === 0 || options.only.includes(page.name));
  const files = await serveDist(dist, base);
  const server = await serveLikeAHost(files, base);
  const chromium = await launchChromium(options.chromiumPath);
  const results: PageSummary[] = [];
  let lighthouseVersion = '';
  mkdirSync(join(out, 'lighthouse'), { recursive: true });
  try {
    // A run that is thrown away: Chromium's own start-up work would otherwise
    // share the CPU with the first page measured (it scored up to 11 lower).
    console.log('Lighthouse: warming up Chromium');
    await lighthouse(server.url, { port: chromium.port, logLevel: 'error', onlyCategories: ['performance'] });
    for (const page of pages) {
      const url = new URL(page.path, server.url).href;
      const done: { lhr: Result; report: string[] }[] = [];
      for (let i = 1; i <= runs; i++) {
        console.log(`Lighthouse: ${page.name} ${url}${runs > 1 ? ` (run ${i} of ${runs})` : ''}`);
        const flags: Flags = { port: chromium.port, output: ['html', 'json'], logLevel: 'error', onlyCategories: [...CATEGORIES] };
        const run = await lighthouse(url, flags);
        if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
        if (run.lhr.runtimeError) throw new Error(`Lighthouse could not load ${url}: ${run.lhr.runtimeError.message}`);
        done.push({ lhr: run.lhr, report: [run.report].flat() });
      }
      const lhrs = done.map((run) => run.lhr);
      const median = computeMedianRun(lhrs);
      const [html = '', json = ''] = done.find((run) => run.lhr === median)?.report ?? [];
      writeFileSync(join(out, 'lighthouse', `${page.name}.html`), html);
      writeFileSync(join(out, 'lighthouse', `${page.name}.json`), json);
      lighthouseVersion = median.lighthouseVersion;
      results.push(summarize(page.name, page.path, median, lhrs));
    }
  } finally {
    await chromium.close();
    await server.close();
    await files.close();
  }

  const meta: Meta = {
    lighthouse: lighthouseVersion,
    chromium: chromium.version,
    date: new Date().toISOString().slice(0, 10),
    runs,
    loadAverage: { before: loadBefore, after: load() },
  };
  const markdown = formatMarkdown(results, meta, base);
  writeFileSync(join(out, 'lighthouse.md'), markdown);
  writeFileSync(join(out, 'lighthouse.json'), JSON.stringify({ ...meta, base, pages: results }, null, 2) + '\n');
  return { pages: results, markdown };
}

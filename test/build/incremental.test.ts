/**
 * Incremental builds (astro.config.mjs, src/board/page-keys.ts): a second
 * build copies unchanged job and list pages from Astro's cache and renders
 * only the pages an edit shows up on. Six real builds of a copy of the
 * fixture board, into one output folder, as a host rebuilds after a merge.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, globSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import {
  buildSite,
  OUTPUT,
  ROOT,
  fillerSlug,
  FILLER_COUNT,
  FILLER_SLUGS,
  OPEN_HAND_WRITTEN,
  writeFixtureContent,
} from '../support/fixture.ts';
import { allPages, loadPage, pageFile } from '../support/html.ts';
import { markdownPipelineDigest, stampName } from '../../src/markdown/digest.ts';

const content = join(OUTPUT, 'content-incremental');
const dist = join(OUTPUT, 'dist-incremental');
// astro.config.mjs keys the cache by CONTENT_DIR: start cold.
const cacheDir = join(ROOT, 'node_modules/.astro-cache', createHash('sha1').update(content).digest('hex').slice(0, 12));

const edited = fillerSlug(FILLER_COUNT);
const editedPath = `/jobs/${edited}/`;
const newTitle = 'Filler Engineer, Renamed';
/** A closed job open to GB, a country no open job names until the fourth build gives it a page. */
const closedPath = '/jobs/expired-job-birchline/';
const gbLink = 'href="/regions/gb/"';

/** Pages that carry a cacheKey: job pages and the pages of paginated lists. */
const keyed = (path: string) => /^\/(jobs|categories|skills|regions|workplace|companies)\/[^/]+\/(\d+\/)?$|^\/page\/\d+\/$/.test(path);

type Snapshot = Map<string, string>;
const keyedPages = (): Snapshot =>
  new Map(
    allPages(dist)
      .filter(keyed)
      .map((path) => [path, readFileSync(pageFile(dist, path), 'utf8')]),
  );

/** Pages Astro copied from its cache in a build, read from its log (coloured when CI is set). */
function restoredPaths(log: string): Set<string> {
  return new Set([...stripVTControlCharacters(log).matchAll(/ (\/\S*\/)index\.html \(restored\)/g)].map((m) => m[1]!));
}

/** Image files the built pages show that are missing from dist/: copied pages rely on files other pages asked for. */
function missingImages(): string[] {
  const missing = new Set<string>();
  for (const path of allPages(dist)) {
    const $ = loadPage(dist, path);
    for (const src of $('img[src]')
      .map((_, img) => $(img).attr('src')!)
      .get()) {
      if (src.startsWith('/') && !existsSync(join(dist, decodeURI(src)))) missing.add(`${src} (on ${path})`);
    }
  }
  return [...missing];
}

function build(extraEnv: Record<string, string> = {}): string {
  const { status, output } = buildSite({ content, outDir: dist, extraEnv });
  if (status !== 0) throw new Error(`Build failed:\n${output}`);
  return output;
}

let first: Snapshot;
let second: Snapshot;
let third: Snapshot;
let secondLog: string;
let thirdLog: string;
let fourthLog: string;
let fifthLog: string;
let sixthLog: string;
let missingAfterSecond: string[];
let missingAfterThird: string[];
/** Pages that showed the edited job: its own, those listing it among similar jobs, and the lists it is on. */
let showingEdited: string[];

beforeAll(() => {
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
  writeFixtureContent(content);
  build();
  first = keyedPages();
  secondLog = build();
  second = keyedPages();
  missingAfterSecond = missingImages();

  showingEdited = [...first.keys()].filter(
    (path) => path === editedPath || loadPage(dist, path)(`main a[href$="${editedPath}"]`).length > 0,
  );
  const file = join(content, 'jobs', `${edited}.md`);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: ${newTitle}`));
  thirdLog = build();
  third = keyedPages();
  missingAfterThird = missingImages();

  // A job the closed job's page does not show (not among its similar jobs) moves its office to the UK, which
  // gives GB a page (an office job counts where its office is).
  const onsite = join(content, 'jobs', 'onsite-no-salary-alder.md');
  writeFileSync(onsite, readFileSync(onsite, 'utf8').replace(/^location: .*$/m, 'location: Manchester, United Kingdom'));
  fourthLog = build();

  // A cache written by other sanitising code: the integration empties it before content sync.
  writeFileSync(join(cacheDir, stampName), 'renders from an older sanitiser');
  fifthLog = build();

  // Per-job social cards turned off for one build: what job pages share changes, though no listing or code did.
  sixthLog = build({ SOCIAL_CARDS: 'board' });
}, 600_000);

describe('incremental builds', () => {
  it('keys job pages and list pages alike', () => {
    const paths = [...first.keys()];
    expect(paths.filter((p) => p.startsWith('/jobs/')).length).toBeGreaterThan(30);
    for (const list of ['/categories/', '/skills/', '/regions/', '/workplace/', '/companies/', '/page/']) {
      expect(
        paths.some((p) => p.startsWith(list)),
        list,
      ).toBe(true);
    }
  });

  it('writes every image the pages show, copied pages included', () => {
    expect(loadPage(dist, editedPath)('img[src^="/_astro/"]').length).toBeGreaterThan(0);
    expect(missingAfterSecond).toEqual([]);
    expect(missingAfterThird).toEqual([]);
  });

  it('copies every keyed page from the cache when nothing changed, byte for byte', () => {
    expect([...restoredPaths(secondLog)].sort()).toEqual([...first.keys()].sort());
    expect(second).toEqual(first);
  });

  it('renders every page that showed the edited job, and shows the edit there', () => {
    // Its own page, similar-jobs lists, its category, skill, region, workplace and company lists, the home pages.
    expect(showingEdited.some((p) => p.startsWith('/jobs/') && p !== editedPath)).toBe(true);
    for (const list of ['/categories/', '/skills/', '/regions/', '/workplace/', '/companies/']) {
      expect(
        showingEdited.some((p) => p.startsWith(list)),
        list,
      ).toBe(true);
    }
    const restored = restoredPaths(thirdLog);
    for (const path of showingEdited) {
      expect(restored.has(path), path).toBe(false);
      expect(third.get(path), path).toContain(newTitle);
    }
    expect(loadPage(dist, editedPath)('h1').text()).toBe(newTitle);
  });

  it('renders a closed job page again when a place it names gains a page, though no job it shows changed', () => {
    expect(third.get(closedPath)).not.toContain(gbLink);
    expect(restoredPaths(fourthLog).has(closedPath)).toBe(false);
    expect(readFileSync(pageFile(dist, closedPath), 'utf8')).toContain(gbLink);
  });

  it('copies every other keyed page unchanged', () => {
    const untouched = [...first.keys()].filter((path) => !showingEdited.includes(path));
    expect(untouched.filter((p) => p.startsWith('/jobs/')).length).toBeGreaterThan(0);
    expect(untouched.filter((p) => !p.startsWith('/jobs/')).length).toBeGreaterThan(0);
    const restored = restoredPaths(thirdLog);
    for (const path of untouched) {
      expect(restored.has(path), path).toBe(true);
      expect(third.get(path), path).toBe(first.get(path));
    }
  });

  it('renders open job pages again when SOCIAL_CARDS changes the image they share, and copies the rest', () => {
    const restored = restoredPaths(sixthLog);
    const open = new Set([...OPEN_HAND_WRITTEN, ...FILLER_SLUGS].map((slug) => `/jobs/${slug}/`));
    const jobPages = [...first.keys()].filter((path) => path.startsWith('/jobs/'));
    expect(jobPages.filter((path) => !open.has(path))).toContain(closedPath);
    for (const path of jobPages) {
      expect(loadPage(dist, path)('meta[property="og:image"]').attr('content'), path).toBe('https://jobs.fixture.example/og-default.png');
      // Closed jobs shared the board's image before too, so their pages are copied.
      expect(restored.has(path), path).toBe(!open.has(path));
    }
    expect([...restored].filter((path) => !path.startsWith('/jobs/')).length).toBeGreaterThan(0);
    expect(globSync('jobs/*/social.png', { cwd: dist })).toEqual([]);
  });

  it('renders every page again when the cache was written by other sanitising code', () => {
    expect(restoredPaths(fourthLog).size).toBeGreaterThan(0);
    expect(restoredPaths(fifthLog)).toEqual(new Set());
    expect(readFileSync(join(cacheDir, stampName), 'utf8')).toBe(markdownPipelineDigest(ROOT));
  });
});

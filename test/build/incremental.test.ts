/**
 * Incremental builds (astro.config.mjs, src/lib/job-page-key.ts): a second
 * build copies unchanged job pages from Astro's cache and renders only the
 * pages an edit shows up on. Three real builds of a copy of the fixture
 * board, into one output folder, as a host rebuilds after a merge.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { buildSite, OUTPUT, ROOT, fillerSlug, FILLER_COUNT, writeFixtureContent } from '../support/fixture.ts';
import { loadPage, pageFile } from '../support/html.ts';

const content = join(OUTPUT, 'content-incremental');
const dist = join(OUTPUT, 'dist-incremental');
// astro.config.mjs keys the cache by CONTENT_DIR: start cold.
const cacheDir = join(ROOT, 'node_modules/.astro-cache', createHash('sha1').update(content).digest('hex').slice(0, 12));

const edited = fillerSlug(FILLER_COUNT);
const newTitle = 'Filler Engineer, Renamed';

type Snapshot = Map<string, string>;
const jobPages = (): Snapshot =>
  new Map(readdirSync(join(dist, 'jobs')).map((slug) => [slug, readFileSync(pageFile(dist, `/jobs/${slug}/`), 'utf8')]));

/** Job slugs Astro copied from its cache in a build, read from its log (coloured when CI is set). */
function restoredSlugs(log: string): Set<string> {
  return new Set([...stripVTControlCharacters(log).matchAll(/\/jobs\/([a-z0-9-]+)\/index\.html \(restored\)/g)].map((m) => m[1]!));
}

function build(): string {
  const { status, output } = buildSite({ content, outDir: dist });
  if (status !== 0) throw new Error(`Build failed:\n${output}`);
  return output;
}

let first: Snapshot;
let second: Snapshot;
let third: Snapshot;
let secondLog: string;
let thirdLog: string;
/** Pages that listed the edited job among their similar jobs. */
let showingEdited: string[];

beforeAll(() => {
  rmSync(cacheDir, { recursive: true, force: true });
  rmSync(dist, { recursive: true, force: true });
  writeFixtureContent(content);
  build();
  first = jobPages();
  secondLog = build();
  second = jobPages();

  showingEdited = [...first.keys()].filter((slug) => {
    const $ = loadPage(dist, `/jobs/${slug}/`);
    return $(`#similar-heading ~ * a[href$="/jobs/${edited}/"]`).length > 0;
  });
  const file = join(content, 'jobs', `${edited}.md`);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: ${newTitle}`));
  thirdLog = build();
  third = jobPages();
}, 400_000);

describe('incremental builds', () => {
  it('copies every job page from the cache when nothing changed, byte for byte', () => {
    expect(first.size).toBeGreaterThan(30);
    expect([...restoredSlugs(secondLog)].sort()).toEqual([...first.keys()].sort());
    expect(second).toEqual(first);
  });

  it('renders the edited job and every page that lists it, and shows the edit there', () => {
    expect(showingEdited.length).toBeGreaterThan(0);
    const restored = restoredSlugs(thirdLog);
    for (const slug of [edited, ...showingEdited]) {
      expect(restored.has(slug), slug).toBe(false);
      expect(third.get(slug), slug).toContain(newTitle);
    }
    expect(loadPage(dist, `/jobs/${edited}/`)('h1').text()).toBe(newTitle);
  });

  it('copies every other job page unchanged', () => {
    const untouched = [...first.keys()].filter((slug) => slug !== edited && !showingEdited.includes(slug));
    expect(untouched.length).toBeGreaterThan(0);
    const restored = restoredSlugs(thirdLog);
    for (const slug of untouched) {
      expect(restored.has(slug), slug).toBe(true);
      expect(third.get(slug), slug).toBe(first.get(slug));
    }
  });
});

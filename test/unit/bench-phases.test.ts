import { describe, expect, it } from 'vitest';
import { coveredMs, peakByPhase, phaseAt, splitPhases, stripAnsi, type TimedLine } from '../../src/bench/phases.ts';

describe('phase split from build output', () => {
  const lines: TimedLine[] = [
    { t: 200, text: '> openings@0.1.0 build' },
    { t: 210, text: '> node src/build/astro-and-validate.ts && node src/search/indexer.ts' },
    { t: 900, text: 'content/jobs/x.md:1  warning  salary: is missing' },
    { t: 1400, text: '✔ 220 files valid' },
    { t: 1401, text: '\u001b[2m33 notes for reviewers (salary 30, featured 3); npm run validate lists them\u001b[0m' },
    { t: 4100, text: '18:16:04 [content] Syncing content' },
    { t: 4700, text: '18:16:05 [content] Synced content' },
    { t: 6700, text: ' generating static routes ' },
    { t: 6800, text: '18:16:07   ├─ /jobs/a/index.html (+5ms) ' },
    { t: 11_600, text: '18:16:12 ✓ Completed in 4.90s.' },
    { t: 11_650, text: ' generating optimized images ' },
    { t: 11_700, text: '18:16:12 ✓ Completed in 40ms.' },
    { t: 11_750, text: '18:16:12 [build] ✓ Completed in 5.00s.' },
    { t: 11_760, text: '18:16:12 [build] 527 page(s) built in 10.1s' },
    { t: 11_800, text: '18:16:12 [build] Complete!' },
    { t: 15_500, text: 'Search index: 527 pages read in 3488 ms → /tmp/x/dist/pagefind' },
  ];

  it('times each phase from its marker lines', () => {
    const split = splitPhases(lines, 15_800);
    expect(split).toMatchObject({
      validationMs: 1200,
      contentSyncMs: 600,
      renderingMs: 4900,
      searchIndexingMs: 3700,
      socialImagesMs: null,
      socialAheadMs: null,
      otherMs: 15_800 - 1200 - 600 - 4900 - 3700,
      otherDetail: { npmStartMs: 200, astroStartMs: 2700, bundlingMs: 2000, imagesMs: 200 },
      pagesBuilt: 527,
      pagesIndexed: 527,
      pagefindReportedMs: 3488,
    });
  });

  it('leaves a phase unknown when its markers are missing, and counts it as other', () => {
    const split = splitPhases(
      lines.filter((l) => !l.text.includes('Search index')),
      15_800,
    );
    expect(split.searchIndexingMs).toBeNull();
    expect(split.otherMs).toBe(15_800 - 1200 - 600 - 4900);
    expect(splitPhases([], 1000)).toMatchObject({ validationMs: null, otherMs: 1000 });
  });

  it('counts time once where validation and painting ahead overlap Astro', () => {
    // Validation finishes while Astro syncs; the warmer paints from then until Astro is done.
    const overlapping: TimedLine[] = [
      { t: 200, text: '> openings@0.1.0 build' },
      { t: 2000, text: '18:16:02 [content] Syncing content' },
      { t: 3000, text: '✔ 220 files valid' },
      { t: 6000, text: '18:16:06 [content] Synced content' },
      { t: 8000, text: ' generating static routes ' },
      { t: 18_000, text: '18:16:18 ✓ Completed in 10.0s.' },
      { t: 18_500, text: '18:16:18 [build] Complete!' },
      // The warmer's report is printed once Astro is done; its time comes from the line itself.
      {
        t: 18_600,
        text: 'Social images ahead: 700 painted while Astro built, 702 cards checked (stopped when Astro finished) in 15500 ms',
      },
      { t: 24_500, text: 'Search index: 2000 pages read in 5800 ms → 1 part in /tmp/x/dist/pagefind' },
      { t: 30_500, text: 'Social images: 2000 cards (1300 painted, 700 from cache) in 5900 ms' },
    ];
    const split = splitPhases(overlapping, 31_000);
    expect(split).toMatchObject({
      validationMs: 2800,
      contentSyncMs: 4000,
      socialAheadMs: 15_500,
      socialAheadPainted: 700,
      socialImagesMs: 6000,
      otherDetail: { astroStartMs: 0 },
    });
    // Covered: 200–6000 (validation and sync), 8000–18 000 (rendering), 18 500–30 500 (indexing, images).
    expect(split.otherMs).toBe(31_000 - 5800 - 10_000 - 12_000);
    expect(phaseAt(split.markers, 2500)).toBe('content sync');
  });

  it('measures the union of overlapping intervals', () => {
    expect(
      coveredMs([
        [0, 10],
        [5, 15],
        [20, 25],
        [21, 22],
        [30, 30],
      ]),
    ).toBe(20);
    expect(coveredMs([])).toBe(0);
  });

  it('names the phase running at a moment', () => {
    const { markers } = splitPhases(lines, 15_800);
    expect(phaseAt(markers, 100)).toBe('npm start-up');
    expect(phaseAt(markers, 1000)).toBe('validation');
    expect(phaseAt(markers, 4500)).toBe('content sync');
    expect(phaseAt(markers, 9000)).toBe('page rendering');
    expect(phaseAt(markers, 13_000)).toBe('search indexing');
  });

  it('finds the memory peak of each phase', () => {
    const { markers } = splitPhases(lines, 15_800);
    const samples = [
      { t: 1000, rssBytes: 100 },
      { t: 4500, rssBytes: 300 },
      { t: 8000, rssBytes: 900 },
      { t: 9000, rssBytes: 700 },
      { t: 14_000, rssBytes: 1200 },
    ];
    expect(peakByPhase(samples, markers)).toEqual([
      { phase: 'validation', peakBytes: 100 },
      { phase: 'content sync', peakBytes: 300 },
      { phase: 'page rendering', peakBytes: 900 },
      { phase: 'search indexing', peakBytes: 1200 },
    ]);
  });

  it('strips terminal colours', () => {
    expect(stripAnsi('\u001b[32m✓\u001b[39m done')).toBe('✓ done');
  });
});

describe('social image time', () => {
  it("runs from the indexer's line to the painter's, apart from rendering", () => {
    const lines = [
      { t: 0, text: 'generating static routes' },
      { t: 1000, text: '✓ Completed in 1000ms.' },
      { t: 1200, text: '[build] Complete!' },
      { t: 3000, text: 'Search index: 10 pages read in 1700 ms → /tmp/x/dist/pagefind' },
      { t: 3750, text: 'Social images: 10 cards (4 painted, 6 from cache) in 700 ms' },
    ];
    const split = splitPhases(lines, 5000);
    expect(split.renderingMs).toBe(1000);
    expect(split.searchIndexingMs).toBe(1800);
    expect(split.socialImagesMs).toBe(750);
    expect(phaseAt(split.markers, 3500)).toBe('social images');
  });

  it("runs from the indexer's line on a one-part board even when both lines arrive together", () => {
    // One process prints both: the indexer's line can reach the benchmark late, after the painter had started.
    const lines = [
      { t: 0, text: 'generating static routes' },
      { t: 1000, text: '✓ Completed in 1000ms.' },
      { t: 1200, text: '[build] Complete!' },
      { t: 9000, text: 'Search index: 10 pages read in 7700 ms → 1 part in /tmp/x/dist/pagefind (adding 1 ms, writing 2 ms)' },
      { t: 9100, text: 'Social images: 10 cards (0 painted, 10 from cache) in 1500 ms' },
    ];
    const split = splitPhases(lines, 9500);
    expect(split.searchIndexingMs).toBe(7800);
    expect(split.socialImagesMs).toBe(100);
  });

  it('runs from Astro\'s "Complete!" when the painter ran beside the indexer (a search index in parts)', () => {
    const lines = [
      { t: 0, text: 'generating static routes' },
      { t: 1000, text: '✓ Completed in 1000ms.' },
      { t: 1200, text: '[build] Complete!' },
      // The painter reports 1400 ms, so it started at 1600, before the indexer finished.
      { t: 3000, text: 'Social images: 10 cards (10 painted, 0 from cache) in 1400 ms' },
      { t: 4200, text: 'Search index: 10 pages read in 2800 ms → 2 parts in /tmp/x/dist/pagefind' },
    ];
    const split = splitPhases(lines, 4500);
    expect(split.searchIndexingMs).toBe(3000);
    expect(split.socialImagesMs).toBe(1800);
    expect(split.otherMs).toBe(4500 - 1000 - 3000);
    expect(phaseAt(split.markers, 2000)).toBe('search indexing and social images');
    expect(phaseAt(split.markers, 3500)).toBe('search indexing');
    expect(phaseAt(split.markers, 4300)).toBe('after social images');
  });
});

import { describe, expect, it } from 'vitest';
import { checkBudgets } from '../../src/bench/budgets.ts';
import { formatReport } from '../../src/bench/format.ts';
import type { BenchResult } from '../../src/bench/result.ts';
import { formatBytes, formatCount, formatMs, GB, KB } from '../../src/bench/units.ts';

describe('report table', () => {
  const result: BenchResult = {
    schema: 1,
    startedAt: '2026-11-25T18:00:00.000Z',
    machine: {
      cpus: 2,
      cpuModel: 'AMD EPYC',
      memoryBytes: 24 * GB,
      node: 'v24.21.0',
      platform: 'linux x64',
      loadAverage: { before: 1.5, after: 2.25 },
    },
    params: { jobs: 10_000, companies: 200, seed: 1, buildDate: '2026-11-25' },
    generation: { ms: 5000, files: 10_400, bytes: 35_000_000 },
    build: {
      exitCode: 0,
      wallMs: 28_400,
      listingsPerSecond: 352,
      cpu: { userMs: 40_000, systemMs: 10_000 },
      memory: {
        peakBytes: 2.5 * GB,
        peakAtMs: 20_000,
        peakProcesses: [{ pid: 9, command: 'node astro build', rssBytes: 2 * GB }],
        perSecond: [],
        peakPhase: 'page rendering',
        peakByPhase: [
          { phase: 'page rendering', peakBytes: 2.5 * GB },
          { phase: 'search indexing', peakBytes: 1.25 * GB },
        ],
      },
    },
    phases: {
      validationMs: 3100,
      contentSyncMs: 4000,
      renderingMs: 12_000,
      searchIndexingMs: 5000,
      socialImagesMs: null,
      socialAheadMs: 9000,
      socialAheadPainted: 1200,
      otherMs: 4300,
      otherDetail: { npmStartMs: 200, astroStartMs: 2000, bundlingMs: 1800, imagesMs: 300 },
      markers: {
        npmBanner: 200,
        validated: 3300,
        syncStart: 5300,
        syncEnd: 9300,
        renderStart: 11_100,
        renderEnd: 23_100,
        imagesStart: 23_100,
        imagesEnd: 23_300,
        astroDone: 23_400,
        indexed: 28_400,
        indexedParts: 1,
        socialDone: null,
        warmedAhead: 12_300,
      },
      pagesBuilt: 11_234,
      pagesIndexed: 11_234,
      pagefindReportedMs: 4500,
    },
    dist: {
      bytes: 600 * 1024 ** 2,
      files: 23_456,
      byFolder: [
        { folder: 'jobs/', bytes: 400 * 1024 ** 2, files: 10_000 },
        { folder: 'pagefind/', bytes: 100 * 1024 ** 2, files: 3000 },
      ],
    },
    pages: [
      {
        name: 'Home',
        path: '/',
        html: { url: '/', bytes: 50_000, gzip: 6 * KB },
        css: [{ url: '/_astro/a.css', bytes: 30_000, gzip: 6 * KB }],
        js: [],
        htmlCssGzip: 12 * KB,
        jsGzip: 421,
        renderBlocking: [],
      },
      {
        name: 'Job',
        path: '/jobs/x/',
        html: { url: '/jobs/x/', bytes: 60_000, gzip: 8 * KB },
        css: [{ url: '/_astro/a.css', bytes: 30_000, gzip: 6 * KB }],
        js: [],
        htmlCssGzip: 14 * KB,
        jsGzip: 748,
        renderBlocking: [],
      },
    ],
    jobPagesSampled: 50,
    ourSearchScriptGzip: 4000,
    search: { skipped: 'no Chromium' },
    budgets: [],
  };
  result.budgets = checkBudgets({
    listings: 10_000,
    wallMs: result.build.wallMs,
    cardsWarm: true,
    peakMemoryBytes: result.build.memory.peakBytes,
    distBytes: 380 * 1024 * KB,
    rebuildWallMs: null,
    homeHtmlCssGzip: 12 * KB,
    jobHtmlCssGzip: 14 * KB,
    renderBlocking: [],
    ourSearchScriptGzip: 4000,
    search: null,
    searchSkipReason: 'no Chromium',
  });

  it('prints the build, phase, page and search tables with budgets', () => {
    const table = formatReport(result);
    expect(table).toContain('### 10 000 listings, 200 companies');
    expect(table).toContain('| Wall time (social cards already painted), `npm run build` | 28.4 s | ≤ 45.0 s | ✅ |');
    expect(table).toContain('| Peak memory (process tree RSS) | 2.50 GB | ≤ 3.00 GB | ✅ |');
    expect(table).toContain('| Listings per second | 352 |  |  |');
    expect(table).toContain('| CPU time (all processes, user + system) | 50.0 s (40.0 s + 10.0 s), 1.76 CPUs busy on average |  |  |');
    expect(table).toContain('| Wall time with that CPU time spread over all 2 CPUs | 25.0 s |  |  |');
    // 45 s is above the 25 s this CPU time needs on two cores, so nothing to say.
    expect(table).not.toContain('running steps side by side cannot meet it');
    expect(table).toContain('| dist/ files | 23 456 |  |  |');
    expect(table).toContain('| Page rendering | 12.0 s | 42% |');
    expect(table).toContain('| Social images ahead (alongside Astro, 1 200 painted) | 9.00 s | 32% |');
    expect(table).toContain('| Social images (after Astro) | n/a | – |');
    expect(table).toContain('| Job `/jobs/x/` (largest of 50 sampled) | 8.0 KB | 6.0 KB | 14.0 KB | ≤ 25.0 KB | ✅ | 748 B |');
    expect(table).toContain('| Search page + first query (Pagefind) | n/a | ≤ 300.0 KB | – |');
    expect(table).toContain('- Search bytes not measured: no Chromium');
    expect(table).toContain('Within every budget that applies.');
    expect(table).toContain('load average 1.5 before / 2.25 after the build');
    expect(table).toContain('Largest parts of dist/: jobs/ 400.0 MB (10 000 files), pagefind/ 100.0 MB (3 000 files).');
    expect(table).toContain(
      'Peak memory was reached 20.0 s into the build, during page rendering; largest processes then: node astro build 2.00 GB.',
    );
    expect(table).toContain(
      'Other includes Astro start-up 2.00 s, types and Vite bundling 1.80 s, logo images 0.30 s, npm start-up 0.20 s.',
    );
    expect(table).toContain('Peak memory by phase: page rendering 2.50 GB, search indexing 1.25 GB.');
    expect(table).not.toContain('scaled linearly');
  });

  it('marks what is over budget and explains scaled budgets', () => {
    const small = { ...result, params: { ...result.params, jobs: 1000 } };
    small.budgets = checkBudgets({
      listings: 1000,
      wallMs: 15_000,
      cardsWarm: false,
      peakMemoryBytes: GB,
      distBytes: 50 * 1024 * KB,
      rebuildWallMs: 3000,
      homeHtmlCssGzip: null,
      jobHtmlCssGzip: null,
      renderBlocking: [],
      ourSearchScriptGzip: null,
      search: null,
    });
    const table = formatReport(small);
    expect(table).toContain('| Wall time (nothing cached), `npm run build` | 28.4 s | ≤ 9.00 s | ❌ over |');
    expect(table).toContain('Time and memory budgets: scaled linearly from the 10 000-listing budget (× 0.1).');
    expect(table).toContain('**Over budget:** Wall time (nothing cached), Peak memory, Size of dist/, Rebuild after a small change.');
    expect(table).toContain(
      'The wall-time budget (9.00 s) is below this CPU time spread over all 2 CPUs (25.0 s): running steps side by side cannot meet it, only doing less work can.',
    );
  });

  it('says whether dist/ holds a social card per job, when the result records it', () => {
    expect(formatReport(result)).toContain('Seed 1, BUILD_DATE 2026-11-25, 2 CPUs');
    const on = formatReport({ ...result, params: { ...result.params, socialCards: 'per-job' } });
    expect(on).toContain('Seed 1, BUILD_DATE 2026-11-25, a social card per job, 2 CPUs');
    const off = formatReport({ ...result, params: { ...result.params, socialCards: 'board' } });
    expect(off).toContain("Seed 1, BUILD_DATE 2026-11-25, social cards off (socialCards: 'board'), 2 CPUs");
  });

  it('says so when /proc gave no CPU time', () => {
    const table = formatReport({ ...result, build: { ...result.build, cpu: null } });
    expect(table).toContain('| CPU time (all processes) | n/a (no /proc) |  |  |');
    expect(table).not.toContain('spread over all');
  });

  it('shows measured search bytes and what they were spent on', () => {
    const measured: BenchResult = {
      ...result,
      search: {
        query: 'designer',
        refine: { key: 'workplace', value: 'remote' },
        firstQueryBytes: 180 * KB,
        refinedQueryBytes: 16 * KB,
        requests: 42,
        firstByKind: { js: 40 * KB, index: 100 * KB, fragments: 40 * KB },
        refinedByKind: { fragments: 16 * KB },
      },
    };
    const table = formatReport(measured);
    expect(table).toContain('| Search page + first query "designer" (Pagefind) | 180.0 KB |');
    expect(table).toContain('| Refined by workplace=remote (more) | 16.0 KB |');
    expect(table).toContain(
      'First query by kind: index 100.0 KB, js 40.0 KB, fragments 40.0 KB. Refined: fragments 16.0 KB. 42 Pagefind requests in all.',
    );
  });

  it('adds the warm rebuild, when there was one, beside the cold build', () => {
    expect(formatReport(result)).not.toContain('Rebuild with the caches warm');
    expect(formatReport(result)).toContain('- Rebuild after a small change: run with --rebuild');
    const table = formatReport({
      ...result,
      budgets: result.budgets.map((c) => (c.id === 'rebuild' ? { ...c, value: 50_000, status: 'fail' as const } : c)),
      rebuild: {
        change: '"a.md" retitled',
        exitCode: 0,
        wallMs: 50_000,
        cpu: { userMs: 60_000, systemMs: 15_500 },
        peakMemoryBytes: 2 * GB,
        pages: { jobs: { restored: 9_990, rendered: 11 }, others: { restored: 1_500, rendered: 689 } },
        phases: { ...result.phases, renderingMs: 12_500, socialImagesMs: 1_000 },
        peakPhase: 'search indexing',
        peakProcesses: [{ pid: 7, command: 'pagefind_extended --service', rssBytes: 2 * GB }],
      },
    });
    expect(table).toContain('Rebuild with the caches warm (`--rebuild`), after this change: "a.md" retitled.');
    expect(table).toContain('| Wall time (`npm run build`; budget ≤ 20.0 s ❌ over) | 50.0 s | 100% |');
    expect(table).toContain('| Job pages copied from the cache / rendered | 9 990 / 11 |  |');
    expect(table).toContain('| Other pages copied / rendered | 1 500 / 689 |  |');
    expect(table).toContain('| Page rendering and copying | 12.5 s | 25% |');
    expect(table).toContain('| CPU time (all processes, user + system) | 75.5 s |  |');
    expect(table).toContain(
      "The rebuild's memory peaked during search indexing; largest processes then: pagefind_extended --service 2.00 GB.",
    );
    // The cold build keeps its own budget.
    expect(table).toContain('| Wall time (social cards already painted), `npm run build` | 28.4 s | ≤ 45.0 s | ✅ |');
    expect(table).toContain('**Over budget:** Rebuild after a small change.');
  });

  it('formats numbers the way the docs write them', () => {
    expect(formatCount(100_000)).toBe('100 000');
    expect(formatBytes(900)).toBe('900 B');
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(3 * GB)).toBe('3.00 GB');
    expect(formatMs(842)).toBe('0.84 s');
    expect(formatMs(312_000)).toBe('312 s');
  });
});

import { describe, expect, it } from 'vitest';
import { budgetForSize, checkBudgets, overBudget, type BudgetInput } from '../../src/bench/budgets.ts';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  childrenCpu,
  cpuBetween,
  descendants,
  parseChildrenCpu,
  parseStatus,
  shortCommand,
  treeRss,
  type ProcInfo,
} from '../../src/bench/proc.ts';
import { coveredMs, peakByPhase, phaseAt, splitPhases, stripAnsi, type TimedLine } from '../../src/bench/phases.ts';
import { distPath, relativeImports, renderBlockingScripts, stylesheetHrefs, scriptSrcs } from '../../src/bench/weights.ts';
import { cpuBoundMs, formatReport, perSecond } from '../../src/bench/format.ts';
import type { BenchResult } from '../../src/bench/result.ts';
import { pagefindKind, sumByKind, wireBytes } from '../../src/bench/search.ts';
import { formatBytes, formatCount, formatMs, GB, KB } from '../../src/bench/units.ts';

describe('size budgets', () => {
  it('uses a defined size as it is', () => {
    expect(budgetForSize(10_000)).toMatchObject({ wallMs: 30_000, peakMemoryBytes: 3 * GB, scaled: false });
    expect(budgetForSize(100_000)).toMatchObject({ wallMs: 480_000, peakMemoryBytes: 24 * GB, scaled: false });
  });

  it('scales other sizes linearly from the nearest defined size, and says so', () => {
    expect(budgetForSize(1000)).toMatchObject({ wallMs: 3000, peakMemoryBytes: Math.round(0.3 * GB), basis: 10_000, scaled: true });
    expect(budgetForSize(1000).note).toBe('scaled linearly from the 10 000-listing budget (× 0.1)');
    expect(budgetForSize(60_000)).toMatchObject({ wallMs: 216_000, basis: 50_000 });
    expect(budgetForSize(80_000)).toMatchObject({ wallMs: 384_000, basis: 100_000 });
    expect(budgetForSize(200_000)).toMatchObject({ wallMs: 960_000, peakMemoryBytes: 48 * GB, basis: 100_000 });
    // Halfway between two sizes: the smaller one.
    expect(budgetForSize(30_000)).toMatchObject({ basis: 10_000, wallMs: 90_000 });
  });
});

describe('budget check', () => {
  const good: BudgetInput = {
    listings: 10_000,
    wallMs: 29_000,
    peakMemoryBytes: 2 * GB,
    homeHtmlCssGzip: 30 * KB,
    jobHtmlCssGzip: 20 * KB,
    renderBlocking: [],
    ourSearchScriptGzip: 5 * KB,
    search: { firstQueryBytes: 250 * KB, refinedQueryBytes: 50 * KB },
  };

  it('passes a run within every budget', () => {
    const checks = checkBudgets(good);
    expect(checks.map((c) => [c.id, c.status])).toEqual([
      ['wall', 'pass'],
      ['memory', 'pass'],
      ['home', 'pass'],
      ['job', 'pass'],
      ['render-blocking', 'pass'],
      ['search-js', 'pass'],
      ['search-first', 'pass'],
      ['search-refined', 'pass'],
    ]);
    expect(overBudget(checks)).toEqual([]);
  });

  it('fails each measurement over its budget', () => {
    const checks = checkBudgets({
      ...good,
      wallMs: 31_000,
      peakMemoryBytes: 3 * GB + 1,
      homeHtmlCssGzip: 41 * KB,
      jobHtmlCssGzip: 25 * KB + 1,
      renderBlocking: ['/: <script src="/x.js">'],
      ourSearchScriptGzip: 16 * KB,
      search: { firstQueryBytes: 301 * KB, refinedQueryBytes: 101 * KB },
    });
    expect(overBudget(checks).map((c) => c.id)).toEqual([
      'wall',
      'memory',
      'home',
      'job',
      'render-blocking',
      'search-js',
      'search-first',
      'search-refined',
    ]);
    expect(checks.find((c) => c.id === 'render-blocking')?.note).toBe('/: <script src="/x.js">');
  });

  it('is exactly at the limit: still within budget', () => {
    expect(overBudget(checks(good, { wallMs: 30_000, jobHtmlCssGzip: 25 * KB }))).toEqual([]);
  });

  it('skips what could not be measured, with the reason, without failing', () => {
    const result = checkBudgets({ ...good, search: null, searchSkipReason: 'no Chromium', homeHtmlCssGzip: null });
    expect(result.find((c) => c.id === 'search-first')).toMatchObject({ status: 'skip', note: 'no Chromium' });
    expect(result.find((c) => c.id === 'home')).toMatchObject({ status: 'skip', note: 'page not found' });
    expect(overBudget(result)).toEqual([]);
  });

  it('reports search bytes above 10 000 listings without judging them', () => {
    const result = checkBudgets({
      ...good,
      listings: 50_000,
      wallMs: 100_000,
      search: { firstQueryBytes: 900 * KB, refinedQueryBytes: 500 * KB },
    });
    expect(result.find((c) => c.id === 'search-first')).toMatchObject({ status: 'skip', value: 900 * KB, limit: null });
    expect(result.find((c) => c.id === 'wall')).toMatchObject({ status: 'pass', limit: 180_000 });
  });

  function checks(base: BudgetInput, change: Partial<BudgetInput>) {
    return checkBudgets({ ...base, ...change });
  }
});

// Trimmed copies of real /proc/<pid>/status files.
const status = (name: string, pid: number, ppid: number, rssKb?: number) =>
  [
    `Name:\t${name}`,
    'Umask:\t0022',
    'State:\tS (sleeping)',
    `Tgid:\t${pid}`,
    'Ngid:\t0',
    `Pid:\t${pid}`,
    `PPid:\t${ppid}`,
    'TracerPid:\t0',
    'Uid:\t0\t0\t0\t0',
    ...(rssKb === undefined
      ? []
      : ['VmPeak:\t 1234567 kB', `VmSize:\t 1200000 kB`, `VmHWM:\t  ${rssKb + 10} kB`, `VmRSS:\t  ${rssKb} kB`, 'RssAnon:\t   1000 kB']),
    'Threads:\t7',
  ].join('\n') + '\n';

describe('/proc process-tree memory', () => {
  it('parses a process status file', () => {
    expect(parseStatus(status('node', 4242, 4200, 524288))).toEqual({ pid: 4242, ppid: 4200, name: 'node', rssBytes: 524288 * 1024 });
  });

  it('treats kernel threads and zombies (no VmRSS) as 0 bytes, and rejects other text', () => {
    expect(parseStatus(status('kthreadd', 2, 0))).toEqual({ pid: 2, ppid: 0, name: 'kthreadd', rssBytes: 0 });
    expect(parseStatus('not a status file')).toBeUndefined();
  });

  it('sums the resident memory of a process and all its descendants', () => {
    const procs = [
      status('systemd', 1, 0, 10_000),
      status('npm run build', 100, 50, 60_000),
      status('sh', 101, 100, 1_000),
      status('node', 102, 101, 600_000),
      status('esbuild', 103, 102, 15_000),
      status('pagefind', 104, 101, 80_000),
      status('unrelated', 200, 1, 999_999),
      status('kworker/0:1', 300, 2),
    ].map((text) => parseStatus(text)!) satisfies ProcInfo[];
    expect(descendants(procs, 100).map((p) => p.pid)).toEqual([100, 101, 102, 104, 103]);
    expect(treeRss(procs, 100)).toBe((60_000 + 1_000 + 600_000 + 15_000 + 80_000) * 1024);
    expect(treeRss(procs, 999)).toBe(0);
  });

  it('shortens command lines for the report', () => {
    expect(shortCommand(['/work/main/node_modules/node/bin/node', '/work/main/node_modules/.bin/astro', 'build'])).toBe('node astro build');
    expect(shortCommand([])).toBeUndefined();
  });

  it("reads the CPU time of waited-for children from a stat line, whatever the command's name", () => {
    // Fields 14–17 are utime, stime, cutime and cstime, in 1/100 s; the name may hold spaces and ")".
    const stat = '4242 (node (a) b) S 1 4242 4242 0 -1 4194304 98 0 0 0 7 3 1234 56 20 0 1 0 6237020 3133440 358';
    expect(parseChildrenCpu(stat)).toEqual({ userMs: 12_340, systemMs: 560 });
    expect(parseChildrenCpu('not a stat line')).toBeUndefined();
    expect(cpuBetween({ userMs: 100, systemMs: 50 }, { userMs: 1100, systemMs: 250 })).toEqual({ userMs: 1000, systemMs: 200 });
    expect(cpuBetween(undefined, { userMs: 1, systemMs: 1 })).toBeNull();
  });

  it.skipIf(!existsSync('/proc/self/stat'))('counts a child that burned CPU once it has been waited for', () => {
    const before = childrenCpu();
    spawnSync(process.execPath, ['-e', 'const end = Date.now() + 400; while (Date.now() < end);']);
    const used = cpuBetween(before, childrenCpu());
    expect(used).not.toBeNull();
    expect(used!.userMs + used!.systemMs).toBeGreaterThanOrEqual(300);
  });

  it('bounds the wall time by the CPU time over the cores', () => {
    expect(cpuBoundMs({ userMs: 69_530, systemMs: 17_170 }, 2)).toBe(43_350);
    expect(cpuBoundMs({ userMs: 1000, systemMs: 0 }, 0)).toBe(1000);
  });

  it('keeps the highest sample of each second', () => {
    expect(
      perSecond([
        { t: 0, rssBytes: 5 },
        { t: 400, rssBytes: 9 },
        { t: 900, rssBytes: 7 },
        { t: 1100, rssBytes: 3 },
      ]),
    ).toEqual([
      { t: 400, rssBytes: 9 },
      { t: 1100, rssBytes: 3 },
    ]);
  });
});

describe('phase split from build output', () => {
  const lines: TimedLine[] = [
    { t: 200, text: '> openings@0.1.0 build' },
    { t: 210, text: '> node src/build/astro-and-validate.ts && node src/search/indexer.ts' },
    { t: 900, text: 'content/jobs/x.md:1  warning  salary: is missing' },
    { t: 1400, text: '\u001b[33m⚠ 0 errors, 33 warnings in 220 files\u001b[0m' },
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
      { t: 3000, text: '⚠ 0 errors, 33 warnings in 220 files' },
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

describe('page weight helpers', () => {
  const html = `<!DOCTYPE html><html><head>
    <script type="application/ld+json">{"@type":"WebSite"}</script>
    <link rel="stylesheet" href="/_astro/a.css"><link rel="icon" href="/favicon.svg">
    <script type="module" src="/_astro/page.js"></script>
    <script src="/_astro/late.js" defer></script>
    <script async src="/_astro/stats.js"></script>
  </head><body><script src="/_astro/body.js"></script></body></html>`;

  it('finds no render-blocking scripts when head scripts are modules, deferred, async or data', () => {
    expect(renderBlockingScripts(html)).toEqual([]);
  });

  it('flags classic scripts in <head>, with a src or inline', () => {
    const blocking = html.replace(
      '</head>',
      '<script src="/_astro/blocking.js"></script><script>window.x = 1</script><script type="text/javascript" src="/b.js"></script></head>',
    );
    expect(renderBlockingScripts(blocking)).toEqual(['<script src="/_astro/blocking.js">', '<script> (inline)', '<script src="/b.js">']);
  });

  it('lists stylesheets and script sources', () => {
    expect(stylesheetHrefs(html)).toEqual(['/_astro/a.css']);
    expect(scriptSrcs(html)).toEqual(['/_astro/page.js', '/_astro/late.js', '/_astro/stats.js', '/_astro/body.js']);
  });

  it('follows relative static and dynamic imports, not other modules', () => {
    const code =
      'import{t as e}from"./relative-time.Be-Zzv9r.js";import"./side.js";const p=import(`${T}pagefind/pagefind.js`);import("./lazy.js")';
    expect(relativeImports(code)).toEqual(['./relative-time.Be-Zzv9r.js', './side.js', './lazy.js']);
  });

  it('counts Pagefind files (already compressed) as they are and gzips the rest, like a CDN', () => {
    const text = Buffer.from('pagefind '.repeat(1000));
    expect(wireBytes('http://127.0.0.1:1/pagefind/index/en_1.pf_index', text)).toBe(text.length);
    expect(wireBytes('http://127.0.0.1:1/pagefind/pagefind-entry.json?ts=1', text)).toBeLessThan(200);
  });

  it('sorts Pagefind requests by what they are for', () => {
    const base = 'http://127.0.0.1:1/pagefind/';
    expect(
      [
        'pagefind.js',
        'pagefind-worker.js',
        'wasm.en.pagefind',
        'pagefind-entry.json?ts=1',
        'pagefind.en_1.pf_meta',
        'filter/en_1.pf_filter',
        'index/en_1.pf_index',
        'fragment/en_1.pf_fragment',
      ].map((f) => pagefindKind(base + f)),
    ).toEqual(['js', 'js', 'wasm', 'meta', 'meta', 'filters', 'index', 'fragments']);
    expect(
      sumByKind([
        { kind: 'index', bytes: 5 },
        { kind: 'js', bytes: 1 },
        { kind: 'index', bytes: 2 },
      ]),
    ).toEqual({ index: 7, js: 1 });
  });

  it('maps site URLs to files in dist, under a base path too', () => {
    expect(distPath('/d', '/')).toBe('/d/index.html');
    expect(distPath('/d', '/jobs/x/')).toBe('/d/jobs/x/index.html');
    expect(distPath('/d', '/board/_astro/a.css?v=1', '/board/')).toBe('/d/_astro/a.css');
    expect(distPath('/d', 'https://cdn.example/a.css')).toBeUndefined();
  });
});

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
        socialStart: null,
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
    peakMemoryBytes: result.build.memory.peakBytes,
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
    expect(table).toContain('| Wall time (`npm run build`) | 28.4 s | ≤ 30.0 s | ✅ |');
    expect(table).toContain('| Peak memory (process tree RSS) | 2.50 GB | ≤ 3.00 GB | ✅ |');
    expect(table).toContain('| Listings per second | 352 |  |  |');
    expect(table).toContain('| CPU time (all processes, user + system) | 50.0 s (40.0 s + 10.0 s), 1.76 CPUs busy on average |  |  |');
    expect(table).toContain('| Wall time with that CPU time spread over all 2 CPUs | 25.0 s |  |  |');
    // 30 s is above the 25 s this CPU time needs on two cores, so nothing to say.
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
      peakMemoryBytes: GB,
      homeHtmlCssGzip: null,
      jobHtmlCssGzip: null,
      renderBlocking: [],
      ourSearchScriptGzip: null,
      search: null,
    });
    const table = formatReport(small);
    expect(table).toContain('| Wall time (`npm run build`) | 28.4 s | ≤ 3.00 s | ❌ over |');
    expect(table).toContain('Time and memory budgets: scaled linearly from the 10 000-listing budget (× 0.1).');
    expect(table).toContain('**Over budget:** Wall time, Peak memory.');
    expect(table).toContain(
      'The wall-time budget (3.00 s) is below this CPU time spread over all 2 CPUs (25.0 s): running steps side by side cannot meet it, only doing less work can.',
    );
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
    expect(formatReport(result)).not.toContain('Rebuild');
    const table = formatReport({
      ...result,
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
    expect(table).toContain('| Wall time (`npm run build`) | 50.0 s | 100% |');
    expect(table).toContain('| Job pages copied from the cache / rendered | 9 990 / 11 |  |');
    expect(table).toContain('| Other pages copied / rendered | 1 500 / 689 |  |');
    expect(table).toContain('| Page rendering and copying | 12.5 s | 25% |');
    expect(table).toContain('| CPU time (all processes, user + system) | 75.5 s |  |');
    expect(table).toContain(
      "The rebuild's memory peaked during search indexing; largest processes then: pagefind_extended --service 2.00 GB.",
    );
    // The budgets stay the cold build's.
    expect(table).toContain('| Wall time (`npm run build`) | 28.4 s | ≤ 30.0 s | ✅ |');
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

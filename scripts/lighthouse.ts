/**
 * npm run lighthouse -- [--dist dist] [--out bench/.output] [--runs 3] [--no-fail] [page...]
 *
 * Runs Lighthouse on four key pages of a built site: home, the first open
 * job, a category page and search (or only the pages named). Mobile, as
 * Lighthouse sets it up by default: a phone's screen, simulated slow 4G and
 * a 4× slower CPU. Each page is measured --runs times and Lighthouse's
 * median run is kept (the one closest to the median first paint and time
 * to interactive), because the performance score moves with the machine's
 * load; a first run, thrown away, lets Chromium finish starting up.
 *
 * Prints a table, writes it to <out>/lighthouse.md and <out>/lighthouse.json,
 * and each page's kept report to <out>/lighthouse/<page>.html and .json.
 * Exits 1 when a category scores below 100 or a page shifts its layout
 * (CLS above 0), unless --no-fail; 2 when it cannot run.
 *
 * It builds nothing: run `npm run build` first (with the same BASE_PATH, if
 * any). dist/ is served on 127.0.0.1 as a host serves it: text gzipped, and
 * the headers of src/config/security.ts. Debian's Chromium (/usr/bin/chromium,
 * or CHROMIUM_PATH) runs headless on a throwaway profile.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse, { type Flags, type Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { contentSecurityPolicy, securityHeaders } from '../src/config/security.ts';
import { normalizeBase } from '../src/lib/urls.ts';
import { CHROMIUM_ARGS, chromiumPath } from '../test/support/browser.ts';
import { pagesByType } from '../test/support/sample-pages.ts';
import { listenLocally, serveDist, type StaticServer } from '../test/support/serve.ts';
import { formatMs } from '../src/bench/units.ts';
import { parseOptions } from '../src/cli/options.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

const { values, positionals } = parseOptions(
  {
    allowPositionals: true,
    options: {
      dist: { type: 'string', default: 'dist' },
      out: { type: 'string', default: 'bench/.output' },
      runs: { type: 'string', default: '3' },
      'no-fail': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  },
  'Run "npm run lighthouse -- --help" for the options.',
);

if (values.help) {
  console.log(`Usage: npm run lighthouse -- [options] [home|job|category|search ...]

  --dist DIR   the built site (default dist; run \`npm run build\` first)
  --out DIR    where lighthouse.md, lighthouse.json and lighthouse/<page>.html|json go (default bench/.output)
  --runs N     Lighthouse runs a page; the median run is reported (default 3)
  --no-fail    exit 0 even when a score is below 100 or CLS is above 0`);
  process.exit(0);
}

const dist = resolve(values.dist);
const base = normalizeBase(process.env['BASE_PATH']);
const runs = Number(values.runs);

if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs takes a whole number from 1 up, not "${values.runs}".`);
  process.exit(2);
}
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}: run \`npm run build\` first.`);
  process.exit(2);
}
if (!chromiumPath) {
  console.error('Lighthouse needs Chromium and found none: install it with `apt-get install -y chromium` (or set CHROMIUM_PATH).');
  process.exit(2);
}

interface PageSummary {
  name: string;
  path: string;
  scores: Record<Category, number | null>;
  cls: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  /** The performance score of every run; the others are the kept (median) run's. */
  performanceRuns: (number | null)[];
  /** Lighthouse's CPU benchmark of this machine in the kept run: higher is faster. */
  benchmarkIndex: number | null;
  /** What cost points in a category below 100. */
  lostPoints: { category: Category; id: string; title: string; displayValue?: string | undefined }[];
  /** Audits that could not run (for example ones that need the network). */
  errors: { id: string; title: string; message: string }[];
  warnings: string[];
}

/** The pages measured, as paths under the base: the kinds of page visitors land on. */
function pickPages(): { name: string; path: string }[] {
  const sample = pagesByType(dist); // the first open job, and so on
  const category = existsSync(join(dist, 'categories/engineering/index.html')) ? '/categories/engineering/' : sample.category;
  return Object.entries({ home: sample.home, job: sample.job, category, search: sample.search }).map(([name, path]) => ({
    name,
    path: path.slice(1),
  }));
}

const compressible = /^(text\/|application\/(javascript|json|manifest\+json|xml|wasm)|image\/svg\+xml)/;
const hopByHop = new Set(['content-length', 'content-encoding', 'connection', 'keep-alive', 'transfer-encoding']);

/**
 * Puts gzip and the production headers in front of the test server, which
 * sends files as they are: hosts compress text (docs/deploy.md), and
 * Lighthouse's simulated 4G charges for the bytes on the wire.
 */
async function serveLikeAHost(upstream: StaticServer): Promise<StaticServer> {
  const headers = { 'Content-Security-Policy': contentSecurityPolicy(), ...securityHeaders };
  const server = createServer((req, res) => {
    fetch(new URL(req.url ?? '/', upstream.url), { redirect: 'manual' })
      .then(async (response) => {
        const body = Buffer.from(await response.arrayBuffer());
        const gzip = compressible.test(response.headers.get('content-type') ?? '') && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
        const sent = gzip ? gzipSync(body) : body;
        for (const [name, value] of response.headers) if (!hopByHop.has(name)) res.setHeader(name, value);
        for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
        if (gzip) res.setHeader('Content-Encoding', 'gzip').setHeader('Vary', 'Accept-Encoding');
        res.writeHead(response.status, { 'Content-Length': String(sent.length) }).end(req.method === 'HEAD' ? undefined : sent);
      })
      .catch((error: unknown) => res.writeHead(502).end(String(error)));
  });
  return listenLocally(server, base);
}

/** Starts Chromium with a DevTools port for Lighthouse to drive. */
async function launchChromium(executable: string): Promise<{ port: number; version: string; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'openings-lighthouse-'));
  const child = spawn(executable, [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const close = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(profile, { recursive: true, force: true });
  };
  try {
    const port = await new Promise<number>((found, fail) => {
      let stderr = '';
      const timer = setTimeout(() => fail(new Error(`Chromium opened no DevTools port within 30 s:\n${stderr}`)), 30_000);
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
        const match = /DevTools listening on ws:\/\/[^/]+:(\d+)\//.exec(stderr);
        if (match) {
          clearTimeout(timer);
          found(Number(match[1]));
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`Chromium exited (${code}) before it opened a DevTools port:\n${stderr}`));
      });
    });
    // The user agent says 156.0.0.0 (reduced); DevTools gives the full version.
    const { Browser } = (await (await fetch(`http://127.0.0.1:${port}/json/version`)).json()) as { Browser: string };
    return { port, version: Browser.replace(/^(Headless)?Chrome\//, 'Chromium '), close };
  } catch (error) {
    await close();
    throw error;
  }
}

const percent = (score: number | null | undefined) => (typeof score === 'number' ? Math.round(score * 100) : null);

function numeric(lhr: Result, id: string): number | null {
  const value = lhr.audits[id]?.numericValue;
  return typeof value === 'number' ? value : null;
}

function summarize(name: string, path: string, lhr: Result, all: readonly Result[]): PageSummary {
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, percent(lhr.categories[id]?.score)])) as Record<Category, number | null>;
  const lostPoints = CATEGORIES.filter((category) => scores[category] !== 100).flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
      .filter(({ ref, audit }) => ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
      .map(({ audit }) => ({ category, id: audit!.id, title: audit!.title, displayValue: audit!.displayValue })),
  );
  return {
    name,
    path,
    scores,
    cls: numeric(lhr, 'cumulative-layout-shift'),
    lcpMs: numeric(lhr, 'largest-contentful-paint'),
    tbtMs: numeric(lhr, 'total-blocking-time'),
    performanceRuns: all.map((run) => percent(run.categories['performance']?.score)),
    benchmarkIndex: lhr.environment.benchmarkIndex ?? null,
    lostPoints,
    errors: Object.values(lhr.audits)
      .filter((audit) => audit.scoreDisplayMode === 'error')
      .map((audit) => ({ id: audit.id, title: audit.title, message: audit.errorMessage ?? '' })),
    warnings: lhr.runWarnings.map(String),
  };
}

interface Meta {
  lighthouse: string;
  chromium: string;
  date: string;
  runs: number;
  /** The machine's 1-minute load average before and after: other work slows Lighthouse's CPU-bound metrics. */
  loadAverage: { before: number; after: number };
}

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const text = (value: number | null, format: (n: number) => string = String) => (value === null ? 'n/a' : format(value));

function formatMarkdown(pages: readonly PageSummary[], meta: Meta): string {
  const lines = [
    `Lighthouse ${meta.lighthouse}, ${meta.chromium}, mobile (default emulation and simulated throttling), median of ${meta.runs} run${meta.runs === 1 ? '' : 's'} a page, ${meta.date}, load average ${meta.loadAverage.before} before and ${meta.loadAverage.after} after on ${cpus().length} CPUs.`,
    '',
    row(['Page', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'CLS', 'LCP', 'TBT']),
    row(['----', '----------:', '------------:', '-------------:', '--:', '--:', '--:', '--:']),
    ...pages.map((p) =>
      row([
        `${p.name} \`${base}${p.path}\``,
        text(p.scores.performance),
        text(p.scores.accessibility),
        text(p.scores['best-practices']),
        text(p.scores.seo),
        text(p.cls, (n) => String(Math.round(n * 1000) / 1000)),
        text(p.lcpMs, formatMs),
        text(p.tbtMs, formatMs),
      ]),
    ),
  ];
  const notes = pages.flatMap((p) => [
    ...(meta.runs > 1 ? [`- ${p.name}: performance by run ${p.performanceRuns.map((s) => text(s)).join(', ')}`] : []),
    ...p.lostPoints.map(
      (a) => `- ${p.name}: ${a.category} lost points on \`${a.id}\` (${a.title})${a.displayValue ? `: ${a.displayValue}` : ''}`,
    ),
    ...p.errors.map((a) => `- ${p.name}: \`${a.id}\` (${a.title}) could not run: ${a.message}`),
    ...p.warnings.map((w) => `- ${p.name}: warning: ${w}`),
  ]);
  const benchmark = pages.map((p) => p.benchmarkIndex).filter((n): n is number => n !== null);
  const [low, high] = [Math.min(...benchmark), Math.max(...benchmark)];
  if (benchmark.length)
    notes.push(`- Lighthouse's CPU benchmark index of this machine: ${low === high ? low : `${low}–${high}`} (higher is faster)`);
  return [...lines, '', ...notes].join('\n') + '\n';
}

const load = () => Math.round(loadavg()[0]! * 100) / 100;
const loadBefore = load();
const pages = pickPages().filter((page) => positionals.length === 0 || positionals.includes(page.name));
const files = await serveDist(dist, base);
const server = await serveLikeAHost(files);
const chromium = await launchChromium(chromiumPath);
const results: PageSummary[] = [];
let lighthouseVersion = '';
mkdirSync(join(values.out, 'lighthouse'), { recursive: true });
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
    writeFileSync(join(values.out, 'lighthouse', `${page.name}.html`), html);
    writeFileSync(join(values.out, 'lighthouse', `${page.name}.json`), json);
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
const markdown = formatMarkdown(results, meta);
writeFileSync(join(values.out, 'lighthouse.md'), markdown);
writeFileSync(join(values.out, 'lighthouse.json'), JSON.stringify({ ...meta, base, pages: results }, null, 2) + '\n');
console.log(
  `\n${markdown}\nWrote ${join(values.out, 'lighthouse.md')} and .json, and the full reports in ${join(values.out, 'lighthouse')}/.`,
);

const short = results.filter((p) => CATEGORIES.some((c) => p.scores[c] !== 100) || p.cls === null || p.cls > 0);
if (short.length) {
  const message = `Below 100, or CLS above 0: ${short.map((p) => p.name).join(', ')}.`;
  if (!values['no-fail']) {
    console.error(message);
    process.exit(1);
  }
  console.log(`${message} (--no-fail: exit 0)`);
}

/**
 * npm run bench -- --jobs 10000 [--companies N] [--seed S] [--build-date YYYY-MM-DD]
 *                  [--query designer] [--keep] [--budget] [--out bench/.output] [--in-place] [--rebuild]
 *
 * Generates a synthetic board of N listings in a temporary folder, builds it
 * with the same `npm run build` users run, and reports wall time, peak
 * memory of the whole process tree, a time split by phase, the size of
 * dist/, what key pages weigh over the wire and what search fetches.
 * Writes <out>/bench-<N>.json, <out>/bench-<N>.md and the build log
 * <out>/bench-<N>.log. With --budget it exits 1 when over a budget
 * (src/bench/budgets.ts).
 *
 * The build runs in a snapshot of the project (a copy of the working tree
 * next to the content, sharing node_modules): Astro keeps build state in
 * the project's .astro/ folder, so two builds in one checkout at the same
 * time break each other, and files edited mid-run would change what is
 * measured. --in-place builds in the checkout itself.
 *
 * --rebuild then applies a small change (src/bench/rebuild.ts), empties
 * dist/ and builds again with Astro's and the social cards' caches warm, the
 * way a host's CI that keeps node_modules/ rebuilds after a merge. It is reported
 * beside the cold build; the budgets are the cold build's.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { categoryIds } from '../src/config/categories.ts';
import { cleanEnv } from '../test/support/fixture.ts';
import { chromiumPath, INSTALL_HINT } from '../test/support/browser.ts';
import { measureSearchSettled, ourSearchScriptGzip } from '../src/bench/search.ts';
import { defaultCompanyCount, writeContent } from '../src/bench/generate.ts';
import { checkBudgets, overBudget } from '../src/bench/budgets.ts';
import { findMarkers, peakByPhase, phaseAt, splitPhases, type TimedLine } from '../src/bench/phases.ts';
import { childrenCpu, cpuBetween, sampleTreeMemory, type CpuTime, type MemoryReport } from '../src/bench/proc.ts';
import { measurePage, type PageWeight } from '../src/bench/weights.ts';
import { formatReport, perSecond } from '../src/bench/format.ts';
import { applyRebuildChange, countPages } from '../src/bench/rebuild.ts';
import type { BenchResult } from '../src/bench/result.ts';
import { formatCount, formatMs } from '../src/bench/units.ts';
import { parseOptions } from '../src/cli/options.ts';

const ROOT = resolve(import.meta.dirname, '..');
const DEFAULT_BUILD_DATE = '2026-11-25';
const JOB_PAGE_SAMPLE = 50;

const { values } = parseOptions(
  {
    options: {
      jobs: { type: 'string', default: '1000' },
      companies: { type: 'string' },
      seed: { type: 'string', default: '1' },
      'build-date': { type: 'string', default: DEFAULT_BUILD_DATE },
      query: { type: 'string', default: 'designer' },
      keep: { type: 'boolean', default: false },
      budget: { type: 'boolean', default: false },
      out: { type: 'string', default: 'bench/.output' },
      'in-place': { type: 'boolean', default: false },
      rebuild: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  },
  'Options: docs/performance.md#running-the-benchmark',
);

if (values.help) {
  console.log(`Usage: npm run bench -- --jobs 10000 [options]

  --jobs N           listings to generate (default 1000)
  --companies N      company profiles (default max(20, N/50))
  --seed S           generator seed (default 1)
  --build-date D     pinned BUILD_DATE, YYYY-MM-DD (default ${DEFAULT_BUILD_DATE})
  --query Q          first search query to measure (default "designer")
  --out DIR          where bench-<N>.json/.md/.log go (default bench/.output)
  --keep             keep the generated content, dist/ and Astro cache
  --budget           exit 1 when over a budget (src/bench/budgets.ts)
  --in-place         build in this checkout instead of a snapshot of it
  --rebuild          then edit, add and delete a listing and build again with the caches warm`);
  process.exit(0);
}

function positiveInt(name: string, raw: string | undefined, fallback?: number): number {
  if (raw === undefined && fallback !== undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name} must be a whole number of at least 1, got ${JSON.stringify(raw)}`);
    process.exit(2);
  }
  return n;
}

const jobs = positiveInt('jobs', values.jobs);
const companies = positiveInt('companies', values.companies, defaultCompanyCount(jobs));
const seed = positiveInt('seed', values.seed);
const buildDate = values['build-date'];
if (!/^\d{4}-\d{2}-\d{2}$/.test(buildDate) || Number.isNaN(Date.parse(buildDate))) {
  console.error(`--build-date must be YYYY-MM-DD, got "${buildDate}"`);
  process.exit(2);
}
const outDir = resolve(values.out);
mkdirSync(outDir, { recursive: true });

const work = mkdtempSync(join(tmpdir(), `openings-bench-${jobs}-`));
const contentDir = join(work, 'content');
const distDir = join(work, 'dist');

/** Build-state and output folders that never belong in a snapshot. */
function excludedFromSnapshot(path: string): boolean {
  const [top = '', second] = path.split(sep);
  return (
    ['node_modules', '.git', '.astro', 'dist'].includes(top) ||
    top.startsWith('dist-') ||
    (top === 'test' && second === '.output') ||
    (top === 'bench' && second === '.output') ||
    resolve(ROOT, path) === outDir
  );
}

/** A copy of the working tree that shares node_modules, so the build sees exactly this code. */
function snapshotProject(target: string): string {
  cpSync(ROOT, target, { recursive: true, filter: (source) => !excludedFromSnapshot(relative(ROOT, source)) });
  symlinkSync(join(ROOT, 'node_modules'), join(target, 'node_modules'), 'dir');
  return target;
}
const project = values['in-place'] ? ROOT : snapshotProject(join(work, 'project'));
// astro.config.mjs keys the content cache by CONTENT_DIR; a fresh folder means a cold build.
const astroCache = join(ROOT, 'node_modules/.astro-cache', createHash('sha1').update(contentDir).digest('hex').slice(0, 12));
const cleanUp = () => {
  if (values.keep) return;
  rmSync(work, { recursive: true, force: true });
  rmSync(astroCache, { recursive: true, force: true });
};
process.once('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

const startedAt = new Date().toISOString();
const loadBefore = loadavg()[0]!;
console.log(`Generating ${formatCount(jobs)} listings and ${formatCount(companies)} companies (seed ${seed}) in ${contentDir}`);
const genStart = performance.now();
const written = writeContent(contentDir, { jobs, companies, seed, buildDate });
const generation = { ms: Math.round(performance.now() - genStart), ...written };
console.log(`  ${formatCount(written.files)} files, ${(written.bytes / 1024 ** 2).toFixed(1)} MB in ${formatMs(generation.ms)}`);

// ---- The build, exactly as users run it. ----
const env: NodeJS.ProcessEnv = {
  ...cleanEnv(),
  ASTRO_TELEMETRY_DISABLED: '1',
  CONTENT_DIR: contentDir,
  OUT_DIR: distDir,
  BUILD_DATE: buildDate,
  BASE_PATH: '/',
  // Astro's lines as they happen, not held back until validation passes, so its phases are timed right.
  BUILD_STREAM_ASTRO: '1',
};
delete env['SITE_URL'];

interface BuildRun {
  exitCode: number | null;
  wallMs: number;
  lines: TimedLine[];
  memory: MemoryReport;
  /** CPU the whole build used, on all cores; null without /proc. */
  cpu: CpuTime | null;
  /** Phase markers echoed while it ran; none means the time split is all "other". */
  shownMarkers: number;
}

/** Runs `npm run build`, logging every line with its time, and samples the process tree's memory. */
async function runBuild(logPath: string): Promise<BuildRun> {
  console.log(`Building with npm run build in ${project === ROOT ? 'this checkout' : `a snapshot of it (${project})`} (log: ${logPath})`);
  const log = createWriteStream(logPath);
  const lines: TimedLine[] = [];
  const cpuBefore = childrenCpu();
  const buildStart = performance.now();
  const child = spawn('npm', ['run', 'build'], { cwd: project, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const sampler = existsSync('/proc') && child.pid ? sampleTreeMemory(child.pid, 100) : undefined;
  let shownMarkers = 0;
  const onLine = (text: string) => {
    const t = Math.round(performance.now() - buildStart);
    lines.push({ t, text });
    log.write(`${(t / 1000).toFixed(2).padStart(8)}  ${text}\n`);
    // Echo the phase markers as they arrive, so a long run shows progress.
    const found = findMarkers([{ t, text }]);
    const hit = Object.entries(found).some(
      ([key, value]) =>
        value !== null && !['pagesBuilt', 'pagesIndexed', 'pagefindReportedMs', 'socialAheadPainted', 'socialAheadMs'].includes(key),
    );
    if (hit) {
      shownMarkers++;
      console.log(`  ${formatMs(t).padStart(8)}  ${text.replace(/^\d{2}:\d{2}:\d{2}\s+/, '').trim()}`);
    }
  };
  createInterface({ input: child.stdout }).on('line', onLine);
  createInterface({ input: child.stderr }).on('line', onLine);
  const exitCode = await new Promise<number | null>((resolveExit) => {
    child.on('exit', (code) => resolveExit(code));
    child.on('error', (error) => {
      console.error(`Could not start npm: ${error.message}`);
      resolveExit(null);
    });
  });
  const wallMs = Math.round(performance.now() - buildStart);
  // Node has waited for npm by now (its exit event), so npm's time and its children's are counted.
  const cpu = cpuBetween(cpuBefore, childrenCpu());
  const memory: MemoryReport = sampler?.stop() ?? { peakBytes: 0, peakAtMs: 0, peakProcesses: [], samples: [] };
  await new Promise<void>((done) => setTimeout(done, 50)); // let readline flush the last lines
  await new Promise<void>((done) => log.end(done));
  return { exitCode, wallMs, lines, memory, cpu, shownMarkers };
}

const logPath = join(outDir, `bench-${jobs}.log`);
const { exitCode, wallMs, lines, memory, cpu, shownMarkers } = await runBuild(logPath);
const loadAfter = loadavg()[0]!;

if (exitCode !== 0) {
  console.error(`\nThe build failed (exit code ${exitCode}) after ${formatMs(wallMs)}. Last lines:\n`);
  console.error(
    lines
      .slice(-40)
      .map((l) => l.text)
      .join('\n'),
  );
  console.error(values.keep ? `\nContent kept in ${work}` : `\nRe-run with --keep to inspect ${contentDir}`);
  cleanUp();
  process.exit(1);
}

// ---- What was built. ----
function folderSize(dir: string): NonNullable<BenchResult['dist']> {
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
const dist = folderSize(distDir);

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
].filter((p): p is PageWeight => Boolean(p));
const renderBlocking = [...new Set([...pages, ...jobPages].flatMap((p) => p.renderBlocking.map((s) => `${p.path}: ${s}`)))];

function searchScriptGzip(): number | null {
  try {
    return ourSearchScriptGzip(distDir);
  } catch {
    return null;
  }
}
const ourScript = searchScriptGzip();

let search: BenchResult['search'];
const refine = { key: 'workplace', value: 'remote' };
if (!chromiumPath) {
  search = { skipped: `no Chromium. ${INSTALL_HINT}` };
  console.warn(`Search bytes: n/a (${search.skipped})`);
} else {
  console.log('Measuring search in Chromium…');
  try {
    const cost = await measureSearchSettled(distDir, values.query, refine);
    search = {
      query: values.query,
      refine,
      firstQueryBytes: cost.firstQueryBytes,
      refinedQueryBytes: cost.refinedQueryBytes,
      requests: cost.requests,
      firstByKind: cost.firstByKind,
      refinedByKind: cost.refinedByKind,
    };
  } catch (error) {
    search = { skipped: `measuring in Chromium failed: ${(error as Error).message.split('\n')[0]}` };
    console.warn(`Search bytes: n/a (${search.skipped})`);
  }
}

const home = pages.find((p) => p.name === 'Home');
const budgets = checkBudgets({
  listings: jobs,
  wallMs,
  peakMemoryBytes: memory.peakBytes,
  homeHtmlCssGzip: home?.htmlCssGzip ?? null,
  jobHtmlCssGzip: largestJob?.htmlCssGzip ?? null,
  renderBlocking,
  ourSearchScriptGzip: ourScript,
  search: 'skipped' in search ? null : search,
  searchSkipReason: 'skipped' in search ? search.skipped : undefined,
});

const cpuList = cpus();
const { samples, ...peak } = memory;
const phases = splitPhases(lines, wallMs);

let rebuild: BenchResult['rebuild'];
if (values.rebuild) {
  const change = applyRebuildChange(contentDir, buildDate);
  // A host's CI starts from a clean checkout; only the caches in node_modules/ carry over.
  rmSync(distDir, { recursive: true, force: true });
  console.log(`\nRebuilding after a change: ${change}`);
  const run = await runBuild(join(outDir, `bench-${jobs}-rebuild.log`));
  if (run.exitCode !== 0) console.error(`The rebuild failed (exit code ${run.exitCode}): see bench-${jobs}-rebuild.log`);
  const rebuildPhases = splitPhases(run.lines, run.wallMs);
  rebuild = {
    change,
    exitCode: run.exitCode,
    wallMs: run.wallMs,
    cpu: run.cpu,
    peakMemoryBytes: run.memory.peakBytes,
    pages: countPages(run.lines),
    phases: rebuildPhases,
    peakPhase: phaseAt(rebuildPhases.markers, run.memory.peakAtMs),
    peakProcesses: run.memory.peakProcesses,
  };
}
const result: BenchResult = {
  schema: 1,
  startedAt,
  machine: {
    cpus: cpuList.length,
    cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
    memoryBytes: totalmem(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: { before: Math.round(loadBefore * 100) / 100, after: Math.round(loadAfter * 100) / 100 },
  },
  params: { jobs, companies, seed, buildDate },
  generation,
  build: {
    exitCode,
    wallMs,
    listingsPerSecond: Math.round(jobs / (wallMs / 1000)),
    cpu,
    memory: {
      ...peak,
      perSecond: perSecond(samples),
      peakPhase: phaseAt(phases.markers, peak.peakAtMs),
      peakByPhase: peakByPhase(samples, phases.markers),
    },
  },
  phases,
  dist,
  pages,
  jobPagesSampled: jobPages.length,
  ourSearchScriptGzip: ourScript,
  search,
  budgets,
  ...(rebuild && { rebuild }),
};

const report = formatReport(result);
writeFileSync(join(outDir, `bench-${jobs}.json`), `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(join(outDir, `bench-${jobs}.md`), report);
console.log(`\n${report}`);
console.log(`Wrote ${join(outDir, `bench-${jobs}.json`)} and bench-${jobs}.md`);
if (values.keep) console.log(`Kept content and dist in ${work} (Astro cache: ${astroCache})`);
if (shownMarkers === 0) console.warn('No phase markers were recognised in the build output; the time split is all "other".');
cleanUp();

const over = overBudget(budgets);
if (rebuild && rebuild.exitCode !== 0) process.exitCode = 1;
if (values.budget && over.length > 0) {
  console.error(`Over budget: ${over.map((c) => c.label).join(', ')}`);
  process.exitCode = 1;
}

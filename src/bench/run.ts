/**
 * One benchmark run (`npm run bench`): generates a synthetic board of N
 * listings in a temporary folder, builds it with the same `npm run build`
 * users run, and reports wall time, peak memory of the whole process tree,
 * a time split by phase, the size of dist/, what key pages weigh over the
 * wire and what search fetches. Writes <out>/bench-<N>.json,
 * <out>/bench-<N>.md and the build log <out>/bench-<N>.log.
 *
 * --rebuild then applies a small change (src/bench/rebuild.ts), empties
 * dist/ and builds again with Astro's and the social cards' caches warm, the
 * way a host's CI that keeps node_modules/ rebuilds after a merge. It is reported
 * beside the cold build and judged against its own budget (budgets.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { checkBudgets, overBudget } from './budgets.ts';
import { cardsPainted } from './cards-painted.ts';
import { socialCardsSetting } from '../social/setting.ts';
import { formatReport, perSecond } from './format.ts';
import { writeContent } from './generate.ts';
import { folderSize, weighPages } from './measure-dist.ts';
import type { BenchOptions } from './options.ts';
import { peakByPhase, phaseAt, splitPhases, type Markers } from './phases.ts';
import type { BenchResult, Machine } from './result.ts';
import { runBuild, type BuildRun } from './run-build.ts';
import { measureSearchForBench } from './search.ts';
import { formatCount, formatMs } from './units.ts';
import { warmRebuild } from './warm-rebuild.ts';
import { createWorkspace, type Workspace } from './workspace.ts';

/** Runs the benchmark and writes its report; resolves to the exit code. */
export async function runBench(options: BenchOptions): Promise<number> {
  const { jobs, companies, seed, buildDate, outDir } = options;
  mkdirSync(outDir, { recursive: true });
  const workspace = createWorkspace(jobs, options);

  const startedAt = new Date().toISOString();
  const loadBefore = loadavg()[0]!;
  console.log(`Generating ${formatCount(jobs)} listings and ${formatCount(companies)} companies (seed ${seed}) in ${workspace.contentDir}`);
  const genStart = performance.now();
  const written = writeContent(workspace.contentDir, { jobs, companies, seed, buildDate });
  const generation = { ms: Math.round(performance.now() - genStart), ...written };
  console.log(`  ${formatCount(written.files)} files, ${(written.bytes / 1024 ** 2).toFixed(1)} MB in ${formatMs(generation.ms)}`);

  const build = await runBuild(workspace, buildDate, join(outDir, `bench-${jobs}.log`));
  const loadAfter = loadavg()[0]!;
  if (build.exitCode !== 0) {
    reportFailedBuild(build, workspace, options.keep);
    return 1;
  }

  const dist = folderSize(workspace.distDir);
  const { pages, jobPages, largestJob, renderBlocking, ourScript } = weighPages(workspace.distDir);
  const search = await measureSearchForBench(workspace.distDir, options.query);
  const home = pages.find((p) => p.name === 'Home');
  const phases = splitPhases(build.lines, build.wallMs);
  const rebuild = options.rebuild ? await warmRebuild(workspace, options) : undefined;
  const budgets = checkBudgets({
    listings: jobs,
    wallMs: build.wallMs,
    cardsWarm: cardsPainted(build.lines) === 0,
    peakMemoryBytes: build.memory.peakBytes,
    distBytes: dist.bytes,
    rebuildWallMs: rebuild?.wallMs ?? null,
    homeHtmlCssGzip: home?.htmlCssGzip ?? null,
    jobHtmlCssGzip: largestJob?.htmlCssGzip ?? null,
    renderBlocking,
    ourSearchScriptGzip: ourScript,
    search: 'skipped' in search ? null : search,
    searchSkipReason: 'skipped' in search ? search.skipped : undefined,
  });
  const result: BenchResult = {
    schema: 1,
    startedAt,
    machine: machine(loadBefore, loadAfter),
    params: { jobs, companies, seed, buildDate, socialCards: socialCardsSetting() },
    generation,
    build: buildResult(build, jobs, phases.markers),
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
  if (options.keep) console.log(`Kept content and dist in ${workspace.work} (Astro cache: ${workspace.astroCache})`);
  if (build.shownMarkers === 0) console.warn('No phase markers were recognised in the build output; the time split is all "other".');
  workspace.cleanUp();

  const over = overBudget(budgets);
  let exitCode = 0;
  if (rebuild && rebuild.exitCode !== 0) exitCode = 1;
  if (options.budget && over.length > 0) {
    console.error(`Over budget: ${over.map((c) => c.label).join(', ')}`);
    exitCode = 1;
  }
  return exitCode;
}

function reportFailedBuild(build: BuildRun, workspace: Workspace, keep: boolean): void {
  console.error(`\nThe build failed (exit code ${build.exitCode}) after ${formatMs(build.wallMs)}. Last lines:\n`);
  console.error(
    build.lines
      .slice(-40)
      .map((l) => l.text)
      .join('\n'),
  );
  console.error(keep ? `\nContent kept in ${workspace.work}` : `\nRe-run with --keep to inspect ${workspace.contentDir}`);
  workspace.cleanUp();
}

function machine(loadBefore: number, loadAfter: number): Machine {
  const cpuList = cpus();
  return {
    cpus: cpuList.length,
    cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
    memoryBytes: totalmem(),
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    loadAverage: { before: Math.round(loadBefore * 100) / 100, after: Math.round(loadAfter * 100) / 100 },
  };
}

function buildResult(build: BuildRun, jobs: number, markers: Markers): BenchResult['build'] {
  const { samples, ...peak } = build.memory;
  return {
    exitCode: build.exitCode,
    wallMs: build.wallMs,
    listingsPerSecond: Math.round(jobs / (build.wallMs / 1000)),
    cpu: build.cpu,
    memory: {
      ...peak,
      perSecond: perSecond(samples),
      peakPhase: phaseAt(markers, peak.peakAtMs),
      peakByPhase: peakByPhase(samples, markers),
    },
  };
}

/** One `npm run build`, exactly as users run it, with every output line timed and the process tree's memory sampled. */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { cleanEnv } from '../../test/support/fixture.ts';
import { findMarkers, type TimedLine } from './phases.ts';
import { childrenCpu, cpuBetween, sampleTreeMemory, type CpuTime, type MemoryReport } from './proc.ts';
import { formatMs } from './units.ts';
import { ROOT, type Workspace } from './workspace.ts';

export interface BuildRun {
  exitCode: number | null;
  wallMs: number;
  lines: TimedLine[];
  memory: MemoryReport;
  /** CPU the whole build used, on all cores; null without /proc. */
  cpu: CpuTime | null;
  /** Phase markers echoed while it ran; none means the time split is all "other". */
  shownMarkers: number;
}

/** The build's environment: the generated content, its own dist/, and a pinned build date. */
function buildEnv(workspace: Workspace, buildDate: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...cleanEnv(),
    ASTRO_TELEMETRY_DISABLED: '1',
    CONTENT_DIR: workspace.contentDir,
    OUT_DIR: workspace.distDir,
    BUILD_DATE: buildDate,
    BASE_PATH: '/',
    // Astro's lines as they happen, not held back until validation passes, so its phases are timed right.
    BUILD_STREAM_ASTRO: '1',
  };
  delete env['SITE_URL'];
  return env;
}

/** Markers that are counts or sub-timings, not the start of a phase: not echoed as progress. */
const quietMarkers = ['pagesBuilt', 'pagesIndexed', 'pagefindReportedMs', 'socialAheadPainted', 'socialAheadMs'];

/** Runs `npm run build`, logging every line with its time, and samples the process tree's memory. */
export async function runBuild(workspace: Workspace, buildDate: string, logPath: string): Promise<BuildRun> {
  const { project } = workspace;
  console.log(`Building with npm run build in ${project === ROOT ? 'this checkout' : `a snapshot of it (${project})`} (log: ${logPath})`);
  const log = createWriteStream(logPath);
  const lines: TimedLine[] = [];
  const cpuBefore = childrenCpu();
  const buildStart = performance.now();
  const child = spawn('npm', ['run', 'build'], { cwd: project, env: buildEnv(workspace, buildDate), stdio: ['ignore', 'pipe', 'pipe'] });
  const sampler = existsSync('/proc') && child.pid ? sampleTreeMemory(child.pid, 100) : undefined;
  let shownMarkers = 0;
  const onLine = (text: string) => {
    const t = Math.round(performance.now() - buildStart);
    lines.push({ t, text });
    log.write(`${(t / 1000).toFixed(2).padStart(8)}  ${text}\n`);
    // Echo the phase markers as they arrive, so a long run shows progress.
    const found = findMarkers([{ t, text }]);
    const hit = Object.entries(found).some(([key, value]) => value !== null && !quietMarkers.includes(key));
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

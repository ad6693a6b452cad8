/** `--rebuild`: a small change to the content, then the same build again with the caches warm (rebuild.ts). */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { phaseAt, splitPhases } from './phases.ts';
import { applyRebuildChange, countPages } from './rebuild.ts';
import type { BenchResult } from './result.ts';
import { runBuild } from './run-build.ts';
import type { Workspace } from './workspace.ts';

export async function warmRebuild(
  workspace: Workspace,
  options: { jobs: number; buildDate: string; outDir: string },
): Promise<NonNullable<BenchResult['rebuild']>> {
  const { jobs, buildDate, outDir } = options;
  const change = applyRebuildChange(workspace.contentDir, buildDate);
  // A host's CI starts from a clean checkout; only the caches in node_modules/ carry over.
  rmSync(workspace.distDir, { recursive: true, force: true });
  console.log(`\nRebuilding after a change: ${change}`);
  const run = await runBuild(workspace, buildDate, join(outDir, `bench-${jobs}-rebuild.log`));
  if (run.exitCode !== 0) console.error(`The rebuild failed (exit code ${run.exitCode}): see bench-${jobs}-rebuild.log`);
  const phases = splitPhases(run.lines, run.wallMs);
  return {
    change,
    exitCode: run.exitCode,
    wallMs: run.wallMs,
    cpu: run.cpu,
    peakMemoryBytes: run.memory.peakBytes,
    pages: countPages(run.lines),
    phases,
    peakPhase: phaseAt(phases.markers, run.memory.peakAtMs),
    peakProcesses: run.memory.peakProcesses,
  };
}

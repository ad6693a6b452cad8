/**
 * Where a benchmark run works: a temporary folder for the generated
 * content and dist/, and the project it builds. The build runs in a
 * snapshot of the project (a copy of the working tree next to the content,
 * sharing node_modules): Astro keeps build state in the project's .astro/
 * folder, so two builds in one checkout at the same time break each other,
 * and files edited mid-run would change what is measured. --in-place
 * builds in the checkout itself.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';

/** The checkout this code runs from. */
export const ROOT = resolve(import.meta.dirname, '../..');

export interface Workspace {
  /** The temporary folder holding everything below. */
  work: string;
  contentDir: string;
  distDir: string;
  /** Where `npm run build` runs: a snapshot of the checkout, or the checkout itself. */
  project: string;
  /** Astro's content cache for this content folder, in the checkout's node_modules. */
  astroCache: string;
  /** Deletes the folder and the cache, unless they are to be kept. */
  cleanUp: () => void;
}

/** Build-state and output folders that never belong in a snapshot. */
function excludedFromSnapshot(path: string, outDir: string): boolean {
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
function snapshotProject(target: string, outDir: string): string {
  cpSync(ROOT, target, { recursive: true, filter: (source) => !excludedFromSnapshot(relative(ROOT, source), outDir) });
  symlinkSync(join(ROOT, 'node_modules'), join(target, 'node_modules'), 'dir');
  return target;
}

/** Makes the folder for a run of `jobs` listings; Ctrl-C cleans it up too. */
export function createWorkspace(jobs: number, options: { inPlace: boolean; keep: boolean; outDir: string }): Workspace {
  const work = mkdtempSync(join(tmpdir(), `openings-bench-${jobs}-`));
  const contentDir = join(work, 'content');
  const project = options.inPlace ? ROOT : snapshotProject(join(work, 'project'), options.outDir);
  // astro.config.mjs keys the content cache by CONTENT_DIR; a fresh folder means a cold build.
  const astroCache = join(ROOT, 'node_modules/.astro-cache', createHash('sha1').update(contentDir).digest('hex').slice(0, 12));
  const cleanUp = () => {
    if (options.keep) return;
    rmSync(work, { recursive: true, force: true });
    rmSync(astroCache, { recursive: true, force: true });
  };
  process.once('SIGINT', () => {
    cleanUp();
    process.exit(130);
  });
  return { work, contentDir, distDir: join(work, 'dist'), project, astroCache, cleanUp };
}

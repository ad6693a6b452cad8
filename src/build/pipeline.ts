/**
 * `npm run build`, stage by stage:
 *
 *   1. validate       every listing and profile (scripts/validate.ts)
 *   2. astro build    the pages, search records and the list of social cards
 *   3. index search   Pagefind, one bundle per index part (../search/indexer.ts)
 *   4. paint cards    each open job's social image (../social/place-cards.ts), unless
 *                     socialCards is 'board'
 *   5. host config    dist/ against the limits of the hosts in docs/deploy.md
 *
 * Astro's own lifecycle work (the render cache, host headers) is in the
 * `openings()` integration (../integrations/openings.ts).
 *
 * What runs side by side, and why (the measurements are in docs/performance.md):
 * - Stages 1 and 2 start together: Astro renders on one thread, so the
 *   validator uses a core that would sit idle. Astro's output is held until
 *   validation passes; if it fails, Astro is stopped and only the
 *   validator's report is shown. (BUILD_STREAM_ASTRO=1, which the benchmark
 *   sets, shows Astro's lines as they come.) Once validation has passed,
 *   the card warmer paints ahead on that core while Astro renders.
 * - Stages 3 and 4 run one after the other on a board of one index part:
 *   Pagefind writing it is the build's memory peak, and the painter would
 *   add to it. With several parts Astro's own peak is far higher than one
 *   part's plus the painter's, so they run side by side.
 * - The indexer runs in this process: one of its own would add its memory
 *   beside Pagefind at the peak.
 */
import { siteUrlProblem } from '../lib/urls.ts';
import { startAstroBuild } from './astro.ts';
import { startCardWarmer } from './card-warmer.ts';
import { runModule, startModule } from './node-process.ts';
import { exited } from './exited.ts';
import { builtSiteDir } from './out-dir.ts';
import { indexSearch } from '../search/indexer.ts';
import { searchRecordFiles } from '../search/record-files.ts';
import { placeSocialCards } from '../social/place-cards.ts';
import { perJobCards, socialCardsProblem } from '../social/setting.ts';
import { reportHostLimits } from '../hosting/host-limits-report.ts';

const validator = new URL('../../scripts/validate.ts', import.meta.url);
const painter = new URL('../social/place-cards.ts', import.meta.url);

/** Runs every stage; resolves with the exit status for the command. */
export async function runBuild(astroArgs: readonly string[]): Promise<number> {
  // A mistyped SITE_URL would otherwise stop Astro with "Invalid URL", or quietly build at the wrong address.
  const settingsProblem = siteUrlProblem(process.env['SITE_URL'], process.env['BASE_PATH']) ?? socialCardsProblem();
  if (settingsProblem) {
    console.error(`✖ ${settingsProblem}`);
    return 2;
  }
  const outDir = builtSiteDir();

  // 1. Validate, while 2. Astro builds.
  const astro = startAstroBuild(astroArgs, { holdOutput: process.env['BUILD_STREAM_ASTRO'] !== '1' });
  const validation = await runModule(validator, 'inherit', ['--for-build']);
  if (validation !== 0) {
    await astro.stop();
    return validation;
  }
  astro.release();
  const warmer = astro.running() && perJobCards() ? startCardWarmer() : undefined;
  const astroStatus = await astro.done;
  await warmer?.stop();
  if (astroStatus !== 0) return astroStatus;

  // 3. Index search and 4. paint cards.
  const sideBySide = searchRecordFiles(outDir).length > 1;
  const painting = sideBySide ? startModule(painter, 'inherit') : undefined;
  // Listened for now: a painter that finishes before the index (cards already cached) would close unheard.
  const paintingDone = painting ? exited(painting) : undefined;
  try {
    await indexSearch(outDir);
  } catch (error) {
    painting?.kill();
    throw error;
  }
  if (paintingDone) {
    const painted = await paintingDone;
    if (painted !== 0) return painted;
  } else {
    await placeSocialCards(outDir);
  }

  // 5. Host config: the header files are written by the integration; here, what the hosts accept.
  reportHostLimits(outDir);
  return 0;
}

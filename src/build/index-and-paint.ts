/**
 * The step of `npm run build` after `astro build`: builds the search index
 * (src/search/indexer.ts) and places the social images
 * (src/social/place-cards.ts).
 *
 * Pagefind keeps about one CPU busy, so on a machine with two or more cores
 * the painter can use the other one. Whether they run side by side depends
 * on memory. A board of one search part (up to 10 000 open jobs) runs them
 * one after the other: Pagefind writing that part is the build's memory
 * peak (2.4–2.7 GB at 10 000), and the painter (~140 MB) would add to it.
 * With several parts, Astro's own peak is far higher (5.7 GB at 50 000)
 * than Pagefind's for one part plus the painter's, so side by side they
 * save time without raising the build's peak: at 50 000 the two took 342 s
 * together against 153 s + 231 s, at 100 000 711 s against 338 s + 531 s
 * (docs/performance.md).
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { exited } from './exited.ts';
import { searchRecordFiles } from '../search/record-files.ts';
import { builtSiteDir } from './out-dir.ts';

const parts = searchRecordFiles(builtSiteDir()).length;
// Side by side, the painter gets a process of its own.
const painterProcess =
  parts > 1
    ? spawn(process.execPath, [fileURLToPath(new URL('../social/place-cards.ts', import.meta.url))], { stdio: 'inherit' })
    : undefined;
const painterExit = painterProcess ? exited(painterProcess) : undefined;

/*
 * The indexer runs in this process (importing the script runs it): a Node
 * process of its own would add ~60 MB beside Pagefind at the build's memory
 * peak. One after the other, the painter then runs here too.
 */
try {
  await import('../search/indexer.ts');
} catch (error) {
  painterProcess?.kill();
  throw error;
}
if (painterExit) process.exitCode = await painterExit;
else await import('../social/place-cards.ts');

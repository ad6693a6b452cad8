/**
 * Places every open job's social image in the built site (a stage of
 * `npm run build`, after `astro build`). Astro writes the list of cards to
 * dist/social-cards.json; this reads it, hard-links each card already in the
 * cache (./cache.ts; most are there already, painted by the warmer while
 * Astro built) and paints the rest on every core, then deletes the list.
 * Outside Astro's render loop a cached card costs a link instead of a read,
 * a response and a write.
 */
import { availableParallelism } from 'node:os';
import { copyFileSync, linkSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { SocialCardList } from './cards.ts';
import { paintBackground } from './paint.ts';
import { cachedCardFile, ensureCached, logoLoader, markPlaced, prepareEntry, pruneUnusedCards, UNUSED_CARD_DAYS } from './cache.ts';
import { builtSiteDir } from '../build/out-dir.ts';
import { perJobCards } from './setting.ts';

/** Puts the cached file at `target`: a hard link where the file system allows, else a copy. */
function place(cached: string, target: string) {
  mkdirSync(dirname(target), { recursive: true });
  rmSync(target, { force: true });
  try {
    linkSync(cached, target);
  } catch {
    copyFileSync(cached, target);
  }
}

export async function placeSocialCards(outDir: string): Promise<void> {
  const listFile = join(outDir, 'social-cards.json');
  const started = performance.now();
  const list = JSON.parse(readFileSync(listFile, 'utf8')) as SocialCardList;
  const logoFor = logoLoader();
  const background = paintBackground(list.boardName);

  let painted = 0;
  let next = 0;
  // sharp paints on libuv's threads: a few cards in flight per core keep every core busy.
  const workers = Array.from({ length: availableParallelism() + 1 }, async () => {
    while (next < list.cards.length) {
      const entry = list.cards[next++]!;
      const card = await prepareEntry(entry, list.boardName, logoFor);
      // Marked first: a build sharing the cache then never prunes a card this one is about to link.
      markPlaced(cachedCardFile(card));
      if (await ensureCached(card, await background)) painted++;
      place(cachedCardFile(card), join(outDir, entry.path));
    }
  });
  await Promise.all(workers);
  rmSync(listFile);
  const pruned = pruneUnusedCards();

  const ms = Math.round(performance.now() - started);
  const off = perJobCards() ? '' : `; per-job cards are off, socialCards is 'board'`;
  const unused = pruned > 0 ? `; ${pruned} cached cards unused for ${UNUSED_CARD_DAYS} days deleted` : '';
  console.log(
    `Social images: ${list.cards.length} cards (${painted} painted, ${list.cards.length - painted} from cache${off}${unused}) in ${ms} ms`,
  );
}

// The build runs this in a process of its own when it paints beside Pagefind (../build/pipeline.ts).
if (import.meta.main) await placeSocialCards(builtSiteDir());

/**
 * Paints every open job's social image (part of `npm run build`, after
 * `astro build`). Astro writes the list of cards to dist/social-cards.json;
 * this reads it, hard-links each card already in the cache
 * (node_modules/.cache/openings-social, keyed by content, kept between CI
 * runs by deploy.yml) and paints the rest on every core, then deletes the
 * list. Outside Astro's render loop a cached card costs a link instead of a
 * read, a response and a write.
 */
import { availableParallelism } from 'node:os';
import { copyFileSync, existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { SocialCardList } from '../src/data/social-cards.ts';
import { loadLogo, paintBackground, paintCard, prepareCard, type Logo } from './social/paint.ts';

const outDir = resolve(process.env['OUT_DIR'] || 'dist');
const listFile = join(outDir, 'social-cards.json');
const cacheDir = resolve('node_modules/.cache/openings-social');
const started = performance.now();

const list = JSON.parse(readFileSync(listFile, 'utf8')) as SocialCardList;
const logos = new Map<string, Promise<Logo>>();
const logoFor = (file: string) => logos.get(file) ?? logos.set(file, loadLogo(file)).get(file)!;
const background = paintBackground(list.boardName);
mkdirSync(cacheDir, { recursive: true });

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

let painted = 0;
let next = 0;
// sharp paints on libuv's threads: a few cards in flight per core keep every core busy.
const workers = Array.from({ length: availableParallelism() + 1 }, async () => {
  while (next < list.cards.length) {
    const entry = list.cards[next++]!;
    const { path, logo, ...text } = entry;
    const card = prepareCard({ card: { ...text, boardName: list.boardName }, logo: logo ? await logoFor(logo) : undefined });
    const cached = join(cacheDir, `${card.key}.jpg`);
    if (!existsSync(cached)) {
      const jpeg = await paintCard(card, await background);
      // Written under a temporary name first, so an interrupted build never leaves a broken card in the cache.
      writeFileSync(`${cached}.tmp`, jpeg);
      renameSync(`${cached}.tmp`, cached);
      painted++;
    }
    place(cached, join(outDir, path));
  }
});
await Promise.all(workers);
rmSync(listFile);

const ms = Math.round(performance.now() - started);
console.log(`Social images: ${list.cards.length} cards (${painted} painted, ${list.cards.length - painted} from cache) in ${ms} ms`);

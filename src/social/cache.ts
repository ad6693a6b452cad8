/**
 * The social-card cache (node_modules/.cache/openings-social, kept between
 * CI runs by deploy.yml): one PNG per content key, so a card is painted
 * once and reused by every later build until its text or logo changes.
 * Shared by the painter that runs after Astro (src/social/place-cards.ts)
 * and the warmer that paints ahead while Astro builds (warm-cache.ts).
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SocialCardEntry } from './cards.ts';
import { loadLogo, paintCard, prepareCard, type Logo, type PreparedCard } from './paint.ts';
import type { IndexedCanvas } from './indexed-canvas.ts';

const cacheDir = resolve('node_modules/.cache/openings-social');

export const cachedCardFile = (card: PreparedCard) => join(cacheDir, `${card.key}.png`);

/** Loads each logo file once, however many cards show it. */
export function logoLoader(): (file: string) => Promise<Logo> {
  const logos = new Map<string, Promise<Logo>>();
  return (file) => logos.get(file) ?? logos.set(file, loadLogo(file)).get(file)!;
}

/** Lays out a listed card, with its logo when it has one. */
export async function prepareEntry(
  entry: SocialCardEntry,
  boardName: string,
  logoFor: (file: string) => Promise<Logo>,
): Promise<PreparedCard> {
  const { path: _path, logo, ...text } = entry;
  return prepareCard({ card: { ...text, boardName }, logo: logo ? await logoFor(logo) : undefined });
}

/** Paints the card into the cache unless it is there already; true when it painted. */
export async function ensureCached(card: PreparedCard, background: IndexedCanvas): Promise<boolean> {
  const cached = cachedCardFile(card);
  if (existsSync(cached)) return false;
  mkdirSync(cacheDir, { recursive: true });
  const image = await paintCard(card, background);
  // Written under a temporary name first, so an interrupted build never leaves a broken card in the cache.
  // The name is unique per process: the warmer and the painter may paint the same card at once.
  const temporary = `${cached}.${process.pid}.tmp`;
  writeFileSync(temporary, image);
  renameSync(temporary, cached);
  return true;
}

/** A cached card no build has placed for this long is deleted. */
export const UNUSED_CARD_DAYS = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Marks a cached card as placed now, so pruning keeps it; a card not painted yet is new anyway. */
export function markPlaced(file: string, now = new Date()): void {
  try {
    utimesSync(file, now, now);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

/**
 * Deletes the cached cards no build has placed for UNUSED_CARD_DAYS (of
 * edited, closed or deleted jobs, or painted an older way), so a cache a
 * host keeps between builds does not grow without end; returns how many.
 * By age, not by the current build's list: two builds may share one cache
 * (the test suite's fixture builds do), and each keeps what it placed.
 * Files being written (".tmp") are left alone.
 */
export function pruneUnusedCards(now = Date.now(), dir = cacheDir): number {
  if (!existsSync(dir)) return 0;
  let removed = 0;
  for (const name of readdirSync(dir)) {
    if (!/\.(png|jpg)$/.test(name)) continue;
    const file = join(dir, name);
    const placed = statSync(file, { throwIfNoEntry: false })?.mtimeMs;
    if (placed === undefined || now - placed < UNUSED_CARD_DAYS * DAY_MS) continue;
    rmSync(file, { force: true });
    removed++;
  }
  return removed;
}

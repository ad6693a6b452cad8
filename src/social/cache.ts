/**
 * The social-card cache (node_modules/.cache/openings-social, kept between
 * CI runs by deploy.yml): one PNG per content key, so a card is painted
 * once and reused by every later build until its text or logo changes.
 * Shared by the painter that runs after Astro (src/social/place-cards.ts)
 * and the warmer that paints ahead while Astro builds (warm-cache.ts).
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
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

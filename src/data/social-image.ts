/**
 * Paints a job's social image (see src/lib/social-card.ts for the layout)
 * and encodes it to JPEG with sharp, cached by content: the same card is
 * never painted twice, across pages and across builds that keep
 * node_modules/.cache (CI can cache that folder).
 *
 * Cost per card, measured side by side on the 2-core benchmark machine: a
 * whole SVG card through librsvg took 21–24 ms; now the shared background is
 * drawn once and each company's logo once, and a card takes 13–15 ms: Pango
 * text ~2–5 ms, copying and blending ~4 ms, JPEG encoding ~6.5 ms.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import sharp from 'sharp';
import type { Company } from './board.ts';
import {
  backgroundSvg,
  CARD_FONT,
  CARD_HEIGHT,
  CARD_WIDTH,
  socialCardLayout,
  type SocialCard,
  type TextBlock,
} from '../lib/social-card.ts';
import { blendOver, type RgbaImage, type RgbImage } from '../lib/blend.ts';

const cacheDir = resolve('node_modules/.cache/openings-social');
const CACHE_VERSION = '5';

/**
 * The company's logo file, from its profile's `logo:` line (Astro's image
 * metadata has no file path). The validator has already checked that it is
 * a safe image inside content/companies/.
 */
function logoFile(company: Company): string | undefined {
  const profile = company.entry.filePath;
  if (!profile) return undefined;
  const raw = readFileSync(resolve(profile), 'utf8');
  const logo = /^logo:\s*["']?([^"'\r\n]+?)["']?\s*$/m.exec(raw)?.[1];
  if (!logo) return undefined;
  const file = resolve(dirname(resolve(profile)), logo);
  return existsSync(file) ? file : undefined;
}

interface Logo {
  pixels: RgbaImage;
  /** Part of the cache key: a new logo file means new cards. */
  digest: string;
}

// Many jobs share a company: each logo is read and rasterised once per build.
const logos = new Map<string, Promise<Logo | undefined>>();

export function companyLogo(company: Company, size = 96): Promise<Logo | undefined> {
  let logo = logos.get(company.id);
  if (!logo) {
    logo = loadLogo(logoFile(company), size);
    logos.set(company.id, logo);
  }
  return logo;
}

async function loadLogo(file: string | undefined, size: number): Promise<Logo | undefined> {
  if (!file) return undefined;
  const bytes = readFileSync(file);
  const { data, info } = await sharp(bytes)
    .resize(size, size, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { pixels: { data, width: info.width, height: info.height }, digest: createHash('sha1').update(bytes).digest('hex') };
}

const backgrounds = new Map<string, Promise<RgbImage>>();

function background(boardName: string): Promise<RgbImage> {
  let image = backgrounds.get(boardName);
  if (!image) {
    image = sharp(Buffer.from(backgroundSvg(boardName)))
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true })
      .then(({ data, info }) => ({ data, width: info.width, height: info.height }));
    backgrounds.set(boardName, image);
  }
  return image;
}

async function renderText(block: TextBlock): Promise<RgbaImage> {
  const { data, info } = await sharp({
    text: { text: block.markup, font: CARD_FONT, width: block.width, dpi: 72, rgba: true, wrap: 'word-char' },
  })
    .raw()
    .toBuffer({ resolveWithObject: true });
  // Text taller than its box (a very long word wrapped by Pango) is cut rather than spilling over the card.
  return { data, width: info.width, height: Math.min(info.height, block.maxHeight) };
}

export async function renderSocialImage(card: Omit<SocialCard, 'hasLogo'> & { logo?: Logo | undefined }): Promise<Uint8Array> {
  const layout = socialCardLayout({ ...card, hasLogo: card.logo !== undefined });
  const key = createHash('sha1')
    .update(CACHE_VERSION)
    .update(JSON.stringify(layout))
    .update(card.boardName)
    .update(card.logo?.digest ?? '')
    .digest('hex');
  const cached = join(cacheDir, `${key}.jpg`);
  if (existsSync(cached)) return readFileSync(cached);

  const [base, texts] = await Promise.all([background(card.boardName), Promise.all(layout.texts.map(renderText))]);
  const canvas: RgbImage = { data: Buffer.from(base.data), width: CARD_WIDTH, height: CARD_HEIGHT };
  if (layout.logo && card.logo) blendOver(canvas, card.logo.pixels, layout.logo.left, layout.logo.top);
  layout.texts.forEach((block, i) => blendOver(canvas, texts[i]!, block.left, block.top));
  // Huffman optimisation costs ~20% of the encoding for ~12% smaller files: crawlers fetch each card once.
  const jpeg = await sharp(canvas.data, { raw: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 3 } })
    .jpeg({ quality: 80, optimiseCoding: false })
    .toBuffer();
  mkdirSync(cacheDir, { recursive: true });
  writeFileSync(cached, jpeg);
  return jpeg;
}

/**
 * Renders the cards of `items` in the order Astro asks for them, keeping
 * `ahead` renders running. sharp works on libuv's threads, so while Astro
 * writes one card the next ones use the other cores. Memory stays bounded
 * by `ahead`.
 */
export function prefetchingRenderer<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  render: (item: T) => Promise<Uint8Array>,
  ahead = 3,
) {
  const position = new Map(items.map((item, i) => [keyOf(item), i]));
  const started = new Map<string, Promise<Uint8Array>>();
  let next = 0;
  return (item: T): Promise<Uint8Array> => {
    const key = keyOf(item);
    const at = position.get(key) ?? -1;
    while (next < items.length && next <= at + ahead) {
      const upcoming = items[next++]!;
      const upcomingKey = keyOf(upcoming);
      if (!started.has(upcomingKey)) started.set(upcomingKey, render(upcoming));
    }
    const image = started.get(key) ?? render(item);
    started.delete(key);
    return image;
  };
}

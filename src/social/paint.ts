/**
 * Paints a job's social image (layout: src/social/layout.ts) and encodes
 * it to JPEG with sharp. The shared background is drawn once and each logo
 * once; per card only its text is rendered (Pango), blended in JS and
 * encoded. This is faster than drawing each whole card as SVG through
 * librsvg; what each step costs is in docs/performance.md.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import {
  backgroundSvg,
  boardNameBlock,
  CARD_HEIGHT,
  CARD_WIDTH,
  socialCardLayout,
  type CardLayout,
  type SocialCard,
  type TextBlock,
} from './layout.ts';
import { blendOver, type RgbaImage, type RgbImage } from './blend.ts';
import { CARD_FONT, CARD_FONT_FILES, CARD_FONT_VERSION } from './card-font.ts';
import { brandColors } from '../config/brand.ts';

/** Bump to redraw every cached card after changing how cards are painted. */
const PAINT_VERSION = '6';

export interface Logo {
  pixels: RgbaImage;
  /** Part of the cache key: a new logo file means new cards. */
  digest: string;
}

export async function loadLogo(file: string, size = 96): Promise<Logo> {
  const bytes = readFileSync(file);
  const { data, info } = await sharp(bytes)
    .resize(size, size, { fit: 'contain', background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true })
    .catch((error: Error) => {
      // The validator decodes every logo first; this names the file if one still slips through.
      throw new Error(`Could not read the logo ${file}: ${error.message}`);
    });
  return { pixels: { data, width: info.width, height: info.height }, digest: createHash('sha1').update(bytes).digest('hex') };
}

export async function paintBackground(boardName: string): Promise<RgbImage> {
  const { data, info } = await sharp(Buffer.from(backgroundSvg())).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const background = { data, width: info.width, height: info.height };
  const name = boardNameBlock(boardName);
  if (name) blendBlock(background, name, await renderText(name));
  return background;
}

let fontsLoaded: Promise<void> | undefined;

/**
 * Hands both faces of the card font to fontconfig before the first text is
 * drawn: sharp loads one `fontfile` per call, and a card's title (bold) and
 * details (regular) are one piece of markup. Loaded fonts stay for the process.
 */
function loadCardFonts(): Promise<void> {
  fontsLoaded ??= (async () => {
    for (const fontfile of [CARD_FONT_FILES.regular, CARD_FONT_FILES.bold]) {
      await sharp({ text: { text: 'x', font: CARD_FONT, fontfile } })
        .raw()
        .toBuffer();
    }
  })();
  return fontsLoaded;
}

async function renderText(block: TextBlock): Promise<RgbaImage> {
  await loadCardFonts();
  const { data, info } = await sharp({
    text: {
      text: block.markup,
      font: CARD_FONT,
      fontfile: CARD_FONT_FILES.regular,
      width: block.width,
      dpi: 72,
      rgba: true,
      wrap: 'word-char',
    },
  })
    .raw()
    .toBuffer({ resolveWithObject: true });
  // Text taller than its box (a very long word wrapped by Pango) is cut rather than spilling over the card.
  return { data, width: info.width, height: Math.min(info.height, block.maxHeight) };
}

/** Company lines already rendered; bounded, as a board may have thousands of companies. */
const companyLines = new Map<string, Promise<RgbaImage>>();
const COMPANY_LINES_KEPT = 512;

function renderCompanyLine(block: TextBlock): Promise<RgbaImage> {
  const key = JSON.stringify(block);
  const known = companyLines.get(key);
  if (known) return known;
  if (companyLines.size >= COMPANY_LINES_KEPT) companyLines.clear();
  const rendered = renderText(block);
  companyLines.set(key, rendered);
  return rendered;
}

function blendBlock(canvas: RgbImage, block: TextBlock, text: RgbaImage): void {
  blendOver(canvas, text, block.alignRight ? block.left + block.width - text.width : block.left, block.top);
}

export interface CardToPaint {
  card: Omit<SocialCard, 'hasLogo'>;
  logo?: Logo | undefined;
}

export interface PreparedCard extends CardToPaint {
  layout: CardLayout;
  /** Content hash: the same key always paints the same image. */
  key: string;
}

export function prepareCard({ card, logo }: CardToPaint): PreparedCard {
  const layout = socialCardLayout({ ...card, hasLogo: logo !== undefined });
  const key = createHash('sha1')
    .update(PAINT_VERSION)
    .update(CARD_FONT_VERSION)
    // The background's colours are not in the layout: a new brand colour means new cards.
    .update(JSON.stringify(brandColors))
    .update(JSON.stringify(layout))
    .update(card.boardName)
    .update(logo?.digest ?? '')
    .digest('hex');
  return { card, logo, layout, key };
}

export async function paintCard({ layout, logo }: PreparedCard, background: RgbImage): Promise<Uint8Array> {
  const texts = await Promise.all(layout.texts.map((block) => (block.perCompany ? renderCompanyLine(block) : renderText(block))));
  const canvas: RgbImage = { data: Buffer.from(background.data), width: CARD_WIDTH, height: CARD_HEIGHT };
  if (layout.logo && logo) blendOver(canvas, logo.pixels, layout.logo.left, layout.logo.top);
  layout.texts.forEach((block, i) => blendBlock(canvas, block, texts[i]!));
  // Huffman optimisation costs ~20% of the encoding for ~12% smaller files: crawlers fetch each card once.
  return sharp(canvas.data, { raw: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 3 } })
    .jpeg({ quality: 80, optimiseCoding: false })
    .toBuffer();
}

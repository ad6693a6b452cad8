/**
 * Paints a job's social image (layout: src/social/layout.ts) as an indexed
 * PNG. The shared background is drawn once and each logo once, reduced to a
 * few colours; per card only its text is rendered (Pango), painted into the
 * palette in JS (./indexed-canvas.ts) and encoded (./png.ts). This is
 * faster than drawing each whole card as SVG through librsvg, and a third
 * of a JPEG's size; what each step costs is in docs/performance.md.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import {
  backgroundSvg,
  boardNameBlock,
  CARD_PAGE_COLOR,
  socialCardLayout,
  type CardLayout,
  type SocialCard,
  type TextBlock,
} from './layout.ts';
import { copyCanvas, indexedCanvas, paintImage, paintText, type IndexedCanvas, type RgbaImage } from './indexed-canvas.ts';
import { encodeIndexedPng } from './png.ts';
import { CARD_FONT, CARD_FONT_FILES, CARD_FONT_VERSION } from './card-font.ts';
import { brandColors } from '../config/brand.ts';

/** Bump to redraw every cached card after changing how cards are painted. */
const PAINT_VERSION = '7';

export interface Logo {
  pixels: RgbaImage;
  /** Part of the cache key: a new logo file means new cards. */
  digest: string;
}

/** Colours a logo keeps: plenty for a mark, and with the text a card stays well within one palette. */
const LOGO_COLORS = 64;

export async function loadLogo(file: string, size = 96): Promise<Logo> {
  const bytes = readFileSync(file);
  // Flattened onto the card's page colour and reduced once, however many cards show it.
  const { data, info } = await sharp(bytes)
    .resize(size, size, { fit: 'contain', background: CARD_PAGE_COLOR })
    .flatten({ background: CARD_PAGE_COLOR })
    .png({ palette: true, colours: LOGO_COLORS })
    .toBuffer()
    .then((reduced) => sharp(reduced).ensureAlpha().raw().toBuffer({ resolveWithObject: true }))
    .catch((error: Error) => {
      // The validator decodes every logo first; this names the file if one still slips through.
      throw new Error(`Could not read the logo ${file}: ${error.message}`);
    });
  return { pixels: { data, width: info.width, height: info.height }, digest: createHash('sha1').update(bytes).digest('hex') };
}

export async function paintBackground(boardName: string): Promise<IndexedCanvas> {
  const { data, info } = await sharp(Buffer.from(backgroundSvg())).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const background = indexedCanvas({ data, width: info.width, height: info.height });
  const name = boardNameBlock(boardName);
  if (name) paintBlock(background, name, await renderText(name));
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

function paintBlock(canvas: IndexedCanvas, block: TextBlock, text: RgbaImage): void {
  paintText(canvas, text, block.alignRight ? block.left + block.width - text.width : block.left, block.top, block.inks);
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

export async function paintCard({ layout, logo }: PreparedCard, background: IndexedCanvas): Promise<Uint8Array> {
  const texts = await Promise.all(layout.texts.map((block) => (block.perCompany ? renderCompanyLine(block) : renderText(block))));
  const canvas = copyCanvas(background);
  if (layout.logo && logo) paintImage(canvas, logo.pixels, layout.logo.left, layout.logo.top);
  layout.texts.forEach((block, i) => paintBlock(canvas, block, texts[i]!));
  return encodeIndexedPng(canvas);
}

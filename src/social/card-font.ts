/**
 * The font social cards are drawn in: Noto Sans (SIL Open Font License
 * 1.1), shipped through npm by @expo-google-fonts/noto-sans, so a build
 * machine without fonts (a slim container) paints the same cards as any
 * other. The painter hands these files to Pango (sharp's `fontfile`).
 * Static TTF files, because the FreeType inside sharp reads TrueType and
 * OpenType but not WOFF or WOFF2, the only formats @fontsource ships.
 *
 * Noto Sans draws Latin (with accents), Greek, Cyrillic and Devanagari.
 * It has no CJK, Arabic or Hebrew: Pango would borrow those from whatever
 * fonts the machine has, or draw empty boxes. So cards leave out every
 * character the font lacks (see `drawableText`), as they leave out emoji:
 * a title in Japanese or Arabic keeps its company, place and salary but
 * shows no title on the image. The page, og:title and the preview text
 * next to the image still carry the title as written.
 *
 * The machine's fontconfig still sets how glyph edges are hinted (slight on
 * Debian and most systems): one set otherwise moves edge pixels, never letters.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { unicodeCoverage } from './font-coverage.ts';

/**
 * The family name inside the files below: Pango finds them by it. Fontconfig
 * prefers fonts added by file to a machine's own Noto Sans, older or newer.
 */
export const CARD_FONT = 'Noto Sans';

const resolvePackaged = createRequire(import.meta.url).resolve;
export const CARD_FONT_FILES = {
  regular: resolvePackaged('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  bold: resolvePackaged('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
} as const;

/** Part of each card's cache key: a newer release of the font package means new cards. */
export const CARD_FONT_VERSION = (
  JSON.parse(readFileSync(resolvePackaged('@expo-google-fonts/noto-sans/package.json'), 'utf8')) as { version: string }
).version;

let coverage: ReadonlySet<number> | undefined;

const isControl = (codePoint: number) => codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0);

/** The code points both faces draw themselves, control characters aside; read once, from the files. */
function cardFontCoverage(): ReadonlySet<number> {
  if (!coverage) {
    const [regular, bold] = [CARD_FONT_FILES.regular, CARD_FONT_FILES.bold].map((file) => unicodeCoverage(readFileSync(file)));
    coverage = new Set([...regular!].filter((codePoint) => bold!.has(codePoint) && !isControl(codePoint)));
  }
  return coverage;
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Text as the card font can draw it: each character (grapheme, so an accent
 * goes with its letter) that needs a code point the font lacks is left out,
 * and white space it lacks (a tab, an ideographic space) becomes a space.
 * "Backend Engineer 東京" -> "Backend Engineer".
 */
export function drawableText(text: string, covers: ReadonlySet<number> = cardFontCoverage()): string {
  let kept = '';
  for (const { segment } of segmenter.segment(text)) {
    let drawable = true;
    for (const char of segment) drawable &&= covers.has(char.codePointAt(0)!);
    if (drawable) kept += segment;
    else if (/^\s+$/u.test(segment)) kept += ' ';
  }
  return kept === text ? text : kept.replace(/\s{2,}/gu, ' ').trim();
}

/**
 * The social preview image of a job (1200×630): title, company, logo,
 * salary and where applicants may live. This module only lays the card out;
 * src/social/paint.ts paints it. The background is the same for every
 * job and is drawn once per build; only the job's own text is rendered per
 * job (with Pango), which is what keeps 10 000 cards affordable. All text
 * is drawn in the font shipped with the project (./card-font.ts).
 */
import { escapeXml } from '../lib/xml.ts';
import { brandColors } from '../config/brand.ts';
import { CARD_FONT, drawableText } from './card-font.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

export interface SocialCard {
  title: string;
  company: string;
  facts: string;
  salary?: string | undefined;
  hasLogo: boolean;
  boardName: string;
}

/** Pango markup to render at a position, at most `width` wide and `maxHeight` tall (taller text is cut). */
export interface TextBlock {
  markup: string;
  left: number;
  top: number;
  width: number;
  maxHeight: number;
  /** The same on every job of a company (the company line), so a painter may render it once and reuse it. */
  perCompany?: true;
  /** Ends at `left + width` instead of starting at `left`. */
  alignRight?: true;
  /** The colours its markup draws in (hex): the painter keeps the text to these. */
  inks: string[];
}

export interface CardLayout {
  /** Where the company logo goes, when there is one. */
  logo?: { left: number; top: number; size: number };
  texts: TextBlock[];
}

/** Greedy word wrap into at most `maxLines` lines of `width` characters; the last line ends in "…" when cut. */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const words = text
    .trim()
    .split(/\s+/)
    .flatMap((word) => (word.length > width ? (word.match(new RegExp(`.{1,${width}}`, 'gu')) ?? []) : [word]));
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (next.length <= width) line = next;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]!.slice(0, width - 1).trimEnd()}…`;
  return kept;
}

const MARGIN = 80;
const colors = {
  page: brandColors.surface,
  accent: brandColors.accent,
  ink: brandColors.ink,
  muted: brandColors.muted,
  salary: brandColors.accentDeep,
};

/**
 * Noto Sans spaces its lines 1.36 em apart; 0.86 of that (1.17 em) leaves
 * room under a three-line title for the facts and the salary.
 */
const LINE_HEIGHT = 0.86;

/** The card's page colour, under everything; logos are flattened onto it. */
export const CARD_PAGE_COLOR = colors.page;

/** A run of text in Pango markup; listing text is escaped, so it can never add markup of its own. */
function span(text: string, size: number, color: string, bold = false): string {
  const weight = bold ? ' weight="bold"' : '';
  return `<span font_family="${CARD_FONT}" size="${size}pt" line_height="${LINE_HEIGHT}" foreground="${color}"${weight}>${escapeXml(text)}</span>`;
}

/** The shapes every card shares: page colour and accent bar. */
export function backgroundSvg(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">
<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${colors.page}"/>
<rect width="${CARD_WIDTH}" height="14" fill="${colors.accent}"/>
</svg>`;
}

/**
 * Emoji sequences: a pictograph drawn as emoji (🚀, or ❤ with U+FE0F), a
 * flag's regional indicators, and what joins or modifies them (skin tones,
 * tag characters of subdivision flags, U+200D into the next pictograph).
 * Joiners and selectors elsewhere belong to other scripts and stay.
 */
const EMOJI =
  /(?:\p{Extended_Pictographic}\uFE0F|\p{Emoji_Presentation}|\p{Regional_Indicator})(?:\p{Emoji_Modifier}|\uFE0F|[\u{E0020}-\u{E007F}])*(?:\u200D\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F)*)*/gu;
/** A keycap ("1️⃣") keeps its digit. */
const KEYCAP = /([0-9#*])\uFE0F?\u20E3/gu;

/**
 * Card text without emoji: a build machine without an emoji font (most
 * servers) would draw each one as an empty box, and the page itself still
 * shows the title as written. "Rust Engineer 🚀" -> "Rust Engineer".
 */
export function withoutEmoji(text: string): string {
  const stripped = text.replace(KEYCAP, '$1').replace(EMOJI, '');
  return stripped === text ? text : stripped.replace(/\s{2,}/g, ' ').trim();
}

/** What a card shows of a text: no emoji, and only what the card font draws (./card-font.ts). */
const cardText = (text: string) => drawableText(withoutEmoji(text));

/**
 * The board's name, bottom right, painted once over the background; none
 * when the font draws none of it. Pango text like the rest, not SVG text:
 * librsvg would look the family up among the machine's fonts.
 */
export function boardNameBlock(boardName: string): TextBlock | undefined {
  const name = wrapText(cardText(boardName), 50, 1)[0];
  const top = 558;
  return name
    ? {
        markup: span(name, 30, colors.accent, true),
        left: MARGIN,
        top,
        width: CARD_WIDTH - 2 * MARGIN,
        maxHeight: CARD_HEIGHT - top,
        alignRight: true,
        inks: [colors.accent],
      }
    : undefined;
}

/**
 * A job's own text and logo: company beside the logo, then title, facts and
 * salary. A block with nothing left to draw (a company name in a script the
 * font lacks) is left out: Pango cannot render empty text.
 */
export function socialCardLayout(input: SocialCard): CardLayout {
  const company = wrapText(cardText(input.company), 40, 1)[0];
  const titleLines = wrapText(cardText(input.title), 26, 3);
  const facts = wrapText(cardText(input.facts), 56, 1)[0];
  const salary = input.salary === undefined ? undefined : cardText(input.salary);
  const logo = input.hasLogo ? { left: MARGIN, top: 70, size: 96 } : undefined;
  const companyLeft = logo ? logo.left + logo.size + 24 : MARGIN;
  const title = titleLines.map((line) => span(line, 64, colors.ink, true)).join('\n');
  const details = [span(facts ?? '', 34, colors.ink), ...(salary ? [span(salary, 34, colors.salary, true)] : [])].join('\n');
  const top = 190;
  const texts: TextBlock[] = [];
  if (company) {
    texts.push({
      markup: span(company, 38, colors.muted),
      left: companyLeft,
      top: 94,
      width: CARD_WIDTH - companyLeft - MARGIN,
      maxHeight: 60,
      perCompany: true,
      inks: [colors.muted],
    });
  }
  if (titleLines.length > 0 || facts || salary) {
    // A thin empty line between the title and the details, as a gap.
    texts.push({
      markup: `${title}\n${span(' ', 14, colors.ink)}\n${details}`,
      left: MARGIN,
      top,
      width: CARD_WIDTH - 2 * MARGIN,
      maxHeight: 530 - top,
      inks: salary ? [colors.ink, colors.salary] : [colors.ink],
    });
  }
  return { ...(logo ? { logo } : {}), texts };
}

/**
 * The social preview image of a job (1200×630): title, company, logo,
 * salary and where applicants may live. This module only lays the card out;
 * src/social/paint.ts paints it. The background is the same for every
 * job and is drawn once per build; only the job's own text is rendered per
 * job (with Pango), which is what keeps 10 000 cards affordable.
 */
import { escapeXml } from '../lib/xml.ts';
import { brandColors } from '../config/brand.ts';

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

export const CARD_FONT = 'DejaVu Sans';
const MARGIN = 80;
const colors = {
  page: brandColors.surface,
  accent: brandColors.accent,
  ink: brandColors.ink,
  muted: brandColors.muted,
  salary: brandColors.accentDeep,
};

/** A run of text in Pango markup; listing text is escaped, so it can never add markup of its own. */
function span(text: string, size: number, color: string, bold = false): string {
  return `<span font_family="${CARD_FONT}" size="${size}pt" foreground="${color}"${bold ? ' weight="bold"' : ''}>${escapeXml(text)}</span>`;
}

/** The part every card shares: page colour, accent bar and the board's name. */
export function backgroundSvg(boardName: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">
<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${colors.page}"/>
<rect width="${CARD_WIDTH}" height="14" fill="${colors.accent}"/>
<text x="${CARD_WIDTH - MARGIN}" y="580" text-anchor="end" font-family="${CARD_FONT}" font-size="30" font-weight="700" fill="${colors.accent}">${escapeXml(boardName)}</text>
</svg>`;
}

/** A job's own text and logo: company beside the logo, then title, facts and salary. */
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

export function socialCardLayout(input: SocialCard): CardLayout {
  const card = { ...input, title: withoutEmoji(input.title), company: withoutEmoji(input.company), facts: withoutEmoji(input.facts) };
  const logo = card.hasLogo ? { left: MARGIN, top: 70, size: 96 } : undefined;
  const companyLeft = logo ? logo.left + logo.size + 24 : MARGIN;
  const title = wrapText(card.title, 26, 3)
    .map((line) => span(line, 64, colors.ink, true))
    .join('\n');
  const details = [
    span(wrapText(card.facts, 56, 1)[0] ?? '', 34, colors.ink),
    ...(card.salary ? [span(card.salary, 34, colors.salary, true)] : []),
  ].join('\n');
  const top = 190;
  return {
    ...(logo ? { logo } : {}),
    texts: [
      {
        markup: span(wrapText(card.company, 40, 1)[0] ?? '', 38, colors.muted),
        left: companyLeft,
        top: 94,
        width: CARD_WIDTH - companyLeft - MARGIN,
        maxHeight: 60,
        perCompany: true,
      },
      // A thin empty line between the title and the details, as a gap.
      {
        markup: `${title}\n${span(' ', 14, colors.ink)}\n${details}`,
        left: MARGIN,
        top,
        width: CARD_WIDTH - 2 * MARGIN,
        maxHeight: 530 - top,
      },
    ],
  };
}

/**
 * The social preview image of a job (1200×630), as SVG: title, company,
 * logo, salary and where applicants may live. Rendered to JPEG at build time.
 * Text is wrapped by character count: no font measuring, so it stays fast.
 */
import { escapeXml } from './xml.ts';

export interface SocialCard {
  title: string;
  company: string;
  facts: string;
  salary?: string | undefined;
  logoDataUri?: string | undefined;
  boardName: string;
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

const FONT = "DejaVu Sans, 'Helvetica Neue', Arial, sans-serif";

export function socialCardSvg(card: SocialCard): string {
  const title = wrapText(card.title, 28, 3);
  const titleTop = 250;
  const lines = title.map((line, i) => `<tspan x="80" y="${titleTop + i * 76}">${escapeXml(line)}</tspan>`).join('');
  const below = titleTop + title.length * 76 + 20;
  const logo = card.logoDataUri
    ? `<image href="${escapeXml(card.logoDataUri)}" x="80" y="70" width="96" height="96" preserveAspectRatio="xMidYMid meet"/>`
    : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" viewBox="0 0 1200 630">
<rect width="1200" height="630" fill="#f7f6fc"/>
<rect width="1200" height="14" fill="#5b3fd1"/>
${logo}
<text x="${card.logoDataUri ? 200 : 80}" y="133" font-family="${FONT}" font-size="38" fill="#55516a">${escapeXml(wrapText(card.company, 40, 1)[0] ?? '')}</text>
<text font-family="${FONT}" font-size="64" font-weight="700" fill="#1f1b2e">${lines}</text>
<text x="80" y="${below + 30}" font-family="${FONT}" font-size="34" fill="#1f1b2e">${escapeXml(wrapText(card.facts, 56, 1)[0] ?? '')}</text>
${card.salary ? `<text x="80" y="${below + 82}" font-family="${FONT}" font-size="34" font-weight="700" fill="#3d2a9c">${escapeXml(card.salary)}</text>` : ''}
<text x="1120" y="580" text-anchor="end" font-family="${FONT}" font-size="30" font-weight="700" fill="#5b3fd1">${escapeXml(card.boardName)}</text>
</svg>`;
}

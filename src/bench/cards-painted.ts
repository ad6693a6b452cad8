/**
 * How many social cards a build painted, from its output: those painted
 * while Astro built and those painted after (src/social/warm-cache.ts,
 * place-cards.ts). None means every card came from the cache, the build the
 * "cards already painted" budget is for.
 */
import { stripAnsi, type TimedLine } from './phases.ts';

const ahead = /^Social images ahead: (\d+) painted/;
const after = /^Social images: \d+ cards \((\d+) painted/;

/** Cards painted in the build, or null when its output names no card painting at all. */
export function cardsPainted(lines: readonly Pick<TimedLine, 'text'>[]): number | null {
  let painted: number | null = null;
  for (const { text } of lines) {
    const match = ahead.exec(stripAnsi(text)) ?? after.exec(stripAnsi(text));
    if (match) painted = (painted ?? 0) + Number(match[1]);
  }
  return painted;
}

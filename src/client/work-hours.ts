/**
 * The job page's working-hours window in the visitor's own clock: "that is
 * 08:00–16:00 your time · fits your day". Worked out from the visitor's
 * zone on today's date (Intl), so daylight saving is right. Without script
 * the page shows the window in UTC, which stays true.
 */
import { clock, hoursForVisitor } from '../lib/time-zones.ts';

/** The visitor's offset today, minutes east of UTC (getTimezoneOffset counts the other way). */
const visitorOffset = () => -new Date().getTimezoneOffset();

export function describeHours(from: number, to: number, offset: number): string {
  const { start, end, fits, overlapHours } = hoursForVisitor({ from, to }, offset);
  const fit = fits
    ? 'fits your day'
    : overlapHours > 0
      ? `${Number.isInteger(overlapHours) ? overlapHours : overlapHours.toFixed(1)} h overlap with your working day`
      : 'no overlap with your working day';
  return `That is ${clock(start)}–${clock(end)} your time · ${fit}`;
}

export function showWorkHours(root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-work-hours]')) {
    const from = Number(el.dataset['from']);
    const to = Number(el.dataset['to']);
    if (!Number.isFinite(from) || !Number.isFinite(to)) continue;
    el.textContent = describeHours(from, to, visitorOffset());
    el.hidden = false;
  }
}

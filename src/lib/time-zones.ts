/**
 * Working-hours windows: "applicants should work within UTC−1 to UTC+3".
 * Offsets are minutes east of UTC. A window whose `from` is east of its
 * `to` (UTC+10 to UTC−8) crosses the date line: it covers +10…+14 and
 * −12…−8. Pure, so the job page's script, search and the validator share it.
 */
export interface OffsetWindow {
  from: number;
  to: number;
}

/** The zones on Earth run from UTC−12 to UTC+14. */
export const MIN_OFFSET = -12 * 60;
export const MAX_OFFSET = 14 * 60;
/** Every real offset is a whole quarter hour (India +5:30, Nepal +5:45). */
export const OFFSET_STEP = 15;

const offsetPattern = /^(?:UTC|GMT)\s*(?:([+\-−])\s*(\d{1,2})(?::?(\d{2}))?)?$/i;

/** "UTC+3", "UTC−1", "GMT+5:30", "UTC" → minutes; undefined when it is not such an offset, or not a real one. */
export function parseUtcOffset(text: string): number | undefined {
  const match = offsetPattern.exec(text.trim());
  if (!match) return undefined;
  const [, sign, hours = '0', minutes = '0'] = match;
  const value = (sign === '+' || sign === undefined ? 1 : -1) * (Number(hours) * 60 + Number(minutes));
  if (Number(minutes) >= 60 || value % OFFSET_STEP !== 0 || value < MIN_OFFSET || value > MAX_OFFSET) return undefined;
  return value;
}

/** 60 → "UTC+1", −90 → "UTC−1:30" (with a real minus sign), 0 → "UTC". */
export function formatUtcOffset(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const abs = Math.abs(minutes);
  const hm = `${Math.floor(abs / 60)}${abs % 60 ? `:${String(abs % 60).padStart(2, '0')}` : ''}`;
  return `UTC${minutes < 0 ? '−' : '+'}${hm}`;
}

export const crossesDateLine = (window: OffsetWindow) => window.from > window.to;

/** "UTC−1 to UTC+3". */
export const windowLabel = (window: OffsetWindow) => `${formatUtcOffset(window.from)} to ${formatUtcOffset(window.to)}`;

/** Short, for cards: "UTC−1…+3". */
export function windowShortLabel(window: OffsetWindow): string {
  return `${formatUtcOffset(window.from)}…${formatUtcOffset(window.to).replace(/^UTC/, '') || '0'}`;
}

export function windowContains(window: OffsetWindow, offset: number): boolean {
  return crossesDateLine(window) ? offset >= window.from || offset <= window.to : offset >= window.from && offset <= window.to;
}

/** Every quarter-hour offset inside the window, west to east: search indexes a job under each. */
export function windowOffsets(window: OffsetWindow): number[] {
  const offsets: number[] = [];
  for (let offset = MIN_OFFSET; offset <= MAX_OFFSET; offset += OFFSET_STEP) if (windowContains(window, offset)) offsets.push(offset);
  return offsets;
}

/** Whether `name` is a time zone this runtime knows ("Europe/Paris"). */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** A zone's offset on a given day, daylight saving included: ("Europe/Berlin", a July date) → 120. */
export function offsetInZone(timeZone: string, at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  return parseUtcOffset(name ?? 'UTC') ?? 0;
}

/** A `?tz=` value: an IANA zone ("Europe/Paris") or an offset ("UTC+2", "+02:00", "-5"); its offset on `at`. */
export function offsetOfSetting(value: string, at: Date): number | undefined {
  if (isTimeZone(value) && /[A-Za-z]/.test(value) && !offsetPattern.test(value)) return offsetInZone(value, at);
  const bare = /^[+\-−]\d/.test(value.trim()) ? `UTC${value.trim()}` : value;
  return parseUtcOffset(bare);
}

/** The working day a window stands for: 09:00–17:00 at its middle offset. */
const DAY_START = 9 * 60;
const DAY_LENGTH = 8 * 60;
const MINUTES_A_DAY = 24 * 60;

function middleOffset(window: OffsetWindow): number {
  const width = crossesDateLine(window) ? window.to + MINUTES_A_DAY - window.from : window.to - window.from;
  const middle = window.from + Math.round(width / 2 / OFFSET_STEP) * OFFSET_STEP;
  return middle > MAX_OFFSET ? middle - MINUTES_A_DAY : middle;
}

export interface HoursForVisitor {
  /** The team's working day in the visitor's clock, minutes after midnight. */
  start: number;
  end: number;
  /** The visitor's own offset lies in the window. */
  fits: boolean;
  /** Hours the team's day and the visitor's 09:00–17:00 share. */
  overlapHours: number;
}

/** What the job page says to a visitor at `visitorOffset`: "that is 08:00–16:00 your time · fits your day". */
export function hoursForVisitor(window: OffsetWindow, visitorOffset: number): HoursForVisitor {
  const shift = visitorOffset - middleOffset(window);
  const wrap = (minutes: number) => ((minutes % MINUTES_A_DAY) + MINUTES_A_DAY) % MINUTES_A_DAY;
  const distance = Math.min(Math.abs(shift), MINUTES_A_DAY - Math.abs(shift));
  return {
    start: wrap(DAY_START + shift),
    end: wrap(DAY_START + DAY_LENGTH + shift),
    fits: windowContains(window, visitorOffset),
    overlapHours: Math.max(0, DAY_LENGTH - distance) / 60,
  };
}

/** 480 → "08:00". */
export const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

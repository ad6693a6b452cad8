import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatDate, todayLocal, todayUtc } from '../../src/lib/dates.ts';
import { closingDate, isOpen } from '../../src/lib/expiry.ts';
import { relativeDays, timeAgo } from '../../src/lib/relative-time.ts';
import { buildDate } from '../../src/board/build-date.ts';

describe('dates', () => {
  it('adds days across months and leap years', () => {
    expect(addDays('2026-11-18', 60)).toBe('2027-01-17');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
  });
  it('counts days between dates', () => {
    expect(daysBetween('2026-11-01', '2026-11-25')).toBe(24);
    expect(daysBetween('2026-11-25', '2026-11-01')).toBe(-24);
  });
  it('formats dates unambiguously', () => {
    expect(formatDate('2026-11-05')).toBe('5 Nov 2026');
  });
  it("formats every day from 1990 to 2060 as Intl's en-GB does", () => {
    const intl = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
    for (let date = '1990-01-01'; date <= '2060-12-31'; date = addDays(date, 1)) {
      expect(formatDate(date), date).toBe(intl.format(new Date(`${date}T00:00:00Z`)));
    }
  });
  it('reads today in UTC', () => {
    expect(todayUtc(new Date('2026-11-25T23:59:00-05:00'))).toBe('2026-11-26');
  });
  it.each([
    ['America/Los_Angeles', '2026-11-25T04:00:00Z', '2026-11-24'],
    ['Asia/Tokyo', '2026-11-24T22:00:00Z', '2026-11-25'],
    ['UTC', '2026-11-24T22:00:00Z', '2026-11-24'],
  ])("reads today on the visitor's own calendar in %s", (zone, instant, day) => {
    const before = process.env['TZ'];
    process.env['TZ'] = zone;
    try {
      expect(todayLocal(new Date(instant))).toBe(day);
    } finally {
      if (before === undefined) delete process.env['TZ'];
      else process.env['TZ'] = before;
    }
  });
});

describe('expiry', () => {
  it('closes a listing the default number of days after posting', () => {
    expect(closingDate({ posted: '2026-10-01' }, 60)).toBe('2026-11-30');
  });
  it('prefers an explicit expiry date', () => {
    expect(closingDate({ posted: '2026-10-01', expires: '2026-10-15' }, 60)).toBe('2026-10-15');
  });
  it('is open through the closing day and closed the day after', () => {
    const job = { posted: '2026-10-01', expires: '2026-10-15' };
    expect(isOpen(job, '2026-10-15', 60)).toBe(true);
    expect(isOpen(job, '2026-10-16', 60)).toBe(false);
  });
});

describe('timeAgo', () => {
  it('counts calendar days to today, and has no words for a date it cannot read', () => {
    expect(timeAgo('2026-11-24', '2026-11-27')).toBe('3 days ago');
    expect(timeAgo('2026-11-27', '2026-11-27')).toBe('today');
    expect(timeAgo('', '2026-11-27')).toBeUndefined();
    expect(timeAgo(undefined, '2026-11-27')).toBeUndefined();
    expect(timeAgo('not a date', '2026-11-27')).toBeUndefined();
  });
});

describe('relativeDays', () => {
  it.each([
    [0, 'today'],
    [1, 'yesterday'],
    [3, '3 days ago'],
    [7, 'last week'],
    [15, '2 weeks ago'],
    [40, 'last month'],
    [400, 'last year'],
  ])('%i days -> %s', (days, text) => {
    expect(relativeDays(days)).toBe(text);
  });
  it('never says "in N days" for a future date', () => {
    expect(relativeDays(-2)).toBe('today');
  });
  it("says what Intl.RelativeTimeFormat's English says, for every day up to 10 years", () => {
    const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
    const intl = (days: number) =>
      days < 7
        ? rtf.format(-days, 'day')
        : days < 30
          ? rtf.format(-Math.floor(days / 7), 'week')
          : days < 365
            ? rtf.format(-Math.floor(days / 30), 'month')
            : rtf.format(-Math.floor(days / 365), 'year');
    for (let days = 0; days <= 3660; days++) expect(relativeDays(days), `${days} days`).toBe(intl(days));
  });
});

describe('buildDate', () => {
  it('uses BUILD_DATE when set', () => {
    expect(buildDate({ BUILD_DATE: '2026-01-02' })).toBe('2026-01-02');
  });
  it('rejects a malformed BUILD_DATE with a clear message', () => {
    expect(() => buildDate({ BUILD_DATE: '02/01/2026' })).toThrow(/BUILD_DATE must be a date written YYYY-MM-DD/);
  });
  it('falls back to today', () => {
    expect(buildDate({})).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

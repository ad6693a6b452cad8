import { describe, expect, it } from 'vitest';
import {
  clock,
  formatUtcOffset,
  hoursForVisitor,
  offsetInZone,
  offsetOfSetting,
  parseUtcOffset,
  windowContains,
  windowLabel,
  windowOffsets,
  windowShortLabel,
} from '../../src/lib/time-zones.ts';

describe('UTC offsets', () => {
  it.each([
    ['UTC+3', 180],
    ['UTC-1', -60],
    ['UTC−1', -60],
    ['GMT+5:30', 330],
    ['UTC+05:45', 345],
    ['utc +2', 120],
    ['UTC', 0],
    ['GMT-12', -720],
    ['UTC+14', 840],
  ])('reads %s', (text, minutes) => expect(parseUtcOffset(text)).toBe(minutes));

  it.each(['UTC+15', 'UTC-13', 'UTC+5:20', 'UTC+3:60', 'CET', '+3', 'UTC+', 'Europe/Paris', ''])('refuses %j', (text) =>
    expect(parseUtcOffset(text)).toBeUndefined(),
  );

  it('writes offsets with a real minus sign and minutes only when there are some', () => {
    expect([60, -60, -90, 330, 0].map(formatUtcOffset)).toEqual(['UTC+1', 'UTC−1', 'UTC−1:30', 'UTC+5:30', 'UTC']);
    expect(windowLabel({ from: -60, to: 180 })).toBe('UTC−1 to UTC+3');
    expect(windowShortLabel({ from: -60, to: 180 })).toBe('UTC−1…+3');
  });
});

describe('windows', () => {
  const europe = { from: -60, to: 180 };
  const acrossDateLine = { from: 600, to: -480 };

  it('contains the offsets between its ends, ends included', () => {
    expect([-120, -60, 0, 180, 240].map((o) => windowContains(europe, o))).toEqual([false, true, true, true, false]);
  });

  it('may cross the date line, from UTC+10 east to UTC−8', () => {
    expect([600, 840, -720, -480, -420, 0].map((o) => windowContains(acrossDateLine, o))).toEqual([true, true, true, true, false, false]);
  });

  it('lists every quarter-hour offset it covers, for search', () => {
    const offsets = windowOffsets(europe);
    expect(offsets[0]).toBe(-60);
    expect(offsets.at(-1)).toBe(180);
    expect(offsets).toHaveLength(17);
    expect(windowOffsets(acrossDateLine)).toContain(-720);
  });
});

describe('offsets on a day, daylight saving included', () => {
  it('follows Europe/Berlin across its spring change (29 March 2026)', () => {
    expect(offsetInZone('Europe/Berlin', new Date('2026-03-28T12:00:00Z'))).toBe(60);
    expect(offsetInZone('Europe/Berlin', new Date('2026-03-30T12:00:00Z'))).toBe(120);
  });

  it('follows America/New_York across its autumn change (1 November 2026)', () => {
    expect(offsetInZone('America/New_York', new Date('2026-10-31T12:00:00Z'))).toBe(-240);
    expect(offsetInZone('America/New_York', new Date('2026-11-02T12:00:00Z'))).toBe(-300);
  });

  it('reads a ?tz= setting as a zone or an offset, and nothing else', () => {
    const summer = new Date('2026-07-01T12:00:00Z');
    expect(offsetOfSetting('Europe/Paris', summer)).toBe(120);
    expect(offsetOfSetting('Asia/Kolkata', summer)).toBe(330);
    expect(offsetOfSetting('UTC+2', summer)).toBe(120);
    expect(offsetOfSetting('-05:00', summer)).toBe(-300);
    expect(offsetOfSetting('+5:45', summer)).toBe(345);
    expect(offsetOfSetting('Mars/Olympus', summer)).toBeUndefined();
    expect(offsetOfSetting('<script>', summer)).toBeUndefined();
  });

  it('lets a Berlin visitor fit a UTC−1…+3 window in winter and in summer', () => {
    const window = { from: -60, to: 180 };
    for (const day of ['2026-01-15', '2026-07-15']) {
      expect(windowContains(window, offsetInZone('Europe/Berlin', new Date(`${day}T12:00:00Z`)))).toBe(true);
    }
    // New York is outside it either side of its change.
    expect(windowContains(window, offsetInZone('America/New_York', new Date('2026-10-31T12:00:00Z')))).toBe(false);
  });
});

describe('the team’s day in a visitor’s clock', () => {
  it('is 09:00–17:00 at the window’s middle offset, moved to the visitor’s', () => {
    const window = { from: -60, to: 180 }; // middle UTC+1
    expect(hoursForVisitor(window, 0)).toEqual({ start: 480, end: 960, fits: true, overlapHours: 7 });
    expect(clock(hoursForVisitor(window, 0).start)).toBe('08:00');
    expect(hoursForVisitor(window, 60)).toMatchObject({ start: 540, end: 1020, fits: true, overlapHours: 8 });
  });

  it('says how many hours a visitor outside the window shares', () => {
    const window = { from: -60, to: 180 };
    expect(hoursForVisitor(window, -300)).toEqual({ start: 180, end: 660, fits: false, overlapHours: 2 });
    expect(hoursForVisitor(window, 600)).toMatchObject({ fits: false, overlapHours: 0 });
  });

  it('wraps the clock round midnight', () => {
    expect(hoursForVisitor({ from: 60, to: 180 }, -480)).toMatchObject({ start: 1380, end: 420, fits: false });
    expect(hoursForVisitor({ from: 540, to: 600 }, -480)).toMatchObject({ start: 930, end: 1410, overlapHours: 1.5 });
  });
});

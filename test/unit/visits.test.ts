import { describe, expect, it } from 'vitest';
import { afterPageView, isNewSince, newAfter, parseVisits, visitGapMs } from '../../src/visits/visits.ts';

const at = (time: string) => Date.parse(time);
const minutes = 60_000;

describe('visits, for "New since your last visit"', () => {
  it('marks nothing on a first visit', () => {
    const visits = afterPageView(undefined, at('2026-11-20T09:00:00'));
    expect(visits).toEqual({ latest: at('2026-11-20T09:00:00') });
    expect(newAfter(visits)).toBeUndefined();
  });

  it('keeps the previous visit through a visit, however many pages it opens, and moves on after a break', () => {
    let visits = afterPageView(undefined, at('2026-11-20T09:00:00'));
    visits = afterPageView(visits, at('2026-11-20T09:20:00'));
    expect(newAfter(visits)).toBeUndefined();
    // Back three days later: the visit of the 20th is the previous one, for every page of this visit.
    const back = at('2026-11-23T18:00:00');
    visits = afterPageView(visits, back);
    expect(visits.previous).toBe(at('2026-11-20T09:20:00'));
    for (let page = 1; page <= 6; page++) visits = afterPageView(visits, back + page * (visitGapMs - minutes));
    expect(visits.previous).toBe(at('2026-11-20T09:20:00'));
    // A break longer than the gap starts the next visit.
    visits = afterPageView(visits, visits.latest + visitGapMs + minutes);
    expect(visits.previous).toBe(back + 6 * (visitGapMs - minutes));
  });

  it('calls new the jobs posted on a later day than the previous visit', () => {
    const visits = { previous: at('2026-11-20T21:30:00'), latest: at('2026-11-23T08:00:00') };
    const after = newAfter(visits)!;
    expect(after).toBe('2026-11-20');
    expect(isNewSince('2026-11-21', after)).toBe(true);
    // Posted the day of the last visit: it may have been seen then.
    expect(isNewSince('2026-11-20', after)).toBe(false);
    expect(isNewSince('2026-10-02', after)).toBe(false);
    expect(isNewSince('not a date', after)).toBe(false);
  });

  it('reads what storage holds defensively, and the visitor’s "off"', () => {
    expect(parseVisits({ off: true })).toBe('off');
    expect(parseVisits({ previous: 5, latest: 9 })).toEqual({ previous: 5, latest: 9 });
    expect(parseVisits({ previous: 10, latest: 9 })).toEqual({ latest: 9 });
    expect(parseVisits({ previous: 'x', latest: 9 })).toEqual({ latest: 9 });
    for (const junk of [undefined, null, [], 'x', { latest: 'today' }, { latest: Number.NaN }]) expect(parseVisits(junk)).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isSaved, parseSavedJobs, savedJobsLimit, withJob, withoutJob, type SavedJob } from '../../src/saved/saved-jobs.ts';
import {
  isStillOpen,
  openJobsPartCount,
  openJobsPartOf,
  openJobsParts,
  openJobsPartSize,
  parseOpenJobsPart,
} from '../../src/saved/open-jobs.ts';
import { readStored, storeKey, writeStored, type DeviceStore } from '../../src/client/storage.ts';

const job = (slug: string, title = `Job ${slug}`): SavedJob => ({ slug, title, company: 'Quillmoor Labs', saved: '2026-11-20' });

/** A Map-backed store, as localStorage behaves; `full` refuses writes, as a browser over its quota does. */
function memoryStore(full = false): DeviceStore & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key) => void items.delete(key),
  };
}

describe('saved jobs as storage keeps them', () => {
  it('reads back what it wrote, newest save first, each job once', () => {
    let jobs: SavedJob[] = [];
    jobs = withJob(jobs, job('kiln-operator'));
    jobs = withJob(jobs, job('harbour-pilot'));
    jobs = withJob(jobs, job('kiln-operator', 'Kiln Operator (renamed)'));
    expect(jobs.map((j) => j.slug)).toEqual(['kiln-operator', 'harbour-pilot']);
    expect(jobs[0]!.title).toBe('Kiln Operator (renamed)');
    expect(parseSavedJobs(JSON.parse(JSON.stringify(jobs)))).toEqual(jobs);
    expect(isSaved(jobs, 'harbour-pilot')).toBe(true);
    expect(isSaved(withoutJob(jobs, 'harbour-pilot'), 'harbour-pilot')).toBe(false);
  });

  it('drops entries edited by hand or written by something else, keeping the good ones', () => {
    const stored = [
      job('good-one'),
      { ...job('bad-slug'), slug: '../../admin' },
      { ...job('no-title'), title: '' },
      { ...job('long-title'), title: 'x'.repeat(501) },
      { ...job('bad-day'), saved: 'yesterday' },
      { ...job('number-company'), company: 7 },
      'good-two',
      null,
      job('good-one', 'Duplicate'),
      { ...job('no-company'), company: '' },
    ];
    expect(parseSavedJobs(stored).map((j) => j.slug)).toEqual(['good-one', 'no-company']);
    for (const junk of [undefined, null, 'text', 42, { slug: 'a' }]) expect(parseSavedJobs(junk)).toEqual([]);
  });

  it(`keeps at most ${savedJobsLimit}, dropping the oldest saves`, () => {
    let jobs: SavedJob[] = [];
    for (let i = 0; i <= savedJobsLimit; i++) jobs = withJob(jobs, job(`job-${i}`));
    expect(jobs).toHaveLength(savedJobsLimit);
    expect(jobs[0]!.slug).toBe(`job-${savedJobsLimit}`);
    expect(isSaved(jobs, 'job-0')).toBe(false);
  });

  it('never throws on whatever storage holds, and keeps only well-formed entries', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        for (const entry of parseSavedJobs(value)) expect(parseSavedJobs([entry])).toEqual([entry]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('device storage', () => {
  it('keys each board by its base path, so two boards on one domain keep their own lists', () => {
    expect(storeKey('saved-jobs', '/')).not.toBe(storeKey('saved-jobs', '/board/'));
  });

  it('reads unreadable values as nothing, and says when a write was refused', () => {
    const store = memoryStore();
    store.setItem('k', '{not json');
    expect(readStored(store, 'k')).toBeUndefined();
    expect(readStored(store, 'missing')).toBeUndefined();
    expect(writeStored(store, 'k', [1])).toBe(true);
    expect(readStored(store, 'k')).toEqual([1]);
    expect(writeStored(memoryStore(true), 'k', [1])).toBe(false);
  });
});

describe('the open jobs the saved-jobs page checks against', () => {
  const open = Array.from({ length: 1000 }, (_, i) => ({ slug: `listing-${i}`, closes: '2026-12-31' }));

  it('lists every open job in exactly the part the browser looks it up in', () => {
    const parts = openJobsParts(open);
    expect(parts).toHaveLength(openJobsPartCount(open.length));
    expect(parts.reduce((sum, part) => sum + Object.keys(part).length, 0)).toBe(open.length);
    for (const { slug } of open) expect(Object.hasOwn(parts[openJobsPartOf(slug, parts.length)]!, slug)).toBe(true);
  });

  it('keeps parts small however large the board, and evenly filled', () => {
    expect(openJobsPartCount(0)).toBe(1);
    expect(openJobsPartCount(openJobsPartSize)).toBe(1);
    expect(openJobsPartCount(openJobsPartSize + 1)).toBe(2);
    const sizes = openJobsParts(open).map((part) => Object.keys(part).length);
    expect(Math.max(...sizes)).toBeLessThan(openJobsPartSize * 1.5);
  });

  it('puts a slug in the same part every time, within the range', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 500 }), (slug, parts) => {
        const n = openJobsPartOf(slug, parts);
        expect(n).toBe(openJobsPartOf(slug, parts));
        expect(Number.isInteger(n) && n >= 0 && n < parts).toBe(true);
      }),
    );
  });

  it('calls a job open through its closing day on the visitor’s calendar, and closed when the build left it out', () => {
    const part = { 'kiln-operator': '2026-12-10' };
    expect(isStillOpen('kiln-operator', part, '2026-12-10')).toBe(true);
    expect(isStillOpen('kiln-operator', part, '2026-12-11')).toBe(false);
    expect(isStillOpen('harbour-pilot', part, '2026-12-01')).toBe(false);
    expect(isStillOpen('constructor', part, '2026-12-01')).toBe(false);
  });

  it('reads a fetched part defensively', () => {
    expect(parseOpenJobsPart({ a: '2026-12-10', b: 3 })).toEqual({ a: '2026-12-10' });
    expect(parseOpenJobsPart(['a'])).toBeUndefined();
    expect(parseOpenJobsPart('a')).toBeUndefined();
  });
});

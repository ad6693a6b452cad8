import { describe, expect, it } from 'vitest';
import { countValues, toOptions } from '../../src/search/labels.ts';
import { currencyCodes, isIsoCurrency } from '../../src/lib/currency.ts';

describe('filter options', () => {
  const jobs = [{ skills: ['go', 'sql', 'go'] }, { skills: ['go'] }, { skills: [] }];

  it('counts each item once per value, however often the item repeats it', () => {
    expect(Object.fromEntries(countValues(jobs, (job) => job.skills))).toEqual({ go: 2, sql: 1 });
  });

  it('keeps the given order and shows a zero for values nobody has, unless asked to hide them', () => {
    const counts = countValues(jobs, (job) => job.skills);
    const labels = [
      ['sql', 'SQL'],
      ['rust', 'Rust'],
      ['go', 'Go'],
    ] as const;
    expect(toOptions(labels, counts)).toEqual([
      { value: 'sql', label: 'SQL', count: 1 },
      { value: 'rust', label: 'Rust', count: 0 },
      { value: 'go', label: 'Go', count: 2 },
    ]);
    expect(toOptions(labels, counts, { hideEmpty: true }).map((o) => o.value)).toEqual(['sql', 'go']);
  });

  it('sorts by count, then by label, when asked', () => {
    const counts = new Map([
      ['b', 3],
      ['a', 3],
      ['c', 5],
    ]);
    const labels = [
      ['b', 'Beta'],
      ['a', 'alpha'],
      ['c', 'Gamma'],
    ] as const;
    expect(toOptions(labels, counts, { byCount: true }).map((o) => o.label)).toEqual(['Gamma', 'alpha', 'Beta']);
  });
});

describe('currencies', () => {
  it('knows the ISO 4217 codes, in upper case only', () => {
    expect(currencyCodes().length).toBeGreaterThan(100);
    for (const code of ['EUR', 'USD', 'GBP', 'JPY', 'CHF', 'INR']) expect(isIsoCurrency(code), code).toBe(true);
    for (const code of ['EURO', 'eur', 'XYZ', '', 'US$']) expect(isIsoCurrency(code), code).toBe(false);
  });
});

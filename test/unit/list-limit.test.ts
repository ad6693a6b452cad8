import { describe, expect, it } from 'vitest';
import { listedJobs, pageCount } from '../../src/lib/list-limit.ts';
import { cardText } from '../../src/lib/job-card.ts';

describe('capped lists', () => {
  const jobs = Array.from({ length: 130 }, (_, i) => i);

  it('keeps the first pages only, in order', () => {
    expect(listedJobs(jobs, 25, 4)).toEqual(jobs.slice(0, 100));
    expect(listedJobs(jobs.slice(0, 30), 25, 4)).toHaveLength(30);
  });

  it('counts pages, with one page for an empty list', () => {
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(25, 25)).toBe(1);
    expect(pageCount(26, 25)).toBe(2);
    expect(pageCount(listedJobs(jobs, 25, 4).length, 25)).toBe(4);
  });
});

describe('card text', () => {
  const job = {
    category: { label: 'Design' },
    workplace: 'remote' as const,
    region: ['europe', 'US'],
    location: undefined,
    salary: { min: 78_000, max: 95_000, currency: 'EUR', period: 'year' as const, estimated: true },
    skills: ['Figma', 'Prototyping', 'User research', 'Accessibility'].map((label) => ({ id: label.toLowerCase(), label })),
  };

  it('formats the facts, salary and skills a card shows', () => {
    const text = cardText(job);
    expect(text.facts).toEqual(['Design', 'Remote (Europe, United States)']);
    expect(text.salary).toBe('€78K–€95K/yr');
    expect(text.estimated).toBe(true);
    expect(text.shownSkills.map((s) => s.label)).toEqual(['Figma', 'Prototyping', 'User research']);
    expect(text.moreSkills).toBe(1);
  });

  it('is worked out once per job', () => {
    expect(cardText(job)).toBe(cardText(job));
    expect(cardText({ ...job, salary: undefined }).salary).toBeUndefined();
  });
});

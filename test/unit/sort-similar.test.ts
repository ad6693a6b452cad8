import { describe, expect, it } from 'vitest';
import { byBoardOrder, byNewest } from '../../src/lib/sort.ts';
import { similarJobsFinder } from '../../src/lib/similar.ts';
import { eligibleCountries } from '../../src/lib/eligibility.ts';

/** Every test job is open to the same country unless it says otherwise. */
const everywhere = () => new Set(['DE']);

const job = (slug: string, posted: string, extra: Partial<{ featured: boolean; category: string; skillIds: string[] }> = {}) => ({
  slug,
  posted,
  featured: extra.featured ?? false,
  category: { id: extra.category ?? 'engineering' },
  skillIds: extra.skillIds ?? [],
});

describe('board order', () => {
  it('pins featured jobs, then newest, then slug', () => {
    const jobs = [
      job('b', '2026-11-01'),
      job('a', '2026-11-01'),
      job('c', '2026-11-10'),
      job('old-featured', '2026-10-01', { featured: true }),
    ];
    expect(jobs.sort(byBoardOrder).map((j) => j.slug)).toEqual(['old-featured', 'c', 'a', 'b']);
  });
  it('byNewest ignores featured', () => {
    const jobs = [job('f', '2026-10-01', { featured: true }), job('n', '2026-11-01')];
    expect(jobs.sort(byNewest).map((j) => j.slug)).toEqual(['n', 'f']);
  });
});

describe('similar jobs', () => {
  const pool = [
    job('target', '2026-11-01', { category: 'engineering', skillIds: ['go', 'kubernetes', 'sql'] }),
    job('same-cat-two-skills', '2026-10-01', { category: 'engineering', skillIds: ['go', 'sql'] }),
    job('same-cat-no-skills', '2026-11-20', { category: 'engineering', skillIds: ['ruby'] }),
    job('other-cat-three-skills', '2026-10-05', { category: 'data-ml', skillIds: ['go', 'kubernetes', 'sql'] }),
    job('other-cat-one-skill', '2026-11-21', { category: 'data-ml', skillIds: ['sql'] }),
    job('unrelated', '2026-11-22', { category: 'writing', skillIds: ['markdown'] }),
    job('same-cat-two-skills-newer', '2026-10-20', { category: 'engineering', skillIds: ['kubernetes', 'go'] }),
  ];
  const similarTo = similarJobsFinder(pool, everywhere);

  it('ranks by shared category and skills, then recency, and never returns the job itself', () => {
    expect(similarTo(pool[0]!).map((j) => j.slug)).toEqual([
      'same-cat-two-skills-newer',
      'same-cat-two-skills',
      // Equal scores (3): the newer job wins.
      'same-cat-no-skills',
      'other-cat-three-skills',
      'other-cat-one-skill',
    ]);
  });
  it('leaves out jobs that share nothing', () => {
    expect(similarTo(pool[0]!, 10).map((j) => j.slug)).not.toContain('unrelated');
  });
  it('respects the limit', () => {
    expect(similarTo(pool[0]!, 2)).toHaveLength(2);
  });
});

describe('similar jobs on a large board', () => {
  // 40 jobs share the target's category; only the newest few are candidates.
  const pool = Array.from({ length: 40 }, (_, i) =>
    job(`cat-${String(i).padStart(2, '0')}`, `2026-10-${String((i % 28) + 1).padStart(2, '0')}`, { skillIds: [] }),
  );
  const rare = job('old-perfect-match', '2026-01-01', { skillIds: ['elixir', 'erlang'] });
  const target = job('target', '2026-11-01', { skillIds: ['elixir', 'erlang'] });

  it('considers only the newest jobs of each list, yet still finds a rare skill match', () => {
    const similarTo = similarJobsFinder([...pool, rare, target], everywhere, 5);
    const found = similarTo(target).map((j) => j.slug);
    // The old job shares the category and both skills: it is in the short skill lists, so it ranks first.
    expect(found[0]).toBe('old-perfect-match');
    // The rest are the newest same-category jobs: days 28, 27, 26, 25 of October.
    expect(found.slice(1)).toEqual(['cat-27', 'cat-26', 'cat-25', 'cat-24']);
  });

  it('ignores same-category jobs beyond the candidate cap', () => {
    const similarTo = similarJobsFinder([...pool, target], everywhere, 3);
    // Candidates are the 3 newest of the category; the target itself is one of them.
    expect(similarTo(target, 10).map((j) => j.slug)).toEqual(['cat-27', 'cat-26']);
  });
});

describe('similar jobs and where applicants may live', () => {
  const place = (slug: string, region: string[], exclude: string[] = [], skillIds = ['go']) => ({
    ...job(slug, '2026-11-01', { skillIds }),
    workplace: 'remote' as const,
    region,
    exclude,
  });
  const americas = place('americas-target', ['americas']);
  const pool = [
    americas,
    place('eu-perfect-match', ['eu'], [], ['go']),
    place('poland-perfect-match', ['PL'], [], ['go']),
    place('us-weaker-match', ['US'], [], ['rust']),
    place('worldwide-but-americas', ['worldwide'], ['US', 'CA', 'MX', 'BR'], ['go']),
    place('worldwide-weaker', ['worldwide'], [], ['rust']),
  ];
  const similarTo = similarJobsFinder(pool, eligibleCountries);

  it('suggests jobs a reader of an Americas-only job can take first, however well the others match', () => {
    const found = similarTo(americas, 6).map((j) => j.slug);
    // worldwide-but-americas still shares residents (the rest of Latin America).
    expect(found.slice(0, 3).sort()).toEqual(['us-weaker-match', 'worldwide-but-americas', 'worldwide-weaker']);
    expect(found.slice(3).sort()).toEqual(['eu-perfect-match', 'poland-perfect-match']);
  });
});

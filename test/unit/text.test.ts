import { describe, expect, it } from 'vitest';
import { isSlug, slugify } from '../../src/lib/slug.ts';
import { canonicalSkillLabels, droppedBySkillId, faithfulSpelling, normalizeSkillList, skillId } from '../../src/lib/skills.ts';
import { suggest, didYouMean } from '../../src/lib/suggest.ts';
import { countLabel } from '../../src/lib/plural.ts';
import { groupByMany, byCountThenLabel } from '../../src/lib/group.ts';

describe('slugs', () => {
  it.each([
    ['Node.js & React', 'node-js-and-react'],
    ['C++', 'c-plus-plus'],
    ['C#', 'c-sharp'],
    ['F# and .NET', 'f-sharp-and-net'],
    ['QA Engineer: Data & Tools #2', 'qa-engineer-data-and-tools-2'],
    ['Zürich', 'zurich'],
    ['  Design   systems ', 'design-systems'],
  ])('%s -> %s', (input, slug) => {
    expect(slugify(input)).toBe(slug);
  });
  it('validates slugs', () => {
    expect(isSlug('senior-designer-acme')).toBe(true);
    expect(isSlug('Senior_Designer')).toBe(false);
    expect(isSlug('double--hyphen')).toBe(false);
  });
});

describe('skills', () => {
  it('treats case and spacing variants as one skill', () => {
    expect(skillId(' react ')).toBe(skillId('React'));
    expect(normalizeSkillList(['React', 'react', ' TypeScript ', 'Design  systems'])).toEqual(['React', 'TypeScript', 'Design systems']);
  });
  const use = (label: string, company: string, posted = '2026-11-01', open = true) => ({ label, company, posted, open });

  it('labels a skill with the spelling the most companies use in open listings, then the one in use longest', () => {
    const labels = canonicalSkillLabels([
      use('typescript', 'acme', '2026-10-01'),
      use('TypeScript', 'globex', '2026-11-01'),
      use('Figma', 'acme'),
      use('Figma', 'globex'),
      use('figma', 'initech'),
      use('FIGMA', 'umbrella'),
      use('FIGMA', 'umbrella'),
      use('FIGMA', 'umbrella'),
      use('sql', 'acme'),
    ]);
    expect(labels.get('typescript')).toBe('typescript');
    // Three listings from one company do not outvote two companies.
    expect(labels.get('figma')).toBe('Figma');
    expect(labels.get('sql')).toBe('sql');
  });

  it("lets no closed listing, symbol or other script rename a skill on other companies' pages", () => {
    const labels = canonicalSkillLabels([
      use('Airflow', 'acme', '2026-11-01'),
      use('AIRFLOW ☠ ЛОХОТРОН', 'stranger', '2026-01-01', false),
      use('AIRFLOW ☠ ЛОХОТРОН', 'stranger2', '2026-01-01', false),
      use('Kafka', 'acme', '2026-11-01'),
      use('KAFKA 🚀', 'stranger', '2026-11-02'),
      use('KAFKA 🚀', 'stranger2', '2026-11-02'),
      use('Dbt ☠', 'stranger', '2026-01-01', false),
    ]);
    expect(labels.get('airflow')).toBe('Airflow');
    // Two companies' spelling wins, but only what its id keeps.
    expect(labels.get('kafka')).toBe('KAFKA');
    // Only closed listings name it: their spelling, without what the id drops.
    expect(labels.get('dbt')).toBe('Dbt');
  });

  it('says what a skill id drops, and keeps accents, digits and plus signs', () => {
    expect(droppedBySkillId('AIRFLOW ☠ ЛОХОТРОН')).toEqual(['☠', 'Л', 'О', 'Х', 'Т', 'Р', 'Н']);
    expect(droppedBySkillId('Zürich C++ 3D Node.js C# <b>')).toEqual([]);
    expect(droppedBySkillId('Go 🚀 ∑')).toEqual(['🚀', '∑']);
    expect(faithfulSpelling('Japanese (日本語)')).toBe('Japanese');
    expect(faithfulSpelling('Rust 🦀')).toBe('Rust');
  });
});

describe('suggestions', () => {
  it('suggests the closest allowed value', () => {
    expect(suggest('EURO', ['EUR', 'USD', 'GBP'])).toBe('EUR');
    expect(suggest('enginering', ['engineering', 'writing'])).toBe('engineering');
    expect(suggest('design', ['product-design', 'engineering'])).toBe('product-design');
    // The only value that shares a word with the input.
    expect(suggest('data-science', ['data-ml', 'engineering', 'product-design'])).toBe('data-ml');
    expect(suggest('customer-success', ['customer-support', 'sales'])).toBe('customer-support');
    expect(suggest('sales-engineering', ['engineering', 'sales'])).toBeUndefined();
  });
  it('suggests nothing when nothing is close', () => {
    expect(suggest('zzzzzz', ['EUR', 'USD'])).toBeUndefined();
    expect(didYouMean(42, ['EUR'])).toBe('');
  });
});

describe('counts and groups', () => {
  it('pluralises', () => {
    expect(countLabel(1, 'open job')).toBe('1 open job');
    expect(countLabel(1200, 'open job')).toBe('1,200 open jobs');
    for (const n of [0, 7, 999, 1000, 12_345, 999_999, 1_000_000, 123_456_789])
      expect(countLabel(n, 'job')).toBe(`${n.toLocaleString('en')} ${n === 1 ? 'job' : 'jobs'}`);
  });
  it('groups items under every key once, keeping order', () => {
    const groups = groupByMany(['a1', 'b1', 'a2'], (s) => [s[0]!, s[0]!, 'all']);
    expect(groups.get('a')).toEqual(['a1', 'a2']);
    expect(groups.get('all')).toEqual(['a1', 'b1', 'a2']);
  });
  it('orders terms by count then label', () => {
    const terms = [
      { label: 'b', count: 1 },
      { label: 'a', count: 1 },
      { label: 'c', count: 5 },
    ];
    expect(terms.sort(byCountThenLabel).map((t) => t.label)).toEqual(['c', 'a', 'b']);
  });
});

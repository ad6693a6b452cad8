/**
 * Files built to be slow to read: alias bombs, deep nesting, pathological
 * markdown. The validator must refuse them with an ordinary problem, and
 * not hang or run out of stack.
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Problem } from '../../src/listing-files/problem.ts';
import { checkJobFile, enc, validFrontmatter } from '../support/fuzz.ts';

describe('validator hang guards', () => {
  const valid = stringify(validFrontmatter);
  const body = `## About\n\n${'We build calm, useful software for clinics and the people who run them. '.repeat(6)}\n`;

  /**
   * Validates one file. No test here times it: a file that made the
   * validator hang, or grow exponentially, would run into the test's timeout
   * on any machine, and how fast it is belongs in the benchmark.
   */
  function validated(file: string): { problems: Problem[] } {
    return { problems: checkJobFile(enc(file)) };
  }

  it('refuses a "billion laughs" alias bomb', () => {
    const levels = Array.from(
      { length: 10 },
      (_, i) => `l${i}: &l${i} [${Array.from({ length: 10 }, () => (i === 0 ? '"lol"' : `*l${i - 1}`)).join(', ')}]`,
    );
    const { problems } = validated(`---\n${valid}${levels.join('\n')}\n---\n${body}`);
    expect(problems).toContainEqual(expect.objectContaining({ field: 'frontmatter', message: expect.stringContaining('aliases') }));
  });

  it('refuses an alias bomb inside a field', () => {
    const anchors = `a: &a ["x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b]\n`;
    const { problems } = validated(`---\n${valid}${anchors}skills: [*c,*c,*c,*c,*c,*c,*c,*c]\n---\n${body}`);
    expect(problems.some((p) => p.severity === 'error')).toBe(true);
  });

  it('refuses deeply nested flow collections', () => {
    for (const depth of [50, 1_000, 10_000]) {
      const { problems } = validated(`---\n${valid}title: ${'['.repeat(depth)}${']'.repeat(depth)}\n---\n${body}`);
      expect(problems.some((p) => p.severity === 'error' && p.field === 'frontmatter')).toBe(true);
    }
    const maps = 5_000;
    const { problems } = validated(`---\n${valid}salary: ${'{a: '.repeat(maps)}1${'}'.repeat(maps)}\n---\n${body}`);
    expect(problems.some((p) => p.severity === 'error' && p.field === 'frontmatter')).toBe(true);
  });

  it('refuses deeply nested block collections', () => {
    // Each level indented one more space: ~440 levels fit in the 100 KB limit.
    const lines = Array.from({ length: 440 }, (_, i) => `${' '.repeat(i)}k${i}:`);
    const nested = validated(`---\n${valid}${lines.join('\n')} x\n---\n${body}`);
    expect(nested.problems.some((p) => p.severity === 'error' && p.field === 'frontmatter')).toBe(true);
    const sequences = validated(`---\n${valid}skills: ${'- '.repeat(5_000)}x\n---\n${body}`);
    expect(sequences.problems.some((p) => p.severity === 'error')).toBe(true);
  });

  it('survives markdown nested thousands of levels deep', () => {
    // 12,500 nested quotes or 8,000 nested lists: a recursive tree walk runs out of stack here.
    for (const unit of ['> ', '1. ']) {
      const { problems } = validated(`---\n${valid}---\n${unit.repeat(Math.floor(25_000 / unit.length))}deep`);
      // One error, at the first level too deep, however deep it goes.
      expect(problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([
        'nests quotes or lists more than 6 levels deep; flatten it',
      ]);
    }
  });

  it('handles pathological markdown without hanging, up to the largest allowed file', () => {
    // Sizes leave the parser room: some patterns (nested "> ", "_a" runs) grow faster than linearly in it.
    const cases: Array<[string, number]> = [
      ['[', 100_000],
      ['<', 100_000],
      ['**a', 100_000],
      ['![x](', 100_000],
      ['`', 100_000],
      ['<b>', 50_000],
      ['[a](b', 10_000],
      ['&#106;', 10_000],
      ['*_', 5_000],
      ['[x]: javascript:a\n', 10_000],
      ['<a href=javascript:x>\n\n', 10_000],
    ];
    for (const [unit, size] of cases) {
      const { problems } = validated(`---\n${valid}---\n${unit.repeat(Math.floor(size / unit.length))}`);
      expect(problems.every((p) => p.message.length < 600)).toBe(true);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { formatForBuild, formatGithub, formatJson, formatText } from '../../src/listing-files/validate/report.ts';
import { summarize } from '../../src/listing-files/problem.ts';
import { goodFrontmatter, job, run } from '../support/validator.ts';

describe('validator output', () => {
  const problems = run([job('x-acme', goodFrontmatter.replace('EUR', 'EURO'))]);
  const summary = summarize(problems, 2);

  it('prints readable text without colour when asked', () => {
    expect(formatText(problems, summary, false)).toBe(
      'content/jobs/x-acme.md:8  error  salary.currency: "EURO" is not an ISO 4217 code; did you mean "EUR"?\n✖ 1 error, 0 warnings in 2 files\nFix the errors above; field reference: CONTRIBUTING.md',
    );
    expect(formatText(problems, summary, true)).toContain('\u001b[31merror\u001b[0m');
  });

  it('prints GitHub annotations with escaped properties', () => {
    expect(formatGithub(problems)).toBe(
      '::error file=content/jobs/x-acme.md,line=8,title=salary.currency::salary.currency: "EURO" is not an ISO 4217 code; did you mean "EUR"?',
    );
  });

  it("shows escape codes, direction overrides and invisible characters from a listing's own text by code point", () => {
    const tricky = run([
      job('k-acme', goodFrontmatter.replace('title: Backend Engineer', 'title: Backend Engineer\n"note\u202Egnp.exe\\e[2J": 1')),
    ]);
    const text = formatText(tricky, summarize(tricky, 2), false);
    expect(text).toContain('note<U+202E>gnp.exe');
    expect(text).not.toMatch(/[\u001b\u202e]/);
    expect(formatGithub(tricky)).toContain('note<U+202E>gnp.exe');
    expect(formatGithub(tricky)).not.toMatch(/[\u001b\u202e]/);
  });

  it('prints JSON', () => {
    expect(JSON.parse(formatJson(problems, summary))).toMatchObject({
      errors: 1,
      warnings: 0,
      files: 2,
      problems: [{ field: 'salary.currency', line: 8 }],
    });
  });

  it("prints the build's errors in full and its reviewers' warnings as one count per field", () => {
    const mixed = run([
      job('x-acme', goodFrontmatter.replace('EUR', 'EURO')),
      job('y-acme', goodFrontmatter.replace(/salary: .*\n/, '').replace('Backend', 'Data')),
      job('z-acme', goodFrontmatter.replace(/salary: .*\n/, '').replace('Backend', 'Site') + 'featured: true\n'),
    ]);
    expect(formatForBuild(mixed, summarize(mixed, 4), false)).toBe(
      [
        'content/jobs/x-acme.md:8  error  salary.currency: "EURO" is not an ISO 4217 code; did you mean "EUR"?',
        '✖ 1 error in 4 files',
        'Fix the errors above; field reference: CONTRIBUTING.md',
        '3 notes for reviewers (salary 2, featured 1); npm run validate lists them',
      ].join('\n'),
    );
    const warningsOnly = mixed.filter((p) => p.severity === 'warning');
    expect(formatForBuild(warningsOnly, summarize(warningsOnly, 4), false)).toBe(
      '✔ 4 files valid\n3 notes for reviewers (salary 2, featured 1); npm run validate lists them',
    );
    expect(formatForBuild([], summarize([], 4), false)).toBe('✔ 4 files valid');
  });
});

import { describe, expect, it } from 'vitest';
import { validateContent, type ContentFile } from '../../src/listing-files/validate/validate.ts';
import { descriptionSkeleton } from '../../src/listing-files/scaffold/job-file.ts';
import { describeProblems, planListing, type ScaffoldContext } from '../../src/listing-files/scaffold/plan.ts';
import { questionProblem, questions } from '../../src/listing-files/scaffold/questions.ts';
import { verifyPlan } from '../../src/listing-files/scaffold/verify.ts';
import { applyLinkClash, openApplyLinks } from '../../src/listing-files/scaffold/apply-links.ts';
import { acmeLogo, acmeProfile, base, context, enc, file, placeholderWarning, plan, validatePlan } from '../support/scaffold.ts';

describe('scaffold: checked against the board', () => {
  it('reports an apply link another open job already uses', () => {
    const other: ContentFile = {
      path: 'content/jobs/other-acme.md',
      bytes: enc(
        `---\ntitle: Other Engineer\ncompany: acme\ncategory: engineering\nworkplace: remote\nregion: europe\nexperience: entry\nsalary: { min: 1000, currency: EUR }\nskills: [Go]\nposted: 2026-11-20\napply: https://acme.example/jobs/1\n---\n${descriptionSkeleton}`,
      ),
    };
    const problems = verifyPlan({
      plan: plan({ ...base, salaryMin: '70000' }),
      contentPath: 'content',
      jobs: [other],
      companies: [acmeProfile],
      readFile: (path) => (path === 'content/companies/acme.svg' ? acmeLogo : undefined),
      today: context.today,
      defaultExpiryDays: 60,
    });
    expect(problems.filter((p) => p.severity === 'error').map((p) => `${p.file}:${p.line} ${p.field}: ${p.message}`)).toEqual([
      'content/jobs/backend-engineer-acme.md:15 apply: https://acme.example/jobs/1 is also the apply link of content/jobs/other-acme.md; each open job needs its own link, or delete the duplicate listing',
    ]);
  });

  it('agrees with validateContent run directly on the written files', () => {
    const p = plan({ ...base, salaryMin: '70000' });
    const direct = validateContent({
      jobs: [{ path: 'content/jobs/backend-engineer-acme.md', bytes: enc(file(p, 'job')) }],
      companies: [acmeProfile],
      readFile: (path) => (path === 'content/companies/acme.svg' ? acmeLogo : undefined),
      today: '2026-11-25',
      defaultExpiryDays: 60,
    }).map((problem) => `${problem.file}:${problem.line} ${problem.severity} ${problem.field}: ${problem.message}`);
    expect(direct).toEqual([`content/jobs/backend-engineer-acme.md:19 warning description: ${placeholderWarning}`]);
    expect(direct).toEqual(validatePlan(p));
  });
});

describe('scaffold: apply link already used by an open job, caught early', () => {
  const listing = (path: string, extra: string, apply: string): ContentFile => ({
    path,
    bytes: enc(
      `---\ntitle: Other Engineer\ncompany: acme\ncategory: engineering\nworkplace: remote\nregion: europe\nexperience: entry\nskills: [Go]\nposted: 2026-11-20\n${extra}apply: ${apply}\n---\nText.\n`,
    ),
  });
  const jobs = [
    listing('content/jobs/other-acme.md', '', 'https://acme.example/jobs/1'),
    listing('content/jobs/support-acme.md', '', 'mailto:jobs@acme.example'),
    listing('content/jobs/closed-acme.md', 'expires: 2026-11-24\n', 'https://acme.example/jobs/closed'),
    listing('content/jobs/draft-acme.md', 'draft: true\n', 'https://acme.example/jobs/draft'),
    { path: 'content/jobs/broken-acme.md', bytes: enc('---\napply: https://acme.example/jobs/broken\n---\n') },
  ];
  const applyLinks = openApplyLinks(jobs, context.today, 60);
  const board: ScaffoldContext = { ...context, applyLinks };
  const taken =
    "https://acme.example/jobs/1 is already the apply link of content/jobs/other-acme.md; each open job needs its own link — link to this job's own page on the company's site";
  const apply = questions.find((q) => q.key === 'apply')!;

  it('collects the apply links of open listings only, as the validator does', () => {
    expect([...applyLinks]).toEqual([
      ['https://acme.example/jobs/1', ['content/jobs/other-acme.md']],
      ['mailto:jobs@acme.example', ['content/jobs/support-acme.md']],
    ]);
  });

  it('rejects the link at the apply prompt, before the remaining questions', () => {
    expect(questionProblem(apply, ' https://acme.example/jobs/1 ', { title: 'Backend Engineer' }, board)).toBe(taken);
    expect(questionProblem(apply, 'mailto:jobs@acme.example', { title: 'Data Engineer' }, board)).toBe(
      'mailto:jobs@acme.example is already the apply link of content/jobs/support-acme.md; each open job needs its own link — add a subject, like mailto:jobs@acme.example?subject=Data%20Engineer',
    );
    expect(questionProblem(apply, 'https://acme.example/jobs/1?ref=backend', {}, board)).toBeUndefined();
    expect(questionProblem(apply, 'mailto:jobs@acme.example?subject=Data%20Engineer', {}, board)).toBeUndefined();
    // A closed or draft job's link is free again.
    expect(questionProblem(apply, 'https://acme.example/jobs/closed', {}, board)).toBeUndefined();
    expect(questionProblem(apply, 'https://acme.example/jobs/draft', {}, board)).toBeUndefined();
  });

  it('rejects the --apply flag when the flags are read, with the same message', () => {
    const result = planListing(base, board);
    expect(result).toEqual({ ok: false, missing: [], invalid: [{ flag: '--apply', message: taken }] });
    if (result.ok) return;
    expect(describeProblems(result.missing, result.invalid)).toBe(`--apply: ${taken}`);
    // Reported with the other problems, even when answers are still missing (no prompt is needed to know).
    const early = planListing({ apply: base.apply }, board);
    expect(early.ok ? [] : early.invalid).toEqual([{ flag: '--apply', message: taken }]);
    expect(planListing({ ...base, apply: 'https://acme.example/jobs/2' }, board).ok).toBe(true);
  });

  it('names a mailto subject from the title, and every listing that uses the link', () => {
    const twice = openApplyLinks(
      [...jobs, listing('content/jobs/second-acme.md', '', 'mailto:jobs@acme.example?subject=Old')],
      context.today,
      60,
    );
    expect(applyLinkClash('mailto:jobs@acme.example?subject=Old', twice, 'Support: Nights & Weekends')).toBe(
      'mailto:jobs@acme.example?subject=Old is already the apply link of content/jobs/second-acme.md; each open job needs its own link — add a subject, like mailto:jobs@acme.example?subject=Support%3A%20Nights%20%26%20Weekends',
    );
    const shared = openApplyLinks([...jobs, listing('content/jobs/third-acme.md', '', 'https://acme.example/jobs/1')], context.today, 60);
    expect(applyLinkClash('https://acme.example/jobs/1', shared)).toBe(
      "https://acme.example/jobs/1 is already the apply link of content/jobs/other-acme.md, content/jobs/third-acme.md; each open job needs its own link — link to this job's own page on the company's site",
    );
    expect(applyLinkClash('https://acme.example/jobs/1', undefined)).toBeUndefined();
    // The same address as the validator sees it: another host case or a fragment is no new link.
    expect(applyLinkClash('https://ACME.example/jobs/1#again', shared)).toMatch(
      /is already the apply link of content\/jobs\/other-acme\.md/,
    );
    expect(applyLinkClash('MAILTO:Jobs@Acme.example?subject=Old', twice)).toMatch(/second-acme\.md/);
    expect(applyLinkClash('https://acme.example/#/jobs/2', shared)).toBeUndefined();
  });
});

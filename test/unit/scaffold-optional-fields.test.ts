/**
 * The optional fields CONTRIBUTING asks editors to use (estimated, expires,
 * source, draft) and issue #22's exclude and timezones, as `npm run new`
 * flags and prompts.
 */
import { describe, expect, it } from 'vitest';
import { jobSchema } from '../../src/schema/job.ts';
import { parseFlags } from '../../src/listing-files/scaffold/flags.ts';
import { describeProblems, missingAnswers, planListing } from '../../src/listing-files/scaffold/plan.ts';
import { questionProblem, questions, type Question } from '../../src/listing-files/scaffold/questions.ts';
import { written } from '../../src/listing-files/scaffold/next-steps.ts';
import { answerProblem } from '../../src/listing-files/scaffold/check.ts';
import { base, context, file, frontmatterOf, plan, validatePlan, withOwnText } from '../support/scaffold.ts';

const salaried = { ...base, salaryMin: '70000', salaryMax: '90000' };

describe('scaffold: optional fields from flags', () => {
  it('reads bare --estimated and --draft as "yes", and the rest as text', () => {
    const args = ['--exclude', 'FR,ES', '--timezones', 'UTC-1..UTC+3', '--estimated', '--expires', '2027-01-10'];
    expect(parseFlags([...args, '--source-name', 'Fjordline Jobs', '--source-url=https://fjordline.example/4', '--draft']).answers).toEqual(
      {
        exclude: 'FR,ES',
        timezones: 'UTC-1..UTC+3',
        estimated: 'yes',
        expires: '2027-01-10',
        sourceName: 'Fjordline Jobs',
        sourceUrl: 'https://fjordline.example/4',
        draft: 'yes',
      },
    );
    expect(() => parseFlags(['--draft=no'])).toThrow(/--draft/);
  });

  it('writes them in the documented order, and the schema reads them back', () => {
    const p = plan({
      ...salaried,
      exclude: 'FR, ES',
      timezones: 'UTC-1 to UTC+3',
      estimated: 'yes',
      expires: '2027-01-10',
      sourceName: 'Fjordline Jobs',
      sourceUrl: 'https://fjordline.example/jobs/4',
      draft: 'yes',
    });
    const text = file(p, 'job');
    expect(text).toContain(`region: europe
exclude: [FR, ES]
timezones: {from: UTC-1, to: UTC+3}
experience: mid-senior
salary:
  min: 70000
  max: 90000
  currency: EUR
  period: year
  estimated: true
skills: [Go, SQL]
posted: "2026-11-25"
expires: "2027-01-10"
apply: https://acme.example/jobs/1
source:
  name: Fjordline Jobs
  url: https://fjordline.example/jobs/4
draft: true
---
`);
    expect(jobSchema.parse(frontmatterOf(text))).toMatchObject({
      exclude: ['FR', 'ES'],
      timezones: { from: -60, to: 180 },
      salary: { estimated: true },
      expires: '2027-01-10',
      source: { name: 'Fjordline Jobs', url: 'https://fjordline.example/jobs/4' },
      draft: true,
    });
    expect(validatePlan(withOwnText(p))).toEqual([]);
  });

  it('leaves out what was not asked for, and an estimate answered "no"', () => {
    const text = file(plan({ ...salaried, estimated: 'no' }), 'job');
    for (const field of ['exclude', 'timezones', 'estimated', 'expires', 'source', 'draft']) expect(text).not.toContain(`${field}:`);
  });

  it('needs a salary for --estimated, and both halves of a source', () => {
    expect(describeProblems(missingAnswers({ ...base, estimated: 'yes' }, context), [])).toBe(
      'Missing: --salary-min (required for a salary)',
    );
    expect(describeProblems(missingAnswers({ ...base, sourceUrl: 'https://fjordline.example/4' }, context), [])).toBe(
      'Missing: --source-name (a source needs its name and its link)',
    );
  });

  it('names the flag of each wrong value, with the schema messages', () => {
    const wrong = planListing(
      { ...base, exclude: 'FR, France', timezones: 'UTC-1', sourceName: 'J', sourceUrl: 'http://j.example' },
      context,
    );
    expect(wrong.ok).toBe(false);
    if (wrong.ok) return;
    expect(describeProblems(wrong.missing, wrong.invalid).split('\n')).toEqual([
      '--exclude: "France" is not an ISO country code; did you mean "FR"?; write two capital letters, like FR for France',
      '--timezones: must be two UTC offsets, west to east, like UTC-1..UTC+3, not "UTC-1"',
      '--source-name: is too short: use at least 2 characters',
      '--source-url: "http://j.example" is not secure; use https:// (browsers warn on http: pages), like https://j.example',
    ]);
    // Rules across fields, once every value reads.
    const across = planListing({ ...base, region: 'north-america', exclude: 'FR', expires: '2026-11-01' }, context);
    if (across.ok) throw new Error('expected problems');
    expect(across.invalid).toEqual([
      { flag: '--exclude', message: 'lists FR (France), which is not in North America; leave out only countries inside the region' },
      { flag: '--expires', message: '(2026-11-01) is before posted (2026-11-25); set it to a later date or remove it' },
    ]);
    expect(answerProblem('timezones', 'UTC-1..UTC+15')).toBe(
      '"UTC+15" is not a UTC offset between UTC−12 and UTC+14; write it like UTC+2, UTC−5 or UTC+5:30',
    );
    expect(answerProblem('timezones', 'GMT+10…UTC-8')).toBeUndefined();
    expect(answerProblem('estimated', 'maybe')).toBe('must be yes or no, not "maybe"');
  });

  it('adds a next step for a draft: remove draft: true before the pull request', () => {
    const steps = (answers: typeof base) => written(plan(answers), []).steps.join('\n');
    expect(steps({ ...base, draft: 'yes' })).toContain('It is a draft: npm run dev shows it, the published site does not.');
    expect(steps(base)).not.toContain('draft');
  });
});

describe('scaffold: optional fields at the prompts', () => {
  const question = (label: string): Question => {
    const found = questions.find((q) => q.label === label);
    if (!found) throw new Error(label);
    return found;
  };

  it('asks for exclusions after a region, and checks them against it straight away', () => {
    const exclude = question('Exclude');
    expect(questions.indexOf(exclude)).toBe(questions.indexOf(question('Region')) + 1);
    expect(exclude.when!({ workplace: 'onsite' }, context)).toBe(false);
    expect(exclude.when!({ region: 'europe' }, context)).toBe(true);
    expect(questionProblem(exclude, '', { region: 'europe' }, context)).toBeUndefined();
    expect(questionProblem(exclude, 'FR, ES', { region: 'europe' }, context)).toBeUndefined();
    expect(questionProblem(exclude, 'FR', { region: 'north-america' }, context)).toBe(
      'Exclude lists FR (France), which is not in North America; leave out only countries inside the region',
    );
    expect(questionProblem(exclude, 'DE', { region: 'DE' }, context)).toBe(
      'Exclude leaves no country in Germany where applicants may live; remove exclude, or widen region',
    );
  });

  it('asks for working hours, optional, as two offsets', () => {
    const hours = question('Time zones');
    expect(questionProblem(hours, '', base, context)).toBeUndefined();
    expect(questionProblem(hours, 'UTC-1..UTC+3', base, context)).toBeUndefined();
    expect(questionProblem(hours, 'Europe', base, context)).toBe(
      'Time zones must be two UTC offsets, west to east, like UTC-1..UTC+3, not "Europe"',
    );
  });

  it("asks whose salary figure it is only when there is a salary, the employer's by default", () => {
    const estimated = question('Estimated');
    expect(estimated.when!(base, context)).toBe(false);
    expect(estimated.when!(salaried, context)).toBe(true);
    expect(estimated.initial!(salaried)).toBe('no');
    expect(estimated.choices!(context).map((c) => c.value)).toEqual(['no', 'yes']);
  });
});

import { describe, expect, it } from 'vitest';
import { answerProblem } from '../../src/listing-files/scaffold/check.ts';
import { parseFlags } from '../../src/listing-files/scaffold/flags.ts';
import { describeProblems, missingAnswers, planListing } from '../../src/listing-files/scaffold/plan.ts';
import { questionProblem, questions, type Question } from '../../src/listing-files/scaffold/questions.ts';
import { base, context } from '../support/scaffold.ts';

describe('scaffold: missing and wrong answers', () => {
  it('names every missing required answer as a flag', () => {
    expect(describeProblems(missingAnswers({}, context), [])).toBe(
      'Missing: --title, --company (an existing company id, or --company-name and --company-website for a new company), --category, --workplace, --experience, --skills, --apply',
    );
  });

  it('asks for region and location depending on the workplace', () => {
    expect(missingAnswers({ ...base, region: undefined }, context)).toEqual([
      { key: 'region', flag: '--region', reason: 'required for remote jobs' },
    ]);
    expect(describeProblems(missingAnswers({ ...base, workplace: 'hybrid', region: ' ' }, context), [])).toBe(
      'Missing: --region, --location (required for hybrid jobs)',
    );
    expect(missingAnswers({ ...base, workplace: 'onsite', region: undefined, location: 'Porto' }, context)).toEqual([]);
  });

  it('asks for a file name when the title has no Latin letters to make one from', () => {
    expect(missingAnswers({ ...base, title: '日本語のサポート担当' }, context)).toEqual([
      {
        key: 'slug',
        flag: '--slug',
        reason: 'the title has no Latin letters or digits to name the file after, like support-associate-acme',
      },
    ]);
    expect(missingAnswers({ ...base, title: '日本語のサポート担当', slug: 'support-associate-acme' }, context)).toEqual([]);
  });

  it('asks for a new company profile when the company id is unknown', () => {
    const result = planListing({ ...base, company: 'acne' }, context);
    expect(result).toEqual({
      ok: false,
      invalid: [],
      missing: [
        {
          key: 'companyName',
          flag: '--company-name',
          reason: 'no profile content/companies/acne.md yet: give these to create it, or use an existing --company; did you mean "acme"?',
        },
        {
          key: 'companyWebsite',
          flag: '--company-website',
          reason: 'no profile content/companies/acne.md yet: give these to create it, or use an existing --company; did you mean "acme"?',
        },
      ],
    });
    if (result.ok) return;
    expect(describeProblems(result.missing, result.invalid)).toBe(
      'Missing: --company-name, --company-website (no profile content/companies/acne.md yet: give these to create it, or use an existing --company; did you mean "acme"?)',
    );
  });

  it('needs a minimum when other salary answers are given', () => {
    expect(missingAnswers({ ...base, currency: 'GBP' }, context)).toEqual([
      { key: 'salaryMin', flag: '--salary-min', reason: 'required for a salary' },
    ]);
  });

  it('reports wrong values with the schema messages, one line per flag', () => {
    const result = planListing(
      { ...base, category: 'design', salaryMin: '€70,000', currency: 'EURO', apply: 'http://acme.example/jobs/1', posted: '25.11.2026' },
      context,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(describeProblems(result.missing, result.invalid).split('\n')).toEqual([
      '--category: "design" is not a category; did you mean "product-design"?; choose one of: product-design, engineering, data-ml, product-management, marketing, sales, customer-support, operations, writing',
      '--salary-min: must be a number without currency signs or commas, like 85000',
      '--currency: "EURO" is not an ISO 4217 code; did you mean "EUR"?',
      '--apply: "http://acme.example/jobs/1" is not secure; use https:// (browsers warn on http: pages), like https://acme.example/jobs/1',
      '--posted: must be a date written YYYY-MM-DD, like 2026-11-18',
    ]);
  });

  it('checks rules across answers with the schema: max not below min', () => {
    const result = planListing({ ...base, salaryMin: '90000', salaryMax: '70000' }, context);
    expect(result).toEqual({
      ok: false,
      missing: [],
      invalid: [{ flag: '--salary-max', message: 'max (70000) is lower than min (90000); swap them, or fix the figure that is wrong' }],
    });
  });

  it('checks single answers with the schema pieces', () => {
    expect(answerProblem('region', 'europe, de')).toBe(
      '"de" is not a region or ISO country code; did you mean the country code "DE"?; use one of worldwide, americas, north-america, latin-america, europe, eu, emea, middle-east, africa, apac, or a two-letter country code like DE',
    );
    expect(answerProblem('skills', `Go, ${'x'.repeat(41)}`)).toBe(`"${'x'.repeat(41)}" is too long: use at most 40 characters`);
    expect(answerProblem('title', 'Dev')).toBe('is too short: use at least 5 characters');
    expect(answerProblem('companyWebsite', 'http://acme.example')).toBe(
      '"http://acme.example" is not secure; use https:// (browsers warn on http: pages), like https://acme.example',
    );
    expect(answerProblem('apply', 'mailto:jobs@acme.example')).toBeUndefined();
    expect(answerProblem('location', '')).toBeUndefined();
  });
});

describe('scaffold: questions', () => {
  const question = (label: string): Question => {
    const found = questions.find((q) => q.label === label);
    if (!found) throw new Error(label);
    return found;
  };

  it('shows the allowed values and checks each answer at the prompt', () => {
    expect(question('Category').choices!(context).map((c) => c.value)).toEqual([
      'product-design',
      'engineering',
      'data-ml',
      'product-management',
      'marketing',
      'sales',
      'customer-support',
      'operations',
      'writing',
    ]);
    expect(question('Company').choices!(context).map((c) => c.value)).toEqual(['acme', 'birchline', '+new']);
    expect(question('Region').message).toContain('worldwide, americas, north-america');
    expect(questionProblem(question('Title'), '', {}, context)).toBe('Title is required');
    expect(questionProblem(question('Title'), 'Dev', {}, context)).toBe('Title is too short: use at least 5 characters');
    expect(questionProblem(question('Title'), 'Backend Engineer', {}, context)).toBeUndefined();
  });

  it('makes region required only for remote and hybrid jobs', () => {
    expect(questionProblem(question('Region'), '', { workplace: 'remote' }, context)).toBe('Region is required');
    expect(questionProblem(question('Region'), '', { workplace: 'onsite' }, context)).toBeUndefined();
    expect(question('Location').when!({ workplace: 'remote' }, context)).toBe(false);
    expect(question('Location').when!({ workplace: 'onsite' }, context)).toBe(true);
  });

  it('checks the new company id and the salary range', () => {
    expect(questionProblem(question('Company id'), 'acme', { companyName: 'Acme' }, context)).toBe(
      'Company id "acme" is already taken by content/companies/acme.md; choose another id',
    );
    expect(question('Company id').initial!({ companyName: 'Fernhill Analytics' })).toBe('fernhill-analytics');
    expect(questionProblem(question('Salary maximum'), '60000', { salaryMin: '70000' }, context)).toBe(
      'Salary maximum must not be lower than the minimum (70000)',
    );
    expect(questionProblem(question('Salary maximum'), '', { salaryMin: '70000' }, context)).toBeUndefined();
  });
});

describe('scaffold: flags', () => {
  it('maps flags to answers', () => {
    expect(parseFlags(['--title', 'Backend Engineer', '--salary-min', '70000', '--company-name=Acme', '--yes'])).toEqual({
      answers: { title: 'Backend Engineer', salaryMin: '70000', companyName: 'Acme' },
      yes: true,
      help: false,
    });
  });

  it('rejects an unknown flag', () => {
    expect(() => parseFlags(['--salary', '70000'])).toThrow(/Unknown option '--salary'/);
  });
});

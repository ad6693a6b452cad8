import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { jobSchema } from '../../src/schema/listing.ts';
import { validateContent, type ContentFile } from '../../src/listing-files/validate/validate.ts';
import { checkBody } from '../../src/listing-files/validate/body.ts';
import { logoProblem } from '../../src/listing-files/validate/logo.ts';
import type { Answers } from '../../src/listing-files/scaffold/answers.ts';
import { answerProblem } from '../../src/listing-files/scaffold/check.ts';
import { parseFlags } from '../../src/listing-files/scaffold/flags.ts';
import { descriptionSkeleton } from '../../src/listing-files/scaffold/job-file.ts';
import { initialOf, logoColour, placeholderLogoSvg } from '../../src/listing-files/scaffold/logo.ts';
import {
  defaultSlug,
  describeProblems,
  freeSlug,
  missingAnswers,
  planListing,
  type ScaffoldPlan,
  type ScaffoldContext,
} from '../../src/listing-files/scaffold/plan.ts';
import { questionProblem, questions, type Question } from '../../src/listing-files/scaffold/questions.ts';
import { verifyPlan } from '../../src/listing-files/scaffold/verify.ts';
import { applyLinkClash, openApplyLinks } from '../../src/listing-files/scaffold/apply-links.ts';

const enc = (text: string) => new TextEncoder().encode(text);
const context: ScaffoldContext = { today: '2026-11-25', companies: ['acme', 'birchline'] };
const acmeProfile: ContentFile = {
  path: 'content/companies/acme.md',
  bytes: enc('---\nname: Acme\nwebsite: https://acme.example\nlogo: ./acme.svg\n---\nAcme makes calm software.\n'),
};
const acmeLogo = enc('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><circle cx="24" cy="24" r="20"/></svg>');

const base: Answers = {
  title: 'Backend Engineer',
  company: 'acme',
  category: 'engineering',
  workplace: 'remote',
  region: 'europe',
  experience: 'mid-senior',
  skills: 'Go, SQL',
  apply: 'https://acme.example/jobs/1',
};

function plan(answers: Answers, ctx: ScaffoldContext = context): ScaffoldPlan {
  const result = planListing(answers, ctx);
  if (!result.ok) throw new Error(describeProblems(result.missing, result.invalid));
  return result.plan;
}

function file(p: ScaffoldPlan, kind: 'job' | 'company' | 'logo'): string {
  const found = p.files.find((f) => f.kind === kind);
  if (!found) throw new Error(`no ${kind} file`);
  return found.text;
}

/** The frontmatter of a generated file, read back by a YAML parser. */
function frontmatterOf(text: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error('no frontmatter');
  return parse(match[1]!) as Record<string, unknown>;
}

const placeholderWarning = 'still has placeholder text ("Replace …") from npm run new or the template; write your own text in its place';

/** The plan with the editor's own text in place of every placeholder paragraph. */
function withOwnText(p: ScaffoldPlan): ScaffoldPlan {
  const own = {
    job: `## About the role\n\nYou will own the billing service end to end and work with two other backend engineers and a designer. ${'We ship small changes every day. '.repeat(8)}\n`,
    company: 'Fernhill Analytics makes reporting tools for small clinics.\n',
    logo: undefined,
  };
  return {
    ...p,
    files: p.files.map((f) => {
      const text = own[f.kind];
      return text === undefined ? f : { ...f, text: f.text.slice(0, f.text.indexOf('\n---\n') + 5) + text };
    }),
  };
}

/** Runs the real validator over a plan, next to the in-memory acme profile. */
function validatePlan(p: ScaffoldPlan) {
  return verifyPlan({
    plan: p,
    contentPath: 'content',
    jobs: [],
    companies: [acmeProfile],
    readFile: (path) => (path === 'content/companies/acme.svg' ? acmeLogo : undefined),
    today: context.today,
    defaultExpiryDays: 60,
  }).map((problem) => `${problem.file}:${problem.line} ${problem.severity} ${problem.field}: ${problem.message}`);
}

describe('scaffold: job file', () => {
  it('writes the answers as frontmatter in the documented order, with defaults filled in', () => {
    const p = plan({ ...base, salaryMin: '70000', salaryMax: '90_000', currency: 'usd', period: 'month' });
    expect(p.slug).toBe('backend-engineer-acme');
    expect(p.files.map((f) => [f.kind, f.path])).toEqual([['job', 'jobs/backend-engineer-acme.md']]);
    expect(file(p, 'job')).toBe(`---
title: Backend Engineer
company: acme
category: engineering
workplace: remote
employment: full-time
region: europe
experience: mid-senior
salary:
  min: 70000
  max: 90000
  currency: USD
  period: month
skills: [Go, SQL]
posted: "2026-11-25"
apply: https://acme.example/jobs/1
---
${descriptionSkeleton}`);
  });

  it('parses and passes the listing schema', () => {
    const p = plan({
      ...base,
      workplace: 'hybrid',
      region: 'DE, eu, DE',
      location: 'Berlin, Germany',
      employment: 'contract',
      skills: 'Go, go, Kubernetes ',
      posted: '2026-11-20',
    });
    expect(jobSchema.parse(frontmatterOf(file(p, 'job')))).toEqual({
      title: 'Backend Engineer',
      company: 'acme',
      category: 'engineering',
      workplace: 'hybrid',
      employment: 'contract',
      region: ['DE', 'eu'],
      location: 'Berlin, Germany',
      experience: 'mid-senior',
      skills: ['Go', 'Kubernetes'],
      posted: '2026-11-20',
      apply: 'https://acme.example/jobs/1',
      featured: false,
      draft: false,
    });
    expect(file(p, 'job')).toContain('\nregion: [DE, eu]\n');
  });

  it('passes the validator, which warns about the placeholder text until it is replaced (and about a missing salary)', () => {
    expect(validatePlan(plan({ ...base, salaryMin: '70000', salaryMax: '90000' }))).toEqual([
      `content/jobs/backend-engineer-acme.md:20 warning description: ${placeholderWarning}`,
    ]);
    expect(validatePlan(plan(base))).toEqual([
      'content/jobs/backend-engineer-acme.md:1 warning salary: is missing; listings with a salary get more applicants. Add min, max, currency and period, with estimated: true if it is your estimate',
      `content/jobs/backend-engineer-acme.md:15 warning description: ${placeholderWarning}`,
    ]);
    expect(validatePlan(withOwnText(plan({ ...base, salaryMin: '70000', salaryMax: '90000' })))).toEqual([]);
  });

  it('has a description skeleton with the usual headings, long enough not to be called short', () => {
    expect(descriptionSkeleton.match(/^## .+$/gm)).toEqual([
      '## About the role',
      "## What you'll do",
      "## What we're looking for",
      '## Salary and benefits',
      '## How we hire',
    ]);
    expect(checkBody('x.md', descriptionSkeleton, 1)).toEqual([]);
  });

  it('quotes titles with quotes, colons, emoji and YAML look-alikes so they read back unchanged', () => {
    const titles = [
      '"Rockstar" Engineer: Payments 🚀',
      "It's a Designer's job",
      '- Senior Designer',
      '#1 Data Engineer',
      '12345',
      '2026-11-25',
      '@scope Maintainer',
      'Engineer [Remote], {Contract}',
      'null pointer hunter',
    ];
    for (const title of titles) {
      const text = file(plan({ ...base, title, slug: 'quoted-title' }), 'job');
      expect(frontmatterOf(text)['title'], title).toBe(title);
      expect(jobSchema.parse(frontmatterOf(text)).title, title).toBe(title);
    }
    expect(file(plan({ ...base, title: '"Rockstar" Engineer: Payments 🚀' }), 'job')).toContain(
      `\ntitle: '"Rockstar" Engineer: Payments 🚀'\n`,
    );
    // YAML 1.1 parsers read NO and yes as booleans: they are quoted too.
    expect(file(plan({ ...base, region: 'NO' }), 'job')).toContain('\nregion: "NO"\n');
    expect(file(plan({ ...base, company: 'yes', companyName: 'yes', companyWebsite: 'https://yes.example' }), 'company')).toContain(
      '\nname: "yes"\n',
    );
  });

  it('quotes skills and locations that contain commas or YAML syntax', () => {
    const p = plan({
      ...base,
      workplace: 'onsite',
      region: '',
      location: 'Zürich: Kreis 5, "Old town"',
      skills: 'C#, @angular/core, #hashtags',
    });
    const data = frontmatterOf(file(p, 'job'));
    expect(data['location']).toBe('Zürich: Kreis 5, "Old town"');
    expect(data['skills']).toEqual(['C#', '@angular/core', '#hashtags']);
    expect(data['region']).toBeUndefined();
    expect(validatePlan(p).filter((line) => line.includes(' error '))).toEqual([]);
  });
});

describe('scaffold: slugs', () => {
  it('defaults to the title and company id, and takes a valid --slug', () => {
    expect(defaultSlug('Senior Designer: Payments & Billing', 'acme')).toBe('senior-designer-payments-and-billing-acme');
    expect(plan({ ...base, title: 'Zürich Designer (m/w/d) 🚀' }).slug).toBe('zurich-designer-m-w-d-acme');
    expect(plan({ ...base, slug: 'backend-2' }).files[0]!.path).toBe('jobs/backend-2.md');
  });

  it('rejects a slug that is not a file name, and suggests one', () => {
    const result = planListing({ ...base, slug: 'Backend Engineer!' }, context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(describeProblems(result.missing, result.invalid)).toBe(
      '--slug: "Backend Engineer!" is not a valid file name; use lowercase words joined by hyphens, like backend-engineer',
    );
  });

  it('finds the next free slug', () => {
    const taken = new Set(['a-job', 'a-job-2']);
    expect(freeSlug('a-job', (s) => taken.has(s))).toBe('a-job-3');
    expect(freeSlug('b-job', (s) => taken.has(s))).toBe('b-job');
  });
});

describe('scaffold: new company', () => {
  const answers: Answers = {
    ...base,
    company: undefined,
    companyName: 'Fernhill Analytics',
    companyWebsite: 'https://fernhill.example',
    companyLocation: 'Lisbon, Portugal',
  };

  it('writes a profile and a placeholder logo, with the id taken from the name', () => {
    const p = plan(answers);
    expect(p.newCompany).toEqual({
      id: 'fernhill-analytics',
      name: 'Fernhill Analytics',
      website: 'https://fernhill.example',
      location: 'Lisbon, Portugal',
    });
    expect(p.files.map((f) => [f.kind, f.path])).toEqual([
      ['job', 'jobs/backend-engineer-fernhill-analytics.md'],
      ['company', 'companies/fernhill-analytics.md'],
      ['logo', 'companies/fernhill-analytics.svg'],
    ]);
    expect(frontmatterOf(file(p, 'job'))['company']).toBe('fernhill-analytics');
    expect(file(p, 'company')).toBe(`---
name: Fernhill Analytics
website: https://fernhill.example
logo: ./fernhill-analytics.svg
location: Lisbon, Portugal
---
Replace this with two or three sentences about the company: what it makes, who it serves, and how and where the team works.
`);
    expect(logoProblem('fernhill-analytics.svg', enc(file(p, 'logo')))).toBeUndefined();
  });

  it('passes the validator, profile and logo included, warning only about the placeholder text', () => {
    const p = plan({ ...answers, salaryMin: '50000' });
    const problemsOf = (planned: ScaffoldPlan) =>
      verifyPlan({
        plan: planned,
        contentPath: 'content',
        jobs: [],
        companies: [acmeProfile],
        readFile: () => undefined,
        today: context.today,
        defaultExpiryDays: 60,
      }).map((problem) => `${problem.file}:${problem.line} ${problem.severity} ${problem.field}: ${problem.message}`);
    expect(problemsOf(p)).toEqual([
      `content/companies/fernhill-analytics.md:7 warning about: ${placeholderWarning}`,
      `content/jobs/backend-engineer-fernhill-analytics.md:19 warning description: ${placeholderWarning}`,
    ]);
    expect(problemsOf(withOwnText(p))).toEqual([]);
  });

  it('quotes a company name with YAML syntax and leaves out an empty location', () => {
    const p = plan({ ...answers, company: 'acme-and-co', companyName: 'Acme: "Tools" & Co', companyLocation: '' });
    expect(file(p, 'company')).toBe(`---
name: 'Acme: "Tools" & Co'
website: https://fernhill.example
logo: ./acme-and-co.svg
---
Replace this with two or three sentences about the company: what it makes, who it serves, and how and where the team works.
`);
  });

  it('refuses company details for a company that already has a profile', () => {
    const result = planListing({ ...base, companyName: 'Acme' }, context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.invalid).toEqual([
      {
        flag: '--company-name',
        message:
          'content/companies/acme.md already exists; leave out --company-name, --company-website and --company-location to use it, or choose another --company id',
      },
    ]);
  });

  it('draws the initial on a colour picked from the id', () => {
    expect(initialOf('fernhill Analytics')).toBe('F');
    expect(initialOf('  3M')).toBe('3');
    expect(initialOf('ällo')).toBe('Ä');
    expect(initialOf('🚀 & <co>')).toBe('C');
    expect(initialOf('!!!')).toBe('?');
    expect(logoColour('acme')).toBe(logoColour('acme'));
    const svg = placeholderLogoSvg('acme', 'Acme & <Co>');
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="48" height="48" viewBox="0 0 48 48"><rect width="48" height="48" rx="10" fill="#[0-9a-f]{6}"\/><text [^>]+>A<\/text><\/svg>\n$/,
    );
    expect(svg).not.toMatch(/script|href|on[a-z]+=/i);
  });
});

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

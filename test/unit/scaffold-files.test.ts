import { describe, expect, it } from 'vitest';
import { jobSchema } from '../../src/schema/job.ts';
import { checkBody } from '../../src/listing-files/validate/body.ts';
import { logoProblem } from '../../src/listing-files/validate/logo.ts';
import type { Answers } from '../../src/listing-files/scaffold/answers.ts';
import { descriptionSkeleton } from '../../src/listing-files/scaffold/job-file.ts';
import { initialOf, logoColour, placeholderLogoSvg } from '../../src/listing-files/scaffold/logo.ts';
import { defaultSlug, describeProblems, freeSlug, planListing, type ScaffoldPlan } from '../../src/listing-files/scaffold/plan.ts';
import { verifyPlan } from '../../src/listing-files/scaffold/verify.ts';
import {
  acmeProfile,
  base,
  context,
  enc,
  file,
  frontmatterOf,
  placeholderWarning,
  plan,
  validatePlan,
  withOwnText,
} from '../support/scaffold.ts';

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
    apply: 'https://fernhill.example/jobs/1',
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

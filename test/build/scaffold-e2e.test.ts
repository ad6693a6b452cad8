import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { BUILD_DATE, OUTPUT, ROOT, buildSite, cleanEnv, writeFixtureContent } from '../support/fixture.ts';
import { loadPage, pageExists } from '../support/html.ts';
import { descriptionSkeleton } from '../../src/listing-files/scaffold/job-file.ts';

const content = join(OUTPUT, 'content-scaffold');
const outDir = join(OUTPUT, 'dist-scaffold');
const shown = 'test/.output/content-scaffold'; // how the CLI names the folder, relative to the repository

/** Runs an npm script the way an editor would, on the scaffold's own copy of the fixture content. */
function npm(script: 'new' | 'validate', args: readonly string[] = []) {
  const result = spawnSync('npm', ['run', script, '--silent', '--', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input: '', // stdin is not a terminal: the scaffold must never wait for an answer
    env: { ...cleanEnv(), CONTENT_DIR: content, BUILD_DATE, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const existingCompanyJob = [
  '--yes',
  '--title',
  'Staff Engineer: "Payments" 🚀',
  '--company',
  'birchline',
  '--category',
  'engineering',
  '--workplace',
  'remote',
  '--region',
  'europe, NO',
  '--experience',
  'mid-senior',
  '--salary-min',
  '80000',
  '--salary-max',
  '100000',
  '--skills',
  'Go, PostgreSQL, Observability',
  '--apply',
  'https://birchline.example/jobs/staff-payments',
];
const slug = 'staff-engineer-payments-birchline';
const jobFile = join(content, 'jobs', `${slug}.md`);

const newCompanyJob = [
  '--yes',
  '--title',
  'Support Lead',
  '--company-name',
  'Fernhill Analytics',
  '--company-website',
  'https://fernhill.example',
  '--company-location',
  'Lisbon, Portugal',
  '--category',
  'customer-support',
  '--workplace',
  'onsite',
  '--location',
  'Lisbon, Portugal',
  '--experience',
  'associate',
  '--employment',
  'part-time',
  '--skills',
  'Zendesk, Portuguese',
  '--apply',
  'mailto:jobs@fernhill.example',
];

/** Every optional field CONTRIBUTING asks editors to use, by flag. */
const everyFieldJob = [
  '--yes',
  '--title',
  'Data Engineer',
  '--company',
  'birchline',
  '--category',
  'data-ml',
  '--workplace',
  'remote',
  '--region',
  'europe',
  '--exclude',
  'FR,ES',
  '--timezones',
  'UTC-1..UTC+3',
  '--experience',
  'mid-senior',
  '--salary-min',
  '60000',
  '--salary-max',
  '75000',
  '--estimated',
  '--skills',
  'Python, SQL',
  '--apply',
  'https://birchline.example/jobs/data-engineer',
  '--expires',
  '2027-01-15',
  '--source-name',
  'Fjordline Jobs',
  '--source-url',
  'https://fjordline.example/jobs/4411',
];
const everyFieldSlug = 'data-engineer-birchline';
const draftJob = [...everyFieldJob, '--draft', '--slug', 'data-engineer-draft', '--apply', 'https://birchline.example/jobs/data-draft'];

let first: ReturnType<typeof npm>;
let second: ReturnType<typeof npm>;
let everyField: ReturnType<typeof npm>;
let draft: ReturnType<typeof npm>;
let validate: ReturnType<typeof npm>;
let build: ReturnType<typeof buildSite>;

describe('npm run new, end to end', () => {
  beforeAll(() => {
    writeFixtureContent(content);
    first = npm('new', existingCompanyJob);
    second = npm('new', newCompanyJob);
    everyField = npm('new', everyFieldJob);
    draft = npm('new', draftJob);
    validate = npm('validate');
    build = buildSite({ content, outDir });
  });

  it('writes the listing and says what to do next', () => {
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toBe(`Wrote:
  ${shown}/jobs/${slug}.md

Next steps:
  1. Edit ${shown}/jobs/${slug}.md: replace the placeholder text under each heading with the real description (the validator warns until you do).
  2. Run "npm run validate -- ${shown}/jobs/${slug}.md" to check it.
  3. Commit every new file (git add content/) and open a pull request.
`);
    expect(readFileSync(jobFile, 'utf8')).toBe(`---
title: 'Staff Engineer: "Payments" 🚀'
company: birchline
category: engineering
workplace: remote
employment: full-time
region: [europe, "NO"]
experience: mid-senior
salary:
  min: 80000
  max: 100000
  currency: EUR
  period: year
skills: [Go, PostgreSQL, Observability]
posted: "${BUILD_DATE}"
apply: https://birchline.example/jobs/staff-payments
---
${descriptionSkeleton}`);
  });

  it('creates a profile and a placeholder logo for a new company, and asks to replace the logo', () => {
    expect(second.stderr).toBe('');
    expect(second.status).toBe(0);
    for (const path of ['jobs/support-lead-fernhill-analytics.md', 'companies/fernhill-analytics.md', 'companies/fernhill-analytics.svg']) {
      expect(second.stdout).toContain(`  ${shown}/${path}`);
      expect(existsSync(join(content, path)), path).toBe(true);
    }
    expect(second.stdout).toContain(
      `${shown}/companies/fernhill-analytics.svg  (placeholder logo: replace it with the real one: square, ideally SVG; PNG, JPG, WebP, GIF or AVIF also work)`,
    );
    expect(second.stdout).toContain('Warnings (fine to leave, better to fix):');
    expect(second.stdout).toContain('salary: is missing');
    // The placeholder text is the first next step, not a warning to leave.
    expect(second.stdout).not.toContain('placeholder text ("Replace …")');
    expect(readFileSync(join(content, 'companies/fernhill-analytics.md'), 'utf8')).toBe(`---
name: Fernhill Analytics
website: https://fernhill.example
logo: ./fernhill-analytics.svg
location: Lisbon, Portugal
---
Replace this with two or three sentences about the company: what it makes, who it serves, and how and where the team works.
`);
  });

  it('writes exclude, timezones, estimated, expires, source and draft from their flags', () => {
    expect(everyField.stderr).toBe('');
    expect(everyField.status).toBe(0);
    expect(readFileSync(join(content, 'jobs', `${everyFieldSlug}.md`), 'utf8')).toBe(`---
title: Data Engineer
company: birchline
category: data-ml
workplace: remote
employment: full-time
region: europe
exclude: [FR, ES]
timezones: {from: UTC-1, to: UTC+3}
experience: mid-senior
salary:
  min: 60000
  max: 75000
  currency: EUR
  period: year
  estimated: true
skills: [Python, SQL]
posted: "${BUILD_DATE}"
expires: "2027-01-15"
apply: https://birchline.example/jobs/data-engineer
source:
  name: Fjordline Jobs
  url: https://fjordline.example/jobs/4411
---
${descriptionSkeleton}`);
    expect(draft.stderr).toBe('');
    expect(draft.status).toBe(0);
    expect(readFileSync(join(content, 'jobs', 'data-engineer-draft.md'), 'utf8')).toMatch(/\nsource:\n.*\n.*\ndraft: true\n---\n/);
    expect(draft.stdout).toContain(
      `3. It is a draft: npm run dev shows it, the published site does not. Delete the line draft: true from ${shown}/jobs/data-engineer-draft.md when it is ready.`,
    );
  });

  it('passes npm run validate', () => {
    expect(validate.stderr).toBe('');
    expect(validate.status).toBe(0);
    expect(validate.stdout).toMatch(/^⚠ 0 errors, \d+ warnings in \d+ files$/m);
    // The new files only warn about the placeholder text still to replace, and what the editor chose to leave out (no salary for the support job).
    const placeholder = 'still has placeholder text ("Replace …") from npm run new or the template; write your own text in its place';
    const newFileLines = validate.stdout.split('\n').filter((line) => line.includes(`${slug}.md`) || line.includes('fernhill-analytics'));
    expect(newFileLines).toEqual([
      `${shown}/companies/fernhill-analytics.md:7  warning  about: ${placeholder}`,
      `${shown}/jobs/staff-engineer-payments-birchline.md:20  warning  description: ${placeholder}`,
      `${shown}/jobs/support-lead-fernhill-analytics.md:1  warning  salary: is missing; listings with a salary get more applicants. Add min, max, currency and period, with estimated: true if it is your estimate`,
      `${shown}/jobs/support-lead-fernhill-analytics.md:15  warning  description: ${placeholder}`,
    ]);
  });

  it('builds a page for each new listing and the new company', () => {
    expect(build.status, build.output).toBe(0);
    expect(pageExists(outDir, `/jobs/${slug}/`)).toBe(true);
    const $ = loadPage(outDir, `/jobs/${slug}/`);
    expect($('h1').text()).toBe('Staff Engineer: "Payments" 🚀');
    expect($('main').text()).toContain('About the role');

    const support = loadPage(outDir, '/jobs/support-lead-fernhill-analytics/');
    expect(support('h1').text()).toBe('Support Lead');
    expect(support('main a[href="/companies/fernhill-analytics/"]').first().text()).toBe('Fernhill Analytics');
    expect(pageExists(outDir, '/companies/fernhill-analytics/')).toBe(true);
    expect(loadPage(outDir, '/companies/fernhill-analytics/')('h1').text()).toContain('Fernhill Analytics');

    // The fields from the new flags reach the page: the estimate is labelled, France and Spain are not open to applicants.
    const data = loadPage(outDir, `/jobs/${everyFieldSlug}/`);
    expect(data('main').text()).toContain('Estimated');
    const posting = data('script[type="application/ld+json"]')
      .map((_, script) => JSON.parse(data(script).text()) as { '@type': string; applicantLocationRequirements?: { name: string }[] })
      .get()
      .find((found) => found['@type'] === 'JobPosting');
    const countries = (posting?.applicantLocationRequirements ?? []).map((place) => place.name);
    expect(countries).toContain('DE');
    expect(countries).not.toContain('FR');
    expect(countries).not.toContain('ES');
    // A draft is never published.
    expect(pageExists(outDir, '/jobs/data-engineer-draft/')).toBe(false);
  });

  it('refuses to overwrite an existing listing, and suggests another --slug', () => {
    const before = readFileSync(jobFile);
    const again = npm('new', [...existingCompanyJob, '--apply', 'https://birchline.example/jobs/staff-payments-2']);
    expect(again.status).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr).toBe(`${shown}/jobs/${slug}.md already exists; nothing was written.
Choose another file name for the job, for example --slug ${slug}-2
`);
    expect(readFileSync(jobFile)).toEqual(before);
    expect(existsSync(join(content, 'jobs', `${slug}-2.md`))).toBe(false);
  });

  it('refuses an apply link another open job uses as soon as it reads the flags', () => {
    const again = npm('new', [...existingCompanyJob, '--slug', `${slug}-2`]);
    expect(again.status).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr)
      .toBe(`--apply: https://birchline.example/jobs/staff-payments is already the apply link of ${shown}/jobs/${slug}.md; each open job needs its own link — link to this job's own page on the company's site
Nothing was written.
`);
    expect(existsSync(join(content, 'jobs', `${slug}-2.md`))).toBe(false);
  });

  it('names the missing flags instead of prompting when stdin is not a terminal', () => {
    const missing = npm('new', ['--title', 'Backend Engineer', '--company', 'birchline', '--workplace', 'hybrid']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe(`Missing: --category, --region, --location (required for hybrid jobs), --experience, --skills, --apply
Pass the missing flags ("npm run new -- --help" lists them all), or run "npm run new" in a terminal to be asked.
Nothing was written.
`);
    expect(existsSync(join(content, 'jobs', 'backend-engineer-birchline.md'))).toBe(false);
  });
});

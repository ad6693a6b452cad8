import { describe, expect, it } from 'vitest';
import { listingTemplate } from '../../src/lib/submit-link.ts';
import { enc, longBody, job, goodFrontmatter, run, lines } from '../support/validator.ts';

describe('validator: listing fields', () => {
  it('passes a correct listing and profile without problems', () => {
    expect(run([job('backend-engineer-acme', goodFrontmatter)])).toEqual([]);
  });

  it('reports every mistake in a file at once, each with its line, field and fix', () => {
    const bad = job(
      'several-mistakes-acme',
      `title: Backend Engineer
company: acme
category: design
workplace: hybrid
region: europe
experience: senior
salary:
  min: 70000
  max: 90000
  currency: EURO
skills: [Go]
posted: 2026-11-20
apply: javascript:alert(1)
salry: 1
`,
    );
    expect(lines(run([bad]))).toEqual([
      'content/jobs/several-mistakes-acme.md:1 error location: is required for hybrid jobs: name the office, like "Stockholm, Sweden"',
      'content/jobs/several-mistakes-acme.md:4 error category: "design" is not a category; did you mean "product-design"?; choose one of: product-design, engineering, data-ml, product-management, marketing, sales, customer-support, operations, writing',
      'content/jobs/several-mistakes-acme.md:7 error experience: "senior" is not an experience level; did you mean "mid-senior"?; choose one of: internship, entry, associate, mid-senior, director, executive',
      'content/jobs/several-mistakes-acme.md:11 error salary.currency: "EURO" is not an ISO 4217 code; did you mean "EUR"?',
      'content/jobs/several-mistakes-acme.md:14 error apply: "javascript:alert(1)" is not a https: or mailto: address; write a full address like https://example.com/jobs/42 or mailto:jobs@example.com',
      'content/jobs/several-mistakes-acme.md:15 error salry: unknown field salry; did you mean "salary"?; allowed fields: title, company, category, workplace, employment, region, exclude, timezones, location, experience, salary, skills, posted, expires, apply, source, featured, draft, imported',
    ]);
  });

  it('applies cross-field and date rules even while other fields are wrong, so one run shows everything', () => {
    const bad = goodFrontmatter
      .replace('region: europe\n', '')
      .replace('category: engineering', 'category: nope')
      .replace('2026-11-20', '2026-12-01');
    const problems = lines(run([job('all-at-once-acme', bad)]));
    expect(problems).toContain(
      'content/jobs/all-at-once-acme.md:1 error region: is required for remote jobs: say where applicants may live, like europe or US',
    );
    expect(problems).toContain(
      "content/jobs/all-at-once-acme.md:9 error posted: (2026-12-01) is in the future; use today's date (2026-11-25) or earlier",
    );
    expect(problems.filter((p) => p.includes('category:'))).toHaveLength(1);
  });

  it('reports a company without a profile and a placeholder apply link beside a schema error', () => {
    const bad = goodFrontmatter
      .replace('company: acme', 'company: acne')
      .replace('category: engineering', 'category: nope')
      .replace('https://acme.example/jobs/1', 'https://example.com/apply');
    const problems = lines(run([job('several-acne', bad)]));
    expect(problems.find((p) => p.includes('error category:'))).toBeDefined();
    expect(problems).toContain(
      'content/jobs/several-acne.md:3 error company: "acne" has no profile; did you mean "acme"?; add content/companies/acne.md (see CONTRIBUTING.md) or use an existing company id',
    );
    expect(problems.find((p) => p.includes('error apply:') && p.includes('placeholder'))).toBeDefined();
  });

  it('checks cross-field rules once the fields themselves are valid', () => {
    const problems = lines(
      run([
        job(
          'hybrid-acme',
          goodFrontmatter
            .replace('workplace: remote', 'workplace: hybrid')
            .replace('posted: 2026-11-20', 'posted: 2026-11-20\nexpires: 2026-11-01'),
        ),
      ]),
    );
    expect(problems).toEqual([
      'content/jobs/hybrid-acme.md:1 error location: is required for hybrid jobs: name the office, like "Stockholm, Sweden"',
      'content/jobs/hybrid-acme.md:11 error expires: (2026-11-01) is before posted (2026-11-20); set it to a later date or remove it',
    ]);
  });

  it('flags a company without a profile, a future posted date and a bad file name', () => {
    expect(
      lines(
        run([job('Backend_Engineer', goodFrontmatter.replace('company: acme', 'company: globex').replace('2026-11-20', '2026-12-01'))]),
      ),
    ).toEqual([
      'content/jobs/Backend_Engineer.md:1 error file name: "Backend_Engineer.md" is not a valid slug; rename it to "backend-engineer.md" (lowercase words joined by hyphens)',
      'content/jobs/Backend_Engineer.md:3 error company: "globex" has no profile; add content/companies/globex.md (see CONTRIBUTING.md) or use an existing company id',
      "content/jobs/Backend_Engineer.md:10 error posted: (2026-12-01) is in the future; use today's date (2026-11-25) or earlier",
    ]);
  });

  it('warns about a short description and a missing salary', () => {
    const problems = lines(run([job('short-acme', goodFrontmatter.replace(/salary:.*\n/, ''), 'Short.\n')]));
    expect(problems).toEqual([
      'content/jobs/short-acme.md:1 warning salary: is missing; listings with a salary get more applicants. Add min, max, currency and period, with estimated: true if it is your estimate',
      'content/jobs/short-acme.md:12 warning description: is short (6 characters); aim for at least 300: what the role does, who you are looking for, pay and how you hire',
    ]);
  });

  it('suggests the company id an editor probably meant', () => {
    expect(lines(run([job('typo-acme', goodFrontmatter.replace('company: acme', 'company: acmee'))]))).toEqual([
      'content/jobs/typo-acme.md:3 error company: "acmee" has no profile; did you mean "acme"?; add content/companies/acmee.md (see CONTRIBUTING.md) or use an existing company id',
    ]);
  });

  it('points UK to the ISO code GB', () => {
    expect(lines(run([job('uk-acme', goodFrontmatter.replace('region: europe', 'region: UK'))]))[0]).toMatch(
      /region: "UK" is not a region or ISO country code; did you mean the country code "GB"\?/,
    );
  });

  it('names the right field and the right choices for a mistake inside a list or group', () => {
    const regionList = goodFrontmatter.replace('region: europe', 'region: [europe, Mars]');
    const salaryKey = goodFrontmatter.replace(
      'salary: { min: 70000, max: 90000, currency: EUR, period: year }',
      'salary: { min: 70000, currency: EUR, bonus: 5 }',
    );
    const problems = lines(run([job('region-acme', regionList), job('salary-acme', salaryKey)]));
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^content\/jobs\/region-acme\.md:6 error region\.1: "Mars" is not a region or ISO country code/);
    expect(problems[1]).toMatch(
      /^content\/jobs\/salary-acme\.md:8 error salary\.bonus: unknown field bonus; allowed fields: min, max, currency, period, estimated$/,
    );
  });

  it('warns about an implausible salary or closing date', () => {
    const odd = goodFrontmatter
      .replace('salary: { min: 70000, max: 90000, currency: EUR, period: year }', 'salary: { min: 1, max: 2, currency: JPY, period: year }')
      .replace('posted: 2026-11-20', 'posted: 2026-11-20\nexpires: 2099-12-31');
    expect(lines(run([job('odd-acme', odd)]))).toEqual([
      'content/jobs/odd-acme.md:8 warning salary.period: is year, but the amounts are under 1,000; should the period be month, week, day or hour?',
      'content/jobs/odd-acme.md:11 warning expires: is more than a year after posted (2026-11-20); set the day applications really close',
    ]);
  });

  it('warns about pay no one offers, a lookalike name and a featured flag, for the reviewer to judge', () => {
    const hourly = goodFrontmatter.replace(
      'salary: { min: 70000, max: 90000, currency: EUR, period: year }',
      'salary: { min: 90000, max: 100000, currency: USD, period: hour }',
    );
    const lookalike = goodFrontmatter
      .replace('title: Backend Engineer', 'title: Backend Engineer at Quіetfield')
      .replace('jobs/1', 'jobs/2');
    const featured = goodFrontmatter.replace('posted: 2026-11-20', 'posted: 2026-11-20\nfeatured: true').replace('jobs/1', 'jobs/3');
    expect(lines(run([job('hourly-acme', hourly), job('lookalike-acme', lookalike), job('featured-acme', featured)]))).toEqual([
      'content/jobs/featured-acme.md:11 warning featured: is true, which pins the job to the top of the home page; only the board’s editors set it',
      'content/jobs/hourly-acme.md:8 warning salary.max: comes to about 208,000,000 USD a year (2,080 hours); check the amount, the currency and the period',
      'content/jobs/lookalike-acme.md:2 warning title: mixes Latin with Cyrillic or Greek letters in "Quіetfield", which makes it look like another name; retype it',
    ]);
  });

  it('warns when the spelling of a skill has symbols or letters the board does not show in skill names', () => {
    const skills = goodFrontmatter.replace('skills: [Go, SQL]', 'skills: [Go, "AIRFLOW ☠ ЛОХОТРОН", Zürich C++]');
    expect(lines(run([job('skills-acme', skills)]))).toEqual([
      'content/jobs/skills-acme.md:9 warning skills.1: "AIRFLOW ☠ ЛОХОТРОН" has characters the board does not show in skill names (☠ Л О Х Т), so it is shown as "AIRFLOW"; write the skill in Latin letters and digits',
    ]);
  });

  it('warns when an office job without a region names no country, as it would be on no country page', () => {
    const onsite = (location: string) =>
      goodFrontmatter.replace('workplace: remote', 'workplace: onsite').replace('region: europe', `location: "${location}"`);
    expect(
      lines(run([job('boston-acme', onsite('Boston, MA')), job('berlin-acme', onsite('Berlin, Germany').replace('jobs/1', 'jobs/2'))])),
    ).toEqual([
      'content/jobs/boston-acme.md:6 warning location: names no country the board knows, so the job is on no country\'s page; end it with the country, like "Berlin, Germany", or add region',
    ]);
  });

  it('warns while placeholder text ("Replace …") is still there', () => {
    const body = `${longBody}\nReplace this paragraph with two or three sentences about the role.\n`;
    expect(lines(run([job('draft-acme', goodFrontmatter, body)]))).toEqual([
      'content/jobs/draft-acme.md:17 warning description: still has placeholder text ("Replace …") from npm run new or the template; write your own text in its place',
    ]);
  });

  it('keeps the "Post a job" template from passing until its placeholders are replaced', () => {
    const template = listingTemplate('2026-11-20').replace('your-company-id', 'acme');
    const file = (text: string) => ({ path: 'content/jobs/senior-product-designer-acme.md', bytes: enc(text) });
    expect(lines(run([file(template)])).map((line) => line.replace(/^\S+ /, ''))).toEqual([
      'error apply: "https://example.com/careers/senior-product-designer" is a placeholder address; link to the real job posting or mailbox',
      'warning description: still has placeholder text ("Replace …") from npm run new or the template; write your own text in its place',
    ]);
    const filledIn = template
      .replace('https://example.com/', 'https://acme.example/')
      .replace(/^(- )?Replace (this|each line) with (.*)$/gm, (_, dash = '', _what, rest) => `${dash}We wrote our own words about ${rest}`);
    expect(lines(run([file(filledIn)]))).toEqual([]);
  });
});

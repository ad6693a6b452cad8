import { listingTemplate } from '../../src/lib/submit-link.ts';
import { isPlaceholderAddress } from '../../src/listing-files/validate/placeholder-address.ts';
import { describe, expect, it } from 'vitest';
import { validateContent, type ContentFile } from '../../src/listing-files/validate/validate.ts';
import { formatGithub, formatJson, formatText } from '../../src/listing-files/validate/report.ts';
import { summarize } from '../../src/listing-files/problem.ts';

const enc = (text: string) => new TextEncoder().encode(text);
const svg = enc('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><circle cx="24" cy="24" r="20"/></svg>');
const longBody = `## About the role\n\n${'We build calm, useful software for clinics and the people who run them. '.repeat(6)}\n`;

const company = (id: string, extra = '') => ({
  path: `content/companies/${id}.md`,
  bytes: enc(`---\nname: ${id}\nwebsite: https://${id}.example\nlogo: ./${id}.svg\n${extra}---\nAbout ${id}.\n`),
});

function job(slug: string, frontmatter: string, body = longBody): ContentFile {
  return { path: `content/jobs/${slug}.md`, bytes: enc(`---\n${frontmatter}---\n${body}`) };
}

const goodFrontmatter = `title: Backend Engineer
company: acme
category: engineering
workplace: remote
region: europe
experience: mid-senior
salary: { min: 70000, max: 90000, currency: EUR, period: year }
skills: [Go, SQL]
posted: 2026-11-20
apply: https://acme.example/jobs/1
`;

function run(jobs: ContentFile[], options: { companies?: ContentFile[]; files?: Record<string, Uint8Array>; only?: string[] } = {}) {
  const files: Record<string, Uint8Array> = { 'content/companies/acme.svg': svg, ...options.files };
  return validateContent({
    jobs,
    companies: options.companies ?? [company('acme')],
    readFile: (path) => files[path],
    today: '2026-11-25',
    defaultExpiryDays: 60,
    only: options.only ? new Set(options.only) : undefined,
  });
}

const lines = (problems: ReturnType<typeof run>) => problems.map((p) => `${p.file}:${p.line} ${p.severity} ${p.field}: ${p.message}`);

describe('validator', () => {
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
      'content/jobs/several-mistakes-acme.md:15 error salry: unknown field salry; did you mean "salary"?; allowed fields: title, company, category, workplace, employment, region, location, experience, salary, skills, posted, expires, apply, source, featured, draft',
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

  it('flags duplicate slugs and the same apply link on two open jobs', () => {
    const problems = lines(run([job('dup-acme', goodFrontmatter), job('DUP-acme', goodFrontmatter.replace('Backend', 'Frontend'))]));
    expect(problems).toContain(
      'content/jobs/DUP-acme.md:1 error file name: gives the same page address as content/jobs/dup-acme.md; rename one of them',
    );
    expect(problems).toContain(
      'content/jobs/dup-acme.md:11 error apply: https://acme.example/jobs/1 is also the apply link of content/jobs/DUP-acme.md; each open job needs its own link, or delete the duplicate listing',
    );
  });

  it('does not count a closed job against the apply-link rule, but warns it is expired', () => {
    const old = job('old-acme', goodFrontmatter.replace('posted: 2026-11-20', 'posted: 2026-08-01'));
    expect(lines(run([job('new-acme', goodFrontmatter), old]))).toEqual([
      'content/jobs/old-acme.md:10 warning posted: the job closed on 2026-09-30. That is expected if you closed it: its page stays up, marked closed. Set a later expires date only if it is still open',
    ]);
  });

  it('warns about a short description and a missing salary', () => {
    const problems = lines(run([job('short-acme', goodFrontmatter.replace(/salary:.*\n/, ''), 'Short.\n')]));
    expect(problems).toEqual([
      'content/jobs/short-acme.md:1 warning salary: is missing; listings with a salary get more applicants. Add min, max, currency and period, with estimated: true if it is your estimate',
      'content/jobs/short-acme.md:12 warning description: is short (6 characters); aim for at least 300: what the role does, who you are looking for, pay and how you hire',
    ]);
  });

  it('rejects raw HTML, images and unsafe links in the description, on their lines', () => {
    const body = `${longBody}\n<script>alert(1)</script>\n\n![logo](https://evil.example/x.png)\n\n[click](javascript:alert(2))\n`;
    const problems = lines(run([job('html-acme', goodFrontmatter, body)]));
    expect(problems).toHaveLength(3);
    expect(problems[0]).toBe(
      'content/jobs/html-acme.md:17 error description: contains raw HTML ("<script>alert(1)</script>"); use markdown instead: ## Heading, **bold**, - list item, [text](https://…)',
    );
    expect(problems[1]).toBe(
      'content/jobs/html-acme.md:19 error description: contains an image; images are not shown in descriptions. Remove it (a company logo belongs in the company profile)',
    );
    expect(problems[2]).toBe(
      'content/jobs/html-acme.md:21 error description: has a link to "javascript:alert(2)"; links must start with https://, http:// or mailto:',
    );
  });

  it('suggests the company id an editor probably meant', () => {
    expect(lines(run([job('typo-acme', goodFrontmatter.replace('company: acme', 'company: acmee'))]))).toEqual([
      'content/jobs/typo-acme.md:3 error company: "acmee" has no profile; did you mean "acme"?; add content/companies/acmee.md (see CONTRIBUTING.md) or use an existing company id',
    ]);
  });

  it('explains YAML traps: an unquoted colon, an unclosed frontmatter, and " #" comments', () => {
    expect(
      lines(run([job('colon-acme', goodFrontmatter.replace('title: Backend Engineer', 'title: Backend Engineer: Payments'))])),
    ).toEqual([
      'content/jobs/colon-acme.md:2 error frontmatter: has a value containing ": " that YAML reads as a new field; wrap the value in double quotes, like title: "Engineer: Data"',
    ]);
    expect(lines(run([{ path: 'content/jobs/open-acme.md', bytes: enc(`---\n${goodFrontmatter}\n${longBody}`) }]))).toEqual([
      'content/jobs/open-acme.md:1 error frontmatter: is not closed: add a line with only "---" after the last field, before the description',
    ]);
    expect(lines(run([job('hash-acme', goodFrontmatter.replace('title: Backend Engineer', 'title: Backend Engineer #2'))]))).toEqual([
      'content/jobs/hash-acme.md:2 warning title: text after " #" is read as a comment and dropped; wrap the whole value in double quotes, like title: "Backend Engineer #…"',
    ]);
  });

  it('says how to quote a value YAML reads as syntax, and to indent with spaces', () => {
    const withTitle = (slug: string, title: string) => job(slug, goodFrontmatter.replace('title: Backend Engineer', `title: ${title}`));
    expect(
      lines(
        run([
          withTitle('apostrophe-acme', "'Harbour Master's Assistant'"),
          withTitle('star-acme', '*Tide* Developer'),
          withTitle('quoted-acme', '"The "Tide" team"'),
          job('tab-acme', goodFrontmatter.replace('skills: [Go, SQL]', 'skills:\n\t- Go')),
        ]),
      ),
    ).toEqual([
      'content/jobs/apostrophe-acme.md:2 error frontmatter: is not valid YAML (Unexpected scalar at node end); an apostrophe ends a value in single quotes: put the whole value in double quotes instead, like title: "…"',
      'content/jobs/quoted-acme.md:2 error frontmatter: is not valid YAML (Unexpected scalar at node end); inside double quotes write a " as \\", like title: "The \\"Tide\\" team"',
      'content/jobs/star-acme.md:2 error frontmatter: is not valid YAML (Unexpected scalar at node end); a value starting with * needs double quotes around all of it, like title: "…"',
      'content/jobs/tab-acme.md:10 error frontmatter: is not valid YAML (Tabs are not allowed as indentation); indent with spaces, not tabs',
    ]);
  });

  it('points UK to the ISO code GB', () => {
    expect(lines(run([job('uk-acme', goodFrontmatter.replace('region: europe', 'region: UK'))]))[0]).toMatch(
      /region: "UK" is not a region or ISO country code; did you mean the country code "GB"\?/,
    );
  });

  it('warns while placeholder text ("Replace …") is still there', () => {
    const body = `${longBody}\nReplace this paragraph with two or three sentences about the role.\n`;
    expect(lines(run([job('draft-acme', goodFrontmatter, body)]))).toEqual([
      'content/jobs/draft-acme.md:17 warning description: still has placeholder text ("Replace …") from npm run new or the template; write your own text in its place',
    ]);
  });

  it('reports inline raw HTML once per line', () => {
    const problems = lines(run([job('bold-acme', goodFrontmatter, `${longBody}\nWe are <b>remote</b> first.\n`)]));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/jobs\/bold-acme\.md:17 error description: contains raw HTML \("<b>"\)/);
  });

  it('refuses text that would vanish or mislead: skills with no Latin letters, invisible and direction characters', () => {
    const problems = lines(
      run([
        job('skills-acme', goodFrontmatter.replace('skills: [Go, SQL]', 'skills: [Go, 日本語, "🚀"]')),
        job('zero-width-acme', goodFrontmatter.replace('title: Backend Engineer', 'title: "\\u200B\\u200B\\u200B\\u200B\\u200B"')),
        job('override-acme', goodFrontmatter.replace('title: Backend Engineer', 'title: "Engineer \\u202Egnp.exe"')),
        job('control-acme', goodFrontmatter, `${longBody}\nBell \u0007 here.\n`),
      ]),
    );
    expect(problems).toEqual([
      'content/jobs/control-acme.md:17 error description: contains a control character (U+0007); delete it',
      'content/jobs/override-acme.md:2 error title: contains an invisible character (U+202E); delete it',
      'content/jobs/skills-acme.md:9 error skills.1: "日本語" has no Latin letters or digits for its page address; add a Latin spelling, like "Japanese (日本語)"',
      'content/jobs/skills-acme.md:9 error skills.2: has no letters or digits; write a skill such as "TypeScript"',
      'content/jobs/zero-width-acme.md:2 error title: contains an invisible character (U+200B); delete it',
    ]);
  });

  it('refuses blank-looking titles, YAML-escaped control characters and line separators', () => {
    const retitle = (slug: string, title: string) =>
      job(slug, goodFrontmatter.replace('title: Backend Engineer', `title: "${title}"`).replace('jobs/1', `jobs/${slug}`));
    const problems = lines(
      run([
        retitle('filler-acme', '\u3164\u3164\u3164\u3164\u3164\u3164'),
        retitle('soft-hyphen-acme', 'Back\u00ADend Engineer'),
        retitle('tag-acme', 'Backend Engineer\\U000E0041'),
        retitle('bell-acme', 'Senior\\aEngineer'),
        retitle('escape-acme', 'Senior \\e[31mEngineer'),
        retitle('separator-acme', 'Senior\\LEngineer'),
        retitle('paragraph-acme', 'Senior\\PEngineer'),
      ]),
    );
    expect(problems).toEqual([
      'content/jobs/bell-acme.md:2 error title: contains a control character (U+0007); delete it',
      'content/jobs/escape-acme.md:2 error title: contains a control character (U+001B); delete it',
      'content/jobs/filler-acme.md:2 error title: contains an invisible character (U+3164); delete it',
      'content/jobs/paragraph-acme.md:2 error title: must be one line; remove the line break',
      'content/jobs/separator-acme.md:2 error title: must be one line; remove the line break',
      'content/jobs/soft-hyphen-acme.md:2 error title: contains an invisible character (U+00AD); delete it',
      'content/jobs/tag-acme.md:2 error title: contains an invisible character (U+E0041); delete it',
    ]);
  });

  it('refuses an empty description and a word long enough to freeze a phone', () => {
    const problems = lines(
      run([
        job('empty-acme', goodFrontmatter, '\n'),
        job('long-word-acme', goodFrontmatter.replace('jobs/1', 'jobs/2'), `${longBody}\n${'A'.repeat(5000)}\n`),
      ]),
    );
    expect(problems).toEqual([
      'content/jobs/empty-acme.md:13 error description: is empty; below the frontmatter, say what the role does, who you are looking for, pay and how you hire',
      'content/jobs/long-word-acme.md:17 error description: has a word of 5,000 characters; break it up (no word or link may be over 300 characters)',
    ]);
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

  it('refuses apply links that hide where they go or copy applications elsewhere, and spots the same mailbox spelt twice', () => {
    const withApply = (apply: string) => goodFrontmatter.replace('apply: https://acme.example/jobs/1', `apply: "${apply}"`);
    const problems = lines(
      run([
        job('userinfo-acme', withApply('https://acme.example@evil.example/jobs')),
        job('bcc-acme', withApply('mailto:jobs@acme.example?subject=Hi&bcc=harvest@evil.example')),
        job('crlf-acme', withApply('mailto:jobs@acme.example?subject=Hi%0D%0ABcc:%20x@evil.example')),
        job('lower-acme', withApply('mailto:jobs@acme.example')),
        job('upper-acme', withApply('MAILTO:JOBS@ACME.EXAMPLE')),
        job('page-acme', withApply('https://acme.example/jobs/7')),
        job('fragment-acme', withApply('https://acme.example/jobs/7#again')),
        // One-page careers sites route by fragment: these are two jobs.
        job('route-one-acme', withApply('https://acme.example/careers#/jobs/1')),
        job('route-two-acme', withApply('https://acme.example/careers#/jobs/2')),
      ]),
    );
    expect(problems).toEqual([
      'content/jobs/bcc-acme.md:11 error apply: "mailto:jobs@acme.example?subject=Hi&bcc=harvest@evil.example" carries bcc; a mailto: link may only set a subject and body, so applications go to one mailbox',
      'content/jobs/crlf-acme.md:11 error apply: "mailto:jobs@acme.example?subject=Hi%0D%0ABcc:%20x@evil.example" has a line break in its subject; remove the %0A or %0D',
      'content/jobs/fragment-acme.md:11 error apply: https://acme.example/jobs/7#again is also the apply link of content/jobs/page-acme.md; each open job needs its own link, or delete the duplicate listing',
      'content/jobs/lower-acme.md:11 error apply: mailto:jobs@acme.example is also the apply link of content/jobs/upper-acme.md; each open job needs its own link, or delete the duplicate listing',
      'content/jobs/page-acme.md:11 error apply: https://acme.example/jobs/7 is also the apply link of content/jobs/fragment-acme.md; each open job needs its own link, or delete the duplicate listing',
      'content/jobs/upper-acme.md:11 error apply: mailto:JOBS@ACME.EXAMPLE is also the apply link of content/jobs/lower-acme.md; each open job needs its own link, or delete the duplicate listing',
      'content/jobs/userinfo-acme.md:11 error apply: "https://acme.example@evil.example/jobs" names a user before the host (…@); link straight to the site, like https://evil.example/jobs',
    ]);
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
      'content/jobs/hourly-acme.md:8 warning salary.max: comes to about 208,000,000 USD a year (2,080 hours); check the amount and the period',
      'content/jobs/lookalike-acme.md:2 warning title: mixes Latin with Cyrillic or Greek letters in "Quіetfield", which makes it look like another name; retype it',
    ]);
  });

  it('names a duplicated field, the line an unclosed quote opens on, a line break in a title and a timestamp for a date', () => {
    const problems = lines(
      run([
        job('list-title-acme', goodFrontmatter.replace('title: Backend Engineer', 'title: [Backend, Engineer]')),
        job('short-year-acme', goodFrontmatter.replace('posted: 2026-11-20', 'posted: 0026-11-20')),
        job('twice-acme', goodFrontmatter.replace('posted: 2026-11-20', 'posted: 2026-11-20\ncategory: design')),
        job('quote-acme', goodFrontmatter.replace('title: Backend Engineer', 'title: "Backend Engineer')),
        job('two-lines-acme', goodFrontmatter.replace('title: Backend Engineer', 'title: "Backend\\nEngineer"')),
        job('timestamp-acme', goodFrontmatter.replace('posted: 2026-11-20', 'posted: 2026-11-20T23:30:00-05:00')),
      ]),
    );
    expect(problems).toEqual([
      // A list is not text: one message, not also "too short" for a list of two.
      'content/jobs/list-title-acme.md:2 error title: must be text (the job title)',
      'content/jobs/quote-acme.md:2 error frontmatter: is not valid YAML (Missing closing "quote); a value that opens a quote must close it with the same mark on the same line',
      // YAML reads 0026 as 1926.
      'content/jobs/short-year-acme.md:10 error posted: has an unlikely year: write all four digits, like 2026-11-18',
      'content/jobs/timestamp-acme.md:10 error posted: must be a date written YYYY-MM-DD, like 2026-11-18',
      'content/jobs/twice-acme.md:11 error frontmatter: has the field category twice (lines 4 and 11); keep one',
      'content/jobs/two-lines-acme.md:2 error title: must be one line; remove the line break',
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

  it('reports a missing logo in the same run as a wrong website, and a misspelt field once', () => {
    const newco = {
      path: 'content/companies/newco.md',
      bytes: enc('---\nname: Newco\nwebsite: http://newco.example\nlogo: ./newco.png\n---\nAbout Newco.\n'),
    };
    const companies = [company('acme'), newco];
    const misspelt = job('typo-acme', goodFrontmatter.replace('experience: mid-senior', 'experiance: mid-senior'));
    expect(lines(run([misspelt], { companies }))).toEqual([
      'content/companies/newco.md:3 error website: "http://newco.example" is not secure; use https:// (browsers warn on http: pages), like https://newco.example',
      'content/companies/newco.md:4 error logo: ./newco.png was not found next to the profile; add the image file or fix the path',
      // Not also "experience: is required" on line 1.
      'content/jobs/typo-acme.md:7 error experiance: unknown field experiance; did you mean "experience"?; allowed fields: title, company, category, workplace, employment, region, location, experience, salary, skills, posted, expires, apply, source, featured, draft',
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

  it('refuses placeholder domains for apply links and company websites, but not the .example domains of sample content', () => {
    expect(isPlaceholderAddress('https://example.com/jobs/1')).toBe(true);
    expect(isPlaceholderAddress('https://careers.EXAMPLE.org./x')).toBe(true);
    expect(isPlaceholderAddress('mailto:jobs@example.net?subject=Hi')).toBe(true);
    expect(isPlaceholderAddress('https://acme.example/jobs/1')).toBe(false);
    expect(isPlaceholderAddress('https://notexample.com/jobs')).toBe(false);
    expect(isPlaceholderAddress('mailto:jobs@acme.example')).toBe(false);
    const placeholder = {
      path: 'content/companies/acme.md',
      bytes: enc('---\nname: Acme\nwebsite: https://www.example.com\nlogo: ./acme.svg\n---\nAbout Acme.\n'),
    };
    expect(lines(run([], { companies: [placeholder] }))).toEqual([
      `content/companies/acme.md:3 error website: "https://www.example.com" is a placeholder address; use the company's own site`,
    ]);
  });

  it('checks company profiles and their logos', () => {
    const companies = [company('acme'), company('nologo'), company('badlogo'), company('scripted'), company('Bad_Name', 'website2: x\n')];
    const files = {
      'content/companies/badlogo.svg': enc('hello'),
      'content/companies/scripted.svg': enc('<svg><script>alert(1)</script></svg>'),
      'content/companies/Bad_Name.svg': svg,
    };
    expect(lines(run([], { companies, files }))).toEqual([
      'content/companies/Bad_Name.md:1 error file name: "Bad_Name.md" is not a valid slug; rename it to "bad-name.md" (lowercase words joined by hyphens)',
      'content/companies/Bad_Name.md:5 error website2: unknown field website2; did you mean "website"?; allowed fields: name, website, logo, location',
      'content/companies/badlogo.md:4 error logo: badlogo.svg is not an SVG image: its outermost element must be <svg>; export the logo again as SVG or PNG',
      'content/companies/nologo.md:4 error logo: ./nologo.svg was not found next to the profile; add the image file or fix the path',
      'content/companies/scripted.md:4 error logo: scripted.svg contains <script> on line 1; logos must be plain drawings. Export it again without scripts, links or animation',
    ]);
  });

  it('reports only the files named, while cross-file rules still see every file', () => {
    const problems = run(
      [job('a-acme', goodFrontmatter), job('b-acme', goodFrontmatter.replace('category: engineering', 'category: nope'))],
      {
        only: ['content/jobs/a-acme.md'],
      },
    );
    expect(problems).toEqual([]);
  });

  it('rejects broken files with a clear message instead of a stack trace', () => {
    const files: ContentFile[] = [
      { path: 'content/jobs/bom-acme.md', bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...enc(`---\n${goodFrontmatter}---\n${longBody}`)]) },
      { path: 'content/jobs/latin1-acme.md', bytes: new Uint8Array([...enc('---\ntitle: Caf'), 0xe9, ...enc('\n---\n')]) },
      { path: 'content/jobs/huge-acme.md', bytes: enc(`---\n${goodFrontmatter}---\n${'x'.repeat(200 * 1024)}`) },
      job('dupkey-acme', `${goodFrontmatter}title: Again\n`),
      job('yaml-acme', 'title: "unclosed\n'),
      job(
        'bomb-acme',
        `a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n`,
      ),
      { path: 'content/jobs/nofm-acme.md', bytes: enc('just text\n') },
      {
        path: 'content/jobs/crlf-acme.md',
        bytes: enc(`---\n${goodFrontmatter}---\n${longBody}`.replace(/\n/g, '\r\n').replace('jobs/1', 'jobs/crlf')),
      },
    ];
    expect(lines(run(files))).toEqual([
      'content/jobs/bom-acme.md:1 error file: starts with a byte-order mark (BOM); save it as "UTF-8" without BOM',
      'content/jobs/bomb-acme.md:1 error frontmatter: uses too many YAML aliases (*name); write the values out',
      'content/jobs/dupkey-acme.md:12 error frontmatter: has the field title twice (lines 2 and 12); keep one',
      'content/jobs/huge-acme.md:1 error file: is 200 KB; listings must be under 100 KB. Shorten the description',
      'content/jobs/latin1-acme.md:1 error file: is not valid UTF-8 text; save it with UTF-8 encoding',
      'content/jobs/nofm-acme.md:1 error frontmatter: is missing: start the file with a line "---", the fields, then another "---"',
      'content/jobs/yaml-acme.md:2 error frontmatter: is not valid YAML (Missing closing "quote); a value that opens a quote must close it with the same mark on the same line',
    ]);
  });
});

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
});

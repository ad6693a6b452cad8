/**
 * Property-based tests of the validator against hostile and broken files:
 * whatever bytes a pull request contains, `validateContent` answers with
 * well-formed problems an editor can act on (never a crash, a stack trace
 * or a wall of text), and a file it passes also passes the build's own
 * frontmatter parser (Astro reads YAML with js-yaml) and schema.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'yaml';
// The function Astro's content layer uses to split and parse frontmatter (js-yaml).
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { validateContent } from '../../src/listing-files/validate/validate.ts';
import { readSourceFile } from '../../src/listing-files/source-file.ts';
import { checkBody } from '../../src/listing-files/validate/body.ts';
import type { Problem } from '../../src/listing-files/problem.ts';
import { jobSchema, jobShape } from '../../src/schema/job.ts';

const JOB = 'content/jobs/fuzz-job.md';
const COMPANY = 'content/companies/acme.md';
const encoder = new TextEncoder();
const enc = (text: string) => encoder.encode(text);
const svg = enc('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 48 48"><circle cx="24" cy="24" r="20"/></svg>');
const goodCompany = enc('---\nname: Acme\nwebsite: https://acme.example\nlogo: ./acme.svg\n---\nAcme makes things.\n');

/** fc.assert settings: enough runs to matter, and a hang fails the run instead of freezing it. */
const runs = { numRuns: 300, interruptAfterTimeLimit: 20_000 } as const;

function validateFiles(job: Uint8Array | undefined, company: Uint8Array = goodCompany): Problem[] {
  return validateContent({
    jobs: job ? [{ path: JOB, bytes: job }] : [],
    companies: [{ path: COMPANY, bytes: company }],
    readFile: (path) => (path === 'content/companies/acme.svg' ? svg : undefined),
    today: '2026-11-25',
    defaultExpiryDays: 60,
  });
}

/** What every problem must look like, whatever the input. */
function expectWellFormed(problems: readonly Problem[], files: Record<string, Uint8Array>): void {
  for (const problem of problems) {
    const bytes = files[problem.file];
    expect(bytes, `problem for an unknown file: ${JSON.stringify(problem)}`).toBeDefined();
    const lineCount = new TextDecoder().decode(bytes).split(/\r\n|\r|\n/).length;
    expect(problem.field.trim(), JSON.stringify(problem)).not.toBe('');
    expect(Number.isInteger(problem.line), JSON.stringify(problem)).toBe(true);
    expect(problem.line, JSON.stringify(problem)).toBeGreaterThanOrEqual(1);
    expect(problem.line, JSON.stringify(problem)).toBeLessThanOrEqual(lineCount + 1);
    expect(['error', 'warning']).toContain(problem.severity);
    expect(problem.message.trim(), JSON.stringify(problem)).not.toBe('');
    expect(problem.message.length, problem.message.slice(0, 2000)).toBeLessThan(600);
    // No stack frames, no "SomethingError:" prefixes, no zod defaults that would mean an unhandled case.
    expect(problem.message).not.toMatch(/(^|\n)\s*at \S.*(:\d+:\d+|\(native\))/);
    expect(problem.message).not.toMatch(/\b[A-Z]?[a-zA-Z]*Error:/);
    expect(problem.message).not.toMatch(/Invalid input|Invalid option|Expected .* received|\[object Object\]/);
  }
}

function checkJobFile(bytes: Uint8Array): Problem[] {
  const problems = validateFiles(bytes);
  expectWellFormed(problems, { [JOB]: bytes, [COMPANY]: goodCompany });
  return problems;
}

/**
 * A file the validator passes must build: Astro's own frontmatter parser
 * reads it without throwing, into the same data and body the validator read,
 * the schema accepts that data, and the body Astro renders has nothing the
 * validator would have flagged.
 */
function expectBuildAgrees(bytes: Uint8Array, problems: readonly Problem[]): void {
  if (problems.some((p) => p.severity === 'error')) return;
  const text = new TextDecoder().decode(bytes);
  const parsed = parseFrontmatter(text);
  const read = readSourceFile(JOB, bytes);
  if (!read.ok) throw new Error(`validator passed a file it cannot read: ${JSON.stringify(read.problems)}`);
  expect(read.source.data, `validator and build read different data\n${text.slice(0, 500)}`).toEqual(parsed.frontmatter);
  const astroBody = parsed.content.replace(/\r\n/g, '\n').trim();
  expect(read.source.body.trim(), `validator and build end the frontmatter in different places\n${text.slice(0, 500)}`).toBe(astroBody);
  const result = jobSchema.safeParse(parsed.frontmatter);
  expect(result.success, `validator passed, build schema failed: ${JSON.stringify(result.error?.issues)}\n${text.slice(0, 500)}`).toBe(
    true,
  );
  const bodyErrors = checkBody(JOB, parsed.content, 1).filter((p) => p.severity === 'error');
  expect(bodyErrors, `validator passed, but the body Astro renders has problems\n${text.slice(0, 500)}`).toEqual([]);
}

// ---------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------

/** Scalars YAML or the schema treat specially. */
const trickyScalar = fc.constantFrom(
  '2026-11-20',
  '2026-02-30',
  '2026-11-20T10:00:00Z',
  '2026-11-20 23:30:00 -05:00',
  '0050-01-01',
  'yes',
  'no',
  'on',
  '~',
  'null',
  'NULL',
  '0x1F',
  '0o17',
  '012',
  '1e3',
  '.inf',
  '-.inf',
  '.nan',
  '1_000',
  '+1',
  '!foo bar',
  '!!binary aGk=',
  '*alias',
  '&anchor x',
  '@x',
  '`x`',
  '%x',
  '- x',
  '? x',
  ': x',
  '|',
  '>',
  '#x',
  'a #b',
  '<<',
  '"',
  "'",
  '---',
  '...',
  '+++',
  '\t',
  ' ',
  '',
  '\u0000',
  '\u2028',
  '\uFEFF',
  '\u202Eevil',
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  'https://example.com/jobs/1',
  'https://x',
  'http://example.com',
  'mailto:a@b.co',
  'mailto:nobody',
  'EUR',
  'EURO',
  'eur',
  'europe',
  'DE',
  'de',
  'UK',
  'remote',
  'hybrid',
  'onsite',
  'engineering',
  'design',
  'mid-senior',
  'acme',
  'Acme',
  'full-time',
  'year',
  '<script>alert(1)</script>',
  '</script><script>alert(1)</script>',
  '" onmouseover="alert(1)',
  'x'.repeat(5000),
);

const text = fc.oneof(
  { weight: 3, arbitrary: fc.string() },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 80 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 3000 }) },
  { weight: 3, arbitrary: trickyScalar },
);

const scalar = fc.oneof(
  { weight: 5, arbitrary: text },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }) },
);

/** Any YAML-able value: scalars, lists and maps, sometimes deeper than a listing ever is. */
const anyValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: scalar },
    { weight: 1, arbitrary: fc.array(tie('value'), { maxLength: 5 }) },
    { weight: 1, arbitrary: fc.dictionary(text, tie('value'), { maxKeys: 5 }) },
  ),
})).value;

/** Values that are valid, or nearly valid, for each real field: so many files get past the first error. */
const nearlyValid: Record<string, fc.Arbitrary<unknown>> = {
  title: fc.oneof(fc.constant('Backend Engineer'), fc.string({ minLength: 5, maxLength: 120 })),
  company: fc.constantFrom('acme', 'globex', 'Acme'),
  category: fc.constantFrom('engineering', 'product-design', 'design'),
  workplace: fc.constantFrom('remote', 'hybrid', 'onsite'),
  employment: fc.constantFrom('full-time', 'contract', 'gig'),
  region: fc.oneof(
    fc.constantFrom('europe', 'DE', 'worldwide', 'mars'),
    fc.array(fc.constantFrom('eu', 'US', 'GB', 'uk'), { maxLength: 3 }),
  ),
  exclude: fc.oneof(fc.constantFrom('FR', 'France', 'uk', 'US'), fc.array(fc.constantFrom('FR', 'ES', 'XX', 'DE', 'JP'), { maxLength: 4 })),
  timezones: fc.oneof(
    fc.record({ from: fc.constantFrom('UTC-1', 'GMT+5:30', 'UTC+15', '-1', 'CET'), to: fc.constantFrom('UTC+3', 'UTC−8', 'UTC+14:45') }),
    fc.record({ from: fc.integer({ min: -14, max: 16 }), to: fc.string({ maxLength: 12 }) }, { requiredKeys: [] }),
    fc.constant('UTC+2'),
  ),
  location: fc.oneof(fc.constant('Berlin, Germany'), fc.string({ maxLength: 130 })),
  experience: fc.constantFrom('mid-senior', 'entry', 'senior'),
  salary: fc.record(
    {
      min: fc.oneof(fc.integer({ min: -10, max: 200_000_000 }), fc.constant(70000)),
      max: fc.oneof(fc.integer({ min: 0, max: 200_000 }), fc.constant(90000)),
      currency: fc.constantFrom('EUR', 'USD', 'EURO', 'XXX'),
      period: fc.constantFrom('year', 'hour', 'decade'),
      estimated: fc.boolean(),
    },
    { requiredKeys: ['min', 'currency'] },
  ),
  skills: fc.array(fc.oneof(fc.constantFrom('Go', 'SQL', 'go'), fc.string({ maxLength: 45 })), { maxLength: 22 }),
  posted: fc.oneof(fc.constantFrom('2026-11-20', '2026-02-30', '2030-01-01', '2026-1-5'), fc.date({ noInvalidDate: true })),
  expires: fc.constantFrom('2027-01-01', '2026-11-01', '2026-13-01'),
  apply: fc.oneof(
    fc.constantFrom('https://acme.example/jobs/1', 'mailto:jobs@acme.example', 'javascript:alert(1)', 'https://x'),
    fc.webUrl(),
  ),
  source: fc.record({ name: fc.constantFrom('Elsewhere', 'x'), url: fc.constantFrom('https://elsewhere.example/1', 'data:text/html,x') }),
  featured: fc.oneof(fc.boolean(), fc.constant('yes')),
  draft: fc.boolean(),
  imported: fc.record({
    from: fc.constantFrom('greenhouse', 'levr'),
    id: fc.constantFrom('4012', 'a b'),
    digest: fc.constantFrom('0123456789abcdef', 'nope'),
  }),
};

const validFrontmatter = {
  title: 'Backend Engineer',
  company: 'acme',
  category: 'engineering',
  workplace: 'remote',
  region: 'europe',
  experience: 'mid-senior',
  salary: { min: 70000, max: 90000, currency: 'EUR', period: 'year' },
  skills: ['Go', 'SQL'],
  posted: '2026-11-20',
  apply: 'https://acme.example/jobs/1',
};

const fieldNames = Object.keys(jobShape);

/** A valid listing with a few fields replaced, removed or added. */
const perturbedFrontmatter = fc
  .tuple(
    fc.dictionary(fc.constantFrom(...fieldNames), fc.oneof(...fieldNames.map((name) => nearlyValid[name]!)), { maxKeys: 3 }),
    fc.uniqueArray(fc.constantFrom(...fieldNames), { maxLength: 2 }),
    fc.dictionary(fc.constantFrom(...fieldNames), anyValue, { maxKeys: 2 }),
    fc.dictionary(text, anyValue, { maxKeys: 2 }),
  )
  .map(([nearly, removed, wild, extra]) => {
    const data: Record<string, unknown> = { ...validFrontmatter };
    for (const [key, value] of Object.entries(nearly)) {
      const name = key in nearlyValid ? key : 'title';
      data[name] = value;
    }
    for (const name of removed) delete data[name];
    return { ...data, ...wild, ...extra };
  });

/** Anything at all, keyed by real field names and random ones. */
const arbitraryFrontmatter = fc.oneof(
  fc.record(Object.fromEntries(fieldNames.map((name) => [name, anyValue])), { requiredKeys: [] }),
  fc.dictionary(text, anyValue, { maxKeys: 8 }),
  perturbedFrontmatter,
);

const markdownFragment = fc.constantFrom(
  '# ',
  '## ',
  '\n',
  '\n\n',
  '[x](',
  ')',
  '](',
  '![',
  '[x]: ',
  '[x][y]',
  '<',
  '>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href=javascript:alert(1)>',
  '</a>',
  '<!--',
  '-->',
  '<![CDATA[',
  'javascript:',
  'JaVaScRiPt:',
  'java\tscript:',
  'data:text/html,',
  'vbscript:',
  '&#106;',
  '&#x6A;',
  '&colon;',
  '&#0;',
  'https://example.com',
  'mailto:a@b.co',
  ' "title"',
  " 'title'",
  '```',
  '~~~',
  '    ',
  '> ',
  '- ',
  '* ',
  '1. ',
  '|a|b|\n|-|-|\n',
  '**',
  '_',
  '`',
  '\\',
  '[^1]',
  '[^1]: note',
  '---',
  '+++',
  '***',
  '\u202E',
  '\u0000',
  '👩🏽‍💻',
  'مرحبا',
  'שלום',
  'x'.repeat(300),
  '<javascript:alert(1)>',
  '<https://ok.example>',
  'www.example.com',
);

const body = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc
    .array(fc.oneof({ weight: 3, arbitrary: markdownFragment }, { weight: 1, arbitrary: fc.string() }), { maxLength: 40 })
    .map((parts) => parts.join('')),
);

const lineEnding = fc.constantFrom('\n', '\r\n', '\r');

/** `---`, YAML, `---`, body, with one line-ending style throughout. */
const yamlFile = fc.tuple(arbitraryFrontmatter, body, lineEnding).map(([data, markdown, eol]) => {
  const yaml = stringify(data);
  return `---\n${yaml}---\n${markdown}`.replace(/\r\n?|\n/g, eol);
});

/** YAML-looking text assembled from fragments: tags, anchors, flow and block syntax, stray delimiters. */
const yamlFragment = fc.constantFrom(
  'title: ',
  'company: acme',
  'salary:',
  '  min: 1',
  '  ',
  '- ',
  '[',
  ']',
  '{',
  '}',
  ', ',
  ': ',
  '"',
  "'",
  '!foo ',
  '!!binary ',
  '!!set ',
  '!!timestamp ',
  '!<tag:x,2000:y> ',
  '&a ',
  '*a',
  '<<: ',
  '? ',
  '|',
  '>-',
  '#',
  '%YAML 1.2',
  '---',
  '...',
  '+++',
  '\n',
  '\n',
  '\t',
  '2026-11-20',
  '2026-11-20 10:00:00',
  'yes',
  '~',
  '0x10',
  '\u0000',
  '\uFEFF',
  '\u2028',
);
const rawFrontmatterFile = fc
  .tuple(fc.array(fc.oneof({ weight: 4, arbitrary: yamlFragment }, { weight: 1, arbitrary: fc.string() }), { maxLength: 40 }), body)
  .map(([parts, markdown]) => `---\n${parts.join('')}\n---\n${markdown}`);

/**
 * Files that are valid or one YAML subtlety away from it, so the "passes
 * here, builds there" property runs on many files the validator accepts.
 */
const rawTitle = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'Backend Engineer',
      '2026-11-20',
      '2026-11-20T10:00:00Z',
      '2026-11-20 10:00:00',
      '2026-02-30',
      '2026-1-5',
      'yes',
      'null',
      '~',
      '0x1F',
      '1e3',
      '.inf',
      '012345',
      '!foo Engineer',
      '!!str Engineer',
      '!!binary aGVsbG8gd29ybGQ=',
      '!<tag:x.org,2000:t> Engineer',
      '&a Engineer',
      'Engineer #2',
      'Engineer: Data',
      '"Quoted Engineer"',
      "'Single Engineer'",
      'مهندس برمجيات 🚀',
      'מהנדס תוכנה 👩🏽‍💻',
      'Senior — Engineer',
      '[Engineer, Data]',
      '{a: Engineer}',
      '<<: x',
      'Engineer\ttabbed',
      'Engineer \\ slash',
      '"</script><script>alert(1)</script>"',
      'true',
      'True',
      'FALSE',
    ),
  },
  { weight: 1, arbitrary: fc.string({ minLength: 5, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 5, maxLength: 40 }) },
);
const rawPosted = fc.constantFrom(
  '2026-11-20',
  '"2026-11-20"',
  '2026-11-20 10:00:00',
  '2026-11-20T23:30:00-05:00',
  '2026-11-20t10:00:00.5Z',
  '2026-02-30',
  '2026-11-20 # posted',
);
const safeMarkdown = fc.constantFrom(
  'We build calm, useful software for clinics. ',
  'You will own the scheduling API. ',
  '**Pay:** €70,000–€90,000. ',
  '[Our handbook](https://acme.example/handbook) ',
  '[mail us](mailto:jobs@acme.example) ',
  '`code` ',
  '\n\n',
  '\n## What you will do\n\n',
  '\n- Ship things\n',
  '🚀 ',
  'نحن نوظف ',
  'אנחנו מגייסים ',
  '\n---\n',
  '\n+++\n',
  '\n***\n',
  'x'.repeat(200),
  '\\<not html\\> ',
  '&lt;script&gt; ',
  '1 < 2 and 3 > 2 ',
);
const hostileMarkdown = fc.constantFrom(
  '<b>',
  '[x](javascript:alert(1))',
  '![x](https://evil.example/p.png)',
  '<javascript:alert(1)>',
  '\n[r]: data:text/html,x\n',
);
const safeBody = fc
  .array(
    fc.oneof(
      { weight: 20, arbitrary: safeMarkdown },
      { weight: 1, arbitrary: hostileMarkdown },
      { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
    ),
    { minLength: 10, maxLength: 40 },
  )
  .map((parts) => parts.join(''));
const nearlyValidFile = fc
  .record({
    title: rawTitle,
    posted: rawPosted,
    skill: fc.oneof(fc.constantFrom('Go', '2026-01-01', '!x Go', 'yes', '<b>Rust</b>'), fc.string({ minLength: 1, maxLength: 10 })),
    body: safeBody,
    eol: fc.constantFrom('\n', '\n', '\r\n', '\r'),
    serialise: fc.constantFrom('raw', 'yaml'),
  })
  .map(({ title, posted, skill, body, eol, serialise }) => {
    const frontmatter =
      serialise === 'raw'
        ? `title: ${title}\ncompany: acme\ncategory: engineering\nworkplace: remote\nregion: europe\nexperience: mid-senior\nskills: [${skill}, SQL]\nposted: ${posted}\napply: https://acme.example/jobs/1\n`
        : stringify({ ...validFrontmatter, title, skills: [skill, 'SQL'] });
    return `---\n${frontmatter}---\n${body}\n`.replace(/\r\n?|\n/g, eol);
  });

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

describe('validator fuzzing', () => {
  it('answers every YAML frontmatter and body with well-formed problems, and passes only files the build accepts', () => {
    fc.assert(
      fc.property(yamlFile, (file) => {
        const bytes = enc(file);
        expectBuildAgrees(bytes, checkJobFile(bytes));
      }),
      runs,
    );
  });

  it('passes only files the build reads the same way: tricky scalars, tags, dates, line endings, delimiters in the body', () => {
    let passed = 0;
    let tried = 0;
    fc.assert(
      fc.property(nearlyValidFile, (file) => {
        tried++;
        const bytes = enc(file);
        const problems = checkJobFile(bytes);
        if (!problems.some((p) => p.severity === 'error')) passed++;
        expectBuildAgrees(bytes, problems);
      }),
      {
        ...runs,
        // Each of these once passed the validator and then failed the build.
        examples: [
          [`---\n${stringify({ ...validFrontmatter, title: '2026-11-20' })}---\nBody.\n`],
          [`---\n${stringify(validFrontmatter).replace('title: Backend Engineer', 'title: !foo Backend Engineer')}---\nBody.\n`],
          [`---\n${stringify(validFrontmatter)}---\nBody.\n`.replace(/\n/g, '\r')],
          [`---\n${stringify({ ...validFrontmatter, title: 'Backend\u0000Engineer' }).replace('\\0', '\u0000')}---\nBody.\n`],
        ],
      },
    );
    // The property only means something if plenty of files get through. About one in ten does
    // (27–48 of 300 in 13 runs), so ask for one in thirty: "more than a tenth" failed one run in ten.
    // Compared with the files tried, not numRuns: on a busy machine the time limit stops early.
    expect(tried).toBeGreaterThanOrEqual(50);
    expect(passed).toBeGreaterThanOrEqual(tried / 30);
  });

  it('answers hand-assembled YAML (tags, anchors, stray delimiters) the same way', () => {
    fc.assert(
      fc.property(rawFrontmatterFile, (file) => {
        const bytes = enc(file);
        expectBuildAgrees(bytes, checkJobFile(bytes));
      }),
      runs,
    );
  });

  it('never throws on random text or random bytes, with or without a frontmatter start', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }),
      fc.uint8Array({ maxLength: 2000 }).map((b) => new Uint8Array([...enc('---\n'), ...b])),
      fc.string({ unit: 'binary', maxLength: 2000 }).map(enc),
      fc.string({ unit: 'binary', maxLength: 2000 }).map((s) => enc(`---\n${s}`)),
      fc.tuple(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' })).map(([a, b]) => enc(`---\n${a}\n---\n${b}`)),
    );
    fc.assert(
      fc.property(bytes, (file) => {
        checkJobFile(file);
      }),
      runs,
    );
  });

  it('checks company profiles the same way', () => {
    const profile = fc.tuple(
      fc.oneof(
        fc.record({ name: anyValue, website: anyValue, logo: anyValue, location: anyValue }, { requiredKeys: [] }),
        fc.record({
          name: fc.constant('Acme'),
          website: fc.constantFrom('https://acme.example', 'javascript:alert(1)'),
          logo: fc.constantFrom('./acme.svg', './missing.png', '../../etc/passwd.svg', 'acme.svg'),
        }),
        fc.dictionary(text, anyValue, { maxKeys: 5 }),
      ),
      body,
    );
    fc.assert(
      fc.property(profile, ([data, about]) => {
        const bytes = enc(`---\n${stringify(data)}---\n${about}`);
        const problems = validateFiles(undefined, bytes);
        expectWellFormed(problems, { [COMPANY]: bytes });
      }),
      runs,
    );
  });

  it('never throws from jobSchema.safeParse, whatever the input', () => {
    fc.assert(
      fc.property(fc.oneof(anyValue, arbitraryFrontmatter, fc.anything()), (input) => {
        const result = jobSchema.safeParse(input);
        if (!result.success) {
          for (const issue of result.error.issues) expect(typeof issue.message).toBe('string');
        }
      }),
      runs,
    );
  });
});

describe('validator hang guards', () => {
  const valid = stringify(validFrontmatter);
  const body = `## About\n\n${'We build calm, useful software for clinics and the people who run them. '.repeat(6)}\n`;

  /**
   * Validates one file and returns the problems, the wall-clock time and the
   * CPU time it took. Wall time is the hang guard for YAML; the markdown cases
   * bound CPU time, which a busy test machine does not inflate.
   */
  function timed(file: string): { problems: Problem[]; ms: number; cpuMs: number } {
    const start = performance.now();
    const cpu = process.cpuUsage();
    const problems = checkJobFile(enc(file));
    const used = process.cpuUsage(cpu);
    return { problems, ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
  }

  it('refuses a "billion laughs" alias bomb quickly', () => {
    const levels = Array.from(
      { length: 10 },
      (_, i) => `l${i}: &l${i} [${Array.from({ length: 10 }, () => (i === 0 ? '"lol"' : `*l${i - 1}`)).join(', ')}]`,
    );
    const { problems, ms } = timed(`---\n${valid}${levels.join('\n')}\n---\n${body}`);
    expect(problems).toContainEqual(expect.objectContaining({ field: 'frontmatter', message: expect.stringContaining('aliases') }));
    expect(ms).toBeLessThan(2000);
  });

  it('refuses an alias bomb inside a field quickly', () => {
    const anchors = `a: &a ["x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b]\n`;
    const { problems, ms } = timed(`---\n${valid}${anchors}skills: [*c,*c,*c,*c,*c,*c,*c,*c]\n---\n${body}`);
    expect(problems.some((p) => p.severity === 'error')).toBe(true);
    expect(ms).toBeLessThan(2000);
  });

  it('refuses deeply nested flow collections quickly', () => {
    for (const depth of [50, 1_000, 10_000]) {
      const { problems, ms } = timed(`---\n${valid}title: ${'['.repeat(depth)}${']'.repeat(depth)}\n---\n${body}`);
      expect(problems.some((p) => p.severity === 'error' && p.field === 'frontmatter')).toBe(true);
      expect(ms).toBeLessThan(2000);
    }
    const maps = 5_000;
    const { problems, ms } = timed(`---\n${valid}salary: ${'{a: '.repeat(maps)}1${'}'.repeat(maps)}\n---\n${body}`);
    expect(problems.some((p) => p.severity === 'error' && p.field === 'frontmatter')).toBe(true);
    expect(ms).toBeLessThan(2000);
  });

  it('refuses deeply nested block collections quickly', () => {
    // Each level indented one more space: ~440 levels fit in the 100 KB limit.
    const lines = Array.from({ length: 440 }, (_, i) => `${' '.repeat(i)}k${i}:`);
    const nested = timed(`---\n${valid}${lines.join('\n')} x\n---\n${body}`);
    expect(nested.problems.some((p) => p.severity === 'error' && p.field === 'frontmatter')).toBe(true);
    expect(nested.ms).toBeLessThan(2000);
    const sequences = timed(`---\n${valid}skills: ${'- '.repeat(5_000)}x\n---\n${body}`);
    expect(sequences.problems.some((p) => p.severity === 'error')).toBe(true);
    expect(sequences.ms).toBeLessThan(2000);
  });

  it('survives markdown nested thousands of levels deep', () => {
    // 12,500 nested quotes or 8,000 nested lists: a recursive tree walk runs out of stack here.
    for (const unit of ['> ', '1. ']) {
      const { problems, cpuMs } = timed(`---\n${valid}---\n${unit.repeat(Math.floor(25_000 / unit.length))}deep`);
      // One error, at the first level too deep, however deep it goes.
      expect(problems.filter((p) => p.severity === 'error').map((p) => p.message)).toEqual([
        'nests quotes or lists more than 6 levels deep; flatten it',
      ]);
      expect(cpuMs, unit).toBeLessThan(2000);
    }
  });

  it('handles pathological markdown quickly, up to the largest allowed file', () => {
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
      const { problems, cpuMs } = timed(`---\n${valid}---\n${unit.repeat(Math.floor(size / unit.length))}`);
      expect(problems.every((p) => p.message.length < 600)).toBe(true);
      expect(cpuMs, unit).toBeLessThan(2000);
    }
  });
});

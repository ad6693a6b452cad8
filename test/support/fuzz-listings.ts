/** Generators of whole listing files, from nearly valid to anything at all, for the validator's property-based tests. */
import fc from 'fast-check';
import { stringify } from 'yaml';
import { jobShape } from '../../src/schema/job.ts';
import { validFrontmatter } from './fuzz.ts';
import { body, safeBody } from './fuzz-markdown.ts';
import { anyValue, lineEnding, text, yamlFragment } from './fuzz-yaml.ts';

/** Values that are valid, or nearly valid, for each real field: so many files get past the first error. */
export const nearlyValid: Record<string, fc.Arbitrary<unknown>> = {
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

export const fieldNames = Object.keys(jobShape);

/** A valid listing with a few fields replaced, removed or added. */
export const perturbedFrontmatter = fc
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
export const arbitraryFrontmatter = fc.oneof(
  fc.record(Object.fromEntries(fieldNames.map((name) => [name, anyValue])), { requiredKeys: [] }),
  fc.dictionary(text, anyValue, { maxKeys: 8 }),
  perturbedFrontmatter,
);

/** `---`, YAML, `---`, body, with one line-ending style throughout. */
export const yamlFile = fc.tuple(arbitraryFrontmatter, body, lineEnding).map(([data, markdown, eol]) => {
  const yaml = stringify(data);
  return `---\n${yaml}---\n${markdown}`.replace(/\r\n?|\n/g, eol);
});

export const rawFrontmatterFile = fc
  .tuple(fc.array(fc.oneof({ weight: 4, arbitrary: yamlFragment }, { weight: 1, arbitrary: fc.string() }), { maxLength: 40 }), body)
  .map(([parts, markdown]) => `---\n${parts.join('')}\n---\n${markdown}`);

/**
 * Files that are valid or one YAML subtlety away from it, so the "passes
 * here, builds there" property runs on many files the validator accepts.
 */
export const rawTitle = fc.oneof(
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
export const rawPosted = fc.constantFrom(
  '2026-11-20',
  '"2026-11-20"',
  '2026-11-20 10:00:00',
  '2026-11-20T23:30:00-05:00',
  '2026-11-20t10:00:00.5Z',
  '2026-02-30',
  '2026-11-20 # posted',
);
export const nearlyValidFile = fc
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

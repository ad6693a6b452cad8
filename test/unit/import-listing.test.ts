/** Listing files as the importer writes them: readable by the build's parser, sealed with a digest, closable without touching an editor's text. */
import { describe, expect, it } from 'vitest';
import { readSourceFile } from '../../src/listing-files/source-file.ts';
import { jobSchema } from '../../src/schema/job.ts';
import { companyProfileSchema } from '../../src/schema/company.ts';
import { validateContent } from '../../src/listing-files/validate/validate.ts';
import { blankDigest, isUntouched, resealed, sealed, withExpires } from '../../src/import/digest.ts';
import { baseSlug, planListing, renderListing, type BuildContext } from '../../src/import/listing.ts';
import type { Posting } from '../../src/import/posting.ts';

const posting = (overrides: Partial<Posting> = {}): Posting => ({
  id: '4012',
  title: 'Backend Engineer: Payments #2',
  postingUrl: 'https://boards.greenhouse.io/oakhollow/jobs/4012',
  applyUrl: 'https://boards.greenhouse.io/oakhollow/jobs/4012',
  published: '2026-11-10',
  department: 'Engineering',
  place: { workplace: 'remote', region: ['DE', 'AT'] },
  pay: { salary: { min: 80000, max: 95000, currency: 'EUR', period: 'year', estimated: false } },
  description: [{ html: `<p>${'We keep the payment rails of forty bakeries running, and we like quiet on-call weeks. '.repeat(5)}</p>` }],
  ...overrides,
});

const context: BuildContext = {
  service: 'greenhouse',
  company: 'oakhollow',
  config: { from: 'greenhouse', board: 'oakhollow', category: 'engineering' },
  today: '2026-11-25',
};

function render(p: Posting = posting()): string {
  const built = planListing(p, context);
  if (!built.ok) throw new Error(built.reason);
  return renderListing(built.listing, { from: 'greenhouse', id: p.id });
}

const digestOf = (text: string) => /digest: "([0-9a-f]{16})"/.exec(text)![1]!;

describe('renderListing', () => {
  it('writes YAML the build reads back to exactly the fields it meant, and the schema accepts', () => {
    const text = render();
    const read = readSourceFile('content/jobs/x.md', new TextEncoder().encode(text));
    if (!read.ok) throw new Error(read.problems[0]!.message);
    const job = jobSchema.parse(read.source.data);
    expect(job).toMatchObject({
      title: 'Backend Engineer: Payments #2',
      company: 'oakhollow',
      workplace: 'remote',
      region: ['DE', 'AT'],
      posted: '2026-11-10',
      expires: '2026-12-10',
      source: { name: 'Greenhouse', url: 'https://boards.greenhouse.io/oakhollow/jobs/4012' },
      imported: { from: 'greenhouse', id: '4012', digest: digestOf(text) },
      draft: false,
    });
    expect(text).toContain('skills: [Payments, Engineering]');
    expect(text).toMatch(/^posted: 2026-11-10$/m);
  });

  it('quotes whatever YAML would misread: dates, numbers, booleans, comments', () => {
    for (const title of [
      '2026-11-10',
      '12345',
      'true',
      'no',
      'Engineer #2 (night shift)',
      "It's: tricky",
      '@handle',
      '- dash',
      '{ braces }',
    ]) {
      const read = readSourceFile('x.md', new TextEncoder().encode(render(posting({ title }))));
      expect(read.ok && read.source.data['title'], title).toBe(title);
    }
  });

  it('makes a posting it cannot place a draft, with the reasons in a comment above draft', () => {
    const text = render(
      posting({
        place: { unsure: 'the location "Remote" says no country or region applicants may live in' },
        pay: { unsure: 'the pay is in "XBT"' },
      }),
    );
    expect(text).toMatch(
      /# Draft: the location "Remote" says no country.*; the pay is in "XBT"; the salary is left out\.\n.*\ndraft: true\n/,
    );
    const read = readSourceFile('x.md', new TextEncoder().encode(text));
    expect(read.ok && jobSchema.parse(read.source.data)).toMatchObject({ draft: true, workplace: 'onsite', location: 'Location unknown' });
    expect(text).not.toContain('salary:');
  });

  it('refuses a posting with no title or no readable description', () => {
    expect(planListing(posting({ title: '' }), context)).toEqual({ ok: false, reason: 'has no title' });
    expect(planListing(posting({ description: [{ html: '<script>x</script>' }] }), context)).toEqual({
      ok: false,
      reason: 'has no description text',
    });
  });

  it('keeps the previous posted date when the service gives none, and never writes a future one', () => {
    const read = (p: Posting, previousPosted?: string) => {
      const built = planListing(p, { ...context, previousPosted });
      return built.ok ? built.listing.fields.posted : undefined;
    };
    expect(read(posting({ published: undefined }), '2026-11-01')).toBe('2026-11-01');
    expect(read(posting({ published: undefined }))).toBe('2026-11-25');
    expect(read(posting({ published: '2026-12-24' }))).toBe('2026-11-25');
  });

  it('names files by title and company, cut at a word', () => {
    expect(baseSlug('Senior Backend Engineer (Go)', 'oakhollow')).toBe('senior-backend-engineer-go-oakhollow');
    expect(baseSlug('開発者', 'oakhollow')).toBe('job-oakhollow');
    expect(baseSlug('A very long title '.repeat(10), 'acme').length).toBeLessThanOrEqual(65);
  });
});

describe('digest', () => {
  it('tells a file as the importer wrote it from one an editor changed by one byte', () => {
    const text = render();
    const digest = digestOf(text);
    expect(isUntouched(text, digest)).toBe(true);
    expect(isUntouched(text.replace('quiet on-call', 'quiet on call'), digest)).toBe(false);
    expect(isUntouched(text.replace('region: [DE, AT]', 'region: [DE]'), digest)).toBe(false);
    expect(isUntouched(text.replace(digest, 'ffffffffffffffff'), 'ffffffffffffffff')).toBe(false);
    expect(isUntouched(text, blankDigest)).toBe(false);
  });

  it('is the same for the same content, so a second run writes the same bytes', () => {
    expect(render()).toBe(render());
    expect(() => sealed('---\ntitle: x\n---\n')).toThrow(/no blank digest/);
  });

  it('closes a file by its expires line alone, keeping the editor’s comments and quotes', () => {
    const edited =
      '---\ntitle: "Engineer # 2"\nposted: 2026-11-10 # when HR said\nexpires: \'2027-03-01\'\napply: https://a.example/1\n---\nText\n';
    expect(withExpires(edited, '2026-11-25')).toBe(edited.replace("'2027-03-01'", '2026-11-25'));
    const withoutExpires = edited.replace("expires: '2027-03-01'\n", '');
    expect(withExpires(withoutExpires, '2026-11-25')).toBe(
      withoutExpires.replace('# when HR said\n', '# when HR said\nexpires: 2026-11-25\n'),
    );
    expect(withExpires('no frontmatter', '2026-11-25')).toBeUndefined();
  });

  it('reseals a closed file the importer wrote, so it still counts as untouched', () => {
    const text = render();
    const closed = resealed(withExpires(text, '2026-11-25')!, digestOf(text));
    expect(closed).toContain('expires: 2026-11-25');
    expect(isUntouched(closed, digestOf(closed))).toBe(true);
  });
});

describe('the validator and the import blocks', () => {
  const profile = (block: string) =>
    `---\nname: Oak Hollow\nwebsite: https://oakhollow.example\nlogo: ./oakhollow.svg\n${block}---\nAbout us.\n`;
  const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect width="4" height="4"/></svg>');
  const run = (block: string, jobs: { path: string; text: string }[] = []) =>
    validateContent({
      jobs: jobs.map((job) => ({ path: job.path, bytes: new TextEncoder().encode(job.text) })),
      companies: [{ path: 'content/companies/oakhollow.md', bytes: new TextEncoder().encode(profile(block)) }],
      readFile: (path) => (path === 'content/companies/oakhollow.svg' ? svg : undefined),
      today: '2026-11-25',
      defaultExpiryDays: 60,
    }).filter((problem) => problem.severity === 'error');

  it('accepts a valid import block and an imported listing', () => {
    expect(
      run('import:\n  from: lever\n  board: oak-hollow\n  category: engineering\n  departments:\n    Design: product-design\n'),
    ).toEqual([]);
    expect(run('', [{ path: 'content/jobs/backend-engineer-payments-2-oakhollow.md', text: render() }])).toEqual([]);
  });

  it('names the line, the field and the fix for a wrong import block', () => {
    const problems = run('import:\n  from: greenhose\n  board: oak hollow\n  category: design\n  boards: x\n');
    expect(problems.map((p) => `${p.line} ${p.field}: ${p.message}`)).toEqual([
      '6 import.from: "greenhose" is not a supported service; did you mean "greenhouse"?; choose one of: greenhouse, lever, ashby, recruitee',
      '8 import.category: "design" is not a category; did you mean "product-design"?; choose one of: product-design, engineering, data-ml, product-management, marketing, sales, customer-support, operations, writing',
      '9 import.boards: unknown field boards; did you mean "board"?; allowed fields: from, board, category, departments',
    ]);
    expect(run('import:\n  from: recruitee\n  board: oak.hollow\n  category: engineering\n').map((p) => p.message)).toEqual([
      '"oak.hollow" is not a Recruitee board name: use the letters, digits and dashes from the address of the jobs page',
    ]);
  });

  it('refuses an imported note an editor mangled', () => {
    const text = render().replace(/digest: "[0-9a-f]{16}"/, 'digest: "not-a-digest"');
    expect(run('', [{ path: 'content/jobs/x-oakhollow.md', text }]).map((p) => `${p.field}: ${p.message}`)).toEqual([
      'imported.digest: must be the 16-character digest the importer wrote; leave it as it is',
    ]);
    expect(companyProfileSchema.shape.import).toBeDefined();
  });
});

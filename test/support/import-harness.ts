/**
 * What every importer test shares: a local ATS server answering in each
 * service's shape, a fresh content folder per test with one company profile
 * per service, the real importer pointed at both (runImport, or `npm run
 * import` itself), and readers for what it wrote.
 */
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import { runImport, type ImportReport } from '../../src/import/run.ts';
import type { FetchLimits } from '../../src/import/fetch.ts';
import { readSourceFile } from '../../src/listing-files/source-file.ts';
import { jobSchema, type JobData } from '../../src/schema/job.ts';
import { validateContent } from '../../src/listing-files/validate/validate.ts';
import { site } from '../../src/config/site.ts';
import { startAtsServer, type AtsServer } from './ats-server.ts';
import { ashbyJob, greenhouseBoard, greenhouseJob, leverPosting, recruiteeOffer } from './ats-payloads.ts';
import { ROOT } from './fixture.ts';

export const TODAY = '2026-11-25';
/** Short waits, so the fault tests take a moment each; the retry count is the real default. */
export const fast: FetchLimits = { timeoutMs: 2_000, retries: 2, retryDelayMs: 5, maxRetryDelayMs: 20, maxBytes: 2 * 1024 * 1024 };
export const companies = [
  { id: 'oakhollow', from: 'greenhouse', path: '/v1/boards/oakhollow/jobs', category: 'engineering' },
  { id: 'saltmarsh', from: 'lever', path: '/v0/postings/saltmarsh', category: 'product-design' },
  { id: 'fernlight', from: 'ashby', path: '/posting-api/job-board/fernlight', category: 'data-ml' },
  { id: 'brookvane', from: 'recruitee', path: '/api/offers/', category: 'operations' },
] as const;

export interface Harness {
  /** The local ATS server; set before each test. */
  server: AtsServer;
  /** The test's content folder (companies/ and jobs/). */
  dir: string;
}

/** Set by useImportHarness's hooks; read it inside tests only. */
export const h = {} as Harness;

/** Every IMPORT_*_URL pointing at the local server. */
export const env = (): Record<string, string> =>
  Object.fromEntries(['GREENHOUSE', 'LEVER', 'ASHBY', 'RECRUITEE'].map((name) => [`IMPORT_${name}_URL`, h.server.url]));

export const run = (only: string[] = [], limits: FetchLimits = fast, today = TODAY): Promise<ImportReport> =>
  runImport({ contentDir: h.dir, today, only, env: env(), limits });

/** Every file in content/, by name, with its bytes as text. */
export function snapshot(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const folder of ['jobs', 'companies']) {
    for (const name of existsSync(join(h.dir, folder)) ? readdirSync(join(h.dir, folder)) : []) {
      files[`${folder}/${name}`] = readFileSync(join(h.dir, folder, name), 'utf8');
    }
  }
  return files;
}

export const jobFiles = () => Object.keys(snapshot()).filter((file) => file.startsWith('jobs/'));
export const jobPath = (slug: string) => join(h.dir, 'jobs', `${slug}.md`);
export const jobText = (slug: string) => readFileSync(jobPath(slug), 'utf8');

/** The validator's errors on the whole content folder, as `npm run validate` reports them, without starting it. */
export function validatorErrors(today = TODAY): string[] {
  const files = (folder: string) =>
    readdirSync(join(h.dir, folder))
      .filter((name) => name.endsWith('.md'))
      .map((name) => ({ path: join(h.dir, folder, name), bytes: readFileSync(join(h.dir, folder, name)) }));
  return validateContent({
    jobs: files('jobs'),
    companies: files('companies'),
    readFile: (path) => (existsSync(path) ? readFileSync(path) : undefined),
    today,
    defaultExpiryDays: site.defaultExpiryDays,
  })
    .filter((problem) => problem.severity === 'error')
    .map((problem) => `${problem.file}:${problem.line} ${problem.field}: ${problem.message}`);
}

/** A written listing as the site reads it. */
export function job(slug: string): JobData {
  const read = readSourceFile(`${slug}.md`, new TextEncoder().encode(jobText(slug)));
  if (!read.ok) throw new Error(read.problems[0]!.message);
  return jobSchema.parse(read.source.data);
}

/** `npm run <script>` as a person runs it; asynchronous, so this process's test server keeps answering. */
export function npm(
  script: string,
  args: string[],
  extraEnv: Record<string, string>,
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script, '--', ...args], {
      cwd: ROOT,
      env: { ...process.env, CONTENT_DIR: h.dir, BUILD_DATE: TODAY, ...extraEnv },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

export const entries = (report: ImportReport, company: string) => report.companies.find((c) => c.company === company)!.entries;
/** "added some-file.md", "skipped <posting id>"… in the report's order. */
export const actions = (report: ImportReport, company: string) =>
  entries(report, company).map((e) => `${e.action} ${e.file?.split('/').pop() ?? e.posting?.id}`);

/** Each service's board as most tests want it: 5 postings to list, one unlisted. */
export function serveDefaults(server: AtsServer): void {
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

/** A profile for a test company, importing from `from`. */
export function writeProfile(company: { id: string; from: string; category: string }, board = company.id): void {
  writeFileSync(
    join(h.dir, 'companies', `${company.id}.md`),
    `---\nname: ${company.id}\nwebsite: https://${company.id}.example\nlogo: ./${company.id}.svg\nimport:\n  from: ${company.from}\n  board: ${board}\n  category: ${company.category}\n---\nA fictional company for the importer's tests.\n`,
  );
  copyFileSync(join(ROOT, 'test/fixtures/board/companies/alder-works.svg'), join(h.dir, 'companies', `${company.id}.svg`));
}

/** Registers the hooks: one server per file, a fresh content folder and the default boards per test. */
export function useImportHarness(): void {
  beforeAll(async () => {
    h.server = await startAtsServer();
  });
  afterAll(async () => {
    await h.server.close();
  });
  beforeEach(() => {
    h.dir = mkdtempSync(join(tmpdir(), 'openings-import-'));
    mkdirSync(join(h.dir, 'companies'));
    mkdirSync(join(h.dir, 'jobs'));
    for (const company of companies) writeProfile(company);
    serveDefaults(h.server);
    h.server.requests.length = 0;
  });
  afterEach(() => rmSync(h.dir, { recursive: true, force: true }));
}

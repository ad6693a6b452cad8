import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import matter from 'gray-matter';
import {
  BODY_MAX_BYTES,
  BODY_MIN_BYTES,
  defaultCompanyCount,
  generateCompanies,
  generateJob,
  generateJobs,
  writeContent,
  type GenerateOptions,
} from '../../src/bench/generate.ts';
import { mulberry32, mixSeed, pickSome, weighted } from '../../src/bench/random.ts';
import { validateContent, type ContentFile } from '../../src/listing-files/validate/validate.ts';
import { categoryIds } from '../../src/config/categories.ts';
import { addDays } from '../../src/lib/dates.ts';

const enc = (text: string) => new TextEncoder().encode(text);
const options: GenerateOptions = { jobs: 150, companies: 20, seed: 7, buildDate: '2026-11-25' };

function generated(opts: GenerateOptions) {
  const companies = generateCompanies(opts.companies, opts.seed);
  const jobs = [...generateJobs(opts, companies)];
  return { companies, jobs };
}

function validate(opts: GenerateOptions) {
  const { companies, jobs } = generated(opts);
  const files = new Map(companies.map((c) => [`content/companies/${c.id}.svg`, enc(c.svg)]));
  return validateContent({
    jobs: jobs.map((j): ContentFile => ({ path: `content/jobs/${j.slug}.md`, bytes: enc(j.markdown) })),
    companies: companies.map((c): ContentFile => ({ path: `content/companies/${c.id}.md`, bytes: enc(c.markdown) })),
    readFile: (path) => files.get(path),
    today: opts.buildDate,
    defaultExpiryDays: 60,
  });
}

describe('seeded random numbers', () => {
  it('repeat for a seed and differ between seeds', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first);
    expect(first.every((n) => n >= 0 && n < 1)).toBe(true);
  });

  it('mixes seeds, picks distinct items and honours weights', () => {
    expect(mixSeed(1, 2)).not.toBe(mixSeed(2, 1));
    const rng = mulberry32(1);
    const some = pickSome(rng, ['a', 'b', 'c', 'd'], 3);
    expect(new Set(some).size).toBe(3);
    expect(pickSome(rng, ['a'], 5)).toEqual(['a']);
    const counts = { x: 0, y: 0 };
    for (let i = 0; i < 2000; i++)
      counts[
        weighted(rng, [
          ['x', 9],
          ['y', 1],
        ] as const)
      ]++;
    expect(counts.x).toBeGreaterThan(counts.y * 5);
  });
});

describe('benchmark content generator', () => {
  it('is deterministic: the same seed gives the same files', () => {
    expect(generated(options)).toEqual(generated(options));
    const other = generated({ ...options, seed: 8 });
    expect(other.jobs.map((j) => j.markdown)).not.toEqual(generated(options).jobs.map((j) => j.markdown));
  });

  it('gives listing i the same content whatever the board size', () => {
    const companies = generateCompanies(20, 7);
    expect(generateJob(5, { ...options, jobs: 10 }, companies)).toEqual(generateJob(5, { ...options, jobs: 10_000 }, companies));
  });

  it('defaults to max(20, N/50) companies', () => {
    expect(defaultCompanyCount(200)).toBe(20);
    expect(defaultCompanyCount(10_000)).toBe(200);
    expect(defaultCompanyCount(100_000)).toBe(2000);
  });

  it('writes listings and profiles that pass the validator without errors', () => {
    const problems = validate(options);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    // The only warnings are the deliberately missing salaries, and featured jobs, which reviewers are told about.
    expect(new Set(problems.map((p) => p.field))).toEqual(new Set(['salary', 'featured']));
  });

  it('makes unique slugs and company ids, even with many companies', () => {
    const companies = generateCompanies(2000, 1);
    expect(new Set(companies.map((c) => c.id)).size).toBe(2000);
    expect(new Set(companies.map((c) => c.name)).size).toBe(2000);
    const { jobs } = generated({ ...options, jobs: 400 });
    expect(new Set(jobs.map((j) => j.slug)).size).toBe(400);
  });

  it('varies every field the board groups and filters by', () => {
    const { jobs, companies } = generated({ ...options, jobs: 600 });
    const data = jobs.map((j) => matter(j.markdown).data as Record<string, unknown>);
    const values = (key: string) => new Set(data.map((d) => JSON.stringify(d[key])));
    expect(values('category').size).toBe(categoryIds.length);
    expect(values('workplace').size).toBe(3);
    expect(values('employment').size).toBeGreaterThanOrEqual(4);
    expect(values('experience').size).toBe(6);
    expect(values('region').size).toBeGreaterThan(15);
    const salaries = data.map((d) => d['salary'] as { currency: string; period: string; max?: number; estimated?: boolean } | undefined);
    const missing = salaries.filter((s) => !s).length;
    expect(missing).toBeGreaterThan(30);
    expect(missing).toBeLessThan(200);
    const stated = salaries.filter((s) => s !== undefined);
    expect(new Set(stated.map((s) => s.currency)).size).toBeGreaterThan(8);
    expect(new Set(stated.map((s) => s.period)).size).toBeGreaterThanOrEqual(4);
    expect(stated.some((s) => s.estimated)).toBe(true);
    expect(stated.some((s) => s.max === undefined)).toBe(true);
    // The seekers' fields: some remote jobs leave a country out, some set working hours.
    const excluding = data.filter((d) => Array.isArray(d['exclude'])).length;
    const withHours = data.filter((d) => typeof d['timezones'] === 'object').length;
    expect(excluding).toBeGreaterThan(5);
    expect(withHours).toBeGreaterThan(40);
    expect(new Set(data.map((d) => JSON.stringify(d['timezones']))).size).toBeGreaterThan(10);
    const featured = data.filter((d) => d['featured'] === true).length;
    expect(featured).toBeGreaterThanOrEqual(1);
    expect(featured).toBeLessThan(10);
    const skills = new Set(data.flatMap((d) => d['skills'] as string[]));
    expect(skills.size).toBeGreaterThan(100);
    // Several companies, some with many jobs.
    const perCompany = new Map<string, number>();
    for (const d of data) perCompany.set(d['company'] as string, (perCompany.get(d['company'] as string) ?? 0) + 1);
    expect(perCompany.size).toBeGreaterThan(companies.length / 2);
  });

  it('posts every listing in the 50 days before the build date, so all are open', () => {
    const { jobs } = generated(options);
    const earliest = addDays(options.buildDate, -49);
    for (const job of jobs) {
      const { posted, expires } = matter(job.markdown).data as { posted: Date; expires?: Date };
      const day = posted.toISOString().slice(0, 10);
      expect(day >= earliest && day <= options.buildDate).toBe(true);
      if (expires) expect(expires.toISOString().slice(0, 10) > options.buildDate).toBe(true);
    }
  });

  it('writes 2–4 KB markdown descriptions with headings and lists', () => {
    const { jobs } = generated(options);
    for (const job of jobs) {
      const body = matter(job.markdown).content;
      const bytes = enc(body).byteLength;
      expect(bytes).toBeGreaterThanOrEqual(BODY_MIN_BYTES);
      expect(bytes).toBeLessThanOrEqual(BODY_MAX_BYTES);
      expect(body).toMatch(/^## /m);
      expect(body).toMatch(/^- /m);
    }
    expect(new Set(jobs.map((j) => matter(j.markdown).content)).size).toBe(jobs.length);
  });

  describe('on disk', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-generate-test-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('lays out jobs/ and companies/ with a logo per company, as CONTENT_DIR expects', () => {
      const written = writeContent(dir, { ...options, jobs: 30 });
      const jobFiles = readdirSync(join(dir, 'jobs'));
      const companyFiles = readdirSync(join(dir, 'companies'));
      expect(jobFiles).toHaveLength(30);
      expect(companyFiles.filter((f) => f.endsWith('.md'))).toHaveLength(20);
      expect(companyFiles.filter((f) => f.endsWith('.svg'))).toHaveLength(20);
      expect(written.files).toBe(70);
      for (const file of companyFiles.filter((f) => f.endsWith('.md'))) {
        const logo = (matter(readFileSync(join(dir, 'companies', file), 'utf8')).data as { logo: string }).logo;
        expect(existsSync(join(dir, 'companies', logo))).toBe(true);
      }
    });
  });
});

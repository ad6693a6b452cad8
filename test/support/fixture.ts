/**
 * The fixture board used by build and browser tests: the hand-written
 * listings in test/fixtures/board plus generated filler jobs, so list pages
 * need more than one page. Built with a pinned BUILD_DATE.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

export const ROOT = resolve(import.meta.dirname, '../..');
export const OUTPUT = join(ROOT, 'test/.output');
export const BUILD_DATE = '2026-11-25';

/**
 * A copy of the real content in content/ as it stood on BUILD_DATE, for the
 * site-wide checks on the sample board: listings posted after that day are
 * left out. Built on a pinned day, the sample board stays the same from one
 * run to the next, whatever the clock says; a listing an editor adds today
 * would be "in the future" there and fail every pull request that adds a
 * job, and building on its day instead would close the older sample jobs as
 * time passes. New listings are still validated and built by the Check
 * workflow, on the real date.
 */
export function writeSampleContent(target = join(OUTPUT, 'content-sample'), source = join(ROOT, 'content')): string {
  rmSync(target, { recursive: true, force: true });
  cpSync(source, target, { recursive: true });
  const jobs = join(target, 'jobs');
  for (const name of existsSync(jobs) ? readdirSync(jobs) : []) {
    const posted = /^posted:\s*["']?(\d{4}-\d{2}-\d{2})/m.exec(readFileSync(join(jobs, name), 'utf8'))?.[1];
    if (posted && posted > BUILD_DATE) rmSync(join(jobs, name));
  }
  return target;
}
export const FILLER_COUNT = 28;
/** The hand-written fixture listings that are open on BUILD_DATE (drafts and closed ones left out). */
export const OPEN_HAND_WRITTEN = [
  'full-listing-alder',
  'estimated-salary-birchline',
  'onsite-no-salary-alder',
  'remote-europe-birchline',
  'remote-north-america-birchline',
  // Who may apply from where, in which hours, and pay by the day and hour (issue #8's search).
  'remote-europe-except-france-dunlin',
  'onsite-lyon-dunlin',
  'pacific-hours-dunlin',
];

export const fixture = {
  content: join(OUTPUT, 'content-board'),
  distRoot: join(OUTPUT, 'dist-root'),
  distSub: join(OUTPUT, 'dist-sub'),
  subBase: '/board/',
  /** The sub-path build's search index parts hold this many jobs each: 36 open jobs make 6 parts. */
  subSearchPartSize: 7,
  /** The sub-path build's capped lists (home, skills, regions, workplaces) show one page, as a big board's stop early. */
  subListPageLimit: 1,
  /** The real sample content in content/, built with the same pinned date. */
  distSample: join(OUTPUT, 'dist-sample'),
  /** What `npm run build` printed for the sample content. */
  sampleBuildLog: join(OUTPUT, 'build-sample.log'),
  siteUrl: 'https://jobs.fixture.example',
};

export function fillerSlug(i: number): string {
  return `filler-engineer-${String(i).padStart(2, '0')}`;
}

/** Every filler job's slug, filler 1 first. */
export const FILLER_SLUGS = Array.from({ length: FILLER_COUNT }, (_, i) => fillerSlug(i + 1));

/** The open jobs on the fixture board: the hand-written ones and the fillers. */
export const OPEN_JOB_COUNT = OPEN_HAND_WRITTEN.length + FILLER_COUNT;

export function writeFixtureContent(target = fixture.content): void {
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  cpSync(join(ROOT, 'test/fixtures/board'), target, { recursive: true });
  for (let i = 1; i <= FILLER_COUNT; i++) {
    const day = String(i).padStart(2, '0');
    // Fillers 13 and 14 are posted on one day, so lists and search must break the tie (by slug);
    // in search they straddle the first page, which the search page draws at build time.
    const postedDay = String(i === 14 ? 13 : i).padStart(2, '0');
    writeFileSync(
      join(target, 'jobs', `${fillerSlug(i)}.md`),
      `---
title: Filler Engineer ${day}
company: birchline
category: engineering
workplace: remote
region: apac
experience: mid-senior
skills: [Rust, Go]
posted: 2026-10-${postedDay}
apply: https://birchline.example/jobs/filler-${day}
---
Generated filler listing number ${i} for pagination tests.
`,
    );
  }
}

/**
 * Vitest copies its own import.meta.env (MODE=test, DEV, PROD, BASE_URL…) into
 * process.env; a child build must not inherit them or it builds like dev.
 */
export function cleanEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (/^(NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR|TEST|VITEST.*)$/.test(key)) delete env[key];
  }
  return env;
}

export interface BuildOptions {
  content: string;
  outDir: string;
  base?: string;
  siteUrl?: string;
  buildDate?: string;
  extraEnv?: Record<string, string>;
}

/** Runs the production build command users run (`npm run build`) on other content. */
export function buildSite(options: BuildOptions): { status: number | null; output: string } {
  const result = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...cleanEnv(),
      ASTRO_TELEMETRY_DISABLED: '1',
      CONTENT_DIR: options.content,
      OUT_DIR: options.outDir,
      BASE_PATH: options.base ?? '/',
      SITE_URL: options.siteUrl ?? fixture.siteUrl,
      BUILD_DATE: options.buildDate ?? BUILD_DATE,
      ...options.extraEnv,
    },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

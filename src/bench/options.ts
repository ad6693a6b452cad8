/** The options of `npm run bench`, checked: scripts/bench.ts parses them, runBench (run.ts) uses them. */
import { resolve } from 'node:path';
import { defaultCompanyCount } from './generate.ts';

export const DEFAULT_BUILD_DATE = '2026-11-25';

export const benchOptionSpec = {
  options: {
    jobs: { type: 'string', default: '1000' },
    companies: { type: 'string' },
    seed: { type: 'string', default: '1' },
    'build-date': { type: 'string', default: DEFAULT_BUILD_DATE },
    query: { type: 'string', default: 'designer' },
    keep: { type: 'boolean', default: false },
    budget: { type: 'boolean', default: false },
    out: { type: 'string', default: 'bench/.output' },
    'in-place': { type: 'boolean', default: false },
    rebuild: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
} as const;

export const benchUsage = `Usage: npm run bench -- --jobs 10000 [options]

  --jobs N           listings to generate (default 1000)
  --companies N      company profiles (default max(20, N/50))
  --seed S           generator seed (default 1)
  --build-date D     pinned BUILD_DATE, YYYY-MM-DD (default ${DEFAULT_BUILD_DATE})
  --query Q          first search query to measure (default "designer")
  --out DIR          where bench-<N>.json/.md/.log go (default bench/.output)
  --keep             keep the generated content, dist/ and Astro cache
  --budget           exit 1 when over a budget (src/bench/budgets.ts)
  --in-place         build in this checkout instead of a snapshot of it
  --rebuild          then edit, add and delete a listing and build again with the caches warm`;

export interface BenchOptions {
  jobs: number;
  companies: number;
  seed: number;
  buildDate: string;
  /** The first search query to measure. */
  query: string;
  keep: boolean;
  budget: boolean;
  /** Where the report and logs go, absolute. */
  outDir: string;
  inPlace: boolean;
  rebuild: boolean;
}

/** An option with a value the benchmark cannot use; the message says which and why. */
export class BenchOptionError extends Error {}

interface ParsedValues {
  jobs: string;
  companies?: string | undefined;
  seed: string;
  'build-date': string;
  query: string;
  keep: boolean;
  budget: boolean;
  out: string;
  'in-place': boolean;
  rebuild: boolean;
}

function positiveInt(name: string, raw: string | undefined, fallback?: number): number {
  if (raw === undefined && fallback !== undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1)
    throw new BenchOptionError(`--${name} must be a whole number of at least 1, got ${JSON.stringify(raw)}`);
  return n;
}

/** The options as numbers and paths; throws BenchOptionError on the first value that is wrong. */
export function benchOptions(values: ParsedValues): BenchOptions {
  const jobs = positiveInt('jobs', values.jobs);
  const companies = positiveInt('companies', values.companies, defaultCompanyCount(jobs));
  const seed = positiveInt('seed', values.seed);
  const buildDate = values['build-date'];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(buildDate) || Number.isNaN(Date.parse(buildDate))) {
    throw new BenchOptionError(`--build-date must be YYYY-MM-DD, got "${buildDate}"`);
  }
  return {
    jobs,
    companies,
    seed,
    buildDate,
    query: values.query,
    keep: values.keep,
    budget: values.budget,
    outDir: resolve(values.out),
    inPlace: values['in-place'],
    rebuild: values.rebuild,
  };
}

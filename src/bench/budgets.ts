/**
 * The performance budgets, in one place. `npm run bench -- --budget` fails
 * when a measurement is over one of them. KB and GB are binary (1 024).
 */
import { GB, KB, formatCount } from './units.ts';

export interface SizeBudget {
  listings: number;
  /** Wall time of the whole `npm run build`. */
  wallMs: number;
  /** Peak summed RSS of the build's process tree. */
  peakMemoryBytes: number;
}

/** Build time and memory, defined at these board sizes. */
export const sizeBudgets: readonly SizeBudget[] = [
  { listings: 10_000, wallMs: 30_000, peakMemoryBytes: 3 * GB },
  { listings: 50_000, wallMs: 180_000, peakMemoryBytes: 8 * GB },
  { listings: 100_000, wallMs: 480_000, peakMemoryBytes: 24 * GB },
];

/** Transfer sizes (gzip) of single pages, HTML plus the CSS it links. */
export const pageBudgets = {
  home: 40 * KB,
  job: 25 * KB,
} as const;

export const searchBudgets = {
  /** Our own search JavaScript on /search/, gzip. */
  ourScriptGzip: 15 * KB,
  /** What Pagefind fetches to show the search page and answer a first query. */
  firstQueryBytes: 300 * KB,
  /** What one more filter fetches on top of that. */
  refinedQueryBytes: 100 * KB,
  /** The query budgets are defined for this many listings; larger boards are reported, not judged. */
  definedUpTo: 10_000,
} as const;

export interface ScaledSizeBudget extends SizeBudget {
  /** The defined size it was derived from. */
  basis: number;
  scaled: boolean;
  note: string;
}

/**
 * The time and memory budget for any board size: a defined size as it is;
 * any other size scales linearly (proportionally) from the nearest defined
 * size (ties go to the smaller one).
 */
export function budgetForSize(listings: number, budgets: readonly SizeBudget[] = sizeBudgets): ScaledSizeBudget {
  const nearest = [...budgets].sort(
    (a, b) => Math.abs(a.listings - listings) - Math.abs(b.listings - listings) || a.listings - b.listings,
  )[0];
  if (!nearest) throw new Error('no size budgets defined');
  if (nearest.listings === listings)
    return { ...nearest, basis: nearest.listings, scaled: false, note: `defined for ${formatCount(listings)} listings` };
  const factor = listings / nearest.listings;
  return {
    listings,
    wallMs: Math.round(nearest.wallMs * factor),
    peakMemoryBytes: Math.round(nearest.peakMemoryBytes * factor),
    basis: nearest.listings,
    scaled: true,
    note: `scaled linearly from the ${formatCount(nearest.listings)}-listing budget (× ${factor.toFixed(3).replace(/\.?0+$/, '')})`,
  };
}

/** What the budget check needs from a run; null where it could not be measured. */
export interface BudgetInput {
  listings: number;
  wallMs: number;
  peakMemoryBytes: number;
  /** HTML + CSS, gzip. */
  homeHtmlCssGzip: number | null;
  jobHtmlCssGzip: number | null;
  /** Render-blocking scripts found in the measured pages ("page: script"). */
  renderBlocking: readonly string[];
  ourSearchScriptGzip: number | null;
  search: { firstQueryBytes: number; refinedQueryBytes: number } | null;
  /** Why search bytes are missing, when they are. */
  searchSkipReason?: string | undefined;
}

export type BudgetStatus = 'pass' | 'fail' | 'skip';

export interface BudgetCheck {
  id: string;
  label: string;
  value: number | null;
  limit: number | null;
  unit: 'ms' | 'bytes' | 'count';
  status: BudgetStatus;
  note?: string;
}

function compare(
  id: string,
  label: string,
  value: number | null,
  limit: number | null,
  unit: BudgetCheck['unit'],
  note?: string,
  skipNote?: string,
): BudgetCheck {
  const status: BudgetStatus = value === null || limit === null ? 'skip' : value <= limit ? 'pass' : 'fail';
  const finalNote = status === 'skip' ? (skipNote ?? note) : note;
  return { id, label, value, limit, unit, status, ...(finalNote ? { note: finalNote } : {}) };
}

export function checkBudgets(input: BudgetInput): BudgetCheck[] {
  const size = budgetForSize(input.listings);
  const searchJudged = input.listings <= searchBudgets.definedUpTo;
  const searchNote = searchJudged ? undefined : `no budget above ${formatCount(searchBudgets.definedUpTo)} listings; reported only`;
  const searchSkip = input.search ? searchNote : (input.searchSkipReason ?? 'not measured');
  return [
    compare('wall', 'Wall time', input.wallMs, size.wallMs, 'ms', size.scaled ? size.note : undefined),
    compare('memory', 'Peak memory', input.peakMemoryBytes, size.peakMemoryBytes, 'bytes', size.scaled ? size.note : undefined),
    compare('home', 'Home page HTML + CSS (gzip)', input.homeHtmlCssGzip, pageBudgets.home, 'bytes', undefined, 'page not found'),
    compare('job', 'Job page HTML + CSS (gzip)', input.jobHtmlCssGzip, pageBudgets.job, 'bytes', undefined, 'page not found'),
    {
      id: 'render-blocking',
      label: 'Render-blocking scripts in <head>',
      value: input.renderBlocking.length,
      limit: 0,
      unit: 'count',
      status: input.renderBlocking.length === 0 ? 'pass' : 'fail',
      ...(input.renderBlocking.length ? { note: input.renderBlocking.join('; ') } : {}),
    },
    compare(
      'search-js',
      'Our search JS (gzip)',
      input.ourSearchScriptGzip,
      searchBudgets.ourScriptGzip,
      'bytes',
      undefined,
      'search page not found',
    ),
    compare(
      'search-first',
      'Search: first query',
      input.search?.firstQueryBytes ?? null,
      searchJudged ? searchBudgets.firstQueryBytes : null,
      'bytes',
      undefined,
      searchSkip,
    ),
    compare(
      'search-refined',
      'Search: refined query (more)',
      input.search?.refinedQueryBytes ?? null,
      searchJudged ? searchBudgets.refinedQueryBytes : null,
      'bytes',
      undefined,
      searchSkip,
    ),
  ];
}

export const overBudget = (checks: readonly BudgetCheck[]) => checks.filter((c) => c.status === 'fail');

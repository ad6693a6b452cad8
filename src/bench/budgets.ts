/**
 * The performance budgets, in one place. `npm run bench -- --budget` fails
 * when a measurement is over one of them. KB and GB are binary (1 024).
 */
import { GB, KB, MB, formatCount } from './units.ts';

export interface SizeBudget {
  listings: number;
  /** Wall time of the whole `npm run build` with nothing cached. */
  wallMs: number;
  /** Wall time of the whole `npm run build` when every social card is already painted (a host keeps node_modules/.cache). */
  cardsWarmWallMs: number;
  /** Peak summed RSS of the build's process tree. */
  peakMemoryBytes: number;
  /** Size of dist/. */
  distBytes: number;
  /** Wall time of `--rebuild`: one listing edited, one added, one removed, with the caches a host keeps. */
  rebuildWallMs: number;
}

/** Build time, memory and output, defined at these board sizes (issue #12's budgets). */
export const sizeBudgets: readonly SizeBudget[] = [
  { listings: 10_000, wallMs: 90_000, cardsWarmWallMs: 45_000, peakMemoryBytes: 3 * GB, distBytes: 400 * MB, rebuildWallMs: 20_000 },
  // At 100 000 listings only the cold build's time and memory are set; the rest scale from 10 000.
  { listings: 100_000, wallMs: 600_000, cardsWarmWallMs: 450_000, peakMemoryBytes: 16 * GB, distBytes: 4000 * MB, rebuildWallMs: 200_000 },
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
  const scale = (value: number) => Math.round(value * factor);
  return {
    listings,
    wallMs: scale(nearest.wallMs),
    cardsWarmWallMs: scale(nearest.cardsWarmWallMs),
    peakMemoryBytes: scale(nearest.peakMemoryBytes),
    distBytes: scale(nearest.distBytes),
    rebuildWallMs: scale(nearest.rebuildWallMs),
    basis: nearest.listings,
    scaled: true,
    note: `scaled linearly from the ${formatCount(nearest.listings)}-listing budget (× ${factor.toFixed(3).replace(/\.?0+$/, '')})`,
  };
}

/** What the budget check needs from a run; null where it could not be measured. */
export interface BudgetInput {
  listings: number;
  wallMs: number;
  /** Whether the build found every social card painted already; it then has the smaller wall-time budget. */
  cardsWarm: boolean;
  peakMemoryBytes: number;
  distBytes: number;
  /** The `--rebuild` run's wall time; null without --rebuild. */
  rebuildWallMs: number | null;
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
  const scaledNote = size.scaled ? size.note : undefined;
  return [
    input.cardsWarm
      ? compare('wall', 'Wall time (social cards already painted)', input.wallMs, size.cardsWarmWallMs, 'ms', scaledNote)
      : compare('wall', 'Wall time (nothing cached)', input.wallMs, size.wallMs, 'ms', scaledNote),
    compare('memory', 'Peak memory', input.peakMemoryBytes, size.peakMemoryBytes, 'bytes', scaledNote),
    compare('dist', 'Size of dist/', input.distBytes, size.distBytes, 'bytes', scaledNote),
    compare('rebuild', 'Rebuild after a small change', input.rebuildWallMs, size.rebuildWallMs, 'ms', scaledNote, 'run with --rebuild'),
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

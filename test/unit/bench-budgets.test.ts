import { describe, expect, it } from 'vitest';
import { budgetForSize, checkBudgets, overBudget, type BudgetInput } from '../../src/bench/budgets.ts';
import { GB, KB, MB } from '../../src/bench/units.ts';

describe('size budgets', () => {
  it('uses a defined size as it is', () => {
    expect(budgetForSize(10_000)).toMatchObject({
      wallMs: 90_000,
      cardsWarmWallMs: 45_000,
      peakMemoryBytes: 3 * GB,
      distBytes: 400 * MB,
      rebuildWallMs: 20_000,
      scaled: false,
    });
    expect(budgetForSize(100_000)).toMatchObject({ wallMs: 600_000, peakMemoryBytes: 16 * GB, scaled: false });
  });

  it('scales other sizes linearly from the nearest defined size, and says so', () => {
    expect(budgetForSize(1000)).toMatchObject({
      wallMs: 9000,
      cardsWarmWallMs: 4500,
      peakMemoryBytes: Math.round(0.3 * GB),
      distBytes: 40 * MB,
      rebuildWallMs: 2000,
      basis: 10_000,
      scaled: true,
    });
    expect(budgetForSize(1000).note).toBe('scaled linearly from the 10 000-listing budget (× 0.1)');
    expect(budgetForSize(80_000)).toMatchObject({ wallMs: 480_000, basis: 100_000 });
    expect(budgetForSize(200_000)).toMatchObject({ wallMs: 1_200_000, peakMemoryBytes: 32 * GB, basis: 100_000 });
    // Halfway between two sizes: the smaller one.
    expect(budgetForSize(55_000)).toMatchObject({ basis: 10_000, wallMs: 495_000 });
  });
});

describe('budget check', () => {
  const good: BudgetInput = {
    listings: 10_000,
    wallMs: 40_000,
    cardsWarm: true,
    peakMemoryBytes: 2 * GB,
    distBytes: 300 * MB,
    rebuildWallMs: 15_000,
    homeHtmlCssGzip: 30 * KB,
    jobHtmlCssGzip: 20 * KB,
    renderBlocking: [],
    ourSearchScriptGzip: 5 * KB,
    search: { firstQueryBytes: 250 * KB, refinedQueryBytes: 50 * KB },
  };

  it('passes a run within every budget', () => {
    const checks = checkBudgets(good);
    expect(checks.map((c) => [c.id, c.status])).toEqual([
      ['wall', 'pass'],
      ['memory', 'pass'],
      ['dist', 'pass'],
      ['rebuild', 'pass'],
      ['home', 'pass'],
      ['job', 'pass'],
      ['render-blocking', 'pass'],
      ['search-js', 'pass'],
      ['search-first', 'pass'],
      ['search-refined', 'pass'],
    ]);
    expect(overBudget(checks)).toEqual([]);
  });

  it('fails each measurement over its budget', () => {
    const checks = checkBudgets({
      ...good,
      wallMs: 45_001,
      peakMemoryBytes: 3 * GB + 1,
      distBytes: 400 * MB + 1,
      rebuildWallMs: 20_001,
      homeHtmlCssGzip: 41 * KB,
      jobHtmlCssGzip: 25 * KB + 1,
      renderBlocking: ['/: <script src="/x.js">'],
      ourSearchScriptGzip: 16 * KB,
      search: { firstQueryBytes: 301 * KB, refinedQueryBytes: 101 * KB },
    });
    expect(overBudget(checks).map((c) => c.id)).toEqual([
      'wall',
      'memory',
      'dist',
      'rebuild',
      'home',
      'job',
      'render-blocking',
      'search-js',
      'search-first',
      'search-refined',
    ]);
    expect(checks.find((c) => c.id === 'render-blocking')?.note).toBe('/: <script src="/x.js">');
  });

  it('is exactly at the limit: still within budget', () => {
    expect(overBudget(checks(good, { wallMs: 45_000, rebuildWallMs: 20_000, jobHtmlCssGzip: 25 * KB }))).toEqual([]);
  });

  it('judges a build that painted cards against the nothing-cached budget, and the rebuild only when it ran', () => {
    const cold = checkBudgets({ ...good, cardsWarm: false, wallMs: 80_000, rebuildWallMs: null });
    expect(cold.find((c) => c.id === 'wall')).toMatchObject({ label: 'Wall time (nothing cached)', limit: 90_000, status: 'pass' });
    expect(cold.find((c) => c.id === 'rebuild')).toMatchObject({ status: 'skip', note: 'run with --rebuild' });
    const warm = checkBudgets({ ...good, wallMs: 80_000 });
    expect(warm.find((c) => c.id === 'wall')).toMatchObject({ label: 'Wall time (social cards already painted)', status: 'fail' });
  });

  it('skips what could not be measured, with the reason, without failing', () => {
    const result = checkBudgets({ ...good, search: null, searchSkipReason: 'no Chromium', homeHtmlCssGzip: null });
    expect(result.find((c) => c.id === 'search-first')).toMatchObject({ status: 'skip', note: 'no Chromium' });
    expect(result.find((c) => c.id === 'home')).toMatchObject({ status: 'skip', note: 'page not found' });
    expect(overBudget(result)).toEqual([]);
  });

  it('reports search bytes above 10 000 listings without judging them', () => {
    const result = checkBudgets({
      ...good,
      listings: 50_000,
      wallMs: 100_000,
      distBytes: MB,
      search: { firstQueryBytes: 900 * KB, refinedQueryBytes: 500 * KB },
    });
    expect(result.find((c) => c.id === 'search-first')).toMatchObject({ status: 'skip', value: 900 * KB, limit: null });
    expect(result.find((c) => c.id === 'wall')).toMatchObject({ status: 'pass', limit: 225_000 });
  });

  function checks(base: BudgetInput, change: Partial<BudgetInput>) {
    return checkBudgets({ ...base, ...change });
  }
});

import { describe, expect, it } from 'vitest';
import { budgetForSize, checkBudgets, overBudget, type BudgetInput } from '../../src/bench/budgets.ts';
import { GB, KB } from '../../src/bench/units.ts';

describe('size budgets', () => {
  it('uses a defined size as it is', () => {
    expect(budgetForSize(10_000)).toMatchObject({ wallMs: 30_000, peakMemoryBytes: 3 * GB, scaled: false });
    expect(budgetForSize(100_000)).toMatchObject({ wallMs: 480_000, peakMemoryBytes: 24 * GB, scaled: false });
  });

  it('scales other sizes linearly from the nearest defined size, and says so', () => {
    expect(budgetForSize(1000)).toMatchObject({ wallMs: 3000, peakMemoryBytes: Math.round(0.3 * GB), basis: 10_000, scaled: true });
    expect(budgetForSize(1000).note).toBe('scaled linearly from the 10 000-listing budget (× 0.1)');
    expect(budgetForSize(60_000)).toMatchObject({ wallMs: 216_000, basis: 50_000 });
    expect(budgetForSize(80_000)).toMatchObject({ wallMs: 384_000, basis: 100_000 });
    expect(budgetForSize(200_000)).toMatchObject({ wallMs: 960_000, peakMemoryBytes: 48 * GB, basis: 100_000 });
    // Halfway between two sizes: the smaller one.
    expect(budgetForSize(30_000)).toMatchObject({ basis: 10_000, wallMs: 90_000 });
  });
});

describe('budget check', () => {
  const good: BudgetInput = {
    listings: 10_000,
    wallMs: 29_000,
    peakMemoryBytes: 2 * GB,
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
      wallMs: 31_000,
      peakMemoryBytes: 3 * GB + 1,
      homeHtmlCssGzip: 41 * KB,
      jobHtmlCssGzip: 25 * KB + 1,
      renderBlocking: ['/: <script src="/x.js">'],
      ourSearchScriptGzip: 16 * KB,
      search: { firstQueryBytes: 301 * KB, refinedQueryBytes: 101 * KB },
    });
    expect(overBudget(checks).map((c) => c.id)).toEqual([
      'wall',
      'memory',
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
    expect(overBudget(checks(good, { wallMs: 30_000, jobHtmlCssGzip: 25 * KB }))).toEqual([]);
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
      search: { firstQueryBytes: 900 * KB, refinedQueryBytes: 500 * KB },
    });
    expect(result.find((c) => c.id === 'search-first')).toMatchObject({ status: 'skip', value: 900 * KB, limit: null });
    expect(result.find((c) => c.id === 'wall')).toMatchObject({ status: 'pass', limit: 180_000 });
  });

  function checks(base: BudgetInput, change: Partial<BudgetInput>) {
    return checkBudgets({ ...base, ...change });
  }
});

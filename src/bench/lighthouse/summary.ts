/** One page's Lighthouse result as the report keeps it, and the report itself (lighthouse.md). */
import { cpus } from 'node:os';
import type { Result } from 'lighthouse';
import { formatMs } from '../units.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface PageSummary {
  name: string;
  path: string;
  scores: Record<Category, number | null>;
  cls: number | null;
  lcpMs: number | null;
  tbtMs: number | null;
  /** The performance score of every run; the others are the kept (median) run's. */
  performanceRuns: (number | null)[];
  /** Lighthouse's CPU benchmark of this machine in the kept run: higher is faster. */
  benchmarkIndex: number | null;
  /** What cost points in a category below 100. */
  lostPoints: { category: Category; id: string; title: string; displayValue?: string | undefined }[];
  /** Audits that could not run (for example ones that need the network). */
  errors: { id: string; title: string; message: string }[];
  warnings: string[];
}

const percent = (score: number | null | undefined) => (typeof score === 'number' ? Math.round(score * 100) : null);

function numeric(lhr: Result, id: string): number | null {
  const value = lhr.audits[id]?.numericValue;
  return typeof value === 'number' ? value : null;
}

/** The kept (median) run of a page, with every run's performance score. */
export function summarize(name: string, path: string, lhr: Result, all: readonly Result[]): PageSummary {
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, percent(lhr.categories[id]?.score)])) as Record<Category, number | null>;
  const lostPoints = CATEGORIES.filter((category) => scores[category] !== 100).flatMap((category) =>
    (lhr.categories[category]?.auditRefs ?? [])
      .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
      .filter(({ ref, audit }) => ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
      .map(({ audit }) => ({ category, id: audit!.id, title: audit!.title, displayValue: audit!.displayValue })),
  );
  return {
    name,
    path,
    scores,
    cls: numeric(lhr, 'cumulative-layout-shift'),
    lcpMs: numeric(lhr, 'largest-contentful-paint'),
    tbtMs: numeric(lhr, 'total-blocking-time'),
    performanceRuns: all.map((run) => percent(run.categories['performance']?.score)),
    benchmarkIndex: lhr.environment.benchmarkIndex ?? null,
    lostPoints,
    errors: Object.values(lhr.audits)
      .filter((audit) => audit.scoreDisplayMode === 'error')
      .map((audit) => ({ id: audit.id, title: audit.title, message: audit.errorMessage ?? '' })),
    warnings: lhr.runWarnings.map(String),
  };
}

export interface Meta {
  lighthouse: string;
  chromium: string;
  date: string;
  runs: number;
  /** The machine's 1-minute load average before and after: other work slows Lighthouse's CPU-bound metrics. */
  loadAverage: { before: number; after: number };
}

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const text = (value: number | null, format: (n: number) => string = String) => (value === null ? 'n/a' : format(value));

/** The report: a table of the pages' scores and metrics, then what cost points; `base` is the site's base path. */
export function formatMarkdown(pages: readonly PageSummary[], meta: Meta, base: string): string {
  const lines = [
    `Lighthouse ${meta.lighthouse}, ${meta.chromium}, mobile (default emulation and simulated throttling), median of ${meta.runs} run${meta.runs === 1 ? '' : 's'} a page, ${meta.date}, load average ${meta.loadAverage.before} before and ${meta.loadAverage.after} after on ${cpus().length} CPUs.`,
    '',
    row(['Page', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'CLS', 'LCP', 'TBT']),
    row(['----', '----------:', '------------:', '-------------:', '--:', '--:', '--:', '--:']),
    ...pages.map((p) =>
      row([
        `${p.name} \`${base}${p.path}\``,
        text(p.scores.performance),
        text(p.scores.accessibility),
        text(p.scores['best-practices']),
        text(p.scores.seo),
        text(p.cls, (n) => String(Math.round(n * 1000) / 1000)),
        text(p.lcpMs, formatMs),
        text(p.tbtMs, formatMs),
      ]),
    ),
  ];
  const notes = pages.flatMap((p) => [
    ...(meta.runs > 1 ? [`- ${p.name}: performance by run ${p.performanceRuns.map((s) => text(s)).join(', ')}`] : []),
    ...p.lostPoints.map(
      (a) => `- ${p.name}: ${a.category} lost points on \`${a.id}\` (${a.title})${a.displayValue ? `: ${a.displayValue}` : ''}`,
    ),
    ...p.errors.map((a) => `- ${p.name}: \`${a.id}\` (${a.title}) could not run: ${a.message}`),
    ...p.warnings.map((w) => `- ${p.name}: warning: ${w}`),
  ]);
  const benchmark = pages.map((p) => p.benchmarkIndex).filter((n): n is number => n !== null);
  const [low, high] = [Math.min(...benchmark), Math.max(...benchmark)];
  if (benchmark.length)
    notes.push(`- Lighthouse's CPU benchmark index of this machine: ${low === high ? low : `${low}–${high}`} (higher is faster)`);
  return [...lines, '', ...notes].join('\n') + '\n';
}

/** Pages below 100 in a category, or that shift their layout. */
export const belowPerfect = (pages: readonly PageSummary[]): PageSummary[] =>
  pages.filter((p) => CATEGORIES.some((c) => p.scores[c] !== 100) || p.cls === null || p.cls > 0);

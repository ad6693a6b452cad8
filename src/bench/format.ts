/** The benchmark's markdown report: the tables `bench-<N>.md` holds and the command prints. */
import type { BudgetCheck } from './budgets.ts';
import type { BenchResult } from './result.ts';
import type { CpuTime, MemoryReport, MemorySample } from './proc.ts';
import type { PageCounts } from './rebuild.ts';
import { formatBytes, formatCount, formatMs } from './units.ts';

const statusMark: Record<BudgetCheck['status'], string> = { pass: '✅', fail: '❌ over', skip: '–' };

function formatValue(value: number | null, unit: BudgetCheck['unit']): string {
  if (value === null) return 'n/a';
  return unit === 'ms' ? formatMs(value) : unit === 'bytes' ? formatBytes(value) : formatCount(value);
}

/** "| Budget | Status |" cells for a check (empty when there is none). */
function budgetCells(check: BudgetCheck | undefined): [string, string] {
  if (!check) return ['', ''];
  const limit = check.limit === null ? '–' : `≤ ${formatValue(check.limit, check.unit)}`;
  return [limit, statusMark[check.status]];
}

const row = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/</g, '&lt;');

/** The three largest processes at a memory peak, e.g. "node astro build 2.00 GB, pagefind 1.10 GB". */
function largestProcesses(processes: MemoryReport['peakProcesses']): string {
  return (
    processes
      .slice(0, 3)
      .map((p) => `${escapeCell(p.command)} ${formatBytes(p.rssBytes)}`)
      .join(', ') || 'n/a'
  );
}

const cpuTotalMs = (cpu: CpuTime) => cpu.userMs + cpu.systemMs;

/**
 * The shortest wall time a build's CPU time allows on `cpus` cores: every
 * core busy from start to end. A wall-time budget below it cannot be met by
 * running steps side by side, only by doing less work.
 */
export function cpuBoundMs(cpu: CpuTime, cpus: number): number {
  return Math.round(cpuTotalMs(cpu) / Math.max(1, cpus));
}

function cpuRows(cpu: CpuTime | null, wallMs: number, cpus: number): string[] {
  if (!cpu) return [row(['CPU time (all processes)', 'n/a (no /proc)', '', ''])];
  const totalMs = cpuTotalMs(cpu);
  return [
    row([
      'CPU time (all processes, user + system)',
      `${formatMs(totalMs)} (${formatMs(cpu.userMs)} + ${formatMs(cpu.systemMs)}), ${(totalMs / wallMs).toFixed(2)} CPUs busy on average`,
      '',
      '',
    ]),
    row([`Wall time with that CPU time spread over all ${cpus} CPUs`, formatMs(cpuBoundMs(cpu, cpus)), '', '']),
  ];
}

function phaseRow(label: string, ms: number | null, wallMs: number, missing = 'n/a'): string {
  if (ms === null) return row([label, missing, '–']);
  return row([label, formatMs(ms), `${Math.round((ms / wallMs) * 100)}%`]);
}

/** Which social images dist/ holds; nothing for results from before the setting. */
const socialCardsNote = (setting: BenchResult['params']['socialCards']) =>
  setting === undefined ? '' : setting === 'per-job' ? 'a social card per job, ' : "social cards off (socialCards: 'board'), ";

export function formatReport(result: BenchResult): string {
  const checks = new Map(result.budgets.map((c) => [c.id, c]));
  const check = (id: string) => checks.get(id);
  const { params, build, phases } = result;
  const lines: string[] = [];

  lines.push(
    `### ${formatCount(params.jobs)} listings, ${formatCount(params.companies)} companies`,
    '',
    `Seed ${params.seed}, BUILD_DATE ${params.buildDate}, ${socialCardsNote(params.socialCards)}${result.machine.cpus} CPUs (${result.machine.cpuModel}), ${formatBytes(result.machine.memoryBytes)} RAM, load average ${result.machine.loadAverage.before} before / ${result.machine.loadAverage.after} after the build, ${result.startedAt.slice(0, 16).replace('T', ' ')} UTC.`,
    '',
    row(['Build', 'Value', 'Budget', 'Status']),
    row(['---', '---:', '---:', '---']),
    row([`${check('wall')?.label ?? 'Wall time'}, \`npm run build\``, formatMs(build.wallMs), ...budgetCells(check('wall'))]),
    row(['Peak memory (process tree RSS)', formatBytes(build.memory.peakBytes), ...budgetCells(check('memory'))]),
    ...cpuRows(build.cpu, build.wallMs, result.machine.cpus),
    row(['Listings per second', formatCount(build.listingsPerSecond), '', '']),
    row([
      'Pages built / read by Pagefind',
      `${phases.pagesBuilt === null ? 'n/a' : formatCount(phases.pagesBuilt)} / ${phases.pagesIndexed === null ? 'n/a' : formatCount(phases.pagesIndexed)}`,
      '',
      '',
    ]),
    row(['dist/ size', result.dist ? formatBytes(result.dist.bytes) : 'n/a', ...budgetCells(check('dist'))]),
    row(['dist/ files', result.dist ? formatCount(result.dist.files) : 'n/a', '', '']),
  );
  if (result.dist?.byFolder.length) {
    const top = result.dist.byFolder.slice(0, 4).map((f) => `${f.folder} ${formatBytes(f.bytes)} (${formatCount(f.files)} files)`);
    lines.push('', `Largest parts of dist/: ${top.join(', ')}.`);
  }
  const scaled = [check('wall'), check('memory')].find((c) => c?.note);
  if (scaled?.note) lines.push('', `Time and memory budgets: ${scaled.note}.`);
  const wallLimit = check('wall')?.limit ?? null;
  const cpuBound = build.cpu && cpuBoundMs(build.cpu, result.machine.cpus);
  if (cpuBound && wallLimit !== null && wallLimit < cpuBound) {
    lines.push(
      '',
      `The wall-time budget (${formatMs(wallLimit)}) is below this CPU time spread over all ${result.machine.cpus} CPUs (${formatMs(cpuBound)}): running steps side by side cannot meet it, only doing less work can.`,
    );
  }
  if (build.exitCode !== 0) lines.push('', `**The build failed (exit code ${build.exitCode}).** See the build log.`);

  lines.push(
    '',
    row(['Phase', 'Time', 'Share']),
    row(['---', '---:', '---:']),
    phaseRow('Validation (`scripts/validate.ts`, alongside Astro)', phases.validationMs, build.wallMs),
    phaseRow('Content sync (parse, schema, markdown)', phases.contentSyncMs, build.wallMs),
    phaseRow('Page rendering', phases.renderingMs, build.wallMs),
    phaseRow('Search indexing (Pagefind)', phases.searchIndexingMs, build.wallMs),
    phaseRow(
      `Social images ahead (alongside Astro${phases.socialAheadPainted === null ? '' : `, ${formatCount(phases.socialAheadPainted)} painted`})`,
      phases.socialAheadMs,
      build.wallMs,
    ),
    phaseRow('Social images (after Astro)', phases.socialImagesMs, build.wallMs, 'n/a'),
    phaseRow('Other (start-up, types, bundling, logos)', phases.otherMs, build.wallMs),
    '',
    'Validation and the social images painted ahead run alongside Astro, so the shares add up to more than 100%; "other" is the time no phase covers.',
  );
  const detail = phases.otherDetail;
  const parts: [string, number | null][] = [
    ['Astro start-up', detail.astroStartMs],
    ['types and Vite bundling', detail.bundlingMs],
    ['logo images', detail.imagesMs],
    ['npm start-up', detail.npmStartMs],
  ];
  const known = parts.flatMap(([label, ms]) => (ms === null ? [] : [`${label} ${formatMs(ms)}`]));
  if (known.length) lines.push('', `Other includes ${known.join(', ')}.`);
  lines.push(
    '',
    `Peak memory was reached ${formatMs(build.memory.peakAtMs)} into the build, during ${build.memory.peakPhase}; largest processes then: ${largestProcesses(build.memory.peakProcesses)}.`,
  );
  const byPhase = build.memory.peakByPhase.filter((p) => p.peakBytes > 0);
  if (byPhase.length) lines.push('', `Peak memory by phase: ${byPhase.map((p) => `${p.phase} ${formatBytes(p.peakBytes)}`).join(', ')}.`);

  lines.push(
    '',
    row(['Page (gzip)', 'HTML', 'CSS', 'HTML + CSS', 'Budget', 'Status', 'JS']),
    row(['---', '---:', '---:', '---:', '---:', '---', '---:']),
  );
  for (const page of result.pages) {
    const id = page.name === 'Home' ? 'home' : page.name === 'Job' ? 'job' : undefined;
    const label =
      page.name === 'Job' ? `Job \`${page.path}\` (largest of ${result.jobPagesSampled} sampled)` : `${page.name} \`${page.path}\``;
    const css = page.css.reduce((sum, f) => sum + f.gzip, 0);
    lines.push(
      row([
        label,
        formatBytes(page.html.gzip),
        formatBytes(css),
        formatBytes(page.htmlCssGzip),
        ...budgetCells(id ? check(id) : undefined),
        formatBytes(page.jsGzip),
      ]),
    );
  }

  const blocking = check('render-blocking');
  const search = 'skipped' in result.search ? undefined : result.search;
  lines.push(
    '',
    row(['Scripts and search', 'Value', 'Budget', 'Status']),
    row(['---', '---:', '---:', '---']),
    row([
      'Render-blocking scripts in `<head>`',
      blocking?.value ? escapeCell(blocking.note ?? String(blocking.value)) : 'none',
      'none',
      blocking ? statusMark[blocking.status] : '',
    ]),
    row(['Our search JS (gzip)', formatValue(result.ourSearchScriptGzip, 'bytes'), ...budgetCells(check('search-js'))]),
    row([
      search ? `Search page + first query "${escapeCell(search.query)}" (Pagefind)` : 'Search page + first query (Pagefind)',
      search ? formatBytes(search.firstQueryBytes) : 'n/a',
      ...budgetCells(check('search-first')),
    ]),
    row([
      search ? `Refined by ${search.refine.key}=${search.refine.value} (more)` : 'Refined by one filter (more)',
      search ? formatBytes(search.refinedQueryBytes) : 'n/a',
      ...budgetCells(check('search-refined')),
    ]),
  );
  if (search) {
    const kinds = (byKind: Record<string, number>) =>
      Object.entries(byKind)
        .filter(([, bytes]) => bytes > 0)
        .sort(([, a], [, b]) => b - a)
        .map(([kind, bytes]) => `${kind} ${formatBytes(bytes)}`)
        .join(', ');
    lines.push(
      '',
      `First query by kind: ${kinds(search.firstByKind) || 'n/a'}. Refined: ${kinds(search.refinedByKind) || 'nothing'}. ${search.requests} Pagefind requests in all.`,
    );
  }
  const notes = result.budgets
    .filter((c) => c.note && (c.id.startsWith('search') || c.status === 'skip'))
    .map((c) => `${c.label}: ${c.note}`);
  if ('skipped' in result.search) notes.unshift(`Search bytes not measured: ${result.search.skipped}`);
  if (notes.length) lines.push('', ...[...new Set(notes)].map((n) => `- ${escapeCell(n)}`));

  if (result.rebuild) lines.push('', ...formatRebuild(result.rebuild, check('rebuild')));

  const over = result.budgets.filter((c) => c.status === 'fail');
  lines.push('', over.length ? `**Over budget:** ${over.map((c) => c.label).join(', ')}.` : 'Within every budget that applies.');
  return `${lines.join('\n')}\n`;
}

const copiedAndRendered = (counts: PageCounts) => `${formatCount(counts.restored)} / ${formatCount(counts.rendered)}`;

function formatRebuild(rebuild: NonNullable<BenchResult['rebuild']>, budget: BudgetCheck | undefined): string[] {
  const { phases, wallMs } = rebuild;
  const [limit, status] = budgetCells(budget);
  return [
    `Rebuild with the caches warm (\`--rebuild\`), after this change: ${escapeCell(rebuild.change)}.`,
    '',
    row(['Rebuild', 'Time', 'Share']),
    row(['---', '---:', '---:']),
    row([`Wall time (\`npm run build\`; budget ${limit} ${status})`, formatMs(wallMs), '100%']),
    row(['Peak memory (process tree RSS)', formatBytes(rebuild.peakMemoryBytes), '']),
    row(['CPU time (all processes, user + system)', rebuild.cpu ? formatMs(cpuTotalMs(rebuild.cpu)) : 'n/a', '']),
    row(['Job pages copied from the cache / rendered', copiedAndRendered(rebuild.pages.jobs), '']),
    row(['Other pages copied / rendered', copiedAndRendered(rebuild.pages.others), '']),
    phaseRow('Content sync', phases.contentSyncMs, wallMs),
    phaseRow('Page rendering and copying', phases.renderingMs, wallMs),
    phaseRow('Search indexing (Pagefind)', phases.searchIndexingMs, wallMs),
    phaseRow('Social images (after Astro)', phases.socialImagesMs, wallMs),
    phaseRow('Other', phases.otherMs, wallMs),
    '',
    `The rebuild's memory peaked during ${rebuild.peakPhase}; largest processes then: ${largestProcesses(rebuild.peakProcesses)}.`,
    ...(rebuild.exitCode === 0 ? [] : ['', `**The rebuild failed (exit code ${rebuild.exitCode}).** See its build log.`]),
  ];
}

/** The highest value in each whole second (keeps the JSON small but shows growth). */
export function perSecond(samples: readonly MemorySample[]): MemorySample[] {
  const bySecond = new Map<number, MemorySample>();
  for (const sample of samples) {
    const second = Math.floor(sample.t / 1000);
    const best = bySecond.get(second);
    if (!best || sample.rssBytes > best.rssBytes) bySecond.set(second, sample);
  }
  return [...bySecond.values()].sort((a, b) => a.t - b.t);
}

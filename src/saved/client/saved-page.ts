/**
 * The saved-jobs page (src/pages/saved/index.astro): draws the jobs saved in
 * this browser, says which have closed, and removes them on request. Whether
 * a job is still open comes from the small per-build parts listing the open
 * jobs (src/saved/open-jobs.ts): only the parts the saved jobs fall in.
 */
import { announcer } from '../../client/announce.ts';
import { deviceStore, readStored, writeStored } from '../../client/storage.ts';
import { formatDate, todayLocal } from '../../lib/dates.ts';
import { countLabel } from '../../lib/plural.ts';
import { routes } from '../../lib/routes.ts';
import { withBase } from '../../lib/urls.ts';
import { isStillOpen, openJobsPartOf, parseOpenJobsPart, type OpenJobsPart } from '../open-jobs.ts';
import { parseSavedJobs, withoutJob, type SavedJob } from '../saved-jobs.ts';
import { savedJobsKey } from './save-buttons.ts';

const base = import.meta.env.BASE_URL;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

function savedJobItem(job: SavedJob): HTMLLIElement {
  const link = el('a', 'text-ink', job.title);
  link.href = withBase(base, routes.job(job.slug));
  const remove = el('button', 'btn-secondary ml-auto px-3 py-1.5 text-sm', 'Remove', el('span', 'sr-only', ` ${job.title}`));
  remove.type = 'button';
  remove.dataset['remove'] = job.slug;
  const item = el(
    'li',
    'rounded-(--radius-card) border border-line bg-card p-4 sm:p-5',
    el('h2', 'text-base leading-snug font-semibold sm:text-lg', link),
    el('p', 'mt-0.5 text-sm text-muted', `${job.company} · saved ${formatDate(job.saved)}`),
    el('div', 'mt-3 flex flex-wrap items-center justify-between gap-3', remove),
  );
  item.dataset['savedJob'] = job.slug;
  return item;
}

/** "Closed" in words, drawn as a badge: not told by colour alone. Read after the job's title and company. */
function closedBadge(): HTMLElement {
  const badge = el('p', 'rounded-full border border-current bg-warn-soft px-2.5 py-0.5 text-sm font-semibold text-warn-ink', 'Closed');
  badge.dataset['closed'] = '';
  return badge;
}

export function startSavedPage(): void {
  const root = document.querySelector<HTMLElement>('#saved-jobs');
  if (!root) return;
  const part = (id: string) => root.querySelector<HTMLElement>(`#saved-${id}`)!;
  const [list, count, empty, checkFailed] = [part('list'), part('count'), part('empty'), part('check-failed')];
  const store = deviceStore();
  if (!store) {
    part('unavailable').hidden = false;
    return;
  }
  const parts = Number(root.dataset['openParts']) || 1;
  const fetched = new Map<number, Promise<OpenJobsPart>>();
  const announce = announcer();
  const load = () => parseSavedJobs(readStored(store, savedJobsKey));
  const partOf = (job: SavedJob) => openJobsPartOf(job.slug, parts);

  /** The part listing a job, fetched once; fetched again on the next draw if it failed. */
  function openJobsOf(job: SavedJob): Promise<OpenJobsPart> {
    const n = partOf(job);
    let part = fetched.get(n);
    if (!part) {
      part = fetchPart(n).catch((error: unknown) => {
        fetched.delete(n);
        throw error;
      });
      fetched.set(n, part);
    }
    return part;
  }

  /** Marks the closed jobs once their parts are in; says so when they cannot be fetched. */
  async function showClosed(jobs: readonly SavedJob[]): Promise<void> {
    const today = todayLocal();
    try {
      const closed = (
        await Promise.all(jobs.map(async (job) => (isStillOpen(job.slug, await openJobsOf(job), today) ? [] : [job])))
      ).flat();
      checkFailed.hidden = true;
      for (const job of closed) {
        const item = list.querySelector(`li[data-saved-job="${job.slug}"]`);
        if (item && !item.querySelector('[data-closed]')) item.lastElementChild?.prepend(closedBadge());
      }
      if (closed.length) count.textContent = `${countLabel(jobs.length, 'saved job')}, ${closed.length} closed`;
    } catch {
      checkFailed.hidden = false;
    }
  }

  function draw(): void {
    const jobs = load();
    empty.hidden = jobs.length > 0;
    count.textContent = jobs.length ? countLabel(jobs.length, 'saved job') : '';
    list.replaceChildren(...jobs.map(savedJobItem));
    if (jobs.length) void showClosed(jobs);
  }

  list.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button[data-remove]') : null;
    if (!button) return;
    const slug = button.dataset['remove'] ?? '';
    const jobs = load();
    const index = jobs.findIndex((job) => job.slug === slug);
    if (index === -1 || !writeStored(store, savedJobsKey, withoutJob(jobs, slug))) return;
    draw();
    // Focus goes to the job that took its place (or the one before), else to the page's heading.
    const buttons = list.querySelectorAll<HTMLButtonElement>('button[data-remove]');
    (buttons[Math.min(index, buttons.length - 1)] ?? document.querySelector<HTMLElement>('h1'))?.focus();
    announce(`Removed ${jobs[index]!.title}. ${countLabel(jobs.length - 1, 'saved job')} left.`);
  });
  addEventListener('storage', (event) => {
    if (event.key === savedJobsKey || event.key === null) draw();
  });
  draw();
}

async function fetchPart(n: number): Promise<OpenJobsPart> {
  const response = await fetch(withBase(base, routes.openJobsPart(n)));
  const part = response.ok ? parseOpenJobsPart(await response.json()) : undefined;
  if (!part) throw new Error(`open jobs part ${n}: ${response.status}`);
  return part;
}

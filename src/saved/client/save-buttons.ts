/**
 * Makes every Save button on the page work (SaveJobButton.astro, and the
 * search page's script-drawn cards): it shows which jobs are saved, saves
 * or removes one on a click, says so to screen readers, and follows changes
 * made in other tabs. The list lives in this browser's storage only.
 */
import { allIn, enhanceNowAndAdded } from '../../client/added-elements.ts';
import { announcer } from '../../client/announce.ts';
import { deviceStore, readStored, storeKey, writeStored } from '../../client/storage.ts';
import { todayLocal } from '../../lib/dates.ts';
import { countLabel } from '../../lib/plural.ts';
import { isSaved, parseSavedJobs, withJob, withoutJob } from '../saved-jobs.ts';

export const savedJobsKey = storeKey('saved-jobs');

const buttonSelector = 'button[data-save-job]';

export function startSaveButtons(): void {
  const store = deviceStore();
  // With nowhere to keep the list, the buttons stay invisible: they could not keep a promise.
  if (!store) return;
  const load = () => parseSavedJobs(readStored(store, savedJobsKey));
  const announce = announcer();

  const showState = (root: Element | Document) => {
    const buttons = allIn<HTMLButtonElement>(root, buttonSelector);
    if (buttons.length === 0) return;
    const jobs = load();
    for (const button of buttons) button.setAttribute('aria-pressed', String(isSaved(jobs, button.dataset['saveJob'] ?? '')));
  };

  enhanceNowAndAdded(showState);
  document.documentElement.dataset['saveJobs'] = '';
  addEventListener('storage', (event) => {
    if (event.key === savedJobsKey || event.key === null) showState(document);
  });

  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>(buttonSelector) : null;
    if (!button) return;
    const { saveJob: slug = '', title = '', company = '' } = button.dataset;
    const jobs = load();
    const saving = !isSaved(jobs, slug);
    const next = saving ? withJob(jobs, { slug, title, company, saved: todayLocal() }) : withoutJob(jobs, slug);
    if (!writeStored(store, savedJobsKey, next)) {
      announce('Could not save: this browser’s storage is full.');
      return;
    }
    showState(document);
    announce(saving ? `Saved ${title}. ${countLabel(next.length, 'saved job')}.` : `Removed ${title} from your saved jobs.`);
  });
}

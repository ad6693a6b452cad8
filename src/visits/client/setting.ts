/**
 * The "Mark new jobs" switch on the saved-jobs page. Turned off, the visit
 * times are forgotten and no more are kept; turned on again, this page view
 * counts as a first visit, so badges return from the next visit on.
 */
import { deviceStore, readStored, writeStored } from '../../client/storage.ts';
import { afterPageView, parseVisits } from '../visits.ts';
import { visitsKey } from './new-jobs.ts';

export function startNewJobsSetting(checkbox: HTMLInputElement): void {
  const store = deviceStore();
  // Without storage there are no badges to turn off (the saved-jobs page says why).
  if (!store) {
    checkbox.checked = false;
    checkbox.disabled = true;
    return;
  }
  checkbox.checked = parseVisits(readStored(store, visitsKey)) !== 'off';
  checkbox.addEventListener('change', () => {
    writeStored(store, visitsKey, checkbox.checked ? afterPageView(undefined, Date.now()) : { off: true });
  });
}

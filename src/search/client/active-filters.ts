/**
 * The filters in force as chips above the results, each a button that
 * removes it. Chips come in the panel's order (the three questions, then
 * each group's options as listed), whatever order they were chosen in.
 */
import type { SearchState } from '../state.ts';
import type { SearchPage } from './elements.ts';
import { checkboxes } from './form-state.ts';
import { answerLabels } from './questions.ts';

interface Chip {
  label: string;
  /** Unticks or clears the filter in the form. */
  clear: () => void;
}

/** The answers as chips: "Lives in France", "Fits my hours (UTC+1)", "Pay at least €80,000". */
function answerChips(page: SearchPage, state: SearchState): Chip[] {
  const q = page.questions;
  const labels = answerLabels(q, state.answers);
  const chips: Chip[] = [];
  if (labels.country) chips.push({ label: `Lives in ${labels.country}`, clear: () => (q.country.value = '') });
  if (labels.hours) chips.push({ label: `Fits my hours (${labels.hours})`, clear: () => (q.fitsHours.checked = false) });
  if (labels.pay) {
    const label = `Pay at least ${labels.pay}${state.answers.unstated ? ' or not stated' : ''}`;
    chips.push({ label, clear: () => ((q.pay.value = ''), (q.unstated.checked = false)) });
  }
  return chips;
}

function filterChips(page: SearchPage, state: SearchState): Chip[] {
  return checkboxes(page.form)
    .filter((box) => state.filters[box.name as keyof SearchState['filters']]?.includes(box.value))
    .map((box) => ({
      label: box.closest('label')?.querySelector('span')?.textContent?.trim() ?? box.value,
      clear: () => (box.checked = false),
    }));
}

/** Draws the chips for `state`; `removed` runs after a chip clears its filter, to search again. */
export function renderActiveFilters(page: SearchPage, state: SearchState, removed: () => void): void {
  const chips = [...answerChips(page, state), ...filterChips(page, state)].map(({ label, clear }) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'chip gap-1.5 py-1 text-sm hover:border-accent hover:text-accent';
    button.setAttribute('aria-label', `Remove filter: ${label}`);
    const cross = document.createElement('span');
    cross.setAttribute('aria-hidden', 'true');
    cross.textContent = '×';
    button.append(label, cross);
    button.addEventListener('click', () => {
      const place = [...page.active.querySelectorAll('button')].indexOf(button);
      clear();
      removed();
      // Focus the chip that took this one's place, else the one before, else the results.
      const left = page.active.querySelectorAll('button');
      (left[place] ?? left[place - 1] ?? page.resultsHeading).focus();
    });
    const item = document.createElement('li');
    item.append(button);
    return item;
  });
  page.active.replaceChildren(...chips);
  page.activeFilters.hidden = chips.length === 0;
}

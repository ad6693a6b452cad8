/** The filters in force as chips above the results, each a button that removes it. */
import { filterKeys } from '../facets.ts';
import type { SearchState } from '../state.ts';
import type { SearchPage } from './elements.ts';
import { checkboxes } from './form-state.ts';

/** Draws the chips for `state`; `removed` runs after a chip unticks its filter, to search again. */
export function renderActiveFilters(page: SearchPage, state: SearchState, removed: () => void): void {
  const chips = filterKeys.flatMap((key) =>
    state.filters[key].map((value) => {
      const box = checkboxes(page.form, key).find((b) => b.value === value);
      const label = box?.closest('label')?.querySelector('span')?.textContent?.trim() ?? value;
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
        if (box) box.checked = false;
        removed();
        // Focus the chip that took this one's place, else the one before, else the results.
        const left = page.active.querySelectorAll('button');
        (left[place] ?? left[place - 1] ?? page.resultsHeading).focus();
      });
      const item = document.createElement('li');
      item.append(button);
      return item;
    }),
  );
  page.active.replaceChildren(...chips);
  page.activeFilters.hidden = chips.length === 0;
}

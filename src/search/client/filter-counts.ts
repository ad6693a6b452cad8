/**
 * The numbers next to each filter option. Pagefind keeps one index file per
 * filter group, and at 10 000 jobs those files weigh more than the rest of a
 * first search together, so each group's file loads on intent: when the
 * visitor points at or focuses that group, or opens the filter panel on a
 * phone (every group at once). Until then a group shows the board-wide
 * counts printed at build time, which are exact while nothing narrows the
 * results, and no number at all otherwise: never a wrong one.
 */
import { filterKeys, type FilterKey } from '../filter-keys.ts';
import type { SearchEngine } from './engine.ts';
import { countOf, type Counts } from '../merge.ts';

export type { Counts };

export class FilterCounts {
  readonly #form: HTMLFormElement;
  readonly #loaded = new Set<FilterKey>();
  readonly #loading = new Map<FilterKey, Promise<void>>();

  constructor(form: HTMLFormElement) {
    this.#form = form;
    for (const label of this.#labels()) label.dataset['boardCount'] = label.textContent ?? '';
  }

  /** The board-wide counts printed at build time: the counts of the search with no words and no filter. */
  boardCounts(): Counts {
    const counts: Counts = Object.create(null);
    for (const label of this.#labels()) {
      const key = label.closest<HTMLElement>('[data-filter-group]')?.dataset['filterGroup'];
      const value = label.dataset['countFor'];
      if (key && value !== undefined) (counts[key] ??= Object.create(null))[value] = Number(label.dataset['boardCount'] || 0);
    }
    return counts;
  }

  /** Loads the index of these groups once; resolves when all of them are in. */
  load(engine: SearchEngine, keys: readonly FilterKey[]): Promise<void> {
    const missing = keys.filter((key) => !this.#loading.has(key));
    if (missing.length === filterKeys.length) {
      const all = engine.filters().then(() => filterKeys.forEach((key) => this.#loaded.add(key)));
      for (const key of missing) this.#loading.set(key, all);
    } else {
      for (const key of missing) {
        // A preload with an empty filter fetches that group's file and nothing else.
        const one = engine.preload(null, { filters: { [key]: { any: [] } } }).then(() => void this.#loaded.add(key));
        this.#loading.set(key, one);
      }
    }
    return Promise.all(keys.map((key) => this.#loading.get(key))).then(() => undefined);
  }

  /** Waits for loads already asked for, so a visitor who reached for a filter gets its counts. */
  async settled(): Promise<void> {
    await Promise.all(this.#loading.values());
  }

  /**
   * Shows `counts` for the groups whose index is in (a group used as a
   * filter always is). `narrowed`: a query or filter limits the results.
   */
  show(counts: Counts, narrowed: boolean, active: ReadonlySet<FilterKey>): void {
    for (const fieldset of this.#form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-filter-group]')) {
      const key = fieldset.dataset['filterGroup'] as FilterKey;
      const known = this.#loaded.has(key) || active.has(key);
      for (const label of fieldset.querySelectorAll<HTMLElement>('[data-count-for]')) {
        const count = known ? countOf(counts, key, label.dataset['countFor'] ?? '') : undefined;
        const text = count !== undefined ? String(count) : narrowed ? '' : (label.dataset['boardCount'] ?? '');
        // Writing the same text again would still make the browser lay out the whole panel again.
        if (label.textContent !== text) label.textContent = text;
        // Options that would find nothing are dimmed, not hidden, so the list never jumps.
        label.closest('label')?.classList.toggle('opacity-60', count === 0);
      }
    }
  }

  #labels(): HTMLElement[] {
    return [...this.#form.querySelectorAll<HTMLElement>('[data-count-for]')];
  }
}

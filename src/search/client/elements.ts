/**
 * The search page's elements and the settings the build wrote on the form
 * (src/pages/search.astro): found once, so the other modules share one set.
 */

/** The three questions at the top of the panel (src/components/search/SeekerQuestions.astro). */
export interface QuestionControls {
  fieldset: HTMLFieldSetElement;
  country: HTMLSelectElement;
  fitsHours: HTMLInputElement;
  tz: HTMLSelectElement;
  pay: HTMLInputElement;
  currency: HTMLSelectElement;
  unstated: HTMLInputElement;
  forget: HTMLButtonElement;
  /** Names the values of the page's address that could not be used. */
  ignored: HTMLElement;
}

export interface SearchPage {
  form: HTMLFormElement;
  query: HTMLInputElement;
  sort: HTMLSelectElement;
  questions: QuestionControls;
  count: HTMLElement;
  results: HTMLOListElement;
  placeholder: HTMLElement | null;
  empty: HTMLElement;
  activeFilters: HTMLElement;
  active: HTMLUListElement;
  clearFilters: HTMLButtonElement;
  more: HTMLButtonElement;
  moreFailed: HTMLElement | null;
  bestMatch: HTMLOptionElement | null;
  message: HTMLElement;
  activeCount: HTMLElement | null;
  emptyTitle: HTMLElement;
  emptyHint: HTMLElement;
  /** "Did you mean Figma?" in the empty state. */
  suggestion: HTMLElement;
  browseAll: HTMLElement;
  filters: HTMLDetailsElement | null;
  showResults: HTMLButtonElement | null;
  resultsHeading: HTMLElement;
  /** The "Show more" button's own label, put back after "Loading more jobs…". */
  moreLabel: string;
  /** The page's title with no search in it. */
  title: string;
  /** The first page of every job, newest first, drawn at build time (shown as it is without JavaScript). */
  newestDrawn: HTMLOListElement | null;
  /** Results per page, and per "Show more". */
  pageSize: number;
  /** How many parts the index is split into (src/search/parts.ts). */
  partCount: number;
  /** How many jobs are open: the length of the list drawn in `newestDrawn`. */
  openJobs: number;
}

function questionControls(form: HTMLFormElement): QuestionControls {
  const fieldset = form.querySelector<HTMLFieldSetElement>('#search-questions')!;
  return {
    fieldset,
    country: fieldset.querySelector<HTMLSelectElement>('#search-country')!,
    fitsHours: fieldset.querySelector<HTMLInputElement>('#search-fits-hours')!,
    tz: fieldset.querySelector<HTMLSelectElement>('#search-tz')!,
    pay: fieldset.querySelector<HTMLInputElement>('#search-pay')!,
    currency: fieldset.querySelector<HTMLSelectElement>('#search-currency')!,
    unstated: fieldset.querySelector<HTMLInputElement>('input[name="unstated"]')!,
    forget: fieldset.querySelector<HTMLButtonElement>('#search-forget')!,
    ignored: fieldset.querySelector<HTMLElement>('#search-ignored')!,
  };
}

/** The search page's elements; undefined on any other page. */
export function findSearchPage(): SearchPage | undefined {
  const form = document.querySelector<HTMLFormElement>('#search-form');
  if (!form) return undefined;
  const more = document.querySelector<HTMLButtonElement>('#search-more')!;
  return {
    form,
    query: form.querySelector<HTMLInputElement>('#search-query')!,
    sort: form.querySelector<HTMLSelectElement>('#search-sort')!,
    questions: questionControls(form),
    count: document.querySelector<HTMLElement>('#result-count')!,
    results: document.querySelector<HTMLOListElement>('#search-results')!,
    placeholder: document.querySelector<HTMLElement>('#search-placeholder'),
    empty: document.querySelector<HTMLElement>('#search-empty')!,
    activeFilters: document.querySelector<HTMLElement>('#search-filters-active')!,
    active: document.querySelector<HTMLUListElement>('#search-active')!,
    clearFilters: document.querySelector<HTMLButtonElement>('#search-clear-filters')!,
    more,
    moreFailed: document.querySelector<HTMLElement>('#search-more-failed'),
    bestMatch: form.querySelector<HTMLOptionElement>('#search-sort option[value="best"]'),
    message: document.querySelector<HTMLElement>('#search-message')!,
    activeCount: document.querySelector<HTMLElement>('[data-active-count]'),
    emptyTitle: document.querySelector<HTMLElement>('#search-empty-title')!,
    emptyHint: document.querySelector<HTMLElement>('#search-empty-hint')!,
    suggestion: document.querySelector<HTMLElement>('#search-suggestion')!,
    browseAll: document.querySelector<HTMLElement>('#search-browse-all')!,
    filters: document.querySelector<HTMLDetailsElement>('#filters'),
    showResults: document.querySelector<HTMLButtonElement>('#filters-done'),
    resultsHeading: document.querySelector<HTMLElement>('#results-heading')!,
    moreLabel: more.textContent ?? '',
    title: document.title,
    newestDrawn: document.querySelector<HTMLOListElement>('#search-newest'),
    pageSize: Number(form.dataset['pageSize'] ?? 20),
    partCount: Number(form.dataset['searchParts'] ?? 1),
    openJobs: Number(form.dataset['openJobs'] ?? 0),
  };
}

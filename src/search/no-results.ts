/**
 * What the empty state says: it speaks of what the visitor narrowed by, in
 * their words where it can ("No remote jobs in Design are open to people in
 * France."), so they know which answer to change.
 */
import { activeFilterCount, type SearchState } from './state.ts';
import { filterKeys } from './filter-keys.ts';

export interface NoResultsText {
  title: string;
  hint: string;
  /** Whether a link to browse every job helps: not when the board itself is empty. */
  browseAll: boolean;
}

/** The visitor's choices as the page labels them, for the sentence. */
export interface ChoiceLabels {
  /** The one workplace ticked, as a word before "jobs" ("remote"). */
  workplace?: string | undefined;
  /** The one category ticked ("Design"). */
  category?: string | undefined;
  /** The country of "I live in" ("France"). */
  country?: string | undefined;
  /** The amount of "Pay at least", with its currency ("€80,000"). */
  pay?: string | undefined;
}

/** "a", "a and b", "a, b and c". */
const list = (items: readonly string[]) => (items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/**
 * "No remote jobs in Design are open to people in France.", when nothing
 * but the three questions, one workplace and one category narrowed the
 * search; undefined otherwise.
 */
export function plainEmptyTitle(state: SearchState, labels: ChoiceLabels): string | undefined {
  const { answers, filters } = state;
  const others = filterKeys.filter((key) => key !== 'workplace' && key !== 'category' && filters[key].length > 0);
  if (state.q || others.length > 0 || filters.workplace.length > 1 || filters.category.length > 1) return undefined;
  const predicates = [
    answers.country && labels.country && `are open to people in ${labels.country}`,
    answers.tz && 'fit your hours',
    answers.pay && labels.pay && `pay at least ${labels.pay} a year`,
  ].filter((p): p is string => Boolean(p));
  if (predicates.length === 0) return undefined;
  const workplace = filters.workplace.length === 1 && labels.workplace ? `${labels.workplace} ` : '';
  const category = filters.category.length === 1 && labels.category ? ` in ${labels.category}` : '';
  return `No ${workplace}jobs${category} ${list(predicates)}.`;
}

export function noResultsText(state: SearchState, labels: ChoiceLabels = {}): NoResultsText {
  const filters = activeFilterCount(state);
  const these = filters === 1 ? 'this filter' : 'these filters';
  const removeOne = filters === 1 ? 'remove the filter above' : 'remove a filter above';
  const plain = plainEmptyTitle(state, labels);
  if (plain) {
    const unstated = state.answers.pay && !state.answers.unstated ? ' Jobs that state no salary are hidden by “Pay at least”.' : '';
    return { title: plain, hint: `Change an answer, or ${removeOne}.${unstated}`, browseAll: true };
  }
  if (state.q && filters > 0)
    return { title: `No jobs match “${state.q}” with ${these}.`, hint: `Try other words, or ${removeOne}.`, browseAll: true };
  if (state.q)
    return { title: `No jobs match “${state.q}”.`, hint: 'Check the spelling, or try a shorter or more general word.', browseAll: true };
  if (filters > 0) {
    const hint = filters === 1 ? 'Remove the filter above.' : 'Remove a filter above, or clear them all.';
    return { title: `No jobs match ${these}.`, hint, browseAll: true };
  }
  return { title: 'There are no open jobs right now.', hint: 'Check back soon.', browseAll: false };
}

/**
 * The answers to the three questions, remembered on the visitor's device
 * (local storage: nothing leaves the browser, so no cookie banner). A
 * search without answers in its URL gets them (seekers.ts, withRemembered).
 */
import { answersFrom, type SeekerAnswers } from '../seekers.ts';

const key = 'openings:search-answers';

/** Storage may be off or full (a private window): then nothing is remembered, and search works as before. */
function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function recallAnswers(): SeekerAnswers | undefined {
  try {
    return answersFrom(storage()?.getItem(key) ?? null);
  } catch {
    return undefined;
  }
}

export function rememberAnswers(answers: SeekerAnswers): void {
  try {
    storage()?.setItem(key, JSON.stringify(answers));
  } catch {
    // Full or refused: the answers still apply to this search.
  }
}

export function forgetAnswers(): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to forget.
  }
}

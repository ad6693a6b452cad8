/**
 * The answers to the three questions, remembered on the visitor's device
 * (local storage: nothing leaves the browser, so no cookie banner). A
 * search without answers in its URL gets them (seekers.ts, withRemembered).
 * Storage may be off or full (a private window): then nothing is
 * remembered, and search works as before.
 */
import { deviceStore, storeKey } from '../../client/storage.ts';
import { answersFrom, type SeekerAnswers } from '../seekers.ts';

const key = storeKey('search-answers');

export function recallAnswers(): SeekerAnswers | undefined {
  return answersFrom(deviceStore()?.getItem(key) ?? null);
}

export function rememberAnswers(answers: SeekerAnswers): void {
  try {
    deviceStore()?.setItem(key, JSON.stringify(answers));
  } catch {
    // Full: the answers still apply to this search.
  }
}

export function forgetAnswers(): void {
  deviceStore()?.removeItem(key);
}

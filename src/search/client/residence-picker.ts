/**
 * The "I live in" picker on the home and list pages: a plain form that opens
 * the search page with `?country=`. With a script it starts on the country
 * the visitor answered before, and choosing one here is remembered as if it
 * were chosen on the search page (which remembers only what the visitor
 * picks, never what a link carries).
 */
import { noAnswers } from '../seekers.ts';
import { recallAnswers, rememberAnswers } from './remembered.ts';

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-residence-picker]')) {
  const select = form.querySelector<HTMLSelectElement>('select[name="country"]');
  if (!select) continue;
  const remembered = recallAnswers();
  if (remembered?.country && [...select.options].some((option) => option.value === remembered.country)) select.value = remembered.country;
  form.addEventListener('submit', () => rememberAnswers({ ...(recallAnswers() ?? noAnswers()), country: select.value }));
}

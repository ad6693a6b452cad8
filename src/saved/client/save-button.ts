/**
 * The Save button for cards drawn in the browser (the search page's
 * results), the same markup as SaveJobButton.astro draws on a card
 * (src/saved/save-button.ts). Values are set as text and attributes, never
 * parsed as HTML. Whether the job is saved is filled in by save-buttons.ts
 * once the card is on the page.
 */
import { cardSaveButtonClass, cardSaveLabelClass, saveButtonAttributes, type SaveButtonJob } from '../save-button.ts';

function withAttributes<E extends Element>(element: E, attributes: Record<string, string>): E {
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return element;
}

/** The slug in a job page's address: "/board/jobs/some-job/" → "some-job". */
export const jobSlugOf = (url: string): string => url.split('/').filter(Boolean).pop() ?? '';

export function cardSaveButton(job: SaveButtonJob): HTMLButtonElement {
  const button = withAttributes(document.createElement('button'), { ...saveButtonAttributes(job), class: cardSaveButtonClass });
  const label = withAttributes(document.createElement('span'), { class: cardSaveLabelClass });
  label.textContent = 'Save';
  const title = withAttributes(document.createElement('span'), { class: 'sr-only' });
  title.textContent = ` ${job.title}`;
  button.append(label, title);
  return button;
}

/**
 * The Save button's markup, in one place: SaveJobButton.astro draws it on
 * cards and job pages at build time, and the search page's script draws it
 * on the cards it makes (client/save-button.ts); the two must match.
 *
 * Without JavaScript it is left out (noscript:hidden); with it, it keeps its
 * room but stays invisible until the script finds storage it can use and
 * marks <html> (data-save-jobs), so nothing moves when it appears. Its name
 * never changes: aria-pressed says whether the job is saved, and a filled
 * bookmark shows it, so the state is not told by colour alone.
 */
export interface SaveButtonJob {
  slug: string;
  title: string;
  company: string;
}

export const saveButtonAttributes = (job: SaveButtonJob): Record<string, string> => ({
  type: 'button',
  'aria-pressed': 'false',
  'data-save-job': job.slug,
  'data-title': job.title,
  'data-company': job.company,
});

/** save-job (which draws the bookmark) and save-job-card are in src/styles/global.css. */
const shared = 'save-job';

/**
 * On a card, in its own column or, on phones, its corner; the card keeps
 * room for it beside the title and under place and pay (job-card-title and
 * job-card-facts), so neither covers the other. On phones only the
 * bookmark: a column of its own would narrow every line, and "Company · 2
 * weeks ago" would wrap once the date is rewritten, moving the card.
 */
export const cardSaveButtonClass = `${shared} save-job-card`;

// gap-1.5 here, as btn-secondary sets a wider gap: a utility after it wins.
export const pageSaveButtonClass = `${shared} btn-secondary flex w-full gap-1.5 aria-pressed:border-accent`;

/** The visible word on a card: read out with the job's title after it, and hidden on phones, where the bookmark stands alone. */
export const cardSaveLabelClass = 'max-sm:sr-only';

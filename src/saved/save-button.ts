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

const shared = 'group invisible items-center gap-1.5 noscript:hidden in-data-save-jobs:visible aria-pressed:text-accent';

/**
 * Above the card's stretched link, at the top of its own column. On phones
 * only the bookmark, in the card's corner: a column of its own would narrow
 * every line, and "Company · 2 weeks ago" would wrap once the date is
 * rewritten, moving the card. Only the title keeps room for it (cardTitleRoomClass).
 * On a wide card (JobCard.astro's @2xl) place and pay take the right-hand
 * side up to the edge, level with the title, so the button sits in the
 * bottom corner, under them (cardFactsRoomClass).
 */
export const cardSaveButtonClass = `${shared} relative z-10 inline-flex shrink-0 self-start rounded-lg border border-line bg-card p-1.5 text-sm font-medium text-ink hover:border-accent aria-pressed:border-accent max-sm:absolute max-sm:top-2 max-sm:right-2 sm:px-3 sm:py-2 @2xl:absolute @2xl:right-5 @2xl:bottom-5`;

/** On a card's title, on phones: room beside it for the Save button in the corner. */
export const cardTitleRoomClass = 'max-sm:pr-6';

/** Under place and pay on a wide card: room for the Save button in the bottom corner, so neither covers the other. */
export const cardFactsRoomClass = '@2xl:pb-12';

export const pageSaveButtonClass = `${shared} btn-secondary flex w-full aria-pressed:border-accent`;

export const saveIconAttributes: Record<string, string> = {
  'aria-hidden': 'true',
  width: '16',
  height: '16',
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': '2',
  'stroke-linejoin': 'round',
  class: 'shrink-0 group-aria-pressed:fill-current',
};

/** A bookmark. */
export const saveIconPath = 'M6 3h12v18l-6-4.5L6 21z';

/** The visible word on a card: read out with the job's title after it, and hidden on phones, where the bookmark stands alone. */
export const cardSaveLabelClass = 'max-sm:sr-only';

/** Pagefind, loaded once however many searches ask for it while it loads, and only when one does. */
import { SearchEngine } from './engine.ts';
import type { SearchPage } from './elements.ts';
import { showMessage } from './messages.ts';

export type LoadPagefind = () => Promise<SearchEngine | undefined>;

/** A loader for the page's index; undefined from it means search is unavailable, and the page says why. */
export function pagefindLoader(page: SearchPage): LoadPagefind {
  let pagefind: Promise<SearchEngine | undefined> | undefined;
  return () => (pagefind ??= importPagefind(page));
}

async function importPagefind(page: SearchPage): Promise<SearchEngine | undefined> {
  try {
    return await SearchEngine.load(import.meta.env.BASE_URL, page.partCount);
  } catch {
    // No retry: the browser keeps a module that failed to load as failed until the page reloads.
    const dev = import.meta.env.DEV;
    showMessage(
      page,
      dev
        ? 'Search needs a built index: run "npm run build" and then "npm run preview". The development server does not build one.'
        : 'Search could not load. Check your connection and reload the page.',
    );
    // What the results show is up to who asked: a search clears them, "Show more" keeps the drawn jobs.
    return undefined;
  }
}

/**
 * What the search index holds for each open job, built from the listing
 * data rather than by crawling the built pages: the build decides which
 * jobs go into which index part (src/search/parts.ts), and the job
 * pages carry no hidden search markup. The build writes the records to
 * search-records/<part>.jsonl (src/pages/search-records/[part].jsonl.ts)
 * and src/search/indexer.ts turns each part into a Pagefind bundle.
 */
import type { CustomRecord } from 'pagefind';
import type { Job } from '../board/board.ts';
import { loadBoard } from '../board/board.ts';
import { logoImage } from '../board/logo-image.ts';
import { searchPartSize as defaultPartSize } from '../config/search.ts';
import { exchangeRates } from '../config/rates.ts';
import { searchFilters, searchSort } from './facets.ts';
import { openToEntries, regionSummary, whereFacts } from '../lib/places.ts';
import { employmentLabels, experienceLabels, workplaceLabels } from '../lib/labels.ts';
import { htmlToText } from '../lib/plain-text.ts';
import { cardText } from '../lib/job-card.ts';
import { windowShortLabel } from '../lib/time-zones.ts';
import { routes } from '../lib/routes.ts';
import { splitIntoParts, type PartEntry } from './parts.ts';
import { encodeSkills } from './skills.ts';

/** One job as Pagefind's Node API takes it (addCustomRecord). */
export type SearchRecord = CustomRecord;

/** Jobs per index part; SEARCH_PART_SIZE overrides the setting for one build. */
export function searchPartSize(): number {
  const fromEnv = Number(process.env['SEARCH_PART_SIZE']);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : defaultPartSize;
}

/** The open jobs of each index part, newest first, with their "Newest" sort key. */
export async function searchParts(): Promise<PartEntry<Job>[][]> {
  return splitIntoParts((await loadBoard()).openJobs, searchPartSize());
}

/**
 * The words a visitor may search by that the record's meta fields do not
 * already carry. Pagefind 1.6 searches (and weighs) every meta field, so the
 * title, company, category, place, location, salary and skills are found
 * through `meta`; repeating them here indexed them twice and made the index
 * chunks a first query loads bigger.
 */
function searchableText(job: Job): string {
  return [
    job.company.data.location,
    workplaceLabels[job.workplace],
    regionSummary(openToEntries(job)),
    employmentLabels[job.employment],
    experienceLabels[job.experience],
    htmlToText(job.entry.rendered?.html ?? ''),
  ]
    .filter(Boolean)
    .join('\n');
}

export async function searchRecord({ job, fromOldest }: PartEntry<Job>): Promise<SearchRecord> {
  const board = await loadBoard();
  const facetable = { ...job, placeSlugs: board.placeSlugsOf(job) };
  const sort = searchSort(facetable, exchangeRates, fromOldest);
  const logo = await logoImage(job.company, 48);
  // Result cards show what the board's job cards show, worked out once per job.
  const card = cardText(job);
  const [place, location = ''] = whereFacts(job);
  return {
    // Relative to the site root: the search page tells Pagefind the base path.
    url: routes.job(job.slug),
    content: searchableText(job),
    language: 'en',
    meta: {
      title: job.title,
      company: job.company.data.name,
      logo: logo.src,
      posted: job.posted,
      category: job.category.label,
      place,
      // The card's working-hours window, as job cards show it ("UTC−1…+3").
      hours: job.timezones ? windowShortLabel(job.timezones) : '',
      location,
      salary: card.salary ?? '',
      estimated: card.estimated ? 'yes' : '',
      featured: job.featured ? 'yes' : '',
      skills: encodeSkills(job.skills),
      // The yearly maximum in the base currency: the "Highest pay" order across index parts compares it
      // (src/search/merge.ts), and cards show it in the visitor's currency.
      pay: sort.pay,
    },
    filters: searchFilters(facetable, exchangeRates),
    sort,
  };
}

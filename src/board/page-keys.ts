/**
 * Cache keys for Astro's incremental builds (`experimental.incrementalBuild`):
 * when a page's key and its template code are both unchanged since the last
 * build, Astro copies the page from its cache instead of rendering it again.
 *
 * So a key must cover everything the page shows that is not code. For a
 * job, on its page or a card, that is the listing (its fields and rendered
 * description), whether it is open (which moves with the build date), its
 * skills as the board spells them (the spelling most listings use, so
 * another listing can change it) and its company's profile (logo metadata
 * included). A job's page adds its similar jobs and which of its skills and
 * places have a page to link to; a list page, its place in the list. Code, config and the site settings are covered by Astro itself
 * (the page's module graph and the config hash).
 */
import { createHash } from 'node:crypto';

export interface KeyedListing {
  open: boolean;
  skills: readonly { id: string; label: string }[];
  entry: { data: unknown; rendered?: { html: string } | undefined };
  company: { data: unknown };
}

const hash = (text: string) => createHash('sha1').update(text).digest('base64url');

// One fingerprint per listing and per company a build: a job appears in many similar-jobs lists.
const fingerprints = new WeakMap<object, string>();

function fingerprint(of: object, text: () => string): string {
  let known = fingerprints.get(of);
  if (known === undefined) {
    known = hash(text());
    fingerprints.set(of, known);
  }
  return known;
}

function listingFingerprint(job: KeyedListing): string {
  const listing = fingerprint(job.entry, () => JSON.stringify([job.entry.data, job.entry.rendered?.html ?? '']));
  const company = fingerprint(job.company, () => JSON.stringify(job.company.data));
  const skills = job.skills.map((skill) => skill.label).join('\u0000');
  return `${job.open ? 'open' : 'closed'}:${listing}:${company}:${skills}`;
}

/** Sets (a region's countries) as sorted arrays: JSON.stringify would write them as {}. */
const setsAsArrays = (_key: string, value: unknown) => (value instanceof Set ? [...value].map(String).sort() : value);

/**
 * `shown` is what else the page shows from the board: which of its skills
 * and places have a page to link to, which changes as other jobs open and close.
 */
export function jobPageKey(job: KeyedListing, similar: readonly KeyedListing[], shown: unknown): string {
  return hash([JSON.stringify(shown), ...[job, ...similar].map(listingFingerprint)].join('\n'));
}

/** One page of a paginated list, as Astro's `paginate()` gives it. */
export interface KeyedListPage {
  data: readonly KeyedListing[];
}

/**
 * The key of one page of a list: its cards, the page's place in the list
 * (number, totals, links to the pages around it) and `shown`, whatever else
 * the page shows (the category, skill, region or company, the list's full
 * count). A new job moves every page of the lists it is on; the pages of
 * other lists keep their keys.
 */
export function listPageKey(page: KeyedListPage, shown: unknown): string {
  const { data, ...meta } = page;
  return hash([JSON.stringify([shown, meta], setsAsArrays), ...data.map(listingFingerprint)].join('\n'));
}

/**
 * Adds each page's key to the paths `paginate()` returns. List pages render
 * from their props alone, so the props beside `page` are what else they show.
 */
export function keyedPages<Path extends { props: { page: KeyedListPage } }>(paths: Path[]): (Path & { cacheKey: string })[] {
  return paths.map((path) => {
    const { page, ...shown } = path.props;
    return { ...path, cacheKey: listPageKey(page, shown) };
  });
}

/**
 * The cache key of a job's page for Astro's incremental builds
 * (`experimental.incrementalBuild`): when a page's key and its template
 * code are both unchanged since the last build, Astro copies the page from
 * its cache instead of rendering it again.
 *
 * So the key must cover everything the page shows that is not code: the
 * listing (its fields and rendered description), whether it is open (which
 * moves with the build date), its company's profile (logo metadata
 * included), and the similar jobs listed under it, with their companies.
 * Code, config and the site settings are covered by Astro itself (the
 * page's module graph and the config hash).
 */
import { createHash } from 'node:crypto';

export interface KeyedListing {
  open: boolean;
  entry: { data: unknown; rendered?: { html: string } | undefined };
  company: { data: unknown };
}

// One fingerprint per listing and per company a build: a job appears in many similar-jobs lists.
const fingerprints = new WeakMap<object, string>();

function fingerprint(of: object, text: () => string): string {
  let known = fingerprints.get(of);
  if (known === undefined) {
    known = createHash('sha1').update(text()).digest('base64url');
    fingerprints.set(of, known);
  }
  return known;
}

function listingFingerprint(job: KeyedListing): string {
  const listing = fingerprint(job.entry, () => JSON.stringify([job.entry.data, job.entry.rendered?.html ?? '']));
  const company = fingerprint(job.company, () => JSON.stringify(job.company.data));
  return `${job.open ? 'open' : 'closed'}:${listing}:${company}`;
}

export function jobPageKey(job: KeyedListing, similar: readonly KeyedListing[]): string {
  return createHash('sha1')
    .update([job, ...similar].map(listingFingerprint).join('\n'))
    .digest('base64url');
}

/**
 * What one board's postings do to content/jobs: each posting is added,
 * updated, left unchanged or skipped (with why), and each listing the
 * importer wrote for a posting that is gone is closed. Pure: it gets the
 * listings and postings and returns the files to write, so the rules are
 * tested without a disk or a network.
 *
 * - A listing an editor changed (its digest no longer matches) is never
 *   rewritten: it is reported, and only closed (its `expires` line alone)
 *   when its posting disappears.
 * - Listings the importer did not write are never touched; a posting whose
 *   apply link or address one of them already has is skipped as a duplicate.
 * - A file name, once chosen, stays: later runs find the listing by its
 *   `imported` note, whatever its title becomes.
 * - One posting (service and id) has one listing: an id the board repeats,
 *   or one another company's listing already has, is skipped.
 */
import { slugify } from '../lib/slug.ts';
import { resealed, withExpires } from './digest.ts';
import { postingKey, type ExistingListing, type ListingIndex } from './existing.ts';
import { baseSlug, planListing, renderListing } from './listing.ts';
import type { BoardPostings } from './posting.ts';
import type { ImportConfig } from './schema.ts';
import { services, type ServiceId } from './services.ts';

export type Action = 'added' | 'updated' | 'closed' | 'unchanged' | 'skipped';

export interface Entry {
  action: Action;
  /** The listing file, as the summary names it. */
  file?: string | undefined;
  posting?: { id: string; title: string } | undefined;
  /** Why it was skipped, or what else to know. */
  reason?: string | undefined;
  /** Why it was written as a draft. */
  draft?: string | undefined;
}

export interface FileWrite {
  file: string;
  path: string;
  text: string;
}

export interface CompanyPlan {
  writes: FileWrite[];
  entries: Entry[];
}

export interface PlanInput {
  company: string;
  config: ImportConfig;
  board: BoardPostings;
  listings: readonly ExistingListing[];
  index: ListingIndex;
  today: string;
  /** Where new files go: the summary's folder name and the folder on disk. */
  jobsFile: (slug: string) => { file: string; path: string };
  /** The validator's first error for a file about to be written, or undefined when it passes. */
  check: (file: string, text: string) => string | undefined;
}

function chooseSlug(title: string, company: string, id: string, index: ListingIndex): string {
  const base = baseSlug(title, company);
  if (!index.hasSlug(base)) return base;
  const withId = `${base}-${slugify(id).replace(/-/g, '').slice(-8) || 'job'}`;
  let slug = withId;
  for (let n = 2; index.hasSlug(slug); n++) slug = `${withId}-${n}`;
  return slug;
}

export function planCompany(input: PlanInput): CompanyPlan {
  const { company, config, board, index, today } = input;
  const service: ServiceId = config.from;
  const label = services[service].label;
  const writes: FileWrite[] = [];
  const entries: Entry[] = [];
  const present = new Set<string>();

  for (const skipped of board.skipped) {
    if (!skipped.hidden) present.add(skipped.id);
    entries.push({ action: 'skipped', posting: { id: skipped.id, title: skipped.title }, reason: skipped.reason });
  }

  for (const posting of board.postings) {
    const about = { id: posting.id, title: posting.title };
    if (present.has(posting.id)) {
      entries.push({ action: 'skipped', posting: about, reason: `appears twice on the ${label} board; only its first entry is imported` });
      continue;
    }
    present.add(posting.id);
    const existing = index.byPosting.get(postingKey(service, posting.id));
    if (existing?.company !== undefined && existing.company !== company) {
      // Two profiles on one board: the posting stays with the listing that has it, never flips between companies.
      entries.push({ action: 'skipped', posting: about, reason: `is already listed in ${existing.file} (for ${existing.company})` });
      continue;
    }
    const built = planListing(posting, {
      service,
      company,
      config,
      today,
      previousPosted: existing?.untouched ? existing.posted : undefined,
    });
    if (!built.ok) {
      entries.push({ action: 'skipped', file: existing?.file, posting: about, reason: built.reason });
      continue;
    }
    const draft = built.listing.draftReasons.join('; ') || undefined;
    const removed = built.listing.removed ? `removed from its description: ${built.listing.removed}` : undefined;
    const text = renderListing(built.listing, { from: service, id: posting.id });
    if (existing) {
      if (!existing.untouched) {
        entries.push({
          action: 'skipped',
          file: existing.file,
          posting: about,
          reason: `was edited by hand, so the importer leaves it as it is; compare it with the posting on ${label}`,
        });
      } else if (text === existing.text) {
        entries.push({ action: 'unchanged', file: existing.file, posting: about });
      } else {
        const problem = input.check(existing.file, text);
        if (problem) entries.push({ action: 'skipped', file: existing.file, posting: about, reason: problem });
        else {
          writes.push({ file: existing.file, path: existing.path, text });
          entries.push({ action: 'updated', file: existing.file, posting: about, draft, reason: removed });
        }
      }
      continue;
    }
    const twin = index.duplicateOf(built.listing.fields.apply, built.listing.fields.source.url);
    if (twin) {
      entries.push({ action: 'skipped', posting: about, reason: `is already listed in ${twin.file} (${twin.by})` });
      continue;
    }
    const slug = chooseSlug(posting.title, company, posting.id, index);
    const target = input.jobsFile(slug);
    const problem = input.check(target.file, text);
    if (problem) {
      entries.push({ action: 'skipped', posting: about, reason: problem });
      continue;
    }
    index.takeSlug(slug);
    index.claim(target.file, built.listing.fields.apply, built.listing.fields.source.url);
    writes.push({ ...target, text });
    entries.push({ action: 'added', file: target.file, posting: about, draft, reason: removed });
  }

  for (const listing of input.listings) {
    const { imported } = listing;
    if (!imported || imported.from !== service || listing.company !== company || present.has(imported.id)) continue;
    // Closed already (by an earlier run or an editor): nothing to do.
    if (listing.expires && listing.expires <= today) continue;
    const closedText = withExpires(listing.text, today);
    const title = typeof listing.data?.['title'] === 'string' ? listing.data['title'] : '';
    const about = { id: imported.id, title };
    if (!closedText) {
      entries.push({
        action: 'skipped',
        file: listing.file,
        posting: about,
        reason: `is no longer on ${label}, but its frontmatter cannot be read to close it`,
      });
      continue;
    }
    writes.push({ file: listing.file, path: listing.path, text: listing.untouched ? resealed(closedText, imported.digest) : closedText });
    entries.push({
      action: 'closed',
      file: listing.file,
      posting: about,
      reason: `is no longer on ${label}${listing.untouched ? '' : '; it was edited by hand, so only its expires date was set'}`,
    });
  }
  // The summary reads best by what happened: new files first, skipped postings last.
  const order: readonly Action[] = ['added', 'updated', 'closed', 'unchanged', 'skipped'];
  return { writes, entries: entries.sort((a, b) => order.indexOf(a.action) - order.indexOf(b.action)) };
}

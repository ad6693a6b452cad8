/** The planner on its own: what a board's postings do to the listings already there, without a disk or a network. */
import { describe, expect, it } from 'vitest';
import { ListingIndex, readListing } from '../../src/import/existing.ts';
import { planCompany, type PlanInput } from '../../src/import/planner.ts';
import { planListing, renderListing } from '../../src/import/listing.ts';
import type { BoardPostings, Posting } from '../../src/import/posting.ts';

const config = { from: 'lever' as const, board: 'saltmarsh', category: 'engineering' as const };
const posting = (id: string, title = 'Quay Engineer'): Posting => ({
  id,
  title,
  postingUrl: `https://jobs.lever.co/saltmarsh/${id}`,
  applyUrl: `https://jobs.lever.co/saltmarsh/${id}/apply`,
  published: '2026-11-10',
  place: { workplace: 'onsite', location: 'Porto, Portugal' },
  pay: {},
  description: [{ html: `<p>${'We build berth plans for small harbours and answer the radio. '.repeat(6)}</p>` }],
});

/** The file the importer would have written for a posting, as an existing listing. */
function written(p: Posting, slug: string, company = 'saltmarsh') {
  const built = planListing(p, { service: 'lever', company, config, today: '2026-11-20' });
  if (!built.ok) throw new Error(built.reason);
  const text = renderListing(built.listing, { from: 'lever', id: p.id });
  return readListing(slug, `content/jobs/${slug}.md`, `/x/${slug}.md`, text);
}

function plan(board: BoardPostings, listings: ReturnType<typeof readListing>[]) {
  const input: PlanInput = {
    company: 'saltmarsh',
    config,
    board,
    listings,
    index: new ListingIndex(listings),
    today: '2026-11-25',
    jobsFile: (slug) => ({ file: `content/jobs/${slug}.md`, path: `/x/${slug}.md` }),
    check: () => undefined,
  };
  return planCompany(input);
}

describe('planCompany', () => {
  it('keeps the listing of a posting it had to skip: the posting is still there', () => {
    const existing = written(posting('a1'), 'quay-engineer-saltmarsh');
    const result = plan({ postings: [], skipped: [{ id: 'a1', title: 'Quay Engineer', reason: 'is missing its address' }] }, [existing]);
    expect(result.writes).toEqual([]);
    expect(result.entries.map((e) => e.action)).toEqual(['skipped']);
  });

  it('closes the listing of a posting the service now hides', () => {
    const existing = written(posting('a1'), 'quay-engineer-saltmarsh');
    const result = plan({ postings: [], skipped: [{ id: 'a1', title: 'Quay Engineer', reason: 'is unlisted', hidden: true }] }, [existing]);
    expect(result.entries.map((e) => `${e.action} ${e.file ?? e.posting?.id}`)).toEqual([
      'closed content/jobs/quay-engineer-saltmarsh.md',
      'skipped a1',
    ]);
    expect(result.writes[0]!.text).toContain('expires: 2026-11-25');
  });

  it('gives a second job of the same title its own stable name', () => {
    const existing = written(posting('a1'), 'quay-engineer-saltmarsh');
    const result = plan({ postings: [posting('a1'), posting('b2-c3')], skipped: [] }, [existing]);
    expect(result.entries.map((e) => `${e.action} ${e.file}`)).toEqual([
      'added content/jobs/quay-engineer-saltmarsh-b2c3.md',
      'unchanged content/jobs/quay-engineer-saltmarsh.md',
    ]);
  });

  it('imports a posting id the board repeats once, and leaves a posting another company’s listing has with it', () => {
    const repeated = plan({ postings: [posting('a1'), posting('a1', 'Quay Engineer, again')], skipped: [] }, []);
    expect(repeated.writes.map((w) => w.file)).toEqual(['content/jobs/quay-engineer-saltmarsh.md']);
    expect(repeated.entries.map((e) => [e.action, e.posting?.title, e.reason])).toEqual([
      ['added', 'Quay Engineer', undefined],
      ['skipped', 'Quay Engineer, again', 'appears twice on the Lever board; only its first entry is imported'],
    ]);

    // The same board under two profiles: the listing stays with the company that has it, unchanged.
    const others = written(posting('a1'), 'quay-engineer-harbourco', 'harbourco');
    expect(others.untouched).toBe(true);
    const shared = plan({ postings: [posting('a1')], skipped: [] }, [others]);
    expect(shared.writes).toEqual([]);
    expect(shared.entries).toEqual([
      {
        action: 'skipped',
        posting: { id: 'a1', title: 'Quay Engineer' },
        reason: 'is already listed in content/jobs/quay-engineer-harbourco.md (for harbourco)',
      },
    ]);
  });

  it('leaves other companies’ listings and unreadable files alone, and treats a posting named in an unreadable file as listed', () => {
    const other = { ...written(posting('z9'), 'quay-engineer-other'), company: 'other' };
    const broken = readListing(
      'broken',
      'content/jobs/broken.md',
      '/x/broken.md',
      '---\ntitle: [unclosed\napply: https://jobs.lever.co/saltmarsh/n1/apply\n---\n',
    );
    const result = plan({ postings: [posting('n1', 'Night Watch')], skipped: [] }, [other, broken]);
    expect(result.writes).toEqual([]);
    expect(result.entries).toEqual([
      {
        action: 'skipped',
        posting: { id: 'n1', title: 'Night Watch' },
        reason: 'is already listed in content/jobs/broken.md (its address, in a file that cannot be read)',
      },
    ]);
  });
});

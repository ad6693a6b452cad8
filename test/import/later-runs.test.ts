/**
 * Runs after the first: updates in place under a stable file name, expiry
 * that moves in steps, closing (never deleting) a posting that disappeared,
 * hand edits that are never overwritten, listings the importer did not write
 * that are never touched, and a posting that is never written twice.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { greenhouseBoard, greenhouseJob, leverPosting } from '../support/ats-payloads.ts';
import { ROOT } from '../support/fixture.ts';
import {
  actions,
  entries,
  fast,
  h,
  job,
  jobText,
  run,
  snapshot,
  TODAY,
  useImportHarness,
  validatorErrors,
} from '../support/import-harness.ts';

useImportHarness();

describe('later runs', () => {
  it('updates a listing in place when its posting changes, keeping the file name', async () => {
    await run(['oakhollow']);
    h.server.reply('/v1/boards/oakhollow/jobs', {
      json: greenhouseBoard([greenhouseJob(401, { title: 'Principal Backend Engineer (Go)' })]),
    });
    const report = await run(['oakhollow']);
    expect(actions(report, 'oakhollow')).toEqual(['updated senior-backend-engineer-go-oakhollow.md', 'closed support-lead-oakhollow.md']);
    expect(job('senior-backend-engineer-go-oakhollow').title).toBe('Principal Backend Engineer (Go)');
    expect(validatorErrors()).toEqual([]);
  });

  it('moves expiry only in steps, not every day', async () => {
    await run(['oakhollow']);
    const before = snapshot();
    expect((await run(['oakhollow'], fast, '2026-11-26')).companies[0]!.entries.every((e) => e.action === 'unchanged')).toBe(true);
    expect(snapshot()).toEqual(before);
    const later = await run(['oakhollow'], fast, '2026-12-04');
    expect(actions(later, 'oakhollow')).toEqual(['updated senior-backend-engineer-go-oakhollow.md', 'updated support-lead-oakhollow.md']);
    expect(job('senior-backend-engineer-go-oakhollow').expires).toBe('2027-01-09');
    expect(validatorErrors('2026-12-04')).toEqual([]);
  });

  it('closes the listing of a posting that disappeared, and never deletes it', async () => {
    await run(['oakhollow']);
    h.server.reply('/v1/boards/oakhollow/jobs', {
      json: greenhouseBoard([greenhouseJob(402, { title: 'Support Lead', location: { name: 'Remote' }, pay_input_ranges: [] })]),
    });
    const before = jobText('senior-backend-engineer-go-oakhollow');
    const report = await run(['oakhollow']);
    expect(actions(report, 'oakhollow')).toEqual(['closed senior-backend-engineer-go-oakhollow.md', 'unchanged support-lead-oakhollow.md']);
    const after = jobText('senior-backend-engineer-go-oakhollow');
    expect(job('senior-backend-engineer-go-oakhollow').expires).toBe(TODAY);
    // Only expires and the digest changed.
    expect(
      after
        .split('\n')
        .filter((line, i) => line !== before.split('\n')[i])
        .map((line) => line.split(':')[0]!.trim()),
    ).toEqual(['expires', 'digest']);
    // Closed stays closed: the next run leaves it alone.
    const again = snapshot();
    await run(['oakhollow'], fast, '2026-11-26');
    expect(snapshot()['jobs/senior-backend-engineer-go-oakhollow.md']).toBe(again['jobs/senior-backend-engineer-go-oakhollow.md']);
    // Every file the run wrote, closed ones included, still passes the validator.
    expect(validatorErrors('2026-11-26')).toEqual([]);
  });

  it('never overwrites a hand-edited listing: it reports it, and only closes it', async () => {
    await run(['oakhollow']);
    const file = join(h.dir, 'jobs', 'senior-backend-engineer-go-oakhollow.md');
    const edited = readFileSync(file, 'utf8').replace('You will look after the tools', 'You will look after, with care, the tools');
    writeFileSync(file, edited);
    h.server.reply('/v1/boards/oakhollow/jobs', { json: greenhouseBoard([greenhouseJob(401, { title: 'Renamed Upstream' })]) });
    const report = await run(['oakhollow']);
    expect(entries(report, 'oakhollow').find((e) => e.file?.endsWith('senior-backend-engineer-go-oakhollow.md'))).toMatchObject({
      action: 'skipped',
      reason: 'was edited by hand, so the importer leaves it as it is; compare it with the posting on Greenhouse',
    });
    expect(readFileSync(file, 'utf8')).toBe(edited);

    h.server.reply('/v1/boards/oakhollow/jobs', { json: greenhouseBoard([]) });
    const closing = await run(['oakhollow']);
    expect(entries(closing, 'oakhollow').find((e) => e.file?.endsWith('senior-backend-engineer-go-oakhollow.md'))).toMatchObject({
      action: 'closed',
      reason: 'is no longer on Greenhouse; it was edited by hand, so only its expires date was set',
    });
    expect(readFileSync(file, 'utf8')).toBe(edited.replace('expires: 2026-12-10', `expires: ${TODAY}`));
    expect(validatorErrors()).toEqual([]);
  });

  it('never touches listings it did not write, and does not write a posting twice', async () => {
    const handWritten = readFileSync(join(ROOT, 'test/fixtures/board/jobs/draft-job-alder.md'), 'utf8')
      .replace(/^company: .*$/m, 'company: saltmarsh')
      .replace(/^apply: .*$/m, 'apply: https://jobs.lever.co/saltmarsh/a1b2c3/apply');
    writeFileSync(join(h.dir, 'jobs', 'designer-by-hand-saltmarsh.md'), handWritten);
    h.server.reply('/v0/postings/saltmarsh', {
      json: [
        leverPosting('a1b2c3'),
        leverPosting('d4e5f6', { text: 'Field Designer' }),
        // The same apply link as d4e5f6: one listing, not two.
        leverPosting('g7h8i9', { text: 'Field Designer (again)', applyUrl: 'https://jobs.lever.co/saltmarsh/d4e5f6/apply' }),
      ],
    });
    const report = await run(['saltmarsh']);
    expect(entries(report, 'saltmarsh').map((e) => [e.action, e.posting?.id, e.reason])).toEqual([
      ['added', 'd4e5f6', undefined],
      ['skipped', 'a1b2c3', expect.stringMatching(/is already listed in .*designer-by-hand-saltmarsh\.md \(the same apply link\)$/)],
      ['skipped', 'g7h8i9', expect.stringMatching(/is already listed in .*field-designer-saltmarsh\.md \(the same apply link\)/)],
    ]);
    expect(readFileSync(join(h.dir, 'jobs', 'designer-by-hand-saltmarsh.md'), 'utf8')).toBe(handWritten);
    // The posting disappearing closes nothing it did not write.
    h.server.reply('/v0/postings/saltmarsh', { json: [] });
    await run(['saltmarsh']);
    expect(readFileSync(join(h.dir, 'jobs', 'designer-by-hand-saltmarsh.md'), 'utf8')).toBe(handWritten);
    expect(validatorErrors()).toEqual([]);
  });
});

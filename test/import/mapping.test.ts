/**
 * The real importer against a local server in each service's shape: a
 * posting of each service becomes the listing the issue describes, the files
 * pass `npm run validate`, a second run changes no byte, and `npm run import
 * -- <company>` imports only the companies named.
 */
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { actions, entries, env, h, job, jobText, npm, run, snapshot, useImportHarness } from '../support/import-harness.ts';

useImportHarness();

describe('npm run import against the four services', () => {
  it('maps a posting of each service to a listing', async () => {
    const report = await run();
    expect(report.companies.map((c) => c.error)).toEqual([undefined, undefined, undefined, undefined]);

    expect(job('senior-backend-engineer-go-oakhollow')).toMatchObject({
      title: 'Senior Backend Engineer (Go)',
      company: 'oakhollow',
      category: 'engineering',
      workplace: 'remote',
      region: ['DE'],
      employment: 'full-time',
      experience: 'mid-senior',
      salary: { min: 80000, max: 95000, currency: 'EUR', period: 'year', estimated: false },
      skills: ['Go', 'Engineering'],
      posted: '2026-11-10',
      expires: '2026-12-10',
      apply: 'https://boards.greenhouse.io/oakhollow/jobs/401',
      source: { name: 'Greenhouse', url: 'https://boards.greenhouse.io/oakhollow/jobs/401' },
      imported: { from: 'greenhouse', id: '401' },
      draft: false,
    });
    // Greenhouse's escaped HTML was decoded once, then converted: headings start at ##.
    expect(jobText('senior-backend-engineer-go-oakhollow')).toContain('---\n## About the role\n\nYou will look after');

    expect(job('product-designer-mobile-saltmarsh')).toMatchObject({
      workplace: 'hybrid',
      region: ['PT'],
      location: 'Porto, Portugal',
      salary: { min: 52000, max: 64000, currency: 'EUR', period: 'year' },
      apply: 'https://jobs.lever.co/saltmarsh/a1b2c3/apply',
      source: { name: 'Lever', url: 'https://jobs.lever.co/saltmarsh/a1b2c3' },
      posted: '2026-11-12',
      skills: ['Mobile', 'Design'],
    });
    expect(jobText('product-designer-mobile-saltmarsh')).toContain(
      '## What you bring\n\n- Three years of designing for phones\n- Figma, and prototypes people can hold',
    );

    expect(job('staff-data-engineer-fernlight')).toMatchObject({
      workplace: 'remote',
      region: ['eu'],
      salary: { min: 70000, max: 85000, currency: 'EUR', period: 'year' },
      apply: 'https://jobs.ashbyhq.com/fernlight/f-1/application',
      source: { name: 'Ashby', url: 'https://jobs.ashbyhq.com/fernlight/f-1' },
      posted: '2026-11-14',
      skills: ['Data', 'Platform'],
    });

    expect(job('heat-pump-installer-brookvane')).toMatchObject({
      workplace: 'onsite',
      location: 'Utrecht, Netherlands',
      employment: 'full-time',
      salary: { min: 3400, max: 4100, currency: 'EUR', period: 'month' },
      skills: ['Heat pumps', 'Electrical installation', 'Dutch'],
      posted: '2026-11-05',
      // Recruitee's own closing date.
      expires: '2027-01-31',
      apply: 'https://brookvane.recruitee.com/o/installer-77/c/new',
    });
    expect(jobText('heat-pump-installer-brookvane')).toContain('## Requirements\n\n- A vocational certificate');

    expect(actions(report, 'fernlight')).toEqual(['added staff-data-engineer-fernlight.md', 'skipped f-2']);
    expect(entries(report, 'fernlight')[1]!.reason).toBe('is unlisted on Ashby');
    expect(h.server.requests).toEqual(
      expect.arrayContaining([
        '/v1/boards/oakhollow/jobs?content=true&pay_transparency=true',
        '/v0/postings/saltmarsh?mode=json',
        '/posting-api/job-board/fernlight?includeCompensation=true',
        '/api/offers/',
      ]),
    );
  });

  it('writes files that pass npm run validate, and prints the summary; a second run changes no byte', async () => {
    const cli = (args: string[] = []) => npm('import', args, env());
    const first = await cli();
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('5 added, 0 updated, 0 closed, 0 unchanged, 1 skipped from 4 boards.');
    expect(first.stdout).toMatch(
      /- Added `.*support-lead-oakhollow\.md`, as a \*\*draft\*\*: the location "Remote" says no country or region/,
    );

    const validate = await npm('validate', [], {});
    expect(validate.status, validate.stdout).toBe(0);
    expect(validate.stdout).toMatch(/✓|0 errors/);

    const before = snapshot();
    const second = await cli(['--json']);
    expect(second.status, second.stderr).toBe(0);
    const json = JSON.parse(second.stdout) as { totals: Record<string, number>; failed: number };
    expect(json.totals).toEqual({ added: 0, updated: 0, closed: 0, unchanged: 5, skipped: 1 });
    expect(json.failed).toBe(0);
    expect(snapshot()).toEqual(before);
  });

  it('imports only the companies named, and refuses a name without a profile or an import block', async () => {
    const named = await npm('import', ['--json', 'saltmarsh', 'fernlight'], env());
    expect(named.status, named.stderr).toBe(0);
    const json = JSON.parse(named.stdout) as { companies: { company: string }[] };
    expect(json.companies.map((c) => c.company)).toEqual(['saltmarsh', 'fernlight']);
    expect(Object.keys(snapshot()).filter((f) => f.startsWith('jobs/'))).toEqual([
      'jobs/product-designer-mobile-saltmarsh.md',
      'jobs/staff-data-engineer-fernlight.md',
    ]);
    // Only the named boards were asked for (in whichever order they arrived).
    expect(h.server.requests.map((r) => r.split('?')[0]).sort()).toEqual(['/posting-api/job-board/fernlight', '/v0/postings/saltmarsh']);

    const unknown = await npm('import', ['nobody'], env());
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/no company profile content\/companies\/nobody\.md/);
    expect(unknown.stdout).toBe('');
    writeFileSync(
      join(h.dir, 'companies', 'plain.md'),
      '---\nname: Plain\nwebsite: https://plain.example\nlogo: ./plain.svg\n---\nNo import.\n',
    );
    await expect(run(['plain'])).rejects.toThrow(/plain\.md has no import: block/);
  });
});

